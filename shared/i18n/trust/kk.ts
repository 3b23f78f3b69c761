import type { Strings } from '../strings';
import type { trustEn } from './en';

/** Kazakh strings of backups, personal data and retention. */
export const trustKk: Strings<typeof trustEn> = {
  title: 'Деректер және құпиялылық',
};
