// Brotli at its best quality, once at build time, for the page's large files: the server sends
// FILE.br where it is at least as new as FILE (quality 11 takes seconds for the WebAssembly, too slow
// to do per request, and saves a sixth of the first visit's transfer over the server's quality 5).
//   node scripts/precompress.mjs WEB_BUILD_DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error(`precompress: no folder ${dir ?? '(none given)'}`);
  process.exit(1);
}
// The kinds serve.mjs compresses; small files are left to it.
const KINDS = new Set(['.wasm', '.js', '.pack', '.data', '.atlas', '.otf', '.ttf', '.html']);
const LEAST_BYTES = 32 * 1024;
let before = 0, after = 0;
for (const name of fs.readdirSync(dir)) {
  const file = path.join(dir, name);
  const stat = fs.statSync(file);
  if (!stat.isFile() || !KINDS.has(path.extname(name)) || stat.size < LEAST_BYTES) continue;
  const packed = `${file}.br`;
  if (!fs.existsSync(packed) || fs.statSync(packed).mtimeMs < stat.mtimeMs) {
    const data = zlib.brotliCompressSync(fs.readFileSync(file), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: stat.size },
    });
    fs.writeFileSync(packed, data);
  }
  before += stat.size;
  after += fs.statSync(packed).size;
}
console.log(`precompressed: ${Math.round(before / 1024)} KB to ${Math.round(after / 1024)} KB with brotli 11 in ${dir}`);
