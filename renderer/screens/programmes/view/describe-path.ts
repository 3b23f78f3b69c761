import type { TFunction } from 'i18next';
import type { Lang } from '../../../../shared/domain/localized';
import type { Design } from '../../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../../i18n/format';

/**
 * A finding's path in words, e.g. `criteria[1].bands[0]` → «Criterion 2 · band “Excellent”»,
 * so the link to the field says where it goes.
 */
export function describePath(t: TFunction, lang: Lang, design: Design, path: string): string {
  const criterion = /^criteria\[(\d+)\](?:\.bands\[(\d+)\])?/.exec(path);
  if (criterion) {
    const i = Number(criterion[1]);
    const c = design.criteria[i];
    const head = t('people.where.criterion', { n: formatPlain(lang, i + 1) });
    const band = criterion[2] === undefined ? null : c?.bands[Number(criterion[2])];
    if (band) return `${head} · ${t('people.where.band', { name: pick(band.label, lang) || band.key })}`;
    if (path.includes('.scale')) return `${head} · ${t('people.where.levels')}`;
    return head;
  }
  const grade = /^scale\.bands\[(\d+)\]/.exec(path);
  if (grade) {
    const band = design.scale.bands[Number(grade[1])];
    return `${t('people.where.scale')} · ${band ? pick(band.grade, lang) || band.key : ''}`;
  }
  if (path.startsWith('scale')) return t('people.where.scale');
  if (path.startsWith('criteria')) return t('people.where.criteria');
  if (path.startsWith('aggregation')) return t('people.where.aggregation');
  if (path.startsWith('title')) return t('people.where.title');
  if (path.startsWith('max')) return t('people.where.max');
  if (path.startsWith('pitchMinutes')) return t('people.where.pitch');
  return path;
}
