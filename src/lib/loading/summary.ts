/** One line that counts the records of each kind, for the end of a validation or a build. */
import type { SiteData } from './load-site.ts';

export function recordCounts(site: SiteData): Record<string, number> {
  return {
    officials: site.officials.length,
    bodies: site.bodies.length,
    'agenda entries': site.agenda.length,
    meetings: site.meetings.length,
    declarations: site.declarations.length,
    gifts: site.gifts.length,
    trips: site.travel.length,
    'remuneration rows': site.remuneration.length,
    'income lines': site.income.length,
    'expenditure lines': site.expenditure.length,
    'complaint counts': site.complaints.length,
  };
}

export function summarise(site: SiteData): string {
  return Object.entries(recordCounts(site))
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
}
