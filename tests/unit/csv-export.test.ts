// Published CSV read back equals the records it was written from, whatever the text holds: quotes,
// commas, line breaks, accents, emoji, and cells that a spreadsheet would otherwise run as formulas.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula, writeDatasets } from '../../src/lib/datasets/write.ts';
import type { SiteData } from '../../src/lib/loading/load-site.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import type { Expenditure } from '../../src/schemas/expenditure.ts';

const site = siteSchema.parse({
  name: 'Org', description: 'Test', languages: ['nl', 'fr', 'en'], defaultLanguage: 'nl', timeZone: 'Europe/Brussels', currency: 'EUR', baseUrl: 'https://example.org/',
  licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  rules: { monthlyPayCap: '2200', giftThreshold: '50', donationCap: '5000', donationPublicationThreshold: '500', campaignSpendingLimit: '20000', maxConsecutiveTerms: 2, declarationYearsAfterOffice: 3, coolingOffYears: 5, complaintResponseDays: 14 },
  ethicsCode: { versions: [{ id: '2024', adopted: '2024-06-01' }] },
});

function organisation(lines: Expenditure[]): SiteData {
  const loaded = lines.map((data, index) => ({ data, file: '/org/data/expenditure/2025.csv', line: index + 2, locate: () => ({ file: 'x', line: 1, column: 1 }) }));
  return { dir: '/org', site, bodies: [], officials: [], agenda: [], meetings: [], declarations: [], gifts: [], travel: [], remuneration: [], income: [], expenditure: loaded, complaints: [], acknowledgements: [], pages: [] };
}

/** Text with what breaks naive CSV: separators, quotes, line breaks, accents, emoji, formula starts. */
const nastyText = fc
  .array(fc.oneof(fc.constantFrom(',', ';', '"', '""', '\n', '\r\n', '\t', '=', '+', '-', '@', "'", 'é', 'ç', 'Ö', '€', '😀', '👩🏽‍⚖️', ' ', 'SUM(A1)', '=HYPERLINK("x")'), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

async function roundTrip(lines: Expenditure[]) {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-csv-'));
  try {
    await writeDatasets(organisation(lines), dir);
    const text = readFileSync(join(dir, 'data', 'expenditure.csv'), 'utf8');
    const json = JSON.parse(readFileSync(join(dir, 'data', 'expenditure.json'), 'utf8')) as Array<Record<string, unknown>>;
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, newline: '\r\n', skipEmptyLines: 'greedy' }).data;
    return { text, rows, json };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('CSV export', () => {
  it('reads back every cell exactly, for any text (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ payee: nastyText, description: nastyText, cents: fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }) }), { minLength: 1, maxLength: 5 }), async (cases) => {
        const lines = cases.map((c, index): Expenditure => ({ id: `e-${index + 1}`, date: '2025-01-02', amount: c.cents, category: 'office', payee: c.payee, description: c.description }));
        const { rows, json } = await roundTrip(lines);
        expect(rows).toHaveLength(lines.length);
        rows.forEach((row, index) => {
          const line = lines[index] as Expenditure;
          expect(restoreFormula(row.payee ?? '')).toBe(line.payee);
          expect(restoreFormula(row.description ?? '')).toBe(line.description);
          expect(json[index]?.payee).toBe(line.payee);
          expect(Math.round(Number(row.amount) * 100)).toBe(line.amount);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('never leaves a cell that a spreadsheet would run as a formula, but keeps numbers as numbers', () => {
    for (const text of ['=1+1', '+31 6', '-cmd', '@SUM(A1)', '\tx', '\rx', "'=already"]) expect(neutraliseFormula(text).startsWith("'")).toBe(true);
    for (const number of ['-12.50', '+3', '42']) expect(neutraliseFormula(number)).toBe(number);
  });

  it('writes a byte order mark, CRLF line ends and quotes only where needed', async () => {
    const { text } = await roundTrip([{ id: 'e-1', date: '2025-01-02', amount: 10, category: 'office', payee: 'Drukkerij "Noord", Gent', description: 'Papier' }]);
    expect(text).toBe(
      '\uFEFFid,date,amount,category,payee,description,campaign,official,refund,sourceUrl,source\r\n' +
        'e-1,2025-01-02,0.10,office,"Drukkerij ""Noord"", Gent",Papier,,,,,data/expenditure/2025.csv:2\r\n',
    );
  });
});
