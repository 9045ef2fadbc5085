import { expect } from '@open-wc/testing';
import { produce } from '../../../src/adapters/memory/draft.js';

/* The store's writes: `change` edits what looks like a deep copy; the previous state stays as it was. */

interface Item {
  id: string;
  tags: string[];
  meta: { n: number };
}
interface State {
  rev: number;
  items: Item[];
  index: Record<string, number>;
}

const state = (): State => ({
  rev: 1,
  items: [
    { id: 'a', tags: ['x'], meta: { n: 1 } },
    { id: 'b', tags: [], meta: { n: 2 } },
    { id: 'c', tags: ['y'], meta: { n: 3 } },
  ],
  index: { a: 0, b: 1, c: 2 },
});

describe('memory store drafts (produce)', () => {
  it('leaves the previous state exactly as it was, whatever the change does', () => {
    const prev = state();
    const before = JSON.stringify(prev);
    const { next } = produce(prev, (draft) => {
      draft.rev++;
      draft.items.find((i) => i.id === 'b')!.tags.push('new');
      draft.items[0]!.meta.n = 10;
      draft.items.splice(2, 1);
      draft.items.unshift({ id: 'z', tags: [], meta: { n: 0 } });
      delete draft.index.c;
      draft.index.z = 0;
    });
    expect(JSON.stringify(prev)).to.equal(before);
    expect(next).to.deep.equal({
      rev: 2,
      items: [
        { id: 'z', tags: [], meta: { n: 0 } },
        { id: 'a', tags: ['x'], meta: { n: 10 } },
        { id: 'b', tags: ['new'], meta: { n: 2 } },
      ],
      index: { a: 0, b: 1, z: 0 },
    });
  });

  it('keeps a change deep inside a record found in a list', () => {
    const prev = state();
    const { next } = produce(prev, (draft) => {
      draft.items.find((i) => i.id === 'c')!.tags.push('z');
    });
    expect(next.items[2]!.tags).to.deep.equal(['y', 'z']);
    expect(prev.items[2]!.tags).to.deep.equal(['y']);
  });

  it('copies only what changed: untouched records are shared with the previous state', () => {
    const prev = state();
    const { next } = produce(prev, (draft) => {
      draft.items[1]!.meta.n = 20;
    });
    expect(next.items[0]).to.equal(prev.items[0]);
    expect(next.items[2]).to.equal(prev.items[2]);
    expect(next.items[1]!.tags).to.equal(prev.items[1]!.tags);
    expect(next.index).to.equal(prev.index);
    expect(next.items[1]).not.to.equal(prev.items[1]);
    expect(next.items[1]!.meta).to.deep.equal({ n: 20 });
  });

  it('resolves records moved or filtered into new arrays, changed or not, to plain objects', () => {
    const prev = state();
    const { next } = produce(prev, (draft) => {
      draft.items[2]!.tags.push('moved');
      draft.items = draft.items.filter((i) => i.id !== 'a');
    });
    // structuredClone throws on a proxy: the result holds none (it crosses tabs on a BroadcastChannel).
    expect(structuredClone(next)).to.deep.equal(next);
    expect(next.items.map((i) => i.id)).to.deep.equal(['b', 'c']);
    expect(next.items[0]).to.equal(prev.items[1]);
    expect(next.items[1]!.tags).to.deep.equal(['y', 'moved']);
    expect(prev.items).to.have.length(3);
  });

  it('writes nothing when the change throws, and a draft kept past the change cannot be used', () => {
    const prev = state();
    let kept: Item | undefined;
    expect(() =>
      produce(prev, (draft) => {
        kept = draft.items[0];
        draft.items[0]!.meta.n = 99;
        throw new Error('invalid');
      }),
    ).to.throw('invalid');
    expect(prev.items[0]!.meta.n).to.equal(1);
    expect(() => kept!.id).to.throw(TypeError);
  });

  it('returns the change’s result, resolved when it is part of the draft', () => {
    const prev = state();
    const { next, result } = produce(prev, (draft) => {
      draft.items[0]!.meta.n = 5;
      return draft.items[0]!;
    });
    expect(result).to.equal(next.items[0]);
    expect(structuredClone(result)).to.deep.equal({ id: 'a', tags: ['x'], meta: { n: 5 } });
  });
});
