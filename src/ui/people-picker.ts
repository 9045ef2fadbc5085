import { defineElement } from '../base/define.js';
import { ChorusPeoplePicker } from './people-picker.element.js';

export { ChorusPeoplePicker };
defineElement('chorus-people-picker', ChorusPeoplePicker);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-people-picker': ChorusPeoplePicker;
  }
}
