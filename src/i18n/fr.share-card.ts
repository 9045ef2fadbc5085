import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { frCommon } from './fr.common.js';
import type { enShareCard } from './en.share-card.js';

/* French strings of <chorus-share-card> (en.share-card.ts). Importing this module registers them, with the shared ones. */
export const frShareCard = {
  'share-card.label': 'Publication à partager',
  'share-card.load-error': 'Impossible de charger cette publication.',
  'share-card.not-found': 'Cette publication n’existe pas ou ne peut plus être partagée.',
  'share-card.none': 'Aucune publication à partager ici pour l’instant.',
  'share-card.preview': 'Aperçu du lien',
  'share-card.people': (n: number) =>
    plural('fr', n, {
      '=0': 'Aucun collègue ne l’a encore partagée',
      one: '# collègue l’a partagée',
      other: '# collègues l’ont partagée',
    }),
  'share-card.clicks': (n: number) => plural('fr', n, { one: '# clic', other: '# clics' }),
  'share-card.mine': 'Vous l’avez partagée',

  'share-card.network.linkedin': 'LinkedIn',
  'share-card.network.x': 'X',
  'share-card.network.facebook': 'Facebook',
  'share-card.network.teams': 'Microsoft Teams',
  'share-card.network.email': 'E-mail',
  'share-card.network.native': 'Autres applications',
  'share-card.network.copy': 'Copier le lien',
  'share-card.networks': 'Partager sur',
  'share-card.action': (network: string) => `Partager sur ${network}`,
  'share-card.action.email': 'Envoyer par e-mail',
  'share-card.action.native': 'Partager avec une autre application…',
  'share-card.action.copy': 'Copier le lien',

  'share-card.caption': (network: string) => `Texte pour ${network}`,
  'share-card.caption.readonly': 'Le texte est fixé par les auteurs de la publication.',
  'share-card.caption.locked': 'Toujours inclus, même si vous les supprimez\u00a0:',
  'share-card.caption.reset': 'Reprendre le texte d’origine',
  'share-card.caption.paste': (network: string) => `${network} ne reçoit que le lien\u00a0: le texte est copié pour que vous le colliez.`,
  'share-card.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'share-card.over': (network: string, n: number) =>
    plural('fr', n, {
      one: `# caractère de trop pour ${network}. Raccourcissez le texte pour le partager.`,
      other: `# caractères de trop pour ${network}. Raccourcissez le texte pour le partager.`,
    }),

  'share-card.copied': (network: string) => `Texte copié. Collez-le dans votre publication ${network}.`,
  'share-card.copy-refused': (network: string) =>
    `Votre navigateur n’a pas permis de copier le texte. Il est sélectionné ci-dessous\u00a0: copiez-le (Ctrl+C ou ⌘C), puis continuez vers ${network}.`,
  'share-card.continue': (network: string) => `Continuer vers ${network}`,
  'share-card.manual.caption': 'Texte à copier',
  'share-card.manual.link': 'Lien à copier',
  'share-card.link-copied': 'Lien copié.',
  'share-card.link-refused': 'Votre navigateur n’a pas permis de copier le lien. Il est sélectionné ci-dessous\u00a0: copiez-le avec Ctrl+C ou ⌘C.',
  'share-card.shared': (network: string) => `Merci d’avoir partagé sur ${network}\u202f!`,
  'share-card.failed': 'La publication n’a pas pu être partagée.',
  'share-card.record-failed': (network: string) => `Votre partage sur ${network} n’a pas été comptabilisé.`,
  'share-card.vetoed': 'Le partage a été bloqué par cette page.',
  'share-card.live': (n: number) => plural('fr', n, { one: 'Désormais partagée par # collègue', other: 'Désormais partagée par # collègues' }),

  'share-card.guidelines': 'Règles de partage',
  'share-card.guidelines.accept': 'J’accepte',
  'share-card.guidelines.accepted': 'Merci, vous avez accepté les règles de partage.',
  'share-card.guidelines.required': 'Lisez et acceptez les règles de partage avant de partager.',
  'share-card.guidelines.failed': 'Votre acceptation n’a pas été enregistrée.',

  'share-card.status.scheduled': (date: string) => `Programmée\u00a0: elle pourra être partagée à partir du ${date}.`,
  'share-card.status.expired': (date: string) => `Expirée le ${date}\u00a0: elle ne peut plus être partagée.`,
  'share-card.status.unpublished': 'Non publiée\u00a0: elle ne peut pas encore être partagée.',
  'share-card.bad-link': 'Le lien de cette publication n’est pas une adresse web\u00a0: elle ne peut pas être partagée.',
} satisfies typeof enShareCard;

registerChorusStrings(frCommon, frShareCard);
