import { expect } from '@open-wc/testing';
import { compareCodePoints, compareEntries, competitionRanks } from '../../src/core/leaderboard.order.js';

describe('leaderboard order', () => {
  it('places tied names by code point, folding ASCII case only, as Postgres does in the "C" collation', () => {
    const names = ['😀 Joy', '\uFFFD', 'Émile', 'Zoe', 'zed', 'bo', 'Bo'];
    const sorted = names.map((name, i) => ({ score: 1, name, id: `p${i}` })).sort(compareEntries);
    // UTF-16 order would put the emoji (a surrogate pair) before U+FFFD; UTF-8 and code points put it after.
    expect(sorted.map((e) => e.name)).to.deep.equal(['Bo', 'bo', 'zed', 'Zoe', 'Émile', '\uFFFD', '😀 Joy']);
    expect(compareCodePoints('a', 'ab')).to.be.below(0);
    expect(compareCodePoints('same', 'same')).to.equal(0);
  });

  it('puts higher scores first and breaks full ties by id', () => {
    const sorted = [
      { score: 2, name: 'Sam', id: 'b' },
      { score: 2, name: 'Sam', id: 'a' },
      { score: 9, name: 'Zed', id: 'z' },
    ].sort(compareEntries);
    expect(sorted.map((e) => e.id)).to.deep.equal(['z', 'a', 'b']);
  });

  it('ranks 1, 2, 2, 4 and marks each tied entry', () => {
    expect(competitionRanks([{ score: 9 }, { score: 5 }, { score: 5 }, { score: 1 }, { score: 1 }])).to.deep.equal([
      { rank: 1, tied: false },
      { rank: 2, tied: true },
      { rank: 2, tied: true },
      { rank: 4, tied: true },
      { rank: 4, tied: true },
    ]);
    expect(competitionRanks([])).to.deep.equal([]);
  });
});
