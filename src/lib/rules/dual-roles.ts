/**
 * Two paid mandates held at once, or two posts the configuration declares incompatible. A pair with a
 * mandate whose start is unknown is judged only when its end comes before the other's start (no overlap);
 * otherwise that mandate is listed as not judged.
 */
import { mandateKey, type Mandate } from '../../schemas/official.ts';
import { finding, notJudgedMandate, type Judged, type Rule, type RuleContext } from './rule.ts';

const overlapStart = (a: Mandate & { start: string }, b: Mandate & { start: string }): string | undefined => {
  const start = a.start > b.start ? a.start : b.start;
  const ends = [a.end, b.end].filter((end): end is string => end !== undefined).sort();
  return ends[0] === undefined || ends[0] >= start ? start : undefined;
};

const known = (mandate: Mandate): mandate is Mandate & { start: string } => mandate.start !== undefined;

/** Whether a mandate of unknown start certainly ended before the other began. */
const endsBefore = (unknown: Mandate, other: Mandate): boolean => unknown.end !== undefined && other.start !== undefined && unknown.end < other.start;

function judge({ site }: RuleContext): Judged {
  const incompatible = (site.site.rules.incompatiblePosts ?? []).map((pair) => new Set(pair));
  const notJudged: Judged['notJudged'] = [];
  const findings = site.officials.flatMap((official) => {
    const { mandates } = official.data;
    const found = [];
    const unjudged = new Set<number>();
    for (let i = 0; i < mandates.length; i++) {
      for (let j = i + 1; j < mandates.length; j++) {
        const a = mandates[i] as Mandate;
        const b = mandates[j] as Mandate;
        if (a.post === b.post) continue;
        const bothPaid = a.paid && b.paid;
        const declared = incompatible.some((pair) => pair.has(a.post) && pair.has(b.post));
        if (!bothPaid && !declared) continue;
        if (!known(a) || !known(b)) {
          if (endsBefore(a, b) || endsBefore(b, a)) continue;
          if (!known(a)) unjudged.add(i);
          if (!known(b)) unjudged.add(j);
          continue;
        }
        const start = overlapStart(a, b);
        if (start === undefined) continue;
        const posts = [a.post, b.post].sort().join('+');
        found.push(
          finding(
            { rule: 'dual-roles', official: official.data.id, subject: `${posts}:${start}`, date: start, unit: 'count', threshold: declared ? '0' : '1', observed: declared ? '1' : '2' },
            [i, j].map((index) => ({ evidence: `mandates:${official.data.id}:${(mandates[index] as Mandate).post}:${mandateKey(mandates[index] as Mandate, index)}`, source: `${official.file}:${official.locate(['mandates', index]).line}` })),
          ),
        );
      }
    }
    for (const index of [...unjudged].sort((x, y) => x - y)) {
      notJudged.push(notJudgedMandate('dual-roles', official.data.id, mandates[index] as Mandate, index, 'start-unknown'));
    }
    return found;
  });
  return { findings, notJudged };
}

export const dualRoles: Rule = {
  id: 'dual-roles',
  title: { nl: 'Cumul van functies', fr: 'Cumul de fonctions', en: 'Multiple posts' },
  description: {
    nl: 'Twee bezoldigde mandaten tegelijk, of twee functies die volgens de configuratie niet samengaan.',
    fr: 'Deux mandats rémunérés en même temps, ou deux fonctions déclarées incompatibles par la configuration.',
    en: 'Two paid mandates at the same time, or two posts that the configuration declares incompatible.',
  },
  reads: ['incompatiblePosts'],
  needs: [],
  check: (context) => judge(context).findings,
  notJudged: (context) => judge(context).notJudged,
};
