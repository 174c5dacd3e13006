// A real build of the small fixture organisation in a git repository of two commits: the first brings
// the files (published before history began), the second changes a gift's value and a month's expenses,
// adds two appointments and removes a trip. The changes pages and the changes feeds show exactly that,
// dated, each record linked to the page that shows it, the commit linked in the repository the site
// names; the official's own feed carries the changes to her records beside her new appointments, and the
// registers mark the rows changed; the feeds are well-formed Atom (saxes) read back by another parser
// (fast-xml-parser).
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../../src/lib/history/git.ts';
import { copyOfFixture } from '../fixture-folders.ts';
import { wellFormed } from '../well-formed.ts';
import { build, fileHashes, restoredPages, runBuild } from './run-build.ts';

const quiet = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
const REPOSITORY = 'https://git.example.org/fixture/open-data';
const org = copyOfFixture('small-org', 'vitrine-changes-build-');
const work = mkdtempSync(join(tmpdir(), 'vitrine-changes-site-'));
const out = join(work, 'site');
const file = (path: string) => readFileSync(join(out, path), 'utf8');
let second = '';
let trip = '';

function commit(day: string, message: string): string {
  const stamp = `${day}T12:00:00+00:00`;
  git(org, ['add', '-A'], { env: quiet });
  git(org, ['commit', '-q', '-m', message], { env: { ...quiet, GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp } });
  return git(org, ['rev-parse', 'HEAD']);
}

beforeAll(() => {
  git(org, ['init', '-q', '-b', 'main'], { env: quiet });
  appendFileSync(join(org, 'data/site.yaml'), `repository: ${REPOSITORY}\n`);
  commit('2025-06-01', 'The organisation');
  const gifts = join(org, 'data/gifts/2025.csv');
  writeFileSync(gifts, readFileSync(gifts, 'utf8').replace('Twee tickets,40.00', 'Twee tickets,45.00'));
  appendFileSync(join(org, 'data/agenda/2025.csv'), 'a-2025-0101,2025-06-10,10:00,11:00,an-verlinden,Overleg met de wijkraad,,,council-work,,,,,\na-2025-0102,2025-06-11,,,an-verlinden; karim-dubois,Bezoek aan de bibliotheek,,,council-work,,,,,\n');
  const pay = join(org, 'data/remuneration/2025.csv');
  writeFileSync(pay, readFileSync(pay, 'utf8').replace('an-verlinden,2025-02,1850.00,80.20,', 'an-verlinden,2025-02,1850.00,82.20,'));
  const travel = readFileSync(join(org, 'data/travel/2025.csv'), 'utf8').split('\n');
  trip = (travel[1] ?? '').split(',')[0] ?? '';
  writeFileSync(join(org, 'data/travel/2025.csv'), [travel[0], ...travel.slice(2)].join('\n'));
  second = commit('2025-06-12', 'A gift, a month of pay, two appointments, a trip');
  build(org, out);
}, 300_000);

