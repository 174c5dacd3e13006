/**
 * The wiring of the content layer: each collection is filled from the validated organisation folder.
 * Validation happens once, in src/lib/load-site.ts (the same path as `npm run validate`); a problem
 * there fails the build. Minutes are rendered from their MDX files by Astro's glob loader.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueEntry } from './lib/datasets/catalogue.ts';
import { loadSite, type Loaded, type SiteData } from './lib/load-site.ts';
import { ValidationError } from './lib/problems.ts';
import type { Signal } from './schemas/signal.ts';
import { moneyByYear, type MoneyYear } from './lib/money-by-year.ts';
import { signalsOf } from './lib/signals.ts';
import { handedOver } from './lib/site-handoff.ts';
import { siteDir } from './lib/site-dir.ts';
import { today } from './lib/today.ts';

let loading: Promise<SiteData> | undefined;
function validatedSite(): Promise<SiteData> {
  const handed = handedOver();
  if (handed) return Promise.resolve(handed);
  loading ??= loadSite(siteDir()).then(({ data, problems }) => {
    if (problems.length > 0 || !data) throw new ValidationError(problems);
    return data;
  });
  return loading;
}

type Kind = Exclude<keyof SiteData, 'dir' | 'site'>;
type RecordOf<K extends Kind> = SiteData[K] extends Array<Loaded<infer T>> ? T : never;

/** A collection of one record kind, keyed by `idOf`. */
function records<K extends Kind>(kind: K, idOf: (record: RecordOf<K>) => string) {
  const loader: Loader = {
    name: `vitrine-${kind}`,
    load: async ({ store }) => {
      const site = await validatedSite();
      store.clear();
      for (const record of site[kind] as Array<Loaded<RecordOf<K>>>) {
        store.set({ id: idOf(record.data), data: record.data as Record<string, unknown> });
      }
    },
  };
  return defineCollection({ loader, schema: z.custom<RecordOf<K>>() });
}

const site = defineCollection({
  loader: {
    name: 'vitrine-site',
    load: async ({ store }) => {
      const data = await validatedSite();
      store.clear();
      store.set({ id: 'site', data: data.site as unknown as Record<string, unknown> });
    },
  },
  schema: z.custom<SiteData['site']>(),
});

/**
 * The organisation's own pages (code of ethics, complaints, selection criteria):
 * `content/pages/<page>.<lang>.mdx`, with a title in the front matter. An organisation may have none
 * of them, so a missing folder is an empty collection rather than a warning.
 */
const pagesDir = join(siteDir(), 'content', 'pages');
const pagesGlob = glob({ pattern: '*.mdx', base: pagesDir, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
const pages = defineCollection({
  loader: {
    name: 'vitrine-pages',
    load: async (context) => {
      if (existsSync(pagesDir)) await pagesGlob.load(context);
      else context.store.clear();
      // An empty collection makes Astro warn on every read; one marker entry (no language in its id) keeps it quiet.
      if (context.store.keys().length === 0) context.store.set({ id: 'none', data: { title: '' } });
    },
  },
  schema: z.object({ title: z.string(), description: z.string().optional() }).strict(),
});

export const collections = {
  site,
  bodies: records('bodies', (body) => body.id),
  officials: records('officials', (official) => official.id),
  agenda: records('agenda', (entry) => entry.id),
  meetings: records('meetings', (meeting) => meeting.id),
  declarations: records('declarations', (declaration) => `${declaration.year}-${declaration.official}`),
  gifts: records('gifts', (gift) => gift.id),
  remuneration: records('remuneration', (row) => `${row.official}-${row.month}`),
  // Income and expenditure lines can run into the millions: pages show their sums per year, and the
  // lines themselves are published as datasets, so only the sums enter the content layer.
  money: defineCollection({
    loader: {
      name: 'vitrine-money',
      load: async ({ store }) => {
        const data = await validatedSite();
        store.clear();
        const years = moneyByYear(data.income.map((line) => line.data), data.expenditure.map((line) => line.data), data.site.rules.donationPublicationThreshold);
        for (const year of years) store.set({ id: year.year, data: year as unknown as Record<string, unknown> });
      },
    },
    schema: z.custom<MoneyYear>(),
  }),
  complaints: records('complaints', (row) => `${row.period}-${row.outcome}`),
  signals: defineCollection({
    loader: {
      name: 'vitrine-signals',
      load: async ({ store }) => {
        const data = await validatedSite();
        store.clear();
        for (const signal of data.signals ?? signalsOf(data, today(data.site.timeZone)).signals) store.set({ id: signal.id, data: signal as unknown as Record<string, unknown> });
      },
    },
    schema: z.custom<Signal>(),
  }),
  /** The published datasets with sizes and checksums, when the build has written them (not in `astro dev`). */
  datasets: defineCollection({
    loader: {
      name: 'vitrine-datasets',
      load: async ({ store }) => {
        store.clear();
        const file = process.env.VITRINE_CATALOGUE;
        if (!file) return;
        const catalogue = JSON.parse(await readFile(file, 'utf8')) as CatalogueEntry[];
        for (const entry of catalogue) store.set({ id: entry.name, data: entry as unknown as Record<string, unknown> });
      },
    },
    schema: z.custom<CatalogueEntry>(),
  }),
  minutes: defineCollection({
    loader: glob({ pattern: '*.mdx', base: join(siteDir(), 'content', 'meetings'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  }),
  pages,
};
