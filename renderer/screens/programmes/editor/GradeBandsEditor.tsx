import { useTranslation } from 'react-i18next';
import type { Design, GradeBand } from '../../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { gradeTone } from '../../score/grade-tone';
import { LocalizedInputs } from '../ui/LocalizedInputs';
import { GradeBar } from '../view/GradeBar';
import { addGradeBand, optionalText, removeGradeBand, textOrEmpty, updateGradeBand } from './design-ops';
import { FieldNotes } from './FieldNotes';
import { NumberField } from './NumberField';

type Props = { design: Design; onChange: (d: Design) => void };
type Tri = boolean | null;

const triValue = (v: Tri): string => (v === null ? '' : v ? 'yes' : 'no');
const readTri = (s: string): Tri => (s === 'yes' ? true : s === 'no' ? false : null);

function TriSelect({ id, label, value, onChange }: { id: string; label: string; value: Tri; onChange: (v: Tri) => void }) {
  const { t } = useTranslation();
  return (
    <div className="pf-field">
      <label className="pf-label" htmlFor={id}>{label}</label>
      <select id={id} className="select pf-select--small" value={triValue(value)} onChange={(e) => onChange(readTri(e.target.value))}>
        <option value="">—</option>
        <option value="yes">{t('people.common.yes')}</option>
        <option value="no">{t('people.common.no')}</option>
      </select>
    </div>
  );
}

function GradeBandRow({ design, k, band, onChange }: { design: Design; k: number; band: GradeBand; onChange: (d: Design) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const path = `scale.bands[${k}]`;
  const id = `grade-band-${k}`;
  const set = (patch: Partial<GradeBand>): void => onChange(updateGradeBand(design, k, patch));
  return (
    <div className="pf-band pf-grade-band" data-path={path} data-testid={id}>
      <div className="pf-band-head">
        <span className={`grade-badge pf-legend-badge tone-${gradeTone(design, band.key)}`}>
          <span className="grade-swatch" aria-hidden="true" />
          {pick(band.grade, lang) || t('people.editor.untitled')}
        </span>
        <button type="button" className="pf-button pf-button--ghost pf-button--small pf-remove" onClick={() => onChange(removeGradeBand(design, k))}>
          {t('people.common.remove')}
        </button>
      </div>
      <div className="pf-band-range">
        <NumberField id={`${id}-min`} label={t('people.editor.min')} value={band.min} path={`${path}.min`} testId={`${id}-min`} onChange={(min) => set({ min })} />
        <NumberField id={`${id}-max`} label={t('people.editor.max')} value={band.max} path={`${path}.max`} testId={`${id}-max`} onChange={(max) => set({ max })} />
        <div className="pf-field">
          <label className="pf-label" htmlFor={`${id}-mark`}>{t('score.mark5')}</label>
          <select id={`${id}-mark`} className="select pf-select--small" value={band.mark5 ?? ''} onChange={(e) => set({ mark5: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">—</option>
            {[5, 4, 3, 2].map((m) => <option key={m} value={m}>{formatPlain(lang, m)}</option>)}
          </select>
        </div>
        <TriSelect id={`${id}-pass`} label={t('people.design.pass')} value={band.pass} onChange={(pass) => set({ pass })} />
        <TriSelect id={`${id}-cert`} label={t('people.design.certificate')} value={band.certificate} onChange={(certificate) => set({ certificate })} />
      </div>
      <FieldNotes path={path} within />
      <LocalizedInputs id={`${id}-grade`} label={t('people.editor.grade')} value={band.grade} path={`${path}.grade`} testId={`${id}-grade`} onChange={(grade) => set({ grade })} />
      <LocalizedInputs id={`${id}-consequence`} label={t('people.editor.consequence')} value={textOrEmpty(band.consequence)} path={`${path}.consequence`} isMultiline
        onChange={(text) => set({ consequence: optionalText(text) })} />
    </div>
  );
}

/** The final grade scale: a live bar, then each band with its range, grade, mark, pass, certificate and consequence. */
export function GradeBandsEditor({ design, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const hi = design.scale.basis === 'percent' ? '100 %' : formatPlain(lang, design.max);
  return (
    <section className="card" data-path="scale" data-testid="grade-bands-editor">
      <h2>{t('people.design.scale')}</h2>
      <p className="muted">{t('people.editor.scaleHint', { max: hi })}</p>
      <GradeBar design={design} />
      <FieldNotes path="scale" />
      <FieldNotes path="scale.bands" />
      {design.scale.bands.map((b, k) => (
        <GradeBandRow key={k} design={design} k={k} band={b} onChange={onChange} />
      ))}
      <button type="button" className="pf-button pf-button--ghost" onClick={() => onChange(addGradeBand(design))}>
        + {t('people.editor.addGradeBand')}
      </button>
    </section>
  );
}
