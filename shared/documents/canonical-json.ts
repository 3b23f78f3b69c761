// Canonical JSON for the locked-snapshot hash (decisions §6): object keys sorted recursively
// (by UTF-16 code units, as RFC 8785 does), no whitespace. The SHA-256 over it is computed in
// the core (electron/core/export/snapshot-hash.ts) because shared/ cannot import node:crypto.

/** A value canonicalJson accepts: JSON data (objects' `undefined` members are left out). */
export type JsonInput =
  | null
  | boolean
  | number
  | string
  | readonly JsonInput[]
  | { readonly [key: string]: JsonInput | undefined }
  | { toJSON(): JsonInput };

function hasToJson(value: object): value is { toJSON(): unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function encode(value: unknown, path: string): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      return JSON.stringify(value);
    case 'undefined':
      return undefined;
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, not JSON data`);
  }
  if (hasToJson(value)) return encode(value.toJSON(), path);
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown, i) => encode(item, `${path}[${i}]`) ?? 'null').join(',')}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`canonicalJson: ${path} is not a plain object`);
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const encoded = encode(record[key], `${path}.${key}`);
    if (encoded !== undefined) parts.push(`${JSON.stringify(key)}:${encoded}`);
  }
  return `{${parts.join(',')}}`;
}

/** The canonical JSON text of `value`: sorted keys, no whitespace; throws on non-JSON data. */
export function canonicalJson(value: JsonInput): string {
  const text = encode(value, '$');
  if (text === undefined) throw new TypeError('canonicalJson: the value itself is undefined');
  return text;
}

/** Length of the printed short form of a snapshot hash (decisions §6). */
export const SHORT_HASH_LENGTH = 12;

/** The printed short form of a hex SHA-256: its first 12 characters. */
export function shortHash(fullHex: string): string {
  return fullHex.slice(0, SHORT_HASH_LENGTH);
}

/**
 * What a document's QR code holds (decisions §6): the protocol number and the full hash,
 * one per line, readable by any phone scanner.
 */
export function snapshotQrPayload(documentNumber: string, fullHex: string): string {
  return `Attesta\n№ ${documentNumber}\nSHA-256: ${fullHex}`;
}
