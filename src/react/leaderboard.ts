import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusLeaderboard } from '../widgets/leaderboard/leaderboard.js';
import { eventProps } from './event-props.js';

/** `<chorus-leaderboard>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const Leaderboard = createComponent({
  react: React,
  tagName: 'chorus-leaderboard',
  elementClass: ChorusLeaderboard,
  displayName: 'Leaderboard',
  events: eventProps('chorus-error'),
});
