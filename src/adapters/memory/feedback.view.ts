// TODO(issue 9): server/test/feedback.test.ts still imports from here; the view is src/core/feedback.view.ts.
export { toFeedbackThread } from '../../core/feedback.view.js';
