import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
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
} from '../../core/kudos.events.js';
export type { ChorusErrorEvent } from '../../core/error.events.js';
export type { ChorusKudosComposer } from './composer.element.js';
// The provider is defined first so widgets upgraded next find it when they ask for context. The
// composer and the people picker are defined by the wall when it first shows them (composer.ts).
defineElement('chorus-kudos-wall', ChorusKudosWall);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-kudos-wall': ChorusKudosWall;
  }
}
