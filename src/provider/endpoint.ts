import type { ChorusAdapter, FeedbackPort, KudosPort, LivePort, MePort, PeoplePort, PollPort } from '../adapter/port.js';
import type { RestAdapter } from '../adapters/rest/rest.adapter.js';
import { NetworkError } from '../core/errors.js';

export interface EndpointOptions {
  baseUrl: string;
  credentials?: RequestCredentials;
}

export interface EndpointAdapter extends ChorusAdapter {
  readonly people: PeoplePort;
  readonly me: MePort;
  readonly kudos: KudosPort;
  readonly polls: PollPort;
  readonly feedback: FeedbackPort;
  readonly live: LivePort;
  /** The REST adapter once loaded (tests, hosts that want its extras). */
  loaded(): Promise<RestAdapter>;
  dispose(): void;
}

type CallPorts = Pick<EndpointAdapter, 'people' | 'me' | 'kudos' | 'polls' | 'feedback'>;

/*
 * Every method of every port the REST adapter serves. Written as maps so TypeScript fails the
 * build when a port gains a method this list lacks (a plain object, not a Proxy: Lit and
 * promises probe values for special properties).
 */
const METHODS: { [K in keyof CallPorts]: Record<keyof CallPorts[K], true> } = {
  people: { searchPeople: true, listTeams: true },
  me: { getCurrentUser: true },
  kudos: {
    getKudosConfig: true, listKudos: true, getKudos: true, giveKudos: true, setReaction: true, listComments: true,
    addComment: true, reportKudos: true, deleteKudos: true,
  },
  polls: { getPollLimits: true, getPoll: true, vote: true, createPoll: true, approveWriteIn: true, closePoll: true },
  feedback: {
    getFeedbackConfig: true, sendFeedback: true, getFeedbackThread: true, replyToFeedback: true, listFeedback: true,
    getFeedbackSummary: true, getFeedbackById: true, answerFeedback: true, setFeedbackStatus: true,
  },
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
      ({ RestAdapter }) => new RestAdapter({ baseUrl: options.baseUrl, credentials: options.credentials }),
      (error: unknown) => {
        // A chunk that failed to load (offline, a deploy in between) is tried again on the next call.
        loading = undefined;
        throw new NetworkError('The Chorus REST adapter could not be loaded.', { cause: error });
      },
    ));

  const people = forward('people', rest);
  const me = forward('me', rest);
  const kudos = forward('kudos', rest);
  const polls = forward('polls', rest);
  const feedback = forward('feedback', rest);
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
    people,
    me,
    kudos,
    polls,
    feedback,
    live,
    loaded: rest,
    dispose() {
      disposed = true;
      loading?.then((adapter) => adapter.dispose(), () => undefined);
    },
  };
}
