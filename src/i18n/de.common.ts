import { registerChorusTranslation } from './localize.js';
import { plural } from './plural.js';
import type { SharedTranslation } from './en.js';

/*
 * German: the language, and the strings every widget shares (en.ts). Each widget's German
 * (de.<widget>.ts) imports this module, which registers them.
 */
export const deCommon = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.dismiss': 'Ausblenden',
  /** A time known only to the hour, in the current hour ("Sent earlier this hour"). */
  'common.time.this-hour': 'in dieser Stunde',
  'common.remove': (name: string) => `${name} entfernen`,
  'common.error.network': 'Der Dienst ist nicht erreichbar. Überprüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'common.error.validation': 'Bitte überprüfen Sie einige Angaben.',
  'common.error.forbidden': 'Sie haben keine Berechtigung für diese Aktion.',
  'common.error.not-found': 'Dieses Element ist nicht mehr vorhanden.',
  'common.error.conflict': 'Jemand anderes hat dies inzwischen geändert. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.',
  'common.error.rate-limited': (seconds: number | null) =>
    seconds
      ? plural('de', seconds, {
          one: 'Das ging etwas zu schnell. Versuchen Sie es in # Sekunde erneut.',
          other: 'Das ging etwas zu schnell. Versuchen Sie es in # Sekunden erneut.',
        })
      : 'Das ging etwas zu schnell. Versuchen Sie es gleich noch einmal.',
  'common.error.unsupported': 'Diese Funktion ist im Back-End dieser Website nicht verfügbar.',
  'common.error.not-configured': 'Dieses Widget ist mit keinem Dienst verbunden. Bitten Sie die Verantwortlichen der Website, es einzurichten.',
  'common.error.unknown': 'Ein Fehler ist aufgetreten. Versuchen Sie es erneut.',
  'common.field.required': 'Diese Angabe ist erforderlich.',
  'common.field.too-long': (max: number) => `Verwenden Sie höchstens ${max} Zeichen.`,
  'common.field.too-short': (min: number) => `Geben Sie mindestens ${min} Zeichen ein.`,
  'common.field.too-many': (max: number) => `Wählen Sie höchstens ${max} aus.`,
  'common.field.invalid': 'Diese Angabe scheint nicht zu stimmen.',
  'common.field.self': 'Sie können sich nicht selbst auswählen.',
  'common.field.unreadable':
    'Dieser Text enthält Zeichen, die nicht so angezeigt werden können (ein beschädigtes Emoji oder gestapelte Zeichen). Entfernen Sie sie.',
  'common.chars-left': (left: number) =>
    left >= 0
      ? plural('de', left, { one: 'Noch # Zeichen', other: 'Noch # Zeichen' })
      : plural('de', -left, { one: '# Zeichen zu viel', other: '# Zeichen zu viel' }),

  'people.search.label': 'Personen suchen',
  'people.search.placeholder': 'Namen eingeben…',
  'people.search.none': 'Keine passenden Personen.',
  'people.search.searching': 'Suche läuft…',
  'people.search.results': (n: number) => plural('de', n, { one: '# Person gefunden', other: '# Personen gefunden' }),
  'people.selected': (n: number) => plural('de', n, { one: '# Person ausgewählt', other: '# Personen ausgewählt' }),
  'people.added': (name: string) => `${name} hinzugefügt`,
  'people.removed': (name: string) => `${name} entfernt`,
  'people.max': (max: number) => plural('de', max, { one: 'Sie können nur eine Person auswählen.', other: 'Sie können bis zu # Personen auswählen.' }),
} satisfies SharedTranslation;

registerChorusTranslation(deCommon);
