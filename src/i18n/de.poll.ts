import { registerChorusStrings } from './localize.js';
import { plural } from './plural.js';
import { deCommon } from './de.common.js';
import type { enPoll } from './en.poll.js';

/* German strings of <chorus-poll> (en.poll.ts). Importing this module registers them, with the shared ones. */
export const dePoll = {
  'poll.by': (name: string) => `Frage von ${name}`,
  'poll.anonymous': 'Anonym: Niemand kann sehen, wer wie abgestimmt hat.',
  'poll.closes': (relative: string) => `Endet ${relative}`,
  'poll.closed-on': (date: string) => (date ? `Beendet am ${date}` : 'Beendet'),
  'poll.opens-on': (date: string) => `Beginnt am ${date}`,
  'poll.not-open': 'Die Abstimmung beginnt, sobald die Umfrage startet.',

  'poll.choose-one': 'Wählen Sie eine Option aus.',
  'poll.choose-up-to': (max: number) =>
    plural('de', max, { one: 'Wählen Sie eine Option aus.', other: 'Wählen Sie bis zu # Optionen aus.' }),
  'poll.chosen': (n: number, max: number) => `${n} von ${max} ausgewählt`,
  'poll.too-many': (max: number) =>
    plural('de', max, {
      one: 'Sie können nur eine Option auswählen. Heben Sie die Auswahl auf, um eine andere zu wählen.',
      other: 'Sie können bis zu # Optionen auswählen. Heben Sie eine Auswahl auf, um eine andere zu wählen.',
    }),
  'poll.other': 'Sonstiges',
  'poll.other.label': 'Ihre Antwort',
  'poll.other.required': 'Geben Sie Ihre Antwort ein oder wählen Sie eine der Optionen aus.',
  'poll.choose.required': 'Wählen Sie zuerst eine Option aus.',
  'poll.enps.low': 'Überhaupt nicht wahrscheinlich',
  'poll.enps.high': 'Äußerst wahrscheinlich',
  'poll.enps.required': 'Wählen Sie einen Wert von 0 bis 10 aus.',

  'poll.vote': 'Abstimmen',
  'poll.vote.update': 'Stimme aktualisieren',
  'poll.voting': 'Ihre Stimme wird gespeichert…',
  'poll.change': 'Stimme ändern',
  'poll.keep': 'Stimme beibehalten',
  'poll.see-results': 'Ergebnisse anzeigen',
  'poll.back-to-vote': 'Zurück zur Abstimmung',
  'poll.voted': 'Danke, Ihre Stimme wurde gezählt.',
  'poll.voted.changed': 'Ihre Stimme wurde geändert.',
  'poll.voted.hidden': 'Danke, Ihre Stimme wurde gezählt. Die Ergebnisse werden noch nicht angezeigt.',
  'poll.vote.failed': 'Ihre Stimme wurde nicht gezählt.',
  'poll.vote.kept': 'Ihre Auswahl bleibt erhalten.',
  'poll.vote.vetoed': 'Die Stimmabgabe wurde von dieser Seite abgebrochen.',
  'poll.error.closed': 'Diese Umfrage ist beendet, daher wurde Ihre Stimme nicht gezählt.',
  'poll.error.not-open': 'Diese Umfrage hat noch nicht begonnen, daher wurde Ihre Stimme nicht gezählt.',
  'poll.error.already-voted': 'Sie haben in dieser Umfrage bereits abgestimmt, und die Stimme kann hier nicht geändert werden.',
  'poll.error.already-voted-anonymous':
    'Sie haben bereits abgestimmt. Eine anonyme Stimme kann nur auf dem Gerät geändert werden, auf dem sie abgegeben wurde.',
  'poll.error.unknown-option':
    'Eine Ihrer Optionen gehört nicht mehr zu dieser Umfrage. Überprüfen Sie Ihre Auswahl und versuchen Sie es erneut.',
  'poll.error.receipt':
    'Ihr gespeicherter Stimmbeleg passt zu keiner Stimme in dieser Umfrage, daher konnte die Stimme nicht geändert werden.',
  'poll.voted-elsewhere': 'Sie haben abgestimmt. Anonyme Stimmen können nur auf dem Gerät geändert werden, auf dem sie abgegeben wurden.',

  'poll.results': 'Ergebnisse',
  'poll.your-vote': 'Ihre Stimme',
  'poll.your-vote.is': (choice: string) => `Ihre Stimme: ${choice}`,
  'poll.leading': 'Führend',
  'poll.tied': 'Gleichstand',
  'poll.top': 'Meistgewählt',
  'poll.votes': (n: number) => plural('de', n, { one: '# Stimme', other: '# Stimmen' }),
  'poll.voters': (n: number) =>
    plural('de', n, { '=0': 'Noch keine Stimmen', one: '# Person hat abgestimmt', other: '# Personen haben abgestimmt' }),
  'poll.multiple.note': (max: number) =>
    plural('de', max, {
      one: 'Jede Person konnte # Option wählen.',
      other: 'Jede Person konnte bis zu # Optionen wählen, daher kann die Summe der Prozentwerte über 100 % liegen.',
    }),
  'poll.pending-others': 'Weitere Antworten, noch nicht angezeigt',
  'poll.your-answer': (text: string) => `Ihre Antwort: ${text}`,
  'poll.your-answer.pending': 'Sie wird hier angezeigt, sobald die Organisatoren der Umfrage sie freigeben.',
  'poll.writein.pending': 'Wartet auf Freigabe',
  'poll.writein.approve': 'Freigeben',
  'poll.writein.approve.label': (text: string) => `„${text}“ freigeben`,
  'poll.writein.approved': (text: string) => `„${text}“ wird jetzt allen angezeigt.`,
  'poll.writein.failed': 'Die Antwort konnte nicht freigegeben werden.',
  'poll.hidden.vote-first': 'Die Ergebnisse werden nach Ihrer Stimmabgabe angezeigt.',
  'poll.hidden.until-closed': 'Die Ergebnisse werden angezeigt, sobald die Umfrage endet.',
  'poll.hidden.admins-only': 'Nur die Organisatoren der Umfrage können die Ergebnisse sehen.',
  'poll.hidden.below-minimum': (min: number) =>
    plural('de', min, {
      one: 'Die Ergebnisse werden angezeigt, sobald jemand abgestimmt hat.',
      other: 'Die Ergebnisse werden angezeigt, sobald mindestens # Personen abgestimmt haben, damit keine einzelne Antwort auffällt.',
    }),

  'poll.enps.scale': (low: string, high: string) => `0 steht für „${low}“, 10 für „${high}“.`,
  'poll.enps.score': 'eNPS',
  'poll.enps.range': 'von −100 bis +100',
  'poll.enps.promoters': 'Promotoren (9–10)',
  'poll.enps.passives': 'Passive (7–8)',
  'poll.enps.detractors': 'Detraktoren (0–6)',
  'poll.enps.your-score': (score: number) => `Ihre Bewertung: ${score}`,

  'poll.manage.close': 'Umfrage beenden',
  'poll.manage.close.confirm': 'Diese Umfrage jetzt beenden? Die Abstimmung endet dann für alle.',
  'poll.manage.closed': 'Die Umfrage ist beendet.',
  'poll.manage.close.failed': 'Die Umfrage konnte nicht beendet werden.',

  'poll.live.updated': (votes: string) => `Ergebnisse aktualisiert: ${votes}.`,
  'poll.live.leader': (label: string, percent: string) => `${label} führt mit ${percent}.`,
  'poll.live.closed': 'Diese Umfrage wurde soeben beendet.',
  'poll.live.opened': 'Die Abstimmung in dieser Umfrage hat begonnen.',

  'poll.load-error': 'Die Umfrage konnte nicht geladen werden.',
  'poll.not-found': 'Diese Umfrage existiert nicht oder wurde entfernt.',
  'poll.none': 'Für diesen Bereich wurde noch keine Umfrage ausgewählt.',

  'poll.compose.heading': 'Umfrage erstellen',
  'poll.compose.toggle': 'Neue Umfrage erstellen',
  'poll.compose.question': 'Frage',
  'poll.compose.description': 'Details',
  'poll.compose.optional': 'optional',
  'poll.compose.kind': 'Typ',
  'poll.compose.kind.single': 'Einfachauswahl',
  'poll.compose.kind.multiple': 'Mehrfachauswahl',
  'poll.compose.kind.enps': 'eNPS (0–10)',
  'poll.compose.kind.enps.hint':
    'Fragt „Wie wahrscheinlich ist es, dass Sie … empfehlen?“ auf einer Skala von 0 bis 10 und ermittelt den eNPS-Wert.',
  'poll.compose.options': 'Optionen',
  'poll.compose.option': (n: number) => `Option ${n}`,
  'poll.compose.option.add': 'Option hinzufügen',
  'poll.compose.option.remove': (n: number) => `Option ${n} entfernen`,
  'poll.compose.max-choices': 'Maximale Anzahl an Optionen pro Person',
  'poll.compose.settings': 'Einstellungen',
  'poll.compose.visibility': 'Wer sieht die Ergebnisse?',
  'poll.compose.visibility.live': 'Alle, sobald Stimmen eingehen',
  'poll.compose.visibility.after-vote': 'Jede Person nach ihrer Stimmabgabe',
  'poll.compose.visibility.after-close': 'Alle, sobald die Umfrage beendet ist',
  'poll.compose.visibility.never': 'Nur die Organisatoren der Umfrage',
  'poll.compose.min-votes': 'Ergebnisse bis zu dieser Anzahl an Stimmen ausblenden',
  'poll.compose.deadline': 'Endet am',
  'poll.compose.anonymous': 'Anonym: Niemand, auch nicht die Organisatoren, kann sehen, wer wie abgestimmt hat',
  'poll.compose.change': 'Teilnehmende können ihre Stimme ändern, bis die Umfrage endet',
  'poll.compose.write-in': '„Sonstiges“ mit eigener Antwort anbieten',
  'poll.compose.moderate': 'Eigene Antworten erst nach meiner Freigabe anzeigen',
  'poll.compose.create': 'Umfrage erstellen',
  'poll.compose.creating': 'Wird erstellt…',
  'poll.compose.failed': 'Die Umfrage wurde nicht erstellt. Alle Ihre Eingaben sind noch da.',
  'poll.compose.vetoed': 'Das Erstellen der Umfrage wurde von dieser Seite abgebrochen.',
  'poll.compose.created': 'Umfrage erstellt. Fügen Sie ihre ID in eine Seite ein, um sie dort anzuzeigen.',
  'poll.compose.id': 'Umfrage-ID',
  'poll.field.question.required': 'Geben Sie die Frage ein.',
  'poll.field.options.too-few': (min: number) =>
    plural('de', min, { one: 'Geben Sie mindestens eine Option an.', other: 'Geben Sie mindestens # Optionen an.' }),
  'poll.field.option.required': 'Füllen Sie diese Option aus oder entfernen Sie sie.',
  'poll.field.option.duplicate': 'Diese Option ist identisch mit einer anderen.',
  'poll.field.max-choices': (max: number) => `Verwenden Sie eine Zahl von 1 bis ${max}.`,
  'poll.field.min-votes': (max: number) => `Verwenden Sie eine ganze Zahl von 0 bis ${max}.`,
  'poll.field.closes.too-early': 'Wählen Sie einen Zeitpunkt in der Zukunft.',
} satisfies typeof enPoll;

registerChorusStrings(deCommon, dePoll);
