import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/api/contract';
import type { Blueprint } from '../../../shared/domain/bank/blueprint';
import { pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

type Props = { blueprint: Blueprint; scales: TemplateSummary[]; onChange: (patch: Partial<Blueprint>) => void };

/** A whole number typed in a field, or null when it is empty (or not a whole number ≥ min). */
function wholeOrNull(text: string, min: number): number | null {
  const n = Number(text);
  return text.trim() === '' || !Number.isInteger(n) || n < min ? null : n;
}

/** How the test runs and is graded: stated total, time limit, pass threshold, grade scale, shuffling, partial credit. */
export function BlueprintSettings({ blueprint, scales, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="card pf-form bk-settings" data-testid="blueprint-settings">
      <div className="pf-row">
        <label className="pf-field pf-field--narrow">
          <span className="pf-label">{t('banks.blueprint.stated')}</span>
          <input className="pf-input" inputMode="numeric" value={blueprint.statedTotal ?? ''} onChange={(e) => onChange({ statedTotal: wholeOrNull(e.target.value, 0) })} data-testid="bp-stated" />
        </label>
        <label className="pf-field pf-field--narrow">
          <span className="pf-label">{t('banks.blueprint.timeLimit')}</span>
          <input className="pf-input" inputMode="numeric" value={blueprint.timeLimitMinutes ?? ''} onChange={(e) => onChange({ timeLimitMinutes: wholeOrNull(e.target.value, 1) })} data-testid="bp-time" />
        </label>
        <label className="pf-field pf-field--narrow">
          <span className="pf-label">{t('banks.blueprint.passPercent')}</span>
          <input className="pf-input" inputMode="decimal" value={blueprint.passPercent ?? ''}
            onChange={(e) => { const n = Number(e.target.value); onChange({ passPercent: e.target.value.trim() === '' || !(n >= 0 && n <= 100) ? null : n }); }} data-testid="bp-pass" />
        </label>
        <label className="pf-field">
          <span className="pf-label">{t('banks.blueprint.gradeScale')}</span>
          <select className="pf-input" value={blueprint.gradeScale ?? ''} onChange={(e) => onChange({ gradeScale: e.target.value === '' ? null : e.target.value })} data-testid="bp-scale">
            <option value="">{t('banks.blueprint.noScale')}</option>
            {scales.map((s) => <option key={s.id} value={s.id}>{`${pick(s.title, lang)} — ${s.id}`}</option>)}
            {blueprint.gradeScale && !scales.some((s) => s.id === blueprint.gradeScale) && <option value={blueprint.gradeScale}>{blueprint.gradeScale}</option>}
          </select>
        </label>
      </div>
      <div className="pf-row">
        <label className="pf-check"><input type="checkbox" checked={blueprint.shuffleItems} onChange={(e) => onChange({ shuffleItems: e.target.checked })} /> {t('banks.blueprint.shuffleItems')}</label>
        <label className="pf-check"><input type="checkbox" checked={blueprint.shuffleOptions} onChange={(e) => onChange({ shuffleOptions: e.target.checked })} /> {t('banks.blueprint.shuffleOptions')}</label>
        <label className="pf-check"><input type="checkbox" checked={blueprint.partialCredit} onChange={(e) => onChange({ partialCredit: e.target.checked })} /> {t('banks.blueprint.partialCredit')}</label>
      </div>
    </div>
  );
}
