/* English strings of <chorus-insights>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enInsights = {
  'insights.label': 'Insights',
  'insights.empty': 'Nothing here yet.',
  'insights.load-error': 'This couldn’t be loaded.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    insights: typeof enInsights;
  }
}
