/*
 * The first copy of Chorus, then (second-copy.js, the next script on the page) a second bundled
 * copy of Lit, the same file under another URL as a second web part's bundle would be, which asks
 * for its own `lit-html` policy and is refused. Records what the page logs as errors, for csp.test.ts.
 */
import '../../src/all.js';

const errors: string[] = [];
const original = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  original(...args);
};
const state: { errors: string[]; secondCopy?: string } = { errors };
(window as unknown as { chorusTwoCopies: unknown }).chorusTwoCopies = state;
window.addEventListener('error', (e) => (state.secondCopy = `refused: ${e.message}`));
