import type { TextFormat } from '../../domain/bank/types';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * An item's text as printable plain text: HTML (Moodle's usual format) loses its tags, keeps its
 * line and paragraph breaks and decodes entities; plain and Markdown text print as written.
 */
export function printableText(text: string, format: TextFormat): string {
  if (format !== 'html') return text.trim();
  return text
    .replace(/<\s*br\s*\/?>/giu, '\n')
    .replace(/<\/\s*(p|div|li|tr|h\d)\s*>/giu, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** The letter of the k-th option shown (A, B, … Z, then A1, B1 …): Latin, as on national test sheets. */
export function optionLetter(k: number): string {
  const letter = String.fromCharCode(65 + (k % 26));
  return k < 26 ? letter : `${letter}${Math.floor(k / 26)}`;
}
