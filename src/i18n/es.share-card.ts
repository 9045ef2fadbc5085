import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { esCommon } from './es.common.js';
import type { enShareCard } from './en.share-card.js';

/* Spanish strings of <chorus-share-card> (en.share-card.ts). Importing this module registers them, with the shared ones. */
export const esShareCard = {
  'share-card.label': 'Publicación para compartir',
  'share-card.load-error': 'No se pudo cargar esta publicación.',
  'share-card.not-found': 'Esta publicación no existe o ya no se puede compartir.',
  'share-card.none': 'Todavía no hay ninguna publicación para compartir aquí.',
  'share-card.preview': 'Vista previa del enlace',
  'share-card.people': (n: number) =>
    plural('es', n, { '=0': 'Ningún compañero la ha compartido todavía', one: '# compañero la ha compartido', other: '# compañeros la han compartido' }),
  'share-card.clicks': (n: number) => plural('es', n, { one: '# clic', other: '# clics' }),
  'share-card.mine': 'La has compartido',

  'share-card.network.linkedin': 'LinkedIn',
  'share-card.network.x': 'X',
  'share-card.network.facebook': 'Facebook',
  'share-card.network.teams': 'Microsoft Teams',
  'share-card.network.email': 'Correo',
  'share-card.network.native': 'Otras aplicaciones',
  'share-card.network.copy': 'Copiar enlace',
  'share-card.networks': 'Compartir en',
  'share-card.action': (network: string) => `Compartir en ${network}`,
  'share-card.action.email': 'Enviar por correo',
  'share-card.action.native': 'Compartir con otra aplicación…',
  'share-card.action.copy': 'Copiar el enlace',

  'share-card.caption': (network: string) => `Texto para ${network}`,
  'share-card.caption.readonly': 'El texto lo fijan los autores de la publicación.',
  'share-card.caption.locked': 'Siempre incluidos, aunque los borres:',
  'share-card.caption.reset': 'Usar el texto original',
  'share-card.caption.paste': (network: string) => `${network} solo recibe el enlace: el texto se copia para que lo pegues.`,
  'share-card.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'share-card.over': (network: string, n: number) =>
    plural('es', n, {
      one: `# carácter por encima del límite de ${network}. Acorta el texto para compartirlo allí.`,
      other: `# caracteres por encima del límite de ${network}. Acorta el texto para compartirlo allí.`,
    }),

  'share-card.copied': (network: string) => `Texto copiado. Pégalo en tu publicación de ${network}.`,
  'share-card.copy-refused': (network: string) =>
    `Tu navegador no permitió copiar el texto. Está seleccionado abajo: cópialo (Ctrl+C o ⌘C) y luego continúa a ${network}.`,
  'share-card.continue': (network: string) => `Continuar a ${network}`,
  'share-card.manual.caption': 'Texto para copiar',
  'share-card.manual.link': 'Enlace para copiar',
  'share-card.link-copied': 'Enlace copiado.',
  'share-card.link-refused': 'Tu navegador no permitió copiar el enlace. Está seleccionado abajo: cópialo con Ctrl+C o ⌘C.',
  'share-card.shared': (network: string) => `¡Gracias por compartir en ${network}!`,
  'share-card.failed': 'No se pudo compartir la publicación.',
  'share-card.record-failed': (network: string) => `No se contabilizó tu acción de compartir en ${network}.`,
  'share-card.vetoed': 'Esta página ha impedido compartir.',
  'share-card.live': (n: number) => plural('es', n, { one: 'Ahora compartida por # compañero', other: 'Ahora compartida por # compañeros' }),

  'share-card.guidelines': 'Normas para compartir',
  'share-card.guidelines.accept': 'Acepto',
  'share-card.guidelines.accepted': 'Gracias, has aceptado las normas para compartir.',
  'share-card.guidelines.required': 'Lee y acepta las normas para compartir antes de compartir.',
  'share-card.guidelines.failed': 'Tu aceptación no se guardó.',

  'share-card.status.scheduled': (date: string) => `Programada: se podrá compartir a partir del ${date}.`,
  'share-card.status.expired': (date: string) => `Caducó el ${date}: ya no se puede compartir.`,
  'share-card.status.unpublished': 'No publicada: todavía no se puede compartir.',
  'share-card.bad-link': 'El enlace de esta publicación no es una dirección web, así que no se puede compartir.',
} satisfies typeof enShareCard;

registerChorusStrings(esCommon, esShareCard);
