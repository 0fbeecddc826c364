// A tiny static host for the baked site, for the budget run only.
//   node serve.mjs ROOT
// Listens on 127.0.0.1, on a free port, and prints that port on stdout once it is listening.
// Behaves like a static host (GitHub Pages): `/x/` serves `x/index.html`, `/x` (a folder) redirects to `/x/`,
// anything else that does not exist gets `404.html` with status 404; text is gzipped when the client accepts it,
// so Lighthouse's transfer sizes are gzipped sizes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? '.');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

async function isFile(path) {
  try { return (await stat(path)).isFile(); } catch { return false; }
}
async function isDir(path) {
  try { return (await stat(path)).isDirectory(); } catch { return false; }
}

// Maps a URL path to [status, file] or [301, location]; never leaves root.
async function locate(urlPath) {
  let path;
  try { path = decodeURIComponent(urlPath); } catch { return [400, null]; }
  if (path.includes('\0')) return [400, null];
  const full = resolve(root, '.' + path);
  if (full !== root && !full.startsWith(root + sep)) return [404, join(root, '404.html')];
  if (path.endsWith('/')) {
    const index = join(full, 'index.html');
    if (await isFile(index)) return [200, index];
  } else if (await isFile(full)) {
    return [200, full];
  } else if (await isDir(full) && await isFile(join(full, 'index.html'))) {
    return [301, urlPath + '/'];
  }
  return [404, join(root, '404.html')];
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url, 'http://localhost');
    const [status, target] = await locate(url.pathname);
    if (status === 301) {
      res.writeHead(301, { Location: target + url.search, 'Content-Length': 0 }).end();
      return;
    }
    if (status === 400 || !(await isFile(target))) {
      res.writeHead(status === 400 ? 400 : 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const ext = extname(target).toLowerCase();
    let body = await readFile(target);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      // Hashed asset names may be cached forever; pages are revalidated (what the README asks of a host).
      'Cache-Control': /\.[0-9a-f]{10}\.(css|js)$/.test(target) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (COMPRESSIBLE.has(ext)) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(e) + '\n');
  }
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(server.address().port + '\n');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(0));
}
