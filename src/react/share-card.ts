import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusShareCard } from '../widgets/share-card/share-card.js';
import { eventProps } from './event-props.js';

/** `<chorus-share-card>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const ShareCard = createComponent({
  react: React,
  tagName: 'chorus-share-card',
  elementClass: ChorusShareCard,
  displayName: 'ShareCard',
  events: eventProps('chorus-post-share', 'chorus-post-shared', 'chorus-error'),
});