afterAll(() => {
  rmSync(org, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** The items of a changes page, one per commit: its hash, day and the records of each part. */
function commitsOn(path: string) {
  const html = file(path);
  return [...html.matchAll(/<li id="commit-[0-9a-f]+" class="change" data-commit="([0-9a-f]+)">([\s\S]*?)<\/li>\s*(?=<li id="commit-|<\/ol>)/g)].map(([, hash, body = '']) => ({
    hash,
    day: /<time datetime="([\d-]+)">/.exec(body)?.[1],
    body,
    part: (name: string) => {
      const part = new RegExp(`data-part="${name}">([\\s\\S]*?)</div>`).exec(body)?.[1] ?? '';
      return [...part.matchAll(/data-record="([^"]+)"/g)].map((match) => match[1]);
    },
  }));
}

describe('the changes pages', () => {
  it('show the second commit first, with exactly what it changed, then the records there when history began', () => {
    const gifts = commitsOn('en/changes/gifts/index.html');
    expect(gifts.map((c) => [c.hash, c.day])).toEqual([[second, '2025-06-12'], [expect.stringMatching(/^[0-9a-f]{40}$/), '2025-06-01']]);
    const [change, start] = gifts;
    expect(change?.part('changed')).toEqual(['g-2025-01']);
    expect(change?.part('added')).toEqual([]);
    expect(change?.part('removed')).toEqual([]);
    // The field by its label, the amounts as money.
    expect(change?.body).toMatch(/data-field="value">Estimated value as the register states it: (€|EUR)\s?40\.00 → (€|EUR)\s?45\.00</);
    expect(change?.body).toContain(`<a href="${REPOSITORY}/commit/${second}">commit ${second.slice(0, 7)}</a>`);
    expect(start?.body).toContain('5 records at the start of history');

    const agenda = commitsOn('nl/changes/agenda/index.html');
    expect(agenda[0]?.part('added')).toEqual(['a-2025-0101', 'a-2025-0102']);
    expect(agenda[0]?.body).toContain('2 gegevens toegevoegd');
    // Each appointment added links to its row on the month page that shows it.
    for (const id of ['a-2025-0101', 'a-2025-0102']) {
      const href = new RegExp(`<a href="(/nl/agenda/[^"#]+)#${id}">${id}</a>`).exec(agenda[0]?.body ?? '')?.[1];
      expect(href, id).toBeDefined();
      expect(file(`${href}index.html`.slice(1))).toContain(`id="${id}"`);
    }
    const travel = commitsOn('fr/changes/travel/index.html');
    expect(travel[0]?.part('removed')).toEqual([trip]);
    // A removed record has no page any more: no link.
    expect(travel[0]?.body).not.toContain(`#${trip}"`);
    // Datasets the commit did not touch start and end with history's first commit.
    expect(commitsOn('en/changes/officials/index.html')).toHaveLength(1);
  });

  it('list every dataset with its last change, and announce their feeds', () => {
    const index = file('en/changes/index.html');
    expect(/<tr id="gifts">[\s\S]*?<time datetime="([\d-]+)">/.exec(index)?.[1]).toBe('2025-06-12');
    expect(/<tr id="officials">[\s\S]*?<\/tr>/.exec(index)?.[0]).toContain('no change');
    expect(file('en/changes/gifts/index.html')).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/en/changes/gifts.atom"');
    expect(file('en/datasets/gifts/index.html')).toContain('href="/en/changes/gifts/"');
    expect(file('en/datasets/mandates/index.html')).toContain('href="/en/changes/officials/"');
  });

  it('show on a record page when it was first published', () => {
    expect(file('en/officials/an-verlinden/index.html')).toMatch(/data-first="2025-06-01"><a href="\/en\/changes\/officials\/#commit-[0-9a-f]{12}">Published before history began \(in the files on 1 June 2025\)/);
  });
});

describe('the changes feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' });

  it('are well-formed Atom with one entry per commit, newest first, dated by the commit', () => {
    for (const lang of ['nl', 'fr', 'en']) {
      for (const dataset of ['gifts', 'agenda', 'travel', 'officials']) {
        const xml = file(`feeds/${lang}/changes/${dataset}.atom`);
        expect(wellFormed(xml), `${lang} ${dataset}`).toBe(true);
        const feed = parser.parse(xml).feed;
        for (const element of ['id', 'title', 'updated', 'author']) expect(feed[element], element).toBeDefined();
        for (const entry of feed.entry) for (const element of ['id', 'title', 'updated', 'link']) expect(entry[element], element).toBeDefined();
        expect(feed.entry.length).toBe(dataset === 'officials' ? 1 : 2);
        expect(feed.updated).toBe(dataset === 'officials' ? '2025-06-01T00:00:00+02:00' : '2025-06-12T00:00:00+02:00');
      }
    }
    const gifts = parser.parse(file('feeds/en/changes/gifts.atom')).feed;
    expect(gifts.entry[0].title).toBe('Gifts and hospitality: 1 record changed');
    expect(gifts.entry[0].summary).toMatch(/^Changed g-2025-01: Estimated value as the register states it: (€|EUR)\s?40\.00 → (€|EUR)\s?45\.00$/);
    expect(gifts.entry[0].id).toBe(`tag:fixture.example.org,2025:changes/gifts/${second}`);
    const link = gifts.entry[0].link[0]['@href'] as string;
    expect(link).toBe(`https://fixture.example.org/en/changes/gifts/#commit-${second.slice(0, 12)}`);
    expect(existsSync(join(out, 'en/changes/gifts/index.html'))).toBe(true);
    const agenda = parser.parse(file('feeds/nl/changes/agenda.atom')).feed;
    expect(agenda.entry[0].title).toBe('Agenda van afspraken: 2 gegevens toegevoegd');
    expect(agenda.entry[0].summary).toBe('Toegevoegd: a-2025-0101, a-2025-0102');
    const travel = parser.parse(file('feeds/fr/changes/travel.atom')).feed;
    // French puts a (narrow no-break) space before the colon.
    expect(travel.entry[0].summary).toMatch(new RegExp(`^Supprimées\\s: ${trip}$`));
  });
});

