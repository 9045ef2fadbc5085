import { registerChorusStrings } from './localize.js';
import { itCommon } from './it.common.js';
import type { enModeration } from './en.moderation.js';
import { plural } from './plural.js';

/* Italian strings of <chorus-moderation> (en.moderation.ts). Importing this module registers them, with the shared ones. */
export const itModeration = {
  'moderation.label': 'Coda di moderazione',
  'moderation.empty': 'Qui non c’è nulla in attesa di una decisione.',
  'moderation.load-error': 'Impossibile caricare la coda di moderazione.',
  'moderation.forbidden': 'Questa coda è riservata ai moderatori. Chiedi a un amministratore se dovresti esserlo.',
  'moderation.filter.kind': 'Tipo',
  'moderation.filter.state': 'Stato',
  'moderation.filter.order': 'Ordine',
  'moderation.filter.all': 'Tutti',
  'moderation.order.newest': 'Segnalazione più recente prima',
  'moderation.order.most-reported': 'Più segnalati prima',
  'moderation.kind.kudos': 'Kudos',
  'moderation.kind.comment': 'Commento',
  'moderation.state.open': 'Aperto',
  'moderation.state.kept': 'Mantenuto',
  'moderation.state.hidden': 'Nascosto',
  'moderation.state.deleted': 'Eliminato',
  'moderation.by': (name: string) => `Di ${name}`,
  'moderation.to': (names: string) => `Per ${names}`,
  'moderation.reports': (n: number) => plural('it', n, { one: 'Segnalato una volta', other: 'Segnalato # volte' }),
  'moderation.reasons': 'Motivi indicati',
  'moderation.no-reason': 'Nessun motivo indicato',
  'moderation.reason-count': (n: number) => `×${n}`,
  'moderation.history': (n: number) =>
    plural('it', n, { '=0': 'Cronologia: nessuna decisione', one: 'Cronologia (1 passaggio)', other: 'Cronologia (# passaggi)' }),
  'moderation.action.keep': 'Mantieni',
  'moderation.action.hide': 'Nascondi',
  'moderation.action.restore': 'Ripristina',
  'moderation.action.delete': 'Elimina',
  'moderation.action.auto-hide': 'Nascosto automaticamente dopo le segnalazioni',
  'moderation.step': (action: string, who: string) => `${action} da ${who}`,
  'moderation.reason': 'Motivo (l’autore lo vede se lo nascondi)',
  'moderation.done': (action: string) => `${action}: fatto.`,
  'moderation.failed': 'Non ha funzionato. Il tuo motivo è conservato; riprova.',
  'moderation.reason-required': 'Indica il motivo: la cronologia lo conserva e l’autore di un elemento nascosto lo legge.',
  'moderation.updated': 'La coda è cambiata.',
} satisfies typeof enModeration;

registerChorusStrings(itCommon, itModeration);
