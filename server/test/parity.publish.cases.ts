/*
 * The share card's publishing requests of the wire-level parity test (parity.test.ts), sent after
 * the share cases: an author's draft written, refused, edited, submitted, returned, resubmitted,
 * approved (once: the second is 409) and archived; a suggestion; a schedule; and bad input of
 * each kind (a non-http link, a year past 9999, an unknown action, a missing key).
 */
import type { WireCase } from './parity.cases.js';

const CHLOE = 'p-01';
/** Internal communications: a post author and approver. */
const ARJUN = 'p-34';
/** A post approver only. */
const PRIYA = 'p-16';
const key = (n: string) => ({ 'Idempotency-Key': `parity-${n}` });

const draft = {
  title: 'Our volunteering day, in pictures',
  captions: { default: 'Forty of us planted trees by the river on Saturday.', x: 'Forty of us planted trees by the river.' },
  image: { url: 'https://brightwater.example/img/volunteering.jpg', alt: 'Colleagues planting saplings on a riverbank' },
  link: { url: 'https://brightwater.example/blog/volunteering?src=feed#photos' },
  locked: { disclosure: '#employee', hashtags: ['#LifeAtBrightwater'] },
  topic: 'Community',
  publishAt: null,
  expireAt: null,
  captionEditable: true,
};

/** A step on the kept post `id` (a name in ids) by `as`. */
const act = (name: string, as: string, id: string, body: unknown): WireCase => ({
  op: 'actOnPost',
  name,
  as,
  method: 'POST',
  path: (ids) => `/share/posts/${ids[id]}/actions`,
  body,
});

export const PUBLISH_CASES: WireCase[] = [
  { op: 'createPost', name: 'by an employee', as: CHLOE, method: 'POST', path: '/share/posts', headers: key('p0'), body: draft },
  { op: 'createPost', name: 'no Idempotency-Key', as: ARJUN, method: 'POST', path: '/share/posts', body: draft },
  {
    op: 'createPost',
    name: 'a javascript: link and an image without alt',
    as: ARJUN,
    method: 'POST',
    path: '/share/posts',
    headers: key('p1'),
    body: { ...draft, link: { url: 'javascript:alert(1)' }, image: { url: 'data:image/png;base64,AAAA', alt: '' } },
  },
  {
    op: 'createPost',
    name: 'a year past 9999',
    as: ARJUN,
    method: 'POST',
    path: '/share/posts',
    headers: key('p2'),
    body: { ...draft, publishAt: '10000-01-01T00:00:00Z' },
  },
  {
    op: 'createPost',
    name: 'a draft',
    as: ARJUN,
    method: 'POST',
    path: '/share/posts',
    headers: key('p3'),
    body: draft,
    keep: (b: { id: string }) => ({ draftPost: b.id }),
  },
  { op: 'createPost', name: 'retried', as: ARJUN, method: 'POST', path: '/share/posts', headers: key('p3'), body: draft },
  {
    op: 'updatePost',
    name: 'by an employee who cannot see it',
    as: CHLOE,
    method: 'PUT',
    path: (ids) => `/share/posts/${ids.draftPost}`,
    body: draft,
  },
  {
    op: 'updatePost',
    name: 'by its author',
    as: ARJUN,
    method: 'PUT',
    path: (ids) => `/share/posts/${ids.draftPost}`,
    body: { ...draft, title: 'Our volunteering day by the river', topic: null },
  },
  { op: 'updatePost', name: 'an unknown post', as: ARJUN, method: 'PUT', path: '/share/posts/post-none', body: draft },
  act('approve before submitting', PRIYA, 'draftPost', { action: 'approve' }),
  act('submit', ARJUN, 'draftPost', { action: 'submit' }),
  act('approve one’s own post', ARJUN, 'draftPost', { action: 'approve' }),
  act('return without a comment', PRIYA, 'draftPost', { action: 'return' }),
  act('return with an empty comment', PRIYA, 'draftPost', { action: 'return', comment: '  ' }),
  act('return', PRIYA, 'draftPost', { action: 'return', comment: 'Name the river, please.' }),
  act('resubmit', ARJUN, 'draftPost', { action: 'submit' }),
  act('an unknown action', PRIYA, 'draftPost', { action: 'publish' }),
  act('a comment with approve', PRIYA, 'draftPost', { action: 'approve', comment: 'Nice.' }),
  act('approve', PRIYA, 'draftPost', { action: 'approve' }),
  act('approve again', PRIYA, 'draftPost', { action: 'approve' }),
  { op: 'listPosts', name: 'the feed with the approved post', as: CHLOE, method: 'GET', path: '/share/posts?limit=3' },
  act('schedule, expiring before publication', PRIYA, 'draftPost', {
    action: 'schedule',
    publishAt: '2030-01-02T09:00:00Z',
    expireAt: '2030-01-01T09:00:00Z',
  }),
  act('schedule', PRIYA, 'draftPost', { action: 'schedule', publishAt: '2030-01-02T09:00:00Z', expireAt: '2030-02-01T09:00:00Z' }),
  { op: 'listPosts', name: 'the queue with the scheduled post', as: PRIYA, method: 'GET', path: '/share/posts?queue=true' },
  act('archive, as an employee', CHLOE, 'draftPost', { action: 'archive' }),
  act('archive', PRIYA, 'draftPost', { action: 'archive' }),
  {
    op: 'suggestPost',
    name: 'a suggestion',
    as: CHLOE,
    method: 'POST',
    path: '/share/suggestions',
    headers: key('p4'),
    body: { url: 'https://www.example.org/research/trust?x=1', note: 'Worth a read.' },
    keep: (b: { id: string }) => ({ suggestedPost: b.id }),
  },
  {
    op: 'suggestPost',
    name: 'retried',
    as: CHLOE,
    method: 'POST',
    path: '/share/suggestions',
    headers: key('p4'),
    body: { url: 'https://www.example.org/research/trust?x=1', note: 'Worth a read.' },
  },
  {
    op: 'suggestPost',
    name: 'a javascript: link',
    as: CHLOE,
    method: 'POST',
    path: '/share/suggestions',
    headers: key('p5'),
    body: { url: 'javascript:alert(1)' },
  },
  { op: 'listPosts', name: 'the queue with the suggestion', as: ARJUN, method: 'GET', path: '/share/posts?queue=true' },
  act('approve a suggestion', ARJUN, 'suggestedPost', { action: 'approve' }),
];
