import { composeCaption } from '../core/share-card.caption.js';
import type { Captions, LockedParts, PostStatus, ShareNetwork } from '../core/share-card.domain.js';
import { postTime } from '../core/share-card.view.js';
import { toBase64Url } from '../core/secret.js';
import { between, pick, sample, seededRandom, type Random } from './random.js';
import type { StoredPost, StoredShare, StoredShareClick, StoredShareRef, StoredShareState } from './types.js';

/*
 * The share card's demo: Brightwater's comms team (Arjun Mehta, Beatriz Santos) publishes posts on
 * employee advocacy for colleagues to share; one is scheduled, one has expired and one is an
 * employee's suggestion waiting for approval. Colleagues' shares and clicks come from their own PRNG.
 * The default user (p-01) and the conformance suite's users have neither shared nor accepted the
 * guidelines, so the demo starts with the guidelines to accept and posts to share.
 */

export const SHARE_SEED = 20261202;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const SEEDED_POST_IDS = [
  'post-culture',
  'post-peer-motivation',
  'post-advocacy-program',
  'post-community',
  'post-internal-network',
  'post-summit',
  'post-open-house',
  'post-suggested-trust',
] as const;

/** Who never shares in the seed: the default user and the conformance suite's a, b, c and d. */
const QUIET = new Set(['p-01', 'p-03', 'p-08', 'p-12']);
const SHARERS = Array.from({ length: 35 }, (_, i) => `p-${String(i + 1).padStart(2, '0')}`).filter((id) => !QUIET.has(id));

const LOCKED: LockedParts = { disclosure: '#employee', hashtags: ['#LifeAtBrightwater'] };
const SITE = 'https://brightwater.example';

interface PostSeed {
  id: string;
  title: string;
  captions: Captions;
  url: string;
  preview: string | null;
  topic: string | null;
  status: PostStatus;
  /** Relative to now, in ms. */
  publishIn?: number;
  expireIn?: number;
  createdAgo: number;
  authorId: string;
  captionEditable?: boolean;
  suggested?: boolean;
  locked?: LockedParts;
  /** How many colleagues shared it, and the clicks each share brought at most. */
  sharers?: number;
  clicksPerShare?: number;
}

