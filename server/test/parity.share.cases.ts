/*
 * The share card's raw requests of the wire-level parity test (parity.test.ts), sent after the
 * feedback's and before the event stream's: the feed and its pages, the queue, posts by status,
 * the guidelines, tracked links, shares (retried, refused) and the click-counting redirect; then
 * publishing (parity.publish.cases.ts).
 */
import { SHARE_GUIDELINES_SEED } from '../../src/seed/share.seed.js';
import type { WireCase } from './parity.cases.js';
import { PUBLISH_CASES } from './parity.publish.cases.js';

// Not imported from parity.cases.ts, which imports this file: its values are not there yet when this one runs.
const CHLOE = 'p-01';
/** Internal communications: a post author and approver. */
const ARJUN = 'p-34';
const key = (n: string) => ({ 'Idempotency-Key': `parity-${n}` });
/** Chloe shares `postId` to `network` with Idempotency-Key `parity-<k>` (none when null). */
const share = (name: string, postId: string, k: string | null, network: string): WireCase => ({
  op: 'recordShare',
  name,
  as: CHLOE,
  method: 'POST',
  path: `/share/posts/${postId}/shares`,
  ...(k === null ? {} : { headers: key(k) }),
  body: { network },
});

export const SHARE_CASES: WireCase[] = [
  { op: 'listPosts', name: 'the feed', as: CHLOE, method: 'GET', path: '/share/posts' },
  {
    op: 'listPosts',
    name: 'a page of two',
    as: CHLOE,
    method: 'GET',
    path: '/share/posts?limit=2',
    keep: (b: { nextCursor: string }) => ({ postsCursor: b.nextCursor }),
  },
  { op: 'listPosts', name: 'the next page', as: CHLOE, method: 'GET', path: (ids) => `/share/posts?limit=2&cursor=${encodeURIComponent(ids.postsCursor!)}` },
  { op: 'listPosts', name: 'by topic', as: CHLOE, method: 'GET', path: '/share/posts?topic=Culture' },
  { op: 'listPosts', name: 'a malformed cursor', as: CHLOE, method: 'GET', path: '/share/posts?cursor=nope' },
  { op: 'listPosts', name: 'the queue, as an employee', as: CHLOE, method: 'GET', path: '/share/posts?queue=true' },
  { op: 'listPosts', name: 'the queue, as an approver', as: ARJUN, method: 'GET', path: '/share/posts?queue=true' },
  { op: 'getPost', name: 'published', as: CHLOE, method: 'GET', path: '/share/posts/post-culture' },
  { op: 'getPost', name: 'unknown', as: CHLOE, method: 'GET', path: '/share/posts/post-none' },
  { op: 'getPost', name: 'scheduled, as an employee', as: CHLOE, method: 'GET', path: '/share/posts/post-summit' },
  { op: 'getPost', name: 'scheduled, as an approver', as: ARJUN, method: 'GET', path: '/share/posts/post-summit' },
  { op: 'getPost', name: 'expired', as: CHLOE, method: 'GET', path: '/share/posts/post-open-house' },
  { op: 'getShareGuidelines', name: 'not accepted yet', as: CHLOE, method: 'GET', path: '/share/guidelines' },
  share('before accepting the guidelines', 'post-culture', 's0', 'linkedin'),
  { op: 'acceptShareGuidelines', name: 'an old version', as: CHLOE, method: 'PUT', path: '/share/guidelines/acceptance', body: { version: '2020-01' } },
  { op: 'acceptShareGuidelines', name: 'no version', as: CHLOE, method: 'PUT', path: '/share/guidelines/acceptance', body: {} },
  {
    op: 'acceptShareGuidelines',
    name: 'accept',
    as: CHLOE,
    method: 'PUT',
    path: '/share/guidelines/acceptance',
    body: { version: SHARE_GUIDELINES_SEED.version },
  },
  {
    op: 'getShareLink',
    name: 'to LinkedIn',
    as: CHLOE,
    method: 'GET',
    path: '/share/posts/post-culture/links/linkedin',
    keep: (b: { url: string }) => ({ ref: new URL(b.url).searchParams.get('ref')! }),
  },
  { op: 'getShareLink', name: 'to X, the same ref', as: CHLOE, method: 'GET', path: '/share/posts/post-culture/links/x' },
  { op: 'getShareLink', name: 'an unknown network', as: CHLOE, method: 'GET', path: '/share/posts/post-culture/links/myspace' },
  { op: 'getShareLink', name: 'a scheduled post', as: CHLOE, method: 'GET', path: '/share/posts/post-summit/links/x' },
  share('share', 'post-culture', 's1', 'linkedin'),
  share('retried', 'post-culture', 's1', 'linkedin'),
  share('the same key, another network', 'post-culture', 's1', 'x'),
  share('an unknown network', 'post-culture', 's2', 'myspace'),
  share('an expired post', 'post-open-house', 's3', 'x'),
  share('no Idempotency-Key', 'post-culture', null, 'x'),
  // The redirect is followed by anyone: its query string is never where it leads.
  {
    op: 'followShareLink',
    name: 'a tracked link',
    as: null,
    method: 'GET',
    path: (ids) => `/share/r/${ids.ref}?url=https%3A%2F%2Fevil.example%2F&next=//evil.example`,
  },
  { op: 'followShareLink', name: 'an unknown ref', as: null, method: 'GET', path: '/share/r/no-such-ref' },
  { op: 'followShareLink', name: 'a hostile ref', as: null, method: 'GET', path: '/share/r/%2F%2Fevil.example' },
  { op: 'getPost', name: 'counted: the share and the click', as: CHLOE, method: 'GET', path: '/share/posts/post-culture' },
  ...PUBLISH_CASES,
];
