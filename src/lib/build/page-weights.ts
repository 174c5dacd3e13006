/**
 * What a reader downloads for a built page: its HTML, the scripts and stylesheets it links, and all of
 * that compressed as a server would send it. Used by the benchmark to find the heaviest page of each template.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  template: string;
  html: number;
  js: number;
  css: number;
  /** Bytes over the wire: each file gzip-compressed. */
  transferred: number;
}

const SECTIONS = new Set(['officials', 'agenda', 'meetings', 'money', 'datasets', 'rules', 'organisations', 'code-of-ethics', 'complaints', 'selection-criteria', 'search', 'declarations', 'gifts', 'travel', 'remuneration', 'calendar']);

/** `nl/officials/an-verlinden/index.html` → `officials/*`. */
export function templateOf(page: string): string {
  const parts = page.split('/').slice(0, -1);
  if (parts.length === 0) return '/';
  const [, ...rest] = parts[0]?.length === 2 ? parts : ['', ...parts];
  // The section stays; what follows is an id, except a literal sub-section such as officials/*/agenda/*.
  return rest.length === 0 ? 'home' : rest.map((part, index) => (index === 0 || (SECTIONS.has(part) && rest[index - 1] !== rest[0] && !/\d/.test(part)) ? part : '*')).join('/');
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

export function weighPage(root: string, page: string, cache = new Map<string, Buffer>()): PageWeight {
  const html = readFileSync(join(root, page));
  const text = html.toString('utf8');
  const read = (href: string) => {
    const path = join(root, href.split('?')[0] ?? href);
    let bytes = cache.get(path);
    if (!bytes) {
      try {
        bytes = statSync(path).isFile() ? readFileSync(path) : Buffer.alloc(0);
      } catch {
        bytes = Buffer.alloc(0);
      }
      cache.set(path, bytes);
    }
    return bytes;
  };
  const scripts = [...text.matchAll(/<script[^>]*\bsrc="(\/[^"]+)"/g)].map((match) => read(match[1] as string));
  const styles = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((match) => read(match[1] as string));
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, match) => n + Buffer.byteLength(match[1] ?? ''), 0);
  const js = scripts.reduce((n, bytes) => n + bytes.length, 0) + inlineJs;
  const css = styles.reduce((n, bytes) => n + bytes.length, 0);
  const transferred = gzipped(html) + scripts.reduce((n, bytes) => n + gzipped(bytes), 0) + styles.reduce((n, bytes) => n + gzipped(bytes), 0);
  return { page, template: templateOf(page), html: html.length, js, css, transferred };
}
