import type { KudosImage } from '../core/kudos.js';
import type { CurrentUser } from '../core/people.js';
import { compareNewestFirst } from '../core/order.js';
import { DEFAULT_USER_ID, PEOPLE, REACTIONS, VALUES, svgUrl, type PersonSeed } from './company.js';
import { between, pick, sample, seededRandom, shuffle, type Random } from './random.js';
import type { StoredComment, StoredKudos, StoredReaction } from './types.js';

/*
 * The demo wall: 200 kudos over the ~90 days before `now`. Everything comes from one seeded PRNG,
 * so a fresh start always shows the same kudos; only the timestamps move, relative to `now`.
 */

export const SEED = 20240917;
export const SEED_KUDOS_COUNT = 200;
const DAY = 86_400_000;

const PROJECTS = [
  'Atlas migration',
  'Q3 pricing launch',
  'mobile app 3.0 release',
  'Helix search rollout',
  'self-serve billing project',
  'new intranet',
  'partner portal',
  'Nova design system',
];
const CUSTOMERS = ['Northwind', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Blue Harbor Bank', 'Meridian Foods'];

interface Template {
  text: string;
  /** The value such a message usually goes with. */
  value: string;
}

/* Specific about impact, as the composer's hint asks; {names}, {project} and {customer} are filled in. */
const TEMPLATES: readonly Template[] = [
  {
    value: 'own-it',
    text: '{names}, thank you for untangling the invoice export bug late on Friday. Finance closed the month on time because of you.',
  },
  {
    value: 'better-together',
    text: 'Huge thanks for running the retro for the {project} so well. Everyone left with clear owners and dates, and nobody felt blamed.',
  },
  { value: 'own-it', text: 'Lifesaver on today’s release. Thank you!' },
  {
    value: 'customer-first',
    text: '{names} turned a vague request from {customer} into a two-page spec in one afternoon. The team started building the next morning.',
  },
  {
    value: 'keep-it-simple',
    text: 'The new onboarding checklist cut our first-week questions in half. Thank you for sweating the details.',
  },
  {
    value: 'better-together',
    text: 'Thanks for pairing with me on the flaky checkout tests. We went from 12% failures to zero, and I learned a lot about test isolation.',
  },
  {
    value: 'customer-first',
    text: 'You stayed calm on the {customer} escalation call and walked them through every step. They renewed this week and mentioned you by name.',
  },
  {
    value: 'be-curious',
    text: 'Great demo of the {project} at the all-hands! Clear, short, and you answered the tough questions honestly.',
  },
  {
    value: 'grow-every-day',
    text: 'Thank you for reviewing my pull requests so quickly this sprint. Your comments were kind and made the code much better.',
  },
  {
    value: 'customer-first',
    text: '{names} rewrote the support macros for our top 20 tickets. First-reply time dropped from 9 hours to under 3.',
  },
  { value: 'better-together', text: 'Thanks for covering my on-call shift while my daughter was sick. It meant a lot.' },
  {
    value: 'customer-first',
    text: 'The accessibility audit you led found 40 issues before launch, and you fixed most of them yourself. Screen reader users will notice.',
  },
  {
    value: 'keep-it-simple',
    text: 'Shoutout for the dashboard you built for the {project}: leadership finally has one number everyone agrees on.',
  },
  {
    value: 'own-it',
    text: 'You noticed the pricing page still showed last year’s plans and fixed it before the campaign went out. Saved us a lot of awkward emails.',
  },
  {
    value: 'grow-every-day',
    text: 'Thank you for mentoring our interns this summer. Three of them shipped real features, and all of them want to come back.',
  },
  {
    value: 'better-together',
    text: 'Brilliant job organising the offsite. Every session started on time and the hike was the highlight of my quarter!',
  },
  {
    value: 'keep-it-simple',
    text: 'Thanks for documenting the deployment runbook. I did my first solo deploy today without pinging anyone.',
  },
  {
    value: 'customer-first',
    text: '{names} jumped in to translate the help center into Spanish and Portuguese in a week. Tickets from our LATAM customers are already down.',
  },
  { value: 'own-it', text: 'Your plan for the {project} was so clear that the whole thing went out with zero downtime. Textbook.' },
  { value: 'grow-every-day', text: 'Thank you for the honest feedback in our 1:1. It was hard to hear and exactly what I needed.' },
  {
    value: 'customer-first',
    text: 'Closed the {customer} deal after nine months of patient work. Congratulations, and thank you for keeping everyone in the loop!',
  },
  { value: 'keep-it-simple', text: 'Thanks for cleaning up our shared drive. I can actually find the brand assets now 🙏' },
  {
    value: 'be-curious',
    text: 'You turned 300 survey comments into five clear themes for the leadership meeting. That synthesis shaped our roadmap for next year.',
  },
  { value: 'better-together', text: 'Coffee machine whisperer. Thank you for fixing it before the Monday rush ☕' },
  {
    value: 'be-curious',
    text: '{names} tracked down the memory leak in the mobile app that had been bugging us for months. Crash rate is down 70%.',
  },
  {
    value: 'keep-it-simple',
    text: 'Thanks for shrinking the expense policy to one page. Fewer questions for us and faster refunds for everyone.',
  },
  { value: 'own-it', text: 'You handled the office move with a smile: 120 desks, 3 floors, zero lost laptops.' },
  {
    value: 'own-it',
    text: 'Thank you for stepping up as release captain while the team was short-handed. The {project} went out on schedule.',
  },
  {
    value: 'customer-first',
    text: 'Great catch on the consent checkbox in the signup form. You protected our customers, and us, from a real GDPR problem.',
  },
  { value: 'grow-every-day', text: 'Thanks for the lunch-and-learn on SQL window functions. I already used them twice this week.' },
  {
    value: 'customer-first',
    text: 'The way you rebuilt the {customer} integration after their API change, overnight and without drama, is why they trust us.',
  },
  {
    value: 'better-together',
    text: '{names}, thank you for making our new hires feel welcome. The handwritten notes on their desks were a lovely touch.',
  },
  {
    value: 'be-curious',
    text: 'Trial-to-paid conversion went up 4 points after your A/B test on the onboarding emails. Curiosity pays off!',
  },
  { value: 'keep-it-simple', text: 'Thank you for keeping the {project} stand-ups to ten minutes. Small thing, big difference.' },
  { value: 'better-together', text: 'Massive thanks, {names}!' },
  {
    value: 'own-it',
    text: 'I want to recognise {names} for the work on the {project} over the last six weeks. When the vendor pulled out, you rebuilt the data pipeline from scratch, wrote the migration scripts, ran three dry runs with the support team, and still found time to write a guide so the rest of us understand how it works. We went live on the original date, and the customers who worried most told us it was the smoothest change we have ever made. Thank you.',
  },
  {
    value: 'grow-every-day',
    text: 'Some recognition that is long overdue: for months you have quietly answered questions in the #help-engineering channel, at all hours and always with patience. New colleagues say it is the first place they look, and half of our wiki started as one of your answers. This week you turned those answers into a proper FAQ. Thank you for making everyone around you better at their jobs.',
  },
  {
    value: 'customer-first',
    text: '{names}: when {customer} reported the outage at 6 a.m., you had a status page up in ten minutes, posted updates every half hour, and wrote the clearest incident review I have read. Calm, honest and kind under pressure.',
  },
  { value: 'better-together', text: 'Thank you for running the charity bake sale. We raised €2,340 for the local food bank! 🍰' },
  { value: 'keep-it-simple', text: 'You made the quarterly report readable. Charts with real labels, at last!' },
  {
    value: 'customer-first',
    text: 'Thanks for the quick turnaround on the {customer} security questionnaire: 180 questions in two days, and every answer checked.',
  },
  { value: 'be-curious', text: 'Short and sweet: your design review saved us a week of rework. Thank you.' },
];

const COMMENTS_FROM_OTHERS = [
  'So well deserved!',
  'Couldn’t agree more 👏',
  'This made such a difference for our team.',
  '+1, the whole floor noticed.',
  'Yes! Saw the results this morning.',
  'Legend.',
  'Agreed, this saved me hours.',
  'The customers noticed too.',
  'Bravo 🎉',
  'Seconding this!',
  'Thanks from the support team as well.',
  'The best kind of news to read on a Monday.',
  'I learned a lot from watching how you handled this.',
  'Can we get a write-up of how you did it? Other teams would love it.',
];

const COMMENTS_FROM_RECIPIENTS = [
  'Thank you, that means a lot!',
  'Team effort, honestly. Thanks for noticing!',
  'Aw, thank you! Happy to help anytime.',
  'Thanks! Couldn’t have done it without the reviews.',
];

const REPORT_REASONS = ['Mentions a customer by name on a public wall.', 'Feels like an inside joke, not recognition.'];

function illustration(background: string, body: string): string {
  return svgUrl(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180"><rect width="320" height="180" fill="${background}"/>${body}</svg>`);
}

const CONFETTI =
  '<g opacity=".8"><rect x="40" y="30" width="8" height="14" fill="#e3008c" transform="rotate(20 44 37)"/><rect x="260" y="40" width="8" height="14" fill="#0078d4" transform="rotate(-25 264 47)"/><circle cx="80" cy="120" r="5" fill="#107c10"/><circle cx="240" cy="130" r="5" fill="#ffb900"/><rect x="200" y="20" width="6" height="12" fill="#8764b8"/></g>';

const IMAGES: readonly KudosImage[] = [
  {
    url: illustration(
      '#fff4ce',
      `${CONFETTI}<path d="M130 50h60v30a30 30 0 0 1-60 0z" fill="#ffb900"/><rect x="152" y="108" width="16" height="22" fill="#c19c00"/><rect x="135" y="130" width="50" height="12" rx="3" fill="#986f0b"/>`,
    ),
    alt: 'Illustration of a golden trophy with confetti',
  },
  {
    url: illustration(
      '#cfe4fa',
      `<rect x="40" y="130" width="40" height="50" fill="#2b579a"/><rect x="90" y="110" width="30" height="70" fill="#2b579a"/><rect x="220" y="120" width="50" height="60" fill="#2b579a"/><path d="M160 40c12 14 16 40 10 70h-20c-6-30-2-56 10-70z" fill="#fff"/><path d="M152 110l8 30 8-30z" fill="#ff8c00"/>`,
    ),
    alt: 'A rocket lifting off over a city skyline',
  },
  {
    url: illustration(
      '#fde7e9',
      `${CONFETTI}<rect x="110" y="90" width="100" height="50" rx="6" fill="#f7d1d4"/><rect x="110" y="90" width="100" height="12" fill="#e3008c"/><rect x="130" y="70" width="4" height="20" fill="#605e5c"/><rect x="158" y="70" width="4" height="20" fill="#605e5c"/><rect x="186" y="70" width="4" height="20" fill="#605e5c"/>`,
    ),
    alt: 'A birthday cake with three candles for the launch party',
  },
  {
    url: illustration(
      '#dff6dd',
      `<path d="M40 150L110 110L160 125L230 60L280 40" fill="none" stroke="#107c10" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/><path d="M40 160h240" stroke="#605e5c" stroke-width="2"/>`,
    ),
    alt: 'A line chart climbing steeply to the top right',
  },
  {
    url: illustration(
      '#f3f2f1',
      `<circle cx="120" cy="80" r="28" fill="#e8b896"/><circle cx="200" cy="80" r="28" fill="#8d5a3b"/><path d="M70 180c6-40 26-60 50-60s44 20 50 60z" fill="#0078d4"/><path d="M150 180c6-40 26-60 50-60s44 20 50 60z" fill="#8764b8"/><circle cx="160" cy="40" r="10" fill="#ffb900"/>`,
    ),
    alt: 'Two colleagues celebrating together with a high five',
  },
  {
    url: illustration(
      '#e8f3e8',
      `<path d="M160 170V100" stroke="#107c10" stroke-width="6"/><circle cx="160" cy="80" r="22" fill="#e3008c"/><circle cx="130" cy="100" r="18" fill="#ffb900"/><circle cx="190" cy="100" r="18" fill="#0078d4"/><circle cx="160" cy="80" r="8" fill="#fff4ce"/>`,
    ),
    alt: 'A small bouquet of bright flowers',
  },
];

function fill(template: string, random: Random, recipients: readonly PersonSeed[]): string {
  const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(recipients.map((p) => p.given));
  return template.replaceAll('{names}', names).replaceAll('{project}', pick(random, PROJECTS)).replaceAll('{customer}', pick(random, CUSTOMERS));
}

function recipientCount(random: Random): number {
  const r = random();
  return r < 0.7 ? 1 : r < 0.88 ? 2 : between(random, 3, 5);
}

function reactionKinds(random: Random): number {
  const r = random();
  return r < 0.15 ? 0 : r < 0.5 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : 4;
}

/** A few dozen kudos: recent ones more often, like a wall people actually use. */
function ageMs(random: Random, index: number): number {
  const fixed = [25 * 60_000, 2 * 3_600_000, 5 * 3_600_000];
  return fixed[index] ?? 10 * 60_000 + Math.pow(random(), 1.3) * 90 * DAY;
}

function buildReactions(random: Random, others: readonly string[]): StoredReaction[] {
  const reactions: StoredReaction[] = [];
  const kinds = reactionKinds(random);
  // Applause dominates, the rest spread out: a wall where every emoji is equally popular looks fake.
  const emoji = kinds ? ['👏', ...shuffle(random, REACTIONS.slice(1))].slice(0, kinds) : [];
  for (const [i, e] of emoji.entries()) {
    const max = i === 0 ? 14 : 6;
    const count = 1 + Math.floor(Math.pow(random(), 2) * max);
    for (const personId of sample(random, others, count)) reactions.push({ emoji: e, personId });
  }
  return shuffle(random, reactions);
}

function buildComments(
  random: Random,
  kudosIndex: number,
  createdAt: number,
  now: number,
  recipientIds: readonly string[],
  everyone: readonly string[],
): StoredComment[] {
  if (random() >= 0.3) return [];
  const count = 1 + Math.floor(Math.pow(random(), 1.5) * 4);
  const comments: StoredComment[] = [];
  let at = createdAt;
  for (let j = 0; j < count; j++) {
    at = Math.min(now - 60_000, at + between(random, 3, 240) * 60_000);
    const fromRecipient = random() < 0.35;
    comments.push({
      id: `c-${String(kudosIndex).padStart(4, '0')}-${j + 1}`,
      authorId: fromRecipient ? pick(random, recipientIds) : pick(random, everyone),
      message: pick(random, fromRecipient ? COMMENTS_FROM_RECIPIENTS : COMMENTS_FROM_OTHERS),
      createdAt: new Date(at).toISOString(),
    });
  }
  return comments;
}

/** A fresh state: 40 people in 7 teams, 200 kudos over the ~90 days before `now`, five polls and 24 feedback threads. */
/** Newest first. `people` is seedPeople(): index i is PEOPLE[i]. */
export function seedKudos(now: number, people: readonly CurrentUser[], seed = SEED): StoredKudos[] {
  const random = seededRandom(seed);
  const seeds = new Map(people.map((p, i) => [p.id, PEOPLE[i]!]));
  const ids = people.map((p) => p.id);
  // Some people give much more often than others, as on any real wall.
  const weights = ids.map(() => 0.3 + Math.pow(random(), 2) * 3);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickAuthor = (): string => {
    let r = random() * totalWeight;
    for (const [i, w] of weights.entries()) if ((r -= w) <= 0) return ids[i]!;
    return ids[ids.length - 1]!;
  };

  let order: number[] = [];
  const drafts: Omit<StoredKudos, 'id' | 'comments'>[] = [];
  const times: number[] = [];
  for (let i = 0; i < SEED_KUDOS_COUNT; i++) {
    const authorId = pickAuthor();
    const author = people.find((p) => p.id === authorId)!;
    const teammates = people.filter((p) => p.teamId === author.teamId && p.id !== authorId).map((p) => p.id);
    const others = ids.filter((id) => id !== authorId);
    const recipientIds = sample(random, random() < 0.55 ? teammates : others, recipientCount(random));
    if (!order.length)
      order = shuffle(
        random,
        TEMPLATES.map((_, t) => t),
      );
    const template = TEMPLATES[order.pop()!]!;
    const r = random();
    const valueId = r < 0.78 ? template.value : r < 0.88 ? pick(random, VALUES).id : null;
    const at = now - Math.round(ageMs(random, i));
    times.push(at);
    drafts.push({
      authorId,
      recipientIds,
      message: fill(
        template.text,
        random,
        recipientIds.map((id) => seeds.get(id)!),
      ),
      valueId,
      image: random() < 0.04 ? { ...pick(random, IMAGES) } : null,
      visibility: random() < 0.08 ? 'private' : 'public',
      createdAt: new Date(at).toISOString(),
      reactions: buildReactions(random, others),
      reports: [],
    });
  }

  // Ids follow time, so k-0001 is the oldest; comments and reports are drawn in that order too.
  const chronological = drafts.map((d, i) => ({ d, at: times[i]! })).sort((a, b) => a.at - b.at);
  const kudos: StoredKudos[] = chronological.map(({ d, at }, i) => ({
    id: `k-${String(i + 1).padStart(4, '0')}`,
    ...d,
    comments: buildComments(random, i + 1, at, now, d.recipientIds, ids),
  }));
  // A couple already reported by colleagues, so the moderation view has something to show.
  for (const [n, k] of sample(
    random,
    kudos.filter((k) => k.visibility === 'public'),
    REPORT_REASONS.length,
  ).entries()) {
    const reporter = pick(
      random,
      ids.filter((id) => id !== k.authorId && id !== DEFAULT_USER_ID),
    );
    k.reports.push({
      personId: reporter,
      reason: REPORT_REASONS[n]!,
      createdAt: new Date(Math.min(now - 60_000, Date.parse(k.createdAt) + DAY / 4)).toISOString(),
    });
  }
  kudos.sort(compareNewestFirst);

  return kudos;
}
