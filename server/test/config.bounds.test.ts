import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FEEDBACK_CONFIG_BOUNDS, KUDOS_CONFIG_BOUNDS, POLL_LIMITS_BOUNDS } from '../../src/core/config.rules.js';
import { createApp, type AppOptions } from '../app.js';
import { DevSessionAuth } from '../auth/session.js';
import { openPglite } from '../db/pglite.js';
import { BASE, contract, SECRET } from './helpers.js';

/*
 * The numbers the widgets show come bounded: the contract says each one's range, core's
 * config.rules.ts holds the same ranges and that each minimum is at most its maximum, and the
 * server refuses to start with a configuration that breaks them (a kudos box asking for at least
 * 600 characters and at most 500 was shown as is).
 */
describe('configuration bounds', () => {
  it('the contract bounds every number of the configurations as core does', () => {
    const schemas = (contract.document as { components: { schemas: Record<string, { properties: Record<string, { minimum?: number; maximum?: number }> }> } })
      .components.schemas;
    for (const [name, bounds] of [
      ['KudosConfig', KUDOS_CONFIG_BOUNDS],
      ['PollLimits', POLL_LIMITS_BOUNDS],
      ['FeedbackConfig', FEEDBACK_CONFIG_BOUNDS],
    ] as const) {
      for (const [field, [min, max]] of Object.entries(bounds) as [string, [number, number]][]) {
        const p = schemas[name]!.properties[field]!;
        assert.deepEqual([p.minimum, p.maximum], [min, max], `${name}.${field}`);
      }
    }
  });

  it('the server refuses to start with a minimum over its maximum, or a number out of range', async () => {
    const db = await openPglite();
    const start = (options: Partial<AppOptions>) => createApp({ db, auth: new DevSessionAuth({ secret: SECRET, path: BASE, now: Date.now }), ...options });
    try {
      await assert.rejects(start({ config: { messageMin: 600, messageMax: 500 } }), /kudos.*messageMin must not be more than messageMax/);
      await assert.rejects(start({ feedbackConfig: { messageMin: 50, messageMax: 20 } }), /feedback.*messageMin must not be more than messageMax/);
      await assert.rejects(start({ pollLimits: { minOptions: 5, maxOptions: 3 } }), /poll.*minOptions must not be more than maxOptions/);
      await assert.rejects(start({ config: { maxRecipients: 0 } }), /maxRecipients must be a whole number from 1 to 100/);
    } finally {
      await db.close();
    }
  });
});
