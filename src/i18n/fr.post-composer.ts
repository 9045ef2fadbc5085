import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { frCommon } from './fr.common.js';
import type { enPostComposer } from './en.post-composer.js';

/* French strings of <chorus-post-composer> (en.post-composer.ts). Importing this module registers them, with the shared ones. */
export const frPostComposer = {
  'post-composer.label': 'Rédiger une publication à partager',
  'post-composer.heading.new': 'Nouvelle publication',
  'post-composer.heading.edit': 'Modifier la publication',
  'post-composer.optional': 'facultatif',
  'post-composer.returned': 'Renvoyée avec ce commentaire\u00a0:',
  'post-composer.not-author': 'Seuls les auteurs de publications peuvent rédiger ici.',
  'post-composer.not-editable': 'Cette publication ne peut plus être modifiée.',

  'post-composer.title': 'Titre',
  'post-composer.link': 'Lien à partager',
  'post-composer.link.hint': 'La page que les collègues partagent, commençant par https://',
  'post-composer.image': 'Adresse de l’image',
  'post-composer.image.alt': 'Description de l’image',
  'post-composer.image.alt.hint': 'Obligatoire avec une image\u00a0: ce qu’elle montre, pour les personnes qui ne la voient pas.',
  'post-composer.topic': 'Thème',

  'post-composer.caption': 'Texte',
  'post-composer.caption.hint': 'Utilisé sur chaque réseau qui n’a pas son propre texte.',
  'post-composer.caption.for': (network: string) => `Texte pour ${network}`,
  'post-composer.caption.add': (network: string) => `Ajouter un texte pour ${network}`,
  'post-composer.caption.remove': (network: string) => `Supprimer le texte pour ${network}`,

  'post-composer.locked': 'Toujours inclus',
  'post-composer.locked.hint': 'Les personnes qui partagent ne peuvent pas les retirer\u00a0: ils sont rajoutés à la fin du texte s’ils manquent.',
  'post-composer.disclosure': 'Mention',
  'post-composer.disclosure.hint': 'Par exemple #employee',
  'post-composer.hashtags': 'Hashtags obligatoires',
  'post-composer.hashtags.hint': 'Séparés par des virgules ou des espaces, par exemple #LifeAtBrightwater #Recrutement',
  'post-composer.editable': 'Les personnes qui partagent peuvent modifier le texte',

  'post-composer.schedule': 'Programmation',
  'post-composer.schedule.hint': 'Laissez vide pour publier dès l’approbation et garder la publication jusqu’à son archivage.',
  'post-composer.publish-at': 'Publier le',
  'post-composer.expire-at': 'Expire le',

  'post-composer.preview': 'Aperçu sur',
  'post-composer.preview.link': 'Lien ajouté au partage\u00a0:',
  'post-composer.network.linkedin': 'LinkedIn',
  'post-composer.network.x': 'X',
  'post-composer.network.facebook': 'Facebook',
  'post-composer.network.teams': 'Microsoft Teams',
  'post-composer.network.email': 'E-mail',
  'post-composer.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'post-composer.over': (network: string, n: number) =>
    plural('fr', n, {
      one: `# caractère de trop pour ${network}. Raccourcissez le texte qu’il utilise.`,
      other: `# caractères de trop pour ${network}. Raccourcissez le texte qu’il utilise.`,
    }),
  'post-composer.within': (network: string) => `Le texte respecte de nouveau la limite de ${network}.`,

  'post-composer.save': 'Enregistrer le brouillon',
  'post-composer.save.edit': 'Enregistrer',
  'post-composer.submit': 'Soumettre pour approbation',
  'post-composer.saving': 'Enregistrement…',
  'post-composer.saved': 'Brouillon enregistré.',
  'post-composer.saved.edit': 'Modifications enregistrées.',
  'post-composer.submitted': 'Soumise pour approbation.',
  'post-composer.failed': 'La publication n’a pas été enregistrée\u00a0; tout ce que vous avez saisi est conservé.',
  'post-composer.submit-failed': 'La publication a été enregistrée mais pas soumise pour approbation.',
  'post-composer.check': 'Certains champs demandent votre attention.',

  'post-composer.error.title': 'Donnez un titre à la publication.',
  'post-composer.error.link': 'Ajoutez le lien à partager.',
  'post-composer.error.link.invalid': 'Utilisez une adresse web commençant par https:// ou http://.',
  'post-composer.error.image.invalid': 'Utilisez une adresse d’image commençant par https:// ou http://.',
  'post-composer.error.image.alt': 'Décrivez l’image pour les personnes qui ne la voient pas.',
  'post-composer.error.disclosure': (max: number) => `La mention doit tenir sur une ligne de ${max} caractères au plus.`,
  'post-composer.error.hashtags': 'Un hashtag est un # suivi de lettres, de chiffres ou de _.',
  'post-composer.error.date': 'Choisissez une date et une heure valides.',
  'post-composer.error.expire': 'La publication doit expirer après sa publication.',
  'post-composer.error.caption': (network: string, max: number) => `Trop long pour ${network}\u00a0: ${max} caractères au plus.`,
} satisfies typeof enPostComposer;

registerChorusStrings(frCommon, frPostComposer);
