import { plural } from './plural.js';

/* English strings of <chorus-moderation>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enModeration = {
  'moderation.label': 'Moderation queue',
  'moderation.empty': 'Nothing waits for a decision here.',
  'moderation.load-error': 'The moderation queue couldn’t be loaded.',
  'moderation.forbidden': 'This queue is for moderators. Ask an admin if you should be one.',
  'moderation.filter.kind': 'Kind',
  'moderation.filter.state': 'State',
  'moderation.filter.order': 'Order',
  'moderation.filter.all': 'All',
  'moderation.order.newest': 'Newest report first',
  'moderation.order.most-reported': 'Most reported first',
  'moderation.kind.kudos': 'Kudos',
  'moderation.kind.comment': 'Comment',
  'moderation.state.open': 'Open',
  'moderation.state.kept': 'Kept',
  'moderation.state.hidden': 'Hidden',
  'moderation.state.deleted': 'Deleted',
  'moderation.by': (name: string) => `By ${name}`,
  'moderation.to': (names: string) => `To ${names}`,
  'moderation.reports': (n: number) => plural('en', n, { one: 'Reported once', other: 'Reported # times' }),
  'moderation.reasons': 'Reasons given',
  'moderation.no-reason': 'No reason given',
  'moderation.reason-count': (n: number) => `×${n}`,
  'moderation.history': (n: number) => plural('en', n, { '=0': 'History: no decision yet', one: 'History (1 step)', other: 'History (# steps)' }),
  'moderation.action.keep': 'Keep',
  'moderation.action.hide': 'Hide',
  'moderation.action.restore': 'Restore',
  'moderation.action.delete': 'Delete',
  'moderation.action.auto-hide': 'Hidden automatically after reports',
  'moderation.step': (action: string, who: string) => `${action} by ${who}`,
  'moderation.reason': 'Reason (the author sees it if you hide this)',
  'moderation.done': (action: string) => `${action}: done.`,
  'moderation.failed': 'That didn’t work. Your reason is kept; try again.',
  'moderation.reason-required': 'Say why: the history keeps it, and the author of a hidden item reads it.',
  'moderation.updated': 'The queue has changed.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    moderation: typeof enModeration;
  }
}
