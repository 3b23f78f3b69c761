// Just enough image reading to compare rendered pages: pdftoppm's PGM (-gray) and its
// 8-bit, non-interlaced PNGs (the reference images).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** A greyscale image, one byte per pixel, rows top to bottom. */
export interface Gray {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Renders one page of a PDF (or a crop of it, in pixels) to greyscale at `dpi` with pdftoppm. */
export function pageGray(pdf: string, page: number, dpi: number, crop?: { x: number; y: number; w: number; h: number }): Gray {
  const area = crop ? ['-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.w), '-H', String(crop.h)] : [];
  const r = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), ...area, '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr.toString()}`);
  return readPgm(r.stdout);
}

/** Parses a binary PGM (P5, maxval 255). */
export function readPgm(buf: Buffer): Gray {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a P5 PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, data: buf.subarray(header[0].length, header[0].length + width * height) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit greyscale or RGB(A) non-interlaced PNG file to greyscale. */
export function readPngGray(file: string): Gray {
  const buf = readFileSync(file);
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const colorType = body[9];
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
      channels = colorType === 0 ? 1 : colorType === 2 ? 3 : colorType === 6 ? 4 : colorType === 4 ? 2 : 0;
      if (channels === 0) throw new Error(`PNG colour type ${String(colorType)} not supported`);
    } else if (type === 'IDAT') idat.push(body);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= channels ? (cur[i - channels] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= channels ? (prev[i - channels] ?? 0) : 0;
      const v = filter === 1 ? x + a : filter === 2 ? x + b : filter === 3 ? x + ((a + b) >> 1) : filter === 4 ? x + paeth(a, b, c) : x;
      cur[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = px * channels;
      data[y * width + px] = channels >= 3 ? Math.round(((cur[o] ?? 0) + (cur[o + 1] ?? 0) + (cur[o + 2] ?? 0)) / 3) : (cur[o] ?? 0);
    }
    prev.set(cur);
  }
  return { width, height, data };
}

/** Mean absolute difference of two same-sized images, 0…255. */
export function meanDiff(a: Gray, b: Gray): number {
  if (a.width !== b.width || a.height !== b.height) return 255;
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0));
  return sum / a.data.length;
}

/** The share of pixels darker than `threshold` inside a rectangle (fractions of the page). */
export function inkShare(img: Gray, box: { x0: number; y0: number; x1: number; y1: number }, threshold = 235): number {
  let ink = 0;
  let all = 0;
  for (let y = Math.floor(box.y0 * img.height); y < Math.floor(box.y1 * img.height); y++) {
    for (let x = Math.floor(box.x0 * img.width); x < Math.floor(box.x1 * img.width); x++) {
      all++;
      if ((img.data[y * img.width + x] ?? 255) < threshold) ink++;
    }
  }
  return all === 0 ? 0 : ink / all;
}
