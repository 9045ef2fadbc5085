import { expect } from '@open-wc/testing';
import { largestRemainder, sharesOf } from '../../src/core/percent.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('largestRemainder', () => {
  it('rounds so the percentages add up to exactly 100', () => {
    expect(largestRemainder([1, 1, 1])).to.deep.equal([34, 33, 33]);
    expect(largestRemainder([2, 1])).to.deep.equal([67, 33]);
    expect(largestRemainder([6, 3, 4, 2])).to.deep.equal([40, 20, 27, 13]);
    expect(largestRemainder([1, 0, 0])).to.deep.equal([100, 0, 0]);
    expect(largestRemainder([5])).to.deep.equal([100]);
  });

  it('gives the missing points to the largest remainders, ties to the earlier item', () => {
    // 14.29 ×7: each floors to 14 (98), the first two of equal remainders get the last 2 points.
    expect(largestRemainder([1, 1, 1, 1, 1, 1, 1])).to.deep.equal([15, 15, 14, 14, 14, 14, 14]);
    // 1/6 = 16.67, 2/6 = 33.33, 3/6 = 50: 16 + 33 + 50 = 99; the .67 gets the point.
    expect(largestRemainder([1, 2, 3])).to.deep.equal([17, 33, 50]);
  });

  it('adds up to 100 for many random tallies', () => {
    for (let i = 0; i < 500; i++) {
      const counts = Array.from({ length: 2 + (i % 9) }, (_, j) => (i * 7919 + j * 104729) % 37);
      const p = largestRemainder(counts);
      if (sum(counts) === 0) expect(sum(p)).to.equal(0);
      else expect(sum(p), counts.join(',')).to.equal(100);
      p.forEach((value, j) => expect(Math.abs(value - (counts[j]! * 100) / sum(counts))).to.be.below(1));
    }
  });

  it('gives zeros for no votes, and ignores negative or broken counts', () => {
    expect(largestRemainder([0, 0])).to.deep.equal([0, 0]);
    expect(largestRemainder([])).to.deep.equal([]);
    expect(largestRemainder([-3, Number.NaN, 2])).to.deep.equal([0, 0, 100]);
  });
});

describe('sharesOf', () => {
  it('gives each option its share of voters, which may add up to more than 100', () => {
    expect(sharesOf([3, 2, 1], 4)).to.deep.equal([75, 50, 25]);
    expect(sharesOf([1, 1], 0)).to.deep.equal([0, 0]);
  });
});
