import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusPostComposer } from '../widgets/post-composer/post-composer.js';
import { eventProps } from './event-props.js';

/** `<chorus-post-composer>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const PostComposer = createComponent({
  react: React,
  tagName: 'chorus-post-composer',
  elementClass: ChorusPostComposer,
  displayName: 'PostComposer',
  events: eventProps('chorus-post-saved', 'chorus-post-cancel', 'chorus-error'),
});
