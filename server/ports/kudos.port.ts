import type { DeleteOptions, KudosPort } from '../../src/adapter/port.js';
import { ForbiddenError, NotFoundError } from '../../src/core/errors.js';
import type { Kudos, KudosComment, KudosConfig, KudosDraft, KudosQuery } from '../../src/core/kudos.js';
import {
  canDelete,
  canSee,
  canSeeComment,
  validateComment,
  validateDraft,
  validateReaction,
  validateReportReason,
  type RateLimit,
} from '../../src/core/kudos.rules.js';
import type { CurrentUser, Page } from '../../src/core/people.js';
import type { Db, Queryable } from '../db/db.js';
import { DEFAULT_AUTO_HIDE_REPORTS } from '../../src/core/moderation.rules.js';
import * as store from '../kudos.store.js';
import { peopleNamed, toComment, toKudos, type KudosRecord } from '../kudos.view.js';
import { recordChangedEvent, recordEvent } from '../live.js';
import { autoHide } from './moderation.port.js';
import { usersById } from '../people.store.js';
import { takeRateSlot } from '../rate-limit.js';

/*
 * Kudos in SQL as the port the edge's routes call (edge/routes/kudos.ts), with the embedded
 * adapter's order of checks (src/adapters/memory/kudos.port.ts): the rules
 * (src/core/kudos.rules.ts), then visibility (404) and permission (403). Each write and its live
 * event (recordEvent) share one transaction.
 */

/** Page size when the caller names none (the contract's default). */
const PAGE_LIMIT = 20;

export class SqlKudosPort implements KudosPort {
  constructor(
    private readonly db: Db,
    private readonly user: CurrentUser,
    private readonly config: KudosConfig,
    private readonly rateLimit: RateLimit,
    private readonly now: () => number,
    private readonly imageHosts: readonly string[] = [],
    /** Reports that hide a kudos until a moderator looks (0: never). */
    private readonly autoHideReports: number = DEFAULT_AUTO_HIDE_REPORTS,
  ) {}

  private async view(db: Queryable, record: KudosRecord): Promise<Kudos> {
    return toKudos(record, this.user, await usersById(db, peopleNamed([record])), this.config.reactions);
  }

  /** The kudos if the user may see it; a private kudos of others is "not found", never "forbidden". */
  private async visible(db: Queryable, id: string): Promise<KudosRecord> {
    const record = await store.loadRecord(db, id);
    if (!record || !canSee(record, this.user)) throw new NotFoundError();
    return record;
  }

  async getKudosConfig(): Promise<KudosConfig> {
    return structuredClone(this.config);
  }

  async listKudos(query: KudosQuery): Promise<Page<Kudos>> {
    const user = this.user;
    const limit = Math.max(1, Math.min(100, Math.floor(query.limit ?? PAGE_LIMIT)));
    const { records, more } = await store.listRecords(this.db, user, { filter: query.filter ?? {}, cursor: query.cursor ?? null, limit });
    // The SQL filter is core's canSee; this keeps a future change to one from leaking past the other.
    const seen = records.filter((r) => canSee(r, user));
    const people = await usersById(this.db, peopleNamed(seen));
    const last = records[records.length - 1];
    return {
      items: seen.map((r) => toKudos(r, user, people, this.config.reactions)),
      nextCursor: more && last ? store.encodeCursor(last) : null,
    };
  }

  async getKudos(kudosId: string): Promise<Kudos> {
    return this.view(this.db, await this.visible(this.db, kudosId));
  }

