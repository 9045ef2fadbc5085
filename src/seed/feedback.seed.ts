import { coarseTime, statusAfter } from '../core/feedback.rules.js';
import { between, seededRandom, type Random } from './random.js';
import { toBase64Url } from '../core/secret.js';
import { compareNewestFirst } from '../core/order.js';
import type { StoredFeedbackMessage, StoredFeedbackThread } from './types.js';

/*
 * Demo feedback: two dozen anonymous threads in the five default categories, answered by the two
 * seeded recipients (Kwame Mensah, p-06, and Nadia Haddad, p-29). Workplace, culture and
 * processes hold five or more threads, so the summary shows them; leadership and ideas hold fewer,
 * so it withholds them. Ids and hashes come from their own PRNG (the kudos and polls seeds stay as
 * they were); only the times move, relative to `now`.
 *
 * No one holds a token for these threads: each `tokenHash` is 32 random bytes that are the hash of
 * nothing anybody knows, so a seeded thread can be read in the inbox but never opened as a sender.
 */

export const FEEDBACK_SEED = 20251212;
const HOUR = 3_600_000;

type Recipient = 'p-06' | 'p-29';

/** A message after the feedback, `after` hours after the one before it. */
type ReplySeed = { from: 'recipient'; by: Recipient; after: number; text: string } | { from: 'sender'; after: number; text: string };

interface ThreadSeed {
  categoryId: 'workplace' | 'leadership' | 'culture' | 'process' | 'ideas';
  /** Mood 1–5, or null when the sender skipped it. */
  score: number | null;
  /** Hours before now the feedback was sent. */
  age: number;
  text: string;
  replies?: ReplySeed[];
  /** A recipient closed the conversation after its last message. */
  closed?: boolean;
}

const KWAME: Recipient = 'p-06';
const NADIA: Recipient = 'p-29';

