import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { AppError } from '../../../../shared/domain/errors';

const MAGIC = Buffer.from('ATTESTA-ENC1\n');
const N = 2 ** 15;

/** True when the bytes are an encrypted `.attesta` envelope. */
export function isEncrypted(bytes: Buffer): boolean {
  return bytes.subarray(0, MAGIC.length).equals(MAGIC);
}

function key(password: string, salt: Buffer): Buffer {
  return scryptSync(password.normalize('NFC'), salt, 32, { N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

/**
 * Seals bytes with a password: AES-256-GCM (authenticated: any change or a wrong password is
 * detected) under a key from scrypt with a random salt. Layout: magic, salt 16, iv 12, tag 16, data.
 */
export function seal(plain: Buffer, password: string): Buffer {
  if (password.length < 8) throw new AppError('bad_input', 'a password has at least 8 characters', 'password');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(password, salt), iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), data]);
}

/** Opens a sealed envelope; a wrong password or a damaged file is `wrong_password`. */
export function open(sealed: Buffer, password: string): Buffer {
  const at = MAGIC.length;
  if (sealed.length < at + 44) throw new AppError('bad_input', 'the encrypted file is damaged (too short)', 'file');
  const salt = sealed.subarray(at, at + 16);
  const iv = sealed.subarray(at + 16, at + 28);
  const tag = sealed.subarray(at + 28, at + 44);
  const decipher = createDecipheriv('aes-256-gcm', key(password, salt), iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(at + 44)), decipher.final()]);
  } catch {
    throw new AppError('wrong_password', 'the password is wrong, or the file was changed', 'password');
  }
}
