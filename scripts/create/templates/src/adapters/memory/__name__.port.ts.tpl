import type { CallOptions } from '../../adapter/port.js';
import type { {{Name}}Port } from '../../adapter/{{name}}.port.js';
import { DEFAULT_{{NAME}}, type {{Name}} } from '../../core/{{name}}.js';
import type { MemoryRuntime } from './runtime.js';

/** The embedded backend of <{{tag}}>: answers after the adapter's simulated latency (and failures). */
export class Memory{{Name}}Port implements {{Name}}Port {
  constructor(private readonly rt: MemoryRuntime) {}

  async get{{Name}}(options?: CallOptions): Promise<{{Name}}> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(DEFAULT_{{NAME}}) as {{Name}};
  }
}
