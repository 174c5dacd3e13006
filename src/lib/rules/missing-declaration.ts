/**
 * A yearly declaration that is due (in office that year, or within the years after leaving) and absent.
 * A year in which the official may have been in office only through a mandate whose start is unknown is
 * not judged: that mandate is listed as not judged.
 */
import type { Mandate } from '../../schemas/official.ts';
import { finding, notJudgedMandate, type Judged, type Rule, type RuleContext } from './rule.ts';

function judge({ site, today }: RuleContext): Judged {
  const { declarationYearsAfterOffice: after, declarationDeadline: deadline } = site.site.rules;
  const notJudged: Judged['notJudged'] = [];
  if (after === undefined) return { findings: [], notJudged };
  const declared = new Set(site.declarations.map((declaration) => `${declaration.data.official}:${declaration.data.year}`));
  // The register starts with the first year anyone declared.
  const firstYear = site.declarations.reduce((first, declaration) => Math.min(first, declaration.data.year), Infinity);
  if (!Number.isFinite(firstYear)) return { findings: [], notJudged };
  const findings = site.officials.flatMap((official) => {
    const { mandates } = official.data;
    const ongoing = mandates.some((mandate) => mandate.end === undefined);
    const lastYear = ongoing ? Infinity : Math.max(...mandates.map((mandate) => Number((mandate.end as string).slice(0, 4))));
    const found = [];
    const unjudged = new Set<number>();
    for (let year = firstYear; ; year++) {
      const due = `${year + 1}-${deadline}`;
      if (due >= today) break;
      const reaches = (end: string | undefined) => end === undefined || end >= `${year}-01-01`;
      const inOffice = mandates.some((mandate) => mandate.start !== undefined && mandate.start <= `${year}-12-31` && reaches(mandate.end));
      if (year > lastYear + after) break;
      if (declared.has(`${official.data.id}:${year}`)) continue;
      if (!inOffice && year <= lastYear) {
        // Out of office that year as far as the known starts say; a mandate of unknown start may cover it.
        mandates.forEach((mandate, index) => {
          if (mandate.start === undefined && reaches(mandate.end)) unjudged.add(index);
        });
        continue;
      }
      found.push(
        finding({ rule: 'missing-declaration', official: official.data.id, subject: String(year), date: due, unit: 'date', threshold: due }, [
          { evidence: `officials:${official.data.id}`, source: `${official.file}:1` },
        ]),
      );
    }
    for (const index of [...unjudged].sort((x, y) => x - y)) {
      notJudged.push(notJudgedMandate('missing-declaration', official.data.id, mandates[index] as Mandate, index, 'start-unknown'));
    }
    return found;
  });
  return { findings, notJudged };
}

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
  check: (context) => judge(context).findings,
  notJudged: (context) => judge(context).notJudged,
};
