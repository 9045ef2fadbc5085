/*
 * A gentle check for details that could identify the sender of anonymous feedback: e-mail
 * addresses, phone numbers and the sender's own name. It runs in the browser only (the name is
 * the signed-in user's and never leaves the page) and it only warns: false alarms are possible,
 * so the sender always decides.
 */

import { fold } from '../../core/people.rules.js';

export type PersonalDetailKind = 'email' | 'phone' | 'name' | 'colleague';

export interface PersonalDetail {
  kind: PersonalDetailKind;
  /** The text as written in the message (for names: as the sender's name spells it). */
  text: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/*
 * Digit groups joined by at most two separators (space, dot, hyphen, slash, parentheses), with
 * an optional leading + or 00. The digits are counted afterwards: 7 to 15 is a phone number
 * (E.164 allows 15), unless the run reads as a date or a range of years.
 */
const PHONE_RUN = /(?<![\p{L}\p{N}+])(?:\+|\(\+?)?\d+\)?(?:[ .\-/()\u00a0]{1,2}\d+\)?)*/gu;
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const YEARS = /^(?:19|20)\d\d\s?[-/]?\s?(?:19|20)\d\d$/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `word` stands in `text` as a whole word ("Ana" is not in "banana", "Mai" is in "Mai's idea"); both already folded. */
export function hasWord(text: string, word: string): boolean {
  return text.includes(word) && new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The full name, then each part of it that has at least three letters ("Nguyễn Thị Mai" → all three). */
export function nameParts(name: string): string[] {
  const full = name.trim().replace(/\s+/g, ' ');
  if (!full) return [];
  const parts = full.split(' ').filter((part) => (part.match(/\p{L}/gu) ?? []).length >= 3);
  return [...new Set([full, ...parts])];
}

function findNames(text: string, name: string): PersonalDetail[] {
  const folded = fold(text);
  const found: PersonalDetail[] = [];
  for (const part of nameParts(name)) {
    if (hasWord(folded, fold(part))) found.push({ kind: 'name', text: part });
  }
  // "Chloé Dubois" found: its parts say nothing more.
  const full = found.find((f) => f.text === nameParts(name)[0] && f.text.includes(' '));
  return full ? [full] : found;
}

/** Finds colleagues named in a text (directory-names.ts, loaded once the sender types). */
export type ColleagueFinder = (text: string) => PersonalDetail[];

function findPhones(text: string): PersonalDetail[] {
  const found: PersonalDetail[] = [];
  for (const match of text.matchAll(PHONE_RUN)) {
    const run = match[0].trim().replace(/[\s.\-/(]+$/, '');
    const digits = run.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || DATE.test(run) || YEARS.test(run)) continue;
    found.push({ kind: 'phone', text: run });
  }
  return found;
}

/**
 * What in `text` may identify its sender: e-mail addresses, phone numbers, and `names` (the
 * sender's own: the full name and its parts of three letters or more, matched as whole words,
 * ignoring case and accents) and colleagues named in full. Each finding once, in the order
 * e-mail, phone, name, colleague; the sender's own full name is theirs, not a colleague's.
 */
export function findPersonalDetails(text: string, names: readonly string[] = [], colleagues?: ColleagueFinder): PersonalDetail[] {
  const emails = [...text.matchAll(EMAIL)].map((m): PersonalDetail => ({ kind: 'email', text: m[0] }));
  // An e-mail address's digits are not a phone number.
  const withoutEmails = text.replace(EMAIL, ' ');
  const found = [...emails, ...findPhones(withoutEmails), ...names.flatMap((name) => findNames(withoutEmails, name))];
  if (colleagues) found.push(...colleagues(withoutEmails));
  const seen = new Set(names.map((name) => `colleague:${fold(name.trim().replace(/\s+/g, ' '))}`));
  return found.filter((f) => {
    const key = `${f.kind}:${fold(f.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A stable signature of the findings, to tell whether the sender already saw and accepted them. */
export function findingsKey(found: readonly PersonalDetail[]): string {
  return found
    .map((f) => `${f.kind}:${fold(f.text)}`)
    .sort()
    .join('|');
}
