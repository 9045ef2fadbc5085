import type { Translation } from '@shoelace-style/localize';
import { plural } from './plural.js';

/*
 * English source strings shared by every element. Keys are namespaced (`common.`, `kudos.`) so
 * they never collide with another library's terms in the shared registry. Each widget's own
 * strings live in en.<widget>.ts and are registered by its element (ChorusLocalize's `strings`),
 * so a page with a poll does not download the kudos wall's sentences. Other languages follow the
 * same split: <lang>.common.ts (SharedTranslation), <lang>.<widget>.ts (typeof en<Widget>), and
 * <lang>.ts, all of them (ChorusTranslation).
 */
export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.dismiss': 'Dismiss',
  /** A time known only to the hour, in the current hour ("Sent earlier this hour"). */
  'common.time.this-hour': 'earlier this hour',
  'common.remove': (name: string) => `Remove ${name}`,
  'common.error.network': 'We couldn’t reach the service. Check your connection and try again.',
  'common.error.validation': 'Some details need your attention.',
  'common.error.forbidden': 'You don’t have permission to do that.',
  'common.error.not-found': 'That item no longer exists.',
  'common.error.conflict': 'Someone else changed this in the meantime. Refresh and try again.',
  'common.error.rate-limited': (seconds: number | null) =>
    seconds ? `You’re going a bit fast. Try again in ${seconds} s.` : 'You’re going a bit fast. Try again in a moment.',
  'common.error.unsupported': 'This feature isn’t available on this site’s backend.',
  'common.error.not-configured': 'This widget isn’t connected to its service. Ask the site’s owner to set it up.',
  'common.error.unknown': 'Something went wrong. Try again.',
  'common.field.required': 'This is required.',
  'common.field.too-long': (max: number) => `Keep it to ${max} characters or fewer.`,
  'common.field.too-short': (min: number) => plural('en', min, { one: 'Write at least # character.', other: 'Write at least # characters.' }),
  'common.field.too-many': (max: number) => `Choose at most ${max}.`,
  'common.field.invalid': 'This doesn’t look right.',
  'common.field.self': 'You can’t choose yourself.',
  'common.field.unreadable': 'This text has characters that can’t be shown as written (a broken emoji or stacked marks). Remove them.',
  'common.chars-left': (left: number) =>
    left >= 0
      ? plural('en', left, { one: '# character left', other: '# characters left' })
      : plural('en', -left, { one: '# character over the limit', other: '# characters over the limit' }),

  'people.search.label': 'Search for colleagues',
  'people.search.placeholder': 'Type a name…',
  'people.search.none': 'No one matches.',
  'people.search.searching': 'Searching…',
  'people.search.results': (n: number) => plural('en', n, { one: '# person found', other: '# people found' }),
  'people.selected': (n: number) => plural('en', n, { one: '# person selected', other: '# people selected' }),
  'people.added': (name: string) => `${name} added`,
  'people.removed': (name: string) => `${name} removed`,
  'people.max': (max: number) => `You can choose up to ${max} people.`,
} satisfies Translation & Record<string, unknown>;

/** The language's name and direction, and the strings every widget shares. */
export type SharedTranslation = typeof en;

/**
 * Each widget's English strings, by widget: en.<widget>.ts adds its own entry (interface merging,
 * as a port adds itself to ChorusAdapter), so this file is not edited per widget.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChorusWidgetTranslations {}

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every Chorus string: the shared ones and each widget's. */
export type ChorusTranslation = typeof en & Intersection<ChorusWidgetTranslations[keyof ChorusWidgetTranslations]>;

/** One widget's English strings, as its element hands them to ChorusLocalize. */
export type WidgetStrings = Partial<Omit<ChorusTranslation, '$code' | '$name' | '$dir'>>;
