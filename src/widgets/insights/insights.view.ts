import { html, nothing, type TemplateResult } from 'lit';
import { PARTICIPATION_KINDS, type GroupParticipation, type Insights } from '../../core/insights.js';
import { shareOf } from '../../core/insights.rules.js';
import type { PeriodBounds } from '../../core/leaderboard.js';
import type { ShareNetwork } from '../../core/share-card.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { barChart, tableBox, type Bar } from './chart.view.js';

/*
 * The sections of <chorus-insights> as plain templates: each a heading, a one-sentence summary, a
 * chart drawn from the data, its table behind a disclosure and a CSV download. A withheld group
 * reads "fewer than 5 people — withheld", never 0.
 */

export interface SectionOptions {
  t: ChorusLocalize;
  /** Downloads one table as CSV. */
  exportTable: (table: InsightsTable) => void;
}

export type InsightsTable = 'participation' | 'recognition' | 'networks' | 'posts' | 'polls';

const percent = (t: ChorusLocalize, share: number) => t.number(share / 100, { style: 'percent' });

/** "1 Dec 2026 – 31 Dec 2026": half-open bounds shown as the days they cover. */
export function boundsText(t: ChorusLocalize, b: PeriodBounds, allTime: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };
  const last = b.to === null ? null : Date.parse(b.to) - 1;
  if (b.from !== null && last !== null) return t.dateRange(b.from, last, options);
  if (b.from !== null) return t.term('insights.since', t.date(b.from, options));
  if (last !== null) return t.term('insights.until', t.date(new Date(last), options));
  return allTime;
}

/** Nothing happened in the period: no one took part (as far as figures may say) and no value was recognised. */
export function isQuiet(value: Insights): boolean {
  const groups = [value.participation.company, ...value.participation.teams];
  if (value.participation.company.withheld && value.participation.teams.every((g) => g.withheld)) return false;
  return (
    groups.every((g) => g.withheld || g.current!.active === 0) &&
    value.recognition.every((r) => r.current === 0) &&
    !value.feedback.current &&
    value.polls.every((p) => p.previous) &&
    value.sharing.networks.every((n) => n.current === 0) &&
    value.sharing.posts.every((p) => p.clicks === 0)
  );
}

function sectionHead(id: string, heading: string, exports: readonly (readonly [label: string, run: () => void])[]): TemplateResult {
  return html`<div class="section-head">
    <h3 id=${id}>${heading}</h3>
    <div class="exports">${exports.map(([label, run]) => html`<button type="button" class="secondary export" @click=${run}>${label}</button>`)}</div>
  </div>`;
}

function participationSummary(t: ChorusLocalize, value: Insights): string {
  const { company, teams } = value.participation;
  const min = value.minGroupSize;
  const sentences: string[] = [];
  if (company.withheld) sentences.push(t.term('insights.participation.company-withheld', min));
  else
    sentences.push(
      t.term(
        'insights.participation.summary',
        percent(t, shareOf(company.current!.active, company.members!)),
        percent(t, shareOf(company.previous!.active, company.members!)),
      ),
    );
  const shown = teams.filter((g) => !g.withheld && g.current!.active > 0);
  const best = shown.sort((a, b) => shareOf(b.current!.active, b.members!) - shareOf(a.current!.active, a.members!))[0];
  if (best) sentences.push(t.term('insights.participation.best', best.name, percent(t, shareOf(best.current!.active, best.members!))));
  const withheld = teams.filter((g) => g.withheld).length;
  if (withheld) sentences.push(t.term('insights.participation.withheld', withheld, min));
  return sentences.join(' ');
}

function participationRow(t: ChorusLocalize, g: GroupParticipation, name: string, min: number): TemplateResult {
  if (g.withheld)
    return html`<tr class="withheld">
      <th scope="row" dir="auto">${name}</th>
      <td colspan=${PARTICIPATION_KINDS.length + 2}>${t.term('insights.withheld', min)}</td>
    </tr>`;
  const cell = (count: number) => t.term('insights.count-share', t.number(count), percent(t, shareOf(count, g.members!)));
  return html`<tr>
    <th scope="row" dir="auto">${name}</th>
    <td>${t.number(g.members!)}</td>
    ${PARTICIPATION_KINDS.map((k) => html`<td>${cell(g.current![k])}</td>`)}
    <td>${cell(g.previous!.active)}</td>
  </tr>`;
}

