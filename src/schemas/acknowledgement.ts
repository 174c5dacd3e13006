/**
 * Explanations recorded against ethics-rule signals, in `data/acknowledgements.yaml`: a signal stays
 * visible, with the explanation shown beside it.
 */
import { z } from 'zod';
import { describe, isoDate, localized, text } from './fields.ts';

export const acknowledgementSchema = z
  .object({
    signal: describe(
      text.pipe(z.string().regex(/^[a-z-]+:.+$/, { error: 'must be the id of a signal, e.g. pay-cap:an-verlinden:2025-03, as shown on the signal' })),
      'Id of the signal explained',
    ),
    date: describe(isoDate, 'Day the explanation was recorded'),
    explanation: describe(localized, 'Why the situation is acceptable, or what was done about it'),
  })
  .strict();

export type Acknowledgement = z.output<typeof acknowledgementSchema>;
