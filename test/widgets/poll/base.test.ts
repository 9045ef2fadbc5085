import { buttonNamed, deepQuery, nextEvent } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';
import { NOW, choice } from './helpers.js';

runWidgetBaseTests({
  tag: 'chorus-poll',
  port: 'polls',
  loads: 'getPollLimits',
  live: 'poll',
  memory: { now: () => NOW },
  props: { pollId: 'poll-lunch', now: () => NOW },
  ready: (el) => !!deepQuery(el, '[part="poll"]'),
  send: async (el) => {
    choice(el, 'Tacos El Güero').click();
    const voted = nextEvent(el, 'chorus-poll-voted');
    buttonNamed(el, 'Vote')!.click();
    await voted;
  },
  stored: async (adapter) => (await adapter.polls.getPoll('poll-lunch')).results?.totalVotes ?? 0,
});
