import { plainPollDraft } from '../../src/core/poll.rules.js';
import { SHARE_GUIDELINES_SEED } from '../../src/seed/share.seed.js';
import { contract, draft, key, OLAFUR } from './helpers.js';
import { pathOf } from './hostile.contract.js';

/*
 * The hostile-input suite's table: one valid request per contract operation (the fixture), and
 * the hostile variants made from it by rule — malformed JSON, wrong types, missing fields,
 * unicode edge cases, injection strings, unknown ids, out-of-range numbers, wrong content types.
 * A new operation without a fixture fails the suite (`fixtureOf`), so none is left untried.
 */

export interface Ids {
  kudosId: string;
  /** A seeded comment on a public kudos, and that kudos. */
  commentId: string;
  commentKudosId: string;
  pollId: string;
  writeInId: string;
  threadId: string;
  replyToken: string;
  postId: string;
  ref: string;
}

/** One request of the suite, as sent. */
export interface HostileCase {
  operationId: string;
  label: string;
  user: string | null;
  path: string;
  headers: Record<string, string>;
  /** Sent as is (a string) or as JSON. */
  body?: unknown;
}

interface Fixture {
  user?: string | null;
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
}

const ANONYMOUS = null;

/** A valid request to each operation, as the seeded company allows it. */
export function fixtures(ids: Ids): Record<string, Fixture> {
  const kudos = { kudosId: ids.kudosId };
  const poll = { pollId: ids.pollId };
  const thread = { threadId: ids.threadId };
  const post = { postId: ids.postId };
  const token = { 'Chorus-Reply-Token': ids.replyToken };
  const postDraft = { title: 'Our culture', captions: { default: 'Read how we work.' }, link: { url: 'https://brightwater.example/blog' } };
  return {
    getCurrentUser: {},
    searchPeople: { query: { q: 'chl', limit: '5' } },
    listTeams: {},
    listPeopleNames: { headers: { 'If-None-Match': '"x"' } },
    getKudosConfig: { headers: { 'If-None-Match': '"x"' } },
    listKudos: { query: { valueId: 'own-it', teamId: 't-eng', personId: 'p-03', limit: '5' } },
    giveKudos: { body: draft() },
    getKudos: { path: kudos },
    getKudosImage: { path: kudos },
    deleteKudos: { path: kudos, headers: { 'If-Match': '"stale"' } },
    addReaction: { path: { ...kudos, emoji: '👏' } },
    removeReaction: { path: { ...kudos, emoji: '👏' } },
    listComments: { path: kudos },
    addComment: { path: kudos, body: { message: 'Well deserved!' } },
    reportKudos: { path: kudos, body: { reason: 'Not kind.' } },
    reportComment: { path: { kudosId: ids.commentKudosId, commentId: ids.commentId }, body: { reason: 'Not kind.' } },
    listReports: {},
    listQueue: { query: { order: 'newest' } },
    moderate: { path: { kind: 'kudos', itemId: ids.kudosId }, body: { action: 'keep', reason: 'Fine.' } },
    getPollLimits: {},
    createPoll: { body: { ...plainPollDraft('Which snack?', ['Apples', 'Nuts']) } },
    findLatestPoll: { query: { topic: 'town-hall' } },
    getPoll: { path: poll },
    votePoll: { path: poll, body: { optionIds: [], writeIn: 'Board games', score: null } },
    approveWriteIn: { path: { ...poll, writeInId: ids.writeInId } },
    rejectWriteIn: { path: { ...poll, writeInId: ids.writeInId } },
    closePoll: { path: poll },
    getFeedbackConfig: { user: ANONYMOUS },
    sendFeedback: { user: ANONYMOUS, body: { categoryId: 'workplace', message: 'The printer has been jammed for a week.', score: 2 } },
    findSentFeedback: { user: ANONYMOUS, body: { categoryId: 'workplace', message: 'The printer has been jammed for a week.', score: 2 } },
    getFeedbackThread: { user: ANONYMOUS, headers: token },
    watchFeedbackThread: { user: ANONYMOUS, headers: token },
    replyToFeedback: { user: ANONYMOUS, headers: token, body: { message: 'It is still jammed today.' } },
    listFeedback: { query: { categoryId: 'workplace', status: 'open', limit: '5' } },
    getFeedbackSummary: {},
    getFeedbackById: { path: thread },
    answerFeedback: { path: thread, body: { message: 'Thanks, we ordered a new one.' } },
    setFeedbackStatus: { path: thread, body: { status: 'acknowledged' } },
    streamEvents: { query: { topics: 'nothing-known' } },
    listPosts: { query: { topic: 'culture', limit: '5' } },
    createPost: { body: postDraft },
    getPost: { path: post },
    updatePost: { path: post, body: postDraft },
    actOnPost: { path: post, body: { action: 'return', comment: 'Shorter, please.' } },
    getShareLink: { path: { ...post, network: 'linkedin' } },
    recordShare: { path: post, body: { network: 'linkedin' } },
    suggestPost: { body: { url: 'https://brightwater.example/news', note: 'Worth sharing.' } },
    getShareGuidelines: {},
    acceptShareGuidelines: { body: { version: SHARE_GUIDELINES_SEED.version } },
    followShareLink: { user: ANONYMOUS, path: { ref: ids.ref } },
    getLeaderboardConfig: {},
    getBoard: { query: { period: 'month', metric: 'points', scope: 'people', limit: '5', around: '1' } },
    getMyLeaderboardSummary: {},
    markBadgesAnnounced: { body: { keys: ['first-kudos'] } },
    setLeaderboardOptOut: { body: { optedOut: false } },
    // As Nadia Haddad, who holds the insights role.
    getInsights: { user: 'p-29', query: { period: 'month' } },
  };
}

