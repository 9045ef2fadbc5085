import { defineElement } from '../../base/define.js';
import '../../provider/provider.js';
import { Chorus{{Name}} } from './{{name}}.element.js';

export { Chorus{{Name}} };
// The events' types, and with them their GlobalEventHandlersEventMap entries for code that imports only this module.
export type { ChorusErrorEvent } from '../../core/error.events.js';
// The provider is defined first so widgets upgraded next find it when they ask for context.
defineElement('{{tag}}', Chorus{{Name}});

declare global {
  interface HTMLElementTagNameMap {
    '{{tag}}': Chorus{{Name}};
  }
}
