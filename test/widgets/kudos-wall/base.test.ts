import { nextEvent } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';
import { cards, sendKudos } from './helpers.js';

const MESSAGE = 'Thanks for untangling the release checklist for everyone.';

runWidgetBaseTests({
  tag: 'chorus-kudos-wall',
  port: 'kudos',
  loads: 'getKudosConfig',
  live: 'kudos',
  ready: (wall) => cards(wall).length > 0,
  send: async (wall) => {
    const given = nextEvent(wall, 'chorus-kudos-given');
    await sendKudos(wall, MESSAGE);
    await given;
  },
  stored: async (adapter) => (await adapter.kudos.listKudos({ limit: 50 })).items.filter((k) => k.message === MESSAGE).length,
});