describe("an official's feed and the registers", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' });
  const feedOf = (lang: string, official: string) => {
    const xml = file(`feeds/${lang}/officials/${official}.atom`);
    expect(wellFormed(xml), `${lang} ${official}`).toBe(true);
    return parser.parse(xml).feed.entry as Array<Record<string, any>>;
  };
  /** An amount in euros as Dutch writes it (the symbol or the code, before or after, as Node's ICU has it). */
  const euros = (amount: string) => `(?:(?:€|EUR)\\s?${amount}|${amount}\\s?(?:€|EUR))`;
  const hrefOf = (entry: Record<string, any>, rel: string) => (entry.link as Array<Record<string, string>>).find((link) => link['@rel'] === rel)?.['@href'];

  it('lists the changed gift with its value before → after and the day, beside the two new appointments', () => {
    const entries = feedOf('nl', 'an-verlinden');
    const gift = entries.find((entry) => entry.id === `tag:fixture.example.org,2025:changes/gifts/${second}/g-2025-01`);
    expect(gift?.title).toBe('Geschenken en uitnodigingen: g-2025-01 gewijzigd op 12 juni 2025');
    expect(gift?.summary).toMatch(new RegExp(`^Geschatte waarde zoals het register ze vermeldt: ${euros('40,00')} → ${euros('45,00')}$`));
    expect(gift?.updated).toBe('2025-06-12T00:00:00+02:00');
    expect(gift?.category['@term']).toBe('change');
    // The gift's row in the register, and the change among its commit's.
    expect(hrefOf(gift ?? {}, 'alternate')).toBe('https://fixture.example.org/nl/gifts/2025/#g-2025-01');
    expect(hrefOf(gift ?? {}, 'related')).toBe(`https://fixture.example.org/nl/changes/gifts/#commit-${second.slice(0, 12)}`);
    // The month of pay, as money; the trip removed, linked to its commit.
    const pay = entries.find((entry) => entry.id === `tag:fixture.example.org,2025:changes/remuneration/${second}/an-verlinden/2025-02`);
    expect(pay?.summary).toMatch(new RegExp(`^In de maand terugbetaalde onkosten: ${euros('80,20')} → ${euros('82,20')}$`));
    const trip = entries.find((entry) => entry.id === `tag:fixture.example.org,2025:changes/travel/${second}/t-2025-01`);
    expect(trip?.title).toBe('Reizen betaald door derden: t-2025-01 verwijderd op 12 juni 2025');
    expect(hrefOf(trip ?? {}, 'alternate')).toBe(`https://fixture.example.org/nl/changes/travel/#commit-${second.slice(0, 12)}`);
    // The appointments added are new appointments, once each, not changes.
    const agenda = entries.filter((entry) => entry.category['@term'] === 'agenda').map((entry) => entry.id as string);
    expect(agenda.filter((id) => /a-2025-010[12]$/.test(id))).toHaveLength(2);
    expect(entries.filter((entry) => entry.category['@term'] === 'change')).toHaveLength(3);
    // Each change dated by its commit's day, in the feed's order: newest first.
    expect(entries.filter((entry) => entry.category['@term'] === 'change').map((entry) => entry.updated)).toEqual(Array(3).fill('2025-06-12T00:00:00+02:00'));
    const instants = entries.map((entry) => Date.parse(entry.updated));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    // The same entry in every language, by the same id; nobody else's feed has it.
    expect(feedOf('fr', 'an-verlinden').map((entry) => entry.id)).toContain(gift?.id);
    expect(feedOf('nl', 'karim-dubois').filter((entry) => entry.category['@term'] === 'change')).toEqual([]);
  });

  it('marks the rows changed after their first publication, linked to the change', () => {
    const row = (html: string, id: string) => new RegExp(`<tr id="${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
    const register = file('nl/gifts/2025/index.html');
    expect(row(register, 'g-2025-01')).toContain(`<a class="changed-mark" href="/nl/changes/gifts/#commit-${second.slice(0, 12)}" data-changed="2025-06-12">gewijzigd 12 juni 2025</a>`);
    expect(row(register, 'g-2025-02')).not.toContain('changed-mark');
    expect(row(file('en/officials/an-verlinden/index.html'), 'g-2025-01')).toContain('changed 12 June 2025');
    expect(row(file('fr/remuneration/an-verlinden/index.html'), 'pay-2025-02')).toMatch(/février 2025<a class="changed-mark"[^>]*>modifié le 12 juin 2025</);
    expect(file('en/travel/index.html')).not.toContain('changed-mark');
  });
});

describe('an incremental build with history', () => {
  it('renders again the pages whose records gained a change in their history, though their data is as before, and publishes what a full build does', () => {
    const cache = join(work, 'cache');
    const cached = (to: string) => {
      const result = runBuild(org, join(work, to), { VITRINE_CACHE: cache, VITRINE_VERBOSE: '1' });
      if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
      return result.stdout;
    };
    cached('cached-before');
    // A fee and a declaration's day changed and changed back: the files are as they were, the history has two more commits.
    const pay = join(org, 'data/remuneration/2025.csv');
    const original = readFileSync(pay, 'utf8');
    const declaration = join(org, 'data/declarations/2025/karim-dubois.yaml');
    const declared = readFileSync(declaration, 'utf8');
    writeFileSync(pay, original.replace('karim-dubois,2025-01,1850.00,0.00,60.00,', 'karim-dubois,2025-01,1850.00,0.00,65.00,'));
    writeFileSync(declaration, declared.replace(/^submitted: .*$/m, 'submitted: 2026-03-09'));
    commit('2025-06-20', 'A fee and a day corrected');
    writeFileSync(pay, original);
    writeFileSync(declaration, declared);
    commit('2025-06-21', 'The fee and the day as they were');

    const restored = restoredPages(cached('cached-after'));
    build(org, join(work, 'full-after'), { VITRINE_CACHE: 'off' });
    expect(fileHashes(join(work, 'cached-after'))).toEqual(fileHashes(join(work, 'full-after')));
    for (const lang of ['nl', 'fr', 'en']) {
      expect(restored).toContain(`/${lang}/remuneration/an-verlinden/index.html`);
      expect(restored).not.toContain(`/${lang}/remuneration/karim-dubois/index.html`);
      expect(restored).toContain(`/${lang}/gifts/official/karim-dubois/index.html`);
      expect(restored).not.toContain(`/${lang}/declarations/2025/index.html`);
    }
    const history = /<section class="record-history" data-record-history="karim-dubois 2025">[\s\S]*?<\/section>/.exec(readFileSync(join(work, 'cached-after/en/declarations/2025/index.html'), 'utf8'))?.[0];
    expect(history).toContain('data-changed="2025-06-21"');
    const month = /<tr[^>]*id="pay-2025-01"[\s\S]*?<\/tr>/.exec(readFileSync(join(work, 'cached-after/nl/remuneration/karim-dubois/index.html'), 'utf8'))?.[0];
    expect(month).toContain('data-changed="2025-06-21">gewijzigd 21 juni 2025</a>');
  }, 300_000);
});

describe('without history', () => {
  const plain = copyOfFixture('small-org', 'vitrine-changes-plain-');
  const plainOut = join(work, 'plain-site');
  beforeAll(() => build(plain, plainOut), 300_000);
  afterAll(() => rmSync(plain, { recursive: true, force: true }));

  it('the changes pages say so plainly, and the feeds have no entries rather than invented ones', () => {
    const page = readFileSync(join(plainOut, 'en/changes/gifts/index.html'), 'utf8');
    expect(page).toContain('data-history="none"');
    expect(page).toContain('The history of the published files could not be read for this build, so no changes are shown.');
    expect(page).not.toContain('class="change"');
    expect(readFileSync(join(plainOut, 'nl/changes/index.html'), 'utf8')).toContain('data-history="none"');
    // No record page claims a publication day.
    expect(readFileSync(join(plainOut, 'en/officials/an-verlinden/index.html'), 'utf8')).not.toContain('record-history');
    const xml = readFileSync(join(plainOut, 'feeds/fr/changes/gifts.atom'), 'utf8');
    expect(wellFormed(xml)).toBe(true);
    expect(xml).not.toContain('<entry>');
  });
});
