import { ValidationError, type FieldError } from '../../core/errors.js';
import { FeedbackSendEvent, FeedbackSentEvent } from '../../core/feedback.events.js';
import type { FeedbackConfig, FeedbackDraft, FeedbackReceipt } from '../../core/feedback.js';
import { scoreRange, validateFeedback } from '../../core/feedback.rules.js';
import type { Box } from './box.js';
import { copyText } from '../../ui/clipboard.js';
import { dropDraft, dropSendKey, heldSend, readDraft, refused, sendKeyFor, writeDraft, type SendKey } from '../../controllers/draft.controller.js';
import { emptySendDraft, type SendDraft } from './draft-store.js';
import { failureText } from './failure-text.js';
import { findPersonalDetails, findingsKey, type ColleagueFinder, type PersonalDetail } from './personal-details.js';
import type { FeedbackPort, PeoplePort } from '../../adapter/port.js';
import { forgetToken, keepToken } from './token-store.js';

/**
 * The "Send" view's state: the draft (kept in sessionStorage with its idempotency key), the
 * checks before sending (the shared rules, then the personal-details question), the send, and
 * the receipt whose reply token is shown once.
 */
export class SendForm {
  draft: SendDraft = emptySendDraft();
  fieldErrors: FieldError[] = [];
  formError = '';
  /** Asking "Send anyway / Edit message" about these findings. */
  confirming = false;
  sending = false;
  /** Set after a successful send while the "Sent" view shows; gone once the sender leaves it. */
  receipt: FeedbackReceipt | null = null;
  /** That receipt is an earlier send's, found after an edit: the edited text is still in the form. */
  recovered = false;
  keep = true;
  keepFailed = false;
  copy: '' | 'copied' | 'failed' = '';
  /** A draft from an earlier visit was found. */
  restored = false;

  private key = '';
  private readonly sendKeys = new Map<string, SendKey>();
  /** The findings the sender chose to send anyway. */
  private acknowledged = '';
  private findingsOf: { text: string; names: string; colleagues?: ColleagueFinder; found: PersonalDetail[] } = { text: '', names: '', found: [] };
  /** Colleagues' names from the directory, once loaded, and the people port they came from. */
  private colleagues?: ColleagueFinder;
  private colleaguesFrom?: PeoplePort;

  constructor(private readonly box: Box) {}

  private changed(): void {
    this.box.host.requestUpdate();
  }

  /** Switches to the draft stored under `key`. */
  load(key: string): void {
    if (key === this.key) return;
    this.key = key;
    const saved = readDraft<SendDraft>(key) ?? {};
    this.draft = {
      categoryId: String(saved.categoryId ?? ''),
      score: typeof saved.score === 'number' ? saved.score : null,
      message: String(saved.message ?? ''),
    };
    this.restored = !!(this.draft.message.trim() || this.draft.categoryId);
    this.changed();
  }

  /**
   * Drops what the box no longer offers from a restored draft (a topic removed, a score of another
   * kind), so an old draft cannot fail on something the sender cannot see.
   */
  fit(config: FeedbackConfig): void {
    const range = scoreRange(config.scoreKind);
    const { categoryId, score } = this.draft;
    const keepCategory = !categoryId || config.categories.some((c) => c.id === categoryId);
    const keepScore = score === null || (!!range && score >= range.min && score <= range.max);
    if (keepCategory && keepScore) return;
    this.draft = { ...this.draft, categoryId: keepCategory ? categoryId : '', score: keepScore ? score : null };
    writeDraft(this.key, this.draft);
  }

  /** The sender's own name parts, as the page knows them; they never leave the browser. */
  private names(): string[] {
    const name = this.box.setup()?.user?.name;
    return name ? [name] : [];
  }

  get findings(): PersonalDetail[] {
    const names = this.names().join('|');
    const text = this.draft.message;
    if (text.trim()) this.loadColleagues();
    const { colleagues } = this;
    if (this.findingsOf.text !== text || this.findingsOf.names !== names || this.findingsOf.colleagues !== colleagues) {
      this.findingsOf = { text, names, colleagues, found: findPersonalDetails(text, this.names(), colleagues) };
    }
    return this.findingsOf.found;
  }

  /** The directory's names, asked for once the sender types (most visitors never do); the message is not sent for it. */
  private loadColleagues(): void {
    const people = this.box.setup()?.people;
    if (!people || this.colleaguesFrom === people) return;
    this.colleaguesFrom = people;
    // The finder's module comes with the names: a box nobody types in carries neither.
    void import('./directory-names.js')
      .then(({ directoryNames }) => directoryNames(people))
      .catch(() => undefined)
      .then((colleagues) => {
        if (this.colleaguesFrom !== people || !colleagues) return;
        const before = this.findings;
        this.colleagues = colleagues;
        this.announceNewKinds(before, this.findings);
        this.changed();
      });
  }

  /** A new kind of detail found is said once, politely, by kind (the text is still being typed). */
  private announceNewKinds(before: PersonalDetail[], now: PersonalDetail[]): void {
    const had = new Set(before.map((f) => f.kind));
    if (now.some((f) => !had.has(f.kind))) this.announceFindings(now);
  }

  edit(patch: Partial<SendDraft>): void {
    const before = this.findings;
    this.draft = { ...this.draft, ...patch };
    // Editing a field clears its now-stale error (the draft's keys are the rules' field names).
    const fields = Object.keys(patch);
    this.fieldErrors = this.fieldErrors.filter((e) => !fields.includes(e.field));
    this.formError = '';
    this.restored = false;
    if (this.confirming && 'message' in patch) this.confirming = false;
    writeDraft(this.key, this.draft);
    this.announceNewKinds(before, this.findings);
    this.changed();
  }

