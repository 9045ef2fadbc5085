import { expect } from '@open-wc/testing';
import { graphemeCount } from '../../../src/core/text.js';
import { DEFAULT_KUDOS_CONFIG } from '../../../src/adapters/memory/memory.adapter.js';
import { seedState } from '../../../src/adapters/memory/seed.js';
import { DEFAULT_USER_ID } from '../../../src/seed/index.js';
import { compareNewestFirst } from '../../../src/core/order.js';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-02T10:00:00Z');

describe('memory adapter seed', () => {
  const state = seedState(NOW);

  it('is the same on every fresh start; only timestamps follow the clock', () => {
    expect(seedState(NOW)).to.deep.equal(state);
    const later = seedState(NOW + 7 * DAY);
    expect(later.people).to.deep.equal(state.people);
    expect(later.kudos.map((k) => [k.id, k.message, k.authorId, k.recipientIds])).to.deep.equal(
      state.kudos.map((k) => [k.id, k.message, k.authorId, k.recipientIds]),
    );
    expect(Date.parse(later.kudos[0]!.createdAt) - Date.parse(state.kudos[0]!.createdAt)).to.equal(7 * DAY);
  });

  it('has 40 people in 7 teams, two of them under the minimum group size, with international names and titles', () => {
    expect(state.teams).to.have.length(7);
    expect(state.people.length).to.equal(40);
    const teamIds = new Set(state.teams.map((t) => t.id));
    const sizes = state.teams.map((team) => state.people.filter((p) => p.teamId === team.id).length);
    expect(sizes).to.deep.equal([7, 7, 7, 7, 7, 3, 2]);
    for (const person of state.people) {
      expect(teamIds.has(person.teamId)).to.equal(true);
      expect(person.title).to.be.a('string').and.not.be.empty;
    }
    const names = state.people.map((p) => p.name);
    expect(names).to.include.members(['Chloé Dubois', 'Søren Østergaard', 'Aiyana Redcloud', 'Nguyễn Thị Mai']);
    expect(new Set(state.people.map((p) => p.id)).size).to.equal(state.people.length);
  });

  it('leaves most avatars to initials; the few photos are inline, never fetched', () => {
    const withPhoto = state.people.filter((p) => p.avatarUrl);
    expect(withPhoto.length).to.be.within(1, 6);
    for (const p of withPhoto) expect(p.avatarUrl).to.match(/^data:image\/svg\+xml,/);
  });

  it('signs in as a plain employee by default and has a moderator and an admin', () => {
    const me = state.people.find((p) => p.id === DEFAULT_USER_ID)!;
    expect(me.roles).to.deep.equal([]);
    expect(state.people.some((p) => p.roles.includes('moderator'))).to.equal(true);
    expect(state.people.some((p) => p.roles.includes('admin'))).to.equal(true);
  });

  it('has 200 kudos over the last ~90 days, newest first, none in the future', () => {
    expect(state.kudos).to.have.length(200);
    expect(new Set(state.kudos.map((k) => k.id)).size).to.equal(200);
    const sorted = [...state.kudos].sort(compareNewestFirst);
    expect(sorted.map((k) => k.id)).to.deep.equal(state.kudos.map((k) => k.id));
    const ages = state.kudos.map((k) => NOW - Date.parse(k.createdAt));
    expect(Math.min(...ages)).to.be.greaterThan(0);
    expect(Math.max(...ages)).to.be.within(60 * DAY, 91 * DAY);
    expect(ages.filter((a) => a < DAY).length, 'some from today').to.be.at.least(2);
  });

  it('has kudos a server would accept: valid lengths, recipients, values, reactions', () => {
    const config = DEFAULT_KUDOS_CONFIG;
    const people = new Set(state.people.map((p) => p.id));
    const values = new Set(config.values.map((v) => v.id));
    for (const k of state.kudos) {
      expect(graphemeCount(k.message), k.message).to.be.within(config.messageMin, config.messageMax);
      expect(k.message).not.to.match(/\{\w+\}/);
      expect(k.recipientIds.length).to.be.within(1, config.maxRecipients);
      expect(k.recipientIds).not.to.include(k.authorId);
      expect(new Set(k.recipientIds).size).to.equal(k.recipientIds.length);
      for (const id of [k.authorId, ...k.recipientIds]) expect(people.has(id)).to.equal(true);
      if (k.valueId !== null) expect(values.has(k.valueId)).to.equal(true);
      for (const r of k.reactions) {
        expect(config.reactions).to.include(r.emoji);
        expect(people.has(r.personId)).to.equal(true);
      }
      const pairs = k.reactions.map((r) => `${r.emoji}|${r.personId}`);
      expect(new Set(pairs).size, 'one reaction per person and emoji').to.equal(pairs.length);
      for (const c of k.comments) {
        expect(graphemeCount(c.message)).to.be.within(1, config.commentMax);
        expect(Date.parse(c.createdAt)).to.be.within(Date.parse(k.createdAt), NOW);
      }
    }
  });

  it('varies: several recipients, values and no value, private kudos, images, comments, reactions', () => {
    const count = (f: (k: (typeof state.kudos)[number]) => boolean) => state.kudos.filter(f).length;
    expect(count((k) => k.recipientIds.length > 1)).to.be.at.least(20);
    expect(count((k) => k.valueId === null)).to.be.at.least(5);
    expect(new Set(state.kudos.map((k) => k.valueId)).size).to.be.at.least(6);
    expect(count((k) => k.visibility === 'private')).to.be.within(5, 30);
    expect(count((k) => k.image !== null)).to.be.within(2, 20);
    for (const k of state.kudos.filter((k) => k.image)) {
      expect(k.image!.url).to.match(/^data:image\/svg\+xml,/);
      expect(k.image!.alt).to.not.be.empty;
    }
    expect(count((k) => k.comments.length > 0)).to.be.at.least(30);
    expect(count((k) => k.reactions.length > 0)).to.be.at.least(120);
    expect(Math.max(...state.kudos.map((k) => k.reactions.length))).to.be.at.least(8);
    expect(new Set(state.kudos.map((k) => k.message)).size).to.be.at.least(100);
    expect(Math.max(...state.kudos.map((k) => graphemeCount(k.message)))).to.be.at.least(300);
    expect(count((k) => k.reports.length > 0)).to.be.at.least(1);
  });

  it('involves the default user as author and as recipient', () => {
    expect(state.kudos.some((k) => k.authorId === DEFAULT_USER_ID)).to.equal(true);
    expect(state.kudos.some((k) => k.recipientIds.includes(DEFAULT_USER_ID))).to.equal(true);
  });
});
