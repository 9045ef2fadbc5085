import type { ChorusAdapter } from '../../src/adapter/port.js';
import type { PostPublishingPort, ShareCardPort } from '../../src/adapter/share-card.port.js';
import { ForbiddenError, NetworkError } from '../../src/core/errors.js';
import type { Post, ShareGuidelines } from '../../src/core/share-card.domain.js';
import { trackedLink } from '../../src/core/share-card.links.js';

/*
 * Backends for the share card's stories: a tiny fake port around one post (every state on
 * demand, nothing persists), and the browser's share features switched off or refusing.
 */

const HOUR = 3_600_000;

export function storyPost(overrides: Partial<Post> = {}): Post {
  return {
    id: 'post-story',
    title: 'Why we open our books to every employee',
    captions: {
      default: 'Every quarter, our finance team walks the whole company through the numbers. Here is why transparency makes us faster. #employee',
      x: 'Why we walk every employee through the numbers each quarter.',
    },
    image: { url: 'https://picsum.photos/seed/chorus-share/960/480', alt: 'A town-hall meeting, colleagues looking at a chart on a big screen' },
    link: {
      url: 'https://brightwater.example/blog/open-books?src=newsroom#numbers',
      preview: {
        title: 'Open books: how transparency speeds us up',
        site: 'brightwater.example',
        imageUrl: 'https://picsum.photos/seed/chorus-preview/160/160',
      },
    },
    locked: { disclosure: '#employee', hashtags: ['#LifeAtBrightwater'] },
    topic: 'Culture',
    status: 'published',
    publishAt: new Date(Date.now() - 48 * HOUR).toISOString(),
    expireAt: null,
    captionEditable: true,
    shares: { byNetwork: { linkedin: 7, x: 3, teams: 2 }, total: 12, people: 9 },
    clicks: 41,
    sharedByMe: false,
    author: { id: 'p-34', name: 'Arjun Mehta', teamId: 't-comms' },
    suggested: false,
    returnComment: null,
    createdAt: new Date(Date.now() - 72 * HOUR).toISOString(),
    ...overrides,
  };
}

export const storyGuidelines = (overrides: Partial<ShareGuidelines> = {}): ShareGuidelines => ({
  title: 'Sharing guidelines',
  body:
    'Share only posts from this page: they are approved for the public.\n' +
    'Keep #employee in what you post: it tells readers you work here.\n' +
    'Speak for yourself, never on behalf of the company, and do not answer press questions: send them to comms.',
  version: '2026-12',
  mustAccept: false,
  acceptedByMe: false,
  ...overrides,
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port around `post`; recordShare counts once per key (or fails with `failRecords`). */
/** The card never publishes: these answer as they would for a user with no publishing role. */
const NO_PUBLISHING: PostPublishingPort = {
  createPost: () => Promise.reject(new ForbiddenError()),
  updatePost: () => Promise.reject(new ForbiddenError()),
  suggestPost: () => Promise.reject(new ForbiddenError()),
  actOnPost: () => Promise.reject(new ForbiddenError()),
};

export function storyAdapter(
  post: Post = storyPost(),
  o: { guidelines?: ShareGuidelines; failRecords?: boolean; getPost?: () => Promise<Post> } = {},
): ChorusAdapter {
  let current = post;
  let guidelines = o.guidelines ?? storyGuidelines();
  const keys = new Set<string>();
  const shareCard: ShareCardPort = {
    ...NO_PUBLISHING,
    listPosts: async () => ({ items: [current], nextCursor: null }),
    getPost: o.getPost ?? (async () => (await wait(200), current)),
    getGuidelines: async () => guidelines,
    acceptGuidelines: async (version) => (await wait(200), (guidelines = { ...guidelines, version, acceptedByMe: true })),
    getShareLink: async (postId, network) => ({ postId, network, url: trackedLink(current.link.url, { ref: 'Zx81q', network, campaign: 'story' }) }),
    recordShare: async (_postId, network, { idempotencyKey }) => {
      await wait(400);
      if (o.failRecords) throw new NetworkError('offline');
      if (!keys.has(idempotencyKey)) {
        keys.add(idempotencyKey);
        const s = current.shares;
        const byNetwork = { ...s.byNetwork, [network]: (s.byNetwork[network] ?? 0) + 1 };
        current = { ...current, sharedByMe: true, shares: { byNetwork, total: s.total + 1, people: s.people + (current.sharedByMe ? 0 : 1) } };
      }
      return current;
    },
  };
  return {
    shareCard,
    me: { getCurrentUser: async () => ({ id: 'p-01', name: 'Ana Lima', teamId: 't-ops', roles: [] }) },
  } as ChorusAdapter;
}

/** Takes back what a story changed on `navigator` (the share sheet, the clipboard). */
export function resetBrowserFeatures(): void {
  for (const name of ['share', 'clipboard']) delete (navigator as unknown as Record<string, unknown>)[name];
}

/** A device with a share sheet (Storybook logs what it would share). */
export function withShareSheet(): void {
  Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => console.info('navigator.share', data) });
}

/** A browser that refuses the clipboard (no permission, or a frame without it). */
export function withRefusedClipboard(): void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
  });
}
