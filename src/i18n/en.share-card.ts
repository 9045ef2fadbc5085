import { plural } from './plural.js';

/* English strings of <chorus-share-card>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enShareCard = {
  'share-card.label': 'Post to share',
  'share-card.load-error': 'This post couldn’t load.',
  'share-card.not-found': 'This post doesn’t exist or can’t be shared any more.',
  'share-card.none': 'No post to share here yet.',
  'share-card.preview': 'Link preview',
  'share-card.people': (n: number) =>
    plural('en', n, { '=0': 'No colleagues have shared this yet', one: '# colleague shared this', other: '# colleagues shared this' }),
  'share-card.clicks': (n: number) => plural('en', n, { one: '# click', other: '# clicks' }),
  'share-card.mine': 'You shared this',

  'share-card.network.linkedin': 'LinkedIn',
  'share-card.network.x': 'X',
  'share-card.network.facebook': 'Facebook',
  'share-card.network.teams': 'Microsoft Teams',
  'share-card.network.email': 'E-mail',
  'share-card.network.native': 'Other apps',
  'share-card.network.copy': 'Copy link',
  'share-card.networks': 'Share to',
  'share-card.action': (network: string) => `Share on ${network}`,
  'share-card.action.email': 'Send by e-mail',
  'share-card.action.native': 'Share with another app…',
  'share-card.action.copy': 'Copy the link',

  'share-card.caption': (network: string) => `Caption for ${network}`,
  'share-card.caption.readonly': 'The caption is set by the post’s authors.',
  'share-card.caption.locked': 'Always included, even if you remove them:',
  'share-card.caption.reset': 'Use the original caption',
  'share-card.caption.paste': (network: string) => `${network} takes only the link: the caption is copied for you to paste.`,
  'share-card.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'share-card.over': (network: string, n: number) =>
    plural('en', n, {
      one: `# character over ${network}’s limit. Shorten the caption to share it there.`,
      other: `# characters over ${network}’s limit. Shorten the caption to share it there.`,
    }),

  'share-card.copied': (network: string) => `Caption copied. Paste it into your ${network} post.`,
  'share-card.copy-refused': (network: string) =>
    `Your browser didn’t let us copy the caption. It’s selected below: copy it (Ctrl+C or ⌘C), then continue to ${network}.`,
  'share-card.continue': (network: string) => `Continue to ${network}`,
  'share-card.manual.caption': 'Caption to copy',
  'share-card.manual.link': 'Link to copy',
  'share-card.link-copied': 'Link copied.',
  'share-card.link-refused': 'Your browser didn’t let us copy the link. It’s selected below: copy it with Ctrl+C or ⌘C.',
  'share-card.shared': (network: string) => `Thanks for sharing on ${network}!`,
  'share-card.failed': 'The post couldn’t be shared.',
  'share-card.record-failed': (network: string) => `Your share on ${network} wasn’t counted.`,
  'share-card.vetoed': 'Sharing was stopped by this page.',
  'share-card.live': (n: number) => plural('en', n, { one: 'Now shared by # colleague', other: 'Now shared by # colleagues' }),

  'share-card.guidelines': 'Sharing guidelines',
  'share-card.guidelines.accept': 'I accept',
  'share-card.guidelines.accepted': 'Thanks, you accepted the sharing guidelines.',
  'share-card.guidelines.required': 'Read and accept the sharing guidelines before you share.',
  'share-card.guidelines.failed': 'Your acceptance wasn’t saved.',

  'share-card.status.scheduled': (date: string) => `Scheduled: it can be shared from ${date}.`,
  'share-card.status.expired': (date: string) => `Expired on ${date}: it can’t be shared any more.`,
  'share-card.status.unpublished': 'Not published: it can’t be shared yet.',
  'share-card.bad-link': 'This post’s link isn’t a web address, so it can’t be shared.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    'share-card': typeof enShareCard;
  }
}
