import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusPoll } from '../widgets/poll/poll.js';
import { eventProps } from './event-props.js';

/** `<chorus-poll>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const Poll = createComponent({
  react: React,
  tagName: 'chorus-poll',
  elementClass: ChorusPoll,
  displayName: 'Poll',
  events: eventProps('chorus-poll-vote', 'chorus-poll-voted', 'chorus-poll-create', 'chorus-poll-created', 'chorus-error'),
});
