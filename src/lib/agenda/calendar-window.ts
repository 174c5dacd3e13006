/**
 * What the calendar of every appointment (`all.ics`) holds: every appointment while they are few; for a
 * large organisation, the recent and the planned ones, from the first day of a month onward, so that the
 * file stays well under what a static host serves (25 MiB; an event is about 540 bytes) and what calendar
 * apps take. The month is the earliest whose appointments from then on number at most `max`, and never
 * later than the current month: everything planned is in it. The calendar and the agenda page say from
 * when; the full history stays in the agenda dataset. Pure: the calendar writer and the page work it out
 * alike from the same entries.
 */

/** At most this many appointments in `all.ics` (about 16 MB), unless more are planned. */
export const ALL_CALENDAR_EVENTS = 30_000;

/** The first month (`2026-08`) of `all.ics`, or undefined when it holds every appointment. */
export function allCalendarFrom(dates: Iterable<string>, today: string, max = ALL_CALENDAR_EVENTS): string | undefined {
  const perMonth = new Map<string, number>();
  let total = 0;
  for (const date of dates) {
    const month = date.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    total++;
  }
  if (total <= max) return undefined;
  const current = today.slice(0, 7);
  const months = [...perMonth.keys()].sort().reverse();
  let from: string | undefined;
  let count = 0;
  for (const month of months) {
    count += perMonth.get(month) ?? 0;
    if (count > max && month < current) break;
    from = month;
  }
  return from === undefined || from > current ? current : from;
}

/** Whether an appointment of this date is in a calendar starting at `from` (a month). */
export const inCalendar = (date: string, from: string | undefined) => from === undefined || date.slice(0, 7) >= from;
