import { expect } from '@open-wc/testing';
import { kudosListFilter, toKudos, type KudosRecord } from '../../src/core/kudos.view.js';
import type { CurrentUser } from '../../src/core/people.js';

const person = (id: string, teamId: string, roles: CurrentUser['roles'] = []): CurrentUser => ({ id, name: `Name ${id}`, teamId, roles });
const people = new Map([person('ana', 't-eng'), person('ben', 't-sales'), person('cy', 't-eng'), person('mod', 't-ops', ['moderator'])].map((p) => [p.id, p]));

const record = (over: Partial<KudosRecord> = {}): KudosRecord => ({
  id: 'k-1',
  authorId: 'ana',
  recipientIds: ['ben'],
  message: 'Thanks!',
  valueId: 'own-it',
  image: null,
  visibility: 'public',
  createdAt: '2025-06-01T10:00:00.000Z',
  reactions: [],
  commentCount: 0,
  reporterIds: [],
  ...over,
});

describe('core: the kudos view', () => {
  it('orders reactions as configured and names at most three reactors, newest first', () => {
    const kudos = toKudos(
      record({
        reactions: [
          { emoji: '🎉', personIds: ['cy'] },
          { emoji: '👏', personIds: ['mod', 'cy', 'ben', 'ana'] },
        ],
      }),
      people.get('cy'),
      people,
      ['👏', '🎉'],
    );
    expect(kudos.reactions.map((r) => r.emoji)).to.deep.equal(['👏', '🎉']);
    expect(kudos.reactions[0]!.count).to.equal(4);
    expect(kudos.reactions[0]!.people.map((p) => p.id)).to.deep.equal(['mod', 'cy', 'ben']);
    expect(kudos.reactions.every((r) => r.mine)).to.be.true;
  });

  it('shows a person who left as a former colleague, and never anyone’s roles', () => {
    const kudos = toKudos(record({ recipientIds: ['gone', 'mod'] }), undefined, people, []);
    expect(kudos.recipients[0]).to.deep.equal({ id: 'gone', name: 'Former colleague', teamId: '' });
    expect(kudos.recipients[1]).to.not.have.property('roles');
  });

  it('filters by value, person and team, and hides private kudos from outsiders', () => {
    const teamOf = (id: string) => people.get(id)?.teamId;
    const list = [
      record({ id: 'a' }),
      record({ id: 'b', authorId: 'cy', recipientIds: ['ana'], valueId: null }),
      record({ id: 'c', visibility: 'private', recipientIds: ['cy'] }),
      record({ id: 'd', authorId: 'gone', recipientIds: ['ben'] }),
    ];
    const shown = (filter: Parameters<typeof kudosListFilter>[0], viewer = people.get('ben')) =>
      list.filter(kudosListFilter(filter, viewer, teamOf)).map((k) => k.id);
    expect(shown({})).to.deep.equal(['a', 'b', 'd']);
    expect(shown({ valueId: 'own-it' })).to.deep.equal(['a', 'd']);
    expect(shown({ personId: 'ana' })).to.deep.equal(['a', 'b']);
    expect(shown({ teamId: 't-sales' })).to.deep.equal(['a', 'd']);
    expect(shown({ teamId: 't-eng' }, people.get('mod'))).to.deep.equal(['a', 'b', 'c']);
    expect(shown({}, undefined)).to.deep.equal(['a', 'b', 'd']);
  });
});
