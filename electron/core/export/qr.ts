import QRCode from 'qrcode';

const LEVEL = 'M';

/** A QR code's dark modules as horizontal runs `[row, firstCol, length]`, and its size. */
export interface QrRuns {
  readonly size: number;
  readonly runs: readonly (readonly [number, number, number])[];
}

/** Dark modules as rectangles `[row, col, width, height]`: a run repeated on the next rows is one rectangle. */
export function qrRects(qr: QrRuns): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let prev = new Map<string, [number, number, number, number]>();
  let cur = new Map<string, [number, number, number, number]>();
  let row = -1;
  for (const [r, c, len] of qr.runs) {
    if (r !== row) {
      prev = r === row + 1 ? cur : new Map();
      cur = new Map();
      row = r;
    }
    const key = `${c}:${len}`;
    const above = prev.get(key);
    if (above) above[3]++;
    const rect = above ?? [r, c, len, 1];
    if (!above) out.push(rect);
    cur.set(key, rect);
  }
  return out;
}

/**
 * The QR code as runs of dark modules, for drawing as vector rectangles in the PDF: sharp at
 * any zoom or printer resolution, and no PNG to encode and decode (a raster QR was a third
 * of the render time of a short document).
 */
export function qrRuns(payload: string): QrRuns {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: LEVEL });
  const runs: [number, number, number][] = [];
  for (let r = 0; r < modules.size; r++) {
    let start = -1;
    for (let c = 0; c <= modules.size; c++) {
      const dark = c < modules.size && modules.get(r, c) === 1;
      if (dark && start < 0) start = c;
      if (!dark && start >= 0) {
        runs.push([r, start, c - start]);
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}
