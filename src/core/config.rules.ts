import type { FeedbackConfig } from './feedback.js';
import type { KudosConfig } from './kudos.js';
import type { PollLimits } from './poll.js';

/*
 * The numbers a backend's configuration gives the widgets to show and check (lengths, counts):
 * each within the contract's bounds (contract/openapi.yaml: KudosConfig, PollLimits,
 * FeedbackConfig, their `minimum`/`maximum`) and each lower bound at most its upper one. The
 * server refuses to start with one that breaks them; the REST adapter refuses to show one.
 */

type Bounds<T> = { [K in keyof T]?: readonly [min: number, max: number] };

export const KUDOS_CONFIG_BOUNDS: Bounds<KudosConfig> = { messageMin: [0, 8000], messageMax: [1, 8000], commentMax: [1, 8000], maxRecipients: [1, 100] };
export const POLL_LIMITS_BOUNDS: Bounds<PollLimits> = {
  questionMax: [1, 4000],
  descriptionMax: [0, 8000],
  optionMax: [1, 2000],
  minOptions: [1, 100],
  maxOptions: [1, 100],
  writeInMax: [1, 2000],
};
export const FEEDBACK_CONFIG_BOUNDS: Bounds<FeedbackConfig> = { messageMin: [1, 20000], messageMax: [1, 20000], replyMax: [1, 10000], minGroupSize: [1, 1000] };

function faults<T extends object>(value: T, bounds: Bounds<T>, ordered: readonly (readonly [keyof T, keyof T])[]): string[] {
  const out: string[] = [];
  for (const [name, range] of Object.entries(bounds) as [string, readonly [number, number]][]) {
    const n = (value as Record<string, unknown>)[name];
    if (!Number.isInteger(n) || (n as number) < range[0] || (n as number) > range[1])
      out.push(`${name} must be a whole number from ${range[0]} to ${range[1]}.`);
  }
  for (const [low, high] of ordered) {
    if (Number(value[low]) > Number(value[high])) out.push(`${String(low)} must not be more than ${String(high)}.`);
  }
  return out;
}

/** What is wrong with a kudos configuration; empty when nothing is. */
export const kudosConfigFaults = (c: KudosConfig): string[] => faults(c, KUDOS_CONFIG_BOUNDS, [['messageMin', 'messageMax']]);
/** What is wrong with poll limits; empty when nothing is. */
export const pollLimitsFaults = (l: PollLimits): string[] => faults(l, POLL_LIMITS_BOUNDS, [['minOptions', 'maxOptions']]);
/** What is wrong with a feedback configuration; empty when nothing is. */
export const feedbackConfigFaults = (c: FeedbackConfig): string[] => faults(c, FEEDBACK_CONFIG_BOUNDS, [['messageMin', 'messageMax']]);
