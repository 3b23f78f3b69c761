import type { Strings } from '../strings';
import type { defenseEn } from './en';

/** Kazakh strings of the defense screens. */
export const defenseKk: Strings<typeof defenseEn> = {
  title: 'Қорғау',
};
