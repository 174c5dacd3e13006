/**
 * More consecutive elected terms than allowed; a term with a recorded exception is shown as acknowledged.
 * An elected mandate whose start is unknown cannot be placed in a chain, and a mandate the source does not
 * say was elected or appointed cannot be counted or left out: both are listed as not judged.
 */
import { mandateKey, type Mandate } from '../../schemas/official.ts';
import { addDays, finding, setting, notJudgedMandate, type Judged, type Rule, type RuleContext } from './rule.ts';

/** Two terms are consecutive when the second starts within a month of the end of the first. */
const GAP_DAYS = 31;

function judge({ site }: RuleContext): Judged {
  const allowed = setting(site, 'maxConsecutiveTerms');
  const notJudged: Judged['notJudged'] = [];
  const findings = site.officials.flatMap((official) => {
    const numbered = official.data.mandates.map((mandate, index) => ({ mandate, index }));
    for (const { mandate, index } of numbered) {
      if (mandate.selection === undefined) notJudged.push(notJudgedMandate('term-limit', official.data.id, mandate, index, 'selection-unknown'));
    }
    const elected = numbered.filter(({ mandate }) => mandate.selection === 'elected');
    for (const { mandate, index } of elected) {
      if (mandate.start === undefined) notJudged.push(notJudgedMandate('term-limit', official.data.id, mandate, index, 'start-unknown'));
    }
    const known = elected.flatMap(({ mandate, index }) => (mandate.start === undefined ? [] : [{ mandate, start: mandate.start, index }])).sort((a, b) => (a.start < b.start ? -1 : 1));
    const chains = new Map<string, { count: number; previous: Mandate }>();
    return known.flatMap(({ mandate, start, index }) => {
      const chain = chains.get(mandate.post);
      const consecutive = chain !== undefined && chain.previous.end !== undefined && start <= addDays(chain.previous.end, GAP_DAYS);
      const count = consecutive ? chain.count + 1 : 1;
      chains.set(mandate.post, { count, previous: mandate });
      if (count <= allowed) return [];
      const found = finding(
        { rule: 'term-limit', official: official.data.id, subject: `${mandate.post}:${start}`, date: start, unit: 'terms', threshold: String(allowed), observed: String(count) },
        [{ evidence: `mandates:${official.data.id}:${mandate.post}:${mandateKey(mandate, index)}`, source: `${official.file}:${official.locate(['mandates', index]).line}` }],
      );
      return [mandate.exception ? { ...found, explanation: mandate.exception } : found];
    });
  });
  return { findings, notJudged };
}

export const termLimit: Rule = {
  id: 'term-limit',
  title: { nl: 'Opeenvolgende termijnen', fr: 'Mandats successifs', en: 'Consecutive terms' },
  description: {
    nl: 'Meer opeenvolgende verkozen termijnen in dezelfde functie dan toegestaan; een vastgelegde uitzondering staat ernaast.',
    fr: 'Plus de mandats électifs successifs dans la même fonction que permis ; une exception enregistrée est indiquée à côté.',
    en: 'More consecutive elected terms in the same post than allowed; a recorded exception is shown beside it.',
  },
  reads: ['maxConsecutiveTerms'],
  check: (context) => judge(context).findings,
  notJudged: (context) => judge(context).notJudged,
};