/** Strings readers and databases trip on. Lone surrogates go as JSON escapes (JSON.stringify writes them so). */
export const HOSTILE_TEXT: Record<string, string> = {
  nul: 'a\u0000b',
  'lone surrogate': 'a\ud800b',
  'bidi override': '\u202eevil\u202c',
  'zero-width only': '\u200b\u200c\u200d\u2060',
  'combining flood': `abc${'\u0301'.repeat(7000)}`,
  'sql injection': "x'); drop table kudos; --",
  'html injection': '<img src=x onerror=alert(1)>',
  'path traversal': '../../../etc/passwd',
  'log forging': 'ok\r\nchorus: forged line',
  'long text': 'x'.repeat(25_000),
};

/** Values of the wrong type, for every field. */
export const WRONG_TYPES: unknown[] = [123, -1, 1e308, true, null, [], {}, 'x', [1, 'two'], { nested: { deep: [null] } }];

/** Numbers past every range. */
export const HOSTILE_NUMBERS = ['-1', '0', '1.5', '1e309', '99999999999999999999', 'NaN', '-0', '0x10', ' 7 '];

/** Id-shaped hostile strings for paths (raw, already URL-encoded where need be). */
export const HOSTILE_IDS: Record<string, string> = {
  unknown: 'no-such-thing',
  nul: 'a%00b',
  'invalid utf-8 (a lone surrogate)': 'a%ED%A0%80b',
  newline: 'a%0Ab',
  'bidi override': encodeURIComponent('\u202eevil'),
  'zero-width': encodeURIComponent('\u200b'),
  'sql injection': encodeURIComponent("' or '1'='1"),
  traversal: '..%2F..%2Fetc%2Fpasswd',
  long: 'x'.repeat(300),
};

const MALFORMED_JSON = ['{"a":', '[', '{"message": "x",}', "{'single': 1}", 'null', '"text"', '42', '[]', '{}', '\u0000', '{"__proto__": {"admin": true}}'];

export function fixtureOf(all: Record<string, Fixture>, operationId: string): Fixture {
  const found = all[operationId];
  if (!found) throw new Error(`hostile suite: no fixture for ${operationId}; add one to hostile.cases.ts`);
  return found;
}

function queryString(query: Record<string, string>): string {
  const q = new URLSearchParams(query).toString();
  return q ? `?${q}` : '';
}

