import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The four PT Serif styles the documents use, by the name the PDF renderer registers. */
export const FONT_FILES = {
  regular: 'PTSerif-Regular.ttf',
  bold: 'PTSerif-Bold.ttf',
  italic: 'PTSerif-Italic.ttf',
  boldItalic: 'PTSerif-BoldItalic.ttf',
} as const;

/** A font style of the documents. */
export type FontStyle = keyof typeof FONT_FILES;

/**
 * `resources/fonts/` of this checkout. A packaged app passes its own folder instead
 * (electron-builder's `extraResources`), through the renderers' `fontDir` option.
 */
export function defaultFontDir(): string {
  return fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));
}

const cache = new Map<string, Buffer>();

/** The bytes of one style, read once per process (each file is ~200 KB). */
export function fontBytes(style: FontStyle, fontDir = defaultFontDir()): Buffer {
  const path = `${fontDir.replace(/[\\/]$/, '')}/${FONT_FILES[style]}`;
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    cache.set(path, bytes);
  }
  return bytes;
}
