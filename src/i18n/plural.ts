import { formatter } from './formatters.js';

/** Plural forms of one message; `#` stands for the count, formatted for the language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule | `=${number}`, string>> & { other: string };

/**
 * Picks the form for `n` with Intl.PluralRules, so each locale file writes only the forms its
 * language has (one/other in English; one/few/many/other in Polish; zero…other in Arabic).
 * An exact `=0` form wins over the category.
 */
export function plural(locale: string, n: number, forms: PluralForms): string {
  const form = forms[`=${n}`] ?? forms[formatter(Intl.PluralRules, locale).select(n)] ?? forms.other;
  return form.replace(/#/g, formatter(Intl.NumberFormat, locale).format(n));
}
