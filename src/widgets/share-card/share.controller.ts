import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShareCardPort } from '../../adapter/share-card.port.js';
import { ForbiddenError, type ChorusError } from '../../core/errors.js';
import { ShareEvent, SharedEvent } from '../../core/share.events.js';
import { idempotencyKey } from '../../core/idempotency-key.js';
import type { Post, ShareNetwork } from '../../core/share-card.domain.js';
import { shareIntent } from '../../core/share-card.links.js';
import type { ShareLink } from '../../core/share-card.js';
import { errorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { Notice } from '../../ui/states.js';
import { copyText } from '../../ui/clipboard.js';
import { followMailto, openShareWindow, shareNatively } from './hand-over.js';
import { withShare } from './counts.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface ShareControllerOptions {
  t: ChorusLocalize;
  port: () => ShareCardPort | undefined;
  post: () => Post | undefined;
  /** Takes the post with new counts (or the one before, on a rollback). */
  adopt: (post: Post) => void;
  fail: (operation: string, error: unknown) => ChorusError;
  announce: (text: string) => void;
  networkName: (network: ShareNetwork) => string;
  /** The backend refused the record (ForbiddenError: the guidelines changed and must be accepted again). */
  refused?: () => void;
}

/** Text to copy by hand where the clipboard was refused; `href` is where to go once copied. */
export interface ManualCopy {
  kind: 'caption' | 'link';
  network: ShareNetwork;
  text: string;
  href?: string;
  key: string;
}

/** A share handed over but not counted: "Try again" records it with the same key. */
export interface FailedRecord {
  network: ShareNetwork;
  key: string;
  text: string;
}

/**
 * Carries out a share: the tracked link from the port, the network's intent (share-card.links.ts),
 * the hand-over (a new window, mailto:, the share sheet, the clipboard), then one record through
 * the port. One idempotency key per click, reused when the record is retried, so it counts once;
 * the count goes up at once and back, with the reason, when the record fails.
 */
export class ShareController implements ReactiveController {
  notice: Notice | null = null;
  manual: ManualCopy | null = null;
  failed: FailedRecord | null = null;
  busy = false;
  /**
   * Tracked links by post and network: stable per person, fetched ahead so a click opens at once
   * (pop-up blockers want that). Per port: another adapter may be another person, with their own reference.
   */
  private readonly links = new WeakMap<ShareCardPort, Map<string, Promise<ShareLink>>>();

  constructor(
    private readonly host: Host,
    private readonly o: ShareControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(patch: Partial<Pick<ShareController, 'notice' | 'manual' | 'failed' | 'busy'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  dismiss(): void {
    this.set({ notice: null });
  }

  /** Asks for the tracked link ahead of the click; a failure is asked again on the click. */
  link(postId: string, network: ShareNetwork): Promise<ShareLink> {
    const port = this.o.port();
    if (!port) return Promise.reject(new Error('no port'));
    let links = this.links.get(port);
    if (!links) this.links.set(port, (links = new Map<string, Promise<ShareLink>>()));
    const key = `${postId}|${network}`;
    let link = links.get(key);
    if (!link) {
      link = port.getShareLink(postId, network);
      links.set(key, link);
      link.catch(() => links.delete(key));
    }
    return link;
  }

  prefetch(postId: string, network: ShareNetwork): void {
    this.link(postId, network).catch(() => {});
  }

  /** Shares the current post to `network` with the caption `text` (already composed and checked). */
  async share(network: ShareNetwork, text: string): Promise<void> {
    const post = this.o.post();
    if (!post || this.busy) return;
    const { t } = this.o;
    const name = this.o.networkName(network);
    if (!this.host.dispatchEvent(new ShareEvent(post.id, network))) {
      this.set({ notice: { text: t.term('share-card.vetoed'), tone: 'info' } });
      return;
    }
    this.set({ busy: true, notice: null, manual: null, failed: null });
    const key = idempotencyKey();
    try {
      const link = await this.link(post.id, network);
      const action = shareIntent(network, { url: link.url, text, title: post.title });
      if (action.kind === 'native') {
        if (!(await shareNatively(action.data))) return; // closed by the user: nothing shared
      } else if (action.kind === 'copy') {
        if (!(await copyText(action.text))) return this.askManualCopy({ kind: 'link', network, text: action.text, key });
        this.say(t.term('share-card.link-copied'));
      } else if (action.copyCaptionFirst) {
        if (!(await copyText(text))) return this.askManualCopy({ kind: 'caption', network, text, href: action.href, key });
        // Said before the network's window takes the focus.
        this.say(t.term('share-card.copied', name));
        await this.host.updateComplete;
        openShareWindow(action.href);
      } else if (action.href.startsWith('mailto:')) {
        followMailto(this.host.renderRoot as ShadowRoot, action.href);
      } else {
        openShareWindow(action.href);
      }
      void this.record(network, key);
    } catch (error) {
      const typed = this.o.fail('share', error);
      this.set({ notice: { text: `${t.term('share-card.failed')} ${errorText(t, typed)}`, tone: 'error' } });
    } finally {
      this.set({ busy: false });
    }
  }

  private say(text: string): void {
    this.set({ notice: { text, tone: 'info' } });
    this.o.announce(text);
  }

  /** The clipboard was refused: the text is shown selected in a read-only field to copy by hand. */
  private async askManualCopy(manual: ManualCopy): Promise<void> {
    const { t } = this.o;
    const text = manual.kind === 'caption' ? t.term('share-card.copy-refused', this.o.networkName(manual.network)) : t.term('share-card.link-refused');
    this.set({ manual, notice: { text, tone: 'info' } });
    await this.host.updateComplete;
    const field = this.host.renderRoot.querySelector<HTMLTextAreaElement>('.manual-copy textarea');
    field?.focus();
    field?.select();
  }

  /** After a manual copy of the caption: on to the network, then the record. */
  continueManual(): void {
    const manual = this.manual;
    if (!manual?.href) return;
    this.set({ manual: null, notice: null });
    openShareWindow(manual.href);
    void this.record(manual.network, manual.key);
  }

  /** The link was copied by hand (its field's `copy` event): that is the share. */
  copiedManually(): void {
    const manual = this.manual;
    if (!manual || manual.kind !== 'link') return;
    this.set({ manual: null });
    this.say(this.o.t.term('share-card.link-copied'));
    void this.record(manual.network, manual.key);
  }

  /** Records the share with `key`; the count shows it at once and rolls back on failure. */
  async record(network: ShareNetwork, key: string): Promise<void> {
    const post = this.o.post();
    const port = this.o.port();
    if (!post || !port) return;
    const { t } = this.o;
    const name = this.o.networkName(network);
    this.o.adopt(withShare(post, network));
    this.set({ failed: null });
    try {
      const saved = await port.recordShare(post.id, network, { idempotencyKey: key });
      this.o.adopt(saved);
      if (!this.notice || this.notice.tone === 'error') this.set({ notice: null });
      this.o.announce(t.term('share-card.shared', name));
      this.host.dispatchEvent(new SharedEvent(saved, network));
    } catch (error) {
      const current = this.o.post();
      if (current?.id === post.id) this.o.adopt(post);
      const typed = this.o.fail('recordShare', error);
      if (typed instanceof ForbiddenError) this.o.refused?.();
      this.set({ failed: { network, key, text: `${t.term('share-card.record-failed', name)} ${errorText(t, typed)}` }, notice: null });
    }
  }

  /** "Try again" after a failed record: the same key, so a record that did land counts once. */
  retry(): void {
    const failed = this.failed;
    if (failed) void this.record(failed.network, failed.key);
  }
}
