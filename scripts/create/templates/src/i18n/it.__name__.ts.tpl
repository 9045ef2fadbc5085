import { registerChorusStrings } from './localize.js';
import { itCommon } from './it.common.js';
import type { en{{Name}} } from './en.{{name}}.js';

/*
 * Italian strings of <{{tag}}> (en.{{name}}.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const it{{Name}} = {
  '{{name}}.label': '{{Title}}',
  '{{name}}.empty': 'Ancora niente.',
  '{{name}}.load-error': 'Impossibile caricare questo contenuto.',
} satisfies typeof en{{Name}};

registerChorusStrings(itCommon, it{{Name}});
