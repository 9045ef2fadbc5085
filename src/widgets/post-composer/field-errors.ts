import type { FieldError } from '../../core/errors.js';
import { POST_LIMITS } from '../../core/share-card.rules.js';
import type { ShareNetwork } from '../../core/share-card.domain.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/*
 * The rules' field errors (validatePostDraft's, in the browser or from the backend) as sentences
 * under their fields. The rules name fields by the draft's paths; the form's inputs carry the same
 * names in `data-field`, so the first error can take the focus.
 */

/** The form's fields in the order they are drawn: the first one at fault takes the focus. */
export const FIELD_ORDER = [
  'title',
  'link.url',
  'image.url',
  'image.alt',
  'topic',
  'captions.default',
  'captions.x',
  'captions.linkedin',
  'locked.disclosure',
  'locked.hashtags',
  'publishAt',
  'expireAt',
] as const;

export function firstField(errors: readonly FieldError[]): string | undefined {
  const fields = new Set(errors.map((e) => e.field));
  return FIELD_ORDER.find((field) => fields.has(field)) ?? errors[0]?.field;
}

/** The sentence for `field`'s first error, or '' when it has none. */
export function errorFor(t: ChorusLocalize, errors: readonly FieldError[], field: string, networkName: (n: ShareNetwork) => string): string {
  const error = errors.find((e) => e.field === field);
  if (!error) return '';
  const { code } = error;
  if (field === 'title' && code === 'required') return t.term('post-composer.error.title');
  if (field === 'link.url') return t.term(code === 'required' ? 'post-composer.error.link' : 'post-composer.error.link.invalid');
  if (field === 'image.url') return t.term('post-composer.error.image.invalid');
  if (field === 'image.alt' && code === 'required') return t.term('post-composer.error.image.alt');
  if (field === 'locked.disclosure' && code === 'invalid') return t.term('post-composer.error.disclosure', POST_LIMITS.disclosureMax);
  if (field === 'locked.hashtags' && code === 'invalid') return t.term('post-composer.error.hashtags');
  if ((field === 'publishAt' || field === 'expireAt') && code === 'invalid') {
    // One code for both of expireAt's refusals: the English message tells them apart.
    return t.term(/after/.test(error.message) ? 'post-composer.error.expire' : 'post-composer.error.date');
  }
  if (field.startsWith('captions.') && code === 'too-long' && error.params?.max !== undefined) {
    const key = field.slice('captions.'.length);
    return t.term('post-composer.error.caption', networkName(key === 'default' ? 'linkedin' : (key as ShareNetwork)), error.params.max);
  }
  return fieldErrorText(t, error);
}
