import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { frCommon } from './fr.common.js';
import type { enFeedback } from './en.feedback.js';

/* French strings of <chorus-feedback-box> (en.feedback.ts). Importing this module registers them, with the shared ones. */
export const frFeedback = {
  'feedback.heading': 'Feedback anonyme',
  'feedback.tabs': 'Feedback',
  'feedback.tab.send': 'Envoyer un feedback',
  'feedback.tab.conversations': 'Vos conversations',
  'feedback.tab.inbox': 'Boîte de réception',
  'feedback.tab.unread': (n: number) => plural('fr', n, { one: '# nouvelle réponse', other: '# nouvelles réponses' }),
  /** Narrow tab labels: each a part of the full one above, so what is seen is in the name. */
  'feedback.tab.send.short': 'Envoyer',
  'feedback.tab.conversations.short': 'Conversations',
  'feedback.tab.inbox.short': 'Réception',

  // Why it is anonymous
  'feedback.intro': 'Exprimez-vous librement. Personne, pas même les personnes qui lisent votre message, ne peut savoir qui l’a envoyé.',
  'feedback.how': 'Comment l’anonymat est-il garanti\u202f?',
  'feedback.how.name': 'Votre nom, votre adresse e-mail et votre compte ne sont pas envoyés avec votre message.',
  'feedback.how.device': 'Aucun cookie, identifiant d’appareil ni adresse réseau ne l’accompagne ni n’est conservé.',
  'feedback.how.time': 'Les heures sont arrondies à l’heure près\u00a0: un message ne peut pas être rapproché de votre activité.',
  'feedback.how.token':
    'Vous recevez un code de réponse secret. C’est le seul moyen de revenir à la conversation\u00a0: personne ne peut le retrouver pour vous.',

  // The form
  'feedback.category': 'Sujet',
  'feedback.category.required': 'Choisissez un sujet.',
  'feedback.category.invalid': 'Ce sujet n’est plus proposé. Choisissez-en un autre.',
  'feedback.optional': 'facultatif',
  'feedback.mood.legend': 'Comment vous sentez-vous à ce sujet\u202f?',
  'feedback.mood.1': 'Très mal',
  'feedback.mood.2': 'Mal',
  'feedback.mood.3': 'Neutre',
  'feedback.mood.4': 'Bien',
  'feedback.mood.5': 'Très bien',
  'feedback.enps.legend': 'Dans quelle mesure recommanderiez-vous à un ami de travailler ici\u202f?',
  'feedback.enps.low': 'Pas du tout probable',
  'feedback.enps.high': 'Extrêmement probable',
  'feedback.score.clear': 'Effacer la note',
  'feedback.score.cleared': 'Note effacée.',
  'feedback.score.invalid': 'Choisissez l’une des notes proposées, ou effacez-la.',
  'feedback.message': 'Votre message',
  'feedback.message.hint': (min: number) =>
    plural('fr', min, {
      one: 'Soyez précis\u00a0: que s’est-il passé, et qu’est-ce qui aiderait\u202f? Au moins # caractère.',
      other: 'Soyez précis\u00a0: que s’est-il passé, et qu’est-ce qui aiderait\u202f? Au moins # caractères.',
    }),
  'feedback.send': 'Envoyer anonymement',
  'feedback.sending': 'Envoi…',
  'feedback.send.failed': 'Votre feedback n’a pas été envoyé.',
  'feedback.send.kept': 'Tout ce que vous avez écrit est toujours là.',
  'feedback.send.retry-safe': 'Tout ce que vous avez écrit est toujours là, et un nouvel envoi ne créera pas de doublon.',
  'feedback.send.vetoed': 'L’envoi a été bloqué par cette page. Votre message est toujours là.',
  'feedback.draft.restored': 'Votre brouillon non envoyé a été restauré.',

  // Personal details
  'feedback.details.title': 'Votre message pourrait permettre de vous identifier.',
  'feedback.details.found': (list: string) => `Il semble contenir ${list}.`,
  'feedback.details.advice': (n: number) =>
    plural('fr', n, {
      one: 'Pensez à retirer cette information. Le choix vous appartient.',
      other: 'Pensez à retirer ces informations. Le choix vous appartient.',
    }),
  'feedback.details.email': (text: string) => `une adresse e-mail (${text})`,
  'feedback.details.phone': (text: string) => `un numéro de téléphone (${text})`,
  'feedback.details.name': (text: string) => `votre nom (${text})`,
  'feedback.details.colleague': (text: string) => `le nom d’un collègue (${text})`,
  'feedback.details.kind.email': 'une adresse e-mail',
  'feedback.details.kind.phone': 'un numéro de téléphone',
  'feedback.details.kind.name': 'votre nom',
  'feedback.details.kind.colleague': 'le nom d’un collègue',
  'feedback.details.confirm': 'Envoyer le message avec ces informations\u202f? Les personnes qui le liront pourraient deviner qu’il vient de vous.',
  'feedback.details.send-anyway': 'Envoyer quand même',
  'feedback.details.edit': 'Modifier le message',

  // Rate limit
  'feedback.rate-limited': (time: string) =>
    `Pour préserver l’anonymat, nous ne savons pas qui envoie les messages\u00a0: nous limitons donc le nombre de messages provenant d’un même réseau. Réessayez dans ${time}.`,
  'feedback.rate-limited.soon': 'quelques minutes',

  // Sent
  'feedback.sent.title': 'Merci\u202f! Votre feedback a été envoyé anonymement.',
  'feedback.sent.once': 'Voici votre code de réponse. Il n’est affiché qu’une seule fois.',
  'feedback.sent.after-hour': (time: string) =>
    `Les destinataires le verront à partir de ${time}, une fois cette heure écoulée\u00a0: son arrivée ne dit rien du moment où vous l’avez écrit.`,
  'feedback.token': 'Votre code de réponse',
  'feedback.token.copy': 'Copier',
  'feedback.token.copied': 'Copié',
  'feedback.token.copy-failed': 'Impossible de copier. Le code est sélectionné\u00a0: copiez-le avec le clavier.',
  'feedback.token.why':
    'C’est le seul moyen de revenir à cette conversation\u00a0: grâce à lui, vous pouvez lire les réponses et répondre, toujours anonymement. Personne ne peut le récupérer pour vous.',
  'feedback.token.keep': 'Le conserver sur cet appareil pour consulter les réponses',
  'feedback.token.keep.hint': 'Toute personne utilisant ce navigateur pourrait ouvrir la conversation. Sur un ordinateur partagé, copiez plutôt le code.',
  'feedback.token.keep.failed': 'Ce navigateur n’a pas pu le conserver. Copiez plutôt le code.',
  'feedback.sent.open': 'Ouvrir la conversation',
  'feedback.sent.more': 'Envoyer un autre feedback',
  'feedback.sent.recovered': 'Votre première version était bien arrivée.',
  'feedback.sent.recovered.edit':
    'Sa réponse n’était jamais parvenue à cette page\u00a0; voici son code de réponse. Votre message modifié n’a pas été envoyé\u00a0: il est toujours dans le formulaire, à envoyer aussi ou à abandonner.',
  'feedback.sent.back-to-edit': 'Revenir au message modifié',

  // Conversations
  'feedback.conversations.empty':
    'Aucune conversation sur cet appareil pour l’instant. Quand vous envoyez un feedback et conservez son code de réponse sur cet appareil, la conversation s’affiche ici.',
  'feedback.conversations.list': 'Conversations conservées sur cet appareil',
  'feedback.conversations.load-error': 'Impossible de charger vos conversations.',
  'feedback.conversation.label': (category: string, date: string) => `${category}, envoyé\u00a0: ${date}`,
  'feedback.conversation.sent': (date: string) => `Envoyé\u00a0: ${date}`,
  'feedback.conversation.last': (when: string) => `Dernière activité\u00a0: ${when}`,
  'feedback.conversation.answers': (n: number) => plural('fr', n, { '=0': 'Aucune réponse pour l’instant', one: '# réponse', other: '# réponses' }),
  'feedback.conversation.unread': 'Nouvelle réponse',
  'feedback.conversation.gone': 'Cette conversation n’est plus disponible.',
  'feedback.conversation.error': 'Impossible de charger cette conversation.',
  'feedback.conversation.forget': 'Oublier',
  'feedback.conversation.forget.label': (category: string) => `Oublier la conversation «\u00a0${category}\u00a0»`,
  'feedback.conversation.forget.confirm': 'Oublier cette conversation sur cet appareil\u202f? Sans son code de réponse, vous ne pourrez plus l’ouvrir.',
  'feedback.conversation.forgotten': 'Conversation oubliée sur cet appareil.',
  'feedback.paste.heading': 'Vous avez un code de réponse\u202f? Collez-le',
  'feedback.paste.label': 'Code de réponse',
  'feedback.paste.open': 'Ouvrir',
  'feedback.paste.opening': 'Ouverture…',
  'feedback.paste.required': 'Collez d’abord votre code de réponse.',
  'feedback.paste.not-found': 'Aucune conversation ne correspond à ce code de réponse. Vérifiez que vous l’avez copié en entier.',

  // A thread
  'feedback.thread.back': 'Toutes les conversations',
  'feedback.thread.back-inbox': 'Retour à la boîte de réception',
  'feedback.thread.messages': 'Messages',
  'feedback.thread.you': 'Vous (anonyme)',
  'feedback.thread.sender': 'Collègue anonyme',
  'feedback.thread.sent': (date: string) => `Envoyé\u00a0: ${date}`,
  'feedback.inbox.live.new': 'Un nouveau feedback est arrivé.',
  'feedback.thread.live.message': 'Nouveau message dans cette conversation.',
  'feedback.thread.live.answer': 'Nouvelle réponse dans cette conversation.',
  'feedback.thread.mood': (label: string) => `Humeur\u00a0: ${label}`,
  'feedback.thread.enps': (score: string) => `Note\u00a0: ${score} sur 10`,
  'feedback.thread.keep': 'Conserver sur cet appareil',
  'feedback.thread.kept': 'Conservée sur cet appareil.',
  'feedback.thread.closed': 'Cette conversation est fermée\u00a0: il n’est plus possible d’y répondre.',
  'feedback.thread.closed-inbox': 'Cette conversation est fermée. Rouvrez-la pour répondre.',
  'feedback.thread.loading': 'Ouverture de la conversation…',
  'feedback.reply.label': 'Votre réponse (toujours anonyme)',
  'feedback.reply.send': 'Envoyer la réponse',
  'feedback.reply.sending': 'Envoi…',
  'feedback.reply.sent': 'Votre réponse a été envoyée anonymement.',
  'feedback.reply.failed': 'Votre réponse n’a pas été envoyée.',
  'feedback.reply.closed': 'Cette conversation a été fermée entre-temps\u00a0: votre réponse n’a pas été envoyée. Elle est toujours là.',
  'feedback.reply.vetoed': 'L’envoi a été bloqué par cette page. Votre réponse est toujours là.',
  'feedback.answer.label': 'Votre réponse',
  'feedback.answer.hint': (name: string) => `Signée de votre nom, ${name}. La personne qui a envoyé le message reste anonyme.`,
  'feedback.answer.send': 'Envoyer la réponse',
  'feedback.answer.sent': 'Votre réponse a été envoyée.',
  'feedback.answer.failed': 'Votre réponse n’a pas été envoyée.',
  'feedback.close': 'Fermer la conversation',
  'feedback.reopen': 'Rouvrir la conversation',
  'feedback.closed.done': 'Conversation fermée.',
  'feedback.reopened.done': 'Conversation rouverte.',
  'feedback.status.failed': 'Le statut n’a pas été modifié.',
  'feedback.status.vetoed': 'Cette page a bloqué la modification.',

  'feedback.status.open': 'Ouverte',
  'feedback.status.answered': 'Réponse envoyée',
  'feedback.status.closed': 'Fermée',
  'feedback.status.prefix': 'Statut\u00a0:',

  // Inbox
  'feedback.inbox.summary': 'Vue d’ensemble',
  'feedback.inbox.responses': (n: number) => plural('fr', n, { one: '# réponse', other: '# réponses' }),
  'feedback.inbox.hidden': (min: number) =>
    plural('fr', min, {
      one: 'Moins de # réponse\u00a0: données masquées pour protéger l’anonymat',
      other: 'Moins de # réponses\u00a0: données masquées pour protéger l’anonymat',
    }),
  'feedback.inbox.mood': (score: string) => `Humeur moyenne\u00a0: ${score} sur 5`,
  'feedback.inbox.enps': (score: string) => `eNPS\u00a0: ${score}`,
  'feedback.inbox.no-score': 'Aucune note',
  'feedback.inbox.filters': 'Filtrer la boîte de réception',
  'feedback.inbox.category.all': 'Tous les sujets',
  'feedback.inbox.status': 'Statut',
  'feedback.inbox.status.all': 'Tous les statuts',
  'feedback.inbox.list': 'Feedback reçu',
  'feedback.inbox.messages': (n: number) => plural('fr', n, { one: '# message', other: '# messages' }),
  'feedback.inbox.empty': 'Aucun feedback pour l’instant.',
  'feedback.inbox.empty.filtered': 'Aucun feedback ne correspond à ces filtres.',
  'feedback.inbox.clear-filters': 'Effacer les filtres',
  'feedback.inbox.more': 'Charger plus',
  'feedback.inbox.more.loading': 'Chargement…',
  'feedback.inbox.more.loaded': (n: number) =>
    plural('fr', n, { '=0': 'Aucun autre feedback.', one: '# conversation de plus chargée.', other: '# conversations de plus chargées.' }),
  'feedback.inbox.end': 'Vous avez tout vu.',
  'feedback.inbox.forbidden': 'Seules les personnes chargées de répondre au feedback peuvent voir la boîte de réception.',
  'feedback.inbox.error': 'Impossible de charger la boîte de réception.',

  'feedback.load-error': 'Impossible de charger la boîte à feedback.',
} satisfies typeof enFeedback;

registerChorusStrings(frCommon, frFeedback);
