/**
 * The wiring of the content layer: each collection is filled from the validated organisation folder.
 * Validation happens once, in src/lib/load-site.ts (the same path as `npm run validate`); a problem
 * there fails the build. Minutes are rendered from their MDX files by Astro's glob loader.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { loadSite, type Loaded, type SiteData } from './lib/load-site.ts';
import { ValidationError } from './lib/problems.ts';
import type { Signal } from './schemas/signal.ts';
import { signalsOf } from './lib/signals.ts';
import { siteDir } from './lib/site-dir.ts';
import { today } from './lib/today.ts';

let loading: Promise<SiteData> | undefined;
function validatedSite(): Promise<SiteData> {
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

export const collections = {
  site,
  bodies: records('bodies', (body) => body.id),
  officials: records('officials', (official) => official.id),
  agenda: records('agenda', (entry) => entry.id),
  meetings: records('meetings', (meeting) => meeting.id),
  declarations: records('declarations', (declaration) => `${declaration.year}-${declaration.official}`),
  gifts: records('gifts', (gift) => gift.id),
  remuneration: records('remuneration', (row) => `${row.official}-${row.month}`),
  income: records('income', (line) => line.id),
  expenditure: records('expenditure', (line) => line.id),
  complaints: records('complaints', (row) => `${row.period}-${row.outcome}`),
  signals: defineCollection({
    loader: {
      name: 'vitrine-signals',
      load: async ({ store }) => {
        const data = await validatedSite();
        store.clear();
        for (const signal of signalsOf(data, today(data.site.timeZone)).signals) store.set({ id: signal.id, data: signal as unknown as Record<string, unknown> });
      },
    },
    schema: z.custom<Signal>(),
  }),
  minutes: defineCollection({
    loader: glob({ pattern: '*.mdx', base: join(siteDir(), 'content', 'meetings'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  }),
};
