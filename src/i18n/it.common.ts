import { registerChorusTranslation } from './localize.js';
import { plural } from './plural.js';
import type { SharedTranslation } from './en.js';

/*
 * Italian: the language, and the strings every widget shares (en.ts). Each widget's Italian
 * (it.<widget>.ts) imports this module, which registers them.
 */
export const itCommon = {
  $code: 'it',
  $name: 'Italiano',
  $dir: 'ltr',

  'common.loading': 'Caricamento…',
  'common.retry': 'Riprova',
  'common.cancel': 'Annulla',
  'common.close': 'Chiudi',
  'common.dismiss': 'Ignora',
  /** A time known only to the hour, in the current hour ("Sent earlier this hour"). */
  'common.time.this-hour': 'nell’ora in corso',
  'common.remove': (name: string) => `Rimuovi ${name}`,
  'common.error.network': 'Impossibile raggiungere il servizio. Controlla la connessione e riprova.',
  'common.error.validation': 'Alcune informazioni richiedono la tua attenzione.',
  'common.error.forbidden': 'Non hai l’autorizzazione per eseguire questa operazione.',
  'common.error.not-found': 'Questo elemento non esiste più.',
  'common.error.conflict': 'Qualcun altro ha modificato questo elemento nel frattempo. Aggiorna e riprova.',
  'common.error.rate-limited': (seconds: number | null) =>
    seconds ? `Stai andando un po’ troppo veloce. Riprova tra ${seconds} s.` : 'Stai andando un po’ troppo veloce. Riprova tra un momento.',
  'common.error.unsupported': 'Questa funzionalità non è disponibile nel back-end di questo sito.',
  'common.error.not-configured': 'Questo widget non è collegato a nessun servizio. Chiedi al responsabile del sito di configurarlo.',
  'common.error.unknown': 'Si è verificato un problema. Riprova.',
  'common.field.required': 'Questo campo è obbligatorio.',
  'common.field.too-long': (max: number) => plural('it', max, { one: 'Usa al massimo # carattere.', other: 'Usa al massimo # caratteri.' }),
  'common.field.too-short': (min: number) => plural('it', min, { one: 'Scrivi almeno # carattere.', other: 'Scrivi almeno # caratteri.' }),
  'common.field.too-many': (max: number) => `Scegline al massimo ${max}.`,
  'common.field.invalid': 'Questo valore non sembra corretto.',
  'common.field.self': 'Non puoi scegliere te stesso.',
  'common.field.unreadable': 'Questo testo contiene caratteri che non si possono mostrare così (un’emoji danneggiata o segni sovrapposti). Rimuovili.',
  'common.chars-left': (left: number) =>
    left >= 0
      ? plural('it', left, { one: '# carattere rimanente', other: '# caratteri rimanenti' })
      : plural('it', -left, { one: '# carattere oltre il limite', other: '# caratteri oltre il limite' }),

  'people.search.label': 'Cerca colleghi',
  'people.search.placeholder': 'Digita un nome…',
  'people.search.none': 'Nessun risultato.',
  'people.search.searching': 'Ricerca in corso…',
  'people.search.results': (n: number) => plural('it', n, { one: '# persona trovata', other: '# persone trovate' }),
  'people.selected': (n: number) => plural('it', n, { one: '# persona selezionata', other: '# persone selezionate' }),
  'people.added': (name: string) => `Hai aggiunto ${name}`,
  'people.removed': (name: string) => `Hai rimosso ${name}`,
  'people.max': (max: number) => plural('it', max, { one: 'Puoi scegliere una sola persona.', other: 'Puoi scegliere fino a # persone.' }),
} satisfies SharedTranslation;

registerChorusTranslation(itCommon);
