import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/domain/errors';

const KEY_LENGTH = 32;

/** Checks a PIN's form: 4 to 8 digits. */
export function checkPinForm(pin: string): void {
  if (!/^\d{4,8}$/.test(pin)) throw new AppError('bad_input', 'a PIN is 4 to 8 digits', 'pin');
}

/** Hashes a PIN with scrypt and a random salt: `scrypt$<salt>$<hash>`. */
export function hashPin(pin: string): string {
  checkPinForm(pin);
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${scryptSync(pin, salt, KEY_LENGTH).toString('base64')}`;
}

/** True when the PIN matches the stored hash (constant time). */
export function verifyPin(pin: string, stored: string | null): boolean {
  if (!stored) return false;
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}
