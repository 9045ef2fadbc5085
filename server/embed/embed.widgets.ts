import { METRICS, PERIODS } from '../../src/core/leaderboard.domain.js';
import { validTopicQuery } from '../../src/core/poll-topic.rules.js';

/*
 * What `/embed/<widget>` may show: each widget's tag and the attributes a URL may set, with the
 * values each takes. Anything else in the query is refused (a typo would otherwise be ignored
 * silently and the author left guessing).
 */

export type EmbedParam =
  | { kind: 'id'; required?: boolean }
  | { kind: 'text' }
  | { kind: 'count'; max: number }
  | { kind: 'flag' }
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'topic' };

export interface EmbedWidget {
  tag: string;
  params: Readonly<Record<string, EmbedParam>>;
  /** Settings of which the URL must give at least one (a poll by its id or by its topic). */
  oneOf?: readonly string[];
}

export const EMBED_WIDGETS: Readonly<Record<string, EmbedWidget>> = {
  'kudos-wall': {
    tag: 'chorus-kudos-wall',
    params: {
      heading: { kind: 'text' },
      'page-size': { kind: 'count', max: 100 },
      'no-composer': { kind: 'flag' },
      'no-filters': { kind: 'flag' },
      'filter-value': { kind: 'id' },
      'filter-team': { kind: 'id' },
    },
  },
  poll: { tag: 'chorus-poll', params: { 'poll-id': { kind: 'id' }, topic: { kind: 'topic' }, composer: { kind: 'flag' } }, oneOf: ['poll-id', 'topic'] },
  'feedback-box': { tag: 'chorus-feedback-box', params: { heading: { kind: 'text' }, view: { kind: 'choice', choices: ['send', 'conversations', 'inbox'] } } },
  leaderboard: {
    tag: 'chorus-leaderboard',
    params: {
      heading: { kind: 'text' },
      period: { kind: 'choice', choices: PERIODS },
      metric: { kind: 'choice', choices: METRICS },
      scope: { kind: 'choice', choices: ['people', 'teams'] },
      'team-score': { kind: 'choice', choices: ['total', 'per-head'] },
      limit: { kind: 'count', max: 100 },
      'hide-options': { kind: 'flag' },
    },
  },
  'share-card': {
    tag: 'chorus-share-card',
    params: {
      'post-id': { kind: 'id', required: true },
      network: { kind: 'choice', choices: ['linkedin', 'x', 'facebook', 'teams', 'email', 'native', 'copy'] },
    },
  },
  'share-feed': { tag: 'chorus-share-feed', params: { 'page-size': { kind: 'count', max: 100 }, topic: { kind: 'id' } } },
  'post-composer': { tag: 'chorus-post-composer', params: {} },
};

/** The page's own settings, read from the same query. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export const LANGUAGES = ['en', 'fr', 'de', 'it', 'es'] as const;
export type EmbedTheme = (typeof THEMES)[number];
export type EmbedLanguage = (typeof LANGUAGES)[number];

export interface EmbedRequest {
  widget: EmbedWidget;
  theme: EmbedTheme;
  lang: EmbedLanguage;
  /** Attribute → value ('' for a flag that is on). */
  attributes: [name: string, value: string][];
}

const ID = /^[A-Za-z0-9._:-]{1,100}$/;
// No control characters, no more than a heading needs.
const TEXT = /^[^\p{Cc}]{1,200}$/u;

/** The query read into a widget's attributes, or the first thing wrong with it, in words an author can act on. */
export function readEmbedQuery(widget: EmbedWidget, query: URLSearchParams): EmbedRequest | { problem: string } {
  const theme = query.get('theme') ?? 'auto';
  if (!(THEMES as readonly string[]).includes(theme)) return { problem: `theme must be one of ${THEMES.join(', ')}, not "${theme}".` };
  const lang = query.get('lang') ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang)) return { problem: `lang must be one of ${LANGUAGES.join(', ')}, not "${lang}".` };
  const attributes: [string, string][] = [];
  const allowed = Object.keys(widget.params);
  for (const name of new Set(query.keys())) {
    if (name === 'theme' || name === 'lang') continue;
    const param = widget.params[name];
    if (!param) {
      const known = ['theme', 'lang', ...allowed].join(', ');
      return { problem: `"${name}" is not a setting of ${widget.tag}; it takes ${known}.` };
    }
    const values = query.getAll(name);
    if (values.length > 1) return { problem: `${name} is given ${values.length} times; give it once.` };
    const value = values[0]!;
    const problem = checkValue(name, param, value);
    if (problem) return { problem };
    if (param.kind === 'flag') {
      if (value !== 'false' && value !== '0') attributes.push([name, '']);
    } else attributes.push([name, value]);
  }
  for (const [name, param] of Object.entries(widget.params)) {
    if (param.kind === 'id' && param.required && !query.has(name)) return { problem: `${widget.tag} needs ${name}, e.g. ?${name}=…` };
  }
  if (widget.oneOf && !widget.oneOf.some((name) => query.has(name)))
    return { problem: `${widget.tag} needs ${widget.oneOf.join(' or ')}, e.g. ?${widget.oneOf[0]}=…` };
  return { widget, theme: theme as EmbedTheme, lang: lang as EmbedLanguage, attributes };
}

function checkValue(name: string, param: EmbedParam, value: string): string | null {
  switch (param.kind) {
    case 'id':
      return ID.test(value) ? null : `${name} must be an id (letters, digits, . _ : -, up to 100), not "${value.slice(0, 100)}".`;
    case 'text':
      return TEXT.test(value) ? null : `${name} must be text of 1 to 200 characters without control characters.`;
    case 'count': {
      const n = Number(value);
      return /^\d{1,3}$/.test(value) && n >= 1 && n <= param.max ? null : `${name} must be a whole number from 1 to ${param.max}, not "${value.slice(0, 20)}".`;
    }
    case 'flag':
      return ['', '1', 'true', '0', 'false'].includes(value) ? null : `${name} is on or off: give it with no value, or true or false.`;
    case 'choice':
      return param.choices.includes(value) ? null : `${name} must be one of ${param.choices.join(', ')}, not "${value.slice(0, 40)}".`;
    case 'topic': {
      // The lookup's own rule (core), so the page refuses exactly what GET /polls/latest would.
      let topic: string | null = null;
      try {
        topic = validTopicQuery(value);
      } catch {
        // Said below.
      }
      return topic ? null : `${name} must be a topic (letters and digits, words joined by hyphens: town-hall), not "${value.slice(0, 40)}".`;
    }
  }
}
