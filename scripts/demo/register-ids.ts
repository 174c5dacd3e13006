/**
 * The demo's organisations with ids in registers (data/organisations.yaml) and the officials' Wikidata
 * items. Every number is fictional but well formed, with its check digit computed: KBO numbers in the
 * 0999 series, SIREN numbers from 999, KvK numbers from 99, Transparency Register ids from 999 and
 * Wikidata items from Q9999, far from the numbers registers have given out.
 */
import type { Random } from './random.ts';

/** A KBO number from 8 digits: the last two are 97 minus the first eight modulo 97. */
export const kbo = (first8: string) => `${first8.slice(0, 4)}.${first8.slice(4, 7)}.${first8.slice(7)}${String(97 - (Number(first8) % 97)).padStart(2, '0')}`;

/** A SIREN from 8 digits, with the Luhn check digit. */
export function siren(first8: string): string {
  for (let check = 0; check <= 9; check += 1) {
    const digits = `${first8}${check}`;
    let sum = 0;
    [...digits].reverse().forEach((char, index) => {
      const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char);
      sum += doubled > 9 ? doubled - 9 : doubled;
    });
    if (sum % 10 === 0) return digits;
  }
  throw new Error(`no Luhn digit for ${first8}`);
}

const digits = (rnd: Random, count: number) => Array.from({ length: count }, () => String(rnd.int(0, 9))).join('');

/** The organisations met most often in the agenda (at most `count`), each with some ids. */
export function organisationEntries(agenda: ReadonlyArray<{ organisations?: string }>, rnd: Random, count: number): Array<Record<string, unknown>> {
  const met = new Map<string, number>();
  for (const row of agenda) for (const name of (row.organisations ?? '').split(';').map((part) => part.trim()).filter(Boolean)) met.set(name, (met.get(name) ?? 0) + 1);
  const names = [...met].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([name]) => name);
  return names.map((name, index) => ({
    name,
    ...(index % 2 === 0 ? { euTransparencyRegister: `999${digits(rnd, 9)}-${digits(rnd, 2)}` } : {}),
    ...(index % 3 !== 2 ? { kbo: kbo(`0999${digits(rnd, 4)}`) } : {}),
    ...(index % 5 === 1 ? { kvk: `99${digits(rnd, 6)}` } : {}),
    ...(index % 5 === 3 ? { siren: siren(`999${digits(rnd, 5)}`) } : {}),
    ...(index % 4 !== 3 ? { wikidata: `Q9999${digits(rnd, 5)}` } : {}),
  }));
}
