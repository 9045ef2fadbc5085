/*
 * Which scheme the page around an element is in, when the page says so. Fluent's tokens decide
 * first (a SharePoint page carries them, light or dark whatever the computer is set to): the
 * widget then takes its colours from them and is dark only if their neutral background is. Then
 * the `color-scheme` the page declares (`dark` or `light` alone). Otherwise the page leaves it to
 * the computer, and so does the widget (`prefers-color-scheme`, in host.styles.ts).
 */
export interface PageScheme {
  /** The page carries Fluent's tokens (`--colorNeutralBackground1`). */
  tokens: boolean;
  /** `true` dark, `false` light, `undefined` as the computer is set. */
  dark?: boolean;
}

let paint: CanvasRenderingContext2D | null | undefined;

/** Relative luminance (WCAG) of a CSS colour, or undefined when it is not one. */
function luminance(colour: string): number | undefined {
  paint ??= document.createElement('canvas').getContext('2d');
  if (!paint) return undefined;
  paint.fillStyle = '#010203';
  paint.fillStyle = colour; // ignored when not a colour; read back as #rrggbb or rgba(r, g, b, a)
  const value = String(paint.fillStyle);
  if (value === '#010203') return undefined;
  const [r, g, b] = value.startsWith('#') ? [1, 3, 5].map((i) => Number.parseInt(value.slice(i, i + 2), 16)) : value.match(/[\d.]+/g)!.map(Number);
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

export function pageScheme(host: HTMLElement): PageScheme {
  const token = getComputedStyle(host).getPropertyValue('--colorNeutralBackground1').trim();
  const light = token ? luminance(token) : undefined;
  // Below 0.18 (mid grey) text must be light to be read: a dark background.
  if (light !== undefined) return { tokens: true, dark: light < 0.18 };
  const parent = host.parentElement ?? (host.getRootNode() as ShadowRoot).host;
  const declared = parent ? getComputedStyle(parent).colorScheme.split(/\s+/) : [];
  const says = (scheme: string) => declared.includes(scheme);
  return { tokens: false, dark: says('dark') && !says('light') ? true : says('light') && !says('dark') ? false : undefined };
}
