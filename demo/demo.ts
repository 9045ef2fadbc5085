/*
 * The demo intranet's script. The page says `<chorus-provider endpoint="/api/chorus">`: with the
 * demo server running (`npm start`), the widgets talk to it over HTTP and every browser window
 * sees the others' kudos live. Opened without it (`npm run dev`), or when the visitor picks
 * "Embedded", the providers get an in-browser MemoryAdapter instead. The polls and the feedback
 * box sit in providers of their own on the same backend. Also wires the rest of the "Try the demo" panel: who is signed
 * in, theme, language and direction.
 */
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { CurrentUser, Role, Team } from '../src/core/people.js';

const API = '/api/chorus';
const STORAGE_KEY = 'chorus:demo:v1';
const PREFS = {
  user: 'chorus:demo:user',
  theme: 'chorus:demo:theme',
  lang: 'chorus:demo:lang',
  backend: 'chorus:demo:backend',
} as const;

/** The colleagues offered in "Signed in as": different teams, two with moderator rights, one who approves posts. */
const SWITCHABLE = ['Chloé Dubois', 'Kwame Mensah', 'Aiyana Redcloud', 'Priya Raghunathan', 'Amara Okafor', 'Nadia Haddad', 'Arjun Mehta'];

type Theme = 'system' | 'light' | 'dark';
/** The widgets' languages, and Arabic to show right-to-left layout (its strings fall back to English). */
const LANGS = ['en', 'fr', 'de', 'it', 'es', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const isLang = (value: string | null): value is Lang => (LANGS as readonly (string | null)[]).includes(value);
type Backend = 'server' | 'embedded';

const prefs = {
  get(key: keyof typeof PREFS): string | null {
    try {
      return localStorage.getItem(PREFS[key]);
    } catch {
      return null;
    }
  },
  set(key: keyof typeof PREFS, value: string): void {
    try {
      localStorage.setItem(PREFS[key], value);
    } catch {
      // Storage is off (private mode, sandbox): the choice lasts until the page reloads.
    }
  },
};

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`demo: #${id} is missing from index.html`);
  return el as T;
}

/**
 * A copy of `el` in its place: a provider re-created after signing in as someone else, so its
 * widgets load again as that person (the REST adapter keeps nothing of the last one).
 */
function renewed<T extends Element>(el: T): T {
  const fresh = el.cloneNode(true) as T;
  el.replaceWith(fresh);
  return fresh;
}

type Provider = HTMLElementTagNameMap['chorus-provider'];
/** The page's providers, one per group of widgets, all on the same backend. */
const PROVIDER_IDS = ['provider', 'poll-provider', 'feedback-provider', 'share-provider', 'board-provider', 'programme-provider'] as const;
type ProviderId = (typeof PROVIDER_IDS)[number];
const providers = new Map<ProviderId, Provider>(PROVIDER_IDS.map((id) => [id, byId<Provider>(id)]));
const providerOf = (id: ProviderId): Provider => providers.get(id)!;
const userSelect = byId<HTMLSelectElement>('signed-in-as');
const languageSelect = byId<HTMLSelectElement>('language');
const backendSelect = byId<HTMLSelectElement>('backend');
const backendDetail = byId('backend-detail');
const resetButton = byId<HTMLButtonElement>('reset-demo');

// ---- which backend ------------------------------------------------------------------------------

/** Whether the demo server answers (a dev server without it answers HTML, or nothing). */
async function serverAvailable(): Promise<boolean> {
  try {
    // No `Accept: application/json`: a dev server then answers its page (200) instead of a 404 in the console.
    const res = await fetch(`${API}/session/users`, { signal: AbortSignal.timeout(3000) });
    return res.ok && !!res.headers.get('content-type')?.includes('application/json');
  } catch {
    return false;
  }
}

const available = await serverAvailable();
// `?backend=embedded` (or `server`) picks one for this visit, e.g. for a headless screenshot: a
// browser that waits for the network to go idle never sees the server's live stream end.
const asked = new URLSearchParams(location.search).get('backend') ?? prefs.get('backend');
const backend: Backend = available && asked !== 'embedded' ? 'server' : 'embedded';

backendSelect.value = backend;
(backendSelect.querySelector('option[value="server"]') as HTMLOptionElement).disabled = !available;
backendDetail.textContent =
  backend === 'server'
    ? 'Kept on the demo server: open a second window and watch kudos arrive live.'
    : available
      ? 'Kept in this browser; its other tabs update live.'
      : 'The demo server is not running (npm start runs it), so the wall runs in your browser.';
backendSelect.addEventListener('change', () => {
  prefs.set('backend', backendSelect.value);
  location.reload();
});

// ---- who is signed in ---------------------------------------------------------------------------