export function participationSection(value: Insights, o: SectionOptions): TemplateResult {
  const { t } = o;
  const min = value.minGroupSize;
  const { company, teams } = value.participation;
  const bar = (g: GroupParticipation, name: string): Bar => {
    if (g.withheld) return { name, current: 0, previous: 0, currentText: '', previousText: '', withheld: t.term('insights.withheld', min) };
    const now = shareOf(g.current!.active, g.members!);
    const before = shareOf(g.previous!.active, g.members!);
    return { name, current: now, previous: before, currentText: percent(t, now), previousText: percent(t, before) };
  };
  const summary = participationSummary(t, value);
  const head = [
    t.term('insights.col.team'),
    t.term('insights.col.members'),
    ...PARTICIPATION_KINDS.map((k) => t.term(`insights.col.${k}`)),
    t.term('insights.col.active-before'),
  ];
  return html`<section class="section" part="participation" aria-labelledby="participation-heading">
    ${sectionHead('participation-heading', t.term('insights.participation.heading'), [[t.term('insights.participation.export'), () => o.exportTable('participation')]])}
    <p class="summary">${summary}</p>
    ${barChart(summary, [...teams.map((g) => bar(g, g.name)), bar(company, t.term('insights.company'))], 'participation-chart')}
    ${tableBox(
      t,
      t.term('insights.participation.heading'),
      head,
      [...teams.map((g) => participationRow(t, g, g.name, min)), participationRow(t, company, t.term('insights.company'), min)],
      'participation-table',
    )}
  </section>`;
}

