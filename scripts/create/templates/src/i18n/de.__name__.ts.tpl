import { registerChorusStrings } from './localize.js';
import { deCommon } from './de.common.js';
import type { en{{Name}} } from './en.{{name}}.js';

/*
 * German strings of <{{tag}}> (en.{{name}}.ts). Importing this module registers them, with the shared ones.
 * TODO(translate): written by `npm run create`; have a speaker check them, and translate the label.
 */
export const de{{Name}} = {
  '{{name}}.label': '{{Title}}',
  '{{name}}.empty': 'Noch nichts vorhanden.',
  '{{name}}.load-error': 'Das konnte nicht geladen werden.',
} satisfies typeof en{{Name}};

registerChorusStrings(deCommon, de{{Name}});
