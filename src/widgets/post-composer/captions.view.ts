import { html, nothing, type TemplateResult } from 'lit';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { fieldView } from './field.view.js';
import { VARIANTS, type PostForm, type Variant } from './form-state.js';
import { networkName } from './preview.view.js';

export interface CaptionsContext {
  t: ChorusLocalize;
  form: PostForm;
  error: (field: string) => string;
  caption: (text: string) => void;
  variant: (network: Variant, text: string | undefined) => void;
}

/**
 * The default caption, then each network's own where the author opened one ("Add a caption for
 * X"): the preview below shows each as it will be shared and counts it.
 */
export function captionsView(c: CaptionsContext): TemplateResult {
  const { t, form } = c;
  return html`<div class="captions">
    ${fieldView({
      id: 'caption',
      field: 'captions.default',
      label: t.term('post-composer.caption'),
      hint: t.term('post-composer.caption.hint'),
      value: form.caption,
      multiline: true,
      error: c.error('captions.default'),
      describedBy: 'preview-counter',
      input: c.caption,
    })}
    ${VARIANTS.map((network) => {
      const name = networkName(t, network);
      const text = form.variants[network];
      return text === undefined
        ? nothing
        : html`${fieldView({
            id: `caption-${network}`,
            field: `captions.${network}`,
            label: t.term('post-composer.caption.for', name),
            value: text,
            multiline: true,
            error: c.error(`captions.${network}`),
            describedBy: 'preview-counter',
            input: (value) => c.variant(network, value),
          })}
            <button type="button" class="ghost remove-variant" @click=${() => c.variant(network, undefined)}>${t.term('post-composer.caption.remove', name)}</button>`;
    })}
    <div class="variant-toggles">
      ${VARIANTS.filter((network) => form.variants[network] === undefined).map(
        (network) =>
          html`<button type="button" class="secondary add-variant" @click=${() => c.variant(network, '')}>
            ${t.term('post-composer.caption.add', networkName(t, network))}
          </button>`,
      )}
    </div>
  </div>`;
}
