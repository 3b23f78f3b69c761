import type { Strings } from '../strings';
import type { banksEn } from './en';

/** Kazakh strings of the bank and blueprint screens. */
export const banksKk: Strings<typeof banksEn> = {
  title: 'Тест банктері',
};
