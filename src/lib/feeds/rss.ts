/** An RSS 2.0 writer: a channel with its required elements, items with a stable guid and an RFC 822 date. */

export interface RssItem {
  title: string;
  /** Absolute address of the item's page. */
  link: string;
  /** Stable across builds; not an address (isPermaLink="false"). */
  guid: string;
  /**
   * ISO 8601 date and time with its offset, `2025-03-14T09:30:00+01:00`; or the day alone, `2025-03-14`,
   * where the source states no time: the item then has no pubDate (RFC 822 has no date without a time).
   */
  published: string;
  description?: string | undefined;
  categories?: readonly string[] | undefined;
}

export interface RssChannel {
  title: string;
  /** Absolute address of the site the feed belongs to. */
  link: string;
  description: string;
  /** Language of the channel (`nl`, `fr`, `en`). */
  language: string;
  /** Absolute address of the feed itself (atom:link rel="self"). */
  self: string;
  /** Newest first. */
  items: readonly RssItem[];
}

/** Escapes text for XML element content and attribute values, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO 8601 date-time with offset as an RFC 822 date, in its own offset:
 * `2025-03-14T09:30:00+01:00` → `Fri, 14 Mar 2025 09:30:00 +0100`.
 */
export function rfc822(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) throw new Error(`${iso} is not a date and time with an offset`);
  const [, year, month, day, hour, minute, second = '00', zone = 'Z'] = match;
  const weekday = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
  const offset = zone === 'Z' ? '+0000' : zone.replace(':', '');
  return `${DAYS[weekday]}, ${day} ${MONTHS[Number(month) - 1]} ${year} ${hour}:${minute}:${second} ${offset}`;
}

const element = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;

/**
 * The feed as RSS 2.0 text. lastBuildDate is the newest item's date and time (of the newest item that has
 * a time), not the clock, so that two builds of the same data give the same file.
 */
export function writeRss(channel: RssChannel): string {
  const newest = channel.items.find((item) => item.published.length > 10)?.published;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    element('title', channel.title, '    '),
    element('link', channel.link, '    '),
    element('description', channel.description, '    '),
    element('language', channel.language, '    '),
    `    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    element('generator', 'Vitrine', '    '),
    element('docs', 'https://www.rssboard.org/rss-specification', '    '),
    ...(newest ? [element('lastBuildDate', rfc822(newest), '    ')] : []),
  ];
  for (const item of channel.items) {
    lines.push(
      '    <item>',
      element('title', item.title, '      '),
      element('link', item.link, '      '),
      `      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>`,
      ...(item.published.length > 10 ? [element('pubDate', rfc822(item.published), '      ')] : []),
      ...(item.description ? [element('description', item.description, '      ')] : []),
      ...(item.categories ?? []).map((category) => element('category', category, '      ')),
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>', '');
  return lines.join('\n');
}
