#!/usr/bin/env node
// `npm run create <name>`: a new widget, <chorus-<name>>, that loads a stub through its own port
// and passes lint and the tests, with every list naming it. Writes the files of
// scripts/create/templates/ (paths and contents with {{placeholders}}, see create/names.mjs),
// inserts lines at the markers of create/insertions.mjs, adds it to package.json, then
// regenerates the contract types (`npm run contract:types`) and custom-elements.json
// (`npm run analyze`). It checks everything first and writes nothing when anything is wrong.
//
//   node scripts/create.mjs <name> [--dry-run] [--no-generate] [--root <dir>]
//
// --dry-run lists what it would write and edit; --no-generate skips the two generators (tests);
// --root works on another copy of the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insert, insertions, LANGUAGES } from './create/insertions.mjs';
import { fill, nameProblem, namesOf } from './create/names.mjs';
import { withWidget } from './create/package-json.mjs';

const TEMPLATES = fileURLToPath(new URL('create/templates/', import.meta.url));

function parseArgs(argv) {
  const options = { name: undefined, dryRun: false, generate: true, root: fileURLToPath(new URL('..', import.meta.url)) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--no-generate') options.generate = false;
    else if (arg === '--root') options.root = resolve(argv[++i] ?? '.');
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else if (options.name === undefined) options.name = arg;
    else throw new Error(`one name at a time (got "${options.name}" and "${arg}")`);
  }
  return options;
}

/** Every template file, as its path under templates/ (`src/widgets/__name__/__name__.ts.tpl`). */
function templates(dir = TEMPLATES) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templates(join(dir, entry.name)) : [relative(TEMPLATES, join(dir, entry.name))],
  );
}

/** What creating `names` would do in `root`: new files, edited files (path → new text), or the problems. */
export function plan(root, names) {
  const problems = [];
  const files = new Map();
  for (const template of templates()) {
    const path = template.replaceAll('__name__', names.name).replace(/\.tpl$/, '');
    if (existsSync(join(root, path))) problems.push(`${path} exists already`);
    files.set(path, fill(readFileSync(join(TEMPLATES, template), 'utf8'), names, template));
  }
  if (existsSync(join(root, 'src/widgets', names.name))) problems.push(`src/widgets/${names.name}/ exists already`);
  const edits = new Map();
  const read = (file) => edits.get(file) ?? readFileSync(join(root, file), 'utf8');
  for (const { file, marker, text } of insertions) {
    try {
      edits.set(file, insert(read(file), marker, fill(text, names, file), file));
    } catch (error) {
      problems.push(error.message);
    }
  }
  try {
    edits.set('package.json', withWidget(read('package.json'), names, LANGUAGES));
  } catch (error) {
    problems.push(error.message);
  }
  return { files, edits, problems };
}

function run(root, script) {
  console.log(`\n> npm run ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status ?? result.signal})`);
}

/** Formats what was written with the project's Prettier settings, as `npm run lint` checks them. */
function format(root, paths) {
  console.log(`\n> prettier --write (${paths.length} files)`);
  const result = spawnSync('npx', ['--no-install', 'prettier', '--write', '--log-level', 'warn', ...paths], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`prettier failed (exit ${result.status ?? result.signal})`);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const problem = nameProblem(options.name);
  if (problem) throw new Error(problem);
  const names = namesOf(options.name);
  const { files, edits, problems } = plan(options.root, names);
  if (problems.length) throw new Error(`nothing written, because:\n- ${problems.join('\n- ')}`);

  const verb = options.dryRun ? 'would write' : 'writes';
  console.log(`npm run create ${names.name}: <${names.tag}> (class Chorus${names.Name}, port \`${names.camel}\`)`);
  console.log(`${verb} ${files.size} new files:\n${[...files.keys()].map((f) => `  + ${f}`).join('\n')}`);
  console.log(`${options.dryRun ? 'would edit' : 'edits'} ${edits.size} files:\n${[...edits.keys()].map((f) => `  ~ ${f}`).join('\n')}`);
  if (options.generate)
    console.log(
      `${options.dryRun ? 'would regenerate' : 'regenerates'}: src/adapters/rest/contract.gen.ts and edge/contract.gen.ts (contract:types), custom-elements.json (analyze)`,
    );
  if (options.dryRun) return;

  for (const [path, text] of files) {
    mkdirSync(dirname(join(options.root, path)), { recursive: true });
    writeFileSync(join(options.root, path), text);
  }
  for (const [path, text] of edits) writeFileSync(join(options.root, path), text);
  format(options.root, [...files.keys(), ...edits.keys()]);
  if (options.generate) {
    run(options.root, 'contract:types');
    run(options.root, 'analyze');
  }
  console.log(`
Done. Next: \`npm run lint\`, \`npx wtr test/widgets/${names.name}\`, \`npm run conformance\`, then make it yours:
the domain in src/core/${names.name}.ts, the port in src/adapter/${names.name}.port.ts, the contract's /${names.name},
the strings in src/i18n/??.${names.name}.ts (translations marked TODO), and the element. See CONTRIBUTING.md, "Add a widget".`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`npm run create: ${error.message}`);
    process.exit(1);
  }
}
