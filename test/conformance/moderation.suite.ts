import assert from 'node:assert/strict';
import type { ModerationPort } from '../../src/adapter/moderation.port.js';
import { ForbiddenError, isAbort } from '../../src/core/errors.js';
import type { Report } from '../../src/core/moderation.js';
import { rejection, rejectsWith, sleep } from './assertions.js';
import { conformanceSuite } from './harness.js';
import { kudosKit } from './kudos.kit.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The moderation conformance suite: what any backend behind the `moderation` port must do,
 * checked through the ports only. Plain employees give and report kudos (at most one each, so the
 * kudos suite's rate-limit budget stays whole); `moderator` lists the reports. Only the reports
 * of this run's kudos are looked at, so it runs on a shared backend too. Check ids start with
 * `moderation.`.
 */
export default function moderationConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'moderation', everyone: ['a', 'b', 'c', 'moderator'], port: 'moderation', requires: ['kudos'] }, (suite) => {
    const kit = kudosKit(suite);
    const { check, u, caps } = suite;
    const moderation = (k: UserKey): ModerationPort => u(k).adapter.moderation!;
    /** The reports of these kudos, in the order the list gives them. */
    const reportsOf = async (kudosIds: string[]): Promise<Report[]> =>
      (await moderation('moderator').listReports()).items.filter((r) => kudosIds.includes(r.kudosId));

    check('moderation.list', 'a moderator sees reports made by others, newest first, with kudos id and reason', {}, async () => {
      const older = await kit.give('b', ['c']);
      const newer = await kit.give('c', ['b']);
      await u('a').adapter.kudos!.reportKudos(older.id, '  Not the place for this.  ');
      await sleep(5);
      await u('b').adapter.kudos!.reportKudos(newer.id, 'Names a customer.');
      const ours = await reportsOf([older.id, newer.id]);
      assert.deepEqual(
        ours.map(({ kudosId, reason }) => ({ kudosId, reason })),
        [
          { kudosId: newer.id, reason: 'Names a customer.' },
          { kudosId: older.id, reason: 'Not the place for this.' },
        ],
        'newest first, the reason trimmed',
      );
      for (const report of ours) assert.ok(Number.isFinite(Date.parse(report.reportedAt)), `reportedAt is a date: ${report.reportedAt}`);
      assert.ok(Date.parse(ours[0]!.reportedAt) >= Date.parse(ours[1]!.reportedAt), 'the newer report is not dated before the older');
      if (caps.exclusive) {
        const top = (await moderation('moderator').listReports()).items.slice(0, 2).map((r) => r.kudosId);
        assert.deepEqual(top, [newer.id, older.id], 'on top of the whole list');
      }
    });

    check('moderation.forbidden', 'a plain employee may not list the reports', {}, async () => {
      await rejectsWith(moderation('a').listReports(), ForbiddenError, 'an employee listing the reports');
      await rejectsWith(moderation('c').listReports(), ForbiddenError, 'another employee listing the reports');
    });

    check('moderation.once', 'reporting a kudos twice lists one report, with the first reason', {}, async () => {
      const made = await kit.give('a', ['b']);
      await u('c').adapter.kudos!.reportKudos(made.id, 'First thoughts.');
      await sleep(5);
      await u('c').adapter.kudos!.reportKudos(made.id, 'Second thoughts.');
      const ours = await reportsOf([made.id]);
      assert.deepEqual(
        ours.map((r) => r.reason),
        ['First thoughts.'],
        'one report, the first',
      );
    });

    check('moderation.abort', 'a call with an aborted signal rejects with an AbortError', {}, async () => {
      const error = await rejection(moderation('moderator').listReports({ signal: AbortSignal.abort() }), 'listReports with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });
}
