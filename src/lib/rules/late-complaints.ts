/** Complaints of a period answered later than the code's response time. */
import { evidence, finding, setting, type Rule } from './rule.ts';

export const lateComplaints: Rule = {
  id: 'late-complaints',
  title: { nl: 'Laat beantwoorde klachten', fr: 'Plaintes traitées tardivement', en: 'Complaints answered late' },
  description: {
    nl: 'Klachten van een periode waarvan de langste antwoordtermijn boven de termijn van de code ligt.',
    fr: 'Des plaintes d’une période dont le délai de réponse le plus long dépasse le délai du code.',
    en: 'Complaints of a period whose longest response time is above the code’s response time.',
  },
  reads: ['complaintResponseDays'],
  check({ site }) {
    const allowed = setting(site, 'complaintResponseDays');
    return site.complaints.flatMap((row) => {
      const longest = row.data.maxResponseDays ?? row.data.medianResponseDays;
      if (longest === undefined || longest <= allowed) return [];
      const [year, quarter] = row.data.period.split('-Q');
      const date = `${year}-${String((Number(quarter) - 1) * 3 + 1).padStart(2, '0')}-01`;
      return [finding({ rule: 'late-complaints', subject: `${row.data.period}:${row.data.outcome}`, date, unit: 'days', threshold: String(allowed), observed: String(longest) }, [evidence('complaints', `${row.data.period}:${row.data.outcome}`, row)])];
    });
  },
};
