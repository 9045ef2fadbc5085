import { createComponent } from '@lit/react';
import * as React from 'react';
import { Chorus{{Name}} } from '../widgets/{{name}}/{{name}}.js';
import { eventProps } from './event-props.js';

/** `<{{tag}}>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const {{Name}} = createComponent({
  react: React,
  tagName: '{{tag}}',
  elementClass: Chorus{{Name}},
  displayName: '{{Name}}',
  events: eventProps('chorus-error'),
});
