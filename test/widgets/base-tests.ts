import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/provider/provider.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { ChorusAdapter, LivePort } from '../../src/adapter/port.js';
import type { ChorusElement } from '../../src/base/chorus-element.js';
import type { WidgetPort } from '../../src/controllers/widget.controller.js';
import { NetworkError } from '../../src/core/errors.js';
import type { ChorusErrorEvent } from '../../src/core/events.js';
import { buttonNamed, deepQuery, nextEvent, textOf, waitFor, withBlockedSessionStorage, withoutRandomUUID } from '../support.js';

/*
 * What every widget must do, whatever it is: one call per widget, in the manner of Shoelace's
 * runFormControlBaseTests. Each test builds the widget on an instant in-memory adapter whose port
 * may be stalled, broken or missing, and checks what a user or an integrator would notice.
 */

type Widget = ChorusElement & { adapter?: ChorusAdapter };

export interface WidgetBaseTestOptions {
  /** The element's tag, e.g. `chorus-kudos-wall`. */
  tag: string;
  /** The adapter member it talks to. */
  port: WidgetPort;
  /** A call its first load makes on that port: stalled for the loading state, failed for the load error. */
  loads: string;
  /** Properties set before it connects (a poll id, a pinned clock). */
  props?: Record<string, unknown>;
  /** Whether it shows its content (not a loading, error or unsupported state). */
  ready(el: Widget): boolean;
  /** The live topic it follows, if any. */
  live?: string;
  /** Sends something through the UI and resolves once the widget said it was stored (for widgets that send). */
  send?(el: Widget): Promise<void>;
  /** Options of the in-memory adapter (who is signed in). */
  memory?: MemoryAdapterOptions;
  /** How many of what `send` stores the backend holds (to check a send is stored exactly once). */
  stored?(adapter: MemoryAdapter): Promise<number>;
}

/** `base` with some calls of one port replaced, and its other members as they are. */
function withPort(base: MemoryAdapter, port: WidgetPort, overrides: Record<string, unknown>): ChorusAdapter {
  const replaced = Object.assign(Object.create(base[port]) as object, overrides);
  return { ...base, [port]: replaced } as ChorusAdapter;
}

