import { toCsv } from '../../core/csv.js';
import { PARTICIPATION_KINDS, type GroupParticipation, type Insights } from '../../core/insights.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { networkName, turnoutOf } from './insights.view.js';

/*
 * Each table of <chorus-insights> as CSV in the reader's language: the same rows the table shows,
 * counts as numbers, a withheld group as its name and the word "withheld" (never a zero).
 */

export function participationCsv(value: Insights, t: ChorusLocalize): string {
  const kinds = PARTICIPATION_KINDS.map((k) => t.term(`insights.col.${k}`));
  const row = (g: GroupParticipation, name: string): (string | number)[] =>
    g.withheld ? [name, t.term('insights.csv.withheld')] : [name, g.members!, ...PARTICIPATION_KINDS.map((k) => g.current![k]), g.previous!.active];
  return toCsv([
    [t.term('insights.col.team'), t.term('insights.col.members'), ...kinds, t.term('insights.col.active-before')],
    ...value.participation.teams.map((g) => row(g, g.name)),
    row(value.participation.company, t.term('insights.company')),
  ]);
}

export function recognitionCsv(value: Insights, t: ChorusLocalize): string {
  return toCsv([
    [t.term('insights.col.value'), t.term('insights.col.kudos'), t.term('insights.col.kudos-before')],
    ...value.recognition.map((r) => [r.label, r.current, r.previous]),
  ]);
}

export function networksCsv(value: Insights, t: ChorusLocalize): string {
  return toCsv([
    [t.term('insights.col.network'), t.term('insights.col.shares'), t.term('insights.col.shares-before')],
    ...value.sharing.networks.map((n) => [networkName(t, n.network), n.current, n.previous]),
  ]);
}

export function postsCsv(value: Insights, t: ChorusLocalize): string {
  return toCsv([
    [
      t.term('insights.col.post'),
      t.term('insights.col.shares'),
      t.term('insights.col.clicks'),
      t.term('insights.col.shares-before'),
      t.term('insights.col.clicks-before'),
    ],
    ...value.sharing.posts.map((p) => [p.title, p.shares, p.clicks, p.previousShares, p.previousClicks]),
  ]);
}

export function pollsCsv(value: Insights, t: ChorusLocalize): string {
  return toCsv([
    [
      t.term('insights.col.poll'),
      t.term('insights.col.opened'),
      t.term('insights.col.voters'),
      t.term('insights.col.eligible'),
      `${t.term('insights.col.turnout')} (%)`,
      t.term('insights.col.enps'),
    ],
    ...value.polls.map((p) =>
      p.voters === null
        ? [p.question, p.opensAt.slice(0, 10), t.term('insights.csv.withheld'), p.eligible]
        : [p.question, p.opensAt.slice(0, 10), p.voters, p.eligible, turnoutOf(p)!, p.enps ?? ''],
    ),
  ]);
}
