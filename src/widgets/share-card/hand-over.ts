/*
 * How the card hands a share to the browser: no vendor login, OAuth or extension, only what a
 * page may do on a click. Kept apart so each path is one small function a test can watch.
 */

/** Opens a network's share URL in a new window that gets no handle on this page and no referrer. */
export function openShareWindow(href: string): void {
  window.open(href, '_blank', 'noopener,noreferrer');
}

/**
 * Follows a mailto: link as a click on a link would: the mail client opens and the page stays
 * (window.open would leave an empty tab behind in browsers that hand mailto: to a desktop app).
 */
export function followMailto(root: ShadowRoot | HTMLElement, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

/** Whether the device has a share sheet (the Web Share API). */
export function canShareNatively(): boolean {
  return typeof navigator.share === 'function';
}

/** The share sheet; resolves false when the user closed it (AbortError), throws on other failures. */
export async function shareNatively(data: ShareData): Promise<boolean> {
  try {
    await navigator.share(data);
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}
