// A donor at or under the publication threshold is never named: every line that names one is refused, and so
// is a name without a donor reference, whose yearly total cannot be checked. Donors and names are invented.
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/lib/loading/check-references.ts';
import type { Loaded, SiteData } from '../../src/lib/loading/load-site.ts';
import { incomeSchema, type Income } from '../../src/schemas/income.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const config = siteSchema.parse({
  name: 'Org', description: 'Test', languages: ['nl', 'fr', 'en'], defaultLanguage: 'nl', timeZone: 'Europe/Brussels', currency: 'EUR', baseUrl: 'https://example.org/',
  licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  rules: {
    monthlyPayCap: '2200.00', giftThreshold: '50.00', donationCap: '2000.00', donationPublicationThreshold: '500.00', campaignSpendingLimit: '1000.00',
    maxConsecutiveTerms: 2, declarationYearsAfterOffice: 3, coolingOffYears: 5, complaintResponseDays: 14,
  },
  ethicsCode: { versions: [{ id: '2024', adopted: '2024-06-01' }] },
});

function site(income: Loaded<Income>[], financialYearStart = 1): SiteData {
  return { dir: '/org', site: { ...config, financialYearStart }, bodies: [], officials: [], agenda: [], meetings: [], declarations: [], gifts: [], travel: [], remuneration: [], income, expenditure: [], complaints: [], acknowledgements: [], pages: [] };
}

let nextLine = 2;
/** An income line as it comes from a CSV row, validated by its schema; its place is its line in x.csv. */
function line(date: string, amount: string, donor: string, donorName: string, category = 'donation'): Loaded<Income> {
  // Empty cells are left out, as the CSV reader does.
  const data = incomeSchema.parse({ id: `i-${nextLine}`, date, amount, category, ...(donor ? { donor } : {}), ...(donorName ? { donorName } : {}), description: 'Gift' });
  const at = nextLine++;
  return { data, file: 'data/income/x.csv', line: at, locate: (path) => ({ file: 'data/income/x.csv', line: at, column: path.length ? 10 : 1 }) };
}

/** The donor problems, as `line field: message`. */
function refusals(income: Loaded<Income>[], financialYearStart = 1): string[] {
  return checkReferences(site(income, financialYearStart), new Set())
    .filter((problem) => problem.field === 'donorName')
    .map((problem) => `${problem.line} ${problem.field}: ${problem.message}`);
}

describe('small donors', () => {
  it('refuses every line that names a donor whose yearly total is at or under the threshold, and none above it', () => {
    const income = [
      line('2025-01-10', '300.00', 'd-0001', 'Voorbeeld Eén'),
      line('2025-06-10', '200.00', 'd-0001', 'Voorbeeld Eén'),
      line('2025-02-01', '300.00', 'd-0002', 'Voorbeeld Twee'),
      line('2025-03-01', '200.01', 'd-0002', ''),
      line('2025-04-01', '0.10', 'd-0003', 'Voorbeeld Drie'),
    ];
    const [first, second, , , small] = income;
    expect(refusals(income)).toEqual([
      `${first?.line} donorName: names a donor who gave 500.00 in 2025, not above the publication threshold of 500.00: remove the name, small donors are never named`,
      `${second?.line} donorName: names a donor who gave 500.00 in 2025, not above the publication threshold of 500.00: remove the name, small donors are never named`,
      `${small?.line} donorName: names a donor who gave 0.10 in 2025, not above the publication threshold of 500.00: remove the name, small donors are never named`,
    ]);
  });

  it('adds up per calendar year: above the threshold over two years is still small in each', () => {
    expect(refusals([line('2024-12-31', '400.00', 'd-0004', 'Voorbeeld Vier'), line('2025-01-01', '400.00', 'd-0004', '')])).toHaveLength(1);
  });

  it('adds up per financial year where it does not start in January, as the money pages name donors', () => {
    // 300.00 on 31 December 2024 and 300.00 on 1 January 2025: small in each calendar year, 600.00 in the year from April 2024.
    const across = () => [line('2024-12-31', '300.00', 'd-0008', 'Voorbeeld Acht'), line('2025-01-01', '300.00', 'd-0008', '')];
    expect(refusals(across())).toHaveLength(1);
    expect(refusals(across(), 4)).toEqual([]);
    // 400.00 on 31 March and 400.00 on 1 April 2025: 800.00 in 2025, but two financial years of 400.00.
    const split = line('2025-03-31', '400.00', 'd-0009', 'Voorbeeld Negen');
    expect(refusals([split, line('2025-04-01', '400.00', 'd-0009', '')], 4)).toEqual([
      `${split.line} donorName: names a donor who gave 400.00 in 2024-25, not above the publication threshold of 500.00: remove the name, small donors are never named`,
    ]);
  });

  it('refuses a name without a donor reference, on a donation or any other line, with the fix', () => {
    const income = [line('2025-05-01', '25.00', '', 'Voorbeeld Vijf', 'membership-fees'), line('2025-05-02', '9000.00', '', 'Voorbeeld Zes', 'subsidy')];
    expect(refusals(income)).toEqual(
      income.map(
        (named) =>
          `${named.line} donorName: names a donor without a donor reference: add the donor's reference in donor, e.g. d-0042, so that their yearly total can be checked against the publication threshold`,
      ),
    );
  });

  it('accepts lines without a name, with or without a reference', () => {
    expect(refusals([line('2025-05-01', '25.00', 'd-0007', ''), line('2025-05-01', '350.00', '', '', 'membership-fees')])).toEqual([]);
  });
});
