import { Task, TaskStatus, initialState } from '@lit/task';
import type { ChorusAdapter } from '../adapter/port.js';
import type { ChorusElement } from '../base/chorus-element.js';
import { NotConfiguredError, UnsupportedError, isAbort } from '../core/errors.js';
import type { CurrentUser } from '../core/people.js';
import { AdapterController } from './adapter.controller.js';

/** The ports a widget may be built on: every member of ChorusAdapter (a new widget's port adds itself) but the shared ones. */
export type WidgetPort = Exclude<keyof ChorusAdapter, 'people' | 'me' | 'live'>;
export type PortOf<K extends WidgetPort> = NonNullable<ChorusAdapter[K]>;

/** What every widget has once it is set up: its port, the signed-in user, and what its own load returned. */
export type WidgetSetup<K extends WidgetPort, D> = D & { port: PortOf<K>; user: CurrentUser | undefined };

export interface WidgetOptions<K extends WidgetPort, D> {
  /** The adapter's member the widget talks to; an adapter without it shows "not available on this site". */
  port: K;
  /** Loads the rest of what the widget needs before it can draw anything (its config, limits, teams). */
  load(port: PortOf<K>, context: { adapter: ChorusAdapter; signal: AbortSignal }): Promise<D>;
  /** The widget also works signed out (the feedback box): a failing `me` call then means no user. */
  userOptional?: boolean;
  /** Still loading once set up (a first page, the poll itself): kept in `:state(loading)`. */
  loading?: () => boolean;
}

type Host = ChorusElement & { adapter?: ChorusAdapter };

/**
 * A widget's start: the adapter (its `.adapter`, the provider's, or the page's default), its port
 * (missing → UnsupportedError, shown as "not available on this site"), the current user (the
 * provider's, else the adapter's `me`) and the widget's own load, run as one `@lit/task` that an
 * adapter change restarts. `:state(loading)` follows it. Tasks own no side effects in their bodies:
 * Lit calls `onComplete` only for the latest run, so a stale run changes nothing.
 */
export class WidgetController<K extends WidgetPort, D> extends AdapterController {
  readonly setup: Task<readonly [ChorusAdapter | undefined, NotConfiguredError | undefined], WidgetSetup<K, D>>;

  constructor(
    private readonly widget: Host,
    private readonly options: WidgetOptions<K, D>,
  ) {
    super(widget);
    this.setup = new Task(widget, {
      args: () => [this.adapter, this.problem] as const,
      task: async ([adapter, problem], { signal }) => {
        const knownUser = this.context?.user;
        if (problem) throw problem;
        if (!adapter) return initialState as never;
        const port = adapter[options.port] as PortOf<K> | undefined;
        if (!port) throw new UnsupportedError(options.port);
        const me = knownUser ?? adapter.me?.getCurrentUser({ signal });
        const [user, data] = await Promise.all([
          options.userOptional ? Promise.resolve(me).catch(() => undefined) : me,
          options.load(port, { adapter, signal }),
        ]);
        return { ...data, port, user };
      },
      // The page hears of a failed load (operation `load`, a missing port included) as of any failed call.
      onError: (error) => {
        if (!isAbort(error)) widget.reportError('load', error);
      },
    });
  }

  /** The setup once it completed (kept while a new adapter's setup runs). */
  get value(): WidgetSetup<K, D> | undefined {
    return this.setup.value;
  }

  get loading(): boolean {
    const status = this.setup.status;
    if (status === TaskStatus.ERROR) return false;
    return status !== TaskStatus.COMPLETE || !!this.options.loading?.();
  }

  /** Runs the setup again (the retry of a load error). */
  retry(): void {
    void this.setup.run();
  }

  /** The setup as a template: `loading` until it completes, `error` with a retry, then `body`. */
  render(views: { loading: () => unknown; error: (error: unknown, retry: () => void) => unknown; body: (setup: WidgetSetup<K, D>) => unknown }): unknown {
    const retry = () => this.retry();
    return this.setup.render({ initial: views.loading, pending: views.loading, error: (e) => views.error(e, retry), complete: views.body });
  }

  hostUpdated(): void {
    this.widget.customStates.set('loading', this.loading);
  }
}
