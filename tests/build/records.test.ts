// Records you can point at, built for real: every piece of evidence on the rules pages (and in an
// official's signals) links to a page that exists and shows that record at the link's anchor, and the
// pages write evidence for people: no `dataset:id` key, no record id, no setting name, no `:2025`
// subject of a signal. Built on tests/fixtures/small-org, tests/fixtures/money-org (spending lines and
// pay as evidence) and the demo organisation (every kind of evidence the rules give).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesSchema } from '../../src/schemas/site.ts';
import { build, root } from './run-build.ts';

const work = mkdtempSync(join(tmpdir(), 'vitrine-records-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LANGS = ['nl', 'fr', 'en'];
const SETTINGS = Object.keys(rulesSchema.shape);

interface Signal {
  id: string;
  rule: string;
  official?: string;
  evidence: string[];
  sources: string[];
}

const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** What a reader sees of a page: its text without tags, scripts, styles and the head. */
const visible = (html: string) =>
  unescape(html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

function page(out: string, path: string): string | undefined {
  const file = join(out, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The HTML from the element with this id to a little after it: what a reader sees at the anchor. */
function atAnchor(html: string, anchor: string): string | undefined {
  const at = html.indexOf(` id="${anchor}"`);
  if (at < 0) return undefined;
  return html.slice(html.lastIndexOf('<', at), at + 4000);
}

/** The links of the evidence of each signal's row on a page, by signal id. */
function evidenceLinks(html: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const row of html.matchAll(/<tr id="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    const list = /<ul class="evidence">([\s\S]*?)<\/ul>/.exec(row[2] ?? '')?.[1];
    if (list === undefined) continue;
    links.set(unescape(row[1] ?? ''), [...list.matchAll(/<a href="([^"]+)"/g)].map((m) => unescape(m[1] ?? '')));
  }
  return links;
}

/** Checks that a link to the record behind `evidence` leads to a page showing it; returns what went wrong. */
function checkEvidence(out: string, href: string, evidence: string, lang: string): string | undefined {
  const url = new URL(href, 'https://portal.test');
  const path = url.pathname.replace(/^\//, '');
  const html = page(out, path);
  if (!html) return `${href}: no page`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  const here = anchor ? atAnchor(html, anchor) : html;
  if (here === undefined) return `${href}: no element with id ${anchor}`;
  const [dataset = '', ...rest] = evidence.split(':');
  const key = rest.join(':');
  const [first = '', second = '', third = ''] = rest;
  switch (dataset) {
    case 'agenda':
    case 'gifts':
    case 'income':
    case 'expenditure':
      // The record's own id is the anchor of its row.
      return anchor === key && /^<tr\b/.test(here) ? undefined : `${href}: not the row of ${evidence}`;
    case 'remuneration':
      return path === `${lang}/remuneration/${first}/` && here.includes(`data-key="${second}"`) ? undefined : `${href}: not the pay of ${evidence}`;
    case 'mandates':
      return path === `${lang}/officials/${first}/` && /^<li\b/.test(here) && here.slice(0, here.indexOf('</li>')).includes(`datetime="${third}"`) ? undefined : `${href}: not the mandate ${evidence}`;
    case 'officials':
      return path === `${lang}/officials/${key}/` ? undefined : `${href}: not the page of ${key}`;
    case 'side-positions':
      return path === `${lang}/declarations/${second}/` && anchor === `${first}-positions` ? undefined : `${href}: not the side positions of ${evidence}`;
    case 'complaints':
      return /^<tr\b/.test(here) && here.includes(`>${first}</th>`) ? undefined : `${href}: not the complaints of ${evidence}`;
    default:
      return `${href}: evidence of an unknown dataset ${evidence}`;
  }
}

/** Every page that shows signals: the rules' pages and the pages of officials with signals. */
function signalPages(out: string, signals: Signal[], lang: string): string[] {
  const rules = readdirSync(join(out, lang, 'rules'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `${lang}/rules/${entry.name}/`);
  const officials = [...new Set(signals.map((signal) => signal.official).filter(Boolean))].map((id) => `${lang}/officials/${id}/`);
  return [`${lang}/rules/`, ...rules, ...officials];
}

for (const [name, dir] of [
  ['small-org', 'tests/fixtures/small-org'],
  ['money-org', 'tests/fixtures/money-org'],
  ['the demo organisation', '.'],
] as const) {
  describe(`records and evidence of ${name}`, () => {
    const out = join(work, name.replace(/\W+/g, '-'));
    let signals: Signal[] = [];
    beforeAll(() => {
      build(resolve(root, dir), out);
      signals = JSON.parse(readFileSync(join(out, 'data', 'signals.json'), 'utf8')) as Signal[];
    });

    it('links every piece of evidence to a page that shows its record at the anchor', () => {
      expect(signals.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      let checked = 0;
      for (const lang of LANGS) {
        for (const path of signalPages(out, signals, lang)) {
          const links = evidenceLinks(page(out, path) ?? '');
          for (const signal of signals) {
            const shown = links.get(signal.id);
            if (!shown) continue;
            // The first five pieces of evidence are linked, in the order of the signal.
            expect(shown.length, `${path} ${signal.id}`).toBe(Math.min(5, signal.evidence.length));
            shown.forEach((href, index) => {
              const problem = checkEvidence(out, href, signal.evidence[index] ?? '', lang);
              if (problem) wrong.push(`${path}: ${problem}`);
              checked++;
            });
          }
        }
        // Every signal is on the rules' index.
        expect(evidenceLinks(page(out, `${lang}/rules/`) ?? '').size).toBe(signals.length);
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(3 * 2 * signals.length);
    });

    it('writes evidence for people: the kind of record, its date and amount, the file and line; no internal key', () => {
      const wrong: string[] = [];
      for (const lang of LANGS) {
        for (const path of signalPages(out, signals, lang)) {
          const html = page(out, path) ?? '';
          // On an official's page, their signals.
          const text = visible(path.includes('/officials/') ? html.slice(html.indexOf('id="signals"'), html.indexOf('id="downloads"')) : html);
          for (const pattern of [/:20\d\d/, /\b(?:agenda|gifts|income|expenditure|remuneration|mandates|officials|side-positions|complaints):/, /\b[a-z]-20\d\d-\d{3,}\b/]) {
            const found = pattern.exec(text);
            if (found) wrong.push(`${path}: "${text.slice(Math.max(0, found.index - 40), found.index + 40)}"`);
          }
          for (const setting of SETTINGS) if (text.includes(setting)) wrong.push(`${path}: the setting name ${setting}`);
        }
      }
      expect(wrong).toEqual([]);
      // The source of every piece of evidence shown, as file and line.
      const english = visible(page(out, 'en/rules/') ?? '');
      for (const signal of signals) {
        for (const source of signal.sources.slice(0, 5)) {
          const [file = '', line = ''] = [source.slice(0, source.lastIndexOf(':')), source.slice(source.lastIndexOf(':') + 1)];
          expect(english).toContain(`${file}, line ${line}`);
        }
      }
    });

    it.runIf(name === 'money-org')('names the setting and its value, and each record by kind, date and amount (in English)', () => {
      const html = page(out, 'en/rules/pay-cap/') ?? '';
      const text = visible(html);
      expect(text).toContain('Monthly pay cap EUR 2,200.00');
      expect(text).toContain('Monthly pay cap: EUR 2,200.00');
      expect(text).toContain('Pay for March 2025, EUR 2,200.10 (data/remuneration/2025.csv, line 4)');
      expect(html).toContain('href="/en/remuneration/an-verlinden/#pay-2025-03"');
      const campaign = visible(page(out, 'en/rules/campaign-limit/') ?? '');
      expect(campaign).toContain('Campaign spending limit: EUR 100.00');
      expect(campaign).toContain('Spending line of 5 February 2025, EUR 33.33 (data/expenditure/2025.csv, line 4)');
    });
  });
}
