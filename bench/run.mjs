/*
 * `npm run bench`: the kudos wall measured in real Chromium (see bench/README.md).
 *
 * 1. Measures bundle sizes (bench/size.mjs).
 * 2. Builds bench/wall.html + wall.bench.ts with Vite (production Lit, minified, from src/) into a
 *    temp dir and serves it with `vite preview` on 127.0.0.1 and a free port.
 * 3. Drives Debian's Chromium with playwright-core: each measurement calls a function of the page
 *    (window.chorusBench) and gets plain milliseconds back; heap comes from CDP after a forced GC.
 * 4. Prints a table (with the baseline's median beside each number when bench/baseline.json
 *    exists) and writes bench/results.json.
 *
 * Options: --runs=<factor> scales every run count (0.5 for a quick look, 2 for tighter numbers);
 *          --save-baseline also writes bench/baseline.json; --compare=<file> picks another baseline.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build, preview, version as viteVersion } from 'vite';
import { productionConditions } from './size.mjs';
import { printIssueTable } from './targets.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    'save-baseline': { type: 'boolean', default: false },
    compare: { type: 'string', default: join(benchDir, 'baseline.json') },
  },
});
const factor = Number(opts.runs);
if (!(factor > 0 && factor <= 10)) throw new Error('--runs must be a factor between 0 and 10');
const scaled = (n) => Math.max(3, Math.round(n * factor));
/** Samples per metric; every loop below is bounded by these. */
const RUNS = {
  firstPage: scaled(10),
  append: scaled(4),
  toggle: scaled(12),
  adapter: scaled(7),
  showAll: scaled(5),
  large: scaled(5),
  write: scaled(10),
  load: scaled(5),
};
/** The long wall of the issue's table: kudos in the adapter, shown by "Show more" from page-size 10. */
const SHOW_ALL = 1_000;
/** The big company: kudos in the adapter for the first screen and the adapter's write. */
const LARGE = 10_000;
const PAGE_SIZES = [10, 50, 200];

// ---- statistics and the metrics table -----------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
const percentile = (xs, p) => sorted(xs)[Math.max(0, Math.ceil(p * xs.length) - 1)];

const metrics = {};
/**
 * Records a metric. `better`: 'lower' (times, sizes) or 'higher' (rates). p95 is always the slow
 * end: the 95th percentile of a time, the 5th percentile of a rate.
 */
function record(key, label, unit, samples, better = 'lower') {
  const xs = samples.map(Number);
  metrics[key] = {
    label,
    unit,
    better,
    n: xs.length,
    median: percentile(xs, 0.5),
    p95: better === 'lower' ? percentile(xs, 0.95) : percentile(xs, 0.05),
    min: Math.min(...xs),
    max: Math.max(...xs),
    samples: xs.map((x) => Math.round(x * 1000) / 1000),
  };
}

function format(value, unit) {
  if (value === undefined || value === null) return '';
  if (unit === 'ms') return value < 10 ? value.toFixed(2) : value.toFixed(1);
  if (unit === 'bytes') return `${(value / 1000).toFixed(1)} kB`;
  if (unit === 'MB') return value.toFixed(2);
  return Math.round(value).toLocaleString('en-US');
}

