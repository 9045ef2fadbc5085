import { plural } from './plural.js';

/* English strings of <chorus-feedback-box>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enFeedback = {
  'feedback.heading': 'Anonymous feedback',
  'feedback.tabs': 'Feedback',
  'feedback.tab.send': 'Send feedback',
  'feedback.tab.conversations': 'Your conversations',
  'feedback.tab.inbox': 'Inbox',
  'feedback.tab.unread': (n: number) => plural('en', n, { one: '# new answer', other: '# new answers' }),
  /** Narrow tab labels: each a part of the full one above, so what is seen is in the name. */
  'feedback.tab.send.short': 'Send',
  'feedback.tab.conversations.short': 'Conversations',
  'feedback.tab.inbox.short': 'Inbox',

  // Why it is anonymous
  'feedback.intro': 'Say what’s on your mind. No one, not even the people who read it, can see who sent it.',
  'feedback.how': 'How is this anonymous?',
  'feedback.how.name': 'Your name, e-mail address and account are not sent with your message.',
  'feedback.how.device': 'No cookie, device id or network address goes with it or is stored.',
  'feedback.how.time': 'Times are rounded to the hour, so a message can’t be matched to your activity.',
  'feedback.how.token': 'You get a secret reply token. It is the only way back to the conversation: nobody can look it up for you.',

  // The form
  'feedback.category': 'Topic',
  'feedback.category.required': 'Choose a topic.',
  'feedback.category.invalid': 'That topic is no longer offered. Choose another one.',
  'feedback.optional': 'optional',
  'feedback.mood.legend': 'How do you feel about it?',
  'feedback.mood.1': 'Very unhappy',
  'feedback.mood.2': 'Unhappy',
  'feedback.mood.3': 'Neutral',
  'feedback.mood.4': 'Happy',
  'feedback.mood.5': 'Very happy',
  'feedback.enps.legend': 'How likely are you to recommend working here to a friend?',
  'feedback.enps.low': 'Not at all likely',
  'feedback.enps.high': 'Extremely likely',
  'feedback.score.clear': 'Clear score',
  'feedback.score.cleared': 'Score cleared.',
  'feedback.score.invalid': 'Choose one of the scores offered, or clear it.',
  'feedback.message': 'Your message',
  'feedback.message.hint': (min: number) =>
    plural('en', min, {
      one: 'Be specific: what happened, and what would help? At least # character.',
      other: 'Be specific: what happened, and what would help? At least # characters.',
    }),
  'feedback.send': 'Send anonymously',
  'feedback.sending': 'Sending…',
  'feedback.send.failed': 'Your feedback wasn’t sent.',
  'feedback.send.kept': 'Everything you wrote is still here.',
  'feedback.send.retry-safe': 'Everything you wrote is still here, and sending again won’t send it twice.',
  'feedback.send.vetoed': 'Sending was stopped by this page. Your message is still here.',
  'feedback.draft.restored': 'Your unsent draft was restored.',

  // Personal details
  'feedback.details.title': 'Your message may identify you.',
  'feedback.details.found': (list: string) => `It seems to contain ${list}.`,
  'feedback.details.advice': (n: number) =>
    plural('en', n, { one: 'Consider taking it out. The choice is yours.', other: 'Consider taking them out. The choice is yours.' }),
  'feedback.details.email': (text: string) => `an e-mail address (${text})`,
  'feedback.details.phone': (text: string) => `a phone number (${text})`,
  'feedback.details.name': (text: string) => `your name (${text})`,
  'feedback.details.colleague': (text: string) => `a colleague’s name (${text})`,
  'feedback.details.kind.email': 'an e-mail address',
  'feedback.details.kind.phone': 'a phone number',
  'feedback.details.kind.name': 'your name',
  'feedback.details.kind.colleague': 'a colleague’s name',
  'feedback.details.confirm': 'Send it with these details? Whoever reads it may be able to tell it’s from you.',
  'feedback.details.send-anyway': 'Send anyway',
  'feedback.details.edit': 'Edit message',

  // Rate limit
  'feedback.rate-limited': (time: string) =>
    `To keep this box anonymous we don’t know who sends, so we limit how many messages can come from one network. Try again in ${time}.`,
  'feedback.rate-limited.soon': 'a few minutes',

  // Sent
  'feedback.sent.title': 'Thank you — sent anonymously.',
  'feedback.sent.once': 'Here is your reply token. It is shown only this once.',
  'feedback.sent.after-hour': (time: string) =>
    `The recipients will see it from ${time}, once this hour has ended, so its arrival says nothing about when you wrote.`,
  'feedback.token': 'Your reply token',
  'feedback.token.copy': 'Copy',
  'feedback.token.copied': 'Copied',
  'feedback.token.copy-failed': 'Couldn’t copy. The token is selected: copy it with your keyboard.',
  'feedback.token.why':
    'It is the only way back to this conversation: with it you can read answers and reply, still anonymously. Nobody can recover it for you.',
  'feedback.token.keep': 'Keep it on this device so I can check for answers',
  'feedback.token.keep.hint': 'Anyone using this browser could open the conversation. On a shared computer, copy the token instead.',
  'feedback.token.keep.failed': 'This browser wouldn’t keep it. Copy the token instead.',
  'feedback.sent.open': 'Open conversation',
  'feedback.sent.more': 'Send more feedback',
  'feedback.sent.recovered': 'Your first version had already arrived.',
  'feedback.sent.recovered.edit':
    'Its answer never reached this page; here is its reply token. Your edited message has not been sent: it is still in the form, to send as well or to discard.',
  'feedback.sent.back-to-edit': 'Back to the edited message',

  // Conversations
  'feedback.conversations.empty': 'No conversations on this device yet. When you send feedback and keep its reply token here, it shows up here.',
  'feedback.conversations.list': 'Conversations kept on this device',
  'feedback.conversations.load-error': 'Your conversations couldn’t load.',
  'feedback.conversation.label': (category: string, date: string) => `${category}, sent ${date}`,
  'feedback.conversation.sent': (date: string) => `Sent ${date}`,
  'feedback.conversation.last': (when: string) => `Last activity ${when}`,
  'feedback.conversation.answers': (n: number) => plural('en', n, { '=0': 'No answers yet', one: '# answer', other: '# answers' }),
  'feedback.conversation.unread': 'New answer',
  'feedback.conversation.gone': 'This conversation is no longer available.',
  'feedback.conversation.error': 'This conversation couldn’t load.',
  'feedback.conversation.forget': 'Forget',
  'feedback.conversation.forget.label': (category: string) => `Forget the conversation about ${category}`,
  'feedback.conversation.forget.confirm': 'Forget it on this device? Without its reply token you can’t open it again.',
  'feedback.conversation.forgotten': 'Forgotten on this device.',
  'feedback.paste.heading': 'Have a reply token? Paste it',
  'feedback.paste.label': 'Reply token',
  'feedback.paste.open': 'Open',
  'feedback.paste.opening': 'Opening…',
  'feedback.paste.required': 'Paste your reply token first.',
  'feedback.paste.not-found': 'No conversation matches this reply token. Check that you copied all of it.',

  // A thread
  'feedback.thread.back': 'All conversations',
  'feedback.thread.back-inbox': 'Back to the inbox',
  'feedback.thread.messages': 'Messages',
  'feedback.thread.you': 'You (anonymous)',
  'feedback.thread.sender': 'Anonymous colleague',
  'feedback.thread.sent': (date: string) => `Sent ${date}`,
  'feedback.inbox.live.new': 'New feedback arrived.',
  'feedback.thread.live.message': 'New message in this conversation.',
  'feedback.thread.live.answer': 'New answer in this conversation.',
  'feedback.thread.mood': (label: string) => `Mood: ${label}`,
  'feedback.thread.enps': (score: string) => `Score: ${score} of 10`,
  'feedback.thread.keep': 'Keep on this device',
  'feedback.thread.kept': 'Kept on this device.',
  'feedback.thread.closed': 'This conversation is closed, so no more replies can be sent.',
  'feedback.thread.closed-inbox': 'This conversation is closed. Reopen it to answer.',
  'feedback.thread.loading': 'Opening the conversation…',
  'feedback.reply.label': 'Your reply (still anonymous)',
  'feedback.reply.send': 'Send reply',
  'feedback.reply.sending': 'Sending…',
  'feedback.reply.sent': 'Your reply was sent anonymously.',
  'feedback.reply.failed': 'Your reply wasn’t sent.',
  'feedback.reply.closed': 'This conversation was closed in the meantime, so your reply wasn’t sent. It is still here.',
  'feedback.reply.vetoed': 'Sending was stopped by this page. Your reply is still here.',
  'feedback.answer.label': 'Your answer',
  'feedback.answer.hint': (name: string) => `Signed with your name, ${name}. The sender stays anonymous.`,
  'feedback.answer.send': 'Send answer',
  'feedback.answer.sent': 'Your answer was sent.',
  'feedback.answer.failed': 'Your answer wasn’t sent.',
  'feedback.close': 'Close conversation',
  'feedback.reopen': 'Reopen conversation',
  'feedback.closed.done': 'Conversation closed.',
  'feedback.reopened.done': 'Conversation reopened.',
  'feedback.status.failed': 'The status wasn’t changed.',
  'feedback.status.vetoed': 'This page stopped the change.',

  'feedback.status.open': 'Open',
  'feedback.status.answered': 'Answered',
  'feedback.status.closed': 'Closed',
  'feedback.status.prefix': 'Status:',

  // Inbox
  'feedback.inbox.summary': 'Overview',
  'feedback.inbox.responses': (n: number) => plural('en', n, { one: '# response', other: '# responses' }),
  'feedback.inbox.hidden': (min: number) =>
    plural('en', min, { one: 'Fewer than # response — hidden to protect anonymity', other: 'Fewer than # responses — hidden to protect anonymity' }),
  'feedback.inbox.mood': (score: string) => `Average mood ${score} of 5`,
  'feedback.inbox.enps': (score: string) => `eNPS ${score}`,
  'feedback.inbox.no-score': 'No scores',
  'feedback.inbox.filters': 'Filter the inbox',
  'feedback.inbox.category.all': 'All topics',
  'feedback.inbox.status': 'Status',
  'feedback.inbox.status.all': 'Any status',
  'feedback.inbox.list': 'Feedback received',
  'feedback.inbox.messages': (n: number) => plural('en', n, { one: '# message', other: '# messages' }),
  'feedback.inbox.empty': 'No feedback yet.',
  'feedback.inbox.empty.filtered': 'No feedback matches these filters.',
  'feedback.inbox.clear-filters': 'Clear filters',
  'feedback.inbox.more': 'Load more',
  'feedback.inbox.more.loading': 'Loading…',
  'feedback.inbox.more.loaded': (n: number) =>
    plural('en', n, { '=0': 'No more feedback.', one: '# more conversation loaded.', other: '# more conversations loaded.' }),
  'feedback.inbox.end': 'That’s everything.',
  'feedback.inbox.forbidden': 'Only the people who answer feedback can see the inbox.',
  'feedback.inbox.error': 'The inbox couldn’t load.',

  'feedback.load-error': 'The feedback box couldn’t load.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    feedback: typeof enFeedback;
  }
}
