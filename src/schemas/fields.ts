/**
 * The building blocks of every record schema: ids, dates, times, money, lists and free text.
 *
 * Each helper carries its own error message (written for the staff member who reads it in a pull
 * request) and a `meta` entry that the data dictionary and the published table schemas read:
 * `kind` says what the value is, `example` shows a valid value.
 */
import { z } from 'zod';
import { blankToUndefined, notWebAddress, shown } from './raw-values.ts';
import { findPersonalData } from './personal-data.ts';

/** The interface languages Vitrine ships. */
export { shown } from './raw-values.ts';
export { MAX_AMOUNT, MAX_AMOUNT_CENTS, money, moneyNotNegative, negativeOnlyAsRefund, statedValue, toCents } from './money-fields.ts';
export { partialDate } from './partial-date.ts';
export { labelsOf, oneOf } from './labels.ts';

export const LANGUAGES = ['nl', 'fr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** What the dictionary and exporters need to know about a field, beyond its zod type. */
export interface FieldMeta {
  kind: 'id' | 'ref' | 'text' | 'localized' | 'date' | 'partialDate' | 'time' | 'datetime' | 'month' | 'year' | 'money' | 'statedValue' | 'count' | 'boolean' | 'enum' | 'list' | 'url' | 'email';
  description?: string;
  example?: string;
  /** For `ref`: the record kind the value points to. */
  ref?: RefTarget;
  unit?: string;
}

declare module 'zod' {
  interface GlobalMeta {
    kind?: FieldMeta['kind'];
    example?: string;
    ref?: RefTarget;
    unit?: string;
    /** The field's description in every interface language; `description` holds the English one. */
    descriptions?: { en: string; nl: string; fr: string };
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * The longest id: ids become parts of file names and addresses (`/calendar/<id>.ics`,
 * `/nl/meetings/<id>/`), and a file name may be at most 255 bytes on common file systems.
 */
export const MAX_ID_LENGTH = 100;

/** Whether a text is an id: lower-case letters, digits and single hyphens, at most MAX_ID_LENGTH long. */
export function isId(text: string): boolean {
  return text.length <= MAX_ID_LENGTH && SLUG.test(text);
}

/** A stable identifier: lower-case letters, digits and single hyphens, e.g. `an-verlinden`. */
export const id = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be text, not ${shown(iss.input)}`) })
      .regex(SLUG, {
        error: (iss) => `${shown(iss.input)} is not a valid id: use lower-case letters, digits and hyphens, e.g. an-verlinden`,
      })
      .max(MAX_ID_LENGTH, { error: (iss) => `is ${String(iss.input).length} characters long: an id may have at most ${MAX_ID_LENGTH}, as it becomes part of file names and addresses` }),
  )
  .meta({ kind: 'id', example: 'an-verlinden' });

/** What a reference can point at; `src/schemas/kinds.ts` says where each lives and how a wrong one is fixed. */
export type RefTarget = 'official' | 'body' | 'post' | 'code version';

/** A reference to another record by its id; its `ref` meta is what the cross-check reads (`src/schemas/refs.ts`). */
export function ref(kind: RefTarget, example: string) {
  return z
    .preprocess(
      blankToUndefined,
      z.string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be an id, not ${shown(iss.input)}`) }).regex(SLUG, {
        error: (iss) => `${shown(iss.input)} is not a valid ${kind} id: use lower-case letters, digits and hyphens, e.g. ${example}`,
      }),
    )
    .meta({ kind: 'ref', ref: kind, example });
}

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether a value is a valid HH:MM time (for checks that compare two fields). */
export const isTime = (value: unknown): value is string => typeof value === 'string' && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value);

/**
 * A check for records with an optional start and end time on one day: the end comes after the start, and
 * there is no end without a start (a record whose source states no time has neither).
 * `what` names the record in the message, e.g. "an appointment".
 */
