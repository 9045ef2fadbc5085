import { expect } from '@open-wc/testing';
import { BADGES, badgesByPerson, earnedBadges, newlyEarned, type BadgeInput } from '../../src/core/leaderboard.badges.js';
import type { Activity, ActivityKind } from '../../src/core/leaderboard.domain.js';
import type { Directory } from '../../src/core/leaderboard.rank.js';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const directory: Directory = {
  people: new Map(['ana', 'bo', 'cy', 'di', 'ed'].map((id) => [id, { name: id.toUpperCase(), teamId: 'red' }])),
  teams: new Map([['red', { name: 'Red' }]]),
};
/** Day `day` of November 2026 at 10:00 UTC plus `minute` minutes. */
const nov = (day: number, minute = 0) => new Date(Date.UTC(2026, 10, day, 10, minute)).toISOString();
const act = (personId: string, kind: ActivityKind, at: string, valueId?: string): Activity => ({
  kind,
  personId,
  teamId: 'red',
  at,
  ...(valueId ? { valueId } : {}),
});
const times = (n: number, personId: string, kind: ActivityKind) => Array.from({ length: n }, (_, i) => act(personId, kind, nov(1, i)));
const earned = (activities: Activity[], overrides: Partial<BadgeInput> = {}) =>
  earnedBadges({ activities, now: NOW, valueIds: ['care', 'craft', 'courage'], directory, ...overrides });
const of = (activities: Activity[], id: string, overrides: Partial<BadgeInput> = {}) =>
  earned(activities, overrides)
    .filter((b) => b.id === id)
    .map((b) => `${b.personId} ${b.earnedAt}`);

describe('leaderboard badges', () => {
  it('awards first-kudos at the first kudos given, not received', () => {
    const activities = [act('ana', 'kudos-given', nov(9)), act('ana', 'kudos-given', nov(3)), act('bo', 'kudos-received', nov(2))];
    expect(of(activities, 'first-kudos')).to.deep.equal([`ana ${nov(3)}`]);
  });

  it('awards ten-kudos-received at the tenth kudos received', () => {
    expect(of(times(9, 'bo', 'kudos-received'), 'ten-kudos-received')).to.deep.equal([]);
    expect(of(times(12, 'bo', 'kudos-received').reverse(), 'ten-kudos-received')).to.deep.equal([`bo ${nov(1, 9)}`]);
  });

  it('awards five-shares at the fifth post shared (clicks on it do not count)', () => {
    expect(of([...times(4, 'cy', 'share'), ...times(20, 'cy', 'share-click')], 'five-shares')).to.deep.equal([]);
    expect(of(times(5, 'cy', 'share'), 'five-shares')).to.deep.equal([`cy ${nov(1, 4)}`]);
  });

  it('awards every-value when the kudos given cover every company value', () => {
    const given = [act('di', 'kudos-given', nov(1), 'care'), act('di', 'kudos-given', nov(2), 'care'), act('di', 'kudos-given', nov(3), 'craft')];
    expect(of(given, 'every-value')).to.deep.equal([]);
    // Received kudos for the missing value do not count; giving one does.
    expect(of([...given, act('di', 'kudos-received', nov(4), 'courage')], 'every-value')).to.deep.equal([]);
    expect(of([...given, act('di', 'kudos-given', nov(5), 'courage'), act('di', 'kudos-given', nov(6), 'courage')], 'every-value')).to.deep.equal([
      `di ${nov(5)}`,
    ]);
    expect(of(given, 'every-value', { valueIds: [] })).to.deep.equal([]);
  });

  it('awards communicator-of-the-month to the top 3 by points of each ended month, ties included', () => {
    const november = [
      ...times(5, 'ana', 'share'),
      ...times(4, 'bo', 'share'),
      ...times(3, 'cy', 'share'),
      ...times(3, 'di', 'share'),
      ...times(1, 'ed', 'share'),
    ];
    const october = [act('ed', 'share', '2026-10-20T00:00:00Z')];
    const december = [...times(9, 'ed', 'share').map((a) => ({ ...a, at: '2026-12-01T09:00:00Z' }))];
    const awards = earned([...november, ...october, ...december]).filter((b) => b.id === 'communicator-of-the-month');
    expect(awards.map((b) => `${b.key} ${b.earnedAt}`)).to.deep.equal([
      'communicator-of-the-month:ed:2026-10 2026-11-01T00:00:00.000Z',
      'communicator-of-the-month:ana:2026-11 2026-12-01T00:00:00.000Z',
      'communicator-of-the-month:bo:2026-11 2026-12-01T00:00:00.000Z',
      'communicator-of-the-month:cy:2026-11 2026-12-01T00:00:00.000Z',
      'communicator-of-the-month:di:2026-11 2026-12-01T00:00:00.000Z',
    ]);
    // People the board hides take no top place: Ana's place goes to the next.
    const hidden = earned(november, { hidden: new Set(['ana', 'bo']) }).filter((b) => b.id === 'communicator-of-the-month');
    expect(hidden.map((b) => b.personId)).to.deep.equal(['cy', 'di', 'ed']);
  });

  it('announces each badge once, and lists a person’s badges in catalogue order', () => {
    const activities = [...times(5, 'ana', 'share'), act('ana', 'kudos-given', nov(20))];
    const all = earned(activities);
    const first = newlyEarned(all, new Set());
    expect(first.map((b) => b.key)).to.deep.equal(['five-shares:ana', 'first-kudos:ana', 'communicator-of-the-month:ana:2026-11']);
    expect(newlyEarned(all, new Set(first.map((b) => b.key)))).to.deep.equal([]);
    expect(newlyEarned(all, new Set(['five-shares:ana'])).map((b) => b.id)).to.deep.equal(['first-kudos', 'communicator-of-the-month']);
    expect(badgesByPerson(all).get('ana')).to.deep.equal(['first-kudos', 'five-shares', 'communicator-of-the-month']);
    expect(earned(activities.slice().reverse())).to.deep.equal(all);
  });

  it('gives every badge a name, a description and an icon', () => {
    for (const badge of Object.values(BADGES)) expect(badge.nameKey && badge.descriptionKey && badge.icon).to.be.a('string');
  });
});
