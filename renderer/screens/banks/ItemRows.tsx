import { useTranslation } from 'react-i18next';
import type { ItemForm, WeightedRow } from './item-form';

type Props = { form: ItemForm; set: (patch: Partial<ItemForm>) => void; say: (field: string) => string | null };

function Problem({ text }: { text: string | null }) {
  return text ? <span className="pf-hint pf-bad" role="alert">{text}</span> : null;
}

/** Choices of a single or multiple item: text and, for multiple, a share in percent; for single, which one is right. */
function Choices({ form, set, say }: Props) {
  const { t } = useTranslation();
  const isSingle = form.type === 'single';
  const update = (i: number, patch: Partial<WeightedRow>) => set({ rows: form.rows.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  const pick = (i: number) => set({ rows: form.rows.map((r, k) => ({ ...r, weight: k === i ? '100' : '0' })) });
  return (
    <fieldset className="bk-rows" data-testid="editor-options">
      <legend className="pf-label">{t('banks.editor.options')}</legend>
      {form.rows.map((r, i) => (
        <div key={i} className="bk-row">
          <span className="bk-row-mark" aria-hidden="true">{String.fromCharCode(65 + (i % 26))}</span>
          <input className="pf-input" value={r.text} aria-label={t('banks.editor.option', { n: String(i + 1) })} onChange={(e) => update(i, { text: e.target.value })} data-testid={`option-${i}`} />
          {isSingle ? (
            <label className="pf-check">
              <input type="radio" name="bk-right" checked={r.weight.trim() === '100'} onChange={() => pick(i)} data-testid={`option-right-${i}`} /> {t('banks.editor.correct')}
            </label>
          ) : (
            <input className="pf-input bk-weight" value={r.weight} inputMode="decimal" aria-label={`${t('banks.editor.option', { n: String(i + 1) })}: ${t('banks.editor.weight')}`}
              onChange={(e) => update(i, { weight: e.target.value })} data-testid={`option-weight-${i}`} />
          )}
          <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => set({ rows: form.rows.filter((_, k) => k !== i) })}>{t('banks.editor.removeRow')}</button>
          <Problem text={say(`options.${i}.text`) ?? say(`options.${i}.weight`)} />
        </div>
      ))}
      <Problem text={say('options')} />
      <div className="pf-row">
        <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => set({ rows: [...form.rows, { text: '', weight: '0', tolerance: '0' }] })} data-testid="option-add">{t('banks.editor.addOption')}</button>
        <label className="pf-check"><input type="checkbox" checked={form.shuffle} onChange={(e) => set({ shuffle: e.target.checked })} /> {t('banks.editor.shuffle')}</label>
      </div>
    </fieldset>
  );
}

/** Accepted answers of a short or numeric item: text (or value ± tolerance) and share. */
function Answers({ form, set, say }: Props) {
  const { t } = useTranslation();
  const isNumeric = form.type === 'numeric';
  const update = (i: number, patch: Partial<WeightedRow>) => set({ rows: form.rows.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  return (
    <fieldset className="bk-rows" data-testid="editor-answers">
      <legend className="pf-label">{t('banks.editor.answers')}</legend>
      {form.rows.map((r, i) => (
        <div key={i} className="bk-row">
          <input className="pf-input" value={r.text} aria-label={isNumeric ? t('banks.editor.value') : t('banks.editor.answer')} inputMode={isNumeric ? 'decimal' : 'text'}
            onChange={(e) => update(i, { text: e.target.value })} data-testid={`answer-${i}`} />
          {isNumeric && (
            <input className="pf-input bk-weight" value={r.tolerance} inputMode="decimal" aria-label={t('banks.editor.tolerance')} onChange={(e) => update(i, { tolerance: e.target.value })} data-testid={`answer-tolerance-${i}`} />
          )}
          <input className="pf-input bk-weight" value={r.weight} inputMode="decimal" aria-label={t('banks.editor.weight')} onChange={(e) => update(i, { weight: e.target.value })} data-testid={`answer-weight-${i}`} />
          <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => set({ rows: form.rows.filter((_, k) => k !== i) })}>{t('banks.editor.removeRow')}</button>
          <Problem text={say(`answers.${i}.text`) ?? say(`answers.${i}.value`) ?? say(`answers.${i}.tolerance`) ?? say(`answers.${i}.weight`)} />
        </div>
      ))}
      <Problem text={say('answers')} />
      <div className="pf-row">
        <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => set({ rows: [...form.rows, { text: '', weight: '100', tolerance: '0' }] })}>{t('banks.editor.addAnswer')}</button>
        {!isNumeric && (
          <>
            <label className="pf-check"><input type="checkbox" checked={form.ignoreCase} onChange={(e) => set({ ignoreCase: e.target.checked })} /> {t('banks.editor.ignoreCase')}</label>
            <label className="pf-check"><input type="checkbox" checked={form.ignoreSpaces} onChange={(e) => set({ ignoreSpaces: e.target.checked })} /> {t('banks.editor.ignoreSpaces')}</label>
          </>
        )}
      </div>
    </fieldset>
  );
}

function Pairs({ form, set, say }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<ItemForm['pairs'][number]>) => set({ pairs: form.pairs.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  return (
    <fieldset className="bk-rows" data-testid="editor-pairs">
      <legend className="pf-label">{t('banks.editor.pairs')}</legend>
      {form.pairs.map((p, i) => (
        <div key={i} className="bk-row">
          <input className="pf-input" value={p.left} aria-label={t('banks.editor.left')} onChange={(e) => update(i, { left: e.target.value })} data-testid={`pair-left-${i}`} />
          <span aria-hidden="true">→</span>
          <input className="pf-input" value={p.right} aria-label={t('banks.editor.right')} onChange={(e) => update(i, { right: e.target.value })} data-testid={`pair-right-${i}`} />
          <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => set({ pairs: form.pairs.filter((_, k) => k !== i) })}>{t('banks.editor.removeRow')}</button>
          <Problem text={say(`pairs.${i}.left`) ?? say(`pairs.${i}.right`)} />
        </div>
      ))}
      <Problem text={say('pairs')} />
      <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => set({ pairs: [...form.pairs, { left: '', right: '' }] })}>{t('banks.editor.addPair')}</button>
      <label className="pf-field">
        <span className="pf-label">{t('banks.editor.distractors')}</span>
        <textarea className="pf-input" rows={2} value={form.distractors} onChange={(e) => set({ distractors: e.target.value })} />
        <span className="pf-hint">{t('banks.editor.distractorsHint')}</span>
      </label>
    </fieldset>
  );
}

/** The answers of the item's type. */
export function ItemRows(props: Props) {
  const { t } = useTranslation();
  switch (props.form.type) {
    case 'single':
    case 'multiple':
      return <Choices {...props} />;
    case 'short':
    case 'numeric':
      return <Answers {...props} />;
    case 'matching':
      return <Pairs {...props} />;
    case 'truefalse':
      return (
        <label className="pf-check" data-testid="editor-truefalse">
          <input type="checkbox" checked={props.form.answer} onChange={(e) => props.set({ answer: e.target.checked })} data-testid="editor-answer-true" /> {t('banks.editor.answerTrue')}
        </label>
      );
    case 'essay':
      return <p className="pf-hint">{t('banks.editor.essayNote')}</p>;
  }
}
