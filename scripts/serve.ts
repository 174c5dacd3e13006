/**
 * Serves a built portal on 127.0.0.1: `node scripts/serve.ts [folder] [port]`. A small static server so
 * that tests and `npm start` need nothing else: folders serve their index.html, unknown paths the 404 page.
 * A `Range: bytes=…` request for a file gets just those bytes (206), as any static host gives them: the
 * SQL page reads the database in ranges.
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
  '.parquet': 'application/vnd.apache.parquet', '.sqlite': 'application/vnd.sqlite3',
};

/** The one byte range a `Range` header asks for (`bytes=0-99`, `bytes=100-`, `bytes=-100`), or null for the whole file, or 'bad'. */
function rangeOf(header: string | undefined, size: number): { start: number; end: number } | null | 'bad' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'bad';
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start <= end && start < size ? { start, end } : 'bad';
}

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
  const type = TYPES[extname(served)] ?? 'application/octet-stream';
  const size = found ? (await stat(found)).size : 0;
  const range = found ? rangeOf(request.headers.range, size) : null;
  if (range === 'bad') {
    response.writeHead(416, { 'content-range': `bytes */${size}` }).end();
    return;
  }
  if (range) {
    response.writeHead(206, { 'content-type': type, 'accept-ranges': 'bytes', 'content-range': `bytes ${range.start}-${range.end}/${size}`, 'content-length': range.end - range.start + 1 });
    if (request.method === 'HEAD') response.end();
    else createReadStream(served, range).pipe(response);
    return;
  }
  response.writeHead(found ? 200 : 404, { 'content-type': type, ...(found ? { 'accept-ranges': 'bytes', 'content-length': size } : {}) });
  if (request.method === 'HEAD') response.end();
  else createReadStream(served).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
