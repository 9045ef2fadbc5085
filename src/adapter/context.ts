import { createContext } from '@lit/context';
import type { CurrentUser } from '../core/people.js';
import type { ChorusAdapter } from './port.js';

/** What `<chorus-provider>` hands to every widget inside it. */
export interface ChorusContextValue {
  adapter: ChorusAdapter;
  /** Known once the provider has loaded it (or the host set it); widgets ask the adapter otherwise. */
  user?: CurrentUser;
  /** BCP 47 tag; a widget's own `lang` wins over it. */
  locale?: string;
}

/**
 * Symbol.for, not Symbol: two copies of the library on one page (two web parts bundling
 * their own) still find each other's providers.
 */
export const chorusContext = createContext<ChorusContextValue>(Symbol.for('chorus:adapter:v1'));
