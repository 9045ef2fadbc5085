import { registerChorusStrings } from './localize.js';
import { frCommon } from './fr.common.js';
import type { enModeration } from './en.moderation.js';
import { plural } from './plural.js';

/* French strings of <chorus-moderation> (en.moderation.ts). Importing this module registers them, with the shared ones. */
export const frModeration = {
  'moderation.label': 'File de modération',
  'moderation.empty': 'Rien n’attend de décision ici.',
  'moderation.load-error': 'Impossible de charger la file de modération.',
  'moderation.forbidden': 'Cette file est réservée aux modérateurs. Demandez à un administrateur si vous devriez en être.',
  'moderation.filter.kind': 'Type',
  'moderation.filter.state': 'État',
  'moderation.filter.order': 'Ordre',
  'moderation.filter.all': 'Tous',
  'moderation.order.newest': 'Signalement le plus récent d’abord',
  'moderation.order.most-reported': 'Les plus signalés d’abord',
  'moderation.kind.kudos': 'Kudos',
  'moderation.kind.comment': 'Commentaire',
  'moderation.state.open': 'Ouvert',
  'moderation.state.kept': 'Conservé',
  'moderation.state.hidden': 'Masqué',
  'moderation.state.deleted': 'Supprimé',
  'moderation.by': (name: string) => `Par ${name}`,
  'moderation.to': (names: string) => `Pour ${names}`,
  'moderation.reports': (n: number) => plural('fr', n, { one: 'Signalé une fois', other: 'Signalé # fois' }),
  'moderation.reasons': 'Motifs donnés',
  'moderation.no-reason': 'Aucun motif donné',
  'moderation.reason-count': (n: number) => `×${n}`,
  'moderation.history': (n: number) => plural('fr', n, { '=0': 'Historique : aucune décision', one: 'Historique (1 étape)', other: 'Historique (# étapes)' }),
  'moderation.action.keep': 'Conserver',
  'moderation.action.hide': 'Masquer',
  'moderation.action.restore': 'Rétablir',
  'moderation.action.delete': 'Supprimer',
  'moderation.action.auto-hide': 'Masqué automatiquement après des signalements',
  'moderation.step': (action: string, who: string) => `${action} par ${who}`,
  'moderation.reason': 'Motif (l’auteur le voit si vous masquez ceci)',
  'moderation.done': (action: string) => `${action} : fait.`,
  'moderation.failed': 'Cela n’a pas fonctionné. Votre motif est conservé ; réessayez.',
  'moderation.reason-required': 'Dites pourquoi : l’historique le conserve, et l’auteur d’un élément masqué le lit.',
  'moderation.updated': 'La file a changé.',
} satisfies typeof enModeration;

registerChorusStrings(frCommon, frModeration);