function sentimentLine(value: Insights, t: ChorusLocalize): TemplateResult | typeof nothing {
  const { kind, current, previous } = value.sentiment;
  if (kind === 'none') return nothing;
  const score = (n: number | null) =>
    n === null
      ? t.term('insights.withheld.responses', value.minGroupSize)
      : kind === 'mood'
        ? t.number(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
        : t.number(n, { signDisplay: 'exceptZero' });
  return html`<p class="summary">${t.term(kind === 'mood' ? 'insights.sentiment.mood' : 'insights.sentiment.enps', score(current), score(previous))}</p>`;
}

export function feedbackSection(value: Insights, t: ChorusLocalize): TemplateResult {
  const count = (n: number | null) => (n === null ? t.term('insights.withheld.messages', value.minGroupSize) : t.term('insights.feedback.messages', n));
  return html`<section class="section" part="feedback" aria-labelledby="feedback-heading">
    <h3 id="feedback-heading">${t.term('insights.feedback.heading')}</h3>
    <p class="summary">${t.term('insights.feedback.summary', count(value.feedback.current), count(value.feedback.previous))}</p>
    ${sentimentLine(value, t)}
    <p class="note">${t.term('insights.feedback.note')}</p>
  </section>`;
}

function recognitionSummary(t: ChorusLocalize, value: Insights): string {
  const values = value.recognition;
  if (values.every((r) => r.current === 0)) return t.term('insights.recognition.none');
  const top = [...values].sort((a, b) => b.current - a.current)[0]!;
  const nobody = values.filter((r) => r.current === 0).map((r) => r.label);
  return [
    t.term('insights.recognition.top', top.label, top.current),
    nobody.length ? t.term('insights.recognition.unrecognised', t.list(nobody)) : t.term('insights.recognition.every'),
  ].join(' ');
}

export function recognitionSection(value: Insights, o: SectionOptions): TemplateResult {
  const { t } = o;
  const max = Math.max(1, ...value.recognition.flatMap((r) => [r.current, r.previous]));
  const label = (r: Insights['recognition'][number]) => (r.emoji ? `${r.emoji} ${r.label}` : r.label);
  const summary = recognitionSummary(t, value);
  return html`<section class="section" part="recognition" aria-labelledby="recognition-heading">
    ${sectionHead('recognition-heading', t.term('insights.recognition.heading'), [[t.term('insights.recognition.export'), () => o.exportTable('recognition')]])}
    <p class="summary">${summary}</p>
    ${
      value.recognition.length
        ? barChart(
            summary,
            value.recognition.map((r) => ({
              name: label(r),
              current: (r.current * 100) / max,
              previous: (r.previous * 100) / max,
              currentText: t.number(r.current),
              previousText: t.number(r.previous),
            })),
            'recognition-chart',
          )
        : nothing
    }
    ${tableBox(
      t,
      t.term('insights.recognition.heading'),
      [t.term('insights.col.value'), t.term('insights.col.kudos'), t.term('insights.col.kudos-before')],
      value.recognition.map(
        (r) => html`<tr class=${r.current === 0 ? 'unrecognised' : ''}>
          <th scope="row" dir="auto">${label(r)}</th>
          <td>${t.number(r.current)}</td>
          <td>${t.number(r.previous)}</td>
        </tr>`,
      ),
      'recognition-table',
    )}
  </section>`;
}

export const networkName = (t: ChorusLocalize, network: ShareNetwork) => t.term(`insights.network.${network}`);

function sharingSummary(t: ChorusLocalize, value: Insights): string {
  const { networks } = value.sharing;
  const total = (key: 'current' | 'previous') => networks.reduce((n, s) => n + s[key], 0);
  if (!total('current')) return t.term('insights.sharing.none', total('previous'));
  const top = [...networks].sort((a, b) => b.current - a.current)[0]!;
  return [t.term('insights.sharing.summary', total('current'), total('previous')), t.term('insights.sharing.top', networkName(t, top.network))].join(' ');
}

export function sharingSection(value: Insights, o: SectionOptions): TemplateResult {
  const { t } = o;
  const { networks, posts } = value.sharing;
  const max = Math.max(1, ...networks.flatMap((n) => [n.current, n.previous]));
  const summary = sharingSummary(t, value);
  return html`<section class="section" part="sharing" aria-labelledby="sharing-heading">
    ${sectionHead('sharing-heading', t.term('insights.sharing.heading'), [
      [t.term('insights.sharing.networks.export'), () => o.exportTable('networks')],
      [t.term('insights.sharing.posts.export'), () => o.exportTable('posts')],
    ])}
    <p class="summary">${summary}</p>
    ${barChart(
      summary,
      networks.map((n) => ({
        name: networkName(t, n.network),
        current: (n.current * 100) / max,
        previous: (n.previous * 100) / max,
        currentText: t.number(n.current),
        previousText: t.number(n.previous),
      })),
      'sharing-chart',
    )}
    ${tableBox(
      t,
      t.term('insights.sharing.networks'),
      [t.term('insights.col.network'), t.term('insights.col.shares'), t.term('insights.col.shares-before')],
      networks.map(
        (n) => html`<tr>
          <th scope="row">${networkName(t, n.network)}</th>
          <td>${t.number(n.current)}</td>
          <td>${t.number(n.previous)}</td>
        </tr>`,
      ),
      'sharing-table',
    )}
    ${
      posts.length
        ? html`<div class="table-scroll" part="posts-table" tabindex="0" role="group" aria-label=${t.term('insights.sharing.posts')}>
            <table>
              <caption>${t.term('insights.sharing.posts')}</caption>
              <thead><tr>${[
                t.term('insights.col.post'),
                t.term('insights.col.shares'),
                t.term('insights.col.clicks'),
                t.term('insights.col.shares-before'),
                t.term('insights.col.clicks-before'),
              ].map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
              <tbody>${posts.map(
                (p) => html`<tr>
                  <th scope="row" dir="auto">${p.title}</th>
                  <td>${t.number(p.shares)}</td>
                  <td>${t.number(p.clicks)}</td>
                  <td>${t.number(p.previousShares)}</td>
                  <td>${t.number(p.previousClicks)}</td>
                </tr>`,
              )}</tbody>
            </table>
          </div>`
        : nothing
    }
    <p class="note">${t.term('insights.sharing.clicks-note')}</p>
  </section>`;
}

/** A poll's turnout as a whole percentage of the company, or null when its voters are withheld. */
export const turnoutOf = (p: Insights['polls'][number]) => (p.voters === null ? null : shareOf(p.voters, p.eligible));

function pollsSummary(t: ChorusLocalize, value: Insights): string {
  const now = value.polls.filter((p) => !p.previous);
  const before = value.polls.length - now.length;
  if (!now.length) return t.term('insights.polls.none', before);
  const best = now.filter((p) => p.voters !== null).sort((a, b) => turnoutOf(b)! - turnoutOf(a)!)[0];
  return [t.term('insights.polls.summary', now.length, before), best ? t.term('insights.polls.best', best.question, percent(t, turnoutOf(best)!)) : '']
    .filter(Boolean)
    .join(' ');
}

export function pollsSection(value: Insights, o: SectionOptions): TemplateResult {
  const { t } = o;
  const summary = pollsSummary(t, value);
  const withheld = t.term('insights.withheld.voters', value.minGroupSize);
  const now = value.polls.filter((p) => !p.previous);
  const date = (iso: string) => t.date(iso, { dateStyle: 'medium', timeZone: 'UTC' });
  return html`<section class="section" part="polls" aria-labelledby="polls-heading">
    ${sectionHead('polls-heading', t.term('insights.polls.heading'), [[t.term('insights.polls.export'), () => o.exportTable('polls')]])}
    <p class="summary">${summary}</p>
    ${
      now.length
        ? barChart(
            summary,
            now.map((p) => {
              const turnout = turnoutOf(p);
              return turnout === null
                ? { name: p.question, current: 0, previous: null, currentText: '', previousText: '', withheld }
                : { name: p.question, current: turnout, previous: null, currentText: percent(t, turnout), previousText: '' };
            }),
            'polls-chart',
          )
        : nothing
    }
    ${
      value.polls.length
        ? tableBox(
            t,
            t.term('insights.polls.heading'),
            [
              t.term('insights.col.poll'),
              t.term('insights.col.opened'),
              t.term('insights.col.voters'),
              t.term('insights.col.turnout'),
              t.term('insights.col.enps'),
            ],
            value.polls.map(
              (p) => html`<tr class=${p.previous ? 'previous' : ''}>
                <th scope="row" dir="auto">${p.question}</th>
                <td>${date(p.opensAt)}${p.previous ? html` <span class="muted">(${t.term('insights.last-period')})</span>` : nothing}</td>
                ${
                  p.voters === null
                    ? html`<td colspan="3" class="withheld-cell">${withheld}</td>`
                    : html`<td>${t.number(p.voters)}</td>
                      <td>${percent(t, turnoutOf(p)!)}</td>
                      <td>${p.enps === null ? '—' : t.number(p.enps, { signDisplay: 'exceptZero' })}</td>`
                }
              </tr>`,
            ),
            'polls-table',
          )
        : nothing
    }
  </section>`;
}