export function endsAfterStart(what: string) {
  return (record: { start?: string | undefined; end?: string | undefined }, ctx: z.RefinementCtx) => {
    if (record.end !== undefined && record.start === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `${record.end} is an end without a start: write the start time too, or leave end empty if the source gives no time (${what} without a time is published as a whole day)`,
      });
    }
    if (record.end !== undefined && record.start !== undefined && isTime(record.start) && isTime(record.end) && record.end <= record.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `${record.end} is not after the start ${record.start}: ${what} ends after it starts` });
    }
  };
}

/** Whether a value is a valid YYYY-MM-DD date (for checks that compare two fields). */
export const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value);

/** A calendar date written YYYY-MM-DD. YAML dates are accepted too. */
export const isoDate = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : blankToUndefined(value)),
    z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a date written YYYY-MM-DD, not ${shown(iss.input)}`) })
      .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text), {
        error: (iss) => `${shown(iss.input)} is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14`,
      }),
  )
  .meta({ kind: 'date', example: '2025-03-14' });

/** A time of day on the 24-hour clock, HH:MM, in the site's time zone. */
export const time = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a time written HH:MM, not ${shown(iss.input)}`) })
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
        error: (iss) => `${shown(iss.input)} is not a time: write it as HH:MM on the 24-hour clock, e.g. 09:30`,
      }),
  )
  .meta({ kind: 'time', example: '09:30' });

/** A calendar month written YYYY-MM. */
export const month = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a month written YYYY-MM, not ${shown(iss.input)}`) })
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: (iss) => `${shown(iss.input)} is not a month: write it as YYYY-MM, e.g. 2025-03` }),
  )
  .meta({ kind: 'month', example: '2025-03' });

/** A calendar year. */
export const year = z
  .preprocess(
    (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : blankToUndefined(value)),
    z
      .number({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a year such as 2025, not ${shown(iss.input)}`) })
      .int({ error: (iss) => `${shown(iss.input)} is not a year: write four digits, e.g. 2025` })
      .min(1900, { error: (iss) => `${shown(iss.input)} is not a plausible year: write four digits, e.g. 2025` })
      .max(2200, { error: (iss) => `${shown(iss.input)} is not a plausible year: write four digits, e.g. 2025` }),
  )
  .meta({ kind: 'year', example: '2025' });

/** A whole number, zero or more. */
export const count = z
  .preprocess(
    (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : blankToUndefined(value)),
    z
      .number({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a whole number such as 3, not ${shown(iss.input)}`) })
      .int({ error: (iss) => `${shown(iss.input)} is not a whole number: write digits only, e.g. 3` })
      .min(0, { error: (iss) => `${shown(iss.input)} is negative: write zero or more` }),
  )
  .meta({ kind: 'count', example: '3' });

const TRUE = new Set(['true', 'yes', 'y', 'ja', 'oui', '1']);
const FALSE = new Set(['false', 'no', 'n', 'nee', 'non', '0']);

/** Yes or no: `true`/`false`, `yes`/`no`, `ja`/`nee`, `oui`/`non`. */
export const yesNo = z
  .preprocess(
    (value) => {
      const text = blankToUndefined(value);
      if (typeof text !== 'string') return text;
      const lower = text.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : text;
    },
    z.boolean({ error: (iss) => (iss.input === undefined ? 'is required' : `${shown(iss.input)} is not yes or no: write true or false`) }),
  )
  .meta({ kind: 'boolean', example: 'true' });

/** A web address starting with https:// or http://. */
export const url = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a web address, not ${shown(iss.input)}`) })
      .regex(/^https?:\/\/[^\s]+$/, { error: (iss) => notWebAddress(iss.input) }),
  )
  .meta({ kind: 'url', example: 'https://example.org/page' });

