/**
 * Checks values that each look right on their own but cannot be true given the rest of the
 * organisation: a time that does not exist in the site's time zone (the hour skipped when the clocks
 * go forward), and a meeting whose date is not the date its id starts with. Called by checkReferences,
 * so every problem goes through the one validation path with its place.
 */
import type { Loaded, SiteData } from './load-site.ts';
import type { Problem } from './problems.ts';
import { skippedTime } from '../locale/dates.ts';

export function checkValues(site: SiteData): Problem[] {
  const problems: Problem[] = [];
  const timeZone = site.site.timeZone;

  const times = (record: Loaded<{ date: string; start?: string | undefined; end?: string | undefined }>) => {
    for (const field of ['start', 'end'] as const) {
      const time = record.data[field];
      if (time === undefined) continue;
      const skipped = skippedTime(record.data.date, time, timeZone);
      if (!skipped) continue;
      problems.push({
        ...record.locate([field]),
        field,
        message: `${time} on ${record.data.date} does not exist in ${timeZone}: the clocks went forward from ${skipped.from} to ${skipped.to} that night; write ${skipped.meant} if that is what was meant`,
      });
    }
  };
  for (const entry of site.agenda) times(entry);
  for (const meeting of site.meetings) times(meeting);

  // A meeting's id starts with its date (2025-03-12-council): the two must agree, or links and lists disagree.
  for (const meeting of site.meetings) {
    const { id, date } = meeting.data;
    const named = /^\d{4}-\d{2}-\d{2}/.exec(id)?.[0];
    if (named === undefined || named === date) continue;
    problems.push({
      ...meeting.locate(['date']),
      field: 'date',
      message: `${date} is not the date the meeting's id ${id} starts with (${named}): correct the date, or rename the meeting's files to start with ${date}${id.slice(named.length)}`,
    });
  }
  return problems;
}
