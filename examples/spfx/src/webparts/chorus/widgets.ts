/** The widgets this web part can show, and the attribute each takes from the property pane. */
export type WidgetName = 'kudos-wall' | 'poll' | 'feedback-box' | 'leaderboard' | 'share-card' | 'share-feed' | 'post-composer';

export interface WidgetChoice {
  name: WidgetName;
  title: string;
  /** The property pane field that gives the widget its subject, if any. */
  subject?: { property: 'pollId' | 'postId'; attribute: 'poll-id' | 'post-id' };
  /** Whether it takes a `heading` attribute. */
  heading?: boolean;
}

export const WIDGETS: readonly WidgetChoice[] = [
  { name: 'kudos-wall', title: 'Kudos wall', heading: true },
  { name: 'poll', title: 'Poll', subject: { property: 'pollId', attribute: 'poll-id' } },
  { name: 'feedback-box', title: 'Feedback box', heading: true },
  { name: 'leaderboard', title: 'Leaderboard', heading: true },
  { name: 'share-card', title: 'Share card', subject: { property: 'postId', attribute: 'post-id' } },
  { name: 'share-feed', title: 'Share feed' },
  { name: 'post-composer', title: 'Post composer' },
];

export function widgetNamed(name: string): WidgetChoice {
  return WIDGETS.filter((w) => w.name === name)[0] || WIDGETS[0];
}
