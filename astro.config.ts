import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The organisation's folder can live outside the repository (VITRINE_SITE_DIR); its minutes are MDX
// files there, so Vite may read from it.
export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    server: { fs: { strict: false } },
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
