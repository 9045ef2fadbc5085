import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusFeedbackBox } from '../widgets/feedback-box/feedback-box.js';
import { eventProps } from './event-props.js';

/** `<chorus-feedback-box>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const FeedbackBox = createComponent({
  react: React,
  tagName: 'chorus-feedback-box',
  elementClass: ChorusFeedbackBox,
  displayName: 'FeedbackBox',
  events: eventProps(
    'chorus-feedback-send',
    'chorus-feedback-sent',
    'chorus-feedback-reply',
    'chorus-feedback-replied',
    'chorus-feedback-answer',
    'chorus-feedback-answered',
    'chorus-feedback-status',
    'chorus-feedback-status-changed',
    'chorus-error',
  ),
});