/** What the panel needs from either backend. */
interface Directory {
  users(): CurrentUser[];
  currentUserId(): string;
  teams(): Promise<Team[]>;
  signInAs(userId: string): Promise<void>;
}

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(API + path, {
    credentials: 'same-origin',
    ...init,
    headers: { accept: 'application/json', 'content-type': 'application/json', ...init?.headers },
  });
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status}`);
  return (await res.json()) as T;
}

/**
 * The demo server's dev sign-in: `POST /session` sets a signed cookie. After switching, the
 * provider is replaced by a fresh copy of its markup, so every widget reloads as the new person
 * and the live stream reconnects with the new cookie (a text being typed in the composer is
 * kept: it saves drafts per wall).
 */
async function serverDirectory(): Promise<Directory> {
  const [{ items: users }, session] = await Promise.all([api<{ items: CurrentUser[] }>('/session/users'), api<{ user: CurrentUser | null }>('/session')]);
  const remembered = prefs.get('user');
  const userId = users.some((u) => u.id === remembered) ? remembered! : (users[0]?.id ?? '');
  let me = session.user ?? (await api<CurrentUser>('/session', { method: 'POST', body: JSON.stringify({ userId }) }));
  return {
    users: () => users,
    currentUserId: () => me.id,
    teams: () => api<{ items: Team[] }>('/teams').then((r) => r.items),
    async signInAs(userId) {
      me = await api<CurrentUser>('/session', { method: 'POST', body: JSON.stringify({ userId }) });
      for (const id of PROVIDER_IDS) providers.set(id, renewed(providerOf(id)));
    },
  };
}

/** A fresh MemoryAdapter over the same stored data, signed in as `userId` when that person exists. */
function createAdapter(userId: string | null): MemoryAdapter {
  const adapter = new MemoryAdapter({ storageKey: STORAGE_KEY });
  if (userId && adapter.listUsers().some((u) => u.id === userId)) adapter.setCurrentUser(userId);
  return adapter;
}

let adapter: MemoryAdapter | null = null;

/**
 * The embedded adapter, for the wall and the polls alike. Switching people: the adapter is told
 * who is signed in, and both providers get a new adapter object; every widget inside sees the new
 * context value and reloads its data for that person. The old adapter stops listening.
 */
function embeddedDirectory(): Directory {
  adapter = createAdapter(prefs.get('user'));
  for (const each of providers.values()) each.adapter = adapter;
  return {
    users: () => adapter!.listUsers(),
    currentUserId: () => adapter!.currentUserId,
    teams: () => adapter!.people.listTeams(),
    async signInAs(userId) {
      const previous = adapter!;
      adapter = createAdapter(null);
      adapter.setCurrentUser(userId);
      // Network knobs set from the console carry over.
      adapter.latency = previous.latency;
      adapter.failureRate = previous.failureRate;
      providerOf('provider').user = undefined;
      for (const each of providers.values()) each.adapter = adapter;
      previous.dispose();
    },
  };
}

/*
 * Everything about the backend is settled before the elements are defined: the embedded adapter
 * chosen or the session cookie set, so the provider's first calls already go to the right place
 * as the right person.
 */
let directory: Directory;
try {
  if (backend !== 'server') throw new Error('embedded');
  directory = await serverDirectory();
} catch (error) {
  if (backend === 'server') {
    // The server went away between the check and now: run in the browser rather than not at all.
    console.warn('Chorus demo: the demo server did not answer; using the embedded adapter.', error);
    backendSelect.value = 'embedded';
    backendDetail.textContent = 'The demo server did not answer, so the wall runs in your browser.';
  }
  for (const each of providers.values()) each.removeAttribute('endpoint');
  directory = embeddedDirectory();
}
await import('../src/all.js');
// The languages of the "Language" select (Arabic shows right-to-left layout with English text).
await Promise.all([import('../src/i18n/fr.js'), import('../src/i18n/de.js'), import('../src/i18n/it.js'), import('../src/i18n/es.js')]);

/** Short enough for a narrow side column; the title shows under the select. */
function label(user: CurrentUser): string {
  const has = (role: Role) => user.roles.includes(role);
  const does = [
    has('feedback-recipient') ? (has('moderator') ? 'HR, moderator' : 'reads feedback') : has('moderator') ? 'moderator' : '',
    has('post-approver') ? 'approves posts' : '',
  ].filter(Boolean);
  return does.length ? `${user.name} (${does.join(', ')})` : user.name;
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function fillUserSelect(): void {
  const users = directory.users();
  const currentId = directory.currentUserId();
  const picked = SWITCHABLE.map((name) => users.find((u) => u.name === name)).filter((u): u is CurrentUser => !!u);
  const options = picked.length ? picked : users.slice(0, 6);
  // The current user is always selectable, even when not one of the curated few.
  const current = users.find((u) => u.id === currentId);
  if (current && !options.includes(current)) options.unshift(current);
  userSelect.replaceChildren(...options.map((u) => new Option(label(u), u.id, false, u.id === currentId)));
}

/** Team names for the line under "Signed in as"; filled in once the backend answers. */
const teamNames = new Map<string, string>();

function showUser(): void {
  const user = directory.users().find((u) => u.id === directory.currentUserId());
  if (!user) return;
  byId('suite-avatar').textContent = initials(user.name);
  byId('suite-name').textContent = user.name;
  userSelect.value = user.id;
  const team = teamNames.get(user.teamId);
  byId('signed-in-detail').textContent = [user.title, team].filter(Boolean).join(' · ');
  showProgramme(user);
}

/**
 * The programme's tools show to those the backend lets use them (the elements refuse anyone else
 * too); everyone else reads whom to sign in as.
 */
function showProgramme(user: CurrentUser): void {
  const has = (role: Role) => user.roles.includes(role) || user.roles.includes('admin');
  place('moderation-part', 'chorus-moderation', has('moderator'));
  place('insights-part', 'chorus-insights', has('insights'));
  byId('programme-hint').hidden = has('moderator') || has('insights');
}

/** The element in its part when shown, none when not: it would only ask the backend to refuse. */
function place(partId: string, tag: 'chorus-moderation' | 'chorus-insights', shown: boolean): void {
  const part = byId(partId);
  part.hidden = !shown;
  const placed = part.querySelector(tag);
  if (!shown) placed?.remove();
  else if (!placed) part.append(Object.assign(document.createElement(tag), { id: tag.slice('chorus-'.length) }));
}

void directory.teams().then((teams) => {
  for (const team of teams) teamNames.set(team.id, team.name);
  showUser();
});

fillUserSelect();
showUser();
userSelect.addEventListener('change', async () => {
  const userId = userSelect.value;
  try {
    await directory.signInAs(userId);
    prefs.set('user', userId);
  } catch (error) {
    console.error('Chorus demo: could not switch user.', error);
  }
  fillUserSelect();
  showUser();
  applyTheme(currentTheme());
});

// Resetting the data is the embedded adapter's own feature; the server's data is shared.
resetButton.hidden = !adapter;
resetButton.addEventListener('click', () => {
  if (!adapter) return;
  adapter.reset();
  // A new adapter object makes every widget reload from the fresh seed at once.
  void directory.signInAs(adapter.currentUserId).then(showUser);
});

// ---- theme -------------------------------------------------------------------------------------

const darkQuery = matchMedia('(prefers-color-scheme: dark)');

function currentTheme(): Theme {
  const saved = prefs.get('theme');
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** The page and every Chorus widget follow the same resolved theme. */
function applyTheme(theme: Theme): void {
  const resolved = theme === 'system' ? (darkQuery.matches ? 'dark' : 'light') : theme;
  document.documentElement.dataset.theme = resolved;
  for (const el of document.querySelectorAll('*')) {
    if (el.localName.startsWith('chorus-') && el.localName !== 'chorus-provider') el.setAttribute('theme', resolved);
  }
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  radio.checked = radio.value === currentTheme();
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    prefs.set('theme', radio.value);
    applyTheme(radio.value as Theme);
  });
}
darkQuery.addEventListener('change', () => applyTheme(currentTheme()));
applyTheme(currentTheme());

// ---- language and direction ---------------------------------------------------------------------

/** `lang` and `dir` on <html>: the widgets follow the page (layout mirrors; dates and numbers localize). */
function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

const savedLang = prefs.get('lang');
languageSelect.value = isLang(savedLang) ? savedLang : 'en';
languageSelect.addEventListener('change', () => {
  const lang: Lang = isLang(languageSelect.value) ? languageSelect.value : 'en';
  prefs.set('lang', lang);
  applyLanguage(lang);
});
applyLanguage(languageSelect.value as Lang);

// ---- for tinkering in the console -----------------------------------------------------------------

/**
 * Embedded backend: `chorusDemo.adapter.latency = 3000` shows loading states; `failureRate = 0.5`
 * shows errors. With the demo server, `chorusDemo.provider.activeAdapter` is the REST adapter.
 */
Object.defineProperty(window, 'chorusDemo', {
  configurable: true,
  value: {
    get adapter(): MemoryAdapter | null {
      return adapter;
    },
    get provider(): Provider {
      return providerOf('provider');
    },
    get pollProvider(): Provider {
      return providerOf('poll-provider');
    },
    get feedbackProvider(): Provider {
      return providerOf('feedback-provider');
    },
  },
});
