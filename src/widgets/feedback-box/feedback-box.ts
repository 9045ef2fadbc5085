import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusFeedbackBox } from './feedback-box.element.js';

export { ChorusFeedbackBox };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type {
  FeedbackSendEvent,
  FeedbackSentEvent,
  FeedbackReplyEvent,
  FeedbackRepliedEvent,
  FeedbackAnswerEvent,
  FeedbackAnsweredEvent,
  FeedbackStatusEvent,
  FeedbackStatusChangedEvent,
  ChorusErrorEvent,
} from '../../core/events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-feedback-box', ChorusFeedbackBox);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-feedback-box': ChorusFeedbackBox;
  }
}
