import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { esCommon } from './es.common.js';
import type { enPostComposer } from './en.post-composer.js';

/* Spanish strings of <chorus-post-composer> (en.post-composer.ts). Importing this module registers them, with the shared ones. */
export const esPostComposer = {
  'post-composer.label': 'Escribir una publicación para compartir',
  'post-composer.heading.new': 'Nueva publicación',
  'post-composer.heading.edit': 'Editar la publicación',
  'post-composer.optional': 'opcional',
  'post-composer.returned': 'Te la devolvieron con este comentario:',
  'post-composer.not-author': 'Solo los autores de publicaciones pueden escribir aquí.',
  'post-composer.not-editable': 'Esta publicación ya no se puede cambiar.',

  'post-composer.title': 'Título',
  'post-composer.link': 'Enlace para compartir',
  'post-composer.link.hint': 'La página que comparten tus compañeros, empezando por https://',
  'post-composer.image': 'Dirección de la imagen',
  'post-composer.image.alt': 'Descripción de la imagen',
  'post-composer.image.alt.hint': 'Obligatoria con una imagen: lo que muestra, para quien no puede verla.',
  'post-composer.topic': 'Tema',

  'post-composer.caption': 'Texto',
  'post-composer.caption.hint': 'Se usa en cada red que no tiene un texto propio.',
  'post-composer.caption.for': (network: string) => `Texto para ${network}`,
  'post-composer.caption.add': (network: string) => `Añadir un texto para ${network}`,
  'post-composer.caption.remove': (network: string) => `Quitar el texto para ${network}`,

  'post-composer.locked': 'Siempre incluidos',
  'post-composer.locked.hint': 'Quien comparte no puede quitarlos: si faltan, se vuelven a añadir al final del texto.',
  'post-composer.disclosure': 'Aviso',
  'post-composer.disclosure.hint': 'Por ejemplo #employee',
  'post-composer.hashtags': 'Hashtags obligatorios',
  'post-composer.hashtags.hint': 'Separados por comas o espacios, por ejemplo #LifeAtBrightwater #Empleo',
  'post-composer.editable': 'Quien comparte puede editar el texto',

  'post-composer.schedule': 'Programación',
  'post-composer.schedule.hint': 'Déjalo vacío para publicar en cuanto se apruebe y mantenerla hasta que se archive.',
  'post-composer.publish-at': 'Publicar el',
  'post-composer.expire-at': 'Caduca el',

  'post-composer.preview': 'Vista previa en',
  'post-composer.preview.link': 'Enlace añadido al compartir:',
  'post-composer.network.linkedin': 'LinkedIn',
  'post-composer.network.x': 'X',
  'post-composer.network.facebook': 'Facebook',
  'post-composer.network.teams': 'Microsoft Teams',
  'post-composer.network.email': 'Correo electrónico',
  'post-composer.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'post-composer.over': (network: string, n: number) =>
    plural('es', n, {
      one: `# carácter por encima del límite de ${network}. Acorta el texto que usa.`,
      other: `# caracteres por encima del límite de ${network}. Acorta el texto que usa.`,
    }),
  'post-composer.within': (network: string) => `El texto vuelve a caber en el límite de ${network}.`,

  'post-composer.save': 'Guardar borrador',
  'post-composer.save.edit': 'Guardar',
  'post-composer.submit': 'Enviar para aprobación',
  'post-composer.saving': 'Guardando…',
  'post-composer.saved': 'Borrador guardado.',
  'post-composer.saved.edit': 'Cambios guardados.',
  'post-composer.submitted': 'Enviada para aprobación.',
  'post-composer.failed': 'La publicación no se guardó; todo lo que escribiste sigue aquí.',
  'post-composer.submit-failed': 'La publicación se guardó, pero no se envió para aprobación.',
  'post-composer.check': 'Algunos campos necesitan tu atención.',

  'post-composer.error.title': 'Ponle un título a la publicación.',
  'post-composer.error.link': 'Añade el enlace para compartir.',
  'post-composer.error.link.invalid': 'Usa una dirección web que empiece por https:// o http://.',
  'post-composer.error.image.invalid': 'Usa una dirección de imagen que empiece por https:// o http://.',
  'post-composer.error.image.alt': 'Describe la imagen para quien no puede verla.',
  'post-composer.error.disclosure': (max: number) => `El aviso debe caber en una línea de ${max} caracteres como máximo.`,
  'post-composer.error.hashtags': 'Un hashtag es un # seguido de letras, cifras o _.',
  'post-composer.error.date': 'Elige una fecha y una hora válidas.',
  'post-composer.error.expire': 'La publicación debe caducar después de publicarse.',
  'post-composer.error.caption': (network: string, max: number) => `Demasiado largo para ${network}: ${max} caracteres como máximo.`,
} satisfies typeof enPostComposer;

registerChorusStrings(esCommon, esPostComposer);
