import type { Strings } from '../strings';
import type { testsEn } from './en';

/** Russian strings of the test screens. */
export const testsRu: Strings<typeof testsEn> = {
  title: 'Тестирование',
};
