import type { Strings } from '../strings';
import type { trustEn } from './en';

/** Russian strings of backups, personal data and retention. */
export const trustRu: Strings<typeof trustEn> = {
  title: 'Данные и конфиденциальность',
};
