import { toCsv } from '../../core/csv.js';
import type { Poll } from '../../core/poll.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/**
 * The results a poll's manager sees, as CSV in their language: one row per option and write-in
 * (answer, votes, type) and the total; for eNPS one row per score 0–10, then the groups and the score.
 */
export function pollResultsCsv(poll: Poll, t: ChorusLocalize): string {
  const results = poll.results;
  const rows: (string | number)[][] = [[t.term('poll.csv.question'), poll.question]];
  if (!results) return toCsv(rows);
  if (poll.kind === 'enps' && results.enps) {
    const e = results.enps;
    rows.push([t.term('poll.csv.score'), t.term('poll.csv.votes')], ...e.distribution.map((count, score) => [score, count]));
    rows.push(
      [t.term('poll.csv.promoters'), e.promoters],
      [t.term('poll.csv.passives'), e.passives],
      [t.term('poll.csv.detractors'), e.detractors],
      [t.term('poll.csv.enps'), e.score],
    );
  } else {
    const label = new Map(poll.options.map((o) => [o.id, o.label]));
    rows.push([t.term('poll.csv.answer'), t.term('poll.csv.votes'), t.term('poll.csv.type')]);
    for (const o of results.options) rows.push([label.get(o.optionId) ?? o.optionId, o.count, t.term('poll.csv.option')]);
    for (const w of results.writeIns) rows.push([w.text, w.count, t.term('poll.csv.write-in')]);
  }
  rows.push([t.term('poll.csv.total'), results.totalVotes]);
  return toCsv(rows);
}

// The poll's export was the first; the download itself is shared (src/ui/download.ts).
export { downloadCsv } from '../../ui/download.js';