  async giveKudos(draft: KudosDraft): Promise<Kudos> {
    const user = this.user;
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const ids = Array.isArray(draft.recipientIds) ? draft.recipientIds : [];
      // The recipients who exist, as people: the rules ask which do, the answer names them.
      const recipients = await usersById(
        tx,
        ids.filter((id): id is string => typeof id === 'string'),
      );
      const valid = validateDraft(draft, this.config, new Set(recipients.keys()), user, this.imageHosts);
      await takeRateSlot(tx, user.id, 'kudos', now, this.rateLimit);
      const record = await store.insertKudos(tx, user.id, valid, now);
      const kudos = toKudos(record, user, new Map([...recipients, [user.id, user]]), this.config.reactions);
      // Last: the events lock is held from here to the commit.
      await recordEvent(tx, 'created', record, now);
      return kudos;
    });
  }

  async setReaction(kudosId: string, emoji: string, active: boolean): Promise<Kudos> {
    validateReaction(emoji, this.config);
    return this.db.transaction(async (tx) => {
      const record = await this.visible(tx, kudosId);
      // Already as asked: no write and no live event. The answer is read after the write either
      // way: a concurrent same request (a retry) may have made the change after `record` was read.
      if (await store.setReaction(tx, record.id, this.user.id, emoji, active)) await recordEvent(tx, 'updated', record, this.now());
      return this.view(tx, (await store.loadRecord(tx, record.id))!);
    });
  }

  async listComments(kudosId: string): Promise<KudosComment[]> {
    const record = await this.visible(this.db, kudosId);
    const comments = await store.listComments(this.db, record.id);
    const people = await usersById(
      this.db,
      comments.map((m) => m.authorId),
    );
    return comments.filter((m) => canSeeComment(m, this.user)).map((m) => toComment(m, people, this.user));
  }

  async addComment(kudosId: string, message: string): Promise<KudosComment> {
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const text = validateComment(message, this.config);
      const record = await this.visible(tx, kudosId);
      const id = await store.insertComment(tx, record.id, this.user.id, text, now);
      await recordEvent(tx, 'updated', record, now);
      return toComment((await store.loadComment(tx, id))!, await usersById(tx, [this.user.id]), this.user);
    });
  }

  async reportKudos(kudosId: string, reason: string): Promise<void> {
    const text = validateReportReason(reason);
    const now = this.now();
    await this.db.transaction(async (tx) => {
      const record = await this.visible(tx, kudosId);
      // Reporting twice keeps the first report: one person is one signal for moderators.
      if (!(await store.insertReport(tx, record.id, this.user.id, text, now))) return;
      // Only the reporter's view changed (`reportedByMe`), unless the reports now hide it.
      await recordEvent(tx, 'updated', record, now, this.user.id);
      await autoHide(tx, { kind: 'kudos', id: record.id }, record.id, this.autoHideReports, now);
      await recordChangedEvent(tx, 'moderation', record.id, now);
    });
  }

  async reportComment(kudosId: string, commentId: string, reason: string): Promise<void> {
    const text = validateReportReason(reason);
    const now = this.now();
    await this.db.transaction(async (tx) => {
      const record = await this.visible(tx, kudosId);
      const comment = await store.loadComment(tx, commentId);
      if (!comment || comment.kudosId !== record.id || !canSeeComment(comment, this.user)) throw new NotFoundError();
      // Reporting twice keeps the first report: one person is one signal for moderators.
      if (!(await store.insertCommentReport(tx, comment.id, this.user.id, text, now))) return;
      await autoHide(tx, { kind: 'comment', id: comment.id }, record.id, this.autoHideReports, now);
      await recordChangedEvent(tx, 'moderation', comment.id, now);
    });
  }

  async deleteKudos(kudosId: string, options?: DeleteOptions): Promise<void> {
    await this.db.transaction(async (tx) => {
      const record = await this.visible(tx, kudosId);
      if (!canDelete(record, this.user)) throw new ForbiddenError('Only the author or a moderator can delete this kudos.');
      if (options?.precondition) await options.precondition(await this.view(tx, record));
      if (!(await store.deleteKudos(tx, kudosId))) throw new NotFoundError();
      await recordEvent(tx, 'deleted', record, this.now());
    });
  }
}
