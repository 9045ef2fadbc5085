import type { CallOptions } from '../../adapter/port.js';
import type { {{Name}}Port } from '../../adapter/{{name}}.port.js';
import type { {{Name}} } from '../../core/{{name}}.js';
import type { paths } from './contract.gen.js';
import type { HttpClient } from './http.js';
import { call } from './operations.js';

type Wire{{Name}} = paths['/{{name}}']['get']['responses'][200]['content']['application/json'];

/** <{{tag}}> over the HTTP contract: operation `get{{Name}}`, mapped to the domain type here. */
export class Rest{{Name}}Port implements {{Name}}Port {
  constructor(private readonly http: HttpClient) {}

  async get{{Name}}(options?: CallOptions): Promise<{{Name}}> {
    const { body } = await call(this.http, 'get{{Name}}', { signal: options?.signal });
    const wire = body as Wire{{Name}};
    return { title: wire.title, items: [...wire.items] };
  }
}
