/**
 * A signal of the code-of-ethics checks: a neutral statement that a record crosses a threshold of the
 * organisation's own rules, with the evidence. Published as the `signals` dataset.
 */
import { z } from 'zod';
import { describe, list, localized, oneOf, partialDate, ref, text, yesNo } from './fields.ts';

export const RULE_IDS = [
  'pay-cap', 'gift-outcome', 'gift-value-unclear', 'donation-cap', 'campaign-limit', 'term-limit', 'dual-roles', 'missing-declaration',
  'cooling-off', 'late-agenda', 'late-complaints', 'unsigned-code', 'refused-income',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const signalSchema = z.object({
  id: describe(text, {
    en: 'Stable id of the signal: the rule and what it is about',
    nl: 'Vaste id van het signaal: de regel en waarover het gaat',
    fr: 'Identifiant stable du signal : la règle et son objet',
  }),
  rule: describe(oneOf(RULE_IDS), {
    en: 'The rule that gave the signal',
    nl: 'De regel die het signaal gaf',
    fr: 'La règle qui a donné le signal',
  }),
  official: describe(ref('official', 'an-verlinden'), {
    en: 'The official concerned, if any',
    nl: 'De betrokken mandataris, indien van toepassing',
    fr: 'Le mandataire concerné, le cas échéant',
  }).optional(),
  subject: describe(text, {
    en: 'What the signal is about, e.g. a month, a year, a donor reference or a campaign',
    nl: 'Waarover het signaal gaat, bv. een maand, een jaar, een schenkersreferentie of een campagne',
    fr: 'Objet du signal, p. ex. un mois, une année, une référence de donateur ou une campagne',
  }),
  date: describe(partialDate, {
    en: 'Day the situation arose, or only its month or year where the record gives no more',
    nl: 'Dag waarop de situatie ontstond, of alleen de maand of het jaar als het gegeven niet meer vermeldt',
    fr: 'Jour où la situation est apparue, ou seulement le mois ou l’année si la donnée n’en dit pas plus',
  }),
  unit: describe(oneOf(['money', 'days', 'terms', 'count', 'date']), {
    en: 'Unit of the threshold and the observed value',
    nl: 'Eenheid van de drempel en de vastgestelde waarde',
    fr: 'Unité du seuil et de la valeur constatée',
  }),
  threshold: describe(text, {
    en: 'The threshold of the rule, from the site configuration',
    nl: 'De drempel van de regel, uit de configuratie van de site',
    fr: 'Le seuil de la règle, tiré de la configuration du site',
  }),
  observed: describe(text, {
    en: 'The value observed in the records',
    nl: 'De waarde die in de gegevens werd vastgesteld',
    fr: 'La valeur constatée dans les données',
  }).optional(),
  evidence: describe(list(text), {
    en: 'The records the signal rests on, as dataset:id',
    nl: 'De gegevens waarop het signaal steunt, als dataset:id',
    fr: 'Les enregistrements sur lesquels repose le signal, sous la forme dataset:id',
  }),
  sources: describe(list(text), {
    en: 'The files and lines of those records',
    nl: 'De bestanden en regels van die gegevens',
    fr: 'Les fichiers et lignes de ces enregistrements',
  }),
  acknowledged: describe(yesNo, {
    en: 'Whether an explanation has been recorded',
    nl: 'Of er een uitleg is vastgelegd',
    fr: 'Si une explication a été enregistrée',
  }),
  explanation: describe(localized, {
    en: 'The explanation recorded, shown beside the signal',
    nl: 'De vastgelegde uitleg, getoond naast het signaal',
    fr: 'L’explication enregistrée, affichée à côté du signal',
  }).optional(),
});

export type Signal = z.output<typeof signalSchema>;

/** Why a rule could not judge a mandate: its start is unknown, or the source does not say whether it was elected or appointed. */
export const NOT_JUDGED_REASONS = ['start-unknown', 'selection-unknown'] as const;

/**
 * A mandate a rule did not judge, with the reason: listed beside the rule's signals, never a signal and
 * never skipped silently. `mandate` is its place in the official's list (0 for the first).
 */
export interface NotJudged {
  rule: RuleId;
  official: string;
  post: string;
  mandate: number;
  /** The mandate's key on the official's page (mandateKey), for its anchor. */
  key: string;
  reason: (typeof NOT_JUDGED_REASONS)[number];
}
