import { expect } from '@open-wc/testing';
import { NotFoundError } from '../../../src/core/errors.js';
import { makeAdapter, rejection } from './helpers.js';

describe('memory adapter: people and me', () => {
  it('finds people whatever the case and accents', async () => {
    const { people } = makeAdapter();
    expect((await people!.searchPeople('chloe')).map((p) => p.name)).to.deep.equal(['Chloé Dubois']);
    expect((await people!.searchPeople('SOREN ost')).map((p) => p.name)).to.deep.equal(['Søren Østergaard']);
    expect((await people!.searchPeople('nguyen')).map((p) => p.name)).to.deep.equal(['Nguyễn Thị Mai']);
    expect((await people!.searchPeople('olafur')).map((p) => p.name)).to.deep.equal(['Ólafur Sigurðsson']);
    expect((await people!.searchPeople('mai')).map((p) => p.name)).to.include('Nguyễn Thị Mai');
  });

  it('matches words of the title, after people whose name matches', async () => {
    const { people } = makeAdapter();
    const engineers = await people!.searchPeople('engineer', { limit: 20 });
    expect(engineers.length).to.be.at.least(5);
    for (const p of engineers) expect(p.title).to.match(/engineer/i);
    const lead = await people!.searchPeople('lead', { limit: 20 });
    expect(lead.map((p) => p.title)).to.include('Support Team Lead');
  });

  it('returns plain people (no roles), at most `limit` (8 by default), nobody for an empty query', async () => {
    const { people } = makeAdapter();
    expect(await people!.searchPeople('   ')).to.deep.equal([]);
    expect(await people!.searchPeople('a')).to.have.length(8);
    expect(await people!.searchPeople('a', { limit: 3 })).to.have.length(3);
    const [chloe] = await people!.searchPeople('chloe');
    expect(chloe).to.deep.equal({ id: 'p-01', name: 'Chloé Dubois', title: 'Senior Frontend Engineer', teamId: 't-eng' });
  });

  it('lists the seven teams', async () => {
    const teams = await makeAdapter().people!.listTeams();
    expect(teams.map((t) => t.name)).to.deep.equal([
      'Engineering',
      'Product & Design',
      'Sales',
      'Customer Success',
      'People & Operations',
      'Legal',
      'Office of the CEO',
    ]);
  });

  it('returns copies: changing a result does not change the directory', async () => {
    const adapter = makeAdapter();
    const teams = await adapter.people!.listTeams();
    teams[0]!.name = 'Changed';
    const me = await adapter.me!.getCurrentUser();
    me.roles.push('admin');
    expect((await adapter.people!.listTeams())[0]!.name).to.equal('Engineering');
    expect((await adapter.me!.getCurrentUser()).roles).to.deep.equal([]);
  });

  it('signs in as the seeded default user, or as `userId`', async () => {
    expect((await makeAdapter().me!.getCurrentUser()).name).to.equal('Chloé Dubois');
    const nadia = await makeAdapter({ userId: 'p-29' }).me!.getCurrentUser();
    expect(nadia.name).to.equal('Nadia Haddad');
    expect(nadia.roles).to.include('moderator');
  });

  it('switches user with setCurrentUser and refuses an unknown id', async () => {
    const adapter = makeAdapter();
    adapter.setCurrentUser('p-32');
    expect(adapter.currentUserId).to.equal('p-32');
    expect((await adapter.me!.getCurrentUser()).roles).to.include('admin');
    expect(() => adapter.setCurrentUser('nobody')).to.throw(NotFoundError);
    expect(() => makeAdapter({ userId: 'nobody' })).to.throw(NotFoundError);
    expect(adapter.currentUserId).to.equal('p-32');
  });

  it('lists every user with roles for a "sign in as" switcher', () => {
    const users = makeAdapter().listUsers();
    expect(users.length).to.be.at.least(30);
    expect(users.find((u) => u.id === 'p-29')!.roles).to.include('moderator');
  });

  it('honours the abort signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(makeAdapter().people!.searchPeople('chloe', { signal: controller.signal }));
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
