import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/kudos-wall/kudos-wall.js';
import { backend, onEndpoint, SLOW } from './support/rest-backend.js';

type Args = { endpoint: string; width?: string };

/**
 * The kudos wall on the **REST adapter**, against a mocked backend that implements the Chorus
 * HTTP contract (`contract/openapi.yaml`) with Mock Service Worker. The page has no script of its
 * own: `<chorus-provider endpoint="/api/chorus">` makes the REST adapter. Open the browser's
 * network panel to see the requests, the `Idempotency-Key` of each create and the event stream
 * (`/api/chorus/events`) that brings live updates. Each story's backend keeps its data until
 * the page reloads.
 */
const meta = {
  title: 'Widgets/Kudos wall on a REST backend',
  component: 'chorus-kudos-wall',
  // One docs page would render every story at once, and their mocked backends share a URL.
  tags: ['!autodocs'],
  args: { endpoint: '/api/chorus' },
  render: ({ endpoint, width }) => onEndpoint(endpoint, width ?? '720px', html`<chorus-kudos-wall page-size="5"></chorus-kudos-wall>`),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A healthy backend that answers at once. */
export const Normal: Story = {
  parameters: backend(),
};

/** Every request takes 0.8–2.5 s: loading states, and optimistic reactions that do not wait. */
export const SlowBackend: Story = {
  parameters: backend(SLOW),
};

/**
 * Every request is answered `503`: the adapter retries twice with backoff, then the wall says
 * it cannot reach the service and offers to try again.
 */
export const FailingBackend: Story = {
  parameters: backend({ failureRate: 1 }),
};

/** A third of the requests fail with `503`; most succeed on a retry, some reach the user. */
export const FlakyBackend: Story = {
  parameters: backend({ failureRate: 0.33 }),
};

/**
 * Eight requests per 30 seconds for everyone: loading the wall uses most of them; a couple of
 * reactions later the backend answers `429` with `Retry-After`, longer than the adapter waits,
 * so the wall tells the user when to try again.
 */
export const RateLimitedBackend: Story = {
  parameters: backend({ rateLimit: { requests: 8, windowMs: 30_000 } }),
};
