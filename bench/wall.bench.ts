/*
 * The benchmark page's script. bench/run.mjs loads wall.html in Chromium and calls these functions
 * through `page.evaluate(() => window.chorusBench.…)`; each returns plain numbers (milliseconds
 * from performance.now()). Heap and garbage collection are measured from outside, over CDP.
 *
 * The adapter answers at once (`latency: 0`), so every number is the widget's and the embedded
 * adapter's own work, never a simulated network wait.
 */
import '../src/widgets/kudos-wall/kudos-wall.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import type { ChorusKudosWall } from '../src/widgets/kudos-wall/kudos-wall.element.js';
import type { KudosDraft } from '../src/core/kudos.js';
import type { MemoryStore } from '../src/adapters/memory/store.js';
import type { StoredKudos } from '../src/adapters/memory/state.js';

/** All seeded kudos; the memory adapter seeds exactly this many. */
const ALL = 200;
const stage = document.getElementById('stage')!;

/** No storage, no latency, no rate limit: nothing but the work itself. */
const newAdapter = (options: MemoryAdapterOptions = {}) =>
  new MemoryAdapter({ persist: false, latency: 0, rateLimit: { max: 1e9, windowSeconds: 60 }, ...options });

const root = (wall: ChorusKudosWall) => wall.shadowRoot!;
/** Cards shown: loaded into the wall, whether in the DOM or (a windowed wall) scrolled out of it. */
const cardCount = (wall: ChorusKudosWall) => (wall as unknown as { feed: { items: readonly unknown[] } }).feed.items.length;
const now = () => performance.now();
/** Reading layout makes the browser finish style and layout now, inside the measurement. */
const layout = () => document.body.offsetHeight;
/** The next frame, then a task: lets rAF work (the live-region announcer) happen between runs. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves as soon as `done()` holds, checking after each change under `node`. A MutationObserver
 * runs right after the microtask that changed the DOM (Lit's update), so no polling delay is added.
 */
function when(node: Node, done: () => boolean, attributeFilter?: string[], timeout = 10_000): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (observer.disconnect(), reject(new Error('benchmark: timed out waiting for the wall'))), timeout);
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(node, {
      childList: true,
      subtree: true,
      attributes: !!attributeFilter,
      ...(attributeFilter ? { attributeFilter } : {}),
    });
  });
}

let adapter: MemoryAdapter | undefined;
let wall: ChorusKudosWall | undefined;

function clear(): void {
  wall?.remove();
  adapter?.dispose();
  wall = undefined;
  adapter = undefined;
}

/**
 * Makes the wall's adapter (seeding 200 kudos) ahead of a measurement, so its cost is not counted.
 * Signed in as a moderator, who sees all 200 (8% are private, hidden from everyone else) and gets
 * a Delete button on every card: the heaviest ordinary wall.
 */
function prepare(kudos = ALL): void {
  clear();
  adapter = newAdapter();
  const moderator = adapter.listUsers().find((u) => u.roles.includes('moderator'));
  if (moderator) adapter.setCurrentUser(moderator.id);
  if (kudos > ALL) grow(adapter, kudos);
}

/**
 * Grows an adapter's kudos to `total` with copies of the seeded ones, each older than the last,
 * in one write through the store (a door only the benchmark uses: giving 9,800 kudos one by one
 * would measure the seeding).
 */
function grow(target: MemoryAdapter, total: number): void {
  const store = (target as unknown as { store: MemoryStore }).store;
  store.mutate((state) => {
    const seeded = state.kudos.slice();
    let oldest = Date.parse(seeded.at(-1)!.createdAt);
    for (let i = state.kudos.length; i < total; i++) {
      oldest -= 60_000;
      state.kudos.push({
        ...(JSON.parse(JSON.stringify(seeded[i % seeded.length]!)) as StoredKudos),
        id: `k-bench-${i}`,
        createdAt: new Date(oldest).toISOString(),
      });
    }
  });
}

