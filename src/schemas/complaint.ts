/** Complaint statistics: counts per period and outcome in `data/complaints.csv`; never the complainant. */
import { z } from 'zod';
import { count, describe, oneOf } from './fields.ts';
import type { EnumLabels } from './labels.ts';

export const COMPLAINT_OUTCOMES = ['upheld', 'partly-upheld', 'rejected', 'withdrawn', 'pending'] as const;

/** The outcome of a complaint, for readers. */
export const COMPLAINT_OUTCOME_LABELS = {
  upheld: { en: 'upheld', nl: 'gegrond', fr: 'fondée' },
  'partly-upheld': { en: 'partly upheld', nl: 'deels gegrond', fr: 'partiellement fondée' },
  rejected: { en: 'rejected', nl: 'ongegrond', fr: 'non fondée' },
  withdrawn: { en: 'withdrawn', nl: 'ingetrokken', fr: 'retirée' },
  pending: { en: 'pending', nl: 'lopend', fr: 'en cours' },
} as const satisfies EnumLabels<(typeof COMPLAINT_OUTCOMES)[number]>;

export const complaintStatSchema = z
  .object({
    period: describe(
      z.string().regex(/^\d{4}-Q[1-4]$/, { error: (iss) => `${JSON.stringify(iss.input)} is not a quarter: write it as YYYY-Qn, e.g. 2025-Q1` }).meta({ kind: 'text', example: '2025-Q1' }),
      {
        en: 'Quarter the complaints were received in',
        nl: 'Kwartaal waarin de klachten binnenkwamen',
        fr: 'Trimestre de réception des plaintes',
      },
    ),
    outcome: describe(oneOf(COMPLAINT_OUTCOMES, COMPLAINT_OUTCOME_LABELS), {
      en: 'How the complaints ended',
      nl: 'Hoe de klachten afgehandeld werden',
      fr: 'Issue des plaintes',
    }),
    count: describe(count, {
      en: 'Number of complaints',
      nl: 'Aantal klachten',
      fr: 'Nombre de plaintes',
    }),
    medianResponseDays: describe(count, {
      en: 'Median days until the complainant was answered',
      nl: 'Mediaan aantal dagen tot de klager een antwoord kreeg',
      fr: 'Nombre médian de jours avant la réponse au plaignant',
    }).optional(),
    maxResponseDays: describe(count, {
      en: 'Longest days until the complainant was answered',
      nl: 'Langste aantal dagen tot de klager een antwoord kreeg',
      fr: 'Nombre maximal de jours avant la réponse au plaignant',
    }).optional(),
  })
  .strict();

export type ComplaintStat = z.output<typeof complaintStatSchema>;
