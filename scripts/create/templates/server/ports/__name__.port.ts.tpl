import type { CallOptions } from '../../src/adapter/port.js';
import type { {{Name}}Port } from '../../src/adapter/{{name}}.port.js';
import { DEFAULT_{{NAME}}, type {{Name}} } from '../../src/core/{{name}}.js';

/**
 * <{{tag}}>'s port on the reference server, what edge/routes/{{name}}.ts runs on here. The stub
 * answers its fixed content; give it SQL storage (server/db/) as polls.port.ts does.
 */
export class Server{{Name}}Port implements {{Name}}Port {
  async get{{Name}}(_options?: CallOptions): Promise<{{Name}}> {
    return structuredClone(DEFAULT_{{NAME}}) as {{Name}};
  }
}
