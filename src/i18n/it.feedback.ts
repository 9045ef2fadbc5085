import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { itCommon } from './it.common.js';
import type { enFeedback } from './en.feedback.js';

/* Italian strings of <chorus-feedback-box> (en.feedback.ts). Importing this module registers them, with the shared ones. */
export const itFeedback = {
  'feedback.heading': 'Feedback anonimo',
  'feedback.tabs': 'Feedback',
  'feedback.tab.send': 'Invia feedback',
  'feedback.tab.conversations': 'Le tue conversazioni',
  'feedback.tab.inbox': 'Posta in arrivo',
  'feedback.tab.unread': (n: number) => plural('it', n, { one: '# nuova risposta', other: '# nuove risposte' }),
  /** Narrow tab labels: each a part of the full one above, so what is seen is in the name. */
  'feedback.tab.send.short': 'Invia',
  'feedback.tab.conversations.short': 'Conversazioni',
  'feedback.tab.inbox.short': 'Posta',

  // Why it is anonymous
  'feedback.intro': 'Esprimi liberamente ciò che pensi. Nessuno, nemmeno chi lo legge, può sapere chi l’ha inviato.',
  'feedback.how': 'Come viene garantito l’anonimato?',
  'feedback.how.name': 'Il tuo nome, l’indirizzo e-mail e l’account non vengono inviati con il messaggio.',
  'feedback.how.device': 'Nessun cookie, ID dispositivo o indirizzo di rete viene inviato con il messaggio o memorizzato.',
  'feedback.how.time': 'Gli orari vengono arrotondati all’ora, così il messaggio non può essere ricondotto alla tua attività.',
  'feedback.how.token': 'Riceverai un codice di risposta segreto. È l’unico modo per tornare alla conversazione: nessuno può recuperarlo al posto tuo.',

  // The form
  'feedback.category': 'Argomento',
  'feedback.category.required': 'Scegli un argomento.',
  'feedback.category.invalid': 'Questo argomento non è più disponibile. Scegline un altro.',
  'feedback.optional': 'facoltativo',
  'feedback.mood.legend': 'Come ti senti al riguardo?',
  'feedback.mood.1': 'Molto male',
  'feedback.mood.2': 'Male',
  'feedback.mood.3': 'Neutrale',
  'feedback.mood.4': 'Bene',
  'feedback.mood.5': 'Molto bene',
  'feedback.enps.legend': 'Con quale probabilità consiglieresti a un amico di lavorare qui?',
  'feedback.enps.low': 'Per niente probabile',
  'feedback.enps.high': 'Estremamente probabile',
  'feedback.score.clear': 'Cancella punteggio',
  'feedback.score.cleared': 'Punteggio cancellato.',
  'feedback.score.invalid': 'Scegli uno dei punteggi proposti o cancellalo.',
  'feedback.message': 'Il tuo messaggio',
  'feedback.message.hint': (min: number) =>
    plural('it', min, {
      one: 'Entra nel dettaglio: cos’è successo e cosa potrebbe aiutare? Almeno # carattere.',
      other: 'Entra nel dettaglio: cos’è successo e cosa potrebbe aiutare? Almeno # caratteri.',
    }),
  'feedback.send': 'Invia in forma anonima',
  'feedback.sending': 'Invio in corso…',
  'feedback.send.failed': 'Il feedback non è stato inviato.',
  'feedback.send.kept': 'Tutto ciò che hai scritto è ancora qui.',
  'feedback.send.retry-safe': 'Tutto ciò che hai scritto è ancora qui e, se riprovi, non verrà inviato due volte.',
  'feedback.send.vetoed': 'L’invio è stato bloccato da questa pagina. Il tuo messaggio è ancora qui.',
  'feedback.draft.restored': 'La bozza non inviata è stata ripristinata.',

  // Personal details
  'feedback.details.title': 'Il tuo messaggio potrebbe identificarti.',
  'feedback.details.found': (list: string) => `Sembra contenere ${list}.`,
  'feedback.details.advice': (n: number) =>
    plural('it', n, { one: 'Valuta se rimuoverlo. La scelta spetta a te.', other: 'Valuta se rimuoverli. La scelta spetta a te.' }),
  'feedback.details.email': (text: string) => `un indirizzo e-mail (${text})`,
  'feedback.details.phone': (text: string) => `un numero di telefono (${text})`,
  'feedback.details.name': (text: string) => `il tuo nome (${text})`,
  'feedback.details.colleague': (text: string) => `il nome di un collega (${text})`,
  'feedback.details.kind.email': 'un indirizzo e-mail',
  'feedback.details.kind.phone': 'un numero di telefono',
  'feedback.details.kind.name': 'il tuo nome',
  'feedback.details.kind.colleague': 'il nome di un collega',
  'feedback.details.confirm': 'Inviarlo con questi dati? Chi lo legge potrebbe capire che è tuo.',
  'feedback.details.send-anyway': 'Invia comunque',
  'feedback.details.edit': 'Modifica messaggio',

  // Rate limit
  'feedback.rate-limited': (time: string) =>
    `Per garantire l’anonimato non sappiamo chi invia i messaggi, quindi limitiamo quanti ne possono arrivare da una stessa rete. Riprova tra ${time}.`,
  'feedback.rate-limited.soon': 'qualche minuto',

  // Sent
  'feedback.sent.title': 'Grazie, il tuo feedback è stato inviato in forma anonima.',
  'feedback.sent.once': 'Ecco il tuo codice di risposta. Viene mostrato solo questa volta.',
  'feedback.sent.after-hour': (time: string) =>
    `I destinatari lo vedranno dalle ${time}, alla fine di quest’ora: così il suo arrivo non dice nulla su quando l’hai scritto.`,
  'feedback.token': 'Il tuo codice di risposta',
  'feedback.token.copy': 'Copia',
  'feedback.token.copied': 'Copiato',
  'feedback.token.copy-failed': 'Impossibile copiare. Il codice è selezionato: copialo con la tastiera.',
  'feedback.token.why':
    'È l’unico modo per tornare a questa conversazione: con il codice puoi leggere le risposte e rispondere, sempre in forma anonima. Nessuno può recuperarlo al posto tuo.',
  'feedback.token.keep': 'Conserva il codice su questo dispositivo per controllare se ci sono risposte',
  'feedback.token.keep.hint': 'Chiunque usi questo browser potrebbe aprire la conversazione. Su un computer condiviso, copia invece il codice.',
  'feedback.token.keep.failed': 'Questo browser non ha potuto conservarlo. Copia invece il codice.',
  'feedback.sent.open': 'Apri la conversazione',
  'feedback.sent.more': 'Invia altro feedback',
  'feedback.sent.recovered': 'La tua prima versione era già arrivata.',
  'feedback.sent.recovered.edit':
    'La risposta non era mai arrivata a questa pagina; ecco il suo codice di risposta. Il messaggio modificato non è stato inviato: è ancora nel modulo, da inviare anch’esso o da scartare.',
  'feedback.sent.back-to-edit': 'Torna al messaggio modificato',

  // Conversations
  'feedback.conversations.empty':
    'Ancora nessuna conversazione su questo dispositivo. Quando invii un feedback e conservi qui il suo codice di risposta, la conversazione compare qui.',
  'feedback.conversations.list': 'Conversazioni conservate su questo dispositivo',
  'feedback.conversations.load-error': 'Impossibile caricare le tue conversazioni.',
  'feedback.conversation.label': (category: string, date: string) => `${category}, inviato: ${date}`,
  'feedback.conversation.sent': (date: string) => `Inviato: ${date}`,
  'feedback.conversation.last': (when: string) => `Ultima attività: ${when}`,
  'feedback.conversation.answers': (n: number) => plural('it', n, { '=0': 'Ancora nessuna risposta', one: '# risposta', other: '# risposte' }),
  'feedback.conversation.unread': 'Nuova risposta',
  'feedback.conversation.gone': 'Questa conversazione non è più disponibile.',
  'feedback.conversation.error': 'Impossibile caricare questa conversazione.',
  'feedback.conversation.forget': 'Dimentica',
  'feedback.conversation.forget.label': (category: string) => `Dimentica la conversazione sull’argomento ${category}`,
  'feedback.conversation.forget.confirm': 'Dimenticarla su questo dispositivo? Senza il codice di risposta non potrai più aprirla.',
  'feedback.conversation.forgotten': 'Conversazione dimenticata su questo dispositivo.',
  'feedback.paste.heading': 'Hai un codice di risposta? Incollalo qui',
  'feedback.paste.label': 'Codice di risposta',
  'feedback.paste.open': 'Apri',
  'feedback.paste.opening': 'Apertura in corso…',
  'feedback.paste.required': 'Incolla prima il codice di risposta.',
  'feedback.paste.not-found': 'Nessuna conversazione corrisponde a questo codice di risposta. Verifica di averlo copiato per intero.',

  // A thread
  'feedback.thread.back': 'Tutte le conversazioni',
  'feedback.thread.back-inbox': 'Torna alla posta in arrivo',
  'feedback.thread.messages': 'Messaggi',
  'feedback.thread.you': 'Tu (in forma anonima)',
  'feedback.thread.sender': 'Collega anonimo',
  'feedback.thread.sent': (date: string) => `Inviato: ${date}`,
  'feedback.inbox.live.new': 'È arrivato un nuovo feedback.',
  'feedback.thread.live.message': 'Nuovo messaggio in questa conversazione.',
  'feedback.thread.live.answer': 'Nuova risposta in questa conversazione.',
  'feedback.thread.mood': (label: string) => `Umore: ${label}`,
  'feedback.thread.enps': (score: string) => `Punteggio: ${score} su 10`,
  'feedback.thread.keep': 'Conserva su questo dispositivo',
  'feedback.thread.kept': 'Conversazione conservata su questo dispositivo.',
  'feedback.thread.closed': 'Questa conversazione è chiusa, quindi non è più possibile rispondere.',
  'feedback.thread.closed-inbox': 'Questa conversazione è chiusa. Riaprila per rispondere.',
  'feedback.thread.loading': 'Apertura della conversazione…',
  'feedback.reply.label': 'La tua risposta (sempre anonima)',
  'feedback.reply.send': 'Invia risposta',
  'feedback.reply.sending': 'Invio in corso…',
  'feedback.reply.sent': 'La tua risposta è stata inviata in forma anonima.',
  'feedback.reply.failed': 'La tua risposta non è stata inviata.',
  'feedback.reply.closed': 'Nel frattempo questa conversazione è stata chiusa, quindi la tua risposta non è stata inviata. Il testo è ancora qui.',
  'feedback.reply.vetoed': 'L’invio è stato bloccato da questa pagina. La tua risposta è ancora qui.',
  'feedback.answer.label': 'La tua risposta',
  'feedback.answer.hint': (name: string) => `Firmata con il tuo nome, ${name}. Chi ha scritto resta anonimo.`,
  'feedback.answer.send': 'Invia risposta',
  'feedback.answer.sent': 'La tua risposta è stata inviata.',
  'feedback.answer.failed': 'La tua risposta non è stata inviata.',
  'feedback.close': 'Chiudi conversazione',
  'feedback.reopen': 'Riapri conversazione',
  'feedback.closed.done': 'Conversazione chiusa.',
  'feedback.reopened.done': 'Conversazione riaperta.',
  'feedback.status.failed': 'Lo stato non è stato modificato.',
  'feedback.status.vetoed': 'Questa pagina ha bloccato la modifica.',

  'feedback.status.open': 'Aperta',
  'feedback.status.answered': 'Con risposta',
  'feedback.status.closed': 'Chiusa',
  'feedback.status.prefix': 'Stato:',

  // Inbox
  'feedback.inbox.summary': 'Panoramica',
  'feedback.inbox.responses': (n: number) => plural('it', n, { one: '# risposta', other: '# risposte' }),
  'feedback.inbox.hidden': (min: number) =>
    plural('it', min, {
      one: 'Meno di # risposta: dati nascosti per tutelare l’anonimato',
      other: 'Meno di # risposte: dati nascosti per tutelare l’anonimato',
    }),
  'feedback.inbox.mood': (score: string) => `Umore medio: ${score} su 5`,
  'feedback.inbox.enps': (score: string) => `eNPS ${score}`,
  'feedback.inbox.no-score': 'Nessun punteggio',
  'feedback.inbox.filters': 'Filtra la posta in arrivo',
  'feedback.inbox.category.all': 'Tutti gli argomenti',
  'feedback.inbox.status': 'Stato',
  'feedback.inbox.status.all': 'Qualsiasi stato',
  'feedback.inbox.list': 'Feedback ricevuti',
  'feedback.inbox.messages': (n: number) => plural('it', n, { one: '# messaggio', other: '# messaggi' }),
  'feedback.inbox.empty': 'Ancora nessun feedback.',
  'feedback.inbox.empty.filtered': 'Nessun feedback corrisponde a questi filtri.',
  'feedback.inbox.clear-filters': 'Cancella filtri',
  'feedback.inbox.more': 'Carica altri',
  'feedback.inbox.more.loading': 'Caricamento…',
  'feedback.inbox.more.loaded': (n: number) =>
    plural('it', n, { '=0': 'Nessun altro feedback.', one: 'Caricata # altra conversazione.', other: 'Caricate altre # conversazioni.' }),
  'feedback.inbox.end': 'Non c’è altro.',
  'feedback.inbox.forbidden': 'Solo le persone che rispondono ai feedback possono vedere la posta in arrivo.',
  'feedback.inbox.error': 'Impossibile caricare la posta in arrivo.',

  'feedback.load-error': 'Impossibile caricare la casella dei feedback.',
} satisfies typeof enFeedback;

registerChorusStrings(itCommon, itFeedback);
