// Every schema accepts a good record and rejects each kind of bad one with the words a staff member reads.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { agendaEntrySchema } from '../../src/schemas/agenda.ts';
import { bodySchema } from '../../src/schemas/body.ts';
import { complaintStatSchema } from '../../src/schemas/complaint.ts';
import { declarationSchema } from '../../src/schemas/declaration.ts';
import { expenditureSchema } from '../../src/schemas/expenditure.ts';
import { giftSchema } from '../../src/schemas/gift.ts';
import { incomeSchema } from '../../src/schemas/income.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { officialSchema } from '../../src/schemas/official.ts';
import { remunerationSchema } from '../../src/schemas/remuneration.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { validateRecord } from '../../src/lib/loading/validate-record.ts';

/** The messages a staff member would read, as `field: message`. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const { problems } = validateRecord(schema, value, () => ({ file: 'f', line: 1, column: 1 }));
  return problems.map((problem) => `${problem.field}: ${problem.message}`);
}

const agenda = { id: 'a-2025-0001', date: '2025-03-14', start: '09:30', end: '10:30', officials: 'an-verlinden; tom-claes', title: 'Overleg', category: 'internal' };

describe('agenda entry', () => {
  it('accepts a row as it comes from a CSV file, lists and all', () => {
    expect(agendaEntrySchema.parse(agenda)).toMatchObject({ officials: ['an-verlinden', 'tom-claes'], date: '2025-03-14' });
  });
  it('rejects a date that does not exist, a time on a 12-hour clock and an end before the start', () => {
    expect(messages(agendaEntrySchema, { ...agenda, date: '2025-02-30', start: '9.30 PM' })).toMatchInlineSnapshot(`
      [
        "date: "2025-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14",
        "start: "9.30 PM" is not a time: write it as HH:MM on the 24-hour clock, e.g. 09:30",
      ]
    `);
    expect(messages(agendaEntrySchema, { ...agenda, start: '11:00', end: '10:00' })).toMatchInlineSnapshot(`
      [
        "end: 10:00 is not after the start 11:00: an appointment ends after it starts",
      ]
    `);
  });
  it('takes a date without a time (the source states none), and refuses an end without a start', () => {
    // Empty cells of a CSV row reach the schema as fields left out.
    const { start: _start, end: _end, ...dateOnly } = agenda;
    const untimed = agendaEntrySchema.parse(dateOnly);
    expect(untimed.date).toBe('2025-03-14');
    expect(untimed.start).toBeUndefined();
    expect(untimed.end).toBeUndefined();
    expect(messages(agendaEntrySchema, { ...dateOnly, end: '10:30' })).toMatchInlineSnapshot(`
      [
        "end: 10:30 is an end without a start: write the start time too, or leave end empty if the source gives no time (an appointment without a time is published as a whole day)",
      ]
    `);
    const meeting = { body: 'council', date: '2025-02-10', items: [{ title: 'Begroting' }], present: ['an-verlinden'] };
    expect(meetingSchema.parse(meeting).start).toBeUndefined();
    expect(messages(meetingSchema, { ...meeting, end: '22:00' })).toEqual(['end: 22:00 is an end without a start: write the start time too, or leave end empty if the source gives no time (a meeting without a time is published as a whole day)']);
  });
  it('says which required field is missing and which category is allowed', () => {
    expect(messages(agendaEntrySchema, { ...agenda, officials: '', title: undefined, category: 'lobby' })).toMatchInlineSnapshot(`
      [
        "officials: is required",
        "title: is required",
        "category: "lobby" is not allowed: write one of interest-representatives, public-event, council-work, internal, media, citizens, other",
      ]
    `);
  });
  it('refuses personal contact data in published text', () => {
    expect(messages(agendaEntrySchema, { ...agenda, title: 'Bel Jan op 0475 12 34 56', location: 'jan@example.org' })).toMatchInlineSnapshot(`
      [
        "title: holds a phone number ("0475 12 34 56" at character 12): published text may not contain personal contact data; remove it",
        "location: holds an e-mail address ("jan@example.org" at character 1): published text may not contain personal contact data; remove it",
      ]
    `);
  });
  it('refuses a title in a language the portal does not have, and a column that is not a field', () => {
    expect(messages(agendaEntrySchema, { ...agenda, title: { de: 'Treffen' }, room: '2' })).toMatchInlineSnapshot(`
      [
        "title: has "de", which is not a language: use nl, fr or en",
        "title: needs a text in at least one language (nl, fr or en)",
        "room: is not a field of this record: check its spelling, or remove it",
      ]
    `);
  });
});

describe('money', () => {
  const line = { id: 'e-1', date: '2025-01-02', amount: '1234.56', category: 'office', payee: 'Drukkerij', description: 'Papier' };
  it('holds amounts as exact cents', () => {
    expect(expenditureSchema.parse(line).amount).toBe(123456);
    expect(expenditureSchema.parse({ ...line, amount: '0.1' }).amount).toBe(10);
    expect(expenditureSchema.parse({ ...line, amount: 12.5 }).amount).toBe(1250);
  });
  it('rejects decimal commas, currency signs and a third decimal', () => {
    expect(messages(expenditureSchema, { ...line, amount: '1.234,56' })).toMatchInlineSnapshot(`
      [
        "amount: "1.234,56" is not an amount: write digits with a decimal point and at most two decimals, no currency sign or thousands separator, e.g. 1234.56",
      ]
    `);
    expect(messages(expenditureSchema, { ...line, amount: '€ 12' })).toMatchInlineSnapshot(`
      [
        "amount: "€ 12" is not an amount: write digits with a decimal point and at most two decimals, no currency sign or thousands separator, e.g. 1234.56",
      ]
    `);
    expect(messages(expenditureSchema, { ...line, amount: '12.345' })).toMatchInlineSnapshot(`
      [
        "amount: "12.345" is not an amount: write digits with a decimal point and at most two decimals, no currency sign or thousands separator, e.g. 1234.56",
      ]
    `);
  });
});

describe('official', () => {
  const official = { name: 'An Verlinden', sortName: 'Verlinden, An', mandates: [{ post: 'councillor', body: 'council', selection: 'elected', start: '2025-01-01', paid: true }] };
  it('accepts a person with a running mandate and no signature yet', () => {
    expect(officialSchema.parse(official).signatures).toEqual([]);
  });
  it('rejects a mandate that ends before it starts, and a missing name', () => {
    const { name: _name, ...nameless } = official;
    expect(messages(officialSchema, { ...nameless, mandates: [{ ...official.mandates[0], end: '2024-12-31' }] })).toMatchInlineSnapshot(`
      [
        "name: is required",
        "mandates.0.end: 2024-12-31 is before the start 2025-01-01: a mandate ends after it starts",
      ]
    `);
  });
  it('rejects an id-like value that is not an id, and a yes/no that is neither', () => {
    expect(messages(officialSchema, { ...official, mandates: [{ ...official.mandates[0], post: 'Council Member', paid: 'maybe' }] })).toMatchInlineSnapshot(`
      [
        "mandates.0.post: "Council Member" is not a valid post id: use lower-case letters, digits and hyphens, e.g. councillor",
        "mandates.0.paid: "maybe" is not yes or no: write true or false",
      ]
    `);
  });
});

describe('the other record kinds', () => {
  it('accept a good record each', () => {
    expect(bodySchema.safeParse({ id: 'council', name: { nl: 'Raad' }, classification: 'council', posts: [{ id: 'councillor', label: 'Raadslid', paid: 'ja' }] }).success).toBe(true);
    expect(meetingSchema.safeParse({ body: 'council', date: '2025-02-10', start: '19:30', items: [{ title: 'Begroting', votes: { for: 3, against: 1 } }], present: ['an-verlinden'] }).success).toBe(true);
    expect(declarationSchema.safeParse({ submitted: '2026-03-01', sidePositions: [{ organisation: 'Vzw X', role: 'Bestuurder', paid: false }] }).success).toBe(true);
    expect(giftSchema.safeParse({ id: 'g-1', date: '2025-04-02', official: 'an-verlinden', giver: 'Theater', description: 'Tickets', value: '40.00', outcome: 'declined', reportedTo: 'Commissie' }).success).toBe(true);
    expect(remunerationSchema.safeParse({ official: 'an-verlinden', month: '2025-01', netSalary: '1850.00', expenses: '0', attendanceFees: '0.00' }).success).toBe(true);
    expect(incomeSchema.safeParse({ id: 'i-1', date: '2025-01-15', amount: '20.00', category: 'donation', donor: 'd-0001', description: 'Gift' }).success).toBe(true);
    expect(complaintStatSchema.safeParse({ period: '2025-Q1', outcome: 'rejected', count: '2' }).success).toBe(true);
  });
  it('reject what the code of ethics needs to be recorded', () => {
    expect(messages(giftSchema, { id: 'g-1', date: '2025-04-02', official: 'an-verlinden', giver: 'Theater', description: 'Tickets', value: '40.00', outcome: 'accepted', reportedTo: 'Commissie' })).toMatchInlineSnapshot(`
      [
        "reason: is required when a gift is accepted: say why it was accepted",
      ]
    `);
    expect(messages(incomeSchema, { id: 'i-1', date: '2025-01-15', amount: '20.00', category: 'donation', description: 'Gift' })).toMatchInlineSnapshot(`
      [
        "donor: is required for a donation: give the donor a reference such as d-0042, so that the donation cap can be checked",
      ]
    `);
    expect(messages(declarationSchema, { submitted: '2026-03-01', sidePositions: [{ organisation: 'Vzw X', role: 'Bestuurder', paid: 'no', amount: '100.00' }] })).toMatchInlineSnapshot(`
      [
        "sidePositions.0.amount: is given for an unpaid position: set paid to true or remove the amount",
      ]
    `);
    expect(messages(meetingSchema, { body: 'council', date: '2025-02-10', start: '19:30', items: [], present: [] })).toMatchInlineSnapshot(`
      [
        "items: needs at least one agenda item",
      ]
    `);
    expect(messages(complaintStatSchema, { period: '2025-5', outcome: 'lost', count: '-1' })).toMatchInlineSnapshot(`
      [
        "period: "2025-5" is not a quarter: write it as YYYY-Qn, e.g. 2025-Q1",
        "outcome: "lost" is not allowed: write one of upheld, partly-upheld, rejected, withdrawn, pending",
        "count: must be a whole number such as 3, not "-1"",
      ]
    `);
  });
});

describe('dates and values as registers write them', () => {
  const gift = { id: 'g-1', date: '2025-04-02', official: 'an-verlinden', giver: 'Delegatie', description: 'Geschenk', value: '40.00', outcome: 'declined', reportedTo: 'Commissie' };
  it('keeps a date known to the year, the month or the day as written, YAML years and dates too', () => {
    expect(['2015', '2025-03', '2025-03-14', 2015, new Date('2024-02-29T00:00:00Z')].map((date) => giftSchema.parse({ ...gift, date }).date)).toEqual(['2015', '2025-03', '2025-03-14', '2015', '2024-02-29']);
    const position = { organisation: 'Vzw X', role: 'Bestuurder', paid: false };
    expect(declarationSchema.parse({ submitted: '2026-03-01', sidePositions: [{ ...position, start: 2015, end: '2024-06' }] }).sidePositions[0]).toMatchObject({ start: '2015', end: '2024-06' });
  });
  it('refuses any other date with the three forms it may take', () => {
    expect(['2025-13', '2025-02-30', '03/2025', '25', 'about 2015', '2025-3'].flatMap((date) => messages(giftSchema, { ...gift, date }))).toMatchInlineSnapshot(`
      [
        "date: "2025-13" is not a date: write the day as YYYY-MM-DD (2025-03-14), or only the month as YYYY-MM (2025-03) or the year as YYYY (2015) when the register gives no more",
        "date: "2025-02-30" is not a date: write the day as YYYY-MM-DD (2025-03-14), or only the month as YYYY-MM (2025-03) or the year as YYYY (2015) when the register gives no more",
        "date: "03/2025" is not a date: write the day as YYYY-MM-DD (2025-03-14), or only the month as YYYY-MM (2025-03) or the year as YYYY (2015) when the register gives no more",
        "date: "25" is not a date: write the day as YYYY-MM-DD (2025-03-14), or only the month as YYYY-MM (2025-03) or the year as YYYY (2015) when the register gives no more",
        "date: "about 2015" is not a date: write the day as YYYY-MM-DD (2025-03-14), or only the month as YYYY-MM (2025-03) or the year as YYYY (2015) when the register gives no more",
        "date: "2025-3" is not a date: write the day as YYYY-MM-DD (2025-03-14), or only the month as YYYY-MM (2025-03) or the year as YYYY (2015) when the register gives no more",
      ]
    `);
    expect(messages(declarationSchema, { submitted: '2026-03-01', sidePositions: [{ organisation: 'Vzw X', role: 'Bestuurder', paid: false, start: '2024-06', end: '2024-05' }] })).toMatchInlineSnapshot(`
      [
        "sidePositions.0.end: 2024-05 is before the start 2024-06: a position ends after it starts",
      ]
    `);
  });
  it('reads a value as an exact amount, unknown, a bound or a range, in cents', () => {
    expect(['45.00', 45, 'unknown', 'Unknown', '< 50', '<50', '> 1000', '50-150', '50 - 150.50'].map((value) => giftSchema.parse({ ...gift, value }).value)).toEqual([
      { form: 'exact', cents: 4500 },
      { form: 'exact', cents: 4500 },
      { form: 'unknown' },
      { form: 'unknown' },
      { form: 'below', max: 5000 },
      { form: 'below', max: 5000 },
      { form: 'above', min: 100000 },
      { form: 'between', min: 5000, max: 15000 },
      { form: 'between', min: 5000, max: 15050 },
    ]);
  });
  it('refuses an empty value, a value in words, a reversed range, a negative one and a currency sign, saying what to write', () => {
    expect(['', 'about 50', '150-50', '-5.00', '€ 45', '45,00', '< 0', '> 99999999'].flatMap((value) => messages(giftSchema, { ...gift, value }))).toMatchInlineSnapshot(`
      [
        "value: is required: write an amount (45.00), unknown, a bound (< 50 or > 1000) or a range (50-150), without currency sign",
        "value: "about 50" is not a value: write an amount (45.00), unknown, a bound (< 50 or > 1000) or a range (50-150), without currency sign",
        "value: "150-50" is not a range: write the lower amount first and make it smaller than the higher, e.g. 50-150",
        "value: "-5.00" is negative: a value is zero or more; write an amount (45.00), unknown, a bound (< 50 or > 1000) or a range (50-150), without currency sign",
        "value: "€ 45" is not a value: write an amount (45.00), unknown, a bound (< 50 or > 1000) or a range (50-150), without currency sign",
        "value: "45,00" is not a value: write an amount (45.00), unknown, a bound (< 50 or > 1000) or a range (50-150), without currency sign",
        "value: "< 0" is below zero: a value is zero or more; write 0.00 for a gift without value",
        "value: "> 99999999" is more than 90000000.00 (ninety million), the most one amount may be: check for an extra digit or a missing decimal point",
      ]
    `);
  });
});

describe('site configuration', () => {
  const site = {
    name: 'Org', description: 'Desc', languages: ['nl', 'fr'], defaultLanguage: 'nl', timeZone: 'Europe/Brussels', currency: 'EUR',
    baseUrl: 'https://example.org/', licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    rules: { monthlyPayCap: '2200', giftThreshold: '50', donationCap: '5000', donationPublicationThreshold: '500', campaignSpendingLimit: '20000', maxConsecutiveTerms: 2, declarationYearsAfterOffice: 3, coolingOffYears: 5, complaintResponseDays: 14 },
    ethicsCode: { versions: [{ id: '2024', adopted: '2024-06-01' }] },
  };
  it('accepts a complete configuration', () => {
    expect(siteSchema.parse(site).rules.monthlyPayCap).toBe(220000);
  });
  it('rejects a default language that is not published, an unknown time zone and a lower-case currency', () => {
    expect(messages(siteSchema, { ...site, defaultLanguage: 'en', timeZone: 'Europe/Brusels', currency: 'eur' })).toMatchInlineSnapshot(`
      [
        "timeZone: "Europe/Brusels" is not a time zone: use an IANA name such as Europe/Brussels",
        "currency: must be a three-letter ISO 4217 code such as EUR",
        "defaultLanguage: en is not among languages (nl, fr): add it there or pick one of them",
      ]
    `);
  });
});

describe('the data dictionary', () => {
  it('has a description for every field of every published table', async () => {
    const { DATASET_SCHEMAS } = await import('../../src/schemas/datasets.ts');
    const { fieldsOf } = await import('../../src/lib/loading/schema-fields.ts');
    for (const [name, schema] of Object.entries(DATASET_SCHEMAS)) {
      for (const field of fieldsOf(schema)) expect(field.description, `${name}.${field.name}`).not.toBe('');
    }
  });
});

describe('the data dictionary in every language', () => {
  it('has a description in Dutch, French and English for every field of every published table', async () => {
    const { DATASET_SCHEMAS } = await import('../../src/schemas/datasets.ts');
    const { fieldsOf } = await import('../../src/lib/loading/schema-fields.ts');
    const missing: string[] = [];
    for (const [name, schema] of Object.entries(DATASET_SCHEMAS)) {
      for (const field of fieldsOf(schema)) {
        const where = `${name}.${field.name}`;
        const texts = field.descriptions;
        if (texts === undefined) {
          missing.push(`${where}: no descriptions`);
          continue;
        }
        for (const lang of ['nl', 'fr', 'en'] as const) if (texts[lang].trim() === '') missing.push(`${where}: empty ${lang}`);
        if (texts.en !== field.description) missing.push(`${where}: en differs from description`);
        for (const lang of ['nl', 'fr'] as const) {
          if (texts[lang] === texts.en) missing.push(`${where}: ${lang} is the English text`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
