/*
 * The raw requests of the wire-level parity test (parity.test.ts), in the order they are sent:
 * both backends receive the same sequence, so writes leave both in the same state. A case's path,
 * headers and body may read ids that an earlier answer gave *that* backend (`ids`), since
 * created ids are random on both.
 */
import { plainPollDraft } from '../../src/core/poll.rules.js';
import { SHARE_CASES } from './parity.share.cases.js';
import { LEADERBOARD_CASES } from './parity.leaderboard.cases.js';

/** Who a request is made as: a seeded person's id, or null (no credentials at all). */
export const CHLOE = 'p-01';
export const MAI = 'p-03';
export const KWAME = 'p-06';
export const NADIA = 'p-29';

export type Ids = Record<string, string>;

export interface WireCase {
  /** The contract operation the request is made to. */
  op: string;
  name: string;
  as: string | null;
  method: string;
  path: string | ((ids: Ids) => string);
  headers?: Record<string, string> | ((ids: Ids) => Record<string, string>);
  /** A string is sent as is (malformed JSON), a function of `ids` is called, anything else is sent as JSON. */
  body?: unknown;
  /** After the answer: what of it later cases need (created ids, ETags, tokens), by name. */
  keep?: (body: any, headers: Headers) => Ids; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const kudosDraft = {
  recipientIds: [MAI],
  message: 'Thanks for fixing the build pipeline before the release.',
  valueId: null,
  image: null,
  visibility: 'public',
};
/** The same draft with its keys in another order: the same request to a JSON reader. */
const reordered = { visibility: 'public', image: null, valueId: null, message: kudosDraft.message, recipientIds: [MAI] };
const pollDraft = plainPollDraft('Which snack should the kitchen stock?', ['Apples', 'Crisps', 'Nuts']);
const feedbackDraft = { categoryId: 'workplace', message: 'The printer on floor two has been jammed for a week.', score: 2 };
const key = (n: string) => ({ 'Idempotency-Key': `parity-${n}` });
const json = { 'content-type': 'application/json' };
const clap = encodeURIComponent('👏');

export const CASES: WireCase[] = [
  // ---- people ------------------------------------------------------------------------------
  { op: 'getCurrentUser', name: 'me', as: CHLOE, method: 'GET', path: '/me' },
  { op: 'getCurrentUser', name: 'nobody signed in', as: null, method: 'GET', path: '/me' },
  { op: 'getCurrentUser', name: 'an unknown bearer', as: 'p-999', method: 'GET', path: '/me' },
  { op: 'searchPeople', name: 'search', as: CHLOE, method: 'GET', path: '/people?q=mai&limit=5' },
  { op: 'searchPeople', name: 'limit out of range', as: CHLOE, method: 'GET', path: '/people?q=a&limit=0' },
  { op: 'searchPeople', name: 'limit not a number', as: CHLOE, method: 'GET', path: '/people?q=a&limit=many' },
  { op: 'listTeams', name: 'teams', as: CHLOE, method: 'GET', path: '/teams' },
  { op: 'listPeopleNames', name: 'names', as: CHLOE, method: 'GET', path: '/people/names' },
  { op: 'listPeopleNames', name: 'names, nobody signed in', as: null, method: 'GET', path: '/people/names' },

  // ---- kudos -------------------------------------------------------------------------------
  {
    op: 'getKudosConfig',
    name: 'config',
    as: CHLOE,
    method: 'GET',
    path: '/kudos/config',
    keep: (_b, h) => ({ configTag: h.get('ETag') ?? '' }),
  },
  {
    op: 'getKudosConfig',
    name: 'config not modified',
    as: CHLOE,
    method: 'GET',
    path: '/kudos/config',
    headers: (ids) => ({ 'If-None-Match': ids.configTag! }),
  },
  { op: 'listKudos', name: 'a page', as: CHLOE, method: 'GET', path: '/kudos?limit=3' },
  { op: 'listKudos', name: 'filtered by value', as: CHLOE, method: 'GET', path: '/kudos?limit=2&valueId=ownership' },
  { op: 'listKudos', name: 'limit too large', as: CHLOE, method: 'GET', path: '/kudos?limit=500' },
  {
    op: 'giveKudos',
    name: 'give',
    as: CHLOE,
    method: 'POST',
    path: '/kudos',
    headers: key('k1'),
    body: kudosDraft,
    keep: (b: { id: string }) => ({ kudos: b.id }),
  },
  { op: 'giveKudos', name: 'replayed', as: CHLOE, method: 'POST', path: '/kudos', headers: key('k1'), body: kudosDraft },
  {
    op: 'giveKudos',
    name: 'replayed with its keys in another order',
    as: CHLOE,
    method: 'POST',
    path: '/kudos',
    headers: key('k1'),
    body: reordered,
  },
  {
    op: 'giveKudos',
    name: 'the key reused for another body',
    as: CHLOE,
    method: 'POST',
    path: '/kudos',
    headers: key('k1'),
    body: { ...kudosDraft, message: 'Another message entirely, long enough.' },
  },
  {
    op: 'giveKudos',
    name: 'invalid image',
    as: CHLOE,
    method: 'POST',
    path: '/kudos',
    headers: key('k2'),
    body: { ...kudosDraft, image: { url: 5, alt: 'A cake' } },
  },
  { op: 'giveKudos', name: 'no Idempotency-Key', as: CHLOE, method: 'POST', path: '/kudos', body: kudosDraft },
  { op: 'giveKudos', name: 'not JSON', as: CHLOE, method: 'POST', path: '/kudos', headers: key('k3'), body: '{"recipientIds": [' },
  {
    op: 'giveKudos',
    name: 'breaks the rules (no recipient)',
    as: CHLOE,
    method: 'POST',
    path: '/kudos',
    headers: key('k4'),
    body: { ...kudosDraft, recipientIds: [] },
  },
  {
    op: 'getKudos',
    name: 'one',
    as: MAI,
    method: 'GET',
    path: (ids) => `/kudos/${ids.kudos}`,
    keep: (_b, h) => ({ kudosTag: h.get('ETag') ?? '' }),
  },
  {
    op: 'getKudos',
    name: 'not modified',
    as: MAI,
    method: 'GET',
    path: (ids) => `/kudos/${ids.kudos}`,
    headers: (ids) => ({ 'If-None-Match': ids.kudosTag! }),
  },
  { op: 'getKudos', name: 'unknown', as: MAI, method: 'GET', path: '/kudos/k-nothing' },
  {
    op: 'giveKudos',
    name: 'with an uploaded image (answered by its address)',
    as: CHLOE,
    method: 'POST',
    path: '/kudos',
    headers: key('k-image'),
    body: { ...kudosDraft, image: { url: 'data:image/png;base64,iVBORw0KGgo=', alt: 'A cake' } },
    keep: (b: { id: string }) => ({ imaged: b.id }),
  },
  { op: 'getKudosImage', name: 'its bytes', as: MAI, method: 'GET', path: (ids) => `/kudos/${ids.imaged}/image` },
  { op: 'getKudosImage', name: 'a kudos without one', as: MAI, method: 'GET', path: (ids) => `/kudos/${ids.kudos}/image` },
  { op: 'getKudosImage', name: 'unknown', as: MAI, method: 'GET', path: '/kudos/k-nothing/image' },
  { op: 'addReaction', name: 'react', as: MAI, method: 'PUT', path: (ids) => `/kudos/${ids.kudos}/reactions/${clap}` },
  {
    op: 'addReaction',
    name: 'an emoji not offered',
    as: MAI,
    method: 'PUT',
    path: (ids) => `/kudos/${ids.kudos}/reactions/${encodeURIComponent('🦄')}`,
  },
  { op: 'removeReaction', name: 'unreact', as: MAI, method: 'DELETE', path: (ids) => `/kudos/${ids.kudos}/reactions/${clap}` },
  { op: 'listComments', name: 'none yet', as: MAI, method: 'GET', path: (ids) => `/kudos/${ids.kudos}/comments` },
  {
    op: 'addComment',
    name: 'comment',
    as: MAI,
    method: 'POST',
    path: (ids) => `/kudos/${ids.kudos}/comments`,
    headers: key('c1'),
    body: { message: 'Well deserved!' },
    keep: (b: { id: string }) => ({ comment: b.id }),
  },
  {
    op: 'addComment',
    name: 'empty',
    as: MAI,
    method: 'POST',
    path: (ids) => `/kudos/${ids.kudos}/comments`,
    headers: key('c2'),
    body: { message: '   ' },
  },
  { op: 'listComments', name: 'one comment', as: CHLOE, method: 'GET', path: (ids) => `/kudos/${ids.kudos}/comments` },
  {
    op: 'reportComment',
    name: 'report a comment',
    as: MAI,
    method: 'POST',
    path: (ids) => `/kudos/${ids.kudos}/comments/${ids.comment}/reports`,
    body: { reason: 'Rude.' },
  },
  {
    op: 'reportComment',
    name: 'an unknown comment',
    as: MAI,
    method: 'POST',
    path: (ids) => `/kudos/${ids.kudos}/comments/c-nothing/reports`,
    body: { reason: '' },
  },
  { op: 'listComments', name: 'reported by me', as: MAI, method: 'GET', path: (ids) => `/kudos/${ids.kudos}/comments` },
  { op: 'listQueue', name: 'comments in the queue', as: NADIA, method: 'GET', path: '/moderation/queue?kind=comment' },
  {
    op: 'reportKudos',
    name: 'report',
    as: MAI,
    method: 'POST',
    path: (ids) => `/kudos/${ids.kudos}/reports`,
    body: { reason: 'Not appropriate here.' },
  },
  { op: 'reportKudos', name: 'no reason', as: MAI, method: 'POST', path: (ids) => `/kudos/${ids.kudos}/reports`, body: {} },
  { op: 'listReports', name: 'not a moderator', as: CHLOE, method: 'GET', path: '/admin/reports' },
  { op: 'listReports', name: 'reports', as: NADIA, method: 'GET', path: '/admin/reports' },
  { op: 'listQueue', name: 'not a moderator', as: CHLOE, method: 'GET', path: '/moderation/queue' },
  { op: 'listQueue', name: 'the queue, most reported first', as: NADIA, method: 'GET', path: '/moderation/queue?order=most-reported' },
  { op: 'listQueue', name: 'an unknown state', as: NADIA, method: 'GET', path: '/moderation/queue?state=lost' },
  {
    op: 'moderate',
    name: 'without a reason',
    as: NADIA,
    method: 'POST',
    path: (ids) => `/moderation/items/kudos/${ids.kudos}/actions`,
    body: { action: 'hide', reason: '  ' },
  },
  {
    op: 'moderate',
    name: 'not a moderator',
    as: MAI,
    method: 'POST',
    path: (ids) => `/moderation/items/kudos/${ids.kudos}/actions`,
    body: { action: 'hide', reason: 'I do not like it.' },
  },
  {
    op: 'moderate',
    name: 'restoring an open item',
    as: NADIA,
    method: 'POST',
    path: (ids) => `/moderation/items/kudos/${ids.kudos}/actions`,
    body: { action: 'restore', reason: 'Nothing to restore.' },
  },
  {
    op: 'moderate',
    name: 'keep',
    as: NADIA,
    method: 'POST',
    path: (ids) => `/moderation/items/kudos/${ids.kudos}/actions`,
    body: { action: 'keep', reason: 'Fine.' },
  },
  { op: 'listQueue', name: 'kept items', as: NADIA, method: 'GET', path: '/moderation/queue?state=kept&kind=kudos' },
  {
    op: 'deleteKudos',
    name: 'If-Match of another version',
    as: CHLOE,
    method: 'DELETE',
    path: (ids) => `/kudos/${ids.kudos}`,
    headers: { 'If-Match': '"stale"' },
  },
  // Permission before precondition: someone who may not delete learns that, not the version.
  {
    op: 'deleteKudos',
    name: 'not the author, If-Match of another version',
    as: MAI,
    method: 'DELETE',
    path: (ids) => `/kudos/${ids.kudos}`,
    headers: { 'If-Match': '"stale"' },
  },
  { op: 'deleteKudos', name: 'not the author', as: MAI, method: 'DELETE', path: (ids) => `/kudos/${ids.kudos}` },
  { op: 'deleteKudos', name: 'delete', as: CHLOE, method: 'DELETE', path: (ids) => `/kudos/${ids.kudos}` },
  { op: 'deleteKudos', name: 'already gone', as: CHLOE, method: 'DELETE', path: (ids) => `/kudos/${ids.kudos}` },

  // ---- polls -------------------------------------------------------------------------------
  { op: 'getPollLimits', name: 'limits', as: CHLOE, method: 'GET', path: '/polls/limits' },
  { op: 'createPoll', name: 'not an author', as: CHLOE, method: 'POST', path: '/polls', headers: key('p0'), body: pollDraft },
  {
    op: 'createPoll',
    name: 'create',
    as: KWAME,
    method: 'POST',
    path: '/polls',
    headers: key('p1'),
    body: pollDraft,
    keep: (b: { id: string; options: { id: string }[] }) => ({
      poll: b.id,
      ...Object.fromEntries(b.options.map((o, i) => [`option${i}`, o.id])),
    }),
  },
  {
    op: 'createPoll',
    name: 'invalid',
    as: KWAME,
    method: 'POST',
    path: '/polls',
    headers: key('p2'),
    body: { ...pollDraft, options: 'Apples' },
  },
  {
    op: 'createPoll',
    name: 'with a topic',
    as: KWAME,
    method: 'POST',
    path: '/polls',
    headers: key('p3'),
    // A question of its own: polls opened at the same moment are told apart by it (insights' turnout order), not by their random ids.
    body: { ...pollDraft, question: 'Which snack should the town hall serve?', topic: ' Parity-Town-Hall ' },
    keep: (b: { id: string }) => ({ topicPoll: b.id }),
  },
  { op: 'findLatestPoll', name: 'by topic', as: CHLOE, method: 'GET', path: '/polls/latest?topic=parity-town-hall' },
  { op: 'findLatestPoll', name: 'no poll of the topic', as: CHLOE, method: 'GET', path: '/polls/latest?topic=parity-nothing' },
  { op: 'findLatestPoll', name: 'a topic with a NUL', as: CHLOE, method: 'GET', path: '/polls/latest?topic=town%00hall' },
  { op: 'findLatestPoll', name: 'a topic too long', as: CHLOE, method: 'GET', path: `/polls/latest?topic=${'a'.repeat(10_000)}` },
  { op: 'getPoll', name: 'seeded', as: CHLOE, method: 'GET', path: '/polls/poll-lunch' },
  { op: 'getPoll', name: 'unknown', as: CHLOE, method: 'GET', path: '/polls/poll-nothing' },
  {
    op: 'votePoll',
    name: 'vote',
    as: CHLOE,
    method: 'POST',
    path: (ids) => `/polls/${ids.poll}/votes`,
    headers: key('v1'),
    body: (ids: Ids) => ({ optionIds: [ids.option1], writeIn: null, score: null }),
  },
  {
    op: 'votePoll',
    name: 'an unknown option',
    as: MAI,
    method: 'POST',
    path: (ids) => `/polls/${ids.poll}/votes`,
    headers: key('v2'),
    body: { optionIds: ['o-nothing'], writeIn: null, score: null },
  },
  { op: 'getPoll', name: 'after a vote', as: CHLOE, method: 'GET', path: (ids) => `/polls/${ids.poll}` },
  {
    op: 'approveWriteIn',
    name: 'not the manager',
    as: CHLOE,
    method: 'POST',
    path: (ids) => `/polls/${ids.poll}/write-ins/w-nothing/approve`,
  },
  {
    op: 'approveWriteIn',
    name: 'unknown write-in',
    as: KWAME,
    method: 'POST',
    path: (ids) => `/polls/${ids.poll}/write-ins/w-nothing/approve`,
  },
  {
    op: 'rejectWriteIn',
    name: 'not the manager',
    as: CHLOE,
    method: 'POST',
    path: (ids) => `/polls/${ids.poll}/write-ins/w-nothing/reject`,
  },
  {
    op: 'rejectWriteIn',
    name: 'unknown write-in',
    as: KWAME,
    method: 'POST',
    path: (ids) => `/polls/${ids.poll}/write-ins/w-nothing/reject`,
  },
  { op: 'closePoll', name: 'not the manager', as: CHLOE, method: 'POST', path: (ids) => `/polls/${ids.poll}/close` },
  { op: 'closePoll', name: 'close', as: KWAME, method: 'POST', path: (ids) => `/polls/${ids.poll}/close` },

  // ---- feedback (the sender's requests carry no credentials) -------------------------------
  { op: 'getFeedbackConfig', name: 'config', as: null, method: 'GET', path: '/feedback/config' },
  {
    op: 'sendFeedback',
    name: 'send',
    as: null,
    method: 'POST',
    path: '/feedback',
    headers: key('f1'),
    body: feedbackDraft,
    keep: (b: { replyToken: string; thread: { id: string } }) => ({ token: b.replyToken, thread: b.thread.id }),
  },
  {
    op: 'sendFeedback',
    name: 'replayed with its keys in another order',
    as: null,
    method: 'POST',
    path: '/feedback',
    headers: key('f1'),
    body: { score: 2, message: feedbackDraft.message, categoryId: 'workplace' },
  },
  { op: 'findSentFeedback', name: 'found by its key and body', as: null, method: 'POST', path: '/feedback/sent', headers: key('f1'), body: feedbackDraft },
  {
    op: 'findSentFeedback',
    name: 'another body under the key',
    as: null,
    method: 'POST',
    path: '/feedback/sent',
    headers: key('f1'),
    body: { ...feedbackDraft, message: `${feedbackDraft.message} Edited.` },
  },
  { op: 'findSentFeedback', name: 'an unused key', as: null, method: 'POST', path: '/feedback/sent', headers: key('f9'), body: feedbackDraft },
  {
    op: 'sendFeedback',
    name: 'unknown category',
    as: null,
    method: 'POST',
    path: '/feedback',
    headers: key('f2'),
    body: { ...feedbackDraft, categoryId: 'nothing' },
  },
  {
    op: 'getFeedbackThread',
    name: 'by token',
    as: null,
    method: 'GET',
    path: '/feedback/thread',
    headers: (ids) => ({ 'Chorus-Reply-Token': ids.token! }),
  },
  { op: 'getFeedbackThread', name: 'no token', as: null, method: 'GET', path: '/feedback/thread' },
  {
    op: 'getFeedbackThread',
    name: 'a token that opens nothing',
    as: null,
    method: 'GET',
    path: '/feedback/thread',
    headers: { 'Chorus-Reply-Token': 'rt-nothing-nothing-nothing' },
  },
  // The sender's live channel: its first frame (parity.test.ts reads no further), or the error.
  {
    op: 'watchFeedbackThread',
    name: 'opened by token',
    as: null,
    method: 'GET',
    path: '/feedback/thread/events',
    headers: (ids) => ({ 'Chorus-Reply-Token': ids.token! }),
  },
  { op: 'watchFeedbackThread', name: 'no token', as: null, method: 'GET', path: '/feedback/thread/events' },
  {
    op: 'watchFeedbackThread',
    name: 'a token that opens nothing',
    as: null,
    method: 'GET',
    path: '/feedback/thread/events',
    headers: { 'Chorus-Reply-Token': 'rt-nothing-nothing-nothing' },
  },
  {
    op: 'replyToFeedback',
    name: 'reply',
    as: null,
    method: 'POST',
    path: '/feedback/thread/replies',
    headers: (ids) => ({ ...key('f3'), 'Chorus-Reply-Token': ids.token! }),
    body: { message: 'It is still jammed.' },
  },
  { op: 'listFeedback', name: 'not a recipient', as: CHLOE, method: 'GET', path: '/feedback/inbox' },
  { op: 'listFeedback', name: 'inbox', as: NADIA, method: 'GET', path: '/feedback/inbox?limit=3' },
  { op: 'listFeedback', name: 'unknown status', as: NADIA, method: 'GET', path: '/feedback/inbox?status=lost' },
  { op: 'getFeedbackSummary', name: 'summary', as: NADIA, method: 'GET', path: '/feedback/summary' },
  { op: 'getFeedbackById', name: 'one', as: NADIA, method: 'GET', path: (ids) => `/feedback/inbox/${ids.thread}` },
  { op: 'getFeedbackById', name: 'unknown', as: NADIA, method: 'GET', path: '/feedback/inbox/fb-nothing' },
  {
    op: 'answerFeedback',
    name: 'answer',
    as: NADIA,
    method: 'POST',
    path: (ids) => `/feedback/inbox/${ids.thread}/answers`,
    headers: key('f4'),
    body: { message: 'We ordered a new one.' },
  },
  {
    op: 'setFeedbackStatus',
    name: 'close',
    as: NADIA,
    method: 'PUT',
    path: (ids) => `/feedback/inbox/${ids.thread}/status`,
    body: { status: 'closed' },
  },
  {
    op: 'setFeedbackStatus',
    name: 'unknown status',
    as: NADIA,
    method: 'PUT',
    path: (ids) => `/feedback/inbox/${ids.thread}/status`,
    body: { status: 'lost' },
  },
  // A closed thread still replays a reply it took; a reply's entry is the token's and the key's.
  {
    op: 'replyToFeedback',
    name: 'replayed after the thread closed',
    as: null,
    method: 'POST',
    path: '/feedback/thread/replies',
    headers: (ids) => ({ ...key('f3'), 'Chorus-Reply-Token': ids.token! }),
    body: { message: 'It is still jammed.' },
  },
  {
    op: 'sendFeedback',
    name: 'another',
    as: null,
    method: 'POST',
    path: '/feedback',
    headers: key('f5'),
    body: feedbackDraft,
    keep: (b: { replyToken: string }) => ({ token2: b.replyToken }),
  },
  {
    op: 'replyToFeedback',
    name: 'the same key in another thread',
    as: null,
    method: 'POST',
    path: '/feedback/thread/replies',
    headers: (ids) => ({ ...key('f3'), 'Chorus-Reply-Token': ids.token2! }),
    body: { message: 'It is still jammed.' },
  },

  ...SHARE_CASES,

  ...LEADERBOARD_CASES,

  // ---- insights: after everything above, so its kudos, votes, shares and feedback count --------
  { op: 'getInsights', name: 'a plain employee', as: CHLOE, method: 'GET', path: '/insights' },
  { op: 'getInsights', name: 'the default period', as: NADIA, method: 'GET', path: '/insights' },
  ...['week', 'month', 'quarter', 'all', 'rolling-30'].map((period): WireCase => ({
    op: 'getInsights',
    name: period,
    as: NADIA,
    method: 'GET',
    path: `/insights?period=${period}`,
  })),
  { op: 'getInsights', name: 'an unknown period', as: NADIA, method: 'GET', path: '/insights?period=year' },

  // ---- the event stream (its first frame; parity.test.ts reads no further) ---------------------
  { op: 'streamEvents', name: 'unknown topic', as: CHLOE, method: 'GET', path: '/events?topics=weather' },
  { op: 'streamEvents', name: 'nobody signed in', as: null, method: 'GET', path: '/events?topics=kudos' },
  { op: 'streamEvents', name: 'opened', as: CHLOE, method: 'GET', path: '/events?topics=kudos,poll' },
];

export const JSON_HEADERS = json;
