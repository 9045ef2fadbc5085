import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { esCommon } from './es.common.js';
import type { enInsights } from './en.insights.js';

/* Spanish strings of <chorus-insights> (en.insights.ts). Importing this module registers them, with the shared ones. */
export const esInsights = {
  'insights.label': 'Indicadores del programa',
  'insights.heading': '¿Funciona el programa?',
  'insights.load-error': 'No se han podido cargar las cifras.',
  'insights.forbidden': 'Estas cifras son para quienes gestionan el programa. Pide a un administrador el rol «indicadores».',
  'insights.empty': 'Todavía no ha pasado nada en este periodo.',
  'insights.period': 'Periodo',
  'insights.period.week': 'Esta semana',
  'insights.period.month': 'Este mes',
  'insights.period.quarter': 'Este trimestre',
  'insights.period.all': 'Desde siempre',
  'insights.period.rolling-30': 'Últimos 30 días',
  'insights.compared': (current: string, previous: string) => `${current}, comparado con ${previous}`,
  'insights.since': (date: string) => `desde el ${date}`,
  'insights.until': (date: string) => `hasta el ${date}`,
  'insights.legend': 'Leyenda',
  'insights.legend.current': 'Este periodo: barra rellena',
  'insights.legend.previous': 'Periodo anterior: barra con contorno',
  'insights.withheld': (min: number) => `Menos de ${min} personas — oculto`,
  'insights.withheld.messages': (min: number) => `Menos de ${min} mensajes — oculto`,
  'insights.show-table': 'Mostrar la tabla',
  'insights.count-share': (count: string, share: string) => `${count} (${share})`,
  'insights.bar': (name: string, current: string, previous: string) => `${name}: ${current} en este periodo, ${previous} en el anterior`,
  'insights.company': 'Toda la empresa',
  'insights.col.team': 'Equipo',
  'insights.col.members': 'Miembros',
  'insights.col.active': 'Participaron',
  'insights.col.active-before': 'Participaron, periodo anterior',
  'insights.col.gave': 'Dieron kudos',
  'insights.col.received': 'Recibieron kudos',
  'insights.col.voted': 'Votaron',
  'insights.col.shared': 'Compartieron una publicación',
  'insights.col.value': 'Valor',
  'insights.col.kudos': 'Kudos',
  'insights.col.kudos-before': 'Kudos, periodo anterior',
  'insights.csv.withheld': 'oculto',
  'insights.participation.heading': 'Participación por equipo',
  'insights.participation.export': 'Descargar la participación (CSV)',
  'insights.participation.summary': (share: string, before: string) =>
    `El ${share} de la empresa participó en este periodo, frente al ${before} en el anterior.`,
  'insights.participation.best': (team: string, share: string) => `${team} fue el que más participó (${share}).`,
  'insights.participation.withheld': (n: number, min: number) =>
    plural('es', n, {
      one: `Un equipo tiene menos de ${min} personas: sus cifras están ocultas.`,
      other: `# equipos tienen menos de ${min} personas: sus cifras están ocultas.`,
    }),
  'insights.participation.company-withheld': (min: number) => `Las cifras de toda la empresa están ocultas: revelarían un grupo de menos de ${min} personas.`,
  'insights.feedback.heading': 'Comentarios anónimos',
  'insights.feedback.messages': (n: number) => plural('es', n, { one: '# mensaje', other: '# mensajes' }),
  'insights.feedback.summary': (current: string, previous: string) => `Este periodo: ${current}. Periodo anterior: ${previous}.`,
  'insights.feedback.note': 'Contados solo para toda la empresa: nada registra quién envió un mensaje.',
  'insights.recognition.heading': 'Reconocimiento por valor de la empresa',
  'insights.recognition.export': 'Descargar el reconocimiento (CSV)',
  'insights.recognition.top': (value: string, n: number) =>
    plural('es', n, { one: `${value} fue el más reconocido (# kudos).`, other: `${value} fue el más reconocido (# kudos).` }),
  'insights.recognition.unrecognised': (values: string) => `Nadie reconoció ${values} en este periodo.`,
  'insights.recognition.every': 'Cada valor fue reconocido en este periodo.',
  'insights.recognition.none': 'Ningún kudos público mencionó un valor en este periodo.',
} satisfies typeof enInsights;

registerChorusStrings(esCommon, esInsights);
