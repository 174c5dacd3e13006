// A real build of a small fixture organisation: every source record reaches the pages and the datasets,
// and a broken organisation publishes nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-build-'));
const out = join(work, 'site');

const build = runBuild;
/** A built page's HTML, with the no-break spaces that number formats use written as plain spaces. */
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replace(/[\u00a0\u202f]/g, ' ');
const csv = (name: string) => {
  const text = readFileSync(join(out, 'data', `${name}.csv`), 'utf8');
  return { text, rows: Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data };
};
const json = (name: string) => JSON.parse(readFileSync(join(out, 'data', `${name}.json`), 'utf8')) as Array<Record<string, unknown>>;

beforeAll(() => {
  const result = build('tests/fixtures/small-org', out);
  if (result.status !== 0) throw new Error(`the fixture did not build:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('building the small fixture organisation', () => {
  it('makes every section in Dutch, French and English, and / leads to the default language', () => {
    for (const lang of ['nl', 'fr', 'en']) {
      for (const path of ['', 'officials/', 'agenda/', 'meetings/', 'money/', 'datasets/']) {
        expect(page(`${lang}/${path}`)).toContain(`<html lang="${lang}"`);
      }
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('url=/nl/');
  });

  it('gives every official a page, listed in the directory', () => {
    const directory = page('en/officials/');
    for (const [id, name] of [['an-verlinden', 'An Verlinden'], ['karim-dubois', 'Karim Dubois'], ['lise-marchal', 'Lise Marchal']]) {
      expect(directory).toContain(`href="/en/officials/${id}/"`);
      expect(page(`en/officials/${id}`)).toMatch(new RegExp(`<h1[^>]*>${name}</h1>`));
    }
  });

  it('puts every agenda entry on the page of its month', () => {
    expect(page('nl/agenda/2025-02')).toContain('id="a-2025-0001"');
    expect(page('nl/agenda/2025-02')).toContain('id="a-2025-0002"');
    expect(page('nl/agenda/2025-03')).toContain('id="a-2025-0003"');
    expect(page('nl/agenda/2025-03')).toContain('Bewonersavond &quot;Kanaal&quot;, deel 2');
  });

  it('shows an appointment whose source states no time without one: no 00:00, the time "not stated"', () => {
    // a-2025-0002 has a date and no start in the fixture; it is listed on its month, its officials' pages and their years.
    // A table row (month, official's page) or a line of the year's list, which leads to that row.
    const rowOf = (html: string) => (/<tr id="a-2025-0002">[\s\S]*?<\/tr>/.exec(html) ?? /<li><a href="[^"]*#a-2025-0002">[\s\S]*?<\/li>/.exec(html))?.[0] ?? '';
    const words = { nl: 'niet vermeld', fr: 'non indiquée', en: 'not stated' };
    for (const [lang, word] of Object.entries(words)) {
      for (const path of [`${lang}/agenda/2025-02`, `${lang}/officials/karim-dubois`, `${lang}/officials/an-verlinden/agenda/2025`]) {
        const row = rowOf(page(path));
        expect(row, path).toContain(word);
        expect(row, path).not.toMatch(/\d{1,2}:\d{2}/);
      }
    }
    // A timed appointment beside it keeps its hours.
    expect(/<tr id="a-2025-0001">[\s\S]*?<\/tr>/.exec(page('en/agenda/2025-02'))?.[0]).toContain('09:30–10:30');
  });

  it('dates a meeting whose source states no time by its day alone, on its page and in its structured data', () => {
    // The board's meeting of 3 March 2025 has no start in the fixture.
    const html = page('en/meetings/2025-03-03-board');
    // The day, then only the meeting's link to its page in the register: no time.
    expect(html).toMatch(/<time datetime="2025-03-03">3 March 2025<\/time> <a class="source-link" [^>]*>source<\/a><\/dd>/);
    expect(html).toContain('"startDate":"2025-03-03"');
    expect(html).not.toMatch(/2025-03-03T\d{2}:\d{2}/);
    const meeting = csv('meetings').rows.find((r) => r.id === '2025-03-03-board');
    expect([meeting?.date, meeting?.start]).toEqual(['2025-03-03', '']);
  });

  it('leaves the time cells of an appointment without a time empty in the datasets, never 00:00', () => {
    const row = csv('agenda').rows.find((r) => r.id === 'a-2025-0002');
    expect(row?.date).toBe('2025-02-04');
    expect([row?.start, row?.end, row?.startsAt, row?.endsAt]).toEqual(['', '', '', '']);
    const record = json('agenda').find((r) => r.id === 'a-2025-0002');
    expect(record?.date).toBe('2025-02-04');
    expect([record?.start ?? null, record?.startsAt ?? null]).toEqual([null, null]);
    expect(readFileSync(join(out, 'data', 'agenda.csv'), 'utf8')).not.toContain('T00:00');
  });

  it('shows minutes written only in French on the Dutch page, with a note and lang="fr"', () => {
    const html = page('nl/meetings/2025-03-03-board');
    expect(html).toContain('Deze notulen bestaan niet in het Nederlands');
    expect(html).toMatch(/<div class="minutes" lang="fr"[^>]*>[\s\S]*Le bureau discute du programme de printemps/);
    expect(page('fr/meetings/2025-02-10-council')).toMatch(/<div class="minutes" lang="fr"[^>]*>[\s\S]*Le conseil approuve le budget 2025/);
  });

  it('adds amounts to the cent, also those that binary floating point gets wrong', () => {
    // 0.10 + 0.20 + 1234.56 + 45.00 spent in 2025.
    expect(page('nl/money/')).toContain('1.279,86 EUR');
    expect(page('en/money/')).toContain('EUR 1,279.86');
    expect(page('fr/money/')).toContain('1 279,86 EUR');
  });

  it('names donors above the publication threshold and no one under it', () => {
    const html = page('nl/money/');
    expect(html).toContain('Coöperatie Zonnedak');
    expect(json('income').filter((line) => line.donorName !== null).map((line) => line.donorName)).toEqual(['Coöperatie Zonnedak']);
  });

  it('writes every dataset with exactly as many rows as its source has records, in CSV and in JSON', () => {
    const expected = { officials: 3, bodies: 2, mandates: 4, agenda: 3, meetings: 2, votes: 2, declarations: 2, 'side-positions': 2, gifts: 5, travel: 2, remuneration: 3, income: 4, expenditure: 4, complaints: 2, signals: 4 };
    for (const [name, count] of Object.entries(expected)) {
      expect(csv(name).rows, name).toHaveLength(count);
      expect(json(name), name).toHaveLength(count);
      expect(page('en/datasets/')).toContain(`data-rows="${count}"`);
    }
  });

  it('writes CSV that a spreadsheet opens right: BOM, CRLF, quotes, exact amounts, times with their offset', () => {
    const agenda = csv('agenda');
    expect(agenda.text.startsWith('\uFEFFid,date,start,end,officials,title.nl,title.fr,title.en,')).toBe(true);
    expect(agenda.text).toContain('\r\n');
    const row = agenda.rows.find((r) => r.id === 'a-2025-0003');
    expect(row?.['title.nl']).toBe('Bewonersavond "Kanaal", deel 2');
    expect(row?.organisations).toBe('Wijkcomité Kanaal, vzw');
    expect(row?.startsAt).toBe('2025-03-10T19:00:00+01:00');
    expect(csv('expenditure').rows.map((r) => r.amount)).toEqual(['0.10', '0.20', '1234.56', '45.00']);
    expect(readFileSync(join(out, 'data', 'expenditure.json'), 'utf8')).toContain('"amount":1234.56');
  });
});

describe('votes by name', () => {
  const labels = { nl: { for: 'voor', heading: 'Stemgedrag' }, fr: { for: 'pour', heading: 'Votes' }, en: { for: 'for', heading: 'Votes' } } as const;
  for (const [lang, label] of Object.entries(labels)) {
    it(`shows on the meeting's page in ${lang} who voted how, each name linked to their page`, () => {
      const html = page(`${lang}/meetings/2025-02-10-council`);
      const votes = html.match(/<dl class="facts votes"[^>]*>([\s\S]*?)<\/dl>/)?.[1] ?? '';
      expect(votes).toMatch(new RegExp(`<dt data-vote="for"[^>]*>${label.for} \\(2\\)</dt>`));
      expect(votes).toMatch(new RegExp(`<a href="/${lang}/officials/an-verlinden/"[^>]*>An Verlinden</a>, <a href="/${lang}/officials/karim-dubois/"[^>]*>Karim Dubois</a>`));
      // The board's meeting records no vote: no names are made up for it.
      expect(page(`${lang}/meetings/2025-03-03-board`)).not.toContain('class="facts votes"');
    });

    it(`shows on the official's page in ${lang} their vote, with the meeting and the item`, () => {
      const html = page(`${lang}/officials/karim-dubois`);
      expect(html).toMatch(new RegExp(`<h2 id="votes"[^>]*>${label.heading} \\(1\\)</h2>`));
      const table = html.slice(html.indexOf('<h2 id="votes"'), html.indexOf('<h2 id="declarations"'));
      expect(table).toContain(`href="/${lang}/meetings/2025-02-10-council/"`);
      expect(table).toMatch(/>1\. (<[^>]+>)*(Begroting|Budget) 2025/);
      expect(table).toMatch(new RegExp(`data-vote="for"[^>]*>${label.for}</td>`));
      expect(page(`${lang}/officials/lise-marchal`)).toMatch(new RegExp(`<h2 id="votes"[^>]*>${label.heading} \\(0\\)</h2>`));
    });
  }

  it('publishes each official’s votes as their slice of the votes dataset', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(out, 'data/officials/karim-dubois/votes.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([expect.objectContaining({ meeting: '2025-02-10-council', date: '2025-02-10', item: '1', 'title.nl': 'Begroting 2025', official: 'karim-dubois', vote: 'for' })]);
    expect(existsSync(join(out, 'data/officials/lise-marchal/votes.csv'))).toBe(false);
  });
});

