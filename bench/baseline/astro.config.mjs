// The baseline of `npm run bench`: the least an Astro site with search can be (scripts/bench/baseline.ts
// builds it with the project's own astro and pagefind). Its output and cache go where the bench says.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BASELINE_OUT,
  cacheDir: process.env.BASELINE_CACHE,
  vite: { cacheDir: process.env.BASELINE_CACHE && `${process.env.BASELINE_CACHE}/vite` },
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
});
