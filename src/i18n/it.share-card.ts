import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { itCommon } from './it.common.js';
import type { enShareCard } from './en.share-card.js';

/* Italian strings of <chorus-share-card> (en.share-card.ts). Importing this module registers them, with the shared ones. */
export const itShareCard = {
  'share-card.label': 'Post da condividere',
  'share-card.load-error': 'Impossibile caricare questo post.',
  'share-card.not-found': 'Questo post non esiste o non può più essere condiviso.',
  'share-card.none': 'Ancora nessun post da condividere qui.',
  'share-card.preview': 'Anteprima del link',
  'share-card.people': (n: number) =>
    plural('it', n, { '=0': 'Nessun collega l’ha ancora condiviso', one: '# collega l’ha condiviso', other: '# colleghi l’hanno condiviso' }),
  'share-card.clicks': (n: number) => plural('it', n, { one: '# clic', other: '# clic' }),
  'share-card.mine': 'L’hai condiviso',

  'share-card.network.linkedin': 'LinkedIn',
  'share-card.network.x': 'X',
  'share-card.network.facebook': 'Facebook',
  'share-card.network.teams': 'Microsoft Teams',
  'share-card.network.email': 'E-mail',
  'share-card.network.native': 'Altre app',
  'share-card.network.copy': 'Copia link',
  'share-card.networks': 'Condividi su',
  'share-card.action': (network: string) => `Condividi su ${network}`,
  'share-card.action.email': 'Invia per e-mail',
  'share-card.action.native': 'Condividi con un’altra app…',
  'share-card.action.copy': 'Copia il link',

  'share-card.caption': (network: string) => `Testo per ${network}`,
  'share-card.caption.readonly': 'Il testo è stabilito dagli autori del post.',
  'share-card.caption.locked': 'Sempre inclusi, anche se li elimini:',
  'share-card.caption.reset': 'Usa il testo originale',
  'share-card.caption.paste': (network: string) => `${network} riceve solo il link: il testo viene copiato perché tu lo incolli.`,
  'share-card.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'share-card.over': (network: string, n: number) =>
    plural('it', n, {
      one: `# carattere oltre il limite di ${network}. Accorcia il testo per condividerlo lì.`,
      other: `# caratteri oltre il limite di ${network}. Accorcia il testo per condividerlo lì.`,
    }),

  'share-card.copied': (network: string) => `Testo copiato. Incollalo nel tuo post su ${network}.`,
  'share-card.copy-refused': (network: string) =>
    `Il browser non ha permesso di copiare il testo. È selezionato qui sotto: copialo (Ctrl+C o ⌘C), poi continua su ${network}.`,
  'share-card.continue': (network: string) => `Continua su ${network}`,
  'share-card.manual.caption': 'Testo da copiare',
  'share-card.manual.link': 'Link da copiare',
  'share-card.link-copied': 'Link copiato.',
  'share-card.link-refused': 'Il browser non ha permesso di copiare il link. È selezionato qui sotto: copialo con Ctrl+C o ⌘C.',
  'share-card.shared': (network: string) => `Grazie per aver condiviso su ${network}!`,
  'share-card.failed': 'Non è stato possibile condividere il post.',
  'share-card.record-failed': (network: string) => `La tua condivisione su ${network} non è stata conteggiata.`,
  'share-card.vetoed': 'La condivisione è stata bloccata da questa pagina.',
  'share-card.live': (n: number) => plural('it', n, { one: 'Ora condiviso da # collega', other: 'Ora condiviso da # colleghi' }),

  'share-card.guidelines': 'Linee guida per la condivisione',
  'share-card.guidelines.accept': 'Accetto',
  'share-card.guidelines.accepted': 'Grazie, hai accettato le linee guida per la condivisione.',
  'share-card.guidelines.required': 'Leggi e accetta le linee guida per la condivisione prima di condividere.',
  'share-card.guidelines.failed': 'La tua accettazione non è stata salvata.',

  'share-card.status.scheduled': (date: string) => `Programmato: potrà essere condiviso dal ${date}.`,
  'share-card.status.expired': (date: string) => `Scaduto il ${date}: non può più essere condiviso.`,
  'share-card.status.unpublished': 'Non pubblicato: non può ancora essere condiviso.',
  'share-card.bad-link': 'Il link di questo post non è un indirizzo web, quindi non può essere condiviso.',
} satisfies typeof enShareCard;

registerChorusStrings(itCommon, itShareCard);
