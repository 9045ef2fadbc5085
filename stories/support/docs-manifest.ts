/*
 * The manifest as Storybook's autodocs and controls read it. Its table keys every row by name, so
 * a CSS part named like an attribute (the poll's `composer`, the feedback box's `heading`) would
 * replace that attribute's row: parts are listed as `::part(name)`, what a host's CSS writes.
 * Static members (`chorusVersion`) would be offered as instance properties: they are left out.
 */
type Named = { name: string; static?: boolean };
type Declaration = { members?: Named[]; cssParts?: Named[] };
export type Manifest = { modules?: { declarations?: Declaration[] }[] };

export const forStorybook = <M extends Manifest>(m: M): M => ({
  ...m,
  modules: m.modules?.map((mod) => ({
    ...mod,
    declarations: mod.declarations?.map((d) => ({
      ...d,
      ...(d.members && { members: d.members.filter((member) => !member.static) }),
      ...(d.cssParts && { cssParts: d.cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })) }),
    })),
  })),
});