/** A public contact e-mail address of an official or the organisation. */
export const email = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be an e-mail address, not ${shown(iss.input)}`) })
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: (iss) => `${shown(iss.input)} is not an e-mail address, e.g. office@example.org` }),
  )
  .meta({ kind: 'email', example: 'office@example.org' });

/**
 * Personal data that must never appear in free text (e-mail addresses, phone numbers, national register
 * numbers) is found by `personal-data.ts`; `personalDataIn` is re-exported for the callers of this module.
 */
export { findPersonalData, personalDataIn } from './personal-data.ts';

/** Free text that will be published: it must not hold anyone's e-mail, phone or national number. */
export const text = z
  .preprocess(
    blankToUndefined,
    z
      .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be text, not ${shown(iss.input)}`) })
      .superRefine((value, ctx) => {
        // Says where, so that the staff member finds it in a long text: "at character 14" counts from 1.
        const found = findPersonalData(value);
        if (found) {
          const where = `${shown(found.match)} at character ${found.index + 1}`;
          ctx.addIssue({ code: 'custom', message: `holds ${found.what} (${where}): published text may not contain personal contact data; remove it`, input: value });
        }
      }),
  )
  .meta({ kind: 'text', example: 'Town hall, room 2' });

/**
 * Text in one or more languages: either plain text (taken to be in the site's default language) or
 * an object with one entry per language, e.g. `{ nl: "Gemeenteraad", fr: "Conseil communal" }`.
 * In CSV files the per-language form is written as columns `title.nl`, `title.fr`, `title.en`.
 */
export const localized = z
  .union(
    [
      text,
      z
        .object(
          { nl: text.optional(), fr: text.optional(), en: text.optional() },
          {
            error: (iss) =>
              iss.code === 'unrecognized_keys' ? `has ${iss.keys.map((k) => JSON.stringify(k)).join(', ')}, which is not a language: use nl, fr or en` : 'must be text, or an object with nl, fr and en texts',
          },
        )
        .strict()
        .refine((value) => value.nl !== undefined || value.fr !== undefined || value.en !== undefined, {
          error: 'needs a text in at least one language (nl, fr or en)',
        }),
    ],
    {
      error: (iss) => (iss.input === undefined ? 'is required' : `must be text, or an object with nl, fr and en texts, not ${shown(iss.input)}`),
    },
  )
  .meta({ kind: 'localized', example: 'Gemeenteraad' });
export type Localized = z.output<typeof localized>;

/**
 * A list. In YAML, a list; in a CSV cell, the items separated by semicolons (`an-verlinden; tom-claes`).
 */
export function list<T extends z.ZodType>(item: T) {
  return z
    .preprocess((value) => {
      if (typeof value === 'string') {
        const items = value
          .split(';')
          .map((part) => part.trim())
          .filter((part) => part !== '');
        return items.length === 0 ? undefined : items;
      }
      return value === null ? undefined : value;
    }, z.array(item, { error: (iss) => (iss.input === undefined ? 'is required' : `must be a list, not ${shown(iss.input)}`) }))
    .meta({ kind: 'list', example: 'first; second' });
}

/** A field's description in every interface language. */
export type Descriptions = Record<Lang, string>;

/**
 * Attaches the description that the data dictionary shows for a field: either English text alone, or
 * the text in every interface language. The English text is kept as `description`, the texts in all
 * languages as `descriptions`. English text alone leaves `descriptions` as the schema had it.
 */
export function describe<T extends z.ZodType>(schema: T, description: string | Record<'en' | 'nl' | 'fr', string>): T {
  const existing = z.globalRegistry.get(schema) ?? {};
  if (typeof description === 'string') return schema.meta({ ...existing, description }) as T;
  const { en, nl, fr } = description;
  return schema.meta({ ...existing, description: en, descriptions: { en, nl, fr } }) as T;
}

/**
 * The start of an appointment or a meeting: a time on its day, in the site's time zone. Empty when the
 * source gives a date and no time: the record is then published as a whole day, never at 00:00.
 */
export const startTime = describe(time, {
  en: 'Start time, in the site time zone; empty when the source states no time',
  nl: 'Beginuur, in de tijdzone van de site; leeg als de bron geen uur vermeldt',
  fr: 'Heure de début, dans le fuseau horaire du site ; vide si la source n’indique pas d’heure',
}).optional();

/** Its end, when known: on the same day, after the start, never without a start (see `endsAfterStart`). */
export const endTime = describe(time, {
  en: 'End time, in the site time zone',
  nl: 'Einduur, in de tijdzone van de site',
  fr: 'Heure de fin, dans le fuseau horaire du site',
}).optional();
