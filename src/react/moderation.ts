import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusModeration } from '../widgets/moderation/moderation.js';
import { eventProps } from './event-props.js';

/** `<chorus-moderation>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const Moderation = createComponent({
  react: React,
  tagName: 'chorus-moderation',
  elementClass: ChorusModeration,
  displayName: 'Moderation',
  events: eventProps('chorus-moderate', 'chorus-moderated', 'chorus-error'),
});
