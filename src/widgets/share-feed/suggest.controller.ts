import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import { ValidationError, type ChorusError } from '../../core/errors.js';
import { idempotencyKey } from '../../core/idempotency-key.js';
import type { Post } from '../../core/share-card.domain.js';
import { errorText, fieldErrorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

export interface SuggestHost {
  t: ChorusLocalize;
  port: () => ShareCardPort | undefined;
  fail: (operation: string, error: unknown) => ChorusError;
  announce: (text: string) => void;
  suggested: (post: Post) => void;
}

/**
 * The "Suggest a link" form: what the person typed stays until it is sent (a failure keeps it,
 * with the backend's field errors beside their fields); one idempotency key per suggestion, kept
 * across retries so a retried send suggests once.
 */
export class SuggestController implements ReactiveController {
  open = false;
  url = '';
  note = '';
  errors: { url?: string; note?: string } = {};
  formError = '';
  sending = false;
  /** The confirmation after a suggestion was stored (until the form is opened again). */
  sent = false;
  private key = idempotencyKey();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: SuggestHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  toggle(): void {
    this.open = !this.open;
    if (this.open) this.sent = false;
    this.host.requestUpdate();
  }

  edit(field: 'url' | 'note', value: string): void {
    // A change is a new suggestion: a retry of the old one must not store this one under its key.
    if (this[field] !== value) this.key = idempotencyKey();
    this[field] = value;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    this.host.requestUpdate();
  }

  async submit(): Promise<void> {
    const port = this.o.port();
    if (!port || this.sending) return;
    const t = this.o.t;
    this.sending = true;
    this.formError = '';
    this.errors = {};
    this.host.requestUpdate();
    try {
      const post = await port.suggestPost({ url: this.url, note: this.note }, { idempotencyKey: this.key });
      this.url = '';
      this.note = '';
      this.key = idempotencyKey();
      this.open = false;
      this.sent = true;
      this.o.announce(t.term('share-feed.suggest.sent'));
      this.o.suggested(post);
    } catch (error) {
      const typed = this.o.fail('suggestPost', error);
      if (typed instanceof ValidationError && typed.fieldErrors.some((f) => f.field === 'url' || f.field === 'note')) {
        const url = typed.forField('url');
        const note = typed.forField('note');
        this.errors = {
          url: url && (url.code === 'invalid' ? t.term('share-feed.suggest.url-invalid') : fieldErrorText(t, url)),
          note: note && fieldErrorText(t, note),
        };
      } else {
        this.formError = `${t.term('share-feed.suggest.failed')} ${errorText(t, typed)}`;
      }
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }
}
