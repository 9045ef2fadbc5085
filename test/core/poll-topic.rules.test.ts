import { expect } from '@open-wc/testing';
import { ValidationError } from '../../src/core/errors.js';
import { DEFAULT_POLL_LIMITS, plainPollDraft, validatePollDraft } from '../../src/core/poll.rules.js';
import { TOPIC_MAX, validTopicQuery } from '../../src/core/poll-topic.rules.js';

/** The field error a topic gets in a draft, or null when the draft passes. */
function draftTopicError(topic: unknown): string | null {
  try {
    validatePollDraft(plainPollDraft('Which one?', ['A', 'B'], { topic: topic as string }), DEFAULT_POLL_LIMITS, Date.now());
    return null;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.fieldErrors.find((f) => f.field === 'topic')?.code ?? null;
  }
}

describe('poll topic rules', () => {
  it('stores a topic trimmed, NFKC and lower case, and no topic as null', () => {
    const valid = (topic: string | null | undefined) =>
      validatePollDraft(plainPollDraft('Which one?', ['A', 'B'], { topic }), DEFAULT_POLL_LIMITS, Date.now()).topic;
    expect(valid('  Town-Hall ')).to.equal('town-hall');
    expect(valid('ＴＯＷＮ-hall')).to.equal('town-hall');
    expect(valid('réunion-générale')).to.equal('réunion-générale');
    expect(valid('q4-2026')).to.equal('q4-2026');
    expect(valid('')).to.equal(null);
    expect(valid(null)).to.equal(null);
    expect(valid(undefined)).to.equal(null);
  });

  it('refuses what is not words of letters and digits joined by single hyphens, or is too long', () => {
    for (const topic of ['town hall', 'town--hall', '-town', 'town-', 'town_hall', 'town/hall', 'a\u0000b', '<b>', '👏']) {
      expect(draftTopicError(topic), JSON.stringify(topic)).to.equal('invalid');
    }
    expect(draftTopicError(42)).to.equal('invalid');
    expect(draftTopicError('a'.repeat(TOPIC_MAX))).to.equal(null);
    expect(draftTopicError('a'.repeat(TOPIC_MAX + 1))).to.equal('too-long');
  });

  it('looks up the normalized topic, any topic without one, and refuses a hostile one', () => {
    expect(validTopicQuery(' Town-Hall ')).to.equal('town-hall');
    expect(validTopicQuery(undefined)).to.equal(null);
    expect(validTopicQuery('')).to.equal(null);
    expect(() => validTopicQuery('town\u0000hall')).to.throw(ValidationError);
    expect(() => validTopicQuery('a'.repeat(10_000))).to.throw(ValidationError);
  });
});
