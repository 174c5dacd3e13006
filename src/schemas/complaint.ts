/** Complaint statistics: counts per period and outcome in `data/complaints.csv`; never the complainant. */
import { z } from 'zod';
import { count, describe, oneOf } from './fields.ts';

export const COMPLAINT_OUTCOMES = ['upheld', 'partly-upheld', 'rejected', 'withdrawn', 'pending'] as const;

export const complaintStatSchema = z
  .object({
    period: describe(
      z.string().regex(/^\d{4}-Q[1-4]$/, { error: (iss) => `${JSON.stringify(iss.input)} is not a quarter: write it as YYYY-Qn, e.g. 2025-Q1` }).meta({ kind: 'text', example: '2025-Q1' }),
      'Quarter the complaints were received in',
    ),
    outcome: describe(oneOf(COMPLAINT_OUTCOMES), 'How the complaints ended'),
    count: describe(count, 'Number of complaints'),
    medianResponseDays: describe(count, 'Median days until the complainant was answered').optional(),
    maxResponseDays: describe(count, 'Longest days until the complainant was answered').optional(),
  })
  .strict();

export type ComplaintStat = z.output<typeof complaintStatSchema>;
