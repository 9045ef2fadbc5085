import type { CompanyValue } from '../core/kudos.js';
import type { CurrentUser, Role, Team } from '../core/people.js';

/*
 * The demo company: Brightwater, a fictional firm with seven teams and 40 people. Its values and
 * reaction emoji are also the reference server's defaults (server/app.ts). Two teams are smaller
 * than the minimum group size (5): Legal (3) and the Office of the CEO (2), so <chorus-insights>
 * shows them withheld; together they are 5, so the company's own figures can still be shown.
 */

export const TEAMS: readonly Team[] = [
  { id: 't-eng', name: 'Engineering' },
  { id: 't-product', name: 'Product & Design' },
  { id: 't-sales', name: 'Sales' },
  { id: 't-success', name: 'Customer Success' },
  { id: 't-ops', name: 'People & Operations' },
  { id: 't-legal', name: 'Legal' },
  { id: 't-office', name: 'Office of the CEO' },
];

export const VALUES: readonly CompanyValue[] = [
  { id: 'customer-first', label: 'Customer first', emoji: '💙', description: 'Start from what customers need and follow through.' },
  { id: 'own-it', label: 'Own it', emoji: '🎯', description: 'Take responsibility from the idea to the outcome.' },
  { id: 'better-together', label: 'Better together', emoji: '🤝', description: 'Share what you know and lift each other up.' },
  { id: 'be-curious', label: 'Be curious', emoji: '🔍', description: 'Ask why, try things, learn out loud.' },
  { id: 'keep-it-simple', label: 'Keep it simple', emoji: '✨', description: 'Remove steps, words and meetings nobody needs.' },
  { id: 'grow-every-day', label: 'Grow every day', emoji: '🌱', description: 'Help yourself and others get a little better each day.' },
];

export const REACTIONS: readonly string[] = ['👏', '🎉', '❤️', '🙌', '🚀', '😂'];