describe('gifts and side positions as registers write them', () => {
  /** The text of a gift's row on a page, tags removed, spaces as plain spaces. */
  const rowText = (path: string, id: string) => {
    const html = page(path);
    const start = html.indexOf(`<tr id="${id}"`);
    expect(start, `${path} has a row ${id}`).toBeGreaterThan(-1);
    return html.slice(start, html.indexOf('</tr>', start)).replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ');
  };
  const words = { nl: ['waarde onbekend', 'juni 2024', 'minder dan 50,00 EUR', '50,00 EUR – 150,00 EUR'], fr: ['valeur inconnue', 'juin 2024', 'moins de 50,00 EUR', '50,00 EUR – 150,00 EUR'], en: ['value unknown', 'June 2024', 'less than EUR 50.00', 'EUR 50.00 – EUR 150.00'] };
  for (const [lang, [unknown, month, below, between]] of Object.entries(words)) {
    it(`shows a gift of unknown value as such in ${lang}, dated to its month, never as 0`, () => {
      for (const path of [`${lang}/gifts/`, `${lang}/gifts/2024/`, `${lang}/officials/an-verlinden/`]) {
        const row = rowText(path, 'g-2024-01');
        expect(row, path).toContain(unknown);
        expect(row, path).toContain(month);
        expect(row, path).not.toMatch(/\b0[,.]00\b/);
      }
      expect(rowText(`${lang}/gifts/`, 'g-2024-02')).toContain(below);
      expect(rowText(`${lang}/gifts/`, 'g-2024-03')).toContain(between);
    });
  }
  it('adds only the exact values and says how many gifts the sum leaves out', () => {
    const text = page('en/gifts/').replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0]+/g, ' ');
    expect(text).toContain('5 gifts, worth EUR 75.50 together. Not in this sum: 1 gift of unknown value and 2 gifts whose value is given only as a range or bound.');
    // The gifts handed over and those without an outcome have no exact value: no sum of 0.00 for them.
    for (const lang of ['nl', 'fr']) expect(page(`${lang}/gifts/`)).not.toMatch(/>\s*0,00(?:\u00a0|\u202f|\s)EUR/);
    expect(page('en/gifts/')).not.toMatch(/EUR(?:\u00a0|\s)0\.00/);
    expect(page('en/gifts/outcome/none/').replace(/<[^>]+>/g, ' ')).toContain('1 gift, whose value is not known exactly.');
  });
  it('publishes the value’s form and bounds in their own columns, and dates as written', () => {
    expect(csv('gifts').rows.map((row) => [row.id, row.date, row.value, row.valueForm, row.valueMin, row.valueMax])).toEqual([
      ['g-2024-01', '2024-06', '', 'unknown', '', ''],
      ['g-2024-02', '2024-09-20', '', 'below', '', '50.00'],
      ['g-2024-03', '2024-10-03', '', 'between', '50.00', '150.00'],
      ['g-2025-01', '2025-04-02', '40.00', 'exact', '', ''],
      ['g-2025-02', '2025-05-12', '35.50', 'exact', '', ''],
    ]);
    expect(csv('side-positions').rows.map((row) => row.start)).toEqual(['2024-03', '2015']);
    // The data package says what a date may be, and every published date fits it.
    const resources = (JSON.parse(readFileSync(join(out, 'data', 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; schema: { fields: Array<{ name: string; type: string; constraints?: { pattern?: string } }> } }> }).resources;
    for (const [dataset, field] of [['gifts', 'date'], ['side-positions', 'start']] as const) {
      const described = resources.find((resource) => resource.name === dataset)?.schema.fields.find((column) => column.name === field);
      expect(described?.type, `${dataset}.${field}`).toBe('string');
      const pattern = new RegExp(`^(?:${described?.constraints?.pattern ?? '$^'})$`);
      for (const row of csv(dataset).rows) if (row[field]) expect(row[field], `${dataset}.${field}`).toMatch(pattern);
    }
    const declarations = page('en/declarations/2025/').replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0]+/g, ' ');
    expect(declarations).toContain('March 2024 –');
    expect(declarations).toContain(' 2015 –');
    expect(declarations).not.toContain('1 March 2024');
  });
});

