import { html, nothing, type TemplateResult } from 'lit';
import type { ShareNetwork } from '../../core/share-card.domain.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { FailedRecord, ManualCopy } from './share.controller.js';

/** The networks in the picker's order; `native` only where the device has a share sheet. */
export const PICKER: readonly ShareNetwork[] = ['linkedin', 'x', 'facebook', 'teams', 'email', 'native', 'copy'];

export function networkName(t: ChorusLocalize, network: ShareNetwork): string {
  return t.term(`share-card.network.${network}`);
}

/** The share button's words: "Share on X", "Send by e-mail", "Copy the link". */
export function actionLabel(t: ChorusLocalize, network: ShareNetwork): string {
  if (network === 'email' || network === 'native' || network === 'copy') return t.term(`share-card.action.${network}`);
  return t.term('share-card.action', networkName(t, network));
}

/** The network picker: native radios (arrow keys move between them), drawn as a row of buttons. */
export function networkPicker(t: ChorusLocalize, networks: readonly ShareNetwork[], chosen: ShareNetwork, pick: (n: ShareNetwork) => void): TemplateResult {
  return html`<fieldset part="networks" class="networks">
    <legend>${t.term('share-card.networks')}</legend>
    ${networks.map(
      (network) =>
        html`<label class="network ${network}">
          <input type="radio" name="network" class="visually-hidden" value=${network} .checked=${network === chosen} @change=${() => pick(network)} />
          <span>${networkName(t, network)}</span>
        </label>`,
    )}
  </fieldset>`;
}

export interface ShareButtonContext {
  t: ChorusLocalize;
  network: ShareNetwork;
  /** The caption is over the network's limit: the counter (#counter) says so, and sharing waits. */
  overLimit: boolean;
  busy: boolean;
  share: () => void;
}

/** The one share action for the chosen network; over the limit it stays focusable and says why (the counter). */
export function shareButton(c: ShareButtonContext): TemplateResult {
  const off = c.overLimit || c.busy;
  return html`<div class="share-row">
    <button
      type="button"
      part="share"
      class="primary share"
      aria-disabled=${off ? 'true' : 'false'}
      aria-describedby=${c.overLimit ? 'counter' : ''}
      @click=${() => off || c.share()}
    >
      ${actionLabel(c.t, c.network)}
    </button>
  </div>`;
}

/** The caption or link, selected in a read-only field, where the clipboard was refused. */
export function manualCopyView(t: ChorusLocalize, manual: ManualCopy | null, go: () => void, copied: () => void): TemplateResult | typeof nothing {
  if (!manual) return nothing;
  const label = manual.kind === 'caption' ? t.term('share-card.manual.caption') : t.term('share-card.manual.link');
  return html`<div class="manual-copy">
    <label for="manual">${label}</label>
    <textarea id="manual" readonly rows=${manual.kind === 'caption' ? 4 : 2} dir="auto" .value=${manual.text} @copy=${copied}></textarea>
    ${
      manual.href
        ? html`<button type="button" class="secondary" @click=${go}>${t.term('share-card.continue', networkName(t, manual.network))}</button>`
        : nothing
    }
  </div>`;
}

/** A share handed over but not counted, with its retry. */
export function failedRecordView(t: ChorusLocalize, failed: FailedRecord | null, retry: () => void): TemplateResult | typeof nothing {
  if (!failed) return nothing;
  return html`<div class="notice error" role="alert">
    <span>${failed.text}</span>
    <button type="button" class="secondary" @click=${retry}>${t.term('common.retry')}</button>
  </div>`;
}
