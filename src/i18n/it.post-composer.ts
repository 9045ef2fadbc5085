import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { itCommon } from './it.common.js';
import type { enPostComposer } from './en.post-composer.js';

/* Italian strings of <chorus-post-composer> (en.post-composer.ts). Importing this module registers them, with the shared ones. */
export const itPostComposer = {
  'post-composer.label': 'Scrivi un post da condividere',
  'post-composer.heading.new': 'Nuovo post',
  'post-composer.heading.edit': 'Modifica il post',
  'post-composer.optional': 'facoltativo',
  'post-composer.returned': 'Ti è stato rimandato con questo commento:',
  'post-composer.not-author': 'Solo gli autori dei post possono scrivere post qui.',
  'post-composer.not-editable': 'Questo post non può più essere modificato.',

  'post-composer.title': 'Titolo',
  'post-composer.link': 'Link da condividere',
  'post-composer.link.hint': 'La pagina che i colleghi condividono, che inizia con https://',
  'post-composer.image': 'Indirizzo dell’immagine',
  'post-composer.image.alt': 'Descrizione dell’immagine',
  'post-composer.image.alt.hint': 'Obbligatoria con un’immagine: cosa mostra, per chi non può vederla.',
  'post-composer.topic': 'Argomento',

  'post-composer.caption': 'Testo',
  'post-composer.caption.hint': 'Usato su ogni rete che non ha un testo proprio.',
  'post-composer.caption.for': (network: string) => `Testo per ${network}`,
  'post-composer.caption.add': (network: string) => `Aggiungi un testo per ${network}`,
  'post-composer.caption.remove': (network: string) => `Rimuovi il testo per ${network}`,

  'post-composer.locked': 'Sempre inclusi',
  'post-composer.locked.hint': 'Chi condivide non può rimuoverli: se mancano, vengono aggiunti di nuovo alla fine del testo.',
  'post-composer.disclosure': 'Dichiarazione',
  'post-composer.disclosure.hint': 'Per esempio #employee',
  'post-composer.hashtags': 'Hashtag obbligatori',
  'post-composer.hashtags.hint': 'Separati da virgole o spazi, per esempio #LifeAtBrightwater #Assunzioni',
  'post-composer.editable': 'Chi condivide può modificare il testo',

  'post-composer.schedule': 'Programmazione',
  'post-composer.schedule.hint': 'Lascia vuoto per pubblicare appena approvato e mantenerlo finché non viene archiviato.',
  'post-composer.publish-at': 'Pubblica il',
  'post-composer.expire-at': 'Scade il',

  'post-composer.preview': 'Anteprima su',
  'post-composer.preview.link': 'Link aggiunto alla condivisione:',
  'post-composer.network.linkedin': 'LinkedIn',
  'post-composer.network.x': 'X',
  'post-composer.network.facebook': 'Facebook',
  'post-composer.network.teams': 'Microsoft Teams',
  'post-composer.network.email': 'E-mail',
  'post-composer.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'post-composer.over': (network: string, n: number) =>
    plural('it', n, {
      one: `# carattere oltre il limite di ${network}. Accorcia il testo che usa.`,
      other: `# caratteri oltre il limite di ${network}. Accorcia il testo che usa.`,
    }),
  'post-composer.within': (network: string) => `Il testo rientra di nuovo nel limite di ${network}.`,

  'post-composer.save': 'Salva la bozza',
  'post-composer.save.edit': 'Salva',
  'post-composer.submit': 'Invia per l’approvazione',
  'post-composer.saving': 'Salvataggio…',
  'post-composer.saved': 'Bozza salvata.',
  'post-composer.saved.edit': 'Modifiche salvate.',
  'post-composer.submitted': 'Inviato per l’approvazione.',
  'post-composer.failed': 'Il post non è stato salvato; tutto ciò che hai scritto è ancora qui.',
  'post-composer.submit-failed': 'Il post è stato salvato ma non inviato per l’approvazione.',
  'post-composer.check': 'Alcuni campi richiedono la tua attenzione.',

  'post-composer.error.title': 'Dai un titolo al post.',
  'post-composer.error.link': 'Aggiungi il link da condividere.',
  'post-composer.error.link.invalid': 'Usa un indirizzo web che inizia con https:// o http://.',
  'post-composer.error.image.invalid': 'Usa un indirizzo dell’immagine che inizia con https:// o http://.',
  'post-composer.error.image.alt': 'Descrivi l’immagine per chi non può vederla.',
  'post-composer.error.disclosure': (max: number) => `La dichiarazione deve stare su una riga di al massimo ${max} caratteri.`,
  'post-composer.error.hashtags': 'Un hashtag è un # seguito da lettere, cifre o _.',
  'post-composer.error.date': 'Scegli una data e un’ora valide.',
  'post-composer.error.expire': 'Il post deve scadere dopo la pubblicazione.',
  'post-composer.error.caption': (network: string, max: number) => `Troppo lungo per ${network}: al massimo ${max} caratteri.`,
} satisfies typeof enPostComposer;

registerChorusStrings(itCommon, itPostComposer);