describe('travel paid by others', () => {
  /** The text of a row on a page, tags removed, spaces as plain spaces. */
  const rowText = (path: string, id: string) => {
    const html = page(path);
    const start = html.indexOf(`<tr id="${id}"`);
    expect(start, `${path} has a row ${id}`).toBeGreaterThan(-1);
    return html.slice(start, html.indexOf('</tr>', start)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  };
  const text = (path: string) => page(path).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const words = {
    nl: { unknown: 'waarde onbekend', month: 'maart 2025', dates: '11 juni 2025 – 13 juni 2025', value: '640,00 EUR', menu: 'Reizen', summary: '2 reizen, samen 640,00 EUR waard. Niet in deze som: 1 reis van onbekende waarde.' },
    fr: { unknown: 'valeur inconnue', month: 'mars 2025', dates: '11 juin 2025 – 13 juin 2025', value: '640,00 EUR', menu: 'Voyages', summary: '2 voyages, d’une valeur totale de 640,00 EUR. Hors de cette somme : 1 voyage de valeur inconnue.' },
    en: { unknown: 'value unknown', month: 'March 2025', dates: '11 June 2025 – 13 June 2025', value: 'EUR 640.00', menu: 'Travel', summary: '2 trips, worth EUR 640.00 together. Not in this sum: 1 trip of unknown value.' },
  };
  for (const [lang, word] of Object.entries(words)) {
    it(`shows a trip of unknown value as "${word.unknown}" in ${lang}, dated to its month, never as 0, on the register and the official's page`, () => {
      for (const path of [`${lang}/travel/`, `${lang}/officials/an-verlinden/`]) {
        const row = rowText(path, 't-2025-01');
        expect(row, path).toContain(word.unknown);
        expect(row, path).toContain(word.month);
        expect(row, path).toContain('Vereniging van Kanaalsteden');
        expect(row, path).not.toMatch(/\b0[,.]00\b/);
      }
      const exact = rowText(`${lang}/travel/`, 't-2025-02');
      expect(exact).toContain(word.dates);
      expect(exact).toContain(word.value);
      expect(rowText(`${lang}/officials/karim-dubois/`, 't-2025-02')).toContain(word.value);
      // An official without trips is told so, not shown an empty table.
      expect(page(`${lang}/officials/lise-marchal/`)).not.toContain('id="travel-trips"');
      expect(page(`${lang}/`)).toContain(`<a href="/${lang}/travel/">${word.menu}</a>`);
    });
    it(`adds only the exact values in ${lang} and counts the trip of unknown value apart`, () => {
      expect(text(`${lang}/travel/`)).toContain(word.summary);
    });
  }
  it('has no sum of 0.00 for an official whose only trip has no exact value', () => {
    const html = page('en/travel/');
    const row = /<tr data-key="an-verlinden">[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row).toContain('—');
    expect(row).not.toMatch(/0\.00/);
  });
  it('publishes the trips with the value’s form and bounds in their own columns, whole and per official', () => {
    expect(csv('travel').rows.map((row) => [row.id, row.from, row.to, row.official, row.paidBy, row.value, row.valueForm, row.valueMin, row.valueMax])).toEqual([
      ['t-2025-01', '2025-03', '2025-03', 'an-verlinden', 'Vereniging van Kanaalsteden', '', 'unknown', '', ''],
      ['t-2025-02', '2025-06-11', '2025-06-13', 'karim-dubois', 'Stichting Open Raad', '640.00', 'exact', '', ''],
    ]);
    expect(json('travel').map((row) => row.value)).toEqual([null, 640]);
    const slice = readFileSync(join(out, 'data', 'officials', 'an-verlinden', 'travel.csv'), 'utf8');
    expect(slice.trim().split('\r\n')).toHaveLength(2);
    expect(existsSync(join(out, 'data', 'travel', '2025.csv'))).toBe(true);
  });
});

describe('the ethics checks in the build', () => {
  it('publishes the signals on the rule pages, on the official’s page and as a dataset', () => {
    expect(page('en/rules/')).toContain('id="unsigned-code:karim-dubois:2024"');
    expect(page('en/rules/missing-declaration/')).toContain('id="missing-declaration:lise-marchal:2025"');
    expect(page('nl/officials/lise-marchal/')).toContain('id="unsigned-code:lise-marchal:2024"');
    expect(csv('signals').rows.map((row) => `${row.id} ${row.sources}`)).toEqual([
      'gift-value-unclear:an-verlinden:g-2024-01 data/gifts/2024.csv:2',
      'missing-declaration:lise-marchal:2025 data/officials/lise-marchal.yaml:1',
      'unsigned-code:karim-dubois:2024 data/officials/karim-dubois.yaml:1',
      'unsigned-code:lise-marchal:2024 data/officials/lise-marchal.yaml:1',
    ]);
  });
});

describe('building a broken organisation', () => {
  it('fails with the problems listed and publishes nothing, leaving an earlier build as it was', () => {
    const fresh = join(work, 'never');
    const failed = build('tests/fixtures/broken-org', fresh);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('data/agenda/2025.csv:3:13  date  "2025-02-31" is not a date');
    expect(existsSync(fresh)).toBe(false);

    const again = build('tests/fixtures/broken-org', out);
    expect(again.status).toBe(1);
    expect(page('nl/officials/')).toContain('An Verlinden');
  });
});
