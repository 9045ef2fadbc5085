import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { deCommon } from './de.common.js';
import type { enFeedback } from './en.feedback.js';

/* German strings of <chorus-feedback-box> (en.feedback.ts). Importing this module registers them, with the shared ones. */
export const deFeedback = {
  'feedback.heading': 'Anonymes Feedback',
  'feedback.tabs': 'Feedback',
  'feedback.tab.send': 'Feedback senden',
  'feedback.tab.conversations': 'Ihre Unterhaltungen',
  'feedback.tab.inbox': 'Posteingang',
  'feedback.tab.unread': (n: number) => plural('de', n, { one: '# neue Antwort', other: '# neue Antworten' }),
  /** Narrow tab labels: each a part of the full one above, so what is seen is in the name. */
  'feedback.tab.send.short': 'Senden',
  'feedback.tab.conversations.short': 'Unterhaltungen',
  'feedback.tab.inbox.short': 'Posteingang',

  // Why it is anonymous
  'feedback.intro': 'Sagen Sie, was Sie bewegt. Niemand – auch nicht, wer die Nachricht liest – kann sehen, von wem sie stammt.',
  'feedback.how': 'Wie bleibt das anonym?',
  'feedback.how.name': 'Ihr Name, Ihre E-Mail-Adresse und Ihr Konto werden nicht mit Ihrer Nachricht gesendet.',
  'feedback.how.device': 'Weder Cookies noch Geräte-IDs oder Netzwerkadressen werden mitgesendet oder gespeichert.',
  'feedback.how.time': 'Zeitangaben werden auf die volle Stunde gerundet, damit sich eine Nachricht nicht Ihren Aktivitäten zuordnen lässt.',
  'feedback.how.token': 'Sie erhalten einen geheimen Antwortcode. Nur damit gelangen Sie zurück zur Unterhaltung: Niemand kann ihn für Sie nachschlagen.',

  // The form
  'feedback.category': 'Thema',
  'feedback.category.required': 'Wählen Sie ein Thema aus.',
  'feedback.category.invalid': 'Dieses Thema wird nicht mehr angeboten. Wählen Sie ein anderes aus.',
  'feedback.optional': 'optional',
  'feedback.mood.legend': 'Wie geht es Ihnen damit?',
  'feedback.mood.1': 'Sehr unzufrieden',
  'feedback.mood.2': 'Unzufrieden',
  'feedback.mood.3': 'Neutral',
  'feedback.mood.4': 'Zufrieden',
  'feedback.mood.5': 'Sehr zufrieden',
  'feedback.enps.legend': 'Wie wahrscheinlich ist es, dass Sie uns Freunden als Arbeitgeber empfehlen?',
  'feedback.enps.low': 'Überhaupt nicht wahrscheinlich',
  'feedback.enps.high': 'Äußerst wahrscheinlich',
  'feedback.score.clear': 'Bewertung entfernen',
  'feedback.score.cleared': 'Bewertung entfernt.',
  'feedback.score.invalid': 'Wählen Sie eine der angebotenen Bewertungen aus oder entfernen Sie die Bewertung.',
  'feedback.message': 'Ihre Nachricht',
  'feedback.message.hint': (min: number) => `Werden Sie konkret: Was ist passiert, und was würde helfen? Mindestens ${min} Zeichen.`,
  'feedback.send': 'Anonym senden',
  'feedback.sending': 'Wird gesendet…',
  'feedback.send.failed': 'Ihr Feedback wurde nicht gesendet.',
  'feedback.send.kept': 'Alle Ihre Eingaben sind noch da.',
  'feedback.send.retry-safe': 'Alle Ihre Eingaben sind noch da, und bei erneutem Senden wird nichts doppelt gesendet.',
  'feedback.send.vetoed': 'Das Senden wurde von dieser Seite abgebrochen. Ihre Nachricht ist noch da.',
  'feedback.draft.restored': 'Ihr nicht gesendeter Entwurf wurde wiederhergestellt.',

  // Personal details
  'feedback.details.title': 'Ihre Nachricht könnte Rückschlüsse auf Sie zulassen.',
  'feedback.details.found': (list: string) => `Sie scheint ${list} zu enthalten.`,
  'feedback.details.advice': (n: number) =>
    plural('de', n, {
      one: 'Überlegen Sie, diese Angabe zu entfernen. Die Entscheidung liegt bei Ihnen.',
      other: 'Überlegen Sie, diese Angaben zu entfernen. Die Entscheidung liegt bei Ihnen.',
    }),
  'feedback.details.email': (text: string) => `eine E-Mail-Adresse (${text})`,
  'feedback.details.phone': (text: string) => `eine Telefonnummer (${text})`,
  'feedback.details.name': (text: string) => `Ihren Namen (${text})`,
  'feedback.details.colleague': (text: string) => `den Namen einer Kollegin oder eines Kollegen (${text})`,
  'feedback.details.kind.email': 'eine E-Mail-Adresse',
  'feedback.details.kind.phone': 'eine Telefonnummer',
  'feedback.details.kind.name': 'Ihren Namen',
  'feedback.details.kind.colleague': 'den Namen einer Kollegin oder eines Kollegen',
  'feedback.details.confirm': 'Mit diesen Angaben senden? Wer die Nachricht liest, könnte erkennen, dass sie von Ihnen stammt.',
  'feedback.details.send-anyway': 'Trotzdem senden',
  'feedback.details.edit': 'Nachricht bearbeiten',

  // Rate limit
  'feedback.rate-limited': (time: string) =>
    `Damit dieser Kanal anonym bleibt, wissen wir nicht, wer etwas sendet. Deshalb ist die Anzahl der Nachrichten aus einem Netzwerk begrenzt. Versuchen Sie es in ${time} erneut.`,
  'feedback.rate-limited.soon': 'ein paar Minuten',

  // Sent
  'feedback.sent.title': 'Vielen Dank – anonym gesendet.',
  'feedback.sent.once': 'Hier ist Ihr Antwortcode. Er wird nur dieses eine Mal angezeigt.',
  'feedback.sent.after-hour': (time: string) =>
    `Die Empfänger sehen es ab ${time}, wenn diese Stunde vorbei ist, damit sein Eintreffen nichts darüber verrät, wann Sie es geschrieben haben.`,
  'feedback.token': 'Ihr Antwortcode',
  'feedback.token.copy': 'Kopieren',
  'feedback.token.copied': 'Kopiert',
  'feedback.token.copy-failed': 'Kopieren nicht möglich. Der Code ist markiert: Kopieren Sie ihn mit der Tastatur.',
  'feedback.token.why':
    'Nur mit diesem Code gelangen Sie zurück zu dieser Unterhaltung: Damit können Sie Antworten lesen und weiterhin anonym antworten. Niemand kann ihn für Sie wiederherstellen.',
  'feedback.token.keep': 'Auf diesem Gerät speichern, damit ich nach Antworten sehen kann',
  'feedback.token.keep.hint':
    'Alle, die diesen Browser verwenden, könnten die Unterhaltung öffnen. Kopieren Sie auf einem gemeinsam genutzten Computer stattdessen den Code.',
  'feedback.token.keep.failed': 'Dieser Browser konnte den Code nicht speichern. Kopieren Sie ihn stattdessen.',
  'feedback.sent.open': 'Unterhaltung öffnen',
  'feedback.sent.more': 'Weiteres Feedback senden',
  'feedback.sent.recovered': 'Ihre erste Fassung war bereits angekommen.',
  'feedback.sent.recovered.edit':
    'Die Antwort darauf hat diese Seite nie erreicht; hier ist ihr Antwortcode. Ihre bearbeitete Nachricht wurde nicht gesendet: sie steht noch im Formular, zum zusätzlichen Senden oder Verwerfen.',
  'feedback.sent.back-to-edit': 'Zurück zur bearbeiteten Nachricht',

  // Conversations
  'feedback.conversations.empty':
    'Auf diesem Gerät gibt es noch keine Unterhaltungen. Wenn Sie Feedback senden und den Antwortcode hier speichern, wird die Unterhaltung hier angezeigt.',
  'feedback.conversations.list': 'Auf diesem Gerät gespeicherte Unterhaltungen',
  'feedback.conversations.load-error': 'Ihre Unterhaltungen konnten nicht geladen werden.',
  'feedback.conversation.label': (category: string, date: string) => `${category}, gesendet: ${date}`,
  'feedback.conversation.sent': (date: string) => `Gesendet: ${date}`,
  'feedback.conversation.last': (when: string) => `Letzte Aktivität: ${when}`,
  'feedback.conversation.answers': (n: number) => plural('de', n, { '=0': 'Noch keine Antworten', one: '# Antwort', other: '# Antworten' }),
  'feedback.conversation.unread': 'Neue Antwort',
  'feedback.conversation.gone': 'Diese Unterhaltung ist nicht mehr verfügbar.',
  'feedback.conversation.error': 'Diese Unterhaltung konnte nicht geladen werden.',
  'feedback.conversation.forget': 'Entfernen',
  'feedback.conversation.forget.label': (category: string) => `Unterhaltung zum Thema „${category}“ entfernen`,
  'feedback.conversation.forget.confirm': 'Von diesem Gerät entfernen? Ohne den Antwortcode können Sie die Unterhaltung nicht mehr öffnen.',
  'feedback.conversation.forgotten': 'Von diesem Gerät entfernt.',
  'feedback.paste.heading': 'Sie haben einen Antwortcode? Fügen Sie ihn hier ein',
  'feedback.paste.label': 'Antwortcode',
  'feedback.paste.open': 'Öffnen',
  'feedback.paste.opening': 'Wird geöffnet…',
  'feedback.paste.required': 'Fügen Sie zuerst Ihren Antwortcode ein.',
  'feedback.paste.not-found': 'Zu diesem Antwortcode gibt es keine Unterhaltung. Prüfen Sie, ob Sie ihn vollständig kopiert haben.',

  // A thread
  'feedback.thread.back': 'Alle Unterhaltungen',
  'feedback.thread.back-inbox': 'Zurück zum Posteingang',
  'feedback.thread.messages': 'Nachrichten',
  'feedback.thread.you': 'Sie (anonym)',
  'feedback.thread.sender': 'Anonyme Person',
  'feedback.thread.sent': (date: string) => `Gesendet: ${date}`,
  'feedback.inbox.live.new': 'Neues Feedback ist eingegangen.',
  'feedback.thread.live.message': 'Neue Nachricht in dieser Unterhaltung.',
  'feedback.thread.live.answer': 'Neue Antwort in dieser Unterhaltung.',
  'feedback.thread.mood': (label: string) => `Stimmung: ${label}`,
  'feedback.thread.enps': (score: string) => `Bewertung: ${score} von 10`,
  'feedback.thread.keep': 'Auf diesem Gerät speichern',
  'feedback.thread.kept': 'Auf diesem Gerät gespeichert.',
  'feedback.thread.closed': 'Diese Unterhaltung ist geschlossen, daher können keine Antworten mehr gesendet werden.',
  'feedback.thread.closed-inbox': 'Diese Unterhaltung ist geschlossen. Öffnen Sie sie erneut, um zu antworten.',
  'feedback.thread.loading': 'Unterhaltung wird geöffnet…',
  'feedback.reply.label': 'Ihre Antwort (weiterhin anonym)',
  'feedback.reply.send': 'Antwort senden',
  'feedback.reply.sending': 'Wird gesendet…',
  'feedback.reply.sent': 'Ihre Antwort wurde anonym gesendet.',
  'feedback.reply.failed': 'Ihre Antwort wurde nicht gesendet.',
  'feedback.reply.closed': 'Diese Unterhaltung wurde inzwischen geschlossen, daher wurde Ihre Antwort nicht gesendet. Sie ist noch da.',
  'feedback.reply.vetoed': 'Das Senden wurde von dieser Seite abgebrochen. Ihre Antwort ist noch da.',
  'feedback.answer.label': 'Ihre Antwort',
  'feedback.answer.hint': (name: string) => `Wird mit Ihrem Namen (${name}) unterzeichnet. Die sendende Person bleibt anonym.`,
  'feedback.answer.send': 'Antwort senden',
  'feedback.answer.sent': 'Ihre Antwort wurde gesendet.',
  'feedback.answer.failed': 'Ihre Antwort wurde nicht gesendet.',
  'feedback.close': 'Unterhaltung schließen',
  'feedback.reopen': 'Unterhaltung wieder öffnen',
  'feedback.closed.done': 'Unterhaltung geschlossen.',
  'feedback.reopened.done': 'Unterhaltung wieder geöffnet.',
  'feedback.status.failed': 'Der Status wurde nicht geändert.',
  'feedback.status.vetoed': 'Diese Seite hat die Änderung verhindert.',

  'feedback.status.open': 'Offen',
  'feedback.status.answered': 'Beantwortet',
  'feedback.status.closed': 'Geschlossen',
  'feedback.status.prefix': 'Status:',

  // Inbox
  'feedback.inbox.summary': 'Übersicht',
  'feedback.inbox.responses': (n: number) => plural('de', n, { one: '# Rückmeldung', other: '# Rückmeldungen' }),
  'feedback.inbox.hidden': (min: number) =>
    plural('de', min, {
      one: 'Weniger als # Rückmeldung – zum Schutz der Anonymität ausgeblendet',
      other: 'Weniger als # Rückmeldungen – zum Schutz der Anonymität ausgeblendet',
    }),
  'feedback.inbox.mood': (score: string) => `Durchschnittliche Stimmung: ${score} von 5`,
  'feedback.inbox.enps': (score: string) => `eNPS: ${score}`,
  'feedback.inbox.no-score': 'Keine Bewertungen',
  'feedback.inbox.filters': 'Posteingang filtern',
  'feedback.inbox.category.all': 'Alle Themen',
  'feedback.inbox.status': 'Status',
  'feedback.inbox.status.all': 'Alle Status',
  'feedback.inbox.list': 'Erhaltenes Feedback',
  'feedback.inbox.messages': (n: number) => plural('de', n, { one: '# Nachricht', other: '# Nachrichten' }),
  'feedback.inbox.empty': 'Noch kein Feedback.',
  'feedback.inbox.empty.filtered': 'Kein Feedback für diese Filter.',
  'feedback.inbox.clear-filters': 'Filter löschen',
  'feedback.inbox.more': 'Weitere laden',
  'feedback.inbox.more.loading': 'Wird geladen…',
  'feedback.inbox.more.loaded': (n: number) =>
    plural('de', n, {
      '=0': 'Kein weiteres Feedback.',
      one: '# weitere Unterhaltung geladen.',
      other: '# weitere Unterhaltungen geladen.',
    }),
  'feedback.inbox.end': 'Das ist alles.',
  'feedback.inbox.forbidden': 'Nur Personen, die Feedback beantworten, können den Posteingang sehen.',
  'feedback.inbox.error': 'Der Posteingang konnte nicht geladen werden.',

  'feedback.load-error': 'Der Feedbackbereich konnte nicht geladen werden.',
} satisfies typeof enFeedback;

registerChorusStrings(deCommon, deFeedback);
