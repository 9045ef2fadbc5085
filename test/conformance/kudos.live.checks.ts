import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Kudos } from '../../src/core/kudos.js';
import { LiveRecorder, eventKudosId } from './live-recorder.js';
import { sleep } from './assertions.js';
import { T } from './harness.js';
import type { KudosKit } from './kudos.kit.js';

/* The kudos checks of live updates: who hears what, and when they stop. */
export function kudosLiveChecks(kit: KudosKit): void {
  const { check, group, u, id, give, mustFind, reaction, text } = kit;

  group('live updates', { live: true }, () => {
    let bHears: LiveRecorder;
    let cHears: LiveRecorder;
    /** A public kudos a toggles a reaction on, to learn that streams are connected. */
    let probe: Kudos;
    let given: Kudos;
    let secret: Kudos;
    const emoji = () => kit.config.reactions[0]!;

    /** Whether a's reaction is on the probe now. */
    let probeOn = false;

    /** Toggles a's reaction on the probe: an event everyone who listens may see. */
    async function flip(): Promise<void> {
      const view = await u('a').adapter.kudos!.setReaction(probe.id, emoji(), !probeOn);
      probeOn = reaction(view, emoji()).mine;
    }

    /** Flips the probe until every recorder has heard of it: their streams are open. */
    async function untilConnected(recorders: LiveRecorder[]): Promise<void> {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const marks = recorders.map((r) => r.mark());
        await flip();
        try {
          await Promise.all(recorders.map((r, i) => r.waitFor((e) => eventKudosId(e) === probe.id, { since: marks[i], ms: 700 })));
          return;
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`live updates did not start within 20 s: ${String(error)}`, { cause: error });
        }
      }
    }

    /** Flips the probe and waits until `recorder` hears of it: anything sent before has arrived. */
    async function heardUpToNow(recorder: LiveRecorder): Promise<void> {
      const mark = recorder.mark();
      await flip();
      await recorder.waitFor((e) => eventKudosId(e) === probe.id, { since: mark, what: 'the probe' });
    }

    before(
      async () => {
        bHears = new LiveRecorder(u('b').adapter, 'b');
        cHears = new LiveRecorder(u('c').adapter, 'c');
        probe = (await u('a').adapter.kudos!.listKudos({ limit: 20 })).items.find((k) => k.visibility === 'public') ?? (await give('a', ['b']));
        probeOn = reaction(probe, emoji()).mine;
        await untilConnected([bHears, cHears]);
      },
      { timeout: T.live },
    );

    after(() => {
      bHears?.unsubscribe();
      cHears?.unsubscribe();
    });

    check(
      'live.created',
      'a kudos a gives reaches b and c, as each of them sees it',
      { live: true },
      async () => {
        const [bMark, cMark] = [bHears.mark(), cHears.mark()];
        given = await give('a', ['b']);
        const heard = await bHears.waitFor((e) => e.type === 'created' && e.kudos.id === given.id, {
          since: bMark,
          what: `"created" for ${given.id}`,
        });
        await cHears.waitFor((e) => e.type === 'created' && e.kudos.id === given.id, { since: cMark, what: `"created" for ${given.id}` });
        assert.equal(heard.type, 'created');
        if (heard.type === 'created')
          assert.deepEqual(heard.kudos, await mustFind('b', given.id, { personId: id('b') }), 'the event carries the kudos as b sees it');
      },
      T.live,
    );

    check(
      'live.updated',
      'reactions arrive as updates, with `mine` as the listener sees it',
      { live: true },
      async () => {
        assert.ok(given, 'needs live.created');
        const mark = bHears.mark();
        await u('a').adapter.kudos!.setReaction(given.id, emoji(), true);
        const heard = await bHears.waitFor((e) => e.type === 'updated' && e.kudos.id === given.id && reaction(e.kudos, emoji()).count === 1, {
          since: mark,
          what: 'the reaction',
        });
        assert.ok(heard.type === 'updated');
        assert.equal(reaction(heard.kudos, emoji()).mine, false, "a's reaction is not b's: `mine` is computed for the listener");
        const mark2 = bHears.mark();
        await u('b').adapter.kudos!.setReaction(given.id, emoji(), true);
        const own = await bHears.waitFor((e) => e.type === 'updated' && e.kudos.id === given.id && reaction(e.kudos, emoji()).count === 2, {
          since: mark2,
          what: "b's own reaction",
        });
        assert.ok(own.type === 'updated' && reaction(own.kudos, emoji()).mine, "b's own reaction is mine");
      },
      T.live,
    );

    check(
      'live.private',
      'a private kudos reaches its recipient, and nobody else',
      { live: true },
      async () => {
        const cMark = cHears.mark();
        secret = await give('a', ['c'], { visibility: 'private', message: text('a private thank-you, live.') });
        await cHears.waitFor((e) => e.type === 'created' && e.kudos.id === secret.id, { since: cMark, what: 'the private kudos' });
        // Once b has heard of something that happened after it, b would have had it too.
        await heardUpToNow(bHears);
        await u('a').adapter.kudos!.deleteKudos(secret.id);
        await cHears.waitFor((e) => e.type === 'deleted' && e.id === secret.id, { since: cMark, what: "the private kudos' deletion" });
        await heardUpToNow(bHears);
        assert.deepEqual(bHears.about(secret.id), [], 'b heard nothing of the private kudos, nor of its deletion');
      },
      T.live,
    );

    check(
      'live.deleted',
      'a deletion reaches everyone who saw the kudos',
      { live: true },
      async () => {
        assert.ok(given, 'needs live.created');
        const [bMark, cMark] = [bHears.mark(), cHears.mark()];
        await u('a').adapter.kudos!.deleteKudos(given.id);
        await bHears.waitFor((e) => e.type === 'deleted' && e.id === given.id, { since: bMark, what: 'the deletion' });
        await cHears.waitFor((e) => e.type === 'deleted' && e.id === given.id, { since: cMark, what: 'the deletion' });
      },
      T.live,
    );

    check(
      'live.unsubscribe',
      'after unsubscribing, a listener is called no more',
      { live: true },
      async () => {
        const calls = bHears.calls;
        bHears.unsubscribe();
        await heardUpToNow(cHears);
        await heardUpToNow(cHears);
        await sleep(200);
        assert.equal(bHears.calls, calls, "b's listener was not called");
      },
      T.live,
    );
  });
}
