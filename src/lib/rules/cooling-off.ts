/** A side position in a listed sector, started within the cooling-off period after leaving office. */
import { firstDayOf, lastDayOf } from '../../schemas/partial-date.ts';
import { evidence, finding, type Rule } from './rule.ts';

const anniversary = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

export const coolingOff: Rule = {
  id: 'cooling-off',
  title: { nl: 'Afkoelingsperiode', fr: 'Période de carence', en: 'Cooling-off period' },
  description: {
    nl: 'Een nevenfunctie in een opgesomde sector, begonnen binnen de afkoelingsperiode na het einde van het mandaat.',
    fr: 'Une fonction accessoire dans un secteur listé, commencée pendant la période de carence après la fin du mandat.',
    en: 'A side position in a listed sector, started within the cooling-off period after leaving office.',
  },
  reads: ['coolingOffYears', 'coolingOffSectors'],
  needs: ['coolingOffYears'],
  check({ site }) {
    const { coolingOffYears: years, coolingOffSectors: sectors = [] } = site.site.rules;
    if (years === undefined) return [];
    const left = new Map(
      site.officials
        .filter((official) => official.data.mandates.every((mandate) => mandate.end !== undefined))
        .map((official) => [official.data.id, official.data.mandates.map((mandate) => mandate.end as string).sort().at(-1) as string]),
    );
    return site.declarations.flatMap((declaration) => {
      const lastDay = left.get(declaration.data.official);
      if (!lastDay) return [];
      // The period runs from the day after leaving to the anniversary of the last day in office, included.
      const ends = anniversary(lastDay, years);
      return declaration.data.sidePositions.flatMap((position, index) => {
        if (!position.start || !position.sector || !sectors.includes(position.sector)) return [];
        // A start known only to the month or the year may be any day in it: signalled only when every
        // such day falls within the period, so that no day is invented.
        if (firstDayOf(position.start) <= lastDay || lastDayOf(position.start) > ends) return [];
        return [
          finding(
            { rule: 'cooling-off', official: declaration.data.official, subject: `${position.organisation.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}:${position.start}`, date: position.start, unit: 'date', threshold: ends, observed: position.start },
            [{ ...evidence('side-positions', `${declaration.data.official}:${declaration.data.year}:${index + 1}`, declaration), source: `${declaration.file}:${declaration.locate(['sidePositions', index]).line}` }],
          ),
        ];
      });
    });
  },
};
