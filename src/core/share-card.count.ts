import type { ShareNetwork } from './share-card.domain.js';
import { graphemeCount } from './text.js';

/*
 * Caption counters, each counting the way its network does, so the live counter agrees with
 * the network's own refusal. X follows twitter-text v3's parseTweet (default config): NFC first,
 * code points weigh 200 except the ranges below (100), a URL weighs 23 × 100 whatever its
 * length, an emoji sequence weighs 200 once; the sum is divided by the scale (100).
 * Twitter-text is not imported: it is CommonJS with core-js polyfills, and the card needs only
 * parseTweet's rules, not its autolinker.
 * Deliberate differences (test/core/share-card.count.node-test.ts holds the rest to parseTweet):
 *  - emoji are Unicode's RGI set as the browser knows it (`\p{RGI_Emoji}`); twitter-text 3.1's
 *    twemoji-parser stops at Emoji 11, so it counts a newer ZWJ sequence (🧑‍🤝‍🧑) per part (8);
 *  - a URL without a scheme is found only with a country code or a common generic TLD
 *    (twitter-text knows ~1,260 generic ones); with http(s):// any letters-only TLD counts;
 *  - the 4,096-character URL cap is not reproduced (a caption's link is far shorter).
 */

export interface CaptionCount {
  used: number;
  limit: number;
  over: boolean;
  /** Negative when over. */
  remaining: number;
}

/**
 * LinkedIn: 3,000 characters; Facebook: 63,206. Teams and e-mail have no limit a caption could
 * reach, but the text rides in a URL: 10,000 graphemes keeps a share link under browsers' and
 * mail clients' practical URL lengths (about 32 kB once percent-encoded for most text).
 */
export const CAPTION_LIMITS: Readonly<Record<ShareNetwork, number>> = {
  x: 280,
  linkedin: 3000,
  facebook: 63206,
  teams: 10000,
  email: 10000,
  native: 10000,
  copy: 10000,
};

/** twitter-text v3's weighted ranges (weight 100); every other code point weighs 200. */
const LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const URL_WEIGHT = 23;

const CC_TLDS = (
  'ac ad ae af ag ai al am an ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ' +
  'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd ge ' +
  'gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr ' +
  'kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni ' +
  'nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss ' +
  'st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tp tr tt tv tw tz ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw'
).split(' ');
const G_TLDS = (
  'com net org info biz edu gov mil int app dev blog news shop store online site tech cloud media agency company ' +
  'group global world email jobs pro name mobi xyz travel museum aero coop asia careers social'
).split(' ');
// Longest first, as twitter-text orders them, so "co" never cuts "com" short.
const TLD = [...G_TLDS, ...CC_TLDS].sort((a, b) => b.length - a.length).join('|');

// twitter-text's pieces: a domain character is anything but punctuation, spaces and invisible marks.
const LATIN =
  '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257\\u0259\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff';
const CYRILLIC = '\\u0400-\\u04ff';
const DOMAIN_CHAR = `[^!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$\\s\\u0085\\u180e\\ufffe\\ufeff\\uffff\\u202a-\\u202e\\u061c\\u200e\\u200f\\u2066-\\u2069]`;
const PATH_CHAR = `[a-z${CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&${LATIN}]`;
const PARENS = `\\((?:${PATH_CHAR}+|(?:${PATH_CHAR}*\\(${PATH_CHAR}+\\)${PATH_CHAR}*))\\)`;
const PATH_END = `[+\\-a-z${CYRILLIC}0-9=_#/${LATIN}]`;
// As twitter-text's compiled regex reads: a path piece ends on an ending character, or is only "(…)".
const PATH = `(?:(?:${PATH_CHAR}*(?:${PARENS}${PATH_CHAR}*)*${PATH_END}|${PARENS})|(?:@${PATH_CHAR}+/))`;
const QUERY = `\\?[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-z0-9\\-_&=#/]`;
const TLD_END = '(?=[^0-9a-z@+-]|$)';
// A subdomain label may hold '_', the name before the TLD may not (twitter-text's validDomain).
const domain = (ch: string, tld: string) => `(?:(?:${ch}(?:[_-]|${ch})*)?${ch}\\.)*(?:(?:${ch}(?:-|${ch})*)?${ch}\\.)(?:${tld}|xn--[\\-0-9a-z]+)${TLD_END}`;
/*
 * twitter-text's one URL regex, without the `u` flag as there (a class takes one UTF-16 unit): a
 * "preceding" character it consumes (not a word, mention, hashtag or cashtag character), then a
 * URL with a scheme (here any letters-only TLD) or without (a listed TLD), port, path, query.
 */
