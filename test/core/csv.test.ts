import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../../src/core/csv.js';

describe('csv', () => {
  it('writes text that starts like a formula as text (CSV injection)', () => {
    for (const cell of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(cell).replace(/^"/, '')).to.match(/^'/, cell);
    }
    expect(csvCell('Fruit')).to.equal('Fruit');
    expect(csvCell('Lisbon - Porto')).to.equal('Lisbon - Porto');
  });

  it('quotes commas, quotes and line breaks, and keeps numbers (a negative eNPS too) as numbers', () => {
    expect(csvCell('Tea, please')).to.equal('"Tea, please"');
    expect(csvCell('the "good" one')).to.equal('"the ""good"" one"');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(-20)).to.equal('-20');
    expect(
      toCsv([
        ['Answer', 'Votes'],
        ['=1+1', 3],
      ]),
    ).to.equal("\ufeffAnswer,Votes\r\n'=1+1,3\r\n");
  });
});
