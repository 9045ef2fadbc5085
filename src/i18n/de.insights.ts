import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { deCommon } from './de.common.js';
import type { enInsights } from './en.insights.js';

/* German strings of <chorus-insights> (en.insights.ts). Importing this module registers them, with the shared ones. */
export const deInsights = {
  'insights.label': 'Programm-Kennzahlen',
  'insights.heading': 'Wirkt das Programm?',
  'insights.load-error': 'Die Zahlen konnten nicht geladen werden.',
  'insights.forbidden':
    'Diese Zahlen sind für die Verantwortlichen des Programms bestimmt. Bitten Sie eine Administratorin oder einen Administrator um die Rolle „Kennzahlen“.',
  'insights.empty': 'In diesem Zeitraum ist noch nichts passiert.',
  'insights.period': 'Zeitraum',
  'insights.period.week': 'Diese Woche',
  'insights.period.month': 'Dieser Monat',
  'insights.period.quarter': 'Dieses Quartal',
  'insights.period.all': 'Gesamte Zeit',
  'insights.period.rolling-30': 'Letzte 30 Tage',
  'insights.compared': (current: string, previous: string) => `${current}, verglichen mit ${previous}`,
  'insights.since': (date: string) => `seit ${date}`,
  'insights.until': (date: string) => `bis ${date}`,
  'insights.legend': 'Legende',
  'insights.legend.current': 'Dieser Zeitraum: gefüllter Balken',
  'insights.legend.previous': 'Voriger Zeitraum: umrandeter Balken',
  'insights.withheld': (min: number) => `Weniger als ${min} Personen – ausgeblendet`,
  'insights.withheld.messages': (min: number) => `Weniger als ${min} Nachrichten – ausgeblendet`,
  'insights.show-table': 'Tabelle anzeigen',
  'insights.count-share': (count: string, share: string) => `${count} (${share})`,
  'insights.bar': (name: string, current: string, previous: string) => `${name}: ${current} in diesem Zeitraum, ${previous} im vorigen`,
  'insights.company': 'Ganzes Unternehmen',
  'insights.col.team': 'Team',
  'insights.col.members': 'Mitglieder',
  'insights.col.active': 'Haben teilgenommen',
  'insights.col.active-before': 'Haben teilgenommen, voriger Zeitraum',
  'insights.col.gave': 'Haben Kudos gegeben',
  'insights.col.received': 'Haben Kudos erhalten',
  'insights.col.voted': 'Haben abgestimmt',
  'insights.col.shared': 'Haben einen Beitrag geteilt',
  'insights.col.value': 'Wert',
  'insights.col.kudos': 'Kudos',
  'insights.col.kudos-before': 'Kudos, voriger Zeitraum',
  'insights.csv.withheld': 'ausgeblendet',
  'insights.participation.heading': 'Beteiligung nach Team',
  'insights.participation.export': 'Beteiligung herunterladen (CSV)',
  'insights.participation.summary': (share: string, before: string) =>
    `${share} des Unternehmens haben in diesem Zeitraum teilgenommen, gegenüber ${before} im vorigen.`,
  'insights.participation.best': (team: string, share: string) => `${team} hat sich am stärksten beteiligt (${share}).`,
  'insights.participation.withheld': (n: number, min: number) =>
    plural('de', n, {
      one: `Ein Team hat weniger als ${min} Personen: Seine Zahlen werden ausgeblendet.`,
      other: `# Teams haben weniger als ${min} Personen: Ihre Zahlen werden ausgeblendet.`,
    }),
  'insights.participation.company-withheld': (min: number) =>
    `Die Zahlen des Unternehmens werden ausgeblendet: Sie würden eine Gruppe von weniger als ${min} Personen erkennbar machen.`,
  'insights.feedback.heading': 'Anonymes Feedback',
  'insights.feedback.messages': (n: number) => plural('de', n, { one: '# Nachricht', other: '# Nachrichten' }),
  'insights.feedback.summary': (current: string, previous: string) => `Dieser Zeitraum: ${current}. Voriger Zeitraum: ${previous}.`,
  'insights.feedback.note': 'Nur für das ganze Unternehmen gezählt: Nichts hält fest, wer eine Nachricht gesendet hat.',
  'insights.recognition.heading': 'Anerkennung nach Unternehmenswert',
  'insights.recognition.export': 'Anerkennung herunterladen (CSV)',
  'insights.recognition.top': (value: string, n: number) =>
    plural('de', n, { one: `${value} wurde am häufigsten anerkannt (# Kudos).`, other: `${value} wurde am häufigsten anerkannt (# Kudos).` }),
  'insights.recognition.unrecognised': (values: string) => `Niemand hat in diesem Zeitraum ${values} anerkannt.`,
  'insights.recognition.every': 'Jeder Wert wurde in diesem Zeitraum anerkannt.',
  'insights.recognition.none': 'In diesem Zeitraum hat kein öffentliches Kudos einen Wert genannt.',
} satisfies typeof enInsights;

registerChorusStrings(deCommon, deInsights);
