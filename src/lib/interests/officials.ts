/** Facts about officials that pages need: who is in office, their current posts and their terms. */
import type { Mandate, Official } from '../../schemas/official.ts';

/**
 * Whether a mandate is held on a day. A mandate whose start is unknown (a register listed it without one)
 * is taken as held until its end: the pages say its start is unknown and never show a date for it.
 */
export function isActive(mandate: Mandate, day: string): boolean {
  return (mandate.start === undefined || mandate.start <= day) && (mandate.end === undefined || mandate.end >= day);
}

export function isCurrent(official: Official, day: string): boolean {
  return official.mandates.some((mandate) => isActive(mandate, day));
}

/** The mandates held on a day, or the last ones held for a former official. */
export function headlineMandates(official: Official, day: string): Mandate[] {
  const active = official.mandates.filter((mandate) => isActive(mandate, day));
  if (active.length) return active;
  const lastEnd = official.mandates.map((mandate) => mandate.end ?? '').sort().at(-1);
  return official.mandates.filter((mandate) => mandate.end === lastEnd);
}

/** First day in office (undefined when a mandate's start is unknown: it may be earlier) and last day (undefined while in office). */
export function termOf(official: Official): { start: string | undefined; end?: string } {
  const starts = official.mandates.map((mandate) => mandate.start);
  const start = starts.includes(undefined) ? undefined : starts.filter((day) => day !== undefined).sort()[0];
  const ongoing = official.mandates.some((mandate) => mandate.end === undefined);
  const end = ongoing ? undefined : official.mandates.map((mandate) => mandate.end as string).sort().at(-1);
  return end === undefined ? { start } : { start, end };
}

/** Up to two initials, for officials without a photo. */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  const letters = words.length >= 2 ? [words[0], words.at(-1)] : [name];
  return letters.map((word) => (word ?? '').charAt(0).toUpperCase()).join('');
}

/** Sorts officials as the directory lists them: by sort name, in the reader's language's order. */
export function bySortName(a: Official, b: Official): number {
  return a.sortName.localeCompare(b.sortName, 'nl');
}
