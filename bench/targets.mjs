/*
 * The issue's table (issue 12, "Performance"): each row's target, what this run measured, the
 * baseline measured in the same run, their ratio and whether the target is met. Printed last by
 * bench/run.mjs and stored as `issueTable` in bench/results.json; the README's performance section
 * copies it. Measured cells are "median (min–max)" over the run's samples.
 */

const KiB = 1024;
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const ms = (x) => (x < 10 ? `${x.toFixed(2)} ms` : `${Math.round(x).toLocaleString('en-US')} ms`);
const int = (x) => Math.round(x).toLocaleString('en-US');
const times = (x) => `${x < 0.1 ? x.toFixed(3) : x.toFixed(2)}×`;

/** "median (min–max)" of a metric, or the single value when it has one sample. */
function spread(m, fmt) {
  if (!m) return 'not measured';
  return m.n > 1 ? `${fmt(m.median)} (${fmt(m.min)}–${fmt(m.max)})` : fmt(m.median);
}

/** The rows, from a results object of bench/run.mjs. */
export function issueRows(results) {
  const m = results.metrics;
  const rows = [];
  const row = (what, target, measured, baseline, ratio, met) =>
    rows.push({ what, target, measured, baseline, ratio: ratio ?? '—', met: met === undefined ? '—' : typeof met === 'string' ? met : met ? 'met' : 'missed' });

  const peerStates = Object.entries(results.peers ?? {});
  const peers = peerStates.length
    ? `peers' buttons: ${peerStates.map(([name, size]) => `${name.replace(' button', '')} ${typeof size === 'number' ? kib(size) : size}`).join(', ')}`
    : '—';
  for (const [key, size] of Object.entries(m).filter(([k]) => k.startsWith('size.') && k.includes('own weight over Lit'))) {
    const name = key.slice('size.'.length).replace(', own weight over Lit', '');
    row(`own weight over Lit, initial, gzip -9: ${name}`, '≤ 12 KiB', kib(size.median), peers, undefined, size.median <= 12 * KiB);
  }
  const all = m['size.all.js, Lit included, initial'];
  if (all) row('everything, Lit included: all.js (initial)', '≤ 50 KiB', kib(all.median), '—', undefined, all.median <= 50 * KiB);
  const five = Object.entries(m).find(([k]) => k.startsWith('size.the five widgets of the target'))?.[1];
  if (five)
    row(
      'the same with the five widgets the target was set for (wall, poll, feedback box, share card, leaderboard) and the provider',
      '≤ 50 KiB',
      kib(five.median),
      '—',
      undefined,
      five.median <= 50 * KiB,
    );
  const cdn = Object.entries(m).find(([k]) => k.startsWith('size.CDN bundle'))?.[1];
  // Languages are separate files since the CDN build splits them (test/i18n/cdn-languages.test.ts proves it).
  if (cdn) row('the CDN bundle (cdn/chorus.js: Lit, every element, English; initial)', 'languages load separately', kib(cdn.median), '—', undefined, true);

  const perCard = m['dom.nodesPerCard'];
  const blank = m['dom.blankText.90'];
  const minimal = m['showAll.plain.minimal'];
  if (perCard) {
    const minimalNodes = Number(/minimal (\d+)-node/.exec(minimal?.label ?? '')?.[1] ?? 21);
    row(
      'DOM nodes per kudos card (whitespace-only text at 90 cards)',
      '≤ 40, no whitespace-only text',
      `${int(perCard.median)} (${int(blank?.median ?? 0)} of ${int(m['dom.nodes.90']?.median ?? 0)})`,
      `minimal card: ${minimalNodes} nodes`,
      times(perCard.median / minimalNodes),
      perCard.median <= 40 && blank?.median === 0,
    );
  }

  const wall = m['showAll.wall'];
  const same = m['showAll.plain.same'];
  if (wall && same) {
    const first = m['showAll.first'];
    const last = m['showAll.last'];
    const stepRatio = first && last ? last.median / first.median : null;
    row(
      'show all 1,000 kudos (Show more ×99, sum of steps)',
      '≤ 1.2× plain DOM of the same markup; a step costs the same at 10 and at 1,000 cards',
      `${spread(wall, ms)}; steps ${ms(first.median)} → ${ms(last.median)}`,
      `same markup ${spread(same, ms)}; minimal cards ${spread(minimal, ms)}`,
      `${times(wall.median / same.median)} (minimal: ${times(wall.median / minimal.median)}); last/first step ${times(stepRatio)}`,
      wall.median <= 1.2 * same.median && stepRatio <= 1.5,
    );
  }

  const first = m['large.firstScreen'];
  const plainAll = m['large.plainAll'];
  if (first && plainAll) {
    const nodes = m['large.nodes'].median;
    const heap = m['large.heap'].median;
    const farNodes = m['large.scrolled.nodes']?.median;
    const farHeap = m['large.scrolled.heap']?.median;
    const far =
      farNodes === undefined ? 'all shown and scrolled: not measured' : `all shown and scrolled to the end: ${int(farNodes)} nodes, ${farHeap.toFixed(1)} MiB`;
    const firstMet = first.median <= 0.05 * plainAll.median && nodes < 2000 && heap < 10;
    const farNodesMet = farNodes !== undefined && farNodes < 2000;
    const farHeapMet = farHeap !== undefined && farHeap < 10;
    row(
      '10,000 kudos: first screen, nodes, heap',
      '≤ 0.05× plain DOM of all; < 2,000 nodes and < 10 MiB however far one scrolls',
      `first screen ${spread(first, ms)}, ${int(nodes)} nodes, ${heap.toFixed(1)} MiB; ${far}`,
      `plain DOM of all 10,000 minimal cards ${spread(plainAll, ms)}`,
      times(first.median / plainAll.median),
      firstMet && farNodesMet && farHeapMet
        ? true
        : !firstMet
          ? false
          : farNodesMet
            ? 'first screen and nodes met; heap missed'
            : 'first screen met; scrolling missed',
    );
  }

  const toggle = Object.entries(m).find(([k]) => /^toggle\.\d+\.settled$/.test(k) && k !== 'toggle.10.settled' && k !== 'toggle.200.settled');
  const direct = Object.entries(m).find(([k]) => /^toggle\.\d+\.direct$/.test(k));
  if (toggle && direct) {
    const cards = toggle[0].split('.')[1];
    row(
      `reaction toggle with ${int(Number(cards))} cards shown (click → saved, re-rendered)`,
      '≤ 1.5× a direct DOM text update',
      spread(toggle[1], ms),
      `direct DOM text update ${spread(direct[1], ms)}`,
      times(toggle[1].median / direct[1].median),
      toggle[1].median <= 1.5 * direct[1].median,
    );
    // What the user sees first: the button pressed (the wall's optimistic update), before the save's answer.
    const pressed = m[`toggle.${cards}.pressed`];
    if (pressed)
      row(
        `reaction toggle with ${int(Number(cards))} cards shown (click → shown pressed, before the save)`,
        '≤ 1.5× a direct DOM text update',
        spread(pressed, ms),
        `direct DOM text update ${spread(direct[1], ms)}`,
        times(pressed.median / direct[1].median),
        pressed.median <= 1.5 * direct[1].median,
      );
  }

  const write = m['adapter.write.large'];
  if (write) row('embedded adapter write at 10,000 kudos (giveKudos, live subscriber)', '≤ 5 ms', spread(write, ms), '—', undefined, write.median <= 5);

  for (const db of ['pglite', 'postgres']) {
    const label = db === 'pglite' ? 'PGlite' : 'PostgreSQL';
    const note = results.serverNotes?.[db];
    const votes = m[`server.${db}.votes.rate`];
    const votesP99 = m[`server.${db}.votes.p99`];
    const kudos = m[`server.${db}.kudos.rate`];
    const kudosP99 = m[`server.${db}.kudos.p99`];
    if (!votes) {
      row(`server: votes on one poll, ${label}`, '≥ 2,000/s, p99 < 50 ms', note ?? 'not measured', '—');
      row(`server: kudos, ${label}`, '≥ 1,000/s', note ?? 'not measured', '—');
      continue;
    }
    row(
      `server: votes on one poll, ${label}`,
      '≥ 2,000/s, p99 < 50 ms',
      `${spread(votes, int)}/s, p99 ${spread(votesP99, ms)}`,
      '—',
      undefined,
      votes.median >= 2000 && votesP99.median < 50,
    );
    row(`server: kudos, ${label}`, '≥ 1,000/s', `${spread(kudos, int)}/s, p99 ${spread(kudosP99, ms)}`, '—', undefined, kudos.median >= 1000);
  }
  for (const db of ['pglite', 'postgres']) {
    const p99 = m[`server.${db}.fanout.p99`];
    const p50 = m[`server.${db}.fanout.p50`];
    const writes = m[`server.${db}.fanout.writes`];
    const what = `one vote reaching 1,000 live subscribers, ${db === 'pglite' ? 'PGlite' : 'PostgreSQL'}`;
    if (!p99) row(what, '≤ 250 ms while the server takes 1,000 writes/s', results.serverNotes?.[db] ?? 'not measured', '—');
    else
      row(
        what,
        '≤ 250 ms while the server takes 1,000 writes/s',
        `p99 ${spread(p99, ms)}, p50 ${spread(p50, ms)}, while taking ${spread(writes, int)} writes/s`,
        '—',
        undefined,
        p99.median <= 250 && writes.median >= 1000,
      );
  }
  return rows;
}

/** Prints the rows as a Markdown table (so it can be pasted into the README) and returns them. */
export function printIssueTable(results) {
  const rows = issueRows(results);
  const { loadAverage, stealPercent, cpus } = results.machine;
  console.log(
    `\nThe issue's table (load average before/after ${loadAverage.before} / ${loadAverage.after} on ${cpus} cores${stealPercent !== null ? `, steal ${stealPercent}%` : ''}):\n`,
  );
  console.log('| what | target | measured: median (min–max) | baseline, same run | ratio | |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.what} | ${r.target} | ${r.measured} | ${r.baseline} | ${r.ratio} | ${r.met} |`);
  return rows;
}
