import { conformanceSuite } from './harness.js';
import { kudosKit } from './kudos.kit.js';
import { kudosLiveChecks } from './kudos.live.checks.js';
import { kudosRequestChecks } from './kudos.requests.checks.js';
import { kudosSocialChecks } from './kudos.social.checks.js';
import { kudosWallChecks } from './kudos.wall.checks.js';
import type { ConformanceTarget } from './target.js';

/*
 * The kudos conformance suite: what any backend behind the port must do, checked through the
 * port only (no HTTP, no DOM), so the same checks run against the embedded adapter, the REST
 * adapter on MSW, on the reference server, and on anyone's backend. It does not depend on seed
 * data: it gives the kudos it needs and looks only at what it created (or, on an exclusive
 * target, at the whole wall). A check whose needs the target does not meet is skipped, saying
 * why; a check listed in the target's `knownGaps` runs as TODO.
 *
 * The checks give at most 8 kudos per user, so they stay under a limit of 10 per minute.
 */
export function kudosConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'kudos', everyone: ['a', 'b', 'c'], requires: ['people', 'kudos'] }, (suite) => {
    const kit = kudosKit(suite);
    kudosWallChecks(kit);
    kudosSocialChecks(kit);
    kudosLiveChecks(kit);
    kudosRequestChecks(kit);
  });
}
