import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusInsights } from '../widgets/insights/insights.js';
import { eventProps } from './event-props.js';

/** `<chorus-insights>` for React: its properties as props, its events as `onX` props. Importing it defines the element. */
export const Insights = createComponent({
  react: React,
  tagName: 'chorus-insights',
  elementClass: ChorusInsights,
  displayName: 'Insights',
  events: eventProps('chorus-error'),
});