function printTable(baseline) {
  const head = ['metric', 'unit', 'n', 'median', 'p95', ...(baseline ? ['baseline', 'change'] : [])];
  const rows = Object.entries(metrics).map(([key, m]) => {
    const base = baseline?.metrics?.[key];
    let change = '';
    if (base && base.median) {
      const delta = (m.median - base.median) / base.median;
      const worse = m.better === 'lower' ? delta > 0 : delta < 0;
      // Run-to-run noise on a shared 2-core VM is often ±30%; only larger changes are named.
      change = `${delta >= 0 ? '+' : ''}${(delta * 100).toFixed(0)}%${Math.abs(delta) >= 0.3 ? (worse ? ' worse' : ' better') : ''}`;
    }
    const unit = m.unit === 'bytes' ? 'size' : m.unit;
    return [
      m.label,
      unit,
      m.n > 1 ? String(m.n) : '',
      format(m.median, m.unit),
      m.n > 1 ? format(m.p95, m.unit) : '',
      ...(baseline ? [format(base?.median, m.unit), change] : []),
    ];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  const { median, max } = metrics.calibration;
  if (max > 1.5 * median) {
    console.log(
      `\nNote: the calibration workload took up to ${(max / median).toFixed(1)}× its median during this run: the machine was busy at times; rerun before trusting the slow end.`,
    );
  }
  const speed = baseline?.metrics?.calibration && metrics.calibration.median / baseline.metrics.calibration.median;
  if (speed && Math.abs(speed - 1) > 0.15) {
    console.log(
      `\nNote: the calibration workload took ${speed.toFixed(2)}× the baseline's time: the machine itself was ${speed > 1 ? 'slower' : 'faster'}; compare with care.`,
    );
  }
}

// ---- the run ------------------------------------------------------------------------------------

const tmp = await mkdtemp(join(os.tmpdir(), 'chorus-bench-'));
let server;
let browser;
const started = performance.now();
/** Other work on the machine skews every number; recorded so a noisy run can be recognized. */
const loadBefore = os.loadavg()[0];
/** Linux CPU ticks { steal, total } from /proc/stat; steal is time a VM's host gave our vCPUs to others. */
function cpuTicks() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return { steal: fields[7] ?? 0, total: fields.reduce((a, b) => a + b, 0) };
  } catch {
    return null; // not Linux
  }
}
const ticksBefore = cpuTicks();
const stealPercent = () => {
  const now = cpuTicks();
  return ticksBefore && now ? Math.round((1000 * (now.steal - ticksBefore.steal)) / (now.total - ticksBefore.total || 1)) / 10 : null;
};
const step = (text) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${text}`);

try {
  // The server under load runs in its own process, alongside nothing else: started after the browser work.
  step('bundle sizes (the size budgets of .size-limit.js: esbuild, minified ESM, gzip -9)');
  const sizes = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'node_modules/size-limit/bin.js'), '--json'], { cwd: repoRoot, encoding: 'utf8' }));
  for (const check of sizes) record(`size.${check.name}`, `bundle: ${check.name} (gzip)`, 'bytes', [check.size]);
  /** Peers' buttons built the same way, where their packages are installed. */
  const peers = {
    'Shoelace button': ['@shoelace-style/shoelace', '@shoelace-style/shoelace/dist/components/button/button.js'],
    'Material button': ['@material/web', '@material/web/button/filled-button.js'],
    'Web Awesome button': ['@awesome.me/webawesome', '@awesome.me/webawesome/dist/components/button/button.js'],
  };
  /** Bytes, gzip -9, of one peer's button over Lit: esbuild, minified ESM, Lit external (as our budgets). */
  const peerWeight = async (entry) => {
    const out = await esbuild({
      stdin: { contents: `import '${entry}';`, resolveDir: repoRoot, loader: 'js' },
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['module', 'browser', 'production', 'import', 'default'],
      external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'],
      logLevel: 'silent',
    });
    return gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
  };
  const peerSizes = {};
  for (const [name, [pkg, entry]] of Object.entries(peers)) {
    if (!existsSync(join(repoRoot, 'node_modules', pkg))) peerSizes[name] = 'not installed';
    else {
      peerSizes[name] = await peerWeight(entry).catch((error) => `not measured (${error.message.split('\n')[0]})`);
      if (typeof peerSizes[name] === 'number') record(`peer.${name}`, `bundle: ${name}, own weight over Lit (gzip)`, 'bytes', [peerSizes[name]]);
    }
  }

  step('building the benchmark page');
  await build({
    configFile: false,
    root: benchDir,
    logLevel: 'warn',
    publicDir: false,
    resolve: { conditions: productionConditions },
    build: {
      outDir: tmp,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: join(benchDir, 'wall.html'),
        // The page imports the memory adapter itself, so the wall's lazy import of it cannot split.
        onwarn: (warning, warn) => warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT' && warn(warning),
      },
    },
  });
  server = await preview({
    configFile: false,
    root: benchDir,
    logLevel: 'warn',
    build: { outDir: tmp },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address();
  const url = `http://127.0.0.1:${port}/wall.html`;

  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (msg) => msg.type() === 'error' && pageErrors.push(new Error(msg.text())));
  // Only the preview server is reachable: anything else the page asks for is refused.
  await page.route(
    (u) => u.hostname !== '127.0.0.1' || u.port !== String(port),
    (route) => route.abort(),
  );
  const cdp = await page.context().newCDPSession(page);
  const bench = (fn, ...args) => page.evaluate(([name, a]) => globalThis.chorusBench[name](...a), [fn, args]);
  const load = async () => {
    await page.goto(url);
    await page.waitForFunction(() => globalThis.chorusBench?.ready);
    if (pageErrors.length) throw pageErrors[0];
  };
  /** JS heap in use after a full GC, in bytes. */
  const heapUsed = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return list.find((m) => m.name === 'JSHeapUsedSize').value;
  };

  const calibration = [];
  /** Times a fixed plain-JS workload a few times: how fast the machine is during this phase. */
  const calibrate = async () => {
    for (let i = 0; i < 3; i++) calibration.push(await bench('calibrate'));
  };

  // A warm-up load, so the first measured one does not also pay for starting the renderer.
  await load();
  await bench('connect', 10);
  await bench('calibrate');
  await calibrate();

  step(`first page: ${RUNS.firstPage} fresh page loads per page-size`);
  for (const size of PAGE_SIZES) {
    const cold = { dom: [], layout: [] };
    const warm = [];
    let cards = 0;
    for (let i = 0; i < RUNS.firstPage; i++) {
      await load();
      if (i === 0) await calibrate();
      await bench('prepare');
      const first = await bench('connect', size);
      cold.dom.push(first.dom);
      cold.layout.push(first.layout);
      cards = first.cards;
      // Warm: the same page connects a second wall (templates prepared, code optimized).
      await bench('prepare');
      await cdp.send('HeapProfiler.collectGarbage');
      warm.push((await bench('connect', size)).layout);
    }
    const what = `page-size ${size} (${cards} cards)`;
    record(`firstPage.${size}.cold.dom`, `first page, ${what}, cold: to DOM`, 'ms', cold.dom);
    record(`firstPage.${size}.cold.layout`, `first page, ${what}, cold: to layout`, 'ms', cold.layout);
    record(`firstPage.${size}.warm.layout`, `first page, ${what}, warm: to layout`, 'ms', warm);
  }

  step(`"Show more" to 200 cards: ${RUNS.append} runs per page-size`);
  for (const size of [10, 50]) {
    const total = [];
    const first = [];
    const last = [];
    const heap = [];
    let at10;
    let at90;
    for (let i = 0; i < RUNS.append; i++) {
      await load();
      if (i === 0) await calibrate();
      await bench('prepare');
      const before = await heapUsed();
      await bench('connect', size);
      const steps = [];
      if (size === 10) {
        // Nodes per card are counted below the wall's windowing (100 cards): from 10 to 90 cards.
        at10 = await bench('countNodes');
        steps.push(...(await bench('showMore', 90)).steps);
        at90 = await bench('countNodes');
      }
      const { steps: rest, cards } = await bench('showMore', 200);
      if (cards !== 200) throw new Error(`expected 200 cards, got ${cards}`);
      steps.push(...rest);
      total.push(steps.reduce((a, b) => a + b, 0));
      first.push(steps[0]);
      last.push(steps.at(-1));
      heap.push(((await heapUsed()) - before) / 1e6);
    }
    const clicks = 200 / size - 1;
    record(`append.${size}.total`, `show more ×${clicks} to 200, page-size ${size}: sum of steps`, 'ms', total);
    if (size !== 10) continue;
    record('append.10.first', 'show more, page-size 10: 10 → 20 cards', 'ms', first);
    record('append.10.last', 'show more, page-size 10: 190 → 200 cards', 'ms', last);
    // The same in every run: counted once.
    record('dom.nodes.90', 'DOM nodes at 90 cards (all, incl. shadow roots; from 100 the wall is windowed)', 'count', [at90.nodes]);
    record('dom.elements.90', 'DOM elements at 90 cards', 'count', [at90.elements]);
    record('dom.blankText.90', 'whitespace-only text nodes at 90 cards', 'count', [at90.blankText]);
    record('dom.nodesPerCard', 'DOM nodes per card ((90 − 10 cards) / 80)', 'count', [(at90.nodes - at10.nodes) / 80]);
    record('heap.wall.200', 'JS heap added by the wall at 200 cards (after GC)', 'MB', heap);
  }

  step(`reaction toggle: ${RUNS.toggle} toggles at 10 and at 200 cards`);
  for (const cards of [10, 200]) {
    await load();
    await calibrate();
    await bench('prepare');
    await bench('connect', 10);
    if (cards > 10) await bench('showMore', cards);
    // One extra toggle first, as a warm-up, left out of the numbers.
    const { pressed, settled } = await bench('toggleReaction', RUNS.toggle + 1);
    record(`toggle.${cards}.pressed`, `reaction toggle at ${cards} cards: click → aria-pressed, to layout`, 'ms', pressed.slice(1));
    record(`toggle.${cards}.settled`, `reaction toggle at ${cards} cards: click → saved, re-rendered`, 'ms', settled.slice(1));
  }

  step(`show all ${SHOW_ALL} kudos from page-size 10, and plain DOM of the same markup: ${RUNS.showAll} runs`);
  {
    const wallMs = [];
    const firstStep = [];
    const lastStep = [];
    const sameMs = [];
    const minimalMs = [];
    let minimalNodes = 0;
    for (let i = 0; i < RUNS.showAll; i++) {
      await load();
      if (i === 0) await calibrate();
      await bench('prepare', SHOW_ALL);
      await bench('connect', 10);
      const { steps, cards } = await bench('showMore', SHOW_ALL);
      if (cards !== SHOW_ALL) throw new Error(`expected ${SHOW_ALL} cards, got ${cards}`);
      wallMs.push(steps.reduce((a, b) => a + b, 0));
      firstStep.push(steps[0]);
      lastStep.push(steps.at(-1));
      sameMs.push((await bench('plainShowMore', SHOW_ALL, 10, 'same')).steps.reduce((a, b) => a + b, 0));
      const minimal = await bench('plainShowMore', SHOW_ALL, 10, 'minimal');
      minimalMs.push(minimal.steps.reduce((a, b) => a + b, 0));
      minimalNodes = minimal.nodes;
    }
    record('showAll.wall', `show all ${SHOW_ALL} kudos (Show more ×99): sum of steps`, 'ms', wallMs);
    record('showAll.first', `show all ${SHOW_ALL}: step 10 → 20 cards`, 'ms', firstStep);
    record('showAll.last', `show all ${SHOW_ALL}: step 990 → 1,000 cards`, 'ms', lastStep);
    record('showAll.plain.same', `plain DOM, same markup, ${SHOW_ALL} cards in steps of 10`, 'ms', sameMs);
    record('showAll.plain.minimal', `plain DOM, minimal ${minimalNodes}-node cards, ${SHOW_ALL} in steps of 10`, 'ms', minimalMs);
  }

  step(`${LARGE.toLocaleString('en-US')} kudos: first screen, nodes and heap, and plain DOM of all: ${RUNS.large} runs`);
  {
    const firstScreen = [];
    const heap = [];
    const plainAll = [];
    const scrolledNodes = [];
    const scrolledHeap = [];
    let scrolledDom = 0;
    let nodes = 0;
    for (let i = 0; i < RUNS.large; i++) {
      await load();
      await bench('prepare', LARGE);
      const before = await heapUsed();
      firstScreen.push((await bench('connect', 10)).layout);
      nodes = (await bench('countNodes')).nodes;
      heap.push(((await heapUsed()) - before) / 2 ** 20);
      // Then all of them, 100 a page, read to the end: the windowed wall keeps the DOM small.
      await bench('connect', 100);
      const { cards } = await bench('showMore', LARGE);
      if (cards !== LARGE) throw new Error(`expected ${LARGE} cards, got ${cards}`);
      const scrolled = await bench('scrollToEnd');
      scrolledNodes.push((await bench('countNodes')).nodes);
      scrolledHeap.push(((await heapUsed()) - before) / 2 ** 20);
      scrolledDom = scrolled.cardsInDom;
      plainAll.push(await bench('plainRenderAll', LARGE));
    }
    record('large.firstScreen', `${LARGE.toLocaleString('en-US')} kudos: first screen (page-size 10), to layout`, 'ms', firstScreen);
    record('large.nodes', `${LARGE.toLocaleString('en-US')} kudos: DOM nodes of the first screen`, 'count', [nodes]);
    record('large.heap', `${LARGE.toLocaleString('en-US')} kudos: JS heap added by the first screen (MiB, after GC)`, 'MB', heap);
    record(
      'large.scrolled.nodes',
      `${LARGE.toLocaleString('en-US')} kudos all shown, scrolled to the end: DOM nodes (${scrolledDom} cards in the DOM)`,
      'count',
      scrolledNodes,
    );
    record(
      'large.scrolled.heap',
      `${LARGE.toLocaleString('en-US')} kudos all shown, scrolled to the end: JS heap added (MiB, after GC; the kudos' data included)`,
      'MB',
      scrolledHeap,
    );
    record('large.plainAll', `plain DOM: all ${LARGE.toLocaleString('en-US')} minimal cards at once, to layout`, 'ms', plainAll);
  }

  step(`reaction toggle at ${SHOW_ALL} cards vs a direct DOM text update: ${RUNS.toggle} each`);
  {
    await load();
    await bench('prepare', SHOW_ALL);
    await bench('connect', 100);
    const { cards } = await bench('showMore', SHOW_ALL);
    if (cards !== SHOW_ALL) throw new Error(`expected ${SHOW_ALL} cards, got ${cards}`);
    const { pressed, settled } = await bench('toggleReaction', RUNS.toggle + 1);
    record(`toggle.${SHOW_ALL}.pressed`, `reaction toggle at ${SHOW_ALL} cards: click → aria-pressed, to layout`, 'ms', pressed.slice(1));
    record(`toggle.${SHOW_ALL}.settled`, `reaction toggle at ${SHOW_ALL} cards: click → saved, re-rendered`, 'ms', settled.slice(1));
    record(
      `toggle.${SHOW_ALL}.direct`,
      `direct DOM text update at ${SHOW_ALL} cards (same page), to layout`,
      'ms',
      await bench('directTextUpdate', RUNS.toggle),
    );
  }

  step(`memory adapter: giveKudos at ${LARGE.toLocaleString('en-US')} kudos with a live subscriber: ${RUNS.write} writes`);
  record(
    'adapter.write.large',
    `memory adapter: one giveKudos at ${LARGE.toLocaleString('en-US')} kudos, live subscriber`,
    'ms',
    await bench('giveKudosAt', LARGE, RUNS.write),
  );

  step(`memory adapter alone: ${RUNS.adapter} runs each`);
  await load();
  await calibrate();
  await bench('clear');
  const rates = { list: [], give: [], giveLive: [] };
  for (let i = 0; i < RUNS.adapter; i++) {
    rates.list.push(await bench('listPagesPerSecond', 250));
    rates.give.push(await bench('giveKudosPerSecond', 100, false));
    rates.giveLive.push(await bench('giveKudosPerSecond', 100, true));
  }
  record('adapter.listKudos', 'memory adapter: listKudos pages (20 kudos) per second', 'ops/s', rates.list, 'higher');
  record('adapter.giveKudos', 'memory adapter: giveKudos per second (200 → 300 kudos)', 'ops/s', rates.give, 'higher');
  record('adapter.giveKudos.live', 'memory adapter: giveKudos per second, live subscriber', 'ops/s', rates.giveLive, 'higher');
  record('calibration', 'calibration: fixed plain-JS workload (machine speed)', 'ms', calibration);
  if (pageErrors.length) throw pageErrors[0];
  const chromiumVersion = browser.version();
  await browser.close();
  browser = undefined;

  step(`server under load (autocannon on 127.0.0.1): ${RUNS.load} runs of 2 s per scenario and database`);
  const serverLoad = await new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', join(benchDir, 'server-load.ts')],
      { cwd: repoRoot, env: { ...process.env, CHORUS_LOAD_RUNS: String(RUNS.load) }, timeout: 480_000, maxBuffer: 1 << 20 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout.trim().split('\n').at(-1)))),
    ),
  );
  const serverNotes = {};
  for (const [db, scenarios] of Object.entries(serverLoad)) {
    if (typeof scenarios === 'string') {
      serverNotes[db] = scenarios;
      continue;
    }
    for (const [name, outcome] of Object.entries(scenarios)) {
      if (name === 'fanout') {
        record(`server.${db}.fanout.p50`, `server, ${db}: one vote → ${outcome.subscribers} subscribers, p50`, 'ms', outcome.p50);
        record(`server.${db}.fanout.p99`, `server, ${db}: one vote → ${outcome.subscribers} subscribers, p99`, 'ms', outcome.p99);
        record(`server.${db}.fanout.writes`, `server, ${db}: writes taken meanwhile per second`, 'ops/s', outcome.writesPerSecond, 'higher');
        if (outcome.missed) serverNotes[`${db}.fanout`] = `${outcome.missed} events never arrived`;
        continue;
      }
      record(`server.${db}.${name}.rate`, `server, ${db}: ${name} per second`, 'ops/s', outcome.perSecond, 'higher');
      record(`server.${db}.${name}.p99`, `server, ${db}: ${name} latency p99 (per run)`, 'ms', outcome.p99);
      if (outcome.failed) serverNotes[`${db}.${name}`] = `${outcome.failed} failed answers`;
    }
  }

  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  /** A fingerprint of src/ as measured (tracked and new files), since `commit` misses uncommitted work. */
  const sourceHash = () => {
    const files = git('ls-files', '-co', '--exclude-standard', 'src');
    if (!files) return null;
    const hash = createHash('sha256');
    for (const file of files.split('\n').sort()) {
      const path = join(repoRoot, file);
      if (existsSync(path)) hash.update(`${file}\0`).update(readFileSync(path));
    }
    return hash.digest('hex').slice(0, 12);
  };
  const results = {
    schema: 1,
    date: new Date().toISOString(),
    machine: {
      chromium: chromiumVersion,
      node: process.version,
      vite: viteVersion,
      playwright: JSON.parse(readFileSync(join(repoRoot, 'node_modules/playwright-core/package.json'), 'utf8')).version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 1e9),
      loadAverage: { before: Math.round(loadBefore * 100) / 100, after: Math.round(os.loadavg()[0] * 100) / 100 },
      stealPercent: stealPercent(),
      commit: git('rev-parse', '--short', 'HEAD'),
      dirty: git('status', '--porcelain') ? true : false,
      sourceHash: sourceHash(),
    },
    runs: { ...RUNS, factor },
    metrics,
    sizes,
    peers: peerSizes,
    serverNotes,
  };

  const baselineFile = opts.compare;
  const baseline = existsSync(baselineFile) && !opts['save-baseline'] ? JSON.parse(readFileSync(baselineFile, 'utf8')) : null;
  const m = results.machine;
  console.log(
    `\nChromium ${m.chromium}, Node ${m.node}, ${m.cpus} × ${m.cpuModel}, ${m.commit ?? 'no commit'}${m.dirty ? ' (uncommitted changes)' : ''}, src ${m.sourceHash}`,
  );
  console.log(
    `Load average (1 min) before/after: ${m.loadAverage.before} / ${m.loadAverage.after}${m.loadAverage.before > m.cpus / 2 ? ' — the machine was busy; expect noise' : ''}`,
  );
  if (m.stealPercent !== null)
    console.log(`CPU time taken by the VM host (steal) during the run: ${m.stealPercent}%${m.stealPercent > 2 ? ' — expect noise' : ''}`);
  if (baseline) {
    const same = baseline.machine.sourceHash === m.sourceHash ? 'the same src/' : `src ${baseline.machine.sourceHash ?? 'unknown'}`;
    console.log(`Compared with ${baselineFile} (${baseline.date}, Chromium ${baseline.machine.chromium}, ${baseline.machine.cpus} cores, ${same}).`);
  }
  printTable(baseline);
  results.issueTable = printIssueTable(results);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  await writeFile(join(benchDir, 'results.json'), json);
  if (opts['save-baseline']) await writeFile(join(benchDir, 'baseline.json'), json);
  step(`wrote bench/results.json${opts['save-baseline'] ? ' and bench/baseline.json' : ''}`);
} finally {
  await browser?.close();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
}
