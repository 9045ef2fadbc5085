import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { frCommon } from './fr.common.js';
import type { enInsights } from './en.insights.js';

/* French strings of <chorus-insights> (en.insights.ts). Importing this module registers them, with the shared ones. */
export const frInsights = {
  'insights.label': 'Indicateurs du programme',
  'insights.heading': 'Le programme fonctionne-t-il\u00a0?',
  'insights.load-error': 'Impossible de charger les chiffres.',
  'insights.forbidden': 'Ces chiffres sont réservés aux personnes qui animent le programme. Demandez le rôle «{NB}indicateurs{NB}» à un administrateur.',
  'insights.empty': 'Il ne s’est encore rien passé pendant cette période.',
  'insights.period': 'Période',
  'insights.period.week': 'Cette semaine',
  'insights.period.month': 'Ce mois-ci',
  'insights.period.quarter': 'Ce trimestre',
  'insights.period.all': 'Depuis le début',
  'insights.period.rolling-30': '30 derniers jours',
  'insights.compared': (current: string, previous: string) => `${current}, comparé à ${previous}`,
  'insights.since': (date: string) => `depuis le ${date}`,
  'insights.until': (date: string) => `jusqu’au ${date}`,
  'insights.legend': 'Légende',
  'insights.legend.current': 'Cette période\u00a0: barre pleine',
  'insights.legend.previous': 'Période précédente\u00a0: barre en contour',
  'insights.withheld': (min: number) => `Moins de ${min} personnes — masqué`,
  'insights.withheld.messages': (min: number) => `Moins de ${min} messages — masqué`,
  'insights.show-table': 'Afficher le tableau',
  'insights.count-share': (count: string, share: string) => `${count} (${share})`,
  'insights.bar': (name: string, current: string, previous: string) => `${name}\u00a0: ${current} cette période, ${previous} la période précédente`,
  'insights.company': 'Toute l’entreprise',
  'insights.col.team': 'Équipe',
  'insights.col.members': 'Membres',
  'insights.col.active': 'Ont participé',
  'insights.col.active-before': 'Ont participé, période précédente',
  'insights.col.gave': 'Ont envoyé des kudos',
  'insights.col.received': 'Ont reçu des kudos',
  'insights.col.voted': 'Ont voté',
  'insights.col.shared': 'Ont partagé une publication',
  'insights.col.value': 'Valeur',
  'insights.col.kudos': 'Kudos',
  'insights.col.kudos-before': 'Kudos, période précédente',
  'insights.csv.withheld': 'masqué',
  'insights.participation.heading': 'Participation par équipe',
  'insights.participation.export': 'Télécharger la participation (CSV)',
  'insights.participation.summary': (share: string, before: string) =>
    `${share} de l’entreprise a participé pendant cette période, contre ${before} pendant la précédente.`,
  'insights.participation.best': (team: string, share: string) => `${team} a le plus participé (${share}).`,
  'insights.participation.withheld': (n: number, min: number) =>
    plural('fr', n, {
      one: `Une équipe compte moins de ${min} personnes\u00a0: ses chiffres sont masqués.`,
      other: `# équipes comptent moins de ${min} personnes\u00a0: leurs chiffres sont masqués.`,
    }),
  'insights.participation.company-withheld': (min: number) =>
    `Les chiffres de l’entreprise sont masqués\u00a0: ils révéleraient un groupe de moins de ${min} personnes.`,
  'insights.feedback.heading': 'Retours anonymes',
  'insights.feedback.messages': (n: number) => plural('fr', n, { one: '# message', other: '# messages' }),
  'insights.feedback.summary': (current: string, previous: string) => `Cette période\u00a0: ${current}. Période précédente\u00a0: ${previous}.`,
  'insights.feedback.note': 'Comptés pour toute l’entreprise seulement\u00a0: rien n’enregistre qui a envoyé un message.',
  'insights.recognition.heading': 'Reconnaissance par valeur de l’entreprise',
  'insights.recognition.export': 'Télécharger la reconnaissance (CSV)',
  'insights.recognition.top': (value: string, n: number) =>
    plural('fr', n, { one: `${value} a été la plus reconnue (# kudos).`, other: `${value} a été la plus reconnue (# kudos).` }),
  'insights.recognition.unrecognised': (values: string) => `Personne n’a reconnu ${values} pendant cette période.`,
  'insights.recognition.every': 'Chaque valeur a été reconnue pendant cette période.',
  'insights.recognition.none': 'Aucun kudos public n’a cité de valeur pendant cette période.',
} satisfies typeof enInsights;

registerChorusStrings(frCommon, frInsights);
