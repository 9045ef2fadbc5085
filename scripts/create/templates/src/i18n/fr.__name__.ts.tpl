import { registerChorusStrings } from './localize.js';
import { frCommon } from './fr.common.js';
import type { en{{Name}} } from './en.{{name}}.js';

/*
 * French strings of <{{tag}}> (en.{{name}}.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const fr{{Name}} = {
  '{{name}}.label': '{{Title}}',
  '{{name}}.empty': 'Rien pour l’instant.',
  '{{name}}.load-error': 'Impossible de charger ce contenu.',
} satisfies typeof en{{Name}};

registerChorusStrings(frCommon, fr{{Name}});
