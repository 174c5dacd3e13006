// The small jobs of the import, one by one: bytes to text, separators, dates, times, amounts, empty
// cells, several names in one cell, and names of private individuals.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/staff/import/decode.ts';
import { detectDelimiter, parseDelimited } from '../../src/lib/staff/import/delimited.ts';
import { isMissing, normaliseAmount, readAmount, normaliseDate, normaliseMonth, normaliseTime, splitList } from '../../src/lib/staff/import/normalise.ts';
import { OfficialFinder, personalName, privateIndividuals } from '../../src/lib/staff/import/people.ts';
import { sortNameOf } from '../../src/lib/staff/import/plan-officials.ts';

describe('reading the bytes of an export', () => {
  it('reads UTF-8 with and without a BOM, and Windows-1252', () => {
    expect(decodeBytes(new TextEncoder().encode('Café'))).toEqual({ text: 'Café', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({ text: 'Café', encoding: 'utf-8 with BOM' });
    expect(decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x96]))).toEqual({ text: 'Café € –', encoding: 'windows-1252' });
  });

  it('finds the separator on the header line, even with decimal commas in the rows', () => {
    expect(detectDelimiter('date;amount;description')).toBe(';');
    expect(detectDelimiter('date\tamount')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    const table = parseDelimited('sep=;\r\ndate;amount\r\n2025-01-01;1.234,56\r\n\r\n2025-01-02;"line\r\nbreak"\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows.map((row) => [row.line, row.cells.amount])).toEqual([[3, '1.234,56'], [5, 'line\nbreak']]);
  });

  it('reports a row with more cells than the header, and accepts trailing empty cells', () => {
    const table = parseDelimited('a,b\n1,2,\n1,2,3\n');
    expect(table.rows).toHaveLength(1);
    expect(table.unreadable).toEqual([{ line: 3, message: 'has 3 cells but the header has 2: a value with a "," or a line break must be written in double quotes' }]);
  });
});

describe('normalising values', () => {
  it('reads the four date forms, and leaves an impossible date for validation to report', () => {
    expect(['2017-01-20', '20/01/2017', '20-01-2017', '20-Jan-17', '20.01.2017', '20 januari 2017', '2017-01-20 00:00:00'].map((v) => normaliseDate(v))).toEqual(Array(7).fill('2017-01-20'));
    expect(normaliseDate('01/20/2017', 'MM/DD/YYYY')).toBe('2017-01-20');
    expect(normaliseDate('31/02/2025')).toBe('31/02/2025');
    expect(normaliseDate('45678')).toBe('2025-01-21');
  });

  it('reads times, time ranges and months', () => {
    expect(['9:30', '09.30', '9u30', '9h30', '09:30:00', '9:30 AM', '0.3958333333'].map(normaliseTime)).toEqual(Array(7).fill('09:30'));
    expect(normaliseTime('2:15 pm')).toBe('14:15');
    // A register's date without a time gives no time, never 00:00; a time stated as 00:00 stays.
    expect(['hele dag', 'Toute la journée', 'all day', '2025-03-14', '14/03/2025', '14/03/2025 00:00:00', '2025-03-14T00:00'].map(normaliseTime)).toEqual(Array(7).fill(''));
    expect(['14/03/2025 09:30', '2025-03-14T14:15:00'].map(normaliseTime)).toEqual(['09:30', '14:15']);
    expect(normaliseTime('00:00')).toBe('00:00');
    expect(['2025-3', '03/2025', 'Mar 2025', 'mrt-25', '2025-03-14'].map(normaliseMonth)).toEqual(Array(5).fill('2025-03'));
  });

  it('reads decimal commas, thousands separators and currency signs as 1234.56', () => {
    expect(['1.234,56', '1,234.56', '1 234,56', '€ 1.234,56', "1'234.56", '1234,56', '£1,234.56'].map((v) => normaliseAmount(v))).toEqual(Array(7).fill('1234.56'));
    expect(['0,10', '12,5', '2.500', '-89,90', '(89.90)', '89.90-', '0'].map((v) => normaliseAmount(v))).toEqual(['0.10', '12.50', '2500.00', '-89.90', '-89.90', '-89.90', '0.00']);
    expect(normaliseAmount('12,345', ',')).toBe('12,345'); // three decimals is not an amount: left for validation to report
    expect(normaliseAmount('about 12')).toBe('about 12');
  });

  it('reads amounts as registers write them: 70,- is 70, a sign only where one is written, the rest and the guesses said', () => {
    const forms = ['€ 70,-', '70,-', '€70,—', '1.234,-', '€ 1.234,56', '1.234,56', '£1,800', 'EUR 50.00 excl. BTW', '1 234,56 €', '-12,50', '(12.50)', '12.5 EUR', '1.234'];
    expect(forms.map((form) => readAmount(form).value)).toEqual(['70.00', '70.00', '70.00', '1234.00', '1234.56', '1234.56', '1800.00', '50.00', '1234.56', '-12.50', '-12.50', '12.50', '1234.00']);
    expect(readAmount('EUR 50.00 excl. BTW').rest).toBe('excl. BTW');
    expect(readAmount('£1,800').ambiguous).toContain('read as a thousands separator');
    expect(readAmount('1.234', ',')).toEqual({ value: '1234.00' }); // the mapping's decimal setting decides, nothing to report
    expect(readAmount('1,80', ',')).toEqual({ value: '1.80' });
    expect(readAmount('1.234,56').ambiguous).toBeUndefined();
    // Not amounts: a range, a stray parenthesis, digits in the words after it. Left for validation to report.
    expect(['50-100', '(12.50', '12.50 of 13.00', '70,-50'].map((form) => readAmount(form).value)).toEqual(['50-100', '(12.50', '12.50 of 13.00', '70,-50']);
    expect(readAmount('123456789012345678,90').value).toBe('123456789012345678.90'); // exact: no floating point on the way
  });

  it('takes NA and its cousins for empty cells', () => {
    expect(['', ' ', 'NA', 'n/a', '#N/A', 'n.v.t.', '-', 'null'].every(isMissing)).toBe(true);
    expect(isMissing('Nadia')).toBe(false);
  });

  it('splits several names in one cell, but not an organisation with its legal form', () => {
    expect(splitList('Fietsersbond Noord, Wijkcomité Kanaal, vzw; Rederij Kaai / Havenbedrijf')).toEqual(['Fietsersbond Noord', 'Wijkcomité Kanaal, vzw', 'Rederij Kaai', 'Havenbedrijf']);
    expect(splitList('A & B, C', '&')).toEqual(['A', 'B, C']);
  });
});

describe('people', () => {
  const finder = new OfficialFinder(
    [
      { id: 'an-verlinden', name: 'An Verlinden', sortName: 'Verlinden, An' },
      { id: 'sofie-van-rompaey', name: 'Sofie Van Rompaey', sortName: 'Van Rompaey, Sofie' },
    ],
    { 'Minister Verlinden': 'an-verlinden' },
  );

  it('finds officials by id, by name in any order and case, and by the mapping', () => {
    expect(['an-verlinden', 'An Verlinden', 'verlinden an', 'Verlinden, An', 'Minister Verlinden', 'Mevr. An Verlinden'].map((v) => finder.find(v))).toEqual(Array(6).fill('an-verlinden'));
    expect(finder.find('Tom Claes')).toBeUndefined();
    expect(sortNameOf('Sofie Van Rompaey')).toBe('Van Rompaey, Sofie');
  });

  it('recognises names of private individuals, and not organisations', () => {
    expect(personalName('Mevr. Claes')).toBe('a title such as Mr or Mevr.');
    expect(personalName('J. Peeters')).toBe('initials and a family name');
    expect(personalName('Jan Peeters')).toBe('a first name and a family name');
    for (const organisation of ['Fietsersvereniging Noordkant', 'Wijkcomité Kanaal, vzw', 'Theater Noord', 'Jan Peeters NV', 'Coöperatie Zonnedak']) expect(personalName(organisation)).toBeUndefined();
    expect([privateIndividuals('3 citizens'), privateIndividuals('particulier'), privateIndividuals('Bewonersgroep Kaai')]).toEqual([3, 1, undefined]);
  });
});