const THREADS: readonly ThreadSeed[] = [
  // ---- workplace: 6 ----
  {
    categoryId: 'workplace',
    score: 2,
    age: 3,
    text: 'The meeting rooms on the third floor are almost always booked by recurring meetings that nobody attends. Could a booking be released automatically when nobody checks in within ten minutes?',
  },
  {
    categoryId: 'workplace',
    score: 4,
    age: 50,
    text: 'The new laptops are great, thank you! One small thing: the docking stations in the quiet zone support only one external screen, so people queue for the desks by the window.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 20,
        text: 'Thank you for flagging this, and glad the laptops landed well. Facilities has ordered dual-screen docks for the quiet zone; they should arrive within three weeks. We will post on the office page when they are in.',
      },
    ],
  },
  {
    categoryId: 'workplace',
    score: 3,
    age: 190,
    text: 'Working from home two days a week works well for me, but the VPN drops almost every afternoon around 3 pm, right when most customer calls happen. Is this a known problem?',
    replies: [
      {
        from: 'recipient',
        by: KWAME,
        after: 18,
        text: 'It is known, and you are not alone. Thank you for writing. IT traced it to the session timeout on the old gateway; the new one goes live next Tuesday. If it still happens after that, reply here and I will make sure it reaches them.',
      },
      { from: 'sender', after: 120, text: 'Much better since the switch, thank you. Only one drop all week.' },
    ],
    closed: true,
  },
  {
    categoryId: 'workplace',
    score: 1,
    age: 400,
    text: 'The dishwasher in the second-floor kitchen has been broken for a month. It sounds minor, but the pile of mugs is the first thing visitors see on their way to the meeting rooms.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 9,
        text: 'You are right that it is not minor. The repair was stuck waiting for a quote; it is approved now and the technician comes on Thursday. Thanks for the nudge.',
      },
    ],
    closed: true,
  },
  {
    categoryId: 'workplace',
    score: null,
    age: 900,
    text: 'Could we have a few standing desks that do not belong to any one team? Several of us have back trouble, and it feels awkward to ask for one individually.',
  },
  {
    categoryId: 'workplace',
    score: 4,
    age: 1300,
    text: 'Thank you for the new bike storage. It made cycling to work possible for me, and I arrive in a much better mood.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 30,
        text: 'That is lovely to hear, thank you for telling us. I have passed it on to Facilities, who did the work.',
      },
    ],
    closed: true,
  },

  // ---- culture: 6 ----
  {
    categoryId: 'culture',
    score: 2,
    age: 60,
    text: 'Our team has had back-to-back deadlines since spring and several people are visibly tired. Nobody says so in stand-ups because everyone else is pushing through too. I would like leadership to know before someone burns out.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 6,
        text: 'Thank you for trusting us with this; it takes courage to say it when everyone is pushing through. I am meeting the team leads this week to look honestly at workload and the next deadlines, and we will share what changes. If something specific would help most, I would like to hear it.',
      },
      {
        from: 'sender',
        after: 30,
        text: 'Thank you. What would help most is one week without new requests after the release, so we can fix what we rushed.',
      },
    ],
  },
  {
    categoryId: 'culture',
    score: 5,
    age: 120,
    text: 'The new parental leave policy made a real difference for my family. Thank you to whoever pushed for it.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 22,
        text: 'Thank you for this message. It went to the people who worked on the policy for a year, and it made their week.',
      },
    ],
  },
  {
    categoryId: 'culture',
    score: 3,
    age: 330,
    text: 'In mixed meetings, remote colleagues are often talked over. A simple "remote first" round at the start of each discussion would help a lot.',
    replies: [
      {
        from: 'recipient',
        by: KWAME,
        after: 14,
        text: 'Good idea, and simple enough that we will just do it: from Monday, engineering meetings open with the remote colleagues. I will ask the other leads to try it too.',
      },
    ],
  },
  {
    categoryId: 'culture',
    score: 2,
    age: 610,
    text: 'Jokes about accents at the last team social were not meant badly, but they made some of us uncomfortable. I did not feel I could say so in the moment.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 11,
        text: 'Thank you for telling us. You should not have to say it in the moment. Before the next social we will remind everyone of our guidelines, without pointing at anyone, and managers will be asked to step in when it happens. If you ever want to talk it through, you can stay anonymous here.',
      },
    ],
  },
  {
    categoryId: 'culture',
    score: 4,
    age: 980,
    text: 'I love how people celebrate each other on the kudos wall. Could we also recognise the quiet work nobody sees, like keeping the documentation up to date or mentoring new joiners?',
  },
  {
    categoryId: 'culture',
    score: null,
    age: 1600,
    text: 'Please keep the Friday lunch-and-learn sessions. They are the one time in the week I meet people from other teams.',
    replies: [
      {
        from: 'recipient',
        by: KWAME,
        after: 40,
        text: 'They are staying! We are also looking for speakers for next quarter, in case you ever want to host one.',
      },
    ],
  },

  // ---- process: 5 ----
  {
    categoryId: 'process',
    score: 2,
    age: 8,
    text: 'Expense approval needs three signatures even for a 20 € train ticket. It takes weeks, and people have stopped claiming small costs at all.',
  },
  {
    categoryId: 'process',
    score: 3,
    age: 150,
    text: 'Every team uses a different template for project updates, so the weekly summary takes hours to put together. Could we agree on one short format?',
    replies: [
      {
        from: 'recipient',
        by: KWAME,
        after: 24,
        text: 'Agreed, this costs everyone time. What would the format need to hold for you? We will draft one with the team leads this month.',
      },
      { from: 'sender', after: 50, text: 'Thanks. One page with status, risks and next steps would cover almost everything we need.' },
    ],
  },
  {
    categoryId: 'process',
    score: 1,
    age: 460,
    text: 'Onboarding depends entirely on who your buddy is. The last two people who joined our team had no laptop access for four days, and they spent their first week waiting.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 16,
        text: 'That should not happen, and I am sorry it did. Access requests are now part of the offer checklist, so accounts are ready on day one, and we are writing a buddy guide with a checklist for the first two weeks.',
      },
    ],
    closed: true,
  },
  {
    categoryId: 'process',
    score: 3,
    age: 780,
    text: 'We have many meetings that could be a short written update. Could managers try one meeting-free afternoon a week?',
    replies: [
      {
        from: 'recipient',
        by: KWAME,
        after: 48,
        text: 'We will try it in engineering from next month: Wednesday afternoons without meetings. We will share how it went after six weeks.',
      },
      { from: 'sender', after: 500, text: 'Three weeks in, Wednesday is already my most productive day. Thank you for trying it.' },
      { from: 'recipient', by: KWAME, after: 5, text: 'Glad to hear it. The other teams have noticed too, so it is likely to stay.' },
    ],
  },
  {
    categoryId: 'process',
    score: null,
    age: 1750,
    text: 'The release checklist is a spreadsheet of forty items and half of them no longer apply. It would be worth a review.',
    replies: [
      {
        from: 'recipient',
        by: KWAME,
        after: 26,
        text: 'Thank you. We went through it in the last retro and cut it to fourteen items; the new version is linked from the release page.',
      },
    ],
    closed: true,
  },

  // ---- leadership: 4 (fewer than 5: the summary withholds it) ----
  {
    categoryId: 'leadership',
    score: 3,
    age: 70,
    text: 'The all-hands explained the reorganisation, but not why it was needed now. Knowing the reasoning would make it much easier to support.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 28,
        text: 'Fair point: we focused on the what and skipped the why. The leadership team will publish a short Q&A on the intranet this week, and the next all-hands keeps time for open questions.',
      },
    ],
  },
  {
    categoryId: 'leadership',
    score: 4,
    age: 260,
    text: 'Thank you for sharing the quarterly numbers openly, including the ones that did not go well. It builds trust.',
  },
  {
    categoryId: 'leadership',
    score: 2,
    age: 700,
    text: 'Changes to team priorities often reach us as rumours before any official message. Could the teams affected hear about a change first?',
    replies: [
      {
        from: 'recipient',
        by: KWAME,
        after: 19,
        text: 'You are right, and it happened with the last roadmap change too. From now on, affected teams hear it from their lead before anything goes out more widely.',
      },
    ],
    closed: true,
  },
  {
    categoryId: 'leadership',
    score: null,
    age: 1200,
    text: 'It would help to have skip-level conversations, even just twice a year, to hear from leadership directly.',
  },

  // ---- ideas: 3 (fewer than 5: the summary withholds it) ----
  {
    categoryId: 'ideas',
    score: 5,
    age: 14,
    text: 'Idea: a small yearly budget per team for learning together, such as a course, a conference ticket, or a book everyone reads and discusses.',
  },
  {
    categoryId: 'ideas',
    score: 4,
    age: 520,
    text: 'What about a shared calendar of public holidays across all our offices? We regularly schedule meetings on days when half of a team is off.',
    replies: [
      {
        from: 'recipient',
        by: NADIA,
        after: 33,
        text: 'Great idea, and quick to do. The calendar is now on the intranet home page, and you can subscribe to it from your own calendar.',
      },
    ],
  },
  {
    categoryId: 'ideas',
    score: null,
    age: 1450,
    text: 'A "stop doing" list: once a quarter, every team names one report, meeting or step it would drop, and we actually drop the most popular ones.',
    replies: [
      {
        from: 'recipient',
        by: KWAME,
        after: 21,
        text: 'I like this a lot. Could you say which report you would drop first? It would help us start with a real example.',
      },
      {
        from: 'sender',
        after: 70,
        text: 'The monthly status deck. Most of it repeats the weekly updates, and it takes a day to assemble.',
      },
    ],
  },
];

