import { ConflictError, ForbiddenError, ValidationError } from './errors.js';
import { isModerator } from './kudos.rules.js';
import type { ModerationAction, ModerationKind, ModerationState, QueueOrder } from './moderation.js';
import type { CurrentUser } from './people.js';
import { graphemeCount, normalizeMessage } from './text.js';

/*
 * The moderation rules both backends enforce: who may moderate, which action applies in which
 * state, the reason every action records, and when reports hide an item by themselves.
 */

/** The most reports one list answers, on every backend. */
export const REPORT_LIST_MAX = 500;

/** The most items one queue answers, on every backend. */
export const QUEUE_MAX = 200;

/** A moderator's reason: shown to the author when an item is hidden, kept in the history always. */
export const MODERATION_REASON_MAX = 500;

/** Reports that hide an item until a moderator looks at it, unless configured otherwise (0: never). */
export const DEFAULT_AUTO_HIDE_REPORTS = 3;

export const MODERATION_KINDS: readonly ModerationKind[] = ['kudos', 'comment'];
export const MODERATION_STATES: readonly ModerationState[] = ['open', 'kept', 'hidden', 'deleted'];
export const MODERATION_ACTIONS: readonly ModerationAction[] = ['keep', 'hide', 'restore', 'delete'];
export const QUEUE_ORDERS: readonly QueueOrder[] = ['newest', 'most-reported'];

/** Only moderators and admins see what was reported (ForbiddenError for anyone else). */
export function assertModerator(user: Pick<CurrentUser, 'roles'>): void {
  if (!isModerator(user)) throw new ForbiddenError('Only moderators and admins can see reports.');
}

/** The states each action applies to, and the state it leaves. */
const TRANSITIONS: Record<ModerationAction, { from: readonly ModerationState[]; to: ModerationState }> = {
  keep: { from: ['open', 'hidden'], to: 'kept' },
  hide: { from: ['open', 'kept'], to: 'hidden' },
  restore: { from: ['hidden'], to: 'kept' },
  delete: { from: ['open', 'kept', 'hidden'], to: 'deleted' },
};

/** The state `action` leaves an item in; ConflictError when it does not apply to `state` (decided meanwhile). */
export function nextState(state: ModerationState, action: ModerationAction): ModerationState {
  const step = TRANSITIONS[action];
  if (!step) throw new ValidationError([{ field: 'action', code: 'invalid', message: 'Choose keep, hide, restore or delete.' }]);
  if (!step.from.includes(state)) throw new ConflictError(`This item is ${state} now: it cannot be ${action === 'keep' ? 'kept' : `${action}d`}.`);
  return step.to;
}

/** Every action says why, trimmed, at most MODERATION_REASON_MAX characters. */
export function validateModerationReason(reason: string): string {
  const text = normalizeMessage(String(reason ?? ''));
  if (!text) throw new ValidationError([{ field: 'reason', code: 'required', message: 'Say why: the history keeps it, and a hidden item’s author reads it.' }]);
  if (graphemeCount(text) > MODERATION_REASON_MAX) {
    throw new ValidationError([
      { field: 'reason', code: 'too-long', message: `Keep it under ${MODERATION_REASON_MAX} characters.`, params: { max: MODERATION_REASON_MAX } },
    ]);
  }
  return text;
}

/**
 * Whether a new report hides the item by itself: it is still open (no moderator decided), not
 * hidden already, and has reached `threshold` reports (0 turns this off).
 */
export function shouldAutoHide(state: ModerationState, reportCount: number, threshold: number): boolean {
  return state === 'open' && threshold > 0 && reportCount >= threshold;
}

/** The actions that apply to an item in `state`, in the order a moderator is offered them. */
export function actionsFor(state: ModerationState): ModerationAction[] {
  return MODERATION_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(state));
}
