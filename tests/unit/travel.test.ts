// Travel paid by others: the schema accepts a trip as registers write it (dates to the month, a value
// unknown or given as a range) and refuses each kind of bad row with the words a staff member reads, at
// its file, line and column; the register's order, totals and dates as readers see them; the dataset's
// columns.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { travelOrder, travelSummary, travelTotals, tripDates } from '../../src/lib/interests/travel-register.ts';
import { loadSite } from '../../src/lib/loading/load-site.ts';
import { fieldsOf } from '../../src/lib/loading/schema-fields.ts';
import { validateRecord } from '../../src/lib/loading/validate-record.ts';
import { DATASET_SCHEMAS } from '../../src/schemas/datasets.ts';
import { tripSchema, type Trip } from '../../src/schemas/travel.ts';

const root = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'vitrine-travel-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function messages(schema: z.ZodType, value: unknown): string[] {
  const { problems } = validateRecord(schema, value, () => ({ file: 'f', line: 1, column: 1 }));
  return problems.map((problem) => `${problem.field}: ${problem.message}`);
}

const trip = { id: 't-2025-01', from: '2025-06-11', to: '2025-06-13', official: 'an-verlinden', destination: 'Porto, Portugal', purpose: 'Conferentie over open data', paidBy: 'Stichting Open Raad', value: '640.00' };

describe('a trip paid by others', () => {
  it('accepts dates known only to the month or the year, one date alone, and a value unknown, bounded or given as a range', () => {
    expect(messages(tripSchema, trip)).toEqual([]);
    expect(tripSchema.parse({ ...trip, from: '2025-03', to: '2025-04', value: 'unknown' })).toMatchObject({ from: '2025-03', to: '2025-04', value: { form: 'unknown' } });
    expect(tripSchema.parse({ ...trip, from: '2025', to: undefined, value: '500-1000' })).toMatchObject({ from: '2025', value: { form: 'between', min: 50000, max: 100000 } });
    expect(tripSchema.parse({ ...trip, value: '< 500' }).value).toEqual({ form: 'below', max: 50000 });
    expect(tripSchema.parse({ ...trip, value: '845.10' }).value).toEqual({ form: 'exact', cents: 84510 });
    // A month and a day of it are not in the wrong order: March 2025 to 2 March 2025 may be right.
    expect(messages(tripSchema, { ...trip, from: '2025-03', to: '2025-03-02' })).toEqual([]);
  });

  it('refuses an end before the start, a payer with contact data, a value that is not stated as such, a missing payer and an unknown field', () => {
    expect(messages(tripSchema, { ...trip, from: '2025-06-13', to: '2025-06-11' })).toEqual(['to: 2025-06-11 is before the first day 2025-06-13: a trip ends on or after the day it starts; swap the two dates if they were exchanged']);
    expect(messages(tripSchema, { ...trip, from: '2025-04', to: '2025-03' })).toEqual(['to: 2025-03 is before the first day 2025-04: a trip ends on or after the day it starts; swap the two dates if they were exchanged']);
    const [payer] = messages(tripSchema, { ...trip, paidBy: 'Stichting Open Raad, info@open-raad.example' });
    expect(payer).toMatch(/^paidBy: holds an e-mail address .*published text may not contain personal contact data; remove it$/);
    const [value] = messages(tripSchema, { ...trip, value: 'about 500' });
    expect(value).toMatch(/^value: /);
    expect(value).toContain('unknown');
    expect(messages(tripSchema, { ...trip, from: '2025-13' })).toEqual(['from: "2025-13" is not a date: write the day as YYYY-MM-DD (2025-03-14), or only the month as YYYY-MM (2025-03) or the year as YYYY (2015) when the register gives no more']);
    const { paidBy: _paidBy, ...unpaid } = trip;
    expect(messages(tripSchema, unpaid)).toEqual(['paidBy: is required']);
    expect(messages(tripSchema, { ...trip, payer: 'x' })).toEqual(['payer: is not a field of this record: check its spelling, or remove it']);
  });

  it('is refused in a data file at its file, line and column, with the fix', async () => {
    const org = join(temp, 'org');
    cpSync(join(root, 'tests/fixtures/small-org'), org, { recursive: true });
    writeFileSync(
      join(org, 'data/travel/2025.csv'),
      'id,from,to,official,destination,purpose,paidBy,value\nt-2025-01,2025-06-11,2025-06-13,an-verlinden,"Porto, Portugal",Conferentie,Stichting Open Raad,\nt-2025-02,2025-06-11,2025-06-13,an-verlinen,"Porto, Portugal",Conferentie,Stichting Open Raad,640.00\n',
    );
    const { problems } = await loadSite(org);
    expect(problems.map((problem) => `${relative(org, problem.file)}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}`)).toEqual([
      'data/travel/2025.csv:2:96  value  is required: write an amount (45.00), unknown, a bound (< 50 or > 1000) or a range (50-150), without currency sign',
      'data/travel/2025.csv:3:33  official  "an-verlinen" is not an official: use the id of a file in data/officials/ (did you mean an-verlinden?)',
    ]);
  });
});

describe('the register of travel paid by others', () => {
  const make = (id: string, from: string, official: string, value: string, to?: string): Trip => tripSchema.parse({ ...trip, id, from, to, official, value });
  const trips = [make('t-1', '2025-03', 'an', 'unknown', '2025-03'), make('t-2', '2025-03-14', 'an', '310.00'), make('t-3', '2026-01-02', 'karim', '500-750'), make('t-4', '2025-06-11', 'karim', '640.10', '2025-06-13')];

  it('lists the newest first, a trip dated only to its month after those dated to days in it', () => {
    expect(travelOrder(trips).map((t) => t.id)).toEqual(['t-3', 't-4', 't-2', 't-1']);
  });

  it('adds only exact values, to the cent, and counts the others apart, by year and by official', () => {
    const totals = travelTotals(trips);
    expect(totals.all).toEqual({ cents: 95010, lines: 4, unknown: 1, ranged: 1 });
    expect(totals.byYear.map((t) => [t.key, t.cents, t.lines, t.unknown + t.ranged])).toEqual([['2026', 0, 1, 1], ['2025', 95010, 3, 1]]);
    expect(totals.byOfficial.map((t) => [t.key, t.cents])).toEqual([['karim', 64010], ['an', 31000]]);
    expect(travelSummary(totals.all, 'en', 'EUR').replace(/\u00a0/g, ' ')).toBe('4 trips, worth EUR 950.10 together. Not in this sum: 1 trip of unknown value and 1 trip whose value is given only as a range or bound.');
    // No exact value at all: no sum of 0.00.
    expect(travelSummary(travelTotals([trips[0] as Trip]).all, 'nl', 'EUR')).toBe('1 reis, waarvan de waarde niet exact gekend is.');
  });

  it('shows the dates as stated: one month, or from one day to another', () => {
    expect(tripDates(trips[0] as Trip, 'fr')).toBe('mars 2025');
    expect(tripDates(trips[3] as Trip, 'en')).toBe('11 June 2025 – 13 June 2025');
    expect(tripDates(make('t-5', '2025-06-11', 'an', '1.00'), 'nl')).toBe('11 juni 2025');
  });

  it('is published with the value in explicit columns, never a 0 for a value not known', () => {
    expect(fieldsOf(DATASET_SCHEMAS.travel).map((field) => field.name)).toEqual(['id', 'from', 'to', 'official', 'destination', 'purpose', 'paidBy', 'value', 'valueForm', 'valueMin', 'valueMax', 'sourceUrl', 'source']);
  });
});
