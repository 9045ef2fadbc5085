import { registerChorusStrings } from './localize.js';
import { esCommon } from './es.common.js';
import type { enModeration } from './en.moderation.js';
import { plural } from './plural.js';

/* Spanish strings of <chorus-moderation> (en.moderation.ts). Importing this module registers them, with the shared ones. */
export const esModeration = {
  'moderation.label': 'Cola de moderación',
  'moderation.empty': 'Aquí no hay nada pendiente de decisión.',
  'moderation.load-error': 'No se pudo cargar la cola de moderación.',
  'moderation.forbidden': 'Esta cola es para moderadores. Pregunta a un administrador si deberías serlo.',
  'moderation.filter.kind': 'Tipo',
  'moderation.filter.state': 'Estado',
  'moderation.filter.order': 'Orden',
  'moderation.filter.all': 'Todos',
  'moderation.order.newest': 'Denuncia más reciente primero',
  'moderation.order.most-reported': 'Más denunciados primero',
  'moderation.kind.kudos': 'Kudos',
  'moderation.kind.comment': 'Comentario',
  'moderation.state.open': 'Abierto',
  'moderation.state.kept': 'Mantenido',
  'moderation.state.hidden': 'Oculto',
  'moderation.state.deleted': 'Eliminado',
  'moderation.by': (name: string) => `De ${name}`,
  'moderation.to': (names: string) => `Para ${names}`,
  'moderation.reports': (n: number) => plural('es', n, { one: 'Denunciado una vez', other: 'Denunciado # veces' }),
  'moderation.reasons': 'Motivos indicados',
  'moderation.no-reason': 'Sin motivo',
  'moderation.reason-count': (n: number) => `×${n}`,
  'moderation.history': (n: number) => plural('es', n, { '=0': 'Historial: sin decisión aún', one: 'Historial (1 paso)', other: 'Historial (# pasos)' }),
  'moderation.action.keep': 'Mantener',
  'moderation.action.hide': 'Ocultar',
  'moderation.action.restore': 'Restaurar',
  'moderation.action.delete': 'Eliminar',
  'moderation.action.auto-hide': 'Ocultado automáticamente tras las denuncias',
  'moderation.step': (action: string, who: string) => `${action} por ${who}`,
  'moderation.reason': 'Motivo (el autor lo ve si lo ocultas)',
  'moderation.done': (action: string) => `${action}: hecho.`,
  'moderation.failed': 'No ha funcionado. Tu motivo se conserva; inténtalo de nuevo.',
  'moderation.reason-required': 'Indica el motivo: el historial lo guarda y el autor de un elemento oculto lo lee.',
  'moderation.updated': 'La cola ha cambiado.',
} satisfies typeof enModeration;

registerChorusStrings(esCommon, esModeration);
