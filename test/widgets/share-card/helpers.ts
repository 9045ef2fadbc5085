import { fixture, html } from '@open-wc/testing';
import '../../../src/widgets/share-card/share-card.js';
import type { ChorusShareCard } from '../../../src/widgets/share-card/share-card.element.js';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import type { PostPublishingPort, ShareCardPort } from '../../../src/adapter/share-card.port.js';
import { ForbiddenError } from '../../../src/core/errors.js';
import type { LiveEvent } from '../../../src/core/live.js';
import type { Post, ShareGuidelines, ShareNetwork } from '../../../src/core/share-card.domain.js';
import { trackedLink } from '../../../src/core/share-card.links.js';
import { deepQuery, deepQueryAll, nameOf, waitFor } from '../../support.js';

/*
 * The share card's tests run on a tiny fake port (every answer and failure on demand) and stub
 * what the browser would do on a share: window.open, the clipboard, the share sheet, mailto:.
 */

export const NOW = Date.parse('2026-12-01T10:00:00Z');
export const REF = 'r7Kq2';

export function samplePost(overrides: Partial<Post> = {}): Post {
  return {
    id: 'post-lyon',
    title: 'We are hiring in Lyon',
    captions: { default: 'Join our team in Lyon!', x: 'Join us in Lyon!' },
    image: { url: 'https://cdn.example.com/lyon.jpg', alt: 'The Lyon office at dusk' },
    link: {
      url: 'https://careers.example.com/lyon?team=ops#apply',
      preview: { title: 'Careers in Lyon', site: 'careers.example.com', imageUrl: 'https://cdn.example.com/preview.jpg' },
    },
    locked: { disclosure: '#employee', hashtags: ['#ContosoCares'] },
    topic: 'careers',
    status: 'published',
    publishAt: null,
    expireAt: null,
    captionEditable: true,
    shares: { byNetwork: { linkedin: 3, x: 1 }, total: 4, people: 3 },
    clicks: 12,
    sharedByMe: false,
    author: { id: 'u-comms', name: 'Camille Comms', teamId: 't-comms' },
    suggested: false,
    returnComment: null,
    createdAt: '2026-11-30T09:00:00Z',
    ...overrides,
  };
}

export const GUIDELINES: ShareGuidelines = {
  title: 'Sharing guidelines',
  body: 'Share only approved posts.\nSay you work here: keep #employee.',
  version: 'v1',
  mustAccept: false,
  acceptedByMe: false,
};

export interface FakePort extends ShareCardPort {
  post: Post;
  guidelines: ShareGuidelines;
  records: { network: ShareNetwork; key: string }[];
  /** recordShare fails while > 0 (after storing the record when `landed`). */
  failRecords: number;
  landed: boolean;
  emit?: (event: LiveEvent) => void;
}

/** The card never publishes: these answer as they would for a user with no publishing role. */
const NO_PUBLISHING: PostPublishingPort = {
  createPost: () => Promise.reject(new ForbiddenError()),
  updatePost: () => Promise.reject(new ForbiddenError()),
  suggestPost: () => Promise.reject(new ForbiddenError()),
  actOnPost: () => Promise.reject(new ForbiddenError()),
};

/** A port answering one post; recordShare stores once per key, as every backend must. */
export function fakePort(post: Post = samplePost(), guidelines: ShareGuidelines = GUIDELINES): FakePort {
  const keys = new Set<string>();
  const port: FakePort = {
    ...NO_PUBLISHING,
    post,
    guidelines,
    records: [],
    failRecords: 0,
    landed: false,
    listPosts: async () => ({ items: [port.post], nextCursor: null }),
    getPost: async () => structuredClone(port.post),
    getGuidelines: async () => ({ ...port.guidelines }),
    acceptGuidelines: async (version) => (port.guidelines = { ...port.guidelines, version, acceptedByMe: true }),
    getShareLink: async (postId, network) => ({ postId, network, url: trackedLink(port.post.link.url, { ref: REF, network }) }),
    recordShare: async (_postId, network, { idempotencyKey }) => {
      port.records.push({ network, key: idempotencyKey });
      const store = () => {
        if (keys.has(idempotencyKey)) return;
        keys.add(idempotencyKey);
        const s = port.post.shares;
        port.post = {
          ...port.post,
          sharedByMe: true,
          shares: {
            byNetwork: { ...s.byNetwork, [network]: (s.byNetwork[network] ?? 0) + 1 },
            total: s.total + 1,
            people: s.people + (port.post.sharedByMe ? 0 : 1),
          },
        };
      };
      if (port.failRecords > 0) {
        port.failRecords--;
        if (port.landed) store();
        throw new (await import('../../../src/core/errors.js')).NetworkError('offline');
      }
      store();
      return structuredClone(port.post);
    },
  };
  return port;
}

