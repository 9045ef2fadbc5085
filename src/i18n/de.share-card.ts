import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { deCommon } from './de.common.js';
import type { enShareCard } from './en.share-card.js';

/* German strings of <chorus-share-card> (en.share-card.ts). Importing this module registers them, with the shared ones. */
export const deShareCard = {
  'share-card.label': 'Beitrag zum Teilen',
  'share-card.load-error': 'Dieser Beitrag konnte nicht geladen werden.',
  'share-card.not-found': 'Diesen Beitrag gibt es nicht, oder er kann nicht mehr geteilt werden.',
  'share-card.none': 'Hier gibt es noch keinen Beitrag zum Teilen.',
  'share-card.preview': 'Linkvorschau',
  'share-card.people': (n: number) =>
    plural('de', n, {
      '=0': 'Noch von niemandem geteilt',
      one: '# Kollegin oder Kollege hat das geteilt',
      other: '# Kolleginnen und Kollegen haben das geteilt',
    }),
  'share-card.clicks': (n: number) => plural('de', n, { one: '# Klick', other: '# Klicks' }),
  'share-card.mine': 'Sie haben das geteilt',

  'share-card.network.linkedin': 'LinkedIn',
  'share-card.network.x': 'X',
  'share-card.network.facebook': 'Facebook',
  'share-card.network.teams': 'Microsoft Teams',
  'share-card.network.email': 'E-Mail',
  'share-card.network.native': 'Andere Apps',
  'share-card.network.copy': 'Link kopieren',
  'share-card.networks': 'Teilen auf',
  'share-card.action': (network: string) => `Auf ${network} teilen`,
  'share-card.action.email': 'Per E-Mail senden',
  'share-card.action.native': 'Mit einer anderen App teilen …',
  'share-card.action.copy': 'Den Link kopieren',

  'share-card.caption': (network: string) => `Text für ${network}`,
  'share-card.caption.readonly': 'Den Text legen die Verfasser des Beitrags fest.',
  'share-card.caption.locked': 'Immer enthalten, auch wenn Sie sie löschen:',
  'share-card.caption.reset': 'Ursprünglichen Text verwenden',
  'share-card.caption.paste': (network: string) => `${network} übernimmt nur den Link: Der Text wird zum Einfügen für Sie kopiert.`,
  'share-card.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'share-card.over': (network: string, n: number) =>
    plural('de', n, {
      one: `# Zeichen über dem Limit von ${network}. Kürzen Sie den Text, um ihn dort zu teilen.`,
      other: `# Zeichen über dem Limit von ${network}. Kürzen Sie den Text, um ihn dort zu teilen.`,
    }),

  'share-card.copied': (network: string) => `Text kopiert. Fügen Sie ihn in Ihren ${network}-Beitrag ein.`,
  'share-card.copy-refused': (network: string) =>
    `Ihr Browser hat das Kopieren des Textes nicht erlaubt. Er ist unten markiert: Kopieren Sie ihn (Strg+C oder ⌘C) und fahren Sie dann mit ${network} fort.`,
  'share-card.continue': (network: string) => `Weiter zu ${network}`,
  'share-card.manual.caption': 'Text zum Kopieren',
  'share-card.manual.link': 'Link zum Kopieren',
  'share-card.link-copied': 'Link kopiert.',
  'share-card.link-refused': 'Ihr Browser hat das Kopieren des Links nicht erlaubt. Er ist unten markiert: Kopieren Sie ihn mit Strg+C oder ⌘C.',
  'share-card.shared': (network: string) => `Danke fürs Teilen auf ${network}!`,
  'share-card.failed': 'Der Beitrag konnte nicht geteilt werden.',
  'share-card.record-failed': (network: string) => `Ihr Teilen auf ${network} wurde nicht gezählt.`,
  'share-card.vetoed': 'Das Teilen wurde von dieser Seite verhindert.',
  'share-card.live': (n: number) => plural('de', n, { one: 'Jetzt von # Person geteilt', other: 'Jetzt von # Personen geteilt' }),

  'share-card.guidelines': 'Richtlinien zum Teilen',
  'share-card.guidelines.accept': 'Ich stimme zu',
  'share-card.guidelines.accepted': 'Danke, Sie haben den Richtlinien zum Teilen zugestimmt.',
  'share-card.guidelines.required': 'Lesen Sie die Richtlinien zum Teilen und stimmen Sie ihnen zu, bevor Sie teilen.',
  'share-card.guidelines.failed': 'Ihre Zustimmung wurde nicht gespeichert.',

  'share-card.status.scheduled': (date: string) => `Geplant: Ab ${date} kann er geteilt werden.`,
  'share-card.status.expired': (date: string) => `Abgelaufen am ${date}: Er kann nicht mehr geteilt werden.`,
  'share-card.status.unpublished': 'Nicht veröffentlicht: Er kann noch nicht geteilt werden.',
  'share-card.bad-link': 'Der Link dieses Beitrags ist keine Webadresse, daher kann er nicht geteilt werden.',
} satisfies typeof enShareCard;

registerChorusStrings(deCommon, deShareCard);
