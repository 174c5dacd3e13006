/** Two paid mandates held at once, or two posts the configuration declares incompatible. */
import type { Mandate } from '../../schemas/official.ts';
import { finding, type Rule } from './rule.ts';

const overlapStart = (a: Mandate, b: Mandate): string | undefined => {
  const start = a.start > b.start ? a.start : b.start;
  const ends = [a.end, b.end].filter((end): end is string => end !== undefined).sort();
  return ends[0] === undefined || ends[0] >= start ? start : undefined;
};

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
  check({ site }) {
    const incompatible = (site.site.rules.incompatiblePosts ?? []).map((pair) => new Set(pair));
    return site.officials.flatMap((official) => {
      const { mandates } = official.data;
      const found = [];
      for (let i = 0; i < mandates.length; i++) {
        for (let j = i + 1; j < mandates.length; j++) {
          const a = mandates[i] as Mandate;
          const b = mandates[j] as Mandate;
          if (a.post === b.post) continue;
          const start = overlapStart(a, b);
          if (start === undefined) continue;
          const bothPaid = a.paid && b.paid;
          const declared = incompatible.some((pair) => pair.has(a.post) && pair.has(b.post));
          if (!bothPaid && !declared) continue;
          const posts = [a.post, b.post].sort().join('+');
          found.push(
            finding(
              { rule: 'dual-roles', official: official.data.id, subject: `${posts}:${start}`, date: start, unit: 'count', threshold: declared ? '0' : '1', observed: declared ? '1' : '2' },
              [i, j].map((index) => ({ evidence: `mandates:${official.data.id}:${(mandates[index] as Mandate).post}:${(mandates[index] as Mandate).start}`, source: `${official.file}:${official.locate(['mandates', index]).line}` })),
            ),
          );
        }
      }
      return found;
    });
  },
};
