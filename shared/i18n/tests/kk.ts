import type { Strings } from '../strings';
import type { testsEn } from './en';

/** Kazakh strings of the test screens. */
export const testsKk: Strings<typeof testsEn> = {
  title: 'Тестілеу',
};
