/*
 * The domain of <chorus-insights>: plain types, no Lit, shared by the element, both adapters and the
 * server. Scaffolded by `npm run create insights`: replace this stub with the widget's own types
 * (and its rules in insights.rules.ts, pure functions both backends call).
 */

/** What <chorus-insights> loads and shows: a heading and a few lines. */
export interface Insights {
  title: string;
  /** Empty: the widget shows its empty state. */
  items: string[];
}

/** The stub's content, answered alike by the embedded adapter, the mocks and the reference server. */
export const DEFAULT_INSIGHTS: Readonly<Insights> = {
  title: 'Insights',
  items: ['First item', 'Second item', 'Third item'],
};
