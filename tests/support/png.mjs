// Decodes 8-bit RGB/RGBA PNGs (any filter) and measures whether an image shows anything.
import zlib from 'node:zlib';

export function decodePng(buffer) {
  if (buffer.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let width = 0, height = 0, channels = 0;
  const idat = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const body = buffer.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8) throw new Error('only 8-bit PNGs are supported');
      channels = { 2: 3, 6: 4 }[body[9]];
      if (!channels) throw new Error(`unsupported PNG colour type ${body[9]}`);
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

// Variance of luminance over all pixels: 0 for a blank image, large for text on a background.
export function luminanceVariance({ pixels, channels }) {
  let sum = 0, sumSq = 0, n = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    const l = 0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2];
    sum += l;
    sumSq += l * l;
    n++;
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

// Share of pixels that differ clearly from the most common colour (the background).
export function inkShare({ pixels, channels }) {
  const counts = new Map();
  for (let i = 0; i < pixels.length; i += channels * 7) {
    const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const bg = [...counts.entries()].sort((p, q) => q[1] - p[1])[0][0];
  const [br, bgc, bb] = [bg >> 16, (bg >> 8) & 0xff, bg & 0xff];
  let ink = 0, n = 0;
  for (let i = 0; i < pixels.length; i += channels) {
    const d = Math.abs(pixels[i] - br) + Math.abs(pixels[i + 1] - bgc) + Math.abs(pixels[i + 2] - bb);
    if (d > 60) ink++;
    n++;
  }
  return ink / n;
}
