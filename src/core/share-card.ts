/*
 * The domain of <chorus-share-card>: plain types, no Lit, shared by the element, both adapters and the
 * server. Scaffolded by `npm run create share-card`: replace this stub with the widget's own types
 * (and its rules in share-card.rules.ts, pure functions both backends call).
 */

/** What <chorus-share-card> loads and shows: a heading and a few lines. */
export interface ShareCard {
  title: string;
  /** Empty: the widget shows its empty state. */
  items: string[];
}

/** The stub's content, answered alike by the embedded adapter, the mocks and the reference server. */
export const DEFAULT_SHARE_CARD: Readonly<ShareCard> = {
  title: 'Share card',
  items: ['First item', 'Second item', 'Third item'],
};