function randomBytes(random: Random, count: number): Uint8Array {
  return Uint8Array.from({ length: count }, () => between(random, 0, 255));
}

/** Ids shaped like `randomId()`'s, from the seeded PRNG. */
const seededId = (random: Random, prefix: string) => `${prefix}-${toBase64Url(randomBytes(random, 9))}`;

/** The seeded threads, newest first. Sender times are rounded down to the hour; answers are exact. */
export function seedFeedback(now: number): StoredFeedbackThread[] {
  const random = seededRandom(FEEDBACK_SEED);
  const threads = THREADS.map((seed): StoredFeedbackThread => {
    let at = now - seed.age * HOUR;
    const createdAt = coarseTime(at);
    const messages: StoredFeedbackMessage[] = [{ id: seededId(random, 'fbm'), from: 'sender', authorId: null, message: seed.text, createdAt }];
    for (const reply of seed.replies ?? []) {
      if (reply.from === 'recipient') {
        // Answers are made within working minutes, not on the hour.
        at += reply.after * HOUR + between(random, 1, 59) * 60_000 + between(random, 0, 59) * 1000;
        messages.push({
          id: seededId(random, 'fbm'),
          from: 'recipient',
          authorId: reply.by,
          message: reply.text,
          createdAt: new Date(at).toISOString(),
        });
      } else {
        at += reply.after * HOUR;
        messages.push({ id: seededId(random, 'fbm'), from: 'sender', authorId: null, message: reply.text, createdAt: coarseTime(at) });
      }
    }
    const last = messages[messages.length - 1]!;
    return {
      id: seededId(random, 'fb'),
      tokenHash: toBase64Url(randomBytes(random, 32)),
      categoryId: seed.categoryId,
      score: seed.score,
      status: seed.closed ? 'closed' : statusAfter(last.from),
      createdAt,
      messages,
    };
  });
  return threads.sort(compareNewestFirst);
}
