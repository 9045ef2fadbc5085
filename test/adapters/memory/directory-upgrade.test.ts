import { expect } from '@open-wc/testing';
import { seedState } from '../../../src/adapters/memory/seed.js';
import { STATE_VERSION, type MemoryState } from '../../../src/adapters/memory/state.js';
import { makeAdapter, uniqueKey } from './helpers.js';

/*
 * A demo stored before the small teams joined (version 6) keeps what people did, and gets the
 * directory's additions: Legal and the Office of the CEO with their people, and Nadia Haddad's
 * insights role, so a returning visitor signed in as her sees the insights, small teams withheld.
 */

describe('memory adapter: a version 6 state gets the small teams and the insights role', () => {
  it('adds the missing teams, people and roles, and keeps everything else', async () => {
    const storageKey = uniqueKey();
    const current = seedState(Date.now());
    const people = current.people
      .filter((p) => Number(p.id.slice(2)) <= 35)
      .map((p) => (p.id === 'p-29' ? { ...p, roles: ['moderator', 'feedback-recipient'] } : p));
    const teams = current.teams.filter((t) => !['t-legal', 't-office'].includes(t.id));
    const kudos = current.kudos.slice(1);
    localStorage.setItem(storageKey, JSON.stringify({ ...current, people, teams, kudos, version: 6, rev: 9 }));

    const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-29' });
    expect((await adapter.me.getCurrentUser()).roles).to.deep.equal(['moderator', 'feedback-recipient', 'insights']);
    const insights = await adapter.insights.getInsights({ period: 'all' });
    expect(insights.participation.teams.filter((t) => t.withheld).map((t) => t.name)).to.deep.equal(['Legal', 'Office of the CEO']);
    expect(insights.participation.company.members).to.equal(40);

    const saved = JSON.parse(localStorage.getItem(storageKey)!) as MemoryState;
    expect(saved.version).to.equal(STATE_VERSION);
    expect(saved.rev, 'what people did is kept').to.equal(9);
    expect(saved.kudos.length, 'the stored wall is kept as it was').to.equal(current.kudos.length - 1);
    expect(saved.people.map((p) => p.id)).to.deep.equal(current.people.map((p) => p.id));
  });
});