const URL_RE = new RegExp(
  '((?:[^a-z0-9@＠$#＃\\ufffe\\ufeff\\uffff]|[\\u202a-\\u202e\\u061c\\u200e\\u200f\\u2066-\\u2069]|^))' +
    `((?:(https?://)(${domain(DOMAIN_CHAR, '[a-z]{2,63}')})|(${domain(DOMAIN_CHAR, TLD)}))(?::[0-9]+)?(/${PATH}*)?(?:${QUERY})?)`,
  'gi',
);
const TCO = new RegExp(`^https?://t\\.co/([a-z0-9]+)(?:${QUERY})?`, 'i');
const ASCII_DOMAIN = new RegExp(`(?:[\\-a-z0-9${LATIN}]+\\.)+(?:${TLD}|xn--[\\-0-9a-z]+)${TLD_END}`, 'gi');
/**
 * Emoji as the browser's Unicode knows them. Built at run time: TypeScript's ES2022 target refuses
 * the `v` flag in a literal, and a browser before 2023 lacks it (the module must still load there):
 * then an emoji is told by its parts — a presentation-style pictograph, skin tone, ZWJ joins, flag
 * pair or keycap — which agrees with RGI_Emoji on every sequence a person types from a keyboard.
 */
export function emojiPattern(useSets = true): RegExp {
  if (useSets) {
    try {
      return new RegExp('\\p{RGI_Emoji}', 'gv');
    } catch {
      /* no `v` flag: the fallback below */
    }
  }
  const one = '(?:\\p{Emoji_Presentation}\\uFE0F?|\\p{Extended_Pictographic}\\uFE0F)\\p{EMod}?';
  return new RegExp(`\\p{RI}\\p{RI}|[#*0-9]\\uFE0F\\u20E3|${one}(?:\\u200D${one}|\\u200D\\p{Extended_Pictographic})*`, 'gu');
}
const EMOJI = emojiPattern();

/** Start index → end index of each URL, found as twitter-text's extractUrlsWithIndices finds them. */
function urlSpans(text: string): Map<number, number> {
  const spans = new Map<number, number>();
  for (const m of text.matchAll(URL_RE)) {
    const [, before = '', url = '', scheme, schemeHost, bareHost = '', path] = m;
    const start = m.index + before.length,
      end = start + url.length;
    if (scheme && schemeHost) {
      // A t.co link ends after its slug and query; a slug over 40 makes it no link.
      const tco = TCO.exec(url);
      if (!tco || tco[1]!.length <= 40) spans.set(start, tco ? start + tco[0].length : end);
      continue;
    }
    // Without a scheme: not after -_./, and only the ASCII (and Latin) parts of the domain count;
    // a path (not a lone port or query) belongs to the last of them.
    if (/[-_./]$/.test(before)) continue;
    const parts = [...bareHost.matchAll(ASCII_DOMAIN)].map((d) => [start + d.index, start + d.index + d[0].length] as const);
    parts.forEach(([s, e], i) => spans.set(s, path && i === parts.length - 1 ? end : e));
  }
  return spans;
}

/** X's weighted length, as twitter-text's parseTweet(text).weightedLength. */
export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  const urls = urlSpans(normalized);
  const emoji = new Map<number, number>();
  for (const m of normalized.matchAll(EMOJI)) emoji.set(m.index, m.index + m[0].length);
  let weight = 0;
  for (let i = 0; i < normalized.length;) {
    const urlEnd = urls.get(i),
      emojiEnd = emoji.get(i);
    if (urlEnd !== undefined) {
      weight += URL_WEIGHT * 100;
      i = urlEnd;
    } else if (emojiEnd !== undefined) {
      weight += 200;
      i = emojiEnd;
    } else {
      const cp = normalized.codePointAt(i)!;
      weight += cp <= 0xffff && LIGHT_RANGES.some(([s, e]) => cp >= s && cp <= e) ? 100 : 200;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return weight / 100;
}

/**
 * How much of the network's limit a caption uses, counted as that network counts. X's intent adds
 * the shared `link` after the text (a space and 23), so give it to count what X will see.
 */
export function countCaption(text: string, network: ShareNetwork, link?: string | null): CaptionCount {
  const limit = CAPTION_LIMITS[network];
  // LinkedIn's limit is in characters as people see them; graphemes match its counter best.
  const used = network === 'x' ? xWeightedLength(link ? [text, link].filter(Boolean).join(' ') : text) : graphemeCount(text);
  return { used, limit, over: used > limit, remaining: limit - used };
}
