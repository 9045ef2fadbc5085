import { plural } from './plural.js';

/* English strings of <chorus-insights>; its element registers them (ChorusLocalize's `strings`), so only pages that use it load them. */
export const enInsights = {
  'insights.label': 'Programme insights',
  'insights.heading': 'Is the programme working?',
  'insights.load-error': 'The figures couldn’t be loaded.',
  'insights.forbidden': 'These figures are for the people who run the programme. Ask an administrator for the insights role.',
  'insights.empty': 'Nothing happened in this period yet.',
  'insights.period': 'Period',
  'insights.period.week': 'This week',
  'insights.period.month': 'This month',
  'insights.period.quarter': 'This quarter',
  'insights.period.all': 'All time',
  'insights.period.rolling-30': 'Last 30 days',
  'insights.compared': (current: string, previous: string) => `${current}, compared with ${previous}`,
  'insights.since': (date: string) => `since ${date}`,
  'insights.until': (date: string) => `until ${date}`,
  'insights.legend': 'Legend',
  'insights.legend.current': 'This period: filled bar',
  'insights.legend.previous': 'Last period: outlined bar',
  'insights.withheld': (min: number) => `Fewer than ${min} people — withheld`,
  'insights.withheld.messages': (min: number) => `Fewer than ${min} messages — withheld`,
  'insights.show-table': 'Show the table',
  'insights.count-share': (count: string, share: string) => `${count} (${share})`,
  'insights.bar': (name: string, current: string, previous: string) => `${name}: ${current} this period, ${previous} last period`,
  'insights.company': 'Whole company',
  'insights.col.team': 'Team',
  'insights.col.members': 'Members',
  'insights.col.active': 'Took part',
  'insights.col.active-before': 'Took part, last period',
  'insights.col.gave': 'Gave kudos',
  'insights.col.received': 'Received kudos',
  'insights.col.voted': 'Voted',
  'insights.col.shared': 'Shared a post',
  'insights.col.value': 'Value',
  'insights.col.kudos': 'Kudos',
  'insights.col.kudos-before': 'Kudos, last period',
  'insights.csv.withheld': 'withheld',
  'insights.participation.heading': 'Participation by team',
  'insights.participation.export': 'Download participation (CSV)',
  'insights.participation.summary': (share: string, before: string) => `${share} of the company took part in this period, against ${before} in the last.`,
  'insights.participation.best': (team: string, share: string) => `${team} took part most (${share}).`,
  'insights.participation.withheld': (n: number, min: number) =>
    plural('en', n, {
      one: `One team has fewer than ${min} people: its figures are withheld.`,
      other: `# teams have fewer than ${min} people: their figures are withheld.`,
    }),
  'insights.participation.company-withheld': (min: number) => `Company-wide figures are withheld: they would reveal a group of fewer than ${min} people.`,
  'insights.feedback.heading': 'Anonymous feedback',
  'insights.feedback.messages': (n: number) => plural('en', n, { one: '# message', other: '# messages' }),
  'insights.feedback.summary': (current: string, previous: string) => `This period: ${current}. Last period: ${previous}.`,
  'insights.feedback.note': 'Counted company-wide only: nothing records who sent a message.',
  'insights.recognition.heading': 'Recognition by company value',
  'insights.recognition.export': 'Download recognition (CSV)',
  'insights.recognition.top': (value: string, n: number) =>
    plural('en', n, { one: `${value} was recognised most (# kudos).`, other: `${value} was recognised most (# kudos).` }),
  'insights.recognition.unrecognised': (values: string) => `Nobody recognised ${values} in this period.`,
  'insights.recognition.every': 'Every value was recognised in this period.',
  'insights.recognition.none': 'No public kudos named a value in this period.',
};

// Adds these strings to ChorusTranslation (en.ts).
declare module './en.js' {
  interface ChorusWidgetTranslations {
    insights: typeof enInsights;
  }
}
