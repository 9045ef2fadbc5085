import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { itCommon } from './it.common.js';
import type { enInsights } from './en.insights.js';

/* Italian strings of <chorus-insights> (en.insights.ts). Importing this module registers them, with the shared ones. */
export const itInsights = {
  'insights.label': 'Indicatori del programma',
  'insights.heading': 'Il programma funziona?',
  'insights.load-error': 'Impossibile caricare i dati.',
  'insights.forbidden': 'Questi dati sono riservati a chi gestisce il programma. Chiedi a un amministratore il ruolo «indicatori».',
  'insights.empty': 'In questo periodo non è ancora successo nulla.',
  'insights.period': 'Periodo',
  'insights.period.week': 'Questa settimana',
  'insights.period.month': 'Questo mese',
  'insights.period.quarter': 'Questo trimestre',
  'insights.period.all': 'Da sempre',
  'insights.period.rolling-30': 'Ultimi 30 giorni',
  'insights.compared': (current: string, previous: string) => `${current}, rispetto a ${previous}`,
  'insights.since': (date: string) => `dal ${date}`,
  'insights.until': (date: string) => `fino al ${date}`,
  'insights.legend': 'Legenda',
  'insights.legend.current': 'Questo periodo: barra piena',
  'insights.legend.previous': 'Periodo precedente: barra con contorno',
  'insights.withheld': (min: number) => `Meno di ${min} persone — nascosto`,
  'insights.withheld.messages': (min: number) => `Meno di ${min} messaggi — nascosto`,
  'insights.show-table': 'Mostra la tabella',
  'insights.count-share': (count: string, share: string) => `${count} (${share})`,
  'insights.bar': (name: string, current: string, previous: string) => `${name}: ${current} in questo periodo, ${previous} nel precedente`,
  'insights.company': 'Tutta l’azienda',
  'insights.col.team': 'Team',
  'insights.col.members': 'Membri',
  'insights.col.active': 'Hanno partecipato',
  'insights.col.active-before': 'Hanno partecipato, periodo precedente',
  'insights.col.gave': 'Hanno dato kudos',
  'insights.col.received': 'Hanno ricevuto kudos',
  'insights.col.voted': 'Hanno votato',
  'insights.col.shared': 'Hanno condiviso un post',
  'insights.col.value': 'Valore',
  'insights.col.kudos': 'Kudos',
  'insights.col.kudos-before': 'Kudos, periodo precedente',
  'insights.csv.withheld': 'nascosto',
  'insights.participation.heading': 'Partecipazione per team',
  'insights.participation.export': 'Scarica la partecipazione (CSV)',
  'insights.participation.summary': (share: string, before: string) =>
    `Il ${share} dell’azienda ha partecipato in questo periodo, contro il ${before} nel precedente.`,
  'insights.participation.best': (team: string, share: string) => `${team} ha partecipato di più (${share}).`,
  'insights.participation.withheld': (n: number, min: number) =>
    plural('it', n, {
      one: `Un team ha meno di ${min} persone: i suoi dati sono nascosti.`,
      other: `# team hanno meno di ${min} persone: i loro dati sono nascosti.`,
    }),
  'insights.participation.company-withheld': (min: number) => `I dati dell’intera azienda sono nascosti: rivelerebbero un gruppo di meno di ${min} persone.`,
  'insights.feedback.heading': 'Feedback anonimo',
  'insights.feedback.messages': (n: number) => plural('it', n, { one: '# messaggio', other: '# messaggi' }),
  'insights.feedback.summary': (current: string, previous: string) => `Questo periodo: ${current}. Periodo precedente: ${previous}.`,
  'insights.feedback.note': 'Contati solo per tutta l’azienda: nulla registra chi ha inviato un messaggio.',
  'insights.recognition.heading': 'Riconoscimenti per valore aziendale',
  'insights.recognition.export': 'Scarica i riconoscimenti (CSV)',
  'insights.recognition.top': (value: string, n: number) =>
    plural('it', n, { one: `${value} è stato il più riconosciuto (# kudos).`, other: `${value} è stato il più riconosciuto (# kudos).` }),
  'insights.recognition.unrecognised': (values: string) => `Nessuno ha riconosciuto ${values} in questo periodo.`,
  'insights.recognition.every': 'Ogni valore è stato riconosciuto in questo periodo.',
  'insights.recognition.none': 'Nessun kudos pubblico ha indicato un valore in questo periodo.',
} satisfies typeof enInsights;

registerChorusStrings(itCommon, itInsights);
