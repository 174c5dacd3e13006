/**
 * A signal of the code-of-ethics checks: a neutral statement that a record crosses a threshold of the
 * organisation's own rules, with the evidence. Published as the `signals` dataset.
 */
import { z } from 'zod';
import { describe, isoDate, list, localized, oneOf, ref, text, yesNo } from './fields.ts';

export const RULE_IDS = [
  'pay-cap', 'gift-outcome', 'donation-cap', 'campaign-limit', 'term-limit', 'dual-roles', 'missing-declaration',
  'cooling-off', 'late-agenda', 'late-complaints', 'unsigned-code', 'refused-income',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const signalSchema = z.object({
  id: describe(text, 'Stable id of the signal: the rule and what it is about'),
  rule: describe(oneOf(RULE_IDS), 'The rule that gave the signal'),
  official: describe(ref('official', 'an-verlinden'), 'The official concerned, if any').optional(),
  subject: describe(text, 'What the signal is about, e.g. a month, a year, a donor reference or a campaign'),
  date: describe(isoDate, 'Day the situation arose'),
  unit: describe(oneOf(['money', 'days', 'terms', 'count', 'date']), 'Unit of the threshold and the observed value'),
  threshold: describe(text, 'The threshold of the rule, from the site configuration'),
  observed: describe(text, 'The value observed in the records'),
  evidence: describe(list(text), 'The records the signal rests on, as dataset:id'),
  sources: describe(list(text), 'The files and lines of those records'),
  acknowledged: describe(yesNo, 'Whether an explanation has been recorded'),
  explanation: describe(localized, 'The explanation recorded, shown beside the signal').optional(),
});

export type Signal = z.output<typeof signalSchema>;
