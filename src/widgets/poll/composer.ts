import { defineElement } from '../../base/define.js';
import { ChorusPollComposer } from './composer.element.js';

/* The poll composer, imported by the poll when it first shows it to an author (creation.controller.ts). */
export { ChorusPollComposer };
defineElement('chorus-poll-composer', ChorusPollComposer);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-poll-composer': ChorusPollComposer;
  }
}
