import type { Lang } from '../domain/localized';
import type { Catalog } from './catalog';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type { Catalog } from './catalog';
export { CLIENT_ERROR_CODES, FINDING_CODES, type ClientErrorCode, type FindingCode } from './codes';

/** The UI catalogs by language; Kazakh first, as the default. */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { kk, ru, en };

/** The BCP 47 locale used with Intl for each UI language (Kazakhstan conventions). */
export const INTL_LOCALES: Readonly<Record<Lang, string>> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' };
