import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { deCommon } from './de.common.js';
import type { enPostComposer } from './en.post-composer.js';

/* German strings of <chorus-post-composer> (en.post-composer.ts). Importing this module registers them, with the shared ones. */
export const dePostComposer = {
  'post-composer.label': 'Beitrag zum Teilen verfassen',
  'post-composer.heading.new': 'Neuer Beitrag',
  'post-composer.heading.edit': 'Beitrag bearbeiten',
  'post-composer.optional': 'optional',
  'post-composer.returned': 'Mit diesem Kommentar an Sie zurückgeschickt:',
  'post-composer.not-author': 'Nur Beitragsautorinnen und -autoren können hier Beiträge verfassen.',
  'post-composer.not-editable': 'Dieser Beitrag kann jetzt nicht mehr geändert werden.',

  'post-composer.title': 'Titel',
  'post-composer.link': 'Link zum Teilen',
  'post-composer.link.hint': 'Die Seite, die Kolleginnen und Kollegen teilen, beginnend mit https://',
  'post-composer.image': 'Bildadresse',
  'post-composer.image.alt': 'Bildbeschreibung',
  'post-composer.image.alt.hint': 'Pflicht bei einem Bild: was es zeigt, für Menschen, die es nicht sehen.',
  'post-composer.topic': 'Thema',

  'post-composer.caption': 'Text',
  'post-composer.caption.hint': 'Gilt für jedes Netzwerk ohne eigenen Text.',
  'post-composer.caption.for': (network: string) => `Text für ${network}`,
  'post-composer.caption.add': (network: string) => `Eigenen Text für ${network} hinzufügen`,
  'post-composer.caption.remove': (network: string) => `Text für ${network} entfernen`,

  'post-composer.locked': 'Immer enthalten',
  'post-composer.locked.hint': 'Wer teilt, kann diese Teile nicht entfernen: Fehlen sie, werden sie am Ende des Textes wieder angefügt.',
  'post-composer.disclosure': 'Kennzeichnung',
  'post-composer.disclosure.hint': 'Zum Beispiel #employee',
  'post-composer.hashtags': 'Pflicht-Hashtags',
  'post-composer.hashtags.hint': 'Durch Kommas oder Leerzeichen getrennt, zum Beispiel #LifeAtBrightwater #Karriere',
  'post-composer.editable': 'Wer teilt, darf den Text bearbeiten',

  'post-composer.schedule': 'Zeitplan',
  'post-composer.schedule.hint': 'Leer lassen, um sofort nach der Freigabe zu veröffentlichen und bis zur Archivierung zu behalten.',
  'post-composer.publish-at': 'Veröffentlichen am',
  'post-composer.expire-at': 'Läuft ab am',

  'post-composer.preview': 'Vorschau für',
  'post-composer.preview.link': 'Beim Teilen angefügter Link:',
  'post-composer.network.linkedin': 'LinkedIn',
  'post-composer.network.x': 'X',
  'post-composer.network.facebook': 'Facebook',
  'post-composer.network.teams': 'Microsoft Teams',
  'post-composer.network.email': 'E-Mail',
  'post-composer.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'post-composer.over': (network: string, n: number) =>
    plural('de', n, {
      one: `# Zeichen über dem Limit von ${network}. Kürzen Sie den Text, den es verwendet.`,
      other: `# Zeichen über dem Limit von ${network}. Kürzen Sie den Text, den es verwendet.`,
    }),
  'post-composer.within': (network: string) => `Der Text passt wieder in das Limit von ${network}.`,

  'post-composer.save': 'Entwurf speichern',
  'post-composer.save.edit': 'Speichern',
  'post-composer.submit': 'Zur Freigabe einreichen',
  'post-composer.saving': 'Wird gespeichert…',
  'post-composer.saved': 'Entwurf gespeichert.',
  'post-composer.saved.edit': 'Änderungen gespeichert.',
  'post-composer.submitted': 'Zur Freigabe eingereicht.',
  'post-composer.failed': 'Der Beitrag wurde nicht gespeichert; alles, was Sie eingegeben haben, ist noch da.',
  'post-composer.submit-failed': 'Der Beitrag wurde gespeichert, aber nicht zur Freigabe eingereicht.',
  'post-composer.check': 'Einige Felder brauchen Ihre Aufmerksamkeit.',

  'post-composer.error.title': 'Geben Sie dem Beitrag einen Titel.',
  'post-composer.error.link': 'Fügen Sie den Link zum Teilen hinzu.',
  'post-composer.error.link.invalid': 'Verwenden Sie eine Webadresse, die mit https:// oder http:// beginnt.',
  'post-composer.error.image.invalid': 'Verwenden Sie eine Bildadresse, die mit https:// oder http:// beginnt.',
  'post-composer.error.image.alt': 'Beschreiben Sie das Bild für Menschen, die es nicht sehen.',
  'post-composer.error.disclosure': (max: number) => `Die Kennzeichnung muss in eine Zeile mit höchstens ${max} Zeichen passen.`,
  'post-composer.error.hashtags': 'Ein Hashtag ist ein # gefolgt von Buchstaben, Ziffern oder _.',
  'post-composer.error.date': 'Wählen Sie ein gültiges Datum mit Uhrzeit.',
  'post-composer.error.expire': 'Der Beitrag muss nach seiner Veröffentlichung ablaufen.',
  'post-composer.error.caption': (network: string, max: number) => `Zu lang für ${network}: höchstens ${max} Zeichen.`,
} satisfies typeof enPostComposer;

registerChorusStrings(deCommon, dePostComposer);
