import { readFileSync, statSync } from 'node:fs';
import { AppError } from '../../../../shared/domain/errors';

/** The largest bank file Attesta reads (20 MB); a bigger one is refused before it is read. */
export const MAX_BANK_FILE = 20 * 1024 * 1024;

/** Reads a bank file's bytes after checking, from its size alone, that it may be read. */
export function readBankBytes(file: string, limit = MAX_BANK_FILE): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new AppError('bad_input', `${file} is not a file`, 'file');
    size = st.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('bad_input', `cannot read ${file}: no such file`, 'file');
  }
  if (size > limit) {
    throw new AppError('file_too_large', `${file} is ${size} bytes; a question bank file is at most ${limit / 1024 / 1024} MB`, 'file');
  }
  return readFileSync(file);
}
