import { nextEvent } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';
import { buttonNamed, deepQuery, fillValid } from './helpers.js';

runWidgetBaseTests({
  tag: 'chorus-feedback-box',
  port: 'feedback',
  loads: 'getFeedbackConfig',
  ready: (box) => !!deepQuery(box, '[role="tabpanel"]'),
  send: async (box) => {
    await fillValid(box);
    const sent = nextEvent(box, 'chorus-feedback-sent');
    buttonNamed(box, 'Send anonymously')!.click();
    await sent;
  },
});
