/**
 * Organisations met, as the agenda names them: a stable address (slug) per organisation, and every
 * appointment with it grouped, with which officials met it how often. Private individuals are never
 * named in the data (only counted), so they never appear here.
 */

/** The longest slug: a page's folder name stays far below the 255 bytes a file name may have. */
export const MAX_SLUG_LENGTH = 80;
/** Length of the hash that ends a shortened slug (32 bits in base 36, padded). */
const HASH_LENGTH = 7;

/**
 * The slug of an organisation's name: lower case, no accents, words joined by hyphens. Names that
 * differ only in case, accents or punctuation share a slug (they are one organisation). A slug longer
 * than MAX_SLUG_LENGTH is cut at a word boundary and ends in `--` and a hash of the whole slug, so it
 * stays short, the same for the same name, and different for names that differ after the cut (a slug
 * of words never holds `--`, so a shortened slug cannot be the slug of a short name either).
 */
export function organisationSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name of symbols or non-Latin letters only still gets a stable address, from a hash of the name.
  if (slug === '') return `org-${fnv1a(name.trim())}`;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const room = MAX_SLUG_LENGTH - 2 - HASH_LENGTH;
  const boundary = slug.lastIndexOf('-', room);
  const kept = boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, room);
  return `${kept}--${fnv1a(slug).padStart(HASH_LENGTH, '0')}`;
}

/** 32-bit FNV-1a of a text, in base 36: short, stable and the same in every JavaScript engine. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export interface Met {
  id: string;
  date: string;
  officials: readonly string[];
  organisations?: readonly string[] | undefined;
}

export interface OrganisationGroup<E extends Met> {
  slug: string;
  /** The name as written most often (ties: the first in alphabetical order). */
  name: string;
  /** Every spelling that led to this slug, most frequent first. */
  names: string[];
  /** Every appointment with the organisation, in the order given (newest first when the agenda is). */
  entries: E[];
  /** Officials who met it and how often, most often first (ties by id). */
  officials: Array<{ id: string; count: number }>;
  first: string;
  last: string;
}

/**
 * Groups appointments per organisation met. Names that differ only in case, accents or punctuation
 * share a slug and count as one organisation. Organisations are returned by number of appointments,
 * most first, then by name.
 */
export function groupOrganisations<E extends Met>(entries: Iterable<E>): Array<OrganisationGroup<E>> {
  const groups = new Map<string, { spellings: Map<string, number>; entries: E[]; officials: Map<string, number>; first: string; last: string }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const raw of entry.organisations ?? []) {
      const name = raw.trim();
      if (name === '') continue;
      const slug = organisationSlug(name);
      let group = groups.get(slug);
      if (!group) {
        group = { spellings: new Map(), entries: [], officials: new Map(), first: entry.date, last: entry.date };
        groups.set(slug, group);
      }
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      // One appointment counts once per organisation, even if the organisation is listed twice.
      if (seen.has(slug)) continue;
      seen.add(slug);
      group.entries.push(entry);
      for (const official of new Set(entry.officials)) group.officials.set(official, (group.officials.get(official) ?? 0) + 1);
      if (entry.date < group.first) group.first = entry.date;
      if (entry.date > group.last) group.last = entry.date;
    }
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups]
    .map(([slug, group]) => {
      const names = [...group.spellings].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([name]) => name);
      return {
        slug,
        name: names[0] ?? slug,
        names,
        entries: group.entries,
        officials: [...group.officials].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || compare(a.id, b.id)),
        first: group.first,
        last: group.last,
      };
    })
    .sort((a, b) => b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'nl') || compare(a.slug, b.slug));
}
