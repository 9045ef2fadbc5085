import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM (`style.setProperty`), never as a
 * `style` attribute: a strict CSP (`style-src 'self'`) blocks style attributes written in markup,
 * even the first render of Lit's `styleMap`, but not the CSSOM. Use: `<span ${cssVars({ '--_p': '40%' })}>`.
 */
class CssVarsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars() goes on an element: <span ${cssVars({...})}>');
  }

  render(_vars: Record<string, string | number>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [vars]: [Record<string, string | number>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in vars)) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, String(value));
    this.previous = new Set(Object.keys(vars));
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