/** Every hostile variant of one operation's fixture, then the valid request itself. */
export function casesOf(operationId: string, fixture: Fixture): HostileCase[] {
  const { method } = contract.operation(operationId);
  const user = fixture.user === undefined ? OLAFUR : fixture.user;
  const params = new Set(contract.parameterNames(operationId));
  const idempotent = params.has('Idempotency-Key');
  const base = () => ({ ...fixture.headers, ...(idempotent ? { 'Idempotency-Key': key() } : {}) });
  const path = (values = fixture.path ?? {}, query = fixture.query ?? {}) => pathOf(operationId, values) + queryString(query);
  const out: HostileCase[] = [];
  const add = (label: string, c: Partial<HostileCase>) =>
    out.push({ operationId, label, user, path: path(), headers: base(), ...(fixture.body ? { body: fixture.body } : {}), ...c });

  // Ids in the path: unknown, hostile, too long (raw segments: the encoding is the attack).
  for (const name of Object.keys(fixture.path ?? {})) {
    for (const [label, raw] of Object.entries(HOSTILE_IDS)) {
      add(`${name}: ${label}`, {
        path:
          contract.operation(operationId).path.replace(/\{(\w+)\}/g, (_, p: string) => (p === name ? raw : encodeURIComponent(fixture.path![p]!))) +
          queryString(fixture.query ?? {}),
      });
    }
  }
  // Query parameters: hostile text and out-of-range numbers.
  for (const name of Object.keys(fixture.query ?? {})) {
    for (const [label, text] of Object.entries({ ...HOSTILE_TEXT, ...Object.fromEntries(HOSTILE_NUMBERS.map((n) => [`number ${n}`, n])) })) {
      if (label === 'long text') continue;
      add(`?${name}: ${label}`, { path: path(fixture.path, { ...fixture.query, [name]: text }) });
    }
  }
  // Header parameters: what a header can carry (Latin-1, no control characters).
  for (const name of [...params].filter((p) => /^[A-Z]/.test(p))) {
    for (const [label, value] of Object.entries({ empty: '', blank: '   ', long: 'k'.repeat(2000), latin1: 'caf\u00e9\u00ff', injection: "' or 1=1 --" })) {
      add(`${name}: ${label}`, { headers: { ...base(), [name]: value } });
    }
  }
  if (method !== 'GET') {
    // Wrong content types: the forgery guard or the body parser refuses them.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      add(`content-type ${type}`, { headers: { ...base(), 'content-type': type }, body: JSON.stringify(fixture.body ?? {}) });
    }
    add('a body past the limit', { body: { pad: 'x'.repeat(operationId === 'giveKudos' ? 2_200_000 : 40_000) } });
  }
  if (fixture.body) {
    for (const text of MALFORMED_JSON) add(`malformed JSON ${JSON.stringify(text)}`, { body: text });
    const body = fixture.body;
    for (const field of Object.keys(body)) {
      const { [field]: _dropped, ...rest } = body;
      add(`missing ${field}`, { body: rest });
      for (const wrong of WRONG_TYPES) add(`${field} = ${JSON.stringify(wrong)}`, { body: { ...body, [field]: wrong } });
      for (const number of [-1, 0.5, 1e308, -1e308, 2 ** 53 + 1]) add(`${field} = ${number}`, { body: { ...body, [field]: number } });
      for (const [label, text] of Object.entries(HOSTILE_TEXT)) {
        const value = body[field];
        if (typeof value === 'string') add(`${field}: ${label}`, { body: { ...body, [field]: text } });
        else if (Array.isArray(value)) add(`${field}[]: ${label}`, { body: { ...body, [field]: [text] } });
        else if (value && typeof value === 'object') {
          for (const inner of Object.keys(value)) add(`${field}.${inner}: ${label}`, { body: { ...body, [field]: { ...value, [inner]: text } } });
        }
      }
    }
    add('an unknown field', { body: { ...body, isAdmin: true } });
  }
  if (user !== ANONYMOUS) add('signed out', { user: ANONYMOUS });
  add('the valid request', {});
  return out;
}