  private announceFindings(found: PersonalDetail[]): void {
    const t = this.box.t;
    const kinds = [...new Set(found.map((f) => f.kind))].map((kind) => t.term(`feedback.details.kind.${kind}`));
    this.box.announce(`${t.term('feedback.details.title')} ${t.term('feedback.details.found', t.list(kinds))}`);
  }

  async submit(): Promise<void> {
    const setup = this.box.setup();
    if (!setup || this.sending) return;
    const t = this.box.t;
    this.formError = '';
    this.restored = false;
    let valid;
    try {
      valid = validateFeedback(this.draft, setup.config);
      this.fieldErrors = [];
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.fieldErrors = error.fieldErrors;
      this.confirming = false;
      this.changed();
      this.focusFirstInvalid();
      return;
    }
    const found = this.findings;
    if (found.length && findingsKey(found) !== this.acknowledged) {
      this.confirming = true;
      this.changed();
      this.box.focus('.confirm [data-action="edit"]');
      return;
    }
    this.confirming = false;
    if (!this.box.host.dispatchEvent(new FeedbackSendEvent())) {
      this.formError = t.term('feedback.send.vetoed');
      this.changed();
      return;
    }
    this.sending = true;
    this.changed();
    try {
      if (await this.recoverEarlierSend(setup.port, valid)) return;
      // The key is bound to what is sent: a retry of this text is replayed, an edited one is new.
      const receipt = await setup.port.sendFeedback(valid, { idempotencyKey: sendKeyFor(this.key || undefined, valid, this.sendKeys) });
      dropDraft(this.key);
      dropSendKey(this.key || undefined, this.sendKeys);
      this.draft = emptySendDraft();
      this.showReceipt(receipt, false);
    } catch (error) {
      // The draft and its key stay (in sessionStorage too): a retry is stored once. A refusal
      // stored nothing: its key goes.
      if (refused(error)) dropSendKey(this.key || undefined, this.sendKeys);
      const typed = this.box.fail('sendFeedback', error);
      if (typed instanceof ValidationError) {
        this.fieldErrors = typed.fieldErrors;
        this.formError = `${t.term('feedback.send.failed')} ${t.term('common.error.validation')}`;
        this.focusFirstInvalid();
      } else {
        this.formError = failureText(t, typed, t.term('feedback.send.failed'), true);
        this.box.focus('.send-error');
      }
    } finally {
      this.sending = false;
      this.changed();
    }
  }

  /**
   * A send whose answer never came, then an edit: before the edited text goes under a new key, asks
   * whether the first one was stored. If it was, its receipt is shown (its reply token kept) and the
   * edited text stays in the form, unsent; true then. A failed question fails the send (it throws):
   * sending blind could store the feedback twice.
   */
  private async recoverEarlierSend(port: FeedbackPort, draft: FeedbackDraft): Promise<boolean> {
    const held = heldSend<FeedbackDraft>(this.key || undefined, this.sendKeys);
    if (!held || JSON.stringify(held.payload) === JSON.stringify(draft) || !port.findSentFeedback) return false;
    let receipt: FeedbackReceipt | null;
    try {
      receipt = await port.findSentFeedback(held.payload, { idempotencyKey: held.key });
    } catch (error) {
      // Refused (the first text no longer passes the rules, say): nothing was stored under it.
      if (!refused(error)) throw error;
      receipt = null;
    }
    dropSendKey(this.key || undefined, this.sendKeys);
    if (!receipt) return false;
    this.showReceipt(receipt, true);
    return true;
  }

  /** The "Sent" view for `receipt`, its token kept on this device; `recovered`: an earlier send's. */
  private showReceipt(receipt: FeedbackReceipt, recovered: boolean): void {
    this.acknowledged = '';
    this.receipt = receipt;
    this.recovered = recovered;
    this.keep = true;
    this.copy = '';
    this.keepFailed = !keepToken({ token: receipt.replyToken, categoryId: receipt.thread.categoryId, sentAt: receipt.thread.createdAt });
    this.box.announce(this.box.t.term(recovered ? 'feedback.sent.recovered' : 'feedback.sent.title'));
    this.box.host.dispatchEvent(new FeedbackSentEvent());
    this.box.focus('#sent-title');
  }

  /** "Send anyway": the sender has seen what was found and decides to send it. */
  sendAnyway(): void {
    this.acknowledged = findingsKey(this.findings);
    this.confirming = false;
    void this.submit();
  }

  /** "Edit message": back to the text, nothing sent. */
  editMessage(): void {
    this.confirming = false;
    this.changed();
    this.box.focus('#message');
  }

  private focusFirstInvalid(): void {
    const first = this.fieldErrors[0]?.field;
    this.box.focus(first === 'categoryId' ? 'input[name="category"]' : first === 'score' ? 'input[name="score"]' : '#message');
  }

  setKeep(keep: boolean): void {
    const receipt = this.receipt;
    if (!receipt) return;
    this.keep = keep;
    if (keep) this.keepFailed = !keepToken({ token: receipt.replyToken, categoryId: receipt.thread.categoryId, sentAt: receipt.thread.createdAt });
    else {
      forgetToken(receipt.replyToken);
      this.keepFailed = false;
    }
    this.changed();
  }

  async copyToken(field: HTMLInputElement | null): Promise<void> {
    if (!this.receipt) return;
    const ok = await copyText(this.receipt.replyToken, field);
    this.copy = ok ? 'copied' : 'failed';
    this.box.announce(this.box.t.term(ok ? 'feedback.token.copied' : 'feedback.token.copy-failed'));
    this.changed();
  }

  /** Leaves the "Sent" view: the token is not shown again. */
  leaveSent(): void {
    this.receipt = null;
    this.recovered = false;
    this.copy = '';
    this.keepFailed = false;
    this.changed();
  }
}
