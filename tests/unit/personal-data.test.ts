// Personal contact data in published text: every form it is written in is found, with its place; the numbers
// minutes and agendas are full of are not. Every number and address here is invented; the national register
// numbers, IBANs and enterprise numbers carry check digits computed for this test.
import { describe, expect, it } from 'vitest';
import { findPersonalData, personalDataIn } from '../../src/schemas/personal-data.ts';
import { text } from '../../src/schemas/fields.ts';

const EMAIL = 'an e-mail address';
const PHONE = 'a phone number';
const NRN = 'a national register number';

/** [text, kind found, the match as written in the text] */
const FOUND: Array<[string, string, string]> = [
  // National register numbers: 85-07-30, counter 033, check 28 (born before 2000); 05-04-12 with the 2 in front.
  ['85073003328', NRN, '85073003328'],
  ['RR 85.07.30-033.28', NRN, '85.07.30-033.28'],
  ['nummer 85 07 30 033 28 van de klager', NRN, '85 07 30 033 28'],
  ['Rijksregisternummer: 850730-033-28.', NRN, '850730-033-28'],
  ['né en 2005, n° 05.04.12-157.33', NRN, '05.04.12-157.33'],
  ['bisnummer 72.45.05-123.02', NRN, '72.45.05-123.02'],
  // Belgian phone numbers.
  ['Bel 0470123456', PHONE, '0470123456'],
  ['Bel An op 0470 12 34 56 na 18 uur', PHONE, '0470 12 34 56'],
  ['gsm 0470/12.34.56', PHONE, '0470/12.34.56'],
  ['tel. 02/123.45.67', PHONE, '02/123.45.67'],
  ['tel. 02 123 45 67', PHONE, '02 123 45 67'],
  ['(02) 123 45 67', PHONE, '(02) 123 45 67'],
  ['021234567', PHONE, '021234567'],
  ['0470 / 12 34 56', PHONE, '0470 / 12 34 56'],
  ['mobiel 0470 123 456', PHONE, '0470 123 456'],
  ['+32 (0)2 123 45 67', PHONE, '+32 (0)2 123 45 67'],
  ['+32 470 12 34 56', PHONE, '+32 470 12 34 56'],
  ['+32470123456', PHONE, '+32470123456'],
  ['0032 2 123 45 67', PHONE, '0032 2 123 45 67'],
  ['0032 (0)470 12 34 56', PHONE, '0032 (0)470 12 34 56'],
  // Dutch.
  ['06-12345678', PHONE, '06-12345678'],
  ['0612345678', PHONE, '0612345678'],
  ['+31 6 12345678', PHONE, '+31 6 12345678'],
  ['020-1234567', PHONE, '020-1234567'],
  ['+31 (0)20 123 4567', PHONE, '+31 (0)20 123 4567'],
  // French.
  ['06 12 34 56 78', PHONE, '06 12 34 56 78'],
  ['01.23.45.67.89', PHONE, '01.23.45.67.89'],
  ['+33 6 12 34 56 78', PHONE, '+33 6 12 34 56 78'],
  ['0033 1 23 45 67 89', PHONE, '0033 1 23 45 67 89'],
  // Elsewhere.
  ['+1 202 555 0143', PHONE, '+1 202 555 0143'],
  ['+49 30 1234567', PHONE, '+49 30 1234567'],
  // Written with full-width, no-break or invisible characters.
  ['０４７０ １２ ３４ ５６', PHONE, '０４７０ １２ ３４ ５６'],
  ['＋３２ ４７０ １２ ３４ ５６', PHONE, '＋３２ ４７０ １２ ３４ ５６'],
  ['0470\u00a012\u00a034\u00a056', PHONE, '0470\u00a012\u00a034\u00a056'],
  ['0470\u200b123456', PHONE, '0470\u200b123456'],
  ['0470\u201112\u201134\u201156', PHONE, '0470\u201112\u201134\u201156'],
  // Next to dates, times and a second number.
  ['14.03.2025 0470 12 34 56', PHONE, '0470 12 34 56'],
  ['Bel 0470 12 34 56 om 09:30', PHONE, '0470 12 34 56'],
  ['02 123 45 67 / 0470 12 34 56', PHONE, '02 123 45 67'],
  // E-mail addresses, plain and obfuscated.
  ['an.voorbeeld@example.org', EMAIL, 'an.voorbeeld@example.org'],
  ['mail an＠example.org', EMAIL, 'an＠example.org'],
  ['an [at] example [dot] org', EMAIL, 'an [at] example [dot] org'],
  ['schrijf an(at)example.org', EMAIL, 'an(at)example.org'],
  ['an.voorbeeld (at) example (dot) be', EMAIL, 'an.voorbeeld (at) example (dot) be'],
  ['marie{arobase}exemple[point]fr', EMAIL, 'marie{arobase}exemple[point]fr'],
];

