import { ValidationError } from './errors.js';
import type { ShareNetwork } from './share-card.domain.js';

/*
 * Links a sharer sends out: tracked, and only ever http(s). Sharing works without any vendor
 * login, OAuth or extension: each network's public share URL, opened in a new window.
 */

/** The opaque per-employee reference's query key (the reference server counts clicks by it). */
export const REF_PARAM = 'ref';

/**
 * An absolute http(s) URL with a host and no credentials. Refused: other schemes (javascript:,
 * data:, vbscript:, file:…), relative URLs, `user:pass@`, and any whitespace, control character or
 * backslash — the URL parser would silently strip or reinterpret them, so what a reader sees would
 * not be where the link goes.
 */
export function isHttpUrl(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex
  if (typeof value !== 'string' || value.length > 2048 || /[\s\u0000-\u001f\u007f\\]/.test(value)) return false;
  // A host right after "//": the parser would read "https:///x" as https://x/.
  if (!/^https?:\/\/[^/?#]/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** What the UTM tags say of each way to share; `native` and `copy` lead to unknown places. */
const UTM: Readonly<Record<ShareNetwork, { source: string; medium: string }>> = {
  linkedin: { source: 'linkedin', medium: 'social' },
  x: { source: 'x', medium: 'social' },
  facebook: { source: 'facebook', medium: 'social' },
  teams: { source: 'teams', medium: 'chat' },
  email: { source: 'email', medium: 'email' },
  native: { source: 'share-sheet', medium: 'share' },
  copy: { source: 'copied-link', medium: 'share' },
};

function queryKey(pair: string): string {
  const key = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

/**
 * The post's link tagged for one share: utm_source, utm_medium, utm_campaign (when given) and the
 * opaque `ref`. The link's own query keeps its order and spelling (it is not re-encoded) and its
 * fragment stays. A utm_source/medium/campaign or ref already in the link is replaced, never
 * repeated: they describe this share, and two values would split the analytics. Its other utm_*
 * (term, content) stay. `ref` comes from the backend: never a name, e-mail or user id.
 */
export function trackedLink(link: string, tags: { ref: string; network: ShareNetwork; campaign?: string | null }): string {
  if (!isHttpUrl(link)) throw new ValidationError([{ field: 'link.url', code: 'invalid', message: 'Use an http(s) address.' }]);
  const url = new URL(link);
  const ours: [string, string][] = [
    ['utm_source', UTM[tags.network].source],
    ['utm_medium', UTM[tags.network].medium],
  ];
  if (tags.campaign) ours.push(['utm_campaign', tags.campaign]);
  if (tags.ref) ours.push([REF_PARAM, tags.ref]);
  const replaced = new Set(ours.map(([key]) => key));
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !replaced.has(queryKey(pair)));
  const added = ours.map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  url.search = `?${[...kept, ...added].join('&')}`; // the setter drops one leading '?', not the link's own
  return url.href;
}

/** How the card carries out a share. */
export type ShareAction =
  /** Open `href` in a new window (noopener, noreferrer); copy the caption first when the URL cannot carry it. */
  | { kind: 'open'; href: string; copyCaptionFirst: boolean }
  /** navigator.share(data), where the device has a share sheet. */
  | { kind: 'native'; data: { title: string; text: string; url: string } }
  /** Put `text` on the clipboard. */
  | { kind: 'copy'; text: string };

const q = encodeURIComponent;

/**
 * The exact share action per network, for a tracked `url`, the composed caption `text` and the
 * post's `title`. Every value goes through encodeURIComponent (spaces as %20, never '+', which
 * mailto: and some networks would show as '+').
 */
export function shareIntent(network: ShareNetwork, share: { url: string; text: string; title: string }): ShareAction {
  const { url, text, title } = share;
  if (!isHttpUrl(url)) throw new ValidationError([{ field: 'link.url', code: 'invalid', message: 'Use an http(s) address.' }]);
  switch (network) {
    // LinkedIn's share-offsite takes the URL only (the older shareArticle's title/summary are
    // ignored), and reads the preview from the page's Open Graph tags: the caption is pasted.
    case 'linkedin':
      return { kind: 'open', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`, copyCaptionFirst: true };
    // X's web intent (docs.x.com, "Web intent": https://x.com/intent/tweet, `text` and `url`;
    // twitter.com/intent/tweet and x.com/intent/post redirect to the same composer).
    case 'x':
      return { kind: 'open', href: `https://x.com/intent/tweet?text=${q(text)}&url=${q(url)}`, copyCaptionFirst: false };
    // Facebook's sharer takes `u` only; `quote` and `hashtag` are no longer honoured.
    case 'facebook':
      return { kind: 'open', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`, copyCaptionFirst: true };
    // Share to Teams from web apps (learn.microsoft.com): what launcher.js opens for the
    // data-href and data-msg-text attributes.
    case 'teams':
      return { kind: 'open', href: `https://teams.microsoft.com/share?href=${q(url)}&msgText=${q(text)}`, copyCaptionFirst: false };
    // RFC 6068: percent-encoded, line breaks as %0D%0A; the link on its own line after the caption.
    case 'email': {
      const body = `${text}\n\n${url}`.replace(/\r?\n/g, '\r\n');
      return { kind: 'open', href: `mailto:?subject=${q(title)}&body=${q(body)}`, copyCaptionFirst: false };
    }
    case 'native':
      return { kind: 'native', data: { title, text, url } };
    case 'copy':
      return { kind: 'copy', text: url };
  }
}
