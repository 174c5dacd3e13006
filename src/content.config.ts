/**
 * The wiring of the content layer. The site configuration comes from the validated organisation folder
 * (src/lib/loading/load-site.ts, the same path as `npm run validate`): a problem there fails the build. The
 * records (hundreds of thousands in a large organisation), the minutes and the organisation's pages stay
 * out of the content store: pages read them through src/collections.ts from the validated records in
 * memory (src/lib/build/site-handoff.ts), and Markdown bodies are rendered by src/lib/prose/render-prose.ts.
 * Nothing contributed is ever compiled as code.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { readFile } from 'node:fs/promises';
import type { CatalogueEntry } from './lib/datasets/catalogue.ts';
import type { SiteData } from './lib/loading/load-site.ts';
import { validatedSite } from './lib/build/site-handoff.ts';

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
};
