/*
 * The share card's raw requests of the wire-level parity test (parity.test.ts), sent after the
 * feedback's and before the event stream's: the feed and its pages, the queue, posts by status,
 * the guidelines, tracked links, shares (retried, refused) and the click-counting redirect.
 */
import { SHARE_GUIDELINES_SEED } from '../../src/seed/share.seed.js';
import type { WireCase } from './parity.cases.js';

// Not imported from parity.cases.ts, which imports this file: its values are not there yet when this one runs.
const CHLOE = 'p-01';
/** Internal communications: a post author and approver. */
const ARJUN = 'p-34';
const key = (n: string) => ({ 'Idempotency-Key': `parity-${n}` });

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
  {
    op: 'recordShare',
    name: 'before accepting the guidelines',
    as: CHLOE,
    method: 'POST',
    path: '/share/posts/post-culture/shares',
    headers: key('s0'),
    body: { network: 'linkedin' },
  },
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
  { op: 'recordShare', name: 'share', as: CHLOE, method: 'POST', path: '/share/posts/post-culture/shares', headers: key('s1'), body: { network: 'linkedin' } },
  {
    op: 'recordShare',
    name: 'retried',
    as: CHLOE,
    method: 'POST',
    path: '/share/posts/post-culture/shares',
    headers: key('s1'),
    body: { network: 'linkedin' },
  },
  {
    op: 'recordShare',
    name: 'the same key, another network',
    as: CHLOE,
    method: 'POST',
    path: '/share/posts/post-culture/shares',
    headers: key('s1'),
    body: { network: 'x' },
  },
  {
    op: 'recordShare',
    name: 'an unknown network',
    as: CHLOE,
    method: 'POST',
    path: '/share/posts/post-culture/shares',
    headers: key('s2'),
    body: { network: 'myspace' },
  },
  {
    op: 'recordShare',
    name: 'an expired post',
    as: CHLOE,
    method: 'POST',
    path: '/share/posts/post-open-house/shares',
    headers: key('s3'),
    body: { network: 'x' },
  },
  { op: 'recordShare', name: 'no Idempotency-Key', as: CHLOE, method: 'POST', path: '/share/posts/post-culture/shares', body: { network: 'x' } },
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
];
