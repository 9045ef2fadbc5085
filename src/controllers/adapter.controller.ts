import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chorusContext, type ChorusContextValue } from '../adapter/context.js';
import { getDefaultAdapter, isProvisionalDefault, onDefaultAdapterChange, setProvisionalDefaultAdapter } from '../adapter/default.js';
import type { ChorusAdapter } from '../adapter/port.js';
import { onTrustedTypesRefused, trustedTypesRefused } from '../base/trusted-types.guard.js';
import { NotConfiguredError } from '../core/errors.js';

type Host = ReactiveControllerHost & HTMLElement & { adapter?: ChorusAdapter };

let loadingDefault: Promise<ChorusAdapter> | undefined;
/** The embedded adapter, loaded only by pages that configure nothing, so REST users never pay for it. */
function loadEmbeddedDefault(): Promise<ChorusAdapter> {
  return (loadingDefault ??= import('../adapters/memory/memory.adapter.js').then(
    ({ MemoryAdapter }) => getDefaultAdapter() ?? setProvisionalDefaultAdapter(new MemoryAdapter()),
  ));
}

/** Whether `el` sits inside a `<chorus-provider>` (through shadow roots), upgraded or not. */
function insideProvider(el: Element): boolean {
  for (let node: Node | null = el.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if ((node as Element).localName === 'chorus-provider') return true;
  }
  return false;
}

/** Resolves once the page and its scripts have loaded (a provider's script may set its adapter until then). */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

const logged = new Set<string>();

/**
 * Which adapter a widget talks to: its own `.adapter` property, else the nearest
 * `<chorus-provider>`'s, else the page's default. Chorus's embedded adapter (the demo company,
 * kept in this browser) is that default only on a page that configures nothing: never for a
 * widget inside a provider, which waits for the provider's adapter and, once the page has loaded
 * without one, shows a NotConfiguredError; nor once the page's Trusted Types policy stopped a copy
 * of Chorus (the copy meant to set the backend). `adapter` is undefined while waiting; tasks wait too.
 */
export class AdapterController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof chorusContext, Host>;
  private unsubscribe: (() => void)[] = [];
  private providerGaveNone = false;
  private refused?: NotConfiguredError;
  private noBackend?: NotConfiguredError;

  constructor(private readonly host: Host) {
    this.consumer = new ContextConsumer(host, { context: chorusContext, subscribe: true });
    host.addController(this);
  }

  get context(): ChorusContextValue | undefined {
    return this.consumer.value;
  }

  get adapter(): ChorusAdapter | undefined {
    const chosen = this.host.adapter ?? this.consumer.value?.adapter;
    if (chosen) return chosen;
    if (isProvisionalDefault() && (insideProvider(this.host) || trustedTypesRefused())) return undefined;
    return getDefaultAdapter();
  }

  /** Why there is no adapter and none will come by itself, if so. */
  get problem(): NotConfiguredError | undefined {
    if (this.adapter) return undefined;
    // The same error each time: the setup task restarts only when its arguments change.
    if (trustedTypesRefused()) {
      return (this.refused ??= new NotConfiguredError('trusted-types', 'Trusted Types refused "lit-html".'));
    }
    if (this.providerGaveNone && insideProvider(this.host)) {
      return (this.noBackend ??= new NotConfiguredError('no-backend', 'The provider gives no backend.'));
    }
    return undefined;
  }

  /** The provider's locale, for the localization controller. */
  get locale(): string | undefined {
    return this.consumer.value?.locale;
  }

  hostConnected(): void {
    // A page script may set (or replace Chorus's fallback with) its default at any time.
    if (!this.unsubscribe.length) {
      const update = () => this.host.requestUpdate();
      this.unsubscribe = [onDefaultAdapterChange(update), onTrustedTypesRefused(update)];
    }
    // The context request above is answered synchronously by an upgraded provider.
    if (this.adapter) return;
    if (insideProvider(this.host)) {
      void pageLoaded().then(() => {
        if (this.adapter || !this.host.isConnected || !insideProvider(this.host)) return;
        this.providerGaveNone = true;
        const fix = `Chorus: <${this.host.localName}> is in a <chorus-provider> with no backend. Fix: set its endpoint attribute or adapter property.`;
        if (!trustedTypesRefused() && !logged.has(fix)) {
          logged.add(fix);
          console.error(fix);
        }
        this.host.requestUpdate();
      });
      return;
    }
    if (trustedTypesRefused()) return;
    void loadEmbeddedDefault().then(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.unsubscribe = [];
  }
}
