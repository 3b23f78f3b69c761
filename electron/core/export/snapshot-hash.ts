import { createHash } from 'node:crypto';
import { canonicalJson, shortHash, type JsonInput } from '../../../shared/documents/canonical-json';

/** A locked snapshot's SHA-256 (decisions §6): the full hex and the printed 12-character form. */
export interface SnapshotHash {
  readonly full: string;
  readonly short: string;
}

/** SHA-256 over the canonical JSON (sorted keys, no whitespace, UTF-8) of `value`. */
export function snapshotHash(value: JsonInput): SnapshotHash {
  const full = createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
  return { full, short: shortHash(full) };
}
