import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { ChorusPoll } from './poll.element.js';

export { ChorusPoll };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type { PollVoteEvent, PollVotedEvent, PollCreateEvent, PollCreatedEvent, ChorusErrorEvent } from '../../core/events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-poll', ChorusPoll);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-poll': ChorusPoll;
  }
}
