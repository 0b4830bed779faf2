// Static file server for the built web page (loopback only). Used by scripts/run.sh and the browser
// tests, so both see the same MIME types, compression and caching.
//   node scripts/serve.mjs DIR [PORT] [HOST]      (PORT 0 picks a free port)
// Text and WebAssembly go compressed (brotli, else gzip, as the browser accepts; each file compressed
// once and kept while it is unchanged, or the brotli copy the build made sent). Every response carries
// an ETag and "no-cache": a browser asks again each time and gets "304 Not Modified" without the body
// while the file is the same, so a second embed on a page loads nothing twice and a rebuilt page is
// never served stale.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { promisify } from 'node:util';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.json': 'application/json; charset=utf-8',
  '.png': 'image/png', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.otf': 'font/otf',
  '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.pack': 'application/octet-stream',
  '.atlas': 'application/octet-stream',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.data', '.json', '.css', '.txt', '.svg', '.otf', '.ttf', '.pack', '.atlas']);
// Brotli quality 5: the 1.6 MB wasm in about 0.2 s to 35 % (quality 11: 7 s for 30 %).
const compressors = {
  br: promisify((data, done) => zlib.brotliCompress(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }, done)),
  gzip: promisify((data, done) => zlib.gzip(data, { level: 6 }, done)),
};

// The encoding to send: the first of ours the request accepts (q=0 refuses), or null.
function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map(acceptEncoding.split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return [name, q ? Number(q.slice(2)) : 1];
  }));
  return Object.keys(compressors).find((name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0) ?? null;
}

export function startServer(root, port = 0, host = '127.0.0.1') {
  const base = path.resolve(root);
  const compressed = new Map();  // `${file} ${encoding}` → { version, body: Promise<Buffer> }
  const body = (file, version, encoding) => {
    const key = `${file} ${encoding}`;
    const kept = compressed.get(key);
    if (kept && kept.version === version) return kept.body;
    // A brotli copy made at build time (scripts/precompress.mjs), when it is as new as the file.
    const prepared = `${file}.br`;
    const ready = encoding === 'br' && fs.existsSync(prepared) && fs.statSync(prepared).mtimeMs >= fs.statSync(file).mtimeMs;
    const made = ready ? fs.promises.readFile(prepared) : fs.promises.readFile(file).then((data) => compressors[encoding](data));
    compressed.set(key, { version, body: made });
    made.catch(() => compressed.delete(key));
    return made;
  };
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(base, pathname);
    if (!file.startsWith(base + path.sep)) {  // no escaping the served folder with ../
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const encoding = COMPRESSIBLE.has(path.extname(file)) ? chooseEncoding(req.headers['accept-encoding']) : null;
      const version = `${stat.size.toString(16)}-${Math.round(stat.mtimeMs).toString(16)}`;
      const etag = `"${version}${encoding ? `-${encoding}` : ''}"`;
      const headers = {
        'content-type': MIME[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
        etag,
        vary: 'accept-encoding',
      };
      if ((req.headers['if-none-match'] || '').split(',').map((t) => t.trim()).includes(etag)) {
        res.writeHead(304, headers).end();
        return;
      }
      if (!encoding) {
        res.writeHead(200, { ...headers, 'content-length': stat.size });
        fs.createReadStream(file).pipe(res);
        return;
      }
      body(file, version, encoding).then((data) => {
        res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': data.length });
        res.end(req.method === 'HEAD' ? undefined : data);
      }, (error) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`could not read ${pathname}: ${error.message}`);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root, port = '8080', host = '127.0.0.1'] = process.argv.slice(2);
  if (!root || !fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`serve: no index.html in ${root ?? '(no folder given)'}`);
    process.exit(1);
  }
  startServer(root, Number(port), host).then((server) => {
    const { port: actual } = server.address();
    console.log(`dealscope is served at http://${host}:${actual}/  (Ctrl+C stops)`);
  }, (err) => {
    console.error(`serve: cannot listen on ${host}:${port}: ${err.message}`);
    process.exit(1);
  });
}
