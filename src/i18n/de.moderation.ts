import { registerChorusStrings } from './localize.js';
import { deCommon } from './de.common.js';
import type { enModeration } from './en.moderation.js';
import { plural } from './plural.js';

/* German strings of <chorus-moderation> (en.moderation.ts). Importing this module registers them, with the shared ones. */
export const deModeration = {
  'moderation.label': 'Moderationswarteschlange',
  'moderation.empty': 'Hier wartet nichts auf eine Entscheidung.',
  'moderation.load-error': 'Die Moderationswarteschlange konnte nicht geladen werden.',
  'moderation.forbidden':
    'Diese Warteschlange ist für Moderatorinnen und Moderatoren. Fragen Sie eine Administratorin oder einen Administrator, ob Sie dazugehören sollten.',
  'moderation.filter.kind': 'Art',
  'moderation.filter.state': 'Status',
  'moderation.filter.order': 'Reihenfolge',
  'moderation.filter.all': 'Alle',
  'moderation.order.newest': 'Neueste Meldung zuerst',
  'moderation.order.most-reported': 'Am häufigsten gemeldet zuerst',
  'moderation.kind.kudos': 'Kudos',
  'moderation.kind.comment': 'Kommentar',
  'moderation.state.open': 'Offen',
  'moderation.state.kept': 'Behalten',
  'moderation.state.hidden': 'Ausgeblendet',
  'moderation.state.deleted': 'Gelöscht',
  'moderation.by': (name: string) => `Von ${name}`,
  'moderation.to': (names: string) => `An ${names}`,
  'moderation.reports': (n: number) => plural('de', n, { one: 'Einmal gemeldet', other: '#-mal gemeldet' }),
  'moderation.reasons': 'Angegebene Gründe',
  'moderation.no-reason': 'Kein Grund angegeben',
  'moderation.reason-count': (n: number) => `×${n}`,
  'moderation.history': (n: number) => plural('de', n, { '=0': 'Verlauf: noch keine Entscheidung', one: 'Verlauf (1 Schritt)', other: 'Verlauf (# Schritte)' }),
  'moderation.action.keep': 'Behalten',
  'moderation.action.hide': 'Ausblenden',
  'moderation.action.restore': 'Wiederherstellen',
  'moderation.action.delete': 'Löschen',
  'moderation.action.auto-hide': 'Nach Meldungen automatisch ausgeblendet',
  'moderation.step': (action: string, who: string) => `${action} von ${who}`,
  'moderation.reason': 'Grund (die Person, die es geschrieben hat, sieht ihn, wenn Sie ausblenden)',
  'moderation.done': (action: string) => `${action}: erledigt.`,
  'moderation.failed': 'Das hat nicht geklappt. Ihr Grund bleibt erhalten; versuchen Sie es erneut.',
  'moderation.reason-required': 'Geben Sie einen Grund an: Der Verlauf bewahrt ihn, und wer einen ausgeblendeten Beitrag geschrieben hat, liest ihn.',
  'moderation.updated': 'Die Warteschlange hat sich geändert.',
} satisfies typeof enModeration;

registerChorusStrings(deCommon, deModeration);
