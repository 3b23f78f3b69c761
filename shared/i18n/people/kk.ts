import type { Strings } from '../strings';
import type { peopleEn } from './en';

/** Kazakh strings of the people screens. */
export const peopleKk: Strings<typeof peopleEn> = {
  title: 'Адамдар',
};
