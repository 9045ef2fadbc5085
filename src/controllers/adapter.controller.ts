import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chorusContext, type ChorusContextValue } from '../adapter/context.js';
import { getDefaultAdapter, onDefaultAdapterChange, setProvisionalDefaultAdapter } from '../adapter/default.js';
import type { ChorusAdapter } from '../adapter/port.js';

type Host = ReactiveControllerHost & HTMLElement & { adapter?: ChorusAdapter };

let loadingDefault: Promise<ChorusAdapter> | undefined;
/** The embedded adapter, loaded only by pages that configure nothing, so REST users never pay for it. */
function loadEmbeddedDefault(): Promise<ChorusAdapter> {
  return (loadingDefault ??= import('../adapters/memory/memory.adapter.js').then(
    ({ MemoryAdapter }) => getDefaultAdapter() ?? setProvisionalDefaultAdapter(new MemoryAdapter()),
  ));
}

/**
 * Which adapter a widget talks to: its own `.adapter` property, else the nearest
 * `<chorus-provider>`'s, else the page's default (the embedded adapter unless a script set one).
 * `adapter` is undefined only while that default is loading; tasks wait for it.
 */
export class AdapterController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof chorusContext, Host>;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: Host) {
    this.consumer = new ContextConsumer(host, { context: chorusContext, subscribe: true });
    host.addController(this);
  }

  get context(): ChorusContextValue | undefined {
    return this.consumer.value;
  }

  get adapter(): ChorusAdapter | undefined {
    return this.host.adapter ?? this.consumer.value?.adapter ?? getDefaultAdapter();
  }

  /** The provider's locale, for the localization controller. */
  get locale(): string | undefined {
    return this.consumer.value?.locale;
  }

  hostConnected(): void {
    // A page script may set (or replace Chorus's fallback with) its default at any time.
    this.unsubscribe ??= onDefaultAdapterChange(() => this.host.requestUpdate());
    // The context request above is answered synchronously by an upgraded provider.
    if (this.adapter) return;
    void loadEmbeddedDefault().then(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
