import { expect } from '@open-wc/testing';
import { enpsFromDistribution, enpsGroup, pollStatus, resultsHiddenReason } from '../../src/core/poll.rules.js';

describe('poll rules', () => {
  it('groups eNPS scores: promoters 9–10, passives 7–8, detractors 0–6', () => {
    expect([0, 6, 7, 8, 9, 10].map(enpsGroup)).to.deep.equal(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('scores eNPS as % promoters − % detractors, rounded, from −100 to 100', () => {
    const dist = (entries: Record<number, number>) => Array.from({ length: 11 }, (_, i) => entries[i] ?? 0);
    expect(enpsFromDistribution(dist({ 10: 1 })).score).to.equal(100);
    expect(enpsFromDistribution(dist({ 0: 2 })).score).to.equal(-100);
    expect(enpsFromDistribution(dist({ 9: 1, 8: 1, 3: 1 }))).to.deep.include({ promoters: 1, passives: 1, detractors: 1, score: 0 });
    expect(Object.is(enpsFromDistribution(dist({ 9: 1, 2: 1, 7: 1 })).score, 0)).to.equal(true);
    expect(enpsFromDistribution(dist({ 9: 2, 7: 1 })).score).to.equal(67);
    expect(enpsFromDistribution([]).score).to.equal(0);
  });

  it('computes the status from the dates and an early close', () => {
    const t = Date.parse('2025-06-02T10:00:00Z');
    const iso = (ms: number) => new Date(t + ms).toISOString();
    expect(pollStatus({ opensAt: null, closesAt: null }, t)).to.equal('open');
    expect(pollStatus({ opensAt: iso(1), closesAt: null }, t)).to.equal('scheduled');
    expect(pollStatus({ opensAt: null, closesAt: iso(0) }, t)).to.equal('closed');
    expect(pollStatus({ opensAt: null, closesAt: iso(1000), closedAt: iso(-1) }, t)).to.equal('closed');
  });

  it('hides results per visibility, then below the minimum; never from managers', () => {
    const viewer = { manager: false, voted: false, status: 'open' as const, totalVotes: 10 };
    const poll = (resultsVisibility: 'live' | 'after-vote' | 'after-close' | 'never', minVotesForResults = 0) => ({
      resultsVisibility,
      minVotesForResults,
    });
    expect(resultsHiddenReason(poll('live'), viewer)).to.equal(null);
    expect(resultsHiddenReason(poll('after-vote'), viewer)).to.equal('vote-first');
    expect(resultsHiddenReason(poll('after-vote'), { ...viewer, voted: true })).to.equal(null);
    expect(resultsHiddenReason(poll('after-vote'), { ...viewer, status: 'closed' })).to.equal(null);
    expect(resultsHiddenReason(poll('after-close'), { ...viewer, voted: true })).to.equal('until-closed');
    expect(resultsHiddenReason(poll('never'), { ...viewer, status: 'closed' })).to.equal('admins-only');
    expect(resultsHiddenReason(poll('live', 11), viewer)).to.equal('below-minimum');
    expect(resultsHiddenReason(poll('never', 50), { ...viewer, manager: true })).to.equal(null);
  });
});
