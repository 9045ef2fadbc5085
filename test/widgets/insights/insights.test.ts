import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import type { InsightsPeriod } from '../../../src/core/insights.js';
import type { ChorusInsights } from '../../../src/widgets/insights/insights.element.js';
import '../../../src/widgets/insights/insights.js';
import { INSIGHTS_READER, answering, quietInsights, sampleInsights } from '../../../stories/support/insights-adapters.js';
import { buttonNamed, catchDownload, deepQuery, deepQueryAll, fieldLabelled, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* The states every widget has (base-tests.ts), signed in as the People Partner, then what an HR reader does. */

runWidgetBaseTests({
  tag: 'chorus-insights',
  port: 'insights',
  loads: 'getInsights',
  memory: { userId: INSIGHTS_READER },
  ready: (el) => !!deepQuery(el, '[part="participation-chart"]'),
});

const make = (adapter: ChorusAdapter, period?: InsightsPeriod) =>
  fixture<ChorusInsights>(html`<chorus-insights .adapter=${adapter} period=${period ?? 'month'}></chorus-insights>`);
const shown = (el: ChorusInsights) => waitFor(() => deepQuery(el, '[part="participation-chart"]') || deepQuery(el, '.empty'), `figures shown: ${textOf(el)}`);
/** The participation table's rows as the cells' text. */
const tableRows = (el: ChorusInsights, part = 'participation-table') =>
  deepQueryAll(deepQuery(el, `[part="${part}"]`)!, 'tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

/** Clicks a CSV download button: the file's name and its lines (byte-order mark and final newline dropped). */
async function downloadCsv(el: Element, button: string): Promise<{ name: string; lines: string[] }> {
  const download = catchDownload();
  try {
    buttonNamed(el, button)!.click();
    const { name, text } = await download.file;
    return {
      name,
      lines: text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n'),
    };
  } finally {
    download.restore();
  }
}

describe('<chorus-insights>', () => {
  it('shows an HR reader participation by team from the activity the other widgets record', async () => {
    // A year on, this week holds only what the test does.
    let now = Date.now();
    const adapter = new MemoryAdapter({ persist: false, latency: 0, userId: 'p-01', now: () => now });
    now += 365 * 24 * 3600 * 1000;
    await adapter.kudos.giveKudos(
      { recipientIds: ['p-08'], message: 'Thanks for the usability study write-up!', valueId: 'customer-first', image: null, visibility: 'public' },
      { idempotencyKey: 'insights-1' },
    );
    adapter.setCurrentUser(INSIGHTS_READER);
    const el = await make(adapter, 'week');
    await shown(el);
    const rows = tableRows(el);
    // Team, members, took part, gave, received, voted, shared, took part last period.
    expect(rows.find((r) => r[0] === 'Engineering')).to.deep.equal(['Engineering', '7', '1 (14%)', '1 (14%)', '0 (0%)', '0 (0%)', '0 (0%)', '0 (0%)']);
    expect(rows.find((r) => r[0] === 'Product & Design')).to.deep.equal([
      'Product & Design',
      '7',
      '1 (14%)',
      '0 (0%)',
      '1 (14%)',
      '0 (0%)',
      '0 (0%)',
      '0 (0%)',
    ]);
    expect(rows.find((r) => r[0] === 'Whole company')!.slice(1, 4)).to.deep.equal(['40', '2 (5%)', '1 (3%)']);
    expect(textOf(el)).to.include('5% of the company took part in this period, against 0% in the last.');
    // The demo's small teams (3 and 2 people) are withheld; together they are 5, so the company is shown.
    expect(rows.filter((r) => r[1] === 'Fewer than 5 people — withheld').map((r) => r[0])).to.deep.equal(['Legal', 'Office of the CEO']);
    expect(textOf(el)).to.include('2 teams have fewer than 5 people: their figures are withheld.');
    expect(tableRows(el, 'recognition-table')[0]).to.deep.equal(['💙 Customer first', '1', '0']);
    expect(textOf(el)).to.include('Nobody recognised Own it, Better together, Be curious, Keep it simple, and Grow every day in this period.');
    adapter.dispose();
  });

  it('shows a team under the minimum group size as withheld, not as zero, in the chart, the table and the CSV', async () => {
    const el = await make(answering(async () => sampleInsights()));
    await shown(el);
    const legal = deepQueryAll(el, '.bar-row').find((row) => row.textContent!.includes('Legal'))!;
    expect(legal.textContent).to.include('Fewer than 5 people — withheld');
    expect(legal.querySelector('svg'), 'no bar for a withheld team').to.equal(null);
    expect(tableRows(el).find((r) => r[0] === 'Legal')).to.deep.equal(['Legal', 'Fewer than 5 people — withheld']);
    expect(textOf(el)).to.include('One team has fewer than 5 people: its figures are withheld.');
    expect(textOf(el)).to.include('Last period: Fewer than 5 messages — withheld.');

    const { name, lines } = await downloadCsv(el, 'Download participation (CSV)');
    expect(name).to.equal('insights-participation-month-2026-12-01.csv');
    expect(lines).to.deep.equal([
      'Team,Members,Took part,Gave kudos,Received kudos,Voted,Shared a post,"Took part, last period"',
      'Engineering,8,6,5,4,2,1,4',
      'Sales,7,3,2,3,1,2,4',
      'People & Operations,6,5,3,4,3,1,3',
      'Legal,withheld',
      'Whole company,24,15,11,12,6,4,12',
    ]);
  });

  it('exports recognition by value, and says which values nobody recognised', async () => {
    const el = await make(answering(async () => sampleInsights()));
    await shown(el);
    expect(textOf(el)).to.include('Customer first was recognised most (7 kudos). Nobody recognised Be curious and Keep it simple in this period.');
    const { lines } = await downloadCsv(el, 'Download recognition (CSV)');
    expect(lines).to.deep.equal(['Value,Kudos,"Kudos, last period"', 'Customer first,7,4', 'Own it,3,5', 'Be curious,0,1', 'Keep it simple,0,0']);
  });

  it('shows shares per network and per post with their clicks, and exports the posts', async () => {
    const el = await make(answering(async () => sampleInsights()));
    await shown(el);
    expect(textOf(el)).to.include('19 shares in this period, against 13 in the last. Most on LinkedIn.');
    expect(tableRows(el, 'sharing-table')[0]).to.deep.equal(['LinkedIn', '9', '6']);
    expect(tableRows(el, 'posts-table')[0]).to.deep.equal(['We are hiring 40 engineers in Lyon', '11', '64', '0', '0']);
    const { name, lines } = await downloadCsv(el, 'Download posts (CSV)');
    expect(name).to.equal('insights-posts-month-2026-12-01.csv');
    expect(lines).to.deep.equal([
      'Post,Shares,Clicks,"Shares, last period","Clicks, last period"',
      'We are hiring 40 engineers in Lyon,11,64,0,0',
      'Our 2026 sustainability report,6,18,9,31',
      'Brightwater at Web Summit,2,0,4,12',
    ]);
  });

  it('shows poll turnout, a poll with too few voters withheld, and the feedback box’s mood', async () => {
    const el = await make(answering(async () => sampleInsights()));
    await shown(el);
    expect(textOf(el)).to.include('2 polls opened in this period, against 1 in the last.');
    expect(textOf(el)).to.include('Highest turnout: “How likely are you to recommend Brightwater as a place to work?” (58%).');
    expect(textOf(el)).to.include('Mood (1–5) from the feedback box: 3.8 this period, fewer than 5 responses — withheld last period.');
    const rows = tableRows(el, 'polls-table');
    expect(rows[0]!.slice(2)).to.deep.equal(['14', '58%', '+21']);
    expect(rows[1]!.slice(2)).to.deep.equal(['Fewer than 5 voters — withheld']);
    expect(rows[2]![1]).to.include('last period');
    const { lines } = await downloadCsv(el, 'Download poll turnout (CSV)');
    expect(lines).to.deep.equal([
      'Poll,Opened,Voters,Could vote,Turnout (%),eNPS',
      'How likely are you to recommend Brightwater as a place to work?,2026-12-02,14,24,58,21',
      'Where should the team offsite be?,2026-12-01,withheld,24',
      'How likely are you to recommend Brightwater as a place to work?,2026-11-03,10,24,42,-10',
    ]);
  });

  it('loads the period chosen with the keyboard, and says which days it covers', async () => {
    const asked: (InsightsPeriod | undefined)[] = [];
    const el = await make(answering(async (period) => (asked.push(period), sampleInsights({ period: period ?? 'month' }))));
    await shown(el);
    const select = fieldLabelled<HTMLSelectElement>(el, 'Period')!;
    expect(select.value).to.equal('month');
    expect(textOf(el)).to.include('Dec 1 – 31, 2026, compared with Nov 1 – 30, 2026');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => asked.at(-1) === 'quarter', `asked: ${asked.join()}`);
    expect(el.period).to.equal('quarter');
    expect(el.getAttribute('period')).to.equal('quarter');
  });

  it('opens each table with the keyboard', async () => {
    const el = await make(answering(async () => sampleInsights()));
    await shown(el);
    const details = deepQuery<HTMLDetailsElement>(el, '[part="participation-table"]')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => details.open, 'the table opened');
    expect(details.querySelector('table caption')!.textContent).to.equal('Participation by team');
  });

  it('tells someone without the insights role that the figures are not theirs to read', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0, userId: 'p-01' });
    const el = await make(adapter);
    await waitFor(() => textOf(el).includes('These figures are for the people who run the programme.'), textOf(el));
    expect(deepQuery(el, '[part="participation"]')).to.equal(undefined);
    expect(buttonNamed(el, 'Try again')).to.equal(undefined);
    adapter.dispose();
  });

  it('says when nothing happened in the period, and still offers another period', async () => {
    const el = await make(answering(async () => quietInsights()));
    await waitFor(() => textOf(el).includes('Nothing happened in this period yet.'), textOf(el));
    expect(deepQuery(el, '[part="participation"]')).to.equal(undefined);
    expect(fieldLabelled(el, 'Period')).to.exist;
  });

  it('has no axe violations with withheld groups and its tables open', async () => {
    const el = await make(answering(async () => sampleInsights()));
    await shown(el);
    for (const d of deepQueryAll<HTMLDetailsElement>(el, 'details')) d.open = true;
    await expect(el).to.be.accessible();
  });
});
