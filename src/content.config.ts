/**
 * The wiring of the content layer. The site configuration comes from the validated organisation folder
 * (src/lib/load-site.ts, the same path as `npm run validate`): a problem there fails the build. Minutes
 * and the organisation's pages are MDX, rendered by Astro's glob loader. The records themselves (hundreds
 * of thousands in a large organisation) stay out of the content store: pages read them through
 * src/collections.ts from the validated records in memory (src/lib/site-handoff.ts).
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueEntry } from './lib/datasets/catalogue.ts';
import type { SiteData } from './lib/load-site.ts';
import { validatedSite } from './lib/site-handoff.ts';
import { siteDir } from './lib/site-dir.ts';

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
