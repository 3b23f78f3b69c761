import type { TFunction } from 'i18next';
import { FINDING_CODES, type FindingCode } from '../../shared/i18n';
import { errorCode } from '../api/client';

function isFindingCode(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}

/** A validator finding or grade warning in the UI language; the core's message when unknown. */
export function findingText(t: TFunction, code: string, fallback: string): string {
  return isFindingCode(code) ? t(`findings.${code}`) : fallback;
}

/** A thrown error as a translated sentence: by code only, never the message or a stack. */
export function errorText(t: TFunction, error: unknown): string {
  return t(`errors.${errorCode(error)}`);
}
