import type { {{Name}} } from '../core/{{name}}.js';
import type { CallOptions } from './port.js';

/** What <{{tag}}> needs from a backend. Every call takes an AbortSignal and throws ChorusError subclasses. */
export interface {{Name}}Port {
  get{{Name}}(options?: CallOptions): Promise<{{Name}}>;
}

// Adds the port to ChorusAdapter (interface merging, as HTMLElementTagNameMap is extended per tag).
declare module './port.js' {
  interface ChorusAdapter {
    readonly {{camel}}?: {{Name}}Port;
  }
}
