import { useTranslation } from 'react-i18next';
import type { SittingDetail } from '../../../shared/api/channels/sittings-types';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

/** The quota a warning's path points at (`quotas[2]`, `quotas[2].count`), by its label. */
function quotaLabel(detail: SittingDetail, path: string): string | null {
  const m = /^quotas\[(\d+)\]/.exec(path);
  if (!m) return null;
  const quota = detail.blueprint.quotas[Number(m[1])];
  if (!quota) return null;
  if (quota.label) return quota.label;
  const target = quota.target;
  return target.kind === 'module' ? `#${target.index}` : target.path.join(' / ') || null;
}

/**
 * What the core found when it resolved the blueprint against the bank, each in the UI language
 * with the quota it concerns; the core's own sentence (topic names, counts) under "details".
 */
export function SittingWarnings({ detail }: { detail: SittingDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (detail.warnings.length === 0) {
    return <p className="pf-ok ts-warnings-ok" data-testid="sitting-warnings-ok">{t('tests.warnings.ok')}</p>;
  }
  return (
    <div className="ts-warnings card" role="alert" data-testid="sitting-warnings">
      <h2>{t('tests.warnings.title')}</h2>
      <ul>
        {detail.warnings.map((w, i) => {
          const label = quotaLabel(detail, w.path);
          const text =
            w.code === 'total_mismatch'
              ? t('tests.warnings.total_mismatch', { total: formatPlain(lang, detail.itemCount), stated: formatPlain(lang, detail.blueprint.statedTotal ?? 0) })
              : t(`tests.warnings.${w.code}`);
          return (
            <li key={i} data-code={w.code}>
              <span>{text}</span>
              {label && <b className="ts-warning-where"> — {label}</b>}
              <details className="ts-details">
                <summary>{t('tests.warnings.details')}</summary>
                <span lang="en">{w.message}</span>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