export function runWidgetBaseTests(o: WidgetBaseTestOptions): void {
  const adapters: MemoryAdapter[] = [];
  const memory = (): MemoryAdapter => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0, ...o.memory });
    adapters.push(adapter);
    return adapter;
  };
  /** The widget on `adapter`, its properties set before it connects, inside `wrap` when given. */
  async function make(adapter: ChorusAdapter, wrap?: (widget: Widget) => unknown): Promise<Widget> {
    const el = Object.assign(document.createElement(o.tag) as Widget, o.props ?? {}, { adapter });
    await fixture<HTMLElement>(html`<div>${wrap ? wrap(el) : el}</div>`);
    await el.updateComplete;
    return el;
  }

  const loaded = async (el: Widget) => waitFor(() => o.ready(el), `${o.tag} loaded: ${textOf(el)}`);

  describe(`${o.tag}: widget base`, () => {
    beforeEach(() => sessionStorage.clear());
    afterEach(() => adapters.splice(0).forEach((a) => a.dispose()));

    it('says it is loading, and is in :state(loading), until its first load is done', async () => {
      let release!: () => void;
      const stalled = new Promise<void>((resolve) => (release = resolve));
      const base = memory();
      const original = (base[o.port] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[o.loads]!.bind(base[o.port]);
      const el = await make(withPort(base, o.port, { [o.loads]: async (...args: unknown[]) => (await stalled, original(...args)) }));
      await waitFor(() => el.matches(':state(loading)'), 'in :state(loading)');
      expect(deepQuery(el, '[role="status"]:not([aria-live])')?.textContent).to.include('Loading');
      release();
      await loaded(el);
      await waitFor(() => !el.matches(':state(loading)'), 'out of :state(loading)');
    });

    it('tells the page and the user when its load fails, and loads again on "Try again"', async () => {
      const base = memory();
      let fail = true;
      const original = (base[o.port] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[o.loads]!.bind(base[o.port]);
      const adapter = withPort(base, o.port, {
        [o.loads]: (...args: unknown[]) => (fail ? Promise.reject(new NetworkError()) : original(...args)),
      });
      const errors: ChorusErrorEvent[] = [];
      const listen = (e: ChorusErrorEvent) => errors.push(e);
      document.addEventListener('chorus-error', listen);
      const el = await make(adapter).finally(() => document.removeEventListener('chorus-error', listen));
      const retry = await waitFor(() => buttonNamed(el, 'Try again'), 'a retry button');
      expect(deepQuery(el, '[role="alert"]')).to.exist;
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(errors.some((e) => e.error.kind === 'network' && e.target === el)).to.equal(true);
      fail = false;
      retry.click();
      await loaded(el);
    });

    it('says it is not available on this site when the adapter has no port for it', async () => {
      const base = memory();
      const adapter: ChorusAdapter = { people: base.people, me: base.me, live: base.live };
      const failed = nextEvent(document, 'chorus-error');
      const el = await make(adapter);
      expect((await failed).error.kind).to.equal('unsupported');
      await waitFor(() => textOf(el).includes('isn’t available on this site'), 'the unsupported notice');
      expect(buttonNamed(el, 'Try again')).to.equal(undefined);
    });

    it('uses its own .adapter over the provider’s', async () => {
      const outer = memory();
      const own = memory();
      const calls: string[] = [];
      const spy = (name: string, base: MemoryAdapter) => {
        const original = (base[o.port] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[o.loads]!.bind(base[o.port]);
        return withPort(base, o.port, { [o.loads]: (...args: unknown[]) => (calls.push(name), original(...args)) });
      };
      const el = await make(spy('own', own), (widget) => html`<chorus-provider .adapter=${spy('provider', outer)}>${widget}</chorus-provider>`);
      await loaded(el);
      expect(calls).to.include('own');
      expect(calls).not.to.include('provider');
    });

    if (o.live) {
      it('follows live updates while connected, and stops when removed', async () => {
        const base = memory();
        const live = { subscribed: 0, unsubscribed: 0 };
        const port: LivePort = {
          subscribe: (topic, listener) => {
            const stop = base.live.subscribe(topic, listener);
            if (topic !== o.live) return stop;
            live.subscribed++;
            return () => (live.unsubscribed++, stop());
          },
        };
        const el = await make({ ...withPort(base, o.port, {}), live: port });
        await loaded(el);
        expect(live.subscribed - live.unsubscribed).to.equal(1);
        el.remove();
        expect(live.subscribed - live.unsubscribed).to.equal(0);
      });
    }

    it('takes lang and dir from an ancestor', async () => {
      const el = await make(memory(), (widget) => html`<div lang="ar" dir="rtl">${widget}</div>`);
      await loaded(el);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('ar');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`has no axe violations when loaded, in the ${theme} theme`, async () => {
        const el = await make(memory());
        el.theme = theme;
        await loaded(el);
        await expect(el).to.be.accessible();
      });
    }

    const send = o.send;
    if (send) {
      for (const [page, hostile] of [
        ['crypto.randomUUID is missing (plain http)', withoutRandomUUID],
        ['sessionStorage throws', withBlockedSessionStorage],
      ] as const) {
        it(`sends, once, where ${page}`, async () => {
          const adapter = memory();
          const before = (await o.stored?.(adapter)) ?? 0;
          const el = await make(adapter);
          await loaded(el);
          const restore = hostile();
          const errors: ChorusErrorEvent[] = [];
          el.addEventListener('chorus-error', (e) => errors.push(e));
          try {
            await send(el);
          } finally {
            restore();
          }
          expect(errors.map((e) => e.operation)).to.deep.equal([]);
          if (o.stored) expect(await o.stored(adapter)).to.equal(before + 1);
        });
      }
    }
  });
}
