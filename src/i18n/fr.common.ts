import { registerChorusTranslation } from './localize.js';
import { plural } from './plural.js';
import type { SharedTranslation } from './en.js';

/*
 * French: the language, and the strings every widget shares (en.ts). Each widget's French
 * (fr.<widget>.ts) imports this module, which registers them.
 */
export const frCommon = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.dismiss': 'Ignorer',
  /** A time known only to the hour, in the current hour ("Sent earlier this hour"). */
  'common.time.this-hour': 'plus tôt dans l’heure',
  'common.remove': (name: string) => `Retirer ${name}`,
  'common.error.network': 'Impossible de joindre le service. Vérifiez votre connexion et réessayez.',
  'common.error.validation': 'Certains champs nécessitent votre attention.',
  'common.error.forbidden': 'Vous n’avez pas l’autorisation d’effectuer cette action.',
  'common.error.not-found': 'Cet élément n’existe plus.',
  'common.error.conflict': 'Quelqu’un d’autre a modifié cet élément entre-temps. Actualisez la page et réessayez.',
  'common.error.rate-limited': (seconds: number | null) =>
    seconds ? `Vous allez un peu vite. Réessayez dans ${seconds}\u00a0s.` : 'Vous allez un peu vite. Réessayez dans un instant.',
  'common.error.unsupported': 'Cette fonctionnalité n’est pas disponible sur le serveur de ce site.',
  'common.error.not-configured': 'Ce widget n’est relié à aucun service. Demandez au responsable du site de le configurer.',
  'common.error.unknown': 'Une erreur s’est produite. Réessayez.',
  'common.field.required': 'Ce champ est obligatoire.',
  'common.field.too-long': (max: number) => plural('fr', max, { one: 'Ne dépassez pas # caractère.', other: 'Ne dépassez pas # caractères.' }),
  'common.field.too-short': (min: number) => plural('fr', min, { one: 'Écrivez au moins # caractère.', other: 'Écrivez au moins # caractères.' }),
  'common.field.too-many': (max: number) => plural('fr', max, { one: 'Choisissez-en un seul.', other: 'Choisissez-en # au maximum.' }),
  'common.field.invalid': 'Cette valeur semble incorrecte.',
  'common.field.self': 'Vous ne pouvez pas vous choisir vous-même.',
  'common.field.unreadable':
    'Ce texte contient des caractères qui ne peuvent pas s’afficher tels quels (un emoji cassé ou des accents empilés). Supprimez-les.',
  'common.chars-left': (left: number) =>
    left >= 0
      ? plural('fr', left, { one: '# caractère restant', other: '# caractères restants' })
      : plural('fr', -left, { one: '# caractère en trop', other: '# caractères en trop' }),

  'people.search.label': 'Rechercher des collègues',
  'people.search.placeholder': 'Tapez un nom…',
  'people.search.none': 'Aucune personne ne correspond.',
  'people.search.searching': 'Recherche…',
  'people.search.results': (n: number) => plural('fr', n, { one: '# personne trouvée', other: '# personnes trouvées' }),
  'people.selected': (n: number) => plural('fr', n, { one: '# personne sélectionnée', other: '# personnes sélectionnées' }),
  'people.added': (name: string) => `Personne ajoutée\u00a0: ${name}`,
  'people.removed': (name: string) => `Personne retirée\u00a0: ${name}`,
  'people.max': (max: number) => plural('fr', max, { one: 'Vous ne pouvez choisir qu’une personne.', other: 'Vous pouvez choisir jusqu’à # personnes.' }),
} satisfies SharedTranslation;

registerChorusTranslation(frCommon);
