import type { Strings } from '../strings';
import type { peopleEn } from './en';

/** Russian strings of the people screens. */
export const peopleRu: Strings<typeof peopleEn> = {
  title: 'Люди',
};
