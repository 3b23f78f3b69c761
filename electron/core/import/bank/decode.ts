import chardet from 'chardet';
import iconv from 'iconv-lite';

/** A text file's content and the encoding it was read in. */
export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'kz-1048' | 'koi8-r' | 'iso-8859-5' };

// Bytes where KZ-1048 (the Kazakh standard code page) puts Ә Ғ Қ Ң Ө Ұ Ү Һ and Windows-1251
// puts Serbian, Macedonian and Ukrainian letters that Kazakh and Russian texts never use.
const KZ_1048_BYTES = new Set([0x8d, 0x8e, 0x9d, 0x9e, 0xa1, 0xa2, 0xa3, 0xa5, 0xaa, 0xaf, 0xb4, 0xba, 0xbc, 0xbd, 0xbe, 0xbf]);

function singleByteCyrillic(bytes: Buffer): DecodedText['encoding'] {
  const best = chardet.analyse(bytes).find((m) => ['windows-1251', 'KOI8-R', 'ISO-8859-5'].includes(m.name));
  if (best?.name === 'KOI8-R' && best.confidence >= 50) return 'koi8-r';
  if (best?.name === 'ISO-8859-5' && best.confidence >= 50) return 'iso-8859-5';
  return bytes.some((b) => KZ_1048_BYTES.has(b)) ? 'kz-1048' : 'windows-1251';
}

const ICONV_NAME: Record<DecodedText['encoding'], string> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'windows-1251': 'win1251',
  'kz-1048': 'rk1048',
  'koi8-r': 'koi8r',
  'iso-8859-5': 'iso88595',
};

/**
 * Decodes a text file: a BOM decides; otherwise valid UTF-8 is UTF-8; otherwise it is a
 * single-byte Cyrillic code page (Windows-1251 unless chardet is sure of KOI8-R or ISO-8859-5,
 * or the bytes only make sense as KZ-1048). Line ends become "\n".
 */
export function decodeText(bytes: Buffer): DecodedText {
  let encoding: DecodedText['encoding'];
  let body = bytes;
  let utf8: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    try {
      utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      encoding = singleByteCyrillic(bytes);
    }
  }
  const text = utf8 ?? iconv.decode(body, ICONV_NAME[encoding], { stripBOM: false });
  return { text: text.replace(/\r\n?/g, '\n').normalize('NFC'), encoding };
}