export function svgUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A head-and-shoulders silhouette: a few people have a "photo", the rest show initials. */
function avatarSvg(background: string, skin: string, shirt: string): string {
  return svgUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/>` +
      `<circle cx="32" cy="26" r="12" fill="${skin}"/><path d="M10 64c2-14 11-21 22-21s20 7 22 21z" fill="${shirt}"/></svg>`,
  );
}

export interface PersonSeed {
  name: string;
  /** How colleagues address them in messages (not always the first word: "Nguyễn Thị Mai" is Mai). */
  given: string;
  title: string;
  teamId: string;
  roles?: Role[];
  avatarUrl?: string;
}

export const PEOPLE: readonly PersonSeed[] = [
  { name: 'Chloé Dubois', given: 'Chloé', title: 'Senior Frontend Engineer', teamId: 't-eng' },
  {
    name: 'Søren Østergaard',
    given: 'Søren',
    title: 'Staff Engineer',
    teamId: 't-eng',
    avatarUrl: avatarSvg('#cfe4fa', '#e8b896', '#2b579a'),
  },
  { name: 'Nguyễn Thị Mai', given: 'Mai', title: 'Backend Engineer', teamId: 't-eng' },
  { name: 'Rahul Venkataraman', given: 'Rahul', title: 'Site Reliability Engineer', teamId: 't-eng' },
  { name: 'Zofia Wójcik', given: 'Zofia', title: 'QA Engineer', teamId: 't-eng' },
  { name: 'Kwame Mensah', given: 'Kwame', title: 'Engineering Manager', teamId: 't-eng', roles: ['poll-author', 'feedback-recipient'] },
  { name: 'Lucía Fernández', given: 'Lucía', title: 'Mobile Engineer', teamId: 't-eng' },
  {
    name: 'Aiyana Redcloud',
    given: 'Aiyana',
    title: 'Product Designer',
    teamId: 't-product',
    avatarUrl: avatarSvg('#fde7e9', '#b7805c', '#a4262c'),
  },
  { name: 'Haruto Tanaka', given: 'Haruto', title: 'Product Manager', teamId: 't-product' },
  { name: 'Fatima Zahra El Amrani', given: 'Fatima Zahra', title: 'UX Researcher', teamId: 't-product' },
  { name: 'Mateus Oliveira', given: 'Mateus', title: 'Head of Product', teamId: 't-product', roles: ['poll-author'] },
  { name: 'Ingrid Johansson', given: 'Ingrid', title: 'Content Designer', teamId: 't-product' },
  { name: 'Oluwaseun Adeyemi', given: 'Seun', title: 'Product Analyst', teamId: 't-product' },
  { name: 'Dmitri Volkov', given: 'Dmitri', title: 'Design Engineer', teamId: 't-product' },
  { name: 'José María Núñez', given: 'José María', title: 'Account Executive', teamId: 't-sales' },
  {
    name: 'Priya Raghunathan',
    given: 'Priya',
    title: 'Sales Director',
    roles: ['post-approver'],
    teamId: 't-sales',
    avatarUrl: avatarSvg('#dff6dd', '#9a6b4f', '#107c10'),
  },
  { name: "Liam O'Connor", given: 'Liam', title: 'Sales Development Representative', teamId: 't-sales' },
  { name: 'Ayşe Yılmaz', given: 'Ayşe', title: 'Solutions Consultant', teamId: 't-sales' },
  { name: 'Björn Lindqvist', given: 'Björn', title: 'Account Manager', teamId: 't-sales' },
  { name: 'Mei-Ling Chen', given: 'Mei-Ling', title: 'Partnerships Lead', teamId: 't-sales' },
  { name: 'Tomasz Kowalczyk', given: 'Tomasz', title: 'Sales Operations Analyst', teamId: 't-sales' },
  { name: 'Amara Okafor', given: 'Amara', title: 'Customer Success Manager', teamId: 't-success' },
  { name: 'François Lefèvre', given: 'François', title: 'Support Engineer', teamId: 't-success' },
  { name: 'Giulia Ricci', given: 'Giulia', title: 'Head of Customer Success', teamId: 't-success', roles: ['poll-author'] },
  { name: 'Yusuf Demir', given: 'Yusuf', title: 'Technical Account Manager', teamId: 't-success' },
  { name: 'Camila Rojas', given: 'Camila', title: 'Onboarding Specialist', teamId: 't-success' },
  {
    name: 'Aroha Ngata',
    given: 'Aroha',
    title: 'Support Team Lead',
    teamId: 't-success',
    avatarUrl: avatarSvg('#fff4ce', '#8d5a3b', '#8764b8'),
  },
  { name: 'Jae-won Park', given: 'Jae-won', title: 'Support Specialist', teamId: 't-success' },
  { name: 'Nadia Haddad', given: 'Nadia', title: 'People Partner', teamId: 't-ops', roles: ['moderator', 'feedback-recipient', 'insights'] },
  { name: 'Mikael Virtanen', given: 'Mikael', title: 'Finance Manager', teamId: 't-ops' },
  { name: 'Zanele Dlamini', given: 'Zanele', title: 'Office Manager', teamId: 't-ops' },
  { name: 'Ólafur Sigurðsson', given: 'Ólafur', title: 'IT Administrator', teamId: 't-ops', roles: ['admin'] },
  { name: 'Beatriz Santos', given: 'Beatriz', title: 'Talent Acquisition Lead', teamId: 't-ops', roles: ['post-author'] },
  {
    name: 'Arjun Mehta',
    given: 'Arjun',
    title: 'Internal Communications Lead',
    teamId: 't-ops',
    roles: ['poll-author', 'moderator', 'post-author', 'post-approver'],
  },
  { name: 'Leilani Kahale', given: 'Leilani', title: 'Learning & Development Specialist', teamId: 't-ops' },
  // The small teams, after everyone the seeded kudos, polls and shares name (p-01 … p-35).
  { name: 'Sofia Andersson', given: 'Sofia', title: 'General Counsel', teamId: 't-legal' },
  { name: 'Tendai Moyo', given: 'Tendai', title: 'Legal Counsel', teamId: 't-legal' },
  { name: 'Élodie Marchand', given: 'Élodie', title: 'Privacy Officer', teamId: 't-legal' },
  { name: 'Hiroshi Nakamura', given: 'Hiroshi', title: 'Chief Executive Officer', teamId: 't-office' },
  { name: 'Amelia Clarke', given: 'Amelia', title: 'Chief of Staff', teamId: 't-office' },
];

/** The people the seeded kudos wall was written among (p-01 … p-35): the small teams joined after. */
export const WALL_PEOPLE = 35;

/** The person a fresh demo is signed in as: a regular employee, so the demo shows ordinary permissions. */
export const DEFAULT_USER_ID = 'p-01';

/** The directory: ids p-01 … p-40 in PEOPLE's order. */
export function seedPeople(): CurrentUser[] {
  return PEOPLE.map((p, i) => ({
    id: `p-${String(i + 1).padStart(2, '0')}`,
    name: p.name,
    title: p.title,
    teamId: p.teamId,
    ...(p.avatarUrl ? { avatarUrl: p.avatarUrl } : {}),
    roles: [...(p.roles ?? [])],
  }));
}
