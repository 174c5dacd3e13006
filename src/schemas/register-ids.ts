/**
 * Ids of organisations (and officials) in public registers, each checked by its format and, where the
 * register has one, its check digit: a wrong number is refused with where to check it, never published.
 * `REGISTER_LINKS` gives the public page of each id.
 */
import { z } from 'zod';
import type { EnumLabels } from './labels.ts';
import { blankToUndefined, shown } from './raw-values.ts';

/**
 * A register id field: trimmed text, then checked by `check`, which returns the stored form or an error.
 * A number is refused rather than read as its digits: YAML reads `0999001218` as 999001218, a leading 0 lost.
 */
function registerId(example: string, check: (value: string) => { ok: string } | { error: string }) {
  return z
    .preprocess(
      blankToUndefined,
      z
        .string({
          error: (iss) =>
            iss.input === undefined ? 'is required' : typeof iss.input === 'number' ? `is read as the number ${shown(iss.input)}, which may have lost a leading 0: write the id in quotes, e.g. "${example}"` : `must be text, not ${shown(iss.input)}: write the id in quotes, e.g. "${example}"`,
        })
        .transform((value, ctx) => {
          const checked = check(value);
          if ('ok' in checked) return checked.ok;
          ctx.addIssue({ code: 'custom', message: checked.error, input: value });
          return z.NEVER;
        }),
    )
    .meta({ kind: 'text', example });
}

/** Whether the last two of 10 digits are 97 minus the first eight modulo 97 (Belgian enterprise number). */
export function kboCheckOk(digits: string): boolean {
  return /^\d{10}$/.test(digits) && 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** Whether digits pass the Luhn check (SIREN). */
export function luhnOk(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, index) => {
    let digit = Number(char);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  });
  return /^\d+$/.test(digits) && sum % 10 === 0;
}

/** The EU Transparency Register: 9 to 12 digits, a hyphen and 2 digits. */
export const euTransparencyRegisterId = registerId('123456789012-34', (value) =>
  /^\d{9,12}-\d{2}$/.test(value)
    ? { ok: value }
    : { error: `${shown(value)} is not an EU Transparency Register id: write 9 to 12 digits, a hyphen and 2 digits as the register shows it, e.g. 123456789012-34 (check on transparency-register.europa.eu)` },
);

/** The Belgian enterprise number (KBO/BCE), stored as `0123.456.749`. */
export const kboNumber = registerId('0123.456.749', (value) => {
  const digits = value.replace(/[.\s]/g, '');
  if (!/^\d{4}\.?\d{3}\.?\d{3}$/.test(value.replace(/\s/g, '')) || !/^[01]\d{9}$/.test(digits)) {
    return { error: `${shown(value)} is not a KBO enterprise number: write 10 digits starting with 0 or 1, as 0123.456.749 or 0123456749 (check on kbopub.economie.fgov.be)` };
  }
  if (!kboCheckOk(digits)) return { error: `${shown(value)} fails the KBO check digit (mod 97): check the number on kbopub.economie.fgov.be` };
  return { ok: `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` };
});

/** The Dutch Chamber of Commerce (KvK) number: 8 digits, no check digit. */
export const kvkNumber = registerId('12345678', (value) =>
  /^\d{8}$/.test(value) ? { ok: value } : { error: `${shown(value)} is not a KvK number: write its 8 digits, e.g. 12345678 (check on kvk.nl/zoeken)` },
);

/** The French SIREN: 9 digits with a Luhn check (spaces allowed, stored without). */
export const sirenNumber = registerId('123456782', (value) => {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return { error: `${shown(value)} is not a SIREN number: write its 9 digits, e.g. 123456782 (check on annuaire-entreprises.data.gouv.fr)` };
  if (!luhnOk(digits)) return { error: `${shown(value)} fails the SIREN check digit (Luhn): check the number on annuaire-entreprises.data.gouv.fr` };
  return { ok: digits };
});

/** A Wikidata item: Q and digits. */
export const wikidataId = registerId('Q42', (value) =>
  /^Q[1-9]\d*$/.test(value) ? { ok: value } : { error: `${shown(value)} is not a Wikidata item id: write Q and its digits as shown on the item's page, e.g. Q42 (check on www.wikidata.org)` },
);

/** The registers an organisation can be identified in, in the order they are shown. */
export const REGISTERS = ['euTransparencyRegister', 'kbo', 'kvk', 'siren', 'wikidata'] as const;
export type Register = (typeof REGISTERS)[number];

/** What each register is called, for readers. */
export const REGISTER_LABELS = {
  euTransparencyRegister: { en: 'EU Transparency Register', nl: 'EU-transparantieregister', fr: 'Registre de transparence de l’UE' },
  kbo: { en: 'Belgian enterprise number (KBO)', nl: 'Ondernemingsnummer (KBO)', fr: 'Numéro d’entreprise (BCE)' },
  kvk: { en: 'Dutch Chamber of Commerce (KvK)', nl: 'KvK-nummer', fr: 'Chambre de commerce néerlandaise (KvK)' },
  siren: { en: 'French SIREN number', nl: 'Frans SIREN-nummer', fr: 'Numéro SIREN' },
  wikidata: { en: 'Wikidata', nl: 'Wikidata', fr: 'Wikidata' },
} as const satisfies EnumLabels<Register>;

/** The public page of an id in its register. */
export const REGISTER_LINKS: Readonly<Record<Register, (value: string) => string>> = {
  euTransparencyRegister: (value) => `https://transparency-register.europa.eu/searchregister-or-update/organisation-detail_en?id=${encodeURIComponent(value)}`,
  kbo: (value) => `https://kbopub.economie.fgov.be/kbopub/toonondernemingps.html?ondernemingsnummer=${value.replace(/\D/g, '')}`,
  kvk: (value) => `https://www.kvk.nl/zoeken/?source=all&q=${encodeURIComponent(value)}`,
  siren: (value) => `https://annuaire-entreprises.data.gouv.fr/entreprise/${encodeURIComponent(value)}`,
  wikidata: (value) => `https://www.wikidata.org/wiki/${encodeURIComponent(value)}`,
};
