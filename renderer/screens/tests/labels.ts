import type { TFunction } from 'i18next';
import type { ExamineeStatus, SittingKind, SittingStatus, SittingSummary, SubmittedBy } from '../../../shared/api/channels/sittings-types';
import type { Lang } from '../../../shared/domain/localized';
import { errorCode } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';

/** A sitting's kind in words. */
export function kindText(t: TFunction, kind: SittingKind): string {
  return t(`tests.kinds.${kind}`);
}

/** A sitting's status in words. */
export function statusText(t: TFunction, status: SittingStatus): string {
  return t(`tests.status.${status}`);
}

/** An examinee's status in words, with who ended the test when it was not the examinee. */
export function examineeStatusText(t: TFunction, status: ExamineeStatus, by: SubmittedBy | null): string {
  const base = t(`tests.examineeStatus.${status}`);
  return status === 'submitted' && by && by !== 'examinee' ? `${base} (${t(`tests.submittedBy.${by}`)})` : base;
}

/** The time limit in words: "40 min" or "no time limit". */
export function limitText(t: TFunction, lang: Lang, minutes: number | null): string {
  return minutes === null ? t('tests.common.untimed') : t('tests.common.minutes', { n: formatPlain(lang, minutes) });
}

/** The status pill's tone. */
export function statusTone(status: SittingStatus): 'ok' | 'warn' | 'bad' {
  return status === 'open' ? 'warn' : status === 'released' ? 'ok' : 'bad';
}

/** The link a listener opens on a phone or on this computer: this host's address with the kiosk token. */
export function kioskLink(token: string): string {
  const { protocol, host, pathname } = window.location;
  const base = protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}${pathname}` : '';
  return `${base}#exam=${token}`;
}

/** "3 of 12 submitted" for a list row. */
export function countsText(t: TFunction, lang: Lang, s: SittingSummary): string {
  return t('tests.list.counts', { submitted: formatPlain(lang, s.counts.submitted), admitted: formatPlain(lang, s.counts.admitted), writing: formatPlain(lang, s.counts.inProgress) });
}

/** The core's error on a sitting in words; a few codes mean something particular here. */
export function sittingErrorText(t: TFunction, error: unknown): string {
  const code = errorCode(error);
  if (code === 'not_submitted') return t('tests.errors.not_submitted');
  if (code === 'locked') return t('tests.errors.locked');
  return errorText(t, error);
}
