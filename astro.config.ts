import { defineConfig } from 'astro/config';

// Contributed prose (minutes, pages) is Markdown rendered by src/lib/prose/, never compiled by Astro:
// no integration here reads files of the organisation's folder as code.
export default defineConfig({
  trailingSlash: 'always',
  // Four pages at a time: while one is rendered, the others' files are written, or copied from the
  // previous build by the incremental build. At P (38,645 pages), the site build from scratch took 119.8 s
  // instead of 177.2 s (peak 1,741 MB instead of 1,656), and after one changed appointment 42.0 s instead of
  // 56.0 s; the same files byte for byte. Eight was no faster than four.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Astro renders no Markdown here (src/lib/prose/ does), so it has no code to highlight.
  markdown: { syntaxHighlight: false },
  security: {
    // A Content-Security-Policy in every page's <head>: scripts only from this site and the hashes of
    // Astro's own (no inline script that a contributor could slip in runs), WebAssembly for the search
    // index, nothing loaded from elsewhere, no plugins, frames or forms posting to another site.
    // Style attributes stay allowed: they cannot run code, and charts and timelines size bars with them.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // style-src is 'self' and the hashes of Astro's own styles (Astro's default when no resource of
      // the default kind is given: naming 'self' here too made Astro warn on every build that style-src
      // does not reach style attributes, which is what style-src-attr is for).
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
