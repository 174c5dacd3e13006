/**
 * An appointment published more days after it took place than allowed. The publication day is when the
 * entry first appeared in the repository's history, or the `published` column where history cannot tell
 * (entries imported in bulk); an entry with neither is not judged.
 */
import { daysBetween, evidence, finding, setting, type Rule } from './rule.ts';

export const lateAgenda: Rule = {
  id: 'late-agenda',
  title: { nl: 'Laat gepubliceerde afspraak', fr: 'Rendez-vous publié tardivement', en: 'Appointment published late' },
  description: {
    nl: 'Een afspraak die later in de agenda verscheen dan het aantal dagen na de afspraak dat de code toestaat.',
    fr: 'Un rendez-vous paru dans l’agenda plus de jours après sa tenue que le code ne le permet.',
    en: 'An appointment that appeared in the agenda more days after it took place than the code allows.',
  },
  reads: ['agendaPublicationDays'],
  check({ site, published }) {
    const allowed = setting(site, 'agendaPublicationDays');
    return site.agenda.flatMap((entry) => {
      const day = published.get(entry.data.id) ?? entry.data.published;
      if (day === undefined) return [];
      const late = daysBetween(entry.data.date, day);
      if (late <= allowed) return [];
      return entry.data.officials.map((official) =>
        finding({ rule: 'late-agenda', official, subject: entry.data.id, date: day, unit: 'days', threshold: String(allowed), observed: String(late) }, [evidence('agenda', entry.data.id, entry)]),
      );
    });
  },
};
