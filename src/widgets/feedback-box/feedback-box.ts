import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusFeedbackBox } from './feedback-box.element.js';

export { ChorusFeedbackBox };
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-feedback-box', ChorusFeedbackBox);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-feedback-box': ChorusFeedbackBox;
  }
}
