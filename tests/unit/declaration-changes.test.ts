// Declarations compared year on year: what was added, removed or changed, their sums in cents, and
// which years are due (in office, or within the years after leaving).
import { describe, expect, it } from 'vitest';
import { declarationChanges, declarationTotals, dueDate, yearStatus } from '../../src/lib/interests/declaration-changes.ts';
import type { Declaration } from '../../src/schemas/declaration.ts';
import type { Mandate } from '../../src/schemas/official.ts';
import { toCents } from '../../src/schemas/fields.ts';

const declaration = (year: number, parts: Partial<Declaration>): Declaration => ({ official: 'marc-peeters', year, submitted: `${year + 1}-03-01`, income: [], assets: [], capitalGains: [], sidePositions: [], ...parts });

const y2023 = declaration(2023, {
  income: [
    { source: 'Stad Fixtuur', description: 'Raadslid', amount: toCents('0.10') },
    { source: 'Adviesbureau Noord', description: 'Consultancy', amount: toCents('0.20') },
    { source: 'Vzw Buurtmoestuin', band: '0-5000' },
  ],
  assets: [{ description: 'Spaarrekening', value: toCents('33.33') }],
  sidePositions: [
    { organisation: 'Vzw Buurtmoestuin', role: 'Bestuurder', paid: true, amount: toCents('33.33') },
    { organisation: 'Sportclub Noord', role: 'Penningmeester', paid: false },
  ],
});
const y2024 = declaration(2024, {
  income: [
    { source: 'Adviesbureau Noord', description: 'Consultancy', amount: toCents('0.70') },
    { source: 'Vzw Buurtmoestuin', band: '0-5000' },
    { source: 'Drukkerij Noord', description: 'Lesopdracht', amount: toCents('33.33') },
  ],
  assets: [{ description: 'Spaarrekening', value: toCents('33.33') }],
  capitalGains: [{ description: 'Verkoop van aandelen', amount: toCents('1.10') }, { description: 'Verkoop van een garage', amount: toCents('2.20') }],
  sidePositions: [
    { organisation: 'Vzw Buurtmoestuin', role: 'Bestuurder', paid: true, amount: toCents('33.33') },
    { organisation: 'Sportclub Noord', role: 'Penningmeester', paid: true, amount: toCents('33.33') },
  ],
});

describe('declarationChanges', () => {
  it('finds what was removed, changed and added, section by section', () => {
    const changes = declarationChanges(y2023, y2024);
    expect(changes.map((change) => `${change.section} ${change.kind} ${'fields' in change ? change.fields.join('+') : ''}`.trim())).toEqual([
      'income removed',
      'income changed amount',
      'income added',
      'sidePositions changed amount+paid',
      'capitalGains added',
      'capitalGains added',
    ]);
    expect(changes[0]).toEqual({ section: 'income', kind: 'removed', before: { source: 'Stad Fixtuur', description: 'Raadslid', amount: 10 } });
    expect(changes[1]).toMatchObject({ before: { amount: 20 }, after: { amount: 70 } });
  });

  it('finds nothing for a first declaration or an unchanged one', () => {
    expect(declarationChanges(undefined, y2024)).toEqual([]);
    expect(declarationChanges(y2024, { ...y2024, year: 2025 })).toEqual([]);
  });

  it('tells two items with the same identity apart by their order', () => {
    const twice = declaration(2025, { income: [{ source: 'Stad', amount: 100 }, { source: 'Stad', amount: 200 }] });
    const once = declaration(2026, { income: [{ source: 'Stad', amount: 100 }] });
    expect(declarationChanges(twice, once)).toEqual([{ section: 'income', kind: 'removed', before: { source: 'Stad', amount: 200 } }]);
  });
});

describe('declarationTotals', () => {
  it('adds exact amounts in cents and counts the rest', () => {
    const totals = declarationTotals(y2023);
    expect(totals.incomeExact).toEqual({ cents: 30, lines: 2 });
    expect(totals.incomeOther).toBe(1);
    expect(totals.sidePaid).toEqual({ cents: 3333, lines: 1 });
    expect(totals.sideUnpaid).toBe(1);
    expect(declarationTotals(y2024).capitalGains).toEqual({ cents: 330, lines: 2 });
    expect(declarationTotals(y2024).incomeExact).toEqual({ cents: 3403, lines: 2 });
  });
});

describe('yearStatus and dueDate', () => {
  const mandate = (start: string, end?: string): Mandate => ({ post: 'councillor', body: 'council', selection: 'elected', start, paid: true, ...(end ? { end } : {}) });
  const rules = { declarationYearsAfterOffice: 3, declarationDeadline: '06-30' };

  it('is due every year in office and for the years after leaving, and not before or between', () => {
    const left = [mandate('2019-01-01', '2023-12-31')];
    expect([2018, 2019, 2023, 2024, 2026, 2027].map((year) => yearStatus(left, year, rules))).toEqual(['not-due', 'in-office', 'in-office', 'after-office', 'after-office', 'not-due']);
    const ongoing = [mandate('2019-01-01', '2020-06-30'), mandate('2024-01-01')];
    expect([2021, 2024, 2030].map((year) => yearStatus(ongoing, year, rules))).toEqual(['not-due', 'in-office', 'in-office']);
    expect(yearStatus([mandate('2025-06-30', '2025-07-01')], 2025, rules)).toBe('in-office');
  });

  it('falls on the deadline of the following year', () => {
    expect(dueDate(2024, rules)).toBe('2025-06-30');
  });
});
