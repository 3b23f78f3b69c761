import { execFileSync } from 'node:child_process';

/** A PDF's text as pdftotext lays it out (poppler-utils), pages separated by form feeds. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** The PDF's text, page by page. */
export function pdfPages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}

/** The page count pdfinfo reads from the file. */
export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}
