/* English strings of <{{tag}}>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const en{{Name}} = {
  '{{name}}.label': '{{Title}}',
  '{{name}}.empty': 'Nothing here yet.',
  '{{name}}.load-error': 'This couldn’t be loaded.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    '{{name}}': typeof en{{Name}};
  }
}
