import type { ChorusPorts, PortName } from '../adapter/port-names.js';
import { PORT_NAMES } from '../adapter/port-names.js';
import type { LivePort } from '../adapter/port.js';
import type { RestAdapter } from '../adapters/rest/rest.adapter.js';
import { NetworkError } from '../core/errors.js';

export interface EndpointOptions {
  baseUrl: string;
  credentials?: RequestCredentials;
}

export interface EndpointAdapter extends ChorusPorts {
  /** The REST adapter once loaded (tests, hosts that want its extras). */
  loaded(): Promise<RestAdapter>;
  dispose(): void;
}

/** The ports of plain calls: every port but `live`, whose subscriptions are forwarded apart. */
type CallPorts = Pick<ChorusPorts, Exclude<PortName, 'live'>>;

/*
 * Every method of every port the REST adapter serves. Written as maps so TypeScript fails the
 * build when a port gains a method this list lacks (a plain object, not a Proxy: Lit and
 * promises probe values for special properties).
 */
/** A port's methods that every backend has; optional ones (a sender's live channel) are not forwarded. */
type Always<T> = { [M in keyof T as undefined extends T[M] ? never : M]: true };

const METHODS: { [K in keyof CallPorts]: Always<CallPorts[K]> } = {
  people: { searchPeople: true, listTeams: true },
  me: { getCurrentUser: true },
  kudos: {
    getKudosConfig: true,
    listKudos: true,
    getKudos: true,
    giveKudos: true,
    setReaction: true,
    listComments: true,
    addComment: true,
    reportKudos: true,
    reportComment: true,
    deleteKudos: true,
  },
  polls: { getPollLimits: true, getPoll: true, findLatestPoll: true, vote: true, createPoll: true, approveWriteIn: true, rejectWriteIn: true, closePoll: true },
  feedback: {
    getFeedbackConfig: true,
    sendFeedback: true,
    getFeedbackThread: true,
    replyToFeedback: true,
    listFeedback: true,
    getFeedbackSummary: true,
    getFeedbackById: true,
    answerFeedback: true,
    setFeedbackStatus: true,
  },
  moderation: { listReports: true, listQueue: true, moderate: true },
  shareCard: {
    listPosts: true,
    getPost: true,
    getGuidelines: true,
    acceptGuidelines: true,
    getShareLink: true,
    recordShare: true,
    createPost: true,
    updatePost: true,
    suggestPost: true,
    actOnPost: true,
  },
  leaderboard: { getLeaderboardConfig: true, getBoard: true, getMySummary: true, markBadgesAnnounced: true, setOptOut: true },
  insights: { getInsights: true },
};

/** A port whose every method waits for the REST adapter, then calls the same method on it. */
function forward<K extends keyof CallPorts>(port: K, rest: () => Promise<RestAdapter>): CallPorts[K] {
  const methods = Object.keys(METHODS[port]).map((method) => [
    method,
    async (...args: unknown[]) => {
      const real = (await rest())[port] as unknown as Record<string, (...a: unknown[]) => unknown>;
      return real[method]!(...args);
    },
  ]);
  return Object.fromEntries(methods) as CallPorts[K];
}

/**
 * The REST adapter for `<chorus-provider endpoint>`, usable at once while its code loads: each
 * call waits for the module (a separate chunk, so pages that never use `endpoint` never fetch
 * it) and then goes to the real adapter. Being there at once matters: a widget that finds no
 * adapter when it connects falls back to the embedded one.
 */
export function endpointAdapter(options: EndpointOptions): EndpointAdapter {
  let disposed = false;
  let loading: Promise<RestAdapter> | undefined;
  const rest = (): Promise<RestAdapter> =>
    (loading ??= import('../adapters/rest/rest.adapter.js').then(
      ({ RestAdapter }) => new RestAdapter({ baseUrl: options.baseUrl, credentials: options.credentials, shareLiveStream: true }),
      (error: unknown) => {
        // A chunk that failed to load (offline, a deploy in between) is tried again on the next call.
        loading = undefined;
        throw new NetworkError('The Chorus REST adapter could not be loaded.', { cause: error });
      },
    ));

  const calls = Object.fromEntries(
    PORT_NAMES.filter((port): port is keyof CallPorts => port !== 'live').map((port) => [port, forward(port, rest)]),
  ) as unknown as CallPorts;
  const live: LivePort = {
    subscribe(topic, listener) {
      let unsubscribe: (() => void) | undefined;
      let cancelled = false;
      rest().then(
        (adapter) => {
          if (!cancelled && !disposed) unsubscribe = adapter.live.subscribe(topic, listener);
        },
        // No live updates then; the widget's own calls report the failure.
        () => undefined,
      );
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
  };

  return {
    ...calls,
    live,
    loaded: rest,
    dispose() {
      disposed = true;
      loading?.then(
        (adapter) => adapter.dispose(),
        () => undefined,
      );
    },
  };
}
