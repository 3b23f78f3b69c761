import { useTranslation } from 'react-i18next';
import type { BlueprintPlanView } from '../../../shared/api/channels/banks-types';
import type { Blueprint, BlueprintWarning, Quota } from '../../../shared/domain/bank/blueprint';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { newQuota, targetText, warningsAt, withTarget } from './blueprint-draft';

type Props = { blueprint: Blueprint; plan: BlueprintPlanView | null; onChange: (quotas: Quota[]) => void };

const KINDS: Quota['target']['kind'][] = ['topic', 'module', 'each-topic'];

/** A warning in the UI language, the core's sentence (topic names, counts) beside it. */
export function WarningLine({ w, plan }: { w: BlueprintWarning; plan: BlueprintPlanView | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = w.code === 'total_mismatch'
    ? t('tests.warnings.total_mismatch', { total: formatPlain(lang, plan?.total ?? 0), stated: formatPlain(lang, plan?.statedTotal ?? 0) })
    : t(`tests.warnings.${w.code}`);
  return (
    <li data-code={w.code} data-testid="bp-warning">
      <span>⚠ {text}</span> <span className="muted" lang="en">({w.message})</span>
    </li>
  );
}

/** Each quota editable, the bank's count beside it (short rows marked), and its warnings right under it. */
export function QuotaTable({ blueprint, plan, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const set = (i: number, q: Quota) => onChange(blueprint.quotas.map((x, k) => (k === i ? q : x)));
  return (
    <div className="card card--flush" data-testid="quota-table">
      <div className="pf-toolbar"><h2 className="pf-toolbar-title">{t('banks.blueprint.quotas')}</h2></div>
      <table className="pf-table bk-quotas">
        <thead>
          <tr>
            <th>{t('banks.blueprint.colQuota')}</th>
            <th>{t('banks.blueprint.colTarget')}</th>
            <th className="pf-num">{t('banks.blueprint.colCount')}</th>
            <th className="pf-num">{t('banks.blueprint.colAvailable')}</th>
            <th />
          </tr>
        </thead>
        {blueprint.quotas.map((q, i) => {
          const rows = plan ? plan.rows.filter((r) => r.quota === i) : [];
          const warnings = warningsAt(plan, i);
          return (
            <tbody key={i} data-testid={`quota-${i}`} className={warnings.length > 0 ? 'bk-quota is-warned' : 'bk-quota'}>
              <tr>
                <td>
                  <input className="pf-input" value={q.label ?? ''} placeholder={targetText(q) || t('banks.blueprint.wholeBank')} aria-label={t('banks.blueprint.colQuota')}
                    onChange={(e) => set(i, { ...q, label: e.target.value === '' ? null : e.target.value })} data-testid={`quota-label-${i}`} />
                </td>
                <td className="bk-target">
                  <select className="pf-input" value={q.target.kind} aria-label={t('banks.blueprint.colTarget')} onChange={(e) => set(i, withTarget(q, KINDS.find((k) => k === e.target.value) ?? 'topic', targetText(q)))}
                    data-testid={`quota-kind-${i}`}>
                    <option value="topic">{t('banks.blueprint.targetTopic')}</option>
                    <option value="module">{t('banks.blueprint.targetModule')}</option>
                    <option value="each-topic">{t('banks.blueprint.targetEach')}</option>
                  </select>
                  <input className="pf-input" value={targetText(q)} placeholder={t('banks.blueprint.wholeBank')} inputMode={q.target.kind === 'module' ? 'numeric' : 'text'} aria-label={t('banks.blueprint.colTarget')}
                    onChange={(e) => set(i, withTarget(q, q.target.kind, e.target.value))} data-testid={`quota-target-${i}`} />
                </td>
                <td className="pf-num">
                  <input className="pf-input bk-weight" type="number" min={0} max={1000} value={q.count} aria-label={t('banks.blueprint.colCount')}
                    onChange={(e) => set(i, { ...q, count: Math.max(0, Math.min(1000, Math.trunc(Number(e.target.value) || 0))) })} data-testid={`quota-count-${i}`} />
                </td>
                <td className="pf-num" data-testid={`quota-available-${i}`}>
                  {rows.length === 1 ? formatPlain(lang, rows[0]!.available) : rows.length > 1 ? `${formatPlain(lang, rows.reduce((s, r) => s + r.available, 0))} (${formatPlain(lang, rows.length)})` : '—'}
                </td>
                <td>
                  {blueprint.quotas.length > 1 && (
                    <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => onChange(blueprint.quotas.filter((_, k) => k !== i))}>{t('banks.blueprint.removeQuota')}</button>
                  )}
                </td>
              </tr>
              {rows.length > 1 && rows.map((r, k) => (
                <tr key={k} className={r.available < r.count ? 'bk-sub is-short' : 'bk-sub'}>
                  <td />
                  <td>{r.label}</td>
                  <td className="pf-num">{formatPlain(lang, r.count)}</td>
                  <td className="pf-num">{formatPlain(lang, r.available)}{r.available < r.count && <span className="pf-bad"> — {t('banks.blueprint.short', { n: formatPlain(lang, r.count - r.available) })}</span>}</td>
                  <td />
                </tr>
              ))}
              {warnings.length > 0 && (
                <tr className="bk-warn-row">
                  <td colSpan={5}><ul className="ts-warnings bk-inline-warnings" role="alert">{warnings.map((w, k) => <WarningLine key={k} w={w} plan={plan} />)}</ul></td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
      <div className="pf-toolbar">
        <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => onChange([...blueprint.quotas, newQuota()])} data-testid="quota-add">{t('banks.blueprint.addQuota')}</button>
        <span className="bk-total" data-testid="plan-total">
          {t('banks.blueprint.total')}: <b>{plan ? formatPlain(lang, plan.total) : '—'}</b>
          {' · '}{t('banks.blueprint.stated')}: <b>{blueprint.statedTotal === null ? t('banks.blueprint.statedNone') : formatPlain(lang, blueprint.statedTotal)}</b>
        </span>
      </div>
    </div>
  );
}
