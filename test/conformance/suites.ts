import { readdirSync } from 'node:fs';
import type { ConformanceTarget } from './target.js';

/*
 * The suites every target runs besides kudos, poll and feedback: each `<name>.suite.ts` in this
 * folder with a default export `(target) => void` (what `npm run create <name>` writes). Found by
 * file name, so a new widget's suite needs no line in the target files. Call it before declaring
 * any suite: the harness closes a target after the last suite declared for it.
 */
export async function widgetSuites(): Promise<((target: ConformanceTarget) => void)[]> {
  const files = readdirSync(new URL('.', import.meta.url))
    .filter((file) => file.endsWith('.suite.ts'))
    .sort();
  const modules = await Promise.all(files.map((file) => import(`./${file.replace(/\.ts$/, '.js')}`) as Promise<{ default?: unknown }>));
  return modules.flatMap((module) => (typeof module.default === 'function' ? [module.default as (target: ConformanceTarget) => void] : []));
}
