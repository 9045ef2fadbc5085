import { plural } from './plural.js';

/* English strings of <chorus-post-composer>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enPostComposer = {
  'post-composer.label': 'Write a post to share',
  'post-composer.heading.new': 'New post',
  'post-composer.heading.edit': 'Edit post',
  'post-composer.optional': 'optional',
  'post-composer.returned': 'Sent back to you with this comment:',
  'post-composer.not-author': 'Only post authors can write posts here.',
  'post-composer.not-editable': 'This post can’t be changed now.',

  'post-composer.title': 'Title',
  'post-composer.link': 'Link to share',
  'post-composer.link.hint': 'The page colleagues share, starting with https://',
  'post-composer.image': 'Image address',
  'post-composer.image.alt': 'Image description',
  'post-composer.image.alt.hint': 'Required with an image: what it shows, for people who can’t see it.',
  'post-composer.topic': 'Topic',

  'post-composer.caption': 'Caption',
  'post-composer.caption.hint': 'Used on every network without a caption of its own.',
  'post-composer.caption.for': (network: string) => `Caption for ${network}`,
  'post-composer.caption.add': (network: string) => `Add a caption for ${network}`,
  'post-composer.caption.remove': (network: string) => `Remove the caption for ${network}`,

  'post-composer.locked': 'Always included',
  'post-composer.locked.hint': 'Sharers can’t remove these: they are added back at the end of the caption when missing.',
  'post-composer.disclosure': 'Disclosure',
  'post-composer.disclosure.hint': 'For example #employee',
  'post-composer.hashtags': 'Required hashtags',
  'post-composer.hashtags.hint': 'Separated by commas or spaces, for example #LifeAtBrightwater #Hiring',
  'post-composer.editable': 'Sharers may edit the caption',

  'post-composer.schedule': 'Schedule',
  'post-composer.schedule.hint': 'Leave empty to publish as soon as it’s approved, and to keep it until it’s archived.',
  'post-composer.publish-at': 'Publish at',
  'post-composer.expire-at': 'Expire at',

  'post-composer.preview': 'Preview on',
  'post-composer.preview.link': 'Link added when shared:',
  'post-composer.network.linkedin': 'LinkedIn',
  'post-composer.network.x': 'X',
  'post-composer.network.facebook': 'Facebook',
  'post-composer.network.teams': 'Microsoft Teams',
  'post-composer.network.email': 'E-mail',
  'post-composer.counter': (used: string, limit: string) => `${used} / ${limit}`,
  'post-composer.over': (network: string, n: number) =>
    plural('en', n, {
      one: `# character over ${network}’s limit. Shorten the caption it uses.`,
      other: `# characters over ${network}’s limit. Shorten the caption it uses.`,
    }),
  'post-composer.within': (network: string) => `The caption fits ${network}’s limit again.`,

  'post-composer.save': 'Save draft',
  'post-composer.save.edit': 'Save',
  'post-composer.submit': 'Submit for approval',
  'post-composer.saving': 'Saving…',
  'post-composer.saved': 'Draft saved.',
  'post-composer.saved.edit': 'Changes saved.',
  'post-composer.submitted': 'Submitted for approval.',
  'post-composer.failed': 'The post wasn’t saved; everything you typed is still here.',
  'post-composer.submit-failed': 'The post was saved but not submitted for approval.',
  'post-composer.check': 'Some fields need your attention.',

  'post-composer.error.title': 'Give the post a title.',
  'post-composer.error.link': 'Add the link to share.',
  'post-composer.error.link.invalid': 'Use a web address that starts with https:// or http://.',
  'post-composer.error.image.invalid': 'Use an image address that starts with https:// or http://.',
  'post-composer.error.image.alt': 'Describe the image for people who can’t see it.',
  'post-composer.error.disclosure': (max: number) => `Keep the disclosure to one line of ${max} characters or fewer.`,
  'post-composer.error.hashtags': 'A hashtag is # followed by letters, digits or _.',
  'post-composer.error.date': 'Choose a valid date and time.',
  'post-composer.error.expire': 'The post must expire after it’s published.',
  'post-composer.error.caption': (network: string, max: number) => `Too long for ${network}: keep it to ${max} characters or fewer.`,
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    'post-composer': typeof enPostComposer;
  }
}
