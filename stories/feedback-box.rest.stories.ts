import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/feedback-box/feedback-box.js';
import { backend, onEndpoint, SLOW } from './support/rest-backend.js';

type Args = { endpoint: string; view: 'send' | 'conversations' | 'inbox'; width?: string };

/**
 * The feedback box on the **REST adapter**, against the mocked backend that implements the
 * Chorus HTTP contract with Mock Service Worker. In the network panel, the sender's requests
 * (`GET /feedback/config`, `POST /feedback`, `GET /feedback/thread`) go with
 * `credentials: 'omit'` and no `Referer`; the mock records a contract violation if one carries
 * credentials or an `Authorization` header. The reply token travels in `Chorus-Reply-Token`,
 * never in a URL. The mock's signed-in user is a feedback recipient, so the Inbox tab shows too.
 */
const meta = {
  title: 'Widgets/Feedback box on a REST backend',
  component: 'chorus-feedback-box',
  tags: ['!autodocs'],
  args: { endpoint: '/api/chorus', view: 'send' },
  render: ({ endpoint, width, view }) => onEndpoint(endpoint, width ?? '640px', html`<chorus-feedback-box id="rest-story" view=${view}></chorus-feedback-box>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Send feedback over HTTP; the reply token comes back once. */
export const Normal: Story = {
  parameters: backend({ adapter: { userId: 'p-29' } }),
};

/** The inbox over HTTP, as Nadia Haddad (HR). */
export const Inbox: Story = {
  args: { view: 'inbox' },
  parameters: backend({ adapter: { userId: 'p-29' } }),
};

/** Every request takes 0.8–2.5 s. */
export const SlowBackend: Story = {
  parameters: backend({ ...SLOW, adapter: { userId: 'p-29' } }),
};

/** A limit of 0: the mock answers every send with 429 and a `Retry-After` of the whole window (10 minutes). */
export const RateLimited: Story = {
  parameters: backend({ adapter: { userId: 'p-29', feedbackRateLimit: { max: 0 } } }),
};
