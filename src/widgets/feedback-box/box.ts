import type { ReactiveControllerHost } from 'lit';
import type { ChorusError } from '../../core/errors.js';
import type { FeedbackConfig } from '../../core/feedback.js';
import type { PeoplePort } from '../../adapter/port.js';
import type { WidgetSetup } from '../../controllers/widget.controller.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/** The loadOnce key of the module of the conversations and the inbox (threads.ts), loaded when either is first shown. */
export const THREADS_MODULE = 'feedback-threads';

/**
 * What the feedback box needs before it can draw anything: its port, its configuration and the
 * signed-in user when the page knows one (only for the name check and the inbox, never sent).
 */
export type Setup = WidgetSetup<'feedback', SetupData>;

/** What the box loads besides its port: its configuration, and the directory for the name check. */
export interface SetupData {
  config: FeedbackConfig;
  people: PeoplePort | undefined;
}

/**
 * What the box's view states (send form, conversations, inbox) get from the element: its
 * localization, its one live region, error reporting and focus after the next render.
 */
export interface Box {
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly t: ChorusLocalize;
  setup(): Setup | undefined;
  announce(text: string): void;
  /** Fires `chorus-error` for a failed call and returns the error typed. */
  fail(operation: string, error: unknown): ChorusError;
  /** Focuses the first element matching `selector` in the shadow root once the next render is done. */
  focus(selector: string): void;
}
