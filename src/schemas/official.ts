/** An official: one YAML file per person in `data/officials/<id>.yaml`; the file name is the id. */
import { z } from 'zod';
import { describe, email, isDate, isoDate, localized, oneOf, ref, text, url, yesNo } from './fields.ts';

/** One mandate: a post held from a start date, until an end date if it has ended. */
export const mandateSchema = z
  .object({
    post: describe(ref('post', 'councillor'), 'Id of the post held (from bodies.yaml)'),
    body: describe(ref('body', 'council'), 'Id of the body the post belongs to'),
    selection: describe(oneOf(['elected', 'appointed']), 'How the official got the post'),
    start: describe(isoDate, 'First day of the mandate'),
    end: describe(isoDate, 'Last day of the mandate; empty while it runs').optional(),
    paid: describe(yesNo, 'Whether the mandate is paid'),
    exception: describe(localized, 'The recorded exception that allows a term beyond the limit, e.g. approval by the members').optional(),
  })
  .strict()
  .superRefine((mandate, ctx) => {
    if (mandate.end !== undefined && isDate(mandate.start) && isDate(mandate.end) && mandate.end < mandate.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `${mandate.end} is before the start ${mandate.start}: a mandate ends after it starts` });
    }
  });

/** The date an official signed a version of the code of ethics. */
export const signatureSchema = z
  .object({
    version: describe(ref('code version', '2024'), 'Id of the code version signed (from site.yaml)'),
    date: describe(isoDate, 'Date of signature'),
  })
  .strict();

export const officialSchema = z
  .object({
    name: describe(text, 'Full name as published'),
    sortName: describe(text, 'Name used to sort the directory, family name first'),
    photo: describe(url, 'Address of a portrait photo').optional(),
    email: describe(email, 'Public work e-mail address').optional(),
    website: describe(url, 'Public website or profile').optional(),
    party: describe(text, 'Party or list the official belongs to').optional(),
    mandates: describe(z.array(mandateSchema).min(1, { error: 'needs at least one mandate' }), 'Posts held over time'),
    signatures: describe(z.array(signatureSchema), 'Signatures of the code of ethics').default([]),
  })
  .strict();

export type Official = z.output<typeof officialSchema> & { id: string };
export type Mandate = z.output<typeof mandateSchema>;
export type Signature = z.output<typeof signatureSchema>;