const POSTS: readonly PostSeed[] = [
  {
    id: 'post-culture',
    title: 'How our culture turns colleagues into advocates',
    captions: {
      default:
        'Advocacy is not a campaign, it is a culture. At Brightwater we share what we are proud of because we are heard when we speak up. Here is what we learned about open communication, recognition and leaders who go first.',
      x: 'Advocacy is a culture, not a campaign: what we learned about open communication and leaders who go first.',
    },
    url: `${SITE}/blog/culture-and-advocacy?src=newsroom#key-points`,
    preview: 'How culture influences employee advocacy',
    topic: 'Culture',
    status: 'published',
    publishIn: -2 * DAY,
    createdAgo: 4 * DAY,
    authorId: 'p-34',
    sharers: 9,
    clicksPerShare: 6,
  },
  {
    id: 'post-peer-motivation',
    title: 'Peer to peer: why colleagues inspire colleagues to share',
    captions: {
      default:
        'The best motivation to share comes from the person next to you. Our peer recognition programme highlights the colleagues who tell our story, and invites everyone to join in.',
      x: 'The best motivation to share comes from the colleague next to you. How our peer recognition works:',
    },
    url: `${SITE}/blog/peer-motivation`,
    preview: 'Encouraging peer-to-peer motivation',
    topic: 'Culture',
    status: 'published',
    publishIn: -5 * DAY,
    createdAgo: 7 * DAY,
    authorId: 'p-33',
    sharers: 6,
    clicksPerShare: 4,
  },
  {
    id: 'post-advocacy-program',
    title: 'What an employee advocacy programme is, and what it is not',
    captions: {
      default:
        'An advocacy programme gives people the training, tools and stories to talk about their work in their own voice. It is not a script. Read how ours works, and how you can take part.',
      linkedin:
        'An advocacy programme gives people the training, tools and stories to talk about their work in their own voice.\n\nIt is not a script, and nobody has to take part. Read how ours works.',
      x: 'Advocacy programmes give people tools and stories to share in their own voice. Not a script.',
    },
    url: `${SITE}/careers/advocacy?utm_content=hub`,
    preview: 'Our employee advocacy programme',
    topic: 'Advocacy',
    status: 'published',
    publishIn: -9 * DAY,
    createdAgo: 10 * DAY,
    authorId: 'p-34',
    sharers: 12,
    clicksPerShare: 8,
  },
  {
    id: 'post-community',
    title: 'Sharing builds community at work',
    captions: {
      default:
        'When we share each other’s news, the whole company gets closer. Morale goes up, communication gets simpler, and everyone feels they belong. A story from our customer success team.',
      x: 'When we share each other’s news, the whole company gets closer. A story from our customer success team:',
    },
    url: `${SITE}/stories/community-at-work`,
    preview: 'Sharing builds community at work',
    topic: 'Community',
    status: 'published',
    publishIn: -14 * DAY,
    createdAgo: 15 * DAY,
    authorId: 'p-33',
    sharers: 5,
    clicksPerShare: 3,
  },
  {
    id: 'post-internal-network',
    title: 'Five practices for an internal social network people actually use',
    captions: {
      default:
        'Technology alone does not make people talk. A strategy, workshops and leaders who post first do. Our five practices for an internal network that works.',
    },
    url: `${SITE}/blog/internal-network-best-practices`,
    preview: null,
    topic: 'Internal comms',
    status: 'published',
    publishIn: -20 * DAY,
    createdAgo: 21 * DAY,
    authorId: 'p-34',
    captionEditable: false,
    locked: { disclosure: '#employee', hashtags: ['#LifeAtBrightwater', '#InternalComms'] },
    sharers: 3,
    clicksPerShare: 2,
  },
  {
    id: 'post-summit',
    title: 'Registration opens for the Brightwater Customer Summit',
    captions: {
      default: 'Two days with our customers, our product teams and the people who build what comes next. Registration is open: save your seat.',
      x: 'Registration for the Brightwater Customer Summit is open. Save your seat:',
    },
    url: `${SITE}/events/customer-summit`,
    preview: 'Brightwater Customer Summit',
    topic: 'Events',
    status: 'scheduled',
    publishIn: 3 * DAY,
    expireIn: 30 * DAY,
    createdAgo: 2 * DAY,
    authorId: 'p-34',
  },
  {
    id: 'post-open-house',
    title: 'Join our autumn hiring open house',
    captions: {
      default: 'We are hiring engineers, designers and customer success managers. Meet the teams at our open house.',
      x: 'We are hiring! Meet the teams at our autumn open house:',
    },
    url: `${SITE}/careers/open-house`,
    preview: 'Autumn hiring open house',
    topic: 'Careers',
    status: 'scheduled',
    publishIn: -40 * DAY,
    expireIn: -10 * DAY,
    createdAgo: 45 * DAY,
    authorId: 'p-33',
    sharers: 7,
    clicksPerShare: 5,
  },
  {
    id: 'post-suggested-trust',
    title: 'Why people trust colleagues more than ads',
    captions: { default: 'A good read on why messages shared by employees travel further than brand posts.' },
    url: 'https://www.example.org/research/trust-in-employees',
    preview: null,
    topic: 'Advocacy',
    status: 'submitted',
    createdAgo: 6 * HOUR,
    authorId: 'p-20',
    suggested: true,
    locked: { disclosure: '#employee', hashtags: [] },
  },
];

