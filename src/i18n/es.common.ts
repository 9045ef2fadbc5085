import { registerChorusTranslation } from './localize.js';
import { plural } from './plural.js';
import type { SharedTranslation } from './en.js';

/*
 * Spanish: the language, and the strings every widget shares (en.ts). Each widget's Spanish
 * (es.<widget>.ts) imports this module, which registers them.
 */
export const esCommon = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  'common.loading': 'Cargando…',
  'common.retry': 'Reintentar',
  'common.cancel': 'Cancelar',
  'common.close': 'Cerrar',
  'common.dismiss': 'Descartar',
  /** A time known only to the hour, in the current hour ("Sent earlier this hour"). */
  'common.time.this-hour': 'en la hora en curso',
  'common.remove': (name: string) => `Quitar a ${name}`,
  'common.error.network': 'No se pudo conectar con el servicio. Comprueba la conexión y vuelve a intentarlo.',
  'common.error.validation': 'Hay datos que necesitan revisión.',
  'common.error.forbidden': 'No tienes permiso para realizar esta acción.',
  'common.error.not-found': 'Este elemento ya no existe.',
  'common.error.conflict': 'Otra persona lo cambió mientras tanto. Actualiza y vuelve a intentarlo.',
  'common.error.rate-limited': (seconds: number | null) =>
    seconds ? `Demasiados intentos seguidos. Vuelve a intentarlo en ${seconds}\u00a0s.` : 'Demasiados intentos seguidos. Vuelve a intentarlo en un momento.',
  'common.error.unsupported': 'Esta función no está disponible en el servidor de este sitio.',
  'common.error.not-configured': 'Este widget no está conectado a ningún servicio. Pide al responsable del sitio que lo configure.',
  'common.error.unknown': 'Se produjo un error. Vuelve a intentarlo.',
  'common.field.required': 'Este campo es obligatorio.',
  'common.field.too-long': (max: number) => plural('es', max, { one: 'No puede superar # carácter.', other: 'No puede superar los # caracteres.' }),
  'common.field.too-short': (min: number) => plural('es', min, { one: 'Debe tener al menos # carácter.', other: 'Debe tener al menos # caracteres.' }),
  'common.field.too-many': (max: number) => `Elige ${max} como máximo.`,
  'common.field.invalid': 'Este valor no parece correcto.',
  'common.field.self': 'No puedes elegirte.',
  'common.field.unreadable': 'Este texto tiene caracteres que no se pueden mostrar tal cual (un emoji roto o marcas apiladas). Elimínalos.',
  'common.chars-left': (left: number) =>
    left >= 0
      ? plural('es', left, { one: 'Queda # carácter', other: 'Quedan # caracteres' })
      : plural('es', -left, { one: '# carácter de más', other: '# caracteres de más' }),

  'people.search.label': 'Buscar colegas',
  'people.search.placeholder': 'Buscar por nombre…',
  'people.search.none': 'No se encontró a nadie.',
  'people.search.searching': 'Buscando…',
  'people.search.results': (n: number) => plural('es', n, { one: 'Se encontró # persona', other: 'Se encontraron # personas' }),
  'people.selected': (n: number) => plural('es', n, { one: '# persona seleccionada', other: '# personas seleccionadas' }),
  'people.added': (name: string) => `Se agregó a ${name}`,
  'people.removed': (name: string) => `Se quitó a ${name}`,
  'people.max': (max: number) => plural('es', max, { one: 'Se puede elegir # persona como máximo.', other: 'Se pueden elegir hasta # personas.' }),
} satisfies SharedTranslation;

registerChorusTranslation(esCommon);
