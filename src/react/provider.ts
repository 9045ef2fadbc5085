import { createComponent } from '@lit/react';
import * as React from 'react';
import { ChorusProvider } from '../provider/provider.js';

/** `<chorus-provider>` for React: its properties as props. Importing it defines the element. */
export const Provider = createComponent({
  react: React,
  tagName: 'chorus-provider',
  elementClass: ChorusProvider,
  displayName: 'Provider',
});