export const SHARE_GUIDELINES_SEED = {
  title: 'Sharing guidelines',
  body: [
    'Share what you believe in, in your own words. Nobody has to share anything.',
    'Say that you work at Brightwater: keep the #employee disclosure in every post about us.',
    'Share only what is published here; never customer names, numbers or plans that are not public.',
    'Be kind in the replies. If someone asks something you cannot answer, send them to the comms team.',
  ].join('\n\n'),
  version: '2026-11',
  mustAccept: true,
} as const;

const NETWORKS: readonly ShareNetwork[] = ['linkedin', 'linkedin', 'linkedin', 'x', 'facebook', 'teams', 'email', 'copy'];

function randomKey(random: Random, bytes: number): string {
  return toBase64Url(Uint8Array.from({ length: bytes }, () => Math.floor(random() * 256)));
}

function toStored(seed: PostSeed, now: number): StoredPost {
  const locked = seed.locked ?? LOCKED;
  const captions = Object.fromEntries(Object.entries(seed.captions).map(([network, text]) => [network, composeCaption(text, locked)])) as Captions;
  const host = new URL(seed.url).hostname;
  return {
    id: seed.id,
    title: seed.title,
    captions,
    // No https image the demo already uses: the card shows the post without one.
    image: null,
    link: { url: seed.url, preview: seed.preview ? { title: seed.preview, site: host, imageUrl: null } : null },
    locked: { disclosure: locked.disclosure, hashtags: [...locked.hashtags] },
    topic: seed.topic,
    status: seed.status,
    publishAt: seed.publishIn === undefined ? null : new Date(now + seed.publishIn).toISOString(),
    expireAt: seed.expireIn === undefined ? null : new Date(now + seed.expireIn).toISOString(),
    captionEditable: seed.captionEditable ?? true,
    authorId: seed.authorId,
    suggested: seed.suggested ?? false,
    returnComment: null,
    createdAt: new Date(now - seed.createdAgo).toISOString(),
  };
}

export function seedShare(now: number, seed = SHARE_SEED): StoredShareState {
  const random = seededRandom(seed);
  const posts = POSTS.map((p) => toStored(p, now));
  const refs: StoredShareRef[] = [];
  const shares: StoredShare[] = [];
  const clicks: StoredShareClick[] = [];
  const acceptances: Record<string, string> = {};
  for (const post of POSTS) {
    const from = now + (post.publishIn ?? 0);
    const until = Math.min(now, post.expireIn === undefined ? now : now + post.expireIn);
    for (const personId of sample(random, SHARERS, post.sharers ?? 0)) {
      acceptances[personId] = SHARE_GUIDELINES_SEED.version;
      const ref = randomKey(random, 12);
      refs.push({ ref, postId: post.id, personId });
      const sharedAt = from + Math.floor(random() * (until - from) * 0.5);
      // Some share to two networks; each share is its own record.
      for (let i = 0; i < (random() < 0.25 ? 2 : 1); i++) {
        shares.push({
          postId: post.id,
          personId,
          network: pick(random, NETWORKS),
          key: randomKey(random, 16),
          sharedAt: new Date(sharedAt + i * HOUR).toISOString(),
        });
      }
      for (let i = between(random, 0, post.clicksPerShare ?? 0); i > 0; i--) {
        clicks.push({ ref, clickedAt: new Date(sharedAt + Math.floor(random() * (until - sharedAt))).toISOString() });
      }
    }
  }
  shares.sort((a, b) => (a.sharedAt < b.sharedAt ? -1 : a.sharedAt > b.sharedAt ? 1 : 0));
  clicks.sort((a, b) => (a.clickedAt < b.clickedAt ? -1 : a.clickedAt > b.clickedAt ? 1 : 0));
  posts.sort((a, b) => (postTime(a) === postTime(b) ? (a.id < b.id ? 1 : -1) : postTime(a) < postTime(b) ? 1 : -1));
  return {
    guidelines: { ...SHARE_GUIDELINES_SEED },
    acceptances: Object.fromEntries(Object.entries(acceptances).sort(([a], [b]) => (a < b ? -1 : 1))),
    posts,
    refs,
    shares,
    clicks,
  };
}
