/** A yearly declaration that is due (in office that year, or within the years after leaving) and absent. */
import { finding, type Rule } from './rule.ts';

export const missingDeclaration: Rule = {
  id: 'missing-declaration',
  title: { nl: 'Ontbrekende aangifte', fr: 'Déclaration manquante', en: 'Missing declaration' },
  description: {
    nl: 'Een jaarlijkse aangifte die na de uiterste datum ontbreekt: voor elk jaar in functie en de jaren na het vertrek.',
    fr: 'Une déclaration annuelle absente après la date limite : pour chaque année en fonction et les années après le départ.',
    en: 'A yearly declaration absent after its deadline: for every year in office and the years after leaving.',
  },
  reads: ['declarationYearsAfterOffice', 'declarationDeadline'],
  needs: ['declarationYearsAfterOffice'],
  check({ site, today }) {
    const { declarationYearsAfterOffice: after, declarationDeadline: deadline } = site.site.rules;
    if (after === undefined) return [];
    const declared = new Set(site.declarations.map((declaration) => `${declaration.data.official}:${declaration.data.year}`));
    // The register starts with the first year anyone declared.
    const firstYear = site.declarations.reduce((first, declaration) => Math.min(first, declaration.data.year), Infinity);
    if (!Number.isFinite(firstYear)) return [];
    return site.officials.flatMap((official) => {
      const { mandates } = official.data;
      const ongoing = mandates.some((mandate) => mandate.end === undefined);
      const lastYear = ongoing ? Infinity : Math.max(...mandates.map((mandate) => Number((mandate.end as string).slice(0, 4))));
      const found = [];
      for (let year = firstYear; ; year++) {
        const due = `${year + 1}-${deadline}`;
        if (due >= today) break;
        const inOffice = mandates.some((mandate) => mandate.start <= `${year}-12-31` && (mandate.end === undefined || mandate.end >= `${year}-01-01`));
        if (!inOffice && year <= lastYear) continue;
        if (year > lastYear + after) break;
        if (declared.has(`${official.data.id}:${year}`)) continue;
        found.push(
          finding({ rule: 'missing-declaration', official: official.data.id, subject: String(year), date: due, unit: 'date', threshold: due }, [
            { evidence: `officials:${official.data.id}`, source: `${official.file}:1` },
          ]),
        );
      }
      return found;
    });
  },
};
