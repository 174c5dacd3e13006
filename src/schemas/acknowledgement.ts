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
      {
        en: 'Id of the signal explained',
        nl: 'Id van het toegelichte signaal',
        fr: 'Identifiant du signal expliqué',
      },
    ),
    date: describe(isoDate, {
      en: 'Day the explanation was recorded',
      nl: 'Dag waarop de uitleg werd vastgelegd',
      fr: 'Jour où l’explication a été enregistrée',
    }),
    explanation: describe(localized, {
      en: 'Why the situation is acceptable, or what was done about it',
      nl: 'Waarom de situatie aanvaardbaar is, of wat eraan gedaan werd',
      fr: 'Pourquoi la situation est acceptable, ou ce qui a été fait pour y remédier',
    }),
  })
  .strict();

export type Acknowledgement = z.output<typeof acknowledgementSchema>;
