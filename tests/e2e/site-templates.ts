// The templates of the built demo site, found from its folders, so that a new kind of page is checked
// without editing a test: shared by the accessibility and phone tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const out = process.env.VITRINE_E2E_OUT ?? '.vitrine-build/e2e-site';
export const folders = (path: string) => (existsSync(join(out, path)) ? readdirSync(join(out, path)).filter((name) => statSync(join(out, path, name)).isDirectory()).sort() : []);
export const hasPage = (path: string) => existsSync(join(out, path, 'index.html'));

/**
 * One address per template: a page's address with every segment that names a record (an id, a year, a
 * month, a slug among many) replaced by `*`. The fullest page (the largest file) stands for its template.
 */
export function templates(lang: string): Map<string, string> {
  const found = new Map<string, { path: string; size: number }>();
  const walk = (path: string, shape: string) => {
    if (hasPage(path)) {
      const size = statSync(join(out, path, 'index.html')).size;
      if ((found.get(shape)?.size ?? -1) < size) found.set(shape, { path: `/${path}/`, size });
    }
    const children = folders(path).filter((name) => name !== 'search');
    for (const child of children) {
      // Sections (the first level) are templates of their own; below them, many folders side by side are records.
      const isRecord = path !== lang && (/^\d{4}(-\d{2})?$/.test(child) || children.length > 6);
      walk(`${path}/${child}`, `${shape}/${isRecord ? '*' : child}`);
    }
  };
  walk(lang, lang);
  return new Map([...found].map(([shape, page]) => [shape, page.path]));
}
