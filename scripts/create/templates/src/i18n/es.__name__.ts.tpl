import { registerChorusStrings } from './localize.js';
import { esCommon } from './es.common.js';
import type { en{{Name}} } from './en.{{name}}.js';

/*
 * Spanish strings of <{{tag}}> (en.{{name}}.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const es{{Name}} = {
  '{{name}}.label': '{{Title}}',
  '{{name}}.empty': 'Todavía no hay nada.',
  '{{name}}.load-error': 'No se ha podido cargar.',
} satisfies typeof en{{Name}};

registerChorusStrings(esCommon, es{{Name}});
