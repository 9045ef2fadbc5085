import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusKudosWall } from '../widgets/kudos-wall/kudos-wall.js';
import { eventProps } from './event-props.js';

/** `<chorus-kudos-wall>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const KudosWall = createComponent({
  react: React,
  tagName: 'chorus-kudos-wall',
  elementClass: ChorusKudosWall,
  displayName: 'KudosWall',
  events: eventProps(
    'chorus-kudos-give',
    'chorus-kudos-given',
    'chorus-kudos-react',
    'chorus-kudos-reacted',
    'chorus-kudos-comment',
    'chorus-kudos-commented',
    'chorus-kudos-report',
    'chorus-kudos-reported',
    'chorus-error',
  ),
});
