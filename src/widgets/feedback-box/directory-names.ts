/*
 * The personal-details check's colleagues: the directory's full names, loaded once the sender
 * starts typing (this module too: most visitors never type). The message never leaves the page.
 */
import type { PeoplePort } from '../../adapter/port.js';
import { fold } from '../../core/people.rules.js';
import { hasWord, type ColleagueFinder, type PersonalDetail } from './personal-details.js';

const folded = (text: string) => fold(text).replace(/\s+/g, ' ');

/**
 * Finds colleagues named in full ("Dmitri Volkov"), ignoring case, accents and line breaks:
 * naming someone can tell who wrote about them. A first name alone is too common to warn about.
 * The names are folded once (a directory may hold thousands).
 */
export function colleagueFinder(names: readonly string[]): ColleagueFinder {
  const keys = names.map(folded);
  return (text) => {
    const haystack = folded(text);
    return keys.flatMap((key, i): PersonalDetail[] => (hasWord(haystack, key) ? [{ kind: 'colleague', text: names[i]! }] : []));
  };
}

// One load per directory for every box on the page; a failure (signed out, an older backend) is
// kept too, so the check quietly stays with the sender's own name instead of asking again.
const loads = new WeakMap<PeoplePort, Promise<ColleagueFinder | undefined>>();

/** A finder over the directory's names, or undefined when the backend gives none. */
export function directoryNames(people: PeoplePort): Promise<ColleagueFinder | undefined> {
  let load = loads.get(people);
  if (!load) {
    load = people.listPeopleNames ? people.listPeopleNames().then(colleagueFinder, () => undefined) : Promise.resolve(undefined);
    loads.set(people, load);
  }
  return load;
}
