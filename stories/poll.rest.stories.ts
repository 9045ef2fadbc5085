import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/poll/poll.js';
import { backend, onEndpoint, SLOW } from './support/rest-backend.js';

type Args = { endpoint: string; 'poll-id': string; width?: string };

/**
 * A poll on the **REST adapter**, against the mocked backend that implements the Chorus HTTP
 * contract (`contract/openapi.yaml`) with Mock Service Worker (the same mock serves kudos and
 * polls from one embedded backend). `<chorus-provider endpoint="/api/chorus">` makes the REST
 * adapter. The network panel shows `GET /polls/{id}`, `POST /polls/{id}/votes` with its
 * `Idempotency-Key` (and `Chorus-Vote-Receipt` when an anonymous vote changes), and the event
 * stream (`/api/chorus/events?topics=poll`).
 */
const meta = {
  title: 'Widgets/Poll on a REST backend',
  component: 'chorus-poll',
  tags: ['!autodocs'],
  args: { endpoint: '/api/chorus', 'poll-id': 'poll-lunch' },
  render: ({ endpoint, width, ...args }) => onEndpoint(endpoint, width ?? '560px', html`<chorus-poll poll-id=${args['poll-id']}></chorus-poll>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Single choice, named, live results. */
export const Normal: Story = {
  parameters: backend(),
};

/** Multiple choice with a moderated "Other". */
export const MultipleWithWriteIn: Story = {
  args: { 'poll-id': 'poll-offsite' },
  parameters: backend(),
};

/** Anonymous eNPS: the first vote's receipt stays on this device, to change the vote later. */
export const AnonymousEnps: Story = {
  args: { 'poll-id': 'poll-enps' },
  parameters: backend(),
};

/** Every request takes 0.8–2.5 s. */
export const SlowBackend: Story = {
  parameters: backend(SLOW),
};
