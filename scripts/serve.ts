/**
 * Serves a built portal on 127.0.0.1: `node scripts/serve.ts [folder] [port]`. A small static server so
 * that tests and `npm start` need nothing else: folders serve their index.html, unknown paths the 404 page.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.atom': 'application/atom+xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.zip': 'application/zip',
};

async function file(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return file(join(path, 'index.html'));
  return undefined;
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (url.pathname !== '/' && !url.pathname.endsWith('/') && !extname(url.pathname) && (await stat(path).catch(() => undefined))?.isDirectory()) {
    response.writeHead(301, { location: `${url.pathname}/` }).end();
    return;
  }
  const found = await file(path);
  const served = found ?? join(root, '404.html');
  response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
  createReadStream(served).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
