import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChorusError } from '../../core/errors.js';
import { ValidationError } from '../../core/errors.js';
import type { Poll, PollLimits, PollVote } from '../../core/poll.js';
import { graphemeCount } from '../../core/text.js';
import { errorText, fieldErrorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { OTHER } from './ballot.js';

/**
 * The ballot being filled in: what is chosen (options, "Other" and its text, or a score), the
 * checks the backend would make, and the errors shown next to the choices. It starts from the
 * user's own vote once per poll and user, so a live update never undoes what they are choosing.
 */
export class BallotController implements ReactiveController {
  #selected: ReadonlySet<string> = new Set();
  #writeIn = '';
  #score: number | null = null;
  #voteError = '';
  #choiceError = '';
  #writeInError = '';
  /** `${pollId}|${userId}` whose own vote the selection was loaded from. */
  private of = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly t: ChorusLocalize,
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get selected(): ReadonlySet<string> {
    return this.#selected;
  }
  get writeIn(): string {
    return this.#writeIn;
  }
  get score(): number | null {
    return this.#score;
  }
  get voteError(): string {
    return this.#voteError;
  }
  get choiceError(): string {
    return this.#choiceError;
  }
  get writeInError(): string {
    return this.#writeInError;
  }

  set voteError(text: string) {
    this.#voteError = text;
    this.host.requestUpdate();
  }

  /**
   * Starts from `mine` (the user's own vote) unless the selection already belongs to `of` (this
   * poll and user). True when it started afresh.
   */
  startFrom(of: string, mine: () => PollVote | null): boolean {
    if (of === this.of) return false;
    this.of = of;
    const vote = mine();
    this.#selected = new Set([...(vote?.optionIds ?? []), ...(vote?.writeIn ? [OTHER] : [])]);
    this.#writeIn = vote?.writeIn ?? '';
    this.#score = vote?.score ?? null;
    this.clearErrors();
    return true;
  }

  /** The next `startFrom` starts afresh: leaving a change unsent puts back the vote that counts. */
  forget(): void {
    this.of = '';
  }

  clearErrors(): void {
    this.#voteError = '';
    this.#choiceError = '';
    this.#writeInError = '';
    this.host.requestUpdate();
  }

  toggle(poll: Poll, id: string, checked: boolean): void {
    const next = new Set(poll.kind === 'multiple' ? this.#selected : []);
    if (checked) next.add(id);
    else next.delete(id);
    this.#selected = next;
    this.#voteError = '';
    this.#choiceError = '';
    if (!next.has(OTHER)) this.#writeInError = '';
    // Kept as chosen when there are too many: the user decides which one to uncheck.
    if (poll.kind === 'multiple' && checked && next.size > poll.maxChoices) {
      this.#choiceError = this.t.term('poll.too-many', poll.maxChoices);
      this.announce(this.#choiceError);
    }
    this.host.requestUpdate();
  }

  chooseScore(score: number): void {
    this.#score = score;
    this.#voteError = '';
    this.#choiceError = '';
    this.host.requestUpdate();
  }

  setWriteIn(text: string): void {
    this.#writeIn = text;
    this.#writeInError = '';
    this.#voteError = '';
    this.host.requestUpdate();
  }

  vote(poll: Poll): PollVote {
    if (poll.kind === 'enps') return { optionIds: [], writeIn: null, score: this.#score };
    return {
      optionIds: poll.options.map((o) => o.id).filter((id) => this.#selected.has(id)),
      writeIn: this.#selected.has(OTHER) ? this.#writeIn.trim() : null,
      score: null,
    };
  }

  /** The backend's own checks, made first here so most mistakes need no round trip. */
  check(poll: Poll, vote: PollVote, limits: PollLimits): boolean {
    const t = this.t;
    this.clearErrors();
    if (poll.kind === 'enps') {
      if (vote.score === null) this.#choiceError = t.term('poll.enps.required');
    } else {
      const count = vote.optionIds.length + (this.#selected.has(OTHER) ? 1 : 0);
      const max = poll.kind === 'single' ? 1 : poll.maxChoices;
      if (count === 0) this.#choiceError = t.term('poll.choose.required');
      else if (count > max) this.#choiceError = t.term('poll.too-many', max);
      if (this.#selected.has(OTHER)) {
        if (!vote.writeIn) this.#writeInError = t.term('poll.other.required');
        else if (graphemeCount(vote.writeIn) > limits.writeInMax) this.#writeInError = t.term('common.field.too-long', limits.writeInMax);
      }
    }
    return !this.#choiceError && !this.#writeInError;
  }

  /** Takes the user to the choice at fault: the written answer, else the chosen (or first) choice. */
  focus(root: ParentNode): void {
    const target = this.#writeInError
      ? root.querySelector<HTMLElement>('#write-in')
      : root.querySelector<HTMLElement>('fieldset input:checked, fieldset input');
    target?.focus();
  }

  /**
   * Why the backend refused a vote, in words, when the refusal names a field: a written answer's
   * error goes next to it. Undefined for refusals that are not about the ballot.
   */
  refusal(error: ChorusError): string | undefined {
    if (!(error instanceof ValidationError)) return undefined;
    const t = this.t;
    const field = error.fieldErrors[0];
    if (field?.field === 'writeIn') {
      this.#writeInError = fieldErrorText(t, field);
      this.host.requestUpdate();
      return t.term('poll.vote.failed');
    }
    if (field?.field === 'receipt') return t.term('poll.error.receipt');
    if (field?.code === 'too-many' && field.params?.max !== undefined) return `${t.term('poll.vote.failed')} ${t.term('poll.too-many', field.params.max)}`;
    if (field?.code === 'invalid' && field.field === 'optionIds') return t.term('poll.error.unknown-option');
    if (field?.field === 'score') return t.term('poll.enps.required');
    return `${t.term('poll.vote.failed')} ${field ? fieldErrorText(t, field) : errorText(t, error)}`;
  }
}
