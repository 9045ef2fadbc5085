import { expect } from '@open-wc/testing';
import { monthKey, periodBounds, previousBounds, within } from '../../src/core/leaderboard.period.js';

const at = (iso: string) => Date.parse(iso);

describe('leaderboard periods (UTC)', () => {
  it('starts weeks on Monday 00:00 UTC, whatever the day', () => {
    // 2026-12-02 is a Wednesday; 2026-12-06 a Sunday; 2026-11-30 a Monday.
    const week = { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' };
    expect(periodBounds('week', at('2026-12-02T13:00:00Z'))).to.deep.equal(week);
    expect(periodBounds('week', at('2026-12-06T23:59:59.999Z'))).to.deep.equal(week);
    expect(periodBounds('week', at('2026-11-30T00:00:00Z'))).to.deep.equal(week);
    expect(periodBounds('week', at('2026-11-29T23:59:59Z')).from).to.equal('2026-11-23T00:00:00.000Z');
    expect(previousBounds('week', at('2026-12-02T13:00:00Z'))).to.deep.equal({ from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' });
  });

  it('crosses the year in weeks, months and quarters', () => {
    // 2027-01-01 is a Friday: its week began on Monday 2026-12-28.
    expect(periodBounds('week', at('2027-01-01T08:00:00Z'))).to.deep.equal({ from: '2026-12-28T00:00:00.000Z', to: '2027-01-04T00:00:00.000Z' });
    expect(periodBounds('month', at('2026-12-31T23:59:59Z'))).to.deep.equal({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(previousBounds('month', at('2027-01-01T00:00:00Z'))).to.deep.equal({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(periodBounds('quarter', at('2026-12-02T00:00:00Z'))).to.deep.equal({ from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(previousBounds('quarter', at('2027-02-15T00:00:00Z'))).to.deep.equal({ from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
  });

  it('keeps calendar months of every length, leap February included', () => {
    expect(periodBounds('month', at('2028-02-29T12:00:00Z'))).to.deep.equal({ from: '2028-02-01T00:00:00.000Z', to: '2028-03-01T00:00:00.000Z' });
    expect(previousBounds('month', at('2028-03-31T12:00:00Z'))).to.deep.equal({ from: '2028-02-01T00:00:00.000Z', to: '2028-03-01T00:00:00.000Z' });
    expect(periodBounds('quarter', at('2026-07-01T00:00:00Z'))).to.deep.equal({ from: '2026-07-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' });
    expect(periodBounds('quarter', at('2026-06-30T23:59:59Z')).from).to.equal('2026-04-01T00:00:00.000Z');
  });

  it('counts rolling-30 as the last 30 × 24 h, and all time since last week for changes', () => {
    const now = at('2026-12-02T13:00:00Z');
    expect(periodBounds('rolling-30', now)).to.deep.equal({ from: '2026-11-02T13:00:00.000Z', to: null });
    expect(previousBounds('rolling-30', now)).to.deep.equal({ from: '2026-10-03T13:00:00.000Z', to: '2026-11-02T13:00:00.000Z' });
    expect(periodBounds('all', now)).to.deep.equal({ from: null, to: null });
    expect(previousBounds('all', now)).to.deep.equal({ from: null, to: '2026-11-30T00:00:00.000Z' });
  });

  it('is half-open and compares instants, not strings', () => {
    const inDecember = within(periodBounds('month', at('2026-12-10T00:00:00Z')));
    expect(inDecember('2026-12-01T00:00:00Z')).to.equal(true);
    expect(inDecember('2027-01-01T00:00:00Z')).to.equal(false);
    expect(inDecember('2026-11-30T23:59:59.999Z')).to.equal(false);
    // 00:30 on 1 December in Paris is still November in UTC.
    expect(inDecember('2026-12-01T00:30:00+01:00')).to.equal(false);
    expect(monthKey(at('2026-11-30T23:00:00Z'))).to.equal('2026-11');
  });
});
