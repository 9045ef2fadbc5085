/*
 * The domain of <{{tag}}>: plain types, no Lit, shared by the element, both adapters and the
 * server. Scaffolded by `npm run create {{name}}`: replace this stub with the widget's own types
 * (and its rules in {{name}}.rules.ts, pure functions both backends call).
 */

/** What <{{tag}}> loads and shows: a heading and a few lines. */
export interface {{Name}} {
  title: string;
  /** Empty: the widget shows its empty state. */
  items: string[];
}

/** The stub's content, answered alike by the embedded adapter, the mocks and the reference server. */
export const DEFAULT_{{NAME}}: Readonly<{{Name}}> = {
  title: '{{Title}}',
  items: ['First item', 'Second item', 'Third item'],
};
