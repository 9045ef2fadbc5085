import type { ReactiveControllerHost } from 'lit';
import type { KudosPort } from '../../adapter/port.js';
import { ValidationError, type ChorusError } from '../../core/errors.js';
import { KudosCommentEvent, KudosCommentedEvent, KudosReactEvent, KudosReactedEvent, KudosReportEvent, KudosReportedEvent } from '../../core/kudos.events.js';
import type { Kudos } from '../../core/kudos.js';
import type { CurrentUser } from '../../core/people.js';
import type { DraftController } from '../../controllers/draft.controller.js';
import { errorText, fieldErrorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { Notice } from '../../ui/states.js';
import type { CardActions, CardState } from './kudos-card.js';
import { withReaction, type KudosFeed } from './kudos-feed.js';

/** What the cards' actions need from the wall. */
export interface CardsHost {
  readonly host: ReactiveControllerHost & EventTarget;
  readonly t: ChorusLocalize;
  readonly feed: KudosFeed;
  /** Half-typed comments and report reasons are drafts like the composer's: kept through a reload. */
  readonly drafts: DraftController<{ text: string }>;
  setup(): { port: KudosPort; user: CurrentUser | undefined } | undefined;
  fail(operation: string, error: unknown): ChorusError;
  notify(notice: Notice): void;
}

/** Shared by every card nobody has touched: the same object on each render, so the wall's `guard` skips it. */
const UNTOUCHED: CardState = Object.freeze({});

/**
 * The wall's cards: each card's open panels and half-typed text, and what its buttons do. A card's
 * state object is replaced only when that card changes, so every other card skips rendering.
 */
export class KudosCards {
  private states = new Map<string, CardState>();
  /** Reactions on their way, by card, then emoji: what the user last asked for, and who asked. */
  private readonly reacting = new Map<string, Map<string, { want: boolean; me: CurrentUser }>>();

  constructor(private readonly wall: CardsHost) {}

  state(id: string): CardState {
    return this.states.get(id) ?? UNTOUCHED;
  }

  /**
   * `kudos` as the backend sent it (live or in a reloaded page), with the reactions still on their
   * way shown as the user last asked: an update written before the click must not undo it on screen
   * (a click on that undone button would then do the opposite of what the user meant).
   */
  withPending(kudos: Kudos): Kudos {
    let shown = kudos;
    for (const [emoji, { want, me }] of this.reacting.get(kudos.id) ?? []) shown = withReaction(shown, emoji, want, me);
    return shown;
  }

  /**
   * An open comment list again, after a live update of its kudos (a comment added elsewhere, or
   * one a moderator hid or deleted), without a loading state; a failure keeps what is shown.
   */
  async refreshComments(kudosId: string): Promise<void> {
    const setup = this.wall.setup();
    const state = this.state(kudosId);
    if (!setup || !state.commentsOpen || state.commentsLoading || !state.comments) return;
    try {
      const comments = await setup.port.listComments(kudosId);
      if (this.state(kudosId).commentsOpen) this.actions.patch(kudosId, { comments });
    } catch {
      // The list stays as it was; reopening it loads it again.
    }
  }

  private failed(operation: string, error: unknown, lead: string): string {
    return `${lead} ${errorText(this.wall.t, this.wall.fail(operation, error))}`;
  }

  private keepDraft(part: string, text: string | undefined): void {
    if (text) this.wall.drafts.save({ text }, part);
    else this.wall.drafts.clear(part);
  }

  readonly actions: CardActions = {
    patch: (id, patch) => {
      const next = { ...this.state(id), ...patch };
      const { drafts } = this.wall;
      if (patch.commentsOpen && next.commentDraft === undefined) next.commentDraft = drafts.load(`comment:${id}`)?.text;
      if (patch.reportOpen && next.reportReason === undefined) next.reportReason = drafts.load(`report:${id}`)?.text;
      if ('commentDraft' in patch) this.keepDraft(`comment:${id}`, patch.commentDraft);
      if ('reportReason' in patch) this.keepDraft(`report:${id}`, patch.reportReason);
      this.states = new Map(this.states).set(id, next);
      this.wall.host.requestUpdate();
    },

    react: async (kudos, emoji, active) => {
      const { feed, host } = this.wall;
      const setup = this.wall.setup();
      if (!setup?.user) return;
      if (!host.dispatchEvent(new KudosReactEvent(kudos.id, emoji, active))) return;
      const before = feed.get(kudos.id);
      if (!before) return;
      feed.replace(kudos.id, withReaction(before, emoji, active, setup.user));
      host.requestUpdate();
      // One request at a time per card and emoji, and the user's last click is what is sent last:
      // a slow or retried earlier toggle can neither land after it nor overwrite what is shown.
      const slots = this.reacting.get(kudos.id) ?? new Map<string, { want: boolean; me: CurrentUser }>();
      const running = slots.get(emoji);
      if (running) {
        running.want = active;
        return;
      }
      const series = { want: active, me: setup.user };
      this.reacting.set(kudos.id, slots.set(emoji, series));
      let confirmed = before.reactions.some((r) => r.emoji === emoji && r.mine);
      try {
        // The pressed button is drawn first: the embedded adapter does its write before it answers.
        await host.updateComplete;
        let saved: Kudos | undefined;
        while (!saved || confirmed !== series.want) {
          const sending = series.want;
          saved = await setup.port.setReaction(kudos.id, emoji, sending);
          confirmed = sending;
        }
        if (feed.has(kudos.id)) feed.replace(kudos.id, saved);
        host.requestUpdate();
        host.dispatchEvent(new KudosReactedEvent(saved, emoji, confirmed));
      } catch (error) {
        // A lost answer may hide a write that was done: the backend says what it kept. Offline,
        // back to what it last confirmed, keeping anything that arrived live meanwhile.
        const kept = await setup.port.getKudos(kudos.id).catch(() => undefined);
        const now = feed.get(kudos.id);
        if (now) feed.replace(kudos.id, kept ?? withReaction(now, emoji, confirmed, setup.user));
        host.requestUpdate();
        const mine = kept ? kept.reactions.some((r) => r.emoji === emoji && r.mine) : confirmed;
        if (mine !== series.want) this.wall.notify({ text: this.failed('setReaction', error, this.wall.t.term('kudos.reaction.failed')), tone: 'error' });
      } finally {
        slots.delete(emoji);
        if (!slots.size) this.reacting.delete(kudos.id);
      }
    },

    toggleComments: async (kudos) => {
      const setup = this.wall.setup();
      const open = !this.state(kudos.id).commentsOpen;
      this.actions.patch(kudos.id, { commentsOpen: open });
      if (!open || !setup) return;
      this.actions.patch(kudos.id, { commentsLoading: true, commentsError: '' });
      try {
        const comments = await setup.port.listComments(kudos.id);
        this.actions.patch(kudos.id, { comments, commentsLoading: false });
      } catch (error) {
        this.actions.patch(kudos.id, {
          commentsLoading: false,
          commentsError: errorText(this.wall.t, this.wall.fail('listComments', error)),
        });
      }
    },

    comment: async (kudos) => {
      const { t, feed, host } = this.wall;
      const setup = this.wall.setup();
      const card = this.state(kudos.id);
      const message = (card.commentDraft ?? '').trim();
      if (!setup || card.commentSending) return;
      if (!message) {
        this.actions.patch(kudos.id, { commentError: t.term('common.field.required') });
        return;
      }
      if (!host.dispatchEvent(new KudosCommentEvent(kudos.id, message))) return;
      this.actions.patch(kudos.id, { commentSending: true, commentError: '' });
      const part = `comment:${kudos.id}`;
      try {
        const comment = await setup.port.addComment(kudos.id, message, { idempotencyKey: this.wall.drafts.sendKey(message, part) });
        const comments = [...(this.state(kudos.id).comments ?? []).filter((c) => c.id !== comment.id), comment];
        this.actions.patch(kudos.id, { comments, commentDraft: '', commentSending: false });
        const current = feed.get(kudos.id);
        if (current) feed.replace(kudos.id, { ...current, commentCount: Math.max(current.commentCount, comments.length) });
        host.dispatchEvent(new KudosCommentedEvent(comment));
      } catch (error) {
        this.wall.drafts.answered(error, part);
        const field = error instanceof ValidationError ? error.forField('message') : undefined;
        const text = field ? fieldErrorText(t, field) : this.failed('addComment', error, t.term('kudos.comments.failed'));
        // The draft stays in the field: nothing typed is lost.
        this.actions.patch(kudos.id, { commentSending: false, commentError: text });
      }
    },

    report: async (kudos) => {
      const { t, feed, host } = this.wall;
      const setup = this.wall.setup();
      if (!setup) return;
      const { reportReason, reportCommentId: commentId } = this.state(kudos.id);
      const reason = (reportReason ?? '').trim();
      if (!host.dispatchEvent(new KudosReportEvent(kudos.id, reason, commentId))) return;
      try {
        if (commentId) {
          await setup.port.reportComment(kudos.id, commentId, reason);
          const list = this.state(kudos.id).comments;
          if (list) this.actions.patch(kudos.id, { comments: list.map((c) => (c.id === commentId ? { ...c, reportedByMe: true } : c)) });
        } else {
          await setup.port.reportKudos(kudos.id, reason);
          const current = feed.get(kudos.id);
          if (current) feed.replace(kudos.id, { ...current, reportedByMe: true });
        }
        this.actions.patch(kudos.id, { reportOpen: false, reportCommentId: undefined, reportReason: '' });
        this.wall.notify({ text: t.term('kudos.report.done'), tone: 'info' });
        host.dispatchEvent(new KudosReportedEvent(kudos.id, commentId));
      } catch (error) {
        // The reason stays in the field: nothing typed is lost.
        this.wall.notify({ text: errorText(t, this.wall.fail(commentId ? 'reportComment' : 'reportKudos', error)), tone: 'error' });
      }
    },

    remove: async (kudos) => {
      const { t, feed } = this.wall;
      const setup = this.wall.setup();
      if (!setup) return;
      const removed = feed.remove(kudos.id);
      this.actions.patch(kudos.id, { confirmDelete: false });
      try {
        await setup.port.deleteKudos(kudos.id);
        this.wall.notify({ text: t.term('kudos.delete.done'), tone: 'info' });
      } catch (error) {
        if (removed) feed.restore(removed);
        this.wall.notify({ text: this.failed('deleteKudos', error, t.term('kudos.delete.failed')), tone: 'error' });
      }
    },
  };
}
