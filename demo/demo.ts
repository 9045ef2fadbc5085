/*
 * The demo intranet's script: defines every Chorus element, hands the provider an embedded
 * MemoryAdapter (persisted under its own storage key, so a reload keeps what the visitor did),
 * and wires the "Try the demo" panel: who is signed in, theme, language and direction.
 */
import '../src/all.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { CurrentUser } from '../src/core/people.js';

const STORAGE_KEY = 'chorus:demo:v1';
const PREFS = {
  user: 'chorus:demo:user',
  theme: 'chorus:demo:theme',
  lang: 'chorus:demo:lang',
} as const;

/** The colleagues offered in "Signed in as": different teams, and two with moderator rights. */
const SWITCHABLE = [
  'Chloé Dubois',
  'Kwame Mensah',
  'Aiyana Redcloud',
  'Priya Raghunathan',
  'Amara Okafor',
  'Nadia Haddad',
  'Arjun Mehta',
];

type Theme = 'system' | 'light' | 'dark';
type Lang = 'en' | 'ar';

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

const provider = byId<HTMLElementTagNameMap['chorus-provider']>('provider');
const userSelect = byId<HTMLSelectElement>('signed-in-as');
const languageSelect = byId<HTMLSelectElement>('language');
const resetButton = byId<HTMLButtonElement>('reset-demo');

// ---- adapter and signed-in user ----------------------------------------------------------------

/** A fresh adapter over the same stored data, signed in as `userId` when that person exists. */
function createAdapter(userId: string | null): MemoryAdapter {
  const adapter = new MemoryAdapter({ storageKey: STORAGE_KEY });
  if (userId && adapter.listUsers().some((u) => u.id === userId)) adapter.setCurrentUser(userId);
  return adapter;
}

let adapter = createAdapter(prefs.get('user'));

/**
 * Switching people: the adapter is told who is signed in, and the provider gets a new adapter
 * object. Every widget inside the provider sees the new context value and reloads its data
 * for that person (a text being typed in the composer stays). The old adapter stops listening.
 */
function signInAs(userId: string): void {
  const previous = adapter;
  adapter = createAdapter(null);
  adapter.setCurrentUser(userId);
  // Network knobs set from the console carry over.
  adapter.latency = previous.latency;
  adapter.failureRate = previous.failureRate;
  provider.user = undefined;
  provider.adapter = adapter;
  previous.dispose();
  prefs.set('user', userId);
  showUser();
}

/** Short enough for a narrow side column; the title shows under the select. */
function label(user: CurrentUser): string {
  return user.roles.includes('moderator') ? `${user.name} (moderator)` : user.name;
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function fillUserSelect(): void {
  const users = adapter.listUsers();
  const picked = SWITCHABLE.map((name) => users.find((u) => u.name === name)).filter((u): u is CurrentUser => !!u);
  const options = picked.length ? picked : users.slice(0, 6);
  // The current user is always selectable, even when not one of the curated few.
  const current = users.find((u) => u.id === adapter.currentUserId);
  if (current && !options.includes(current)) options.unshift(current);
  userSelect.replaceChildren(...options.map((u) => new Option(label(u), u.id, false, u.id === adapter.currentUserId)));
}

function showUser(): void {
  const user = adapter.listUsers().find((u) => u.id === adapter.currentUserId);
  if (!user) return;
  byId('suite-avatar').textContent = initials(user.name);
  byId('suite-name').textContent = user.name;
  userSelect.value = user.id;
  const team = teamNames.get(user.teamId);
  byId('signed-in-detail').textContent = [user.title, team].filter(Boolean).join(' · ');
}

/** Team names for the line under "Signed in as"; filled in once the adapter answers. */
const teamNames = new Map<string, string>();
void adapter.people.listTeams().then((teams) => {
  for (const team of teams) teamNames.set(team.id, team.name);
  showUser();
});

provider.adapter = adapter;
fillUserSelect();
showUser();
userSelect.addEventListener('change', () => signInAs(userSelect.value));

resetButton.addEventListener('click', () => {
  adapter.reset();
  // A new adapter object makes every widget reload from the fresh seed at once.
  signInAs(adapter.currentUserId);
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

languageSelect.value = prefs.get('lang') === 'ar' ? 'ar' : 'en';
languageSelect.addEventListener('change', () => {
  const lang: Lang = languageSelect.value === 'ar' ? 'ar' : 'en';
  prefs.set('lang', lang);
  applyLanguage(lang);
});
applyLanguage(languageSelect.value as Lang);

// ---- for tinkering in the console -----------------------------------------------------------------

/** `chorusDemo.adapter.latency = 3000` shows loading states; `failureRate = 0.5` shows errors. */
Object.defineProperty(window, 'chorusDemo', {
  configurable: true,
  value: {
    get adapter(): MemoryAdapter {
      return adapter;
    },
  },
});
