/*
 * The domain of <chorus-leaderboard>, one module for the element, both adapters and the server:
 * the types (leaderboard.domain.ts), UTC periods (leaderboard.period.ts), the order SQL shares
 * (leaderboard.order.ts), the ranking (leaderboard.rank.ts) and the badges (leaderboard.badges.ts).
 */
export * from './leaderboard.domain.js';
export * from './leaderboard.period.js';
export * from './leaderboard.order.js';
export { pseudonym, rankBoard, scoreEntrants, type BoardInput, type Directory, type OptOut, type ScoreOptions } from './leaderboard.rank.js';
export * from './leaderboard.badges.js';
export * from './leaderboard.rules.js';
