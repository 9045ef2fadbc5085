import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import '../../ui/people-picker.js';
import { ChorusKudosComposer } from './composer.element.js';
import { ChorusKudosWall } from './kudos-wall.element.js';

export { ChorusKudosWall };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type {
  KudosGiveEvent,
  KudosGivenEvent,
  KudosReactEvent,
  KudosReactedEvent,
  KudosCommentEvent,
  KudosCommentedEvent,
  KudosReportEvent,
  KudosReportedEvent,
  ChorusErrorEvent,
} from '../../core/events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('chorus-kudos-composer', ChorusKudosComposer);
defineElement('chorus-kudos-wall', ChorusKudosWall);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-kudos-wall': ChorusKudosWall;
    'chorus-kudos-composer': ChorusKudosComposer;
  }
}
