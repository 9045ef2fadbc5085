import { defineElement } from '../../base/define.js';
import '../../ui/people-picker.js';
import { ChorusKudosComposer } from './composer.element.js';

/* The wall's composer, imported by the wall when it first shows it (kudos-wall.element.ts). */
export { ChorusKudosComposer };
defineElement('chorus-kudos-composer', ChorusKudosComposer);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-kudos-composer': ChorusKudosComposer;
  }
}
