// The names a widget gets from its kebab-case name, and the template placeholders they fill.

/** Names taken by what every adapter, folder or package path already has. */
const RESERVED = new Set([
  'all',
  'index',
  'core',
  'common',
  'cdn',
  'provider',
  'adapter',
  'adapters',
  'base',
  'controllers',
  'i18n',
  'ui',
  'people',
  'me',
  'live',
  'kudos',
  'polls',
  'feedback',
  'package',
  'custom-elements',
]);

/** Why `name` cannot be a widget's name, or null. Letters and single hyphens only (i18n module names allow no digits). */
export function nameProblem(name) {
  if (!name) return 'give the widget a name: npm run create <name>, e.g. npm run create share-card';
  if (!/^[a-z]+(-[a-z]+)*$/.test(name)) return `"${name}" is not a kebab-case name: lower-case letters in words joined by single hyphens, e.g. share-card`;
  if (name.length > 40) return `"${name}" is too long (40 characters at most)`;
  if (name.startsWith('chorus-')) return `leave out the prefix: the tag of "${name.slice(7)}" is chorus-${name.slice(7)}`;
  if (RESERVED.has(name)) return `"${name}" is already used by Chorus itself (${[...RESERVED].join(', ')})`;
  return null;
}

const words = (name) => name.split('-');
const cap = (word) => word[0].toUpperCase() + word.slice(1);

/** The placeholders of the templates: {{name}} zz-probe, {{Name}} ZzProbe, {{camel}} zzProbe, {{NAME}} ZZ_PROBE, {{tag}} chorus-zz-probe, {{Title}} Zz probe. */
export function namesOf(name) {
  const parts = words(name);
  return {
    name,
    Name: parts.map(cap).join(''),
    camel: parts[0] + parts.slice(1).map(cap).join(''),
    NAME: parts.join('_').toUpperCase(),
    tag: `chorus-${name}`,
    Title: cap(parts.join(' ')),
  };
}

/** `text` with every {{placeholder}} filled; an unknown one is an error in the template. */
export function fill(text, names, where) {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key) => {
    if (!(key in names)) throw new Error(`${where}: unknown placeholder ${whole}`);
    return names[key];
  });
}
