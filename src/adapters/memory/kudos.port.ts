import type { CallOptions, CreateOptions, DeleteOptions, KudosPort } from '../../adapter/port.js';
import { ForbiddenError, NotFoundError } from '../../core/errors.js';
import type { Kudos, KudosComment, KudosConfig, KudosDraft, KudosQuery } from '../../core/kudos.js';
import { kudosListFilter } from '../../core/kudos.view.js';
import type { Page } from '../../core/people.js';
import { canDelete, canSee, canSeeComment, checkRateLimit, validateComment, validateDraft, validateReaction, validateReportReason } from './kudos.rules.js';
import { viewComment, viewContext, viewKudos, type ViewContext } from './kudos.view.js';
import { forgetOldKeys } from './idempotency.js';
import { peek } from './draft.js';
import { pageNewestFirst } from './paging.js';
import type { MemoryRuntime } from './runtime.js';
import { compareNewestFirst } from '../../core/order.js';
import { autoHide } from './moderation.port.js';
import { peopleById, type MemoryState, type StoredKudos } from './state.js';

function newId(prefix: string, now: number): string {
  // crypto.randomUUID exists only in secure contexts; intranet pages are often plain http.
  return `${prefix}-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class MemoryKudosPort implements KudosPort {
  constructor(private readonly rt: MemoryRuntime) {}

  private context(state: MemoryState): ViewContext {
    return viewContext(state, this.rt.config.reactions, this.rt.userId());
  }

  /** The kudos if the current user may see it; private kudos of others are "not found", as on a server. */
  private visible(state: MemoryState, kudosId: string): StoredKudos {
    // Inside a write, only the kudos found gets a draft (peek reads the list without one per kudos).
    const index = peek(state.kudos).findIndex((k) => k.id === kudosId);
    const kudos = index < 0 ? undefined : state.kudos[index];
    if (!kudos || !canSee(kudos, this.rt.viewer(state))) throw new NotFoundError();
    return kudos;
  }

  /** Re-reads the state and returns the kudos as the current user now sees it. */
  private view(kudosId: string): Kudos {
    const state = this.rt.store.read();
    return viewKudos(this.visible(state, kudosId), this.context(state));
  }

  async getKudosConfig(options?: CallOptions): Promise<KudosConfig> {
    await this.rt.roundTrip(options?.signal);
    return structuredClone(this.rt.config);
  }

  async listKudos(query: KudosQuery, options?: CallOptions): Promise<Page<Kudos>> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const ctx = this.context(state);
    const shown = kudosListFilter(query?.filter ?? {}, ctx.viewer, (id) => ctx.people.get(id)?.teamId);
    const page = pageNewestFirst(state.kudos, query, shown);
    return { items: page.items.map((k) => viewKudos(k, ctx)), nextCursor: page.nextCursor };
  }

  async getKudos(kudosId: string, options?: CallOptions): Promise<Kudos> {
    await this.rt.roundTrip(options?.signal);
    return this.view(kudosId);
  }

  async giveKudos(draft: KudosDraft, options: CreateOptions): Promise<Kudos> {
    await this.rt.roundTrip(options?.signal);
    const now = this.rt.now();
    const state = this.rt.store.read();
    const author = this.rt.viewer(state);
    const key = options?.idempotencyKey ? `${author.id}|kudos|${options.idempotencyKey}` : null;
    const earlier = key ? state.idempotency[key] : undefined;
    // A retry of a request that already succeeded: same answer, nothing new.
    if (earlier) return this.view(earlier.id);

    const valid = validateDraft(draft, this.rt.config, peopleById(state), author, this.rt.imageHosts);
    const id = this.rt.store.mutate((next) => {
      next.recentGives[author.id] = [...checkRateLimit(next.recentGives[author.id] ?? [], now, this.rt.rateLimit), now];
      const kudos: StoredKudos = {
        id: newId('k', now),
        authorId: author.id,
        ...valid,
        createdAt: new Date(now).toISOString(),
        reactions: [],
        comments: [],
        reports: [],
      };
      // Read without a draft per kudos (a wall may hold thousands); a new list shares the rest.
      const all = peek(next.kudos);
      const at = all.findIndex((k) => compareNewestFirst(kudos, k) < 0);
      next.kudos = at < 0 ? [...all, kudos] : [...all.slice(0, at), kudos, ...all.slice(at)];
      if (key) next.idempotency[key] = { id: kudos.id, at: now };
      forgetOldKeys(next, now);
      return kudos.id;
    });
    return this.view(id);
  }

  async setReaction(kudosId: string, emoji: string, active: boolean, options?: CallOptions): Promise<Kudos> {
    await this.rt.roundTrip(options?.signal);
    validateReaction(emoji, this.rt.config);
    const state = this.rt.store.read();
    const userId = this.rt.viewer(state).id;
    const kudos = this.visible(state, kudosId);
    const mine = (r: { emoji: string; personId: string }) => r.emoji === emoji && r.personId === userId;
    // Already as asked: no write, no live event, same answer (idempotent).
    if (kudos.reactions.some(mine) !== active) {
      this.rt.store.mutate((next) => {
        const target = this.visible(next, kudosId);
        if (active) target.reactions.push({ emoji, personId: userId });
        else target.reactions = target.reactions.filter((r) => !mine(r));
      });
    }
    return this.view(kudosId);
  }

  async listComments(kudosId: string, options?: CallOptions): Promise<KudosComment[]> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const ctx = this.context(state);
    return this.visible(state, kudosId)
      .comments.filter((c) => canSeeComment(c, ctx.viewer))
      .map((c) => viewComment(c, kudosId, ctx));
  }

  async addComment(kudosId: string, message: string, options: CreateOptions): Promise<KudosComment> {
    await this.rt.roundTrip(options?.signal);
    const now = this.rt.now();
    const state = this.rt.store.read();
    const author = this.rt.viewer(state);
    this.visible(state, kudosId);
    const key = options?.idempotencyKey ? `${author.id}|comment|${kudosId}|${options.idempotencyKey}` : null;
    const earlier = key ? state.idempotency[key] : undefined;
    const find = (s: MemoryState, id: string) => {
      const comment = this.visible(s, kudosId).comments.find((c) => c.id === id);
      if (!comment) throw new NotFoundError();
      return viewComment(comment, kudosId, this.context(s));
    };
    if (earlier) return find(state, earlier.id);

    const text = validateComment(message, this.rt.config);
    const id = this.rt.store.mutate((next) => {
      const comment = { id: newId('c', now), authorId: author.id, message: text, createdAt: new Date(now).toISOString() };
      this.visible(next, kudosId).comments.push(comment);
      if (key) next.idempotency[key] = { id: comment.id, at: now };
      forgetOldKeys(next, now);
      return comment.id;
    });
    return find(this.rt.store.read(), id);
  }

  async reportKudos(kudosId: string, reason: string, options?: CallOptions): Promise<void> {
    await this.rt.roundTrip(options?.signal);
    const text = validateReportReason(reason);
    const state = this.rt.store.read();
    const userId = this.rt.viewer(state).id;
    // Reporting twice keeps the first report: one person is one signal for moderators.
    if (this.visible(state, kudosId).reports.some((r) => r.personId === userId)) return;
    const now = this.rt.now();
    this.rt.store.mutate((next) => {
      this.visible(next, kudosId).reports.push({ personId: userId, reason: text, createdAt: new Date(now).toISOString() });
      autoHide(next, { kind: 'kudos', id: kudosId }, this.rt.autoHideReports, now);
    });
  }

  async reportComment(kudosId: string, commentId: string, reason: string, options?: CallOptions): Promise<void> {
    await this.rt.roundTrip(options?.signal);
    const text = validateReportReason(reason);
    const state = this.rt.store.read();
    const user = this.rt.viewer(state);
    const comment = this.visible(state, kudosId).comments.find((c) => c.id === commentId);
    if (!comment || !canSeeComment(comment, user)) throw new NotFoundError();
    // Reporting twice keeps the first report: one person is one signal for moderators.
    if (comment.reports?.some((r) => r.personId === user.id)) return;
    const now = this.rt.now();
    this.rt.store.mutate((next) => {
      const target = this.visible(next, kudosId).comments.find((c) => c.id === commentId)!;
      target.reports = [...(target.reports ?? []), { personId: user.id, reason: text, createdAt: new Date(now).toISOString() }];
      autoHide(next, { kind: 'comment', id: commentId }, this.rt.autoHideReports, now);
    });
  }

  async deleteKudos(kudosId: string, options?: DeleteOptions): Promise<void> {
    await this.rt.roundTrip(options?.signal);
    const state = this.rt.store.read();
    const kudos = this.visible(state, kudosId);
    if (!canDelete(kudos, this.rt.viewer(state))) {
      throw new ForbiddenError('Only the author or a moderator can delete this kudos.');
    }
    await options?.precondition?.(viewKudos(kudos, this.context(state)));
    this.rt.store.mutate((next) => {
      next.kudos = next.kudos.filter((k) => k.id !== kudosId);
    });
  }
}
