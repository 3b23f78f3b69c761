import type { Strings } from '../strings';
import type { defenseEn } from './en';

/** Russian strings of the defense screens. */
export const defenseRu: Strings<typeof defenseEn> = {
  title: 'Защита',
};