/** Connects a wall and waits for its first page of cards: ms to the DOM, and to style + layout done. */
async function connect(pageSize: number): Promise<{ dom: number; layout: number; cards: number }> {
  wall?.remove();
  if (!adapter) prepare();
  wall = document.createElement('chorus-kudos-wall');
  wall.adapter = adapter;
  wall.pageSize = pageSize;
  const shown = wall;
  const t0 = now();
  stage.append(shown);
  // `.more` is rendered with the list, so it marks the first page (and only it) as drawn.
  await when(root(shown), () => !!root(shown).querySelector('.more'));
  const dom = now() - t0;
  layout();
  return { dom, layout: now() - t0, cards: cardCount(shown) };
}

/** Clicks "Show more" until `target` cards (or all) are shown; each step is click → cards in DOM → layout. */
async function showMore(target = ALL): Promise<{ steps: number[]; cards: number }> {
  const shown = wall!;
  const steps: number[] = [];
  for (let i = 0; i < 100 && cardCount(shown) < target; i++) {
    await nextFrame();
    const before = cardCount(shown);
    const more = root(shown).querySelector<HTMLButtonElement>('[part="more"]');
    if (!more) break; // the end of the wall
    const t0 = now();
    more.click();
    await when(root(shown), () => cardCount(shown) > before);
    layout();
    steps.push(now() - t0);
  }
  await nextFrame();
  return { steps, cards: cardCount(shown) };
}

interface Count {
  nodes: number;
  elements: number;
  shadowRoots: number;
  /** Text nodes holding only whitespace: template formatting that reached the DOM. */
  blankText: number;
}

