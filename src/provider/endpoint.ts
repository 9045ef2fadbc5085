import type { ChorusAdapter, KudosPort, LivePort, MePort, PeoplePort } from '../adapter/port.js';
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
  readonly live: LivePort;
  /** The REST adapter once loaded (tests, hosts that want its extras). */
  loaded(): Promise<RestAdapter>;
  dispose(): void;
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

  const people: PeoplePort = {
    searchPeople: async (query, o) => (await rest()).people.searchPeople(query, o),
    listTeams: async (o) => (await rest()).people.listTeams(o),
  };
  const me: MePort = {
    getCurrentUser: async (o) => (await rest()).me.getCurrentUser(o),
  };
  const kudos: KudosPort = {
    getKudosConfig: async (o) => (await rest()).kudos.getKudosConfig(o),
    listKudos: async (query, o) => (await rest()).kudos.listKudos(query, o),
    giveKudos: async (draft, o) => (await rest()).kudos.giveKudos(draft, o),
    setReaction: async (id, emoji, active, o) => (await rest()).kudos.setReaction(id, emoji, active, o),
    listComments: async (id, o) => (await rest()).kudos.listComments(id, o),
    addComment: async (id, message, o) => (await rest()).kudos.addComment(id, message, o),
    reportKudos: async (id, reason, o) => (await rest()).kudos.reportKudos(id, reason, o),
    deleteKudos: async (id, o) => (await rest()).kudos.deleteKudos(id, o),
  };
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
    live,
    loaded: rest,
    dispose() {
      disposed = true;
      loading?.then((adapter) => adapter.dispose(), () => undefined);
    },
  };
}
