/** Characters GIFT gives a meaning to; a backslash makes them literal. */
const SPECIAL = '~=#{}:';

/** Index of `needle` in `text` at or after `from`, skipping backslash-escaped characters; -1 if none. */
export function findUnescaped(text: string, needle: string, from = 0): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') {
      i += 1;
      continue;
    }
    if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Splits at every unescaped occurrence of one of `chars`, keeping which one opened each part. */
export function splitUnescaped(text: string, chars: string): { mark: string; body: string }[] {
  const parts: { mark: string; body: string }[] = [{ mark: '', body: '' }];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const part = parts[parts.length - 1]!;
    if (ch === '\\' && i + 1 < text.length) {
      part.body += ch + text[i + 1];
      i += 1;
    } else if (chars.includes(ch)) {
      parts.push({ mark: ch, body: '' });
    } else {
      part.body += ch;
    }
  }
  return parts;
}

/** Turns GIFT escapes into the characters they stand for (`\n` is a line break). */
export function unescapeGift(text: string): string {
  return text.replace(/\\(.)/gsu, (whole, ch: string) => {
    if (ch === 'n') return '\n';
    if (ch === '\\' || SPECIAL.includes(ch)) return ch;
    return whole;
  });
}

/** Escapes text for GIFT so that it reads back unchanged. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/gu, (ch) => `\\${ch}`).replace(/\n/gu, '\\n');
}

/** One question's lines (blank-line separated), with the line it starts on and `// @key value` notes. */
export type GiftBlock = { line: number; text: string; meta: Map<string, string[]> };

/**
 * Splits GIFT text into blocks at blank lines, as Moodle does. Comment lines (`//`) are dropped,
 * except `// @key value` notes, which Attesta writes before a question to keep its language,
 * difficulty and competencies (Moodle ignores them as comments).
 */
export function giftBlocks(text: string): GiftBlock[] {
  const blocks: GiftBlock[] = [];
  let current: { line: number; lines: string[]; meta: Map<string, string[]> } | null = null;
  const flush = (): void => {
    if (current && current.lines.length > 0) blocks.push({ line: current.line, text: current.lines.join('\n'), meta: current.meta });
    current = null;
  };
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return flush();
    current ??= { line: i + 1, lines: [], meta: new Map() };
    const trimmed = raw.trimStart();
    if (trimmed.startsWith('//')) {
      const note = /^\/\/\s*@([a-z-]+)\s*(.*)$/u.exec(trimmed);
      if (note) current.meta.set(note[1]!, [...(current.meta.get(note[1]!) ?? []), note[2]!.trim()]);
      return;
    }
    if (current.lines.length === 0) current.line = i + 1;
    current.lines.push(raw);
  });
  flush();
  return blocks;
}
