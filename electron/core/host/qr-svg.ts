import { qrRects, qrRuns } from '../export/qr';

/** A QR code as an SVG data URL (vector, crisp on a projector; shown by the renderer as an <img>). */
export function qrDataUrl(text: string): string {
  const qr = qrRuns(text);
  const quiet = 2;
  const size = qr.size + quiet * 2;
  const rects = qrRects(qr)
    .map(([r, c, w, h]) => `<rect x="${c + quiet}" y="${r + quiet}" width="${w}" height="${h}"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><g fill="#000">${rects}</g></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
