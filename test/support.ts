import { waitUntil } from '@open-wc/testing';

/** Every element matching `selector` inside `root`, descending into open shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    found.push(...(node.querySelectorAll(selector) as NodeListOf<T>));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  else visit(root);
  return found;
}

export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

/** The accessible-ish name: aria-label, else text content, whitespace folded. */
export function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A button (or role=button) whose name contains `text`, searched through shadow roots. */
export function buttonNamed(root: Element, text: string | RegExp): HTMLButtonElement | undefined {
  return deepQueryAll<HTMLButtonElement>(root, 'button').find((b) => (typeof text === 'string' ? nameOf(b).includes(text) : text.test(nameOf(b))));
}

/** The form control labelled `text` (by <label for>, wrapping <label>, or aria-label). */
export function fieldLabelled<T extends HTMLElement = HTMLInputElement>(root: Element, text: string): T | undefined {
  for (const label of deepQueryAll<HTMLLabelElement>(root, 'label')) {
    if (!nameOf(label).includes(text)) continue;
    if (label.control) return label.control as unknown as T;
  }
  return deepQueryAll<T>(root, 'input, textarea, select').find((el) => el.getAttribute('aria-label')?.includes(text));
}

export async function waitFor<T>(fn: () => T | undefined | null | false, message = 'condition not met', timeout = 3000): Promise<T> {
  let value: T | undefined | null | false;
  await waitUntil(() => (value = fn()), message, { timeout });
  return value as T;
}

/** Visible text of an element including its shadow content, whitespace folded. */
export function textOf(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const el = node as Element;
    if (el.shadowRoot) walk(el.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The next `type` event on `target`, typed from GlobalEventHandlersEventMap. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** Removes `crypto.randomUUID`, as on a plain-http intranet page (not a secure context); returns the undo. */
export function withoutRandomUUID(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
  delete (Crypto.prototype as Partial<Crypto>).randomUUID;
  return () => Object.defineProperty(Crypto.prototype, 'randomUUID', descriptor);
}

/** Makes every sessionStorage call throw, as where the browser blocks storage; returns the undo. */
export function withBlockedSessionStorage(): () => void {
  const methods = ['getItem', 'setItem', 'removeItem'] as const;
  const originals = methods.map((name) => Storage.prototype[name]);
  methods.forEach((name, i) => {
    const original = originals[i] as (...args: unknown[]) => unknown;
    (Storage.prototype as unknown as Record<string, unknown>)[name] = function (this: Storage, ...args: unknown[]) {
      if (this === sessionStorage) throw new DOMException('The operation is insecure.', 'SecurityError');
      return original.apply(this, args);
    };
  });
  return () => methods.forEach((name, i) => ((Storage.prototype as unknown as Record<string, unknown>)[name] = originals[i]));
}

/** What the next download would save: its file name and text. */
export function catchDownload(): { file: Promise<{ name: string; text: string }>; restore: () => void } {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | null = null;
  let resolve!: (value: { name: string; text: string }) => void;
  const file = new Promise<{ name: string; text: string }>((r) => (resolve = r));
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    void blob!.text().then((text) => resolve({ name: this.download, text }));
  };
  return {
    file,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
