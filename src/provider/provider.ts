import { defineElement } from '../base/define.js';
import { ChorusProvider } from './provider.element.js';

export { ChorusProvider };
defineElement('chorus-provider', ChorusProvider);

declare global {
  interface HTMLElementTagNameMap {
    'chorus-provider': ChorusProvider;
  }
}
