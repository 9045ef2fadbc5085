/*
 * Every widget on one page served under the strictest policy we document (README, "Embed in…").
 * It records every CSP violation from the first module on, and exposes them to csp.test.ts.
 */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
(window as unknown as { chorusCsp: unknown }).chorusCsp = { violations };
window.addEventListener('unhandledrejection', (e) => violations.push(`unhandled: ${e.reason}`));
window.addEventListener('error', (e) => violations.push(`error: ${e.message}`));

const { MemoryAdapter } = await import('../../src/adapters/memory/index.js');
await import('../../src/all.js');

const NOW = Date.parse('2025-06-02T10:00:00Z');
const adapter = new MemoryAdapter({ persist: false, latency: 0, now: () => NOW, userId: 'p-16' });
// p-16 approves shares; p-33 may write posts.
const author = new MemoryAdapter({ persist: false, latency: 0, now: () => NOW, userId: 'p-33' });
const widgets: [tag: string, props: Record<string, unknown>][] = [
  ['chorus-kudos-wall', {}],
  ['chorus-poll', { pollId: 'poll-lunch', now: () => NOW }],
  ['chorus-poll', { pollId: 'poll-enps', now: () => NOW }],
  ['chorus-feedback-box', {}],
  ['chorus-share-card', { postId: 'post-culture' }],
  ['chorus-share-feed', {}],
  ['chorus-post-composer', { adapter: author }],
  ['chorus-leaderboard', {}],
];
for (const [tag, props] of widgets) document.body.append(Object.assign(document.createElement(tag), { adapter }, props));
(window as unknown as { chorusCsp: unknown }).chorusCsp = { violations, adapter };
export {};
