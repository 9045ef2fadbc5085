/*
 * Copy-on-write writes for the store: `change` edits a draft that reads like a deep copy of the
 * state, but only what it writes to (and the objects above it) is copied; everything else is
 * shared with the previous state, which stays untouched. Giving a kudos among 10,000 then copies
 * the kudos array's references and the state object, not 10,000 kudos (structuredClone did).
 * Shared records also let the live diff skip, by identity, every kudos a write did not touch.
 *
 * The state is plain JSON (objects and arrays). Drafts stop working when the change ends, so a
 * draft kept by mistake fails loudly instead of editing a published state.
 */

const DRAFT = Symbol('chorus.draft');

type Node = Record<PropertyKey, unknown>;

interface Draft {
  base: Node;
  /** A shallow copy, made at the first write to this object or below it. */
  copy: Node | null;
  parent: Draft | null;
  /** Drafts handed out for the base's values, by key (made at the first one). */
  children: Map<PropertyKey, Draft> | null;
  session: Session;
  proxy: Node;
  /** The finished object, once resolved. */
  final?: Node;
}

interface Session {
  /** Set when the change has ended: drafts kept past it throw. */
  over: boolean;
}

const isPlain = (value: unknown): value is Node => {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const draftOf = (value: unknown): Draft | undefined => (isPlain(value) ? (value[DRAFT] as Draft | undefined) : undefined);

/** The draft behind a trap's target; throws once the change is over. */
function live(target: Node): Draft {
  const d = target[DRAFT] as Draft;
  if (d.session.over) throw new TypeError('Chorus: a state draft was used after its change ended.');
  return d;
}

const latest = (d: Draft): Node => d.copy ?? d.base;

/**
 * Objects of a published state (the store's current one or an earlier one): never written again,
 * so a draft shares them. Anything else met in a draft was made during the change.
 */
const published = new WeakSet<object>();

/** Marks a state coming from outside (seed, storage, another tab) as published, all the way down. */
export function publish(value: unknown): void {
  if (!isPlain(value) || published.has(value) || draftOf(value)) return;
  published.add(value);
  for (const key of Reflect.ownKeys(value)) publish(value[key]);
}

/**
 * What a draft holds now, for reading many records fast (no draft per record): its values are
 * published records or the change's own. Never write through it.
 */
export function peek<T extends object>(draft: T): T {
  const d = draftOf(draft);
  return d ? (latest(d) as T) : draft;
}

function markChanged(d: Draft): void {
  for (let at: Draft | null = d; at && !at.copy; at = at.parent) {
    at.copy = Array.isArray(at.base) ? (at.base.slice() as unknown as Node) : { ...at.base };
  }
}

/*
 * One handler for every draft (a draft is a proxy, its record and an empty target: reading 10,000
 * kudos through `findIndex` makes 10,000 of them, so each must be cheap). The target is an empty
 * array or object holding the record under DRAFT: Array.isArray and array methods see an array.
 */
const handler: ProxyHandler<Node> = {
  get(target, key) {
    if (key === DRAFT) return target[DRAFT];
    const d = live(target);
    const value = latest(d)[key];
    // A value made during this change is the change's own; a published one gets a draft.
    if (typeof key === 'symbol' || !isPlain(value) || !published.has(value)) return value;
    let child = d.children?.get(key);
    if (child?.base !== value) (d.children ??= new Map()).set(key, (child = createDraft(value, d, d.session)));
    return child.proxy;
  },
  set(target, key, value) {
    const d = live(target);
    const source = latest(d);
    if (Object.hasOwn(source, key) && source[key] === value) return true;
    markChanged(d);
    d.copy![key] = value;
    return true;
  },
  deleteProperty(target, key) {
    const d = live(target);
    if (!Object.hasOwn(latest(d), key)) return true;
    markChanged(d);
    delete d.copy![key];
    return true;
  },
  has: (target, key) => key in latest(live(target)),
  ownKeys: (target) => Reflect.ownKeys(latest(live(target))),
  getOwnPropertyDescriptor: (target, key) => Reflect.getOwnPropertyDescriptor(latest(live(target)), key),
  defineProperty() {
    throw new TypeError('Chorus: a state draft takes plain assignments only.');
  },
};

function createDraft(base: Node, parent: Draft | null, session: Session): Draft {
  const target = (Array.isArray(base) ? [] : {}) as Node;
  const d = { base, copy: null, parent, children: null, session, proxy: target } as Draft;
  target[DRAFT] = d;
  d.proxy = new Proxy(target, handler);
  return d;
}

/** The finished object of a draft: its base when nothing under it changed. */
function finish(d: Draft): Node {
  if (!d.copy) return d.base;
  if (d.final) return d.final;
  const copy = (d.final = d.copy);
  const settle = (key: PropertyKey) => {
    const value = copy[key];
    const child = d.children?.get(key);
    if (child && child.base === value) {
      if (child.copy) copy[key] = finish(child);
    } else if (isPlain(value) && !published.has(value)) {
      // Made during the change: it may hold drafts (a filtered array of them, a moved record).
      copy[key] = resolve(value);
    }
  };
  // Children are keyed as the traps see keys: array indexes as strings.
  if (Array.isArray(copy)) for (let i = 0; i < copy.length; i++) settle(String(i));
  else for (const key of Reflect.ownKeys(copy)) settle(key);
  published.add(copy);
  return copy;
}

/** A value made during the change, with every draft in it replaced by its finished object. */
function resolve(value: unknown): unknown {
  const d = draftOf(value);
  if (d) return finish(d);
  if (!isPlain(value) || published.has(value)) return value;
  const settle = (key: PropertyKey) => {
    const inner = value[key];
    const done = resolve(inner);
    if (done !== inner) value[key] = done;
  };
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) settle(i);
  else for (const key of Reflect.ownKeys(value)) settle(key);
  published.add(value);
  return value;
}

/**
 * Applies `change` to a draft of `base` and returns the next state (`base` itself when nothing
 * was written) and what `change` returned. If `change` throws, nothing is produced.
 */
export function produce<S extends object, T>(base: S, change: (draft: S) => T): { next: S; result: T } {
  const session: Session = { over: false };
  publish(base);
  try {
    const root = createDraft(base as Node, null, session);
    const result = change(root.proxy as S);
    return { next: finish(root) as S, result: resolve(result) as T };
  } finally {
    session.over = true;
  }
}