/** An adapter with only the share card's port, a signed-in user and a live port tests can emit on. */
export function adapterFor(port: FakePort): ChorusAdapter {
  const listeners = new Set<(event: LiveEvent) => void>();
  port.emit = (event) => listeners.forEach((listener) => listener(event));
  return {
    shareCard: port,
    me: { getCurrentUser: async () => ({ id: 'u-ana', name: 'Ana', teamId: 't-ops', roles: [] }) },
    live: {
      subscribe: (_topic: string, listener: (event: LiveEvent) => void) => (listeners.add(listener), () => listeners.delete(listener)),
    },
  } as unknown as ChorusAdapter;
}

export async function card(port: FakePort = fakePort(), theme: 'light' | 'dark' = 'light'): Promise<ChorusShareCard> {
  const el = await fixture<ChorusShareCard>(
    html`<chorus-share-card post-id=${port.post.id} theme=${theme} .now=${() => NOW} .adapter=${adapterFor(port)}></chorus-share-card>`,
  );
  await waitFor(() => deepQuery(el, 'h2.title'), 'the post is shown');
  return el;
}

export function pickNetwork(el: Element, name: string): void {
  const label = deepQueryAll<HTMLLabelElement>(el, 'label.network').find((l) => nameOf(l) === name || nameOf(l) === `✓ ${name}`);
  if (!label) throw new Error(`no network "${name}"`);
  label.querySelector('input')!.click();
}

export function shareButton(el: Element): HTMLButtonElement {
  return deepQuery<HTMLButtonElement>(el, 'button.share')!;
}

export function captionField(el: Element): HTMLTextAreaElement {
  return deepQuery<HTMLTextAreaElement>(el, 'textarea#caption')!;
}

/** Types into the caption as a user would (value, then an input event). */
export function typeCaption(el: Element, text: string): void {
  const field = captionField(el);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

type Restore = () => void;
const restores: Restore[] = [];
afterEach(() => {
  restores
    .splice(0)
    .reverse()
    .forEach((restore) => restore());
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('chorus:share-draft:')) sessionStorage.removeItem(key);
});

/** Records window.open calls instead of opening windows. */
export function stubOpen(): { calls: [string, string, string][] } {
  const original = window.open;
  const spy = { calls: [] as [string, string, string][] };
  window.open = ((url: string, target: string, features: string) => (spy.calls.push([String(url), target, features]), null)) as typeof window.open;
  restores.push(() => (window.open = original));
  return spy;
}

/** The clipboard: accepts (keeping what was written) or refuses as a browser without permission does. */
export function stubClipboard(accept: boolean): { written: string[]; openedAt: number[] } {
  const spy = { written: [] as string[], openedAt: [] as number[] };
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (!accept) throw new DOMException('Write permission denied.', 'NotAllowedError');
        spy.written.push(text);
      },
    },
  });
  restores.push(() => delete (navigator as unknown as Record<string, unknown>).clipboard);
  return spy;
}

/** navigator.share: resolves, or rejects with `error` (an AbortError when the user closes the sheet). */
export function stubShare(error?: DOMException): { calls: ShareData[] } {
  const spy = { calls: [] as ShareData[] };
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: async (data: ShareData) => {
      spy.calls.push(data);
      if (error) throw error;
    },
  });
  restores.push(() => delete (navigator as unknown as Record<string, unknown>).share);
  return spy;
}

/** Links the page follows (mailto:): recorded, and not followed. */
export function catchNavigation(): { hrefs: string[] } {
  const spy = { hrefs: [] as string[] };
  const listen = (event: Event) => {
    const link = event.composedPath()[0];
    if (link instanceof HTMLAnchorElement) {
      spy.hrefs.push(link.href);
      event.preventDefault();
    }
  };
  document.addEventListener('click', listen, true);
  restores.push(() => document.removeEventListener('click', listen, true));
  return spy;
}