/** Text that holds no personal data, and numbers that look like it. */
const NOT_FOUND: string[] = [
  '(01.01.2016 – 01.07.2016)',
  '01/01/2016-01/07/2016',
  'van 01.01.2016 - 01.07.2016',
  '2025-03-14',
  'op 14.03.2025 om 09.30-11.00',
  '09:30-11:00',
  'op 01.03.2025 10 deelnemers',
  '1.234.567,89',
  'EUR 1 234 567,00',
  'EUR 1 034 567 890',
  '€ 70,-',
  '2019-2024',
  'i-2026-900010',
  'd-09002',
  'exp-2025-000123',
  // Belgian enterprise numbers (a company's, with a valid check): 4.3.3, and compact after "BE" or its name.
  '0123.456.749',
  'BE 0123 456 749',
  'BTW BE 0123.456.749',
  'ondernemingsnummer 0123456749',
  // EU Transparency Register id.
  '123456789012-34',
  'Wetstraat 16, 1000 Brussel',
  'art. 12 §3',
  // IBANs (an organisation's account; see personal-data.ts for why they pass).
  'BE88 0631 2345 6712',
  'BE88063123456712',
  'NL13 ZZBK 0123 4567 89',
  'FR76 3000 4000 0312 3456 7890 143',
  '12,5 %',
  '0,5%',
  '2 x 45 minutes',
  'Stemming: 12 voor, 0 tegen, 3 onthoudingen',
  // Eleven digits that fail the national register number's check.
  '85073003361',
  'https://example.org/eli/wet/2016/01/01/2016000123',
  'volg @vitrine',
  'Zaal 0.12, verdieping 3',
];

describe('findPersonalData', () => {
  it.each(FOUND)('finds %j as %s', (input, what, match) => {
    const found = findPersonalData(input);
    expect(found).toEqual({ what, match, index: input.indexOf(match) });
    expect(personalDataIn(input)).toBe(what);
  });

  it.each(NOT_FOUND)('lets %j pass', (input) => {
    expect(findPersonalData(input)).toBeUndefined();
    expect(personalDataIn(input)).toBeUndefined();
  });

  it('reports the place in the original text when full-width, wide and expanding characters come before', () => {
    // Ｔ Ｅ Ｌ are one UTF-16 unit each, 📞 two, ﬁ one (two once normalised), ： one: the number starts at 7.
    const line = 'ＴＥＬ📞ﬁ：０４７０ １２ ３４ ５６ (An)';
    expect(findPersonalData(line)).toEqual({ what: PHONE, index: 7, match: '０４７０ １２ ３４ ５６' });
    // A caller turns the index into a line and column of a Markdown file.
    const minutes = `# Notulen\n\nAanwezig: An, Tom.\n${line}\n`;
    const found = findPersonalData(minutes);
    expect(found?.match).toBe('０４７０ １２ ３４ ５６');
    const before = minutes.slice(0, found?.index);
    expect({ line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') }).toEqual({ line: 4, column: 8 });
  });

  it('gives the first piece of data in the text, whatever its kind', () => {
    expect(findPersonalData('Bel 0470 12 34 56 of mail an@example.org')).toMatchObject({ what: PHONE, index: 4 });
    expect(findPersonalData('Mail an@example.org of bel 0470 12 34 56')).toMatchObject({ what: EMAIL, index: 5 });
  });

  // No time is asserted (a time depends on the machine): a pattern that backtracked without end on these
  // would not return before the test's timeout.
  it('finds nothing in long and hostile text that only looks like data', () => {
    expect(findPersonalData('a'.repeat(20_000) + ' [at] ' + 'b.'.repeat(20_000))).toBeUndefined();
    expect(findPersonalData('1 '.repeat(50_000))).toBeUndefined();
    expect(findPersonalData('Punt 4 van 14.03.2025 (09.30-11.00), EUR 1 234 567,89; art. 12 §3. '.repeat(3000))).toBeUndefined();
  });
});

describe('the text field', () => {
  it('says what it found and where, with the fix', () => {
    const result = text.safeParse('Bel An op 0470 12 34 56');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'holds a phone number ("0470 12 34 56" at character 11): published text may not contain personal contact data; remove it',
    ]);
  });
  it('accepts a date range that the earlier check took for a phone number', () => {
    expect(text.parse('Mandaat (01.01.2016 – 01.07.2016)')).toBe('Mandaat (01.01.2016 – 01.07.2016)');
  });
});