/** Every node of the wall, its own and in each shadow root inside it (composer, people picker). */
function countNodes(): Count {
  const count: Count = { nodes: 0, elements: 0, shadowRoots: 0, blankText: 0 };
  const visit = (node: Node) => {
    count.nodes++;
    if (node.nodeType === Node.TEXT_NODE && !node.nodeValue!.trim()) count.blankText++;
    if (node instanceof Element) {
      count.elements++;
      if (node.shadowRoot) {
        count.shadowRoots++;
        for (let c = node.shadowRoot.firstChild; c; c = c.nextSibling) visit(c);
      }
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  if (wall) visit(wall);
  return count;
}

/**
 * Toggles one reaction `times` times (on, off, on, …) on a card of the current wall:
 * `pressed` is click → the button's aria-pressed changed (the optimistic update), to layout; `settled` is
 * click → the adapter answered, the wall re-rendered (`chorus-kudos-reacted`) and layout is done.
 */
async function toggleReaction(times: number): Promise<{ pressed: number[]; settled: number[] }> {
  const shown = wall!;
  // A reaction the user has not given yet, so toggling never removes the button (count ≥ 1).
  const buttons = [...root(shown).querySelectorAll<HTMLButtonElement>('.list > li button.reaction')];
  const index = buttons.findIndex((b) => b.getAttribute('aria-pressed') === 'false');
  if (index < 0) throw new Error('benchmark: no reaction to toggle');
  const pressed: number[] = [];
  const settled: number[] = [];
  for (let i = 0; i < times; i++) {
    await nextFrame();
    const button = root(shown).querySelectorAll<HTMLButtonElement>('.list > li button.reaction')[index]!;
    const was = button.getAttribute('aria-pressed');
    const reacted = new Promise((resolve) => shown.addEventListener('chorus-kudos-reacted', resolve, { once: true }));
    const t0 = now();
    button.click();
    await when(root(shown), () => button.getAttribute('aria-pressed') !== was, ['aria-pressed']);
    layout(); // To layout, as the direct DOM update it is compared with.
    pressed.push(now() - t0);
    await reacted;
    await shown.updateComplete;
    layout();
    settled.push(now() - t0);
  }
  await nextFrame();
  return { pressed, settled };
}

/**
 * Scrolls the page to the end of the wall, a screen at a time as a reader would, and waits for
 * each screen's cards: the time, and the cards in the DOM at the end (the wall is windowed).
 */
async function scrollToEnd(): Promise<{ ms: number; screens: number; cardsInDom: number }> {
  const shown = wall!;
  const t0 = now();
  let screens = 0;
  for (let last = -1; window.scrollY !== last && screens < 100_000; screens++) {
    last = window.scrollY;
    window.scrollBy(0, window.innerHeight);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    layout();
  }
  await nextFrame();
  const ms = now() - t0;
  const cardsInDom = root(shown).querySelectorAll('.list > li').length;
  window.scrollTo(0, 0);
  return { ms, screens, cardsInDom };
}

// ---- baselines: plain DOM ----------------------------------------------------------------------

/** A minimal card by hand: 21 nodes (li, article, header with avatar, names and time, message, four buttons). */
function minimalCard(i: number): HTMLLIElement {
  const li = document.createElement('li');
  li.innerHTML =
    `<article><header><span>AB</span><strong>Ana Berg → Chloé Martin</strong><time>2 days ago</time></header>` +
    `<p>Thank you for the careful review of the release notes, number ${i}!</p>` +
    `<footer><button>👏 3</button><button>❤️ 1</button><button>☺+</button><button>💬 2</button><span></span></footer></article>`;
  return li;
}

let plain: HTMLElement | undefined;
/** A plain list in a shadow root styled like the wall (its adopted sheets), on the same page. */
function plainList(): HTMLUListElement {
  plain?.remove();
  plain = document.createElement('div');
  const shadow = plain.attachShadow({ mode: 'open' });
  if (wall) shadow.adoptedStyleSheets = [...root(wall).adoptedStyleSheets];
  const list = document.createElement('ul');
  list.className = 'list';
  shadow.append(list);
  stage.append(plain);
  return list;
}

/**
 * Plain DOM "Show more": appends `perStep` cards at a time up to `target`, each step to layout,
 * a frame between steps as in showMore. `markup`: 'same' clones the wall's first rendered card
 * (its markup as Lit left it, styled by the wall's sheets), 'minimal' the 21-node card.
 */
async function plainShowMore(target: number, perStep: number, markup: 'same' | 'minimal'): Promise<{ steps: number[]; nodes: number }> {
  const model = markup === 'same' ? root(wall!).querySelector('.list > li')! : null;
  wall?.remove();
  const list = plainList();
  const steps: number[] = [];
  for (let shown = 0; shown < target; shown += perStep) {
    await nextFrame();
    const t0 = now();
    const batch = document.createDocumentFragment();
    for (let i = shown; i < shown + perStep; i++) batch.append(model ? model.cloneNode(true) : minimalCard(i));
    list.append(batch);
    layout();
    steps.push(now() - t0);
  }
  // Nodes per card, the list itself left out.
  const nodes = (countTree(list) - 1) / (list.children.length || 1);
  plain?.remove();
  return { steps, nodes };
}

const countTree = (node: Node): number => {
  let n = 1;
  for (let c = node.firstChild; c; c = c.nextSibling) n += countTree(c);
  return n;
};

/** Plain DOM rendering of `count` minimal cards at once, to layout (the 10,000-kudos baseline). */
function plainRenderAll(count: number): number {
  wall?.remove();
  const list = plainList();
  const t0 = now();
  const batch = document.createDocumentFragment();
  for (let i = 0; i < count; i++) batch.append(minimalCard(i));
  list.append(batch);
  layout();
  const ms = now() - t0;
  plain?.remove();
  return ms;
}

/**
 * The toggle's baseline on the same page and DOM: a reaction button of the shown wall updated by
 * hand (aria-pressed and its count's text), to layout. `times` samples; the button is restored.
 */
async function directTextUpdate(times: number): Promise<number[]> {
  const button = root(wall!).querySelector<HTMLButtonElement>('.list > li button.reaction')!;
  const count = button.querySelector('.n')!;
  const was = { pressed: button.getAttribute('aria-pressed'), text: count.textContent };
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    await nextFrame();
    const t0 = now();
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    count.textContent = String(Number(count.textContent) + (on ? 1 : -1));
    layout();
    out.push(now() - t0);
  }
  button.setAttribute('aria-pressed', was.pressed!);
  count.textContent = was.text;
  await nextFrame();
  return out;
}

// ---- the adapter alone -------------------------------------------------------------------------

/** listKudos calls per second, paging through all kudos (limit 20) again and again for `ms`. */
async function listPagesPerSecond(ms = 250): Promise<number> {
  const memory = newAdapter();
  let pages = 0;
  let cursor: string | null = null;
  const t0 = now();
  while (now() - t0 < ms && pages < 1_000_000) {
    const page = await memory.kudos.listKudos({ cursor, limit: 20 });
    cursor = page.nextCursor;
    pages++;
  }
  const rate = pages / ((now() - t0) / 1000);
  memory.dispose();
  return rate;
}

/**
 * giveKudos calls per second, `count` gives on a fresh adapter (its state grows from 200 kudos).
 * `live`: with a live subscriber, as when a wall is on the page (the adapter then diffs states).
 */
async function giveKudosPerSecond(count = 100, live = false): Promise<number> {
  const memory = newAdapter();
  const unsubscribe = live ? memory.live.subscribe('kudos', () => {}) : undefined;
  const draft: KudosDraft = {
    recipientIds: ['p-02'],
    message: 'Thank you for the careful review!',
    valueId: null,
    image: null,
    visibility: 'public',
  };
  const t0 = now();
  for (let i = 0; i < count; i++) await memory.kudos.giveKudos(draft, { idempotencyKey: `bench-${i}` });
  const rate = count / ((now() - t0) / 1000);
  unsubscribe?.();
  memory.dispose();
  return rate;
}

/**
 * Milliseconds per giveKudos on an adapter holding `total` kudos, with a live subscriber (a wall on
 * the page): `count` writes, each timed alone.
 */
async function giveKudosAt(total: number, count: number): Promise<number[]> {
  const memory = newAdapter();
  grow(memory, total);
  const unsubscribe = memory.live.subscribe('kudos', () => {});
  const draft: KudosDraft = { recipientIds: ['p-02'], message: 'Thank you!', valueId: null, image: null, visibility: 'public' };
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = now();
    await memory.kudos.giveKudos(draft, { idempotencyKey: `bench-at-${i}` });
    out.push(now() - t0);
  }
  unsubscribe();
  memory.dispose();
  return out;
}

/**
 * A fixed piece of plain JavaScript (no DOM, no Intl), timed: it shows how fast this machine is
 * right now, so a run on a busy or throttled machine can be told apart from a slower wall.
 */
function calibrate(): number {
  const t0 = now();
  const items = Array.from({ length: 5_000 }, (_, i) => ({ id: `k-${(i * 7919) % 5_000}`, n: i }));
  let check = 0;
  for (let round = 0; round < 4; round++) {
    const copy = JSON.parse(JSON.stringify(items)) as typeof items;
    copy.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    check += copy[round]!.n;
  }
  if (check < 0) throw new Error('unreachable');
  return now() - t0;
}

const api = {
  calibrate,
  prepare,
  connect,
  showMore,
  countNodes,
  scrollToEnd,
  toggleReaction,
  clear,
  listPagesPerSecond,
  giveKudosPerSecond,
  giveKudosAt,
  plainShowMore,
  plainRenderAll,
  directTextUpdate,
  ready: true,
};

declare global {
  interface Window {
    chorusBench: typeof api;
  }
}
window.chorusBench = api;
