import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusShareFeed } from '../widgets/share-feed/share-feed.js';
import { eventProps } from './event-props.js';

/** `<chorus-share-feed>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const ShareFeed = createComponent({
  react: React,
  tagName: 'chorus-share-feed',
  elementClass: ChorusShareFeed,
  displayName: 'ShareFeed',
  events: eventProps('chorus-post-suggested', 'chorus-post-action', 'chorus-error'),
});
