import type { Strings } from '../strings';
import type { banksEn } from './en';

/** Russian strings of the bank and blueprint screens. */
export const banksRu: Strings<typeof banksEn> = {
  title: 'Банки тестов',
};
