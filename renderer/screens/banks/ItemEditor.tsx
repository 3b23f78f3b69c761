import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankItemView, BankView } from '../../../shared/api/channels/banks-types';
import type { ExamResponse } from '../../../shared/api/channels/sittings';
import type { ItemType } from '../../../shared/domain/bank/types';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { AnswerInput } from '../exam/AnswerInput';
import { plainText } from '../exam/exam-model';
import { TextField } from '../programmes/ui/TextField';
import { draftOf, emptyForm, formOf, problemAt, saveInput, topicOf, type FormProblem, type ItemForm } from './item-form';
import { ItemRows } from './ItemRows';
import { TYPE_ICONS, TYPE_LIST } from './labels';
import { previewItem } from './preview-item';

type Props = { bankId: number; item: BankItemView | null; topic: string; onSaved: (bank: BankView, itemId: string) => void; onCancel: () => void };

/**
 * One question's editor: type, topic, texts and facts, the type's own answers, and beside it
 * a live preview of what the examinee's page shows. Problems appear next to their fields once
 * saving was tried; the core checks the same rules again.
 */
export function ItemEditor({ bankId, item, topic, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form, setForm] = useState<ItemForm>(() => (item ? formOf(item) : emptyForm('single', topic)));
  const [isTried, setTried] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [answer, setAnswer] = useState<ExamResponse | null>(null);
  const { draft, problems } = useMemo(() => draftOf(form), [form]);
  const shown: FormProblem[] = isTried ? problems : [];
  const say = (field: string): string | null => {
    const p = problemAt(shown, field);
    return p ? t(`banks.problem.${p.code}`) : null;
  };
  const set = (patch: Partial<ItemForm>) => setForm((f) => ({ ...f, ...patch }));
  const changeType = (type: ItemType) => {
    const fresh = emptyForm(type, form.topic);
    setForm({ ...fresh, name: form.name, text: form.text, lang: form.lang, difficulty: form.difficulty, points: form.points, competencies: form.competencies, feedback: form.feedback });
    setAnswer(null);
  };

  const save = async () => {
    setTried(true);
    setFailure(null);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const saved = await call('bank:item-save', { bankId, topic: topicOf(form), item: saveInput(draft), ...(item ? { itemId: item.id } : {}) });
      onSaved(saved.bank, saved.itemId);
    } catch (error) {
      const field = error instanceof ApiCallError ? error.field : null;
      setFailure(field ? `${errorText(t, error)} (${field})` : errorText(t, error));
      setBusy(false);
    }
  };

  const preview = { ...previewItem(draft), answer };
  return (
    <section className="card bk-editor" aria-labelledby="bk-editor-title" data-testid="item-editor"
      onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(); }}>
      <h2 id="bk-editor-title">{item ? t('banks.editor.titleEdit', { id: item.id }) : t('banks.editor.titleNew')}</h2>
      <div className="bk-editor-split">
        <form className="pf-form" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="pf-row">
            <label className="pf-field">
              <span className="pf-label">{t('banks.editor.type')}</span>
              <select className="pf-input" value={form.type} onChange={(e) => changeType(TYPE_LIST.find((x) => x === e.target.value) ?? 'single')} data-testid="editor-type" autoFocus>
                {TYPE_LIST.map((x) => <option key={x} value={x}>{`${TYPE_ICONS[x]} ${t(`banks.type.${x}`)}`}</option>)}
              </select>
            </label>
            <TextField id="editor-topic" label={t('banks.editor.topic')} value={form.topic} onChange={(topic) => set({ topic })} hint={t('banks.editor.topicHint')} testId="editor-topic" />
            <TextField id="editor-name" label={t('banks.editor.name')} value={form.name} onChange={(name) => set({ name })} maxLength={255} testId="editor-name" className="pf-field--narrow" />
          </div>
          <label className="pf-field">
            <span className="pf-label">{t('banks.editor.text')} *</span>
            <textarea className="pf-input" rows={3} value={form.text} onChange={(e) => set({ text: e.target.value })} aria-invalid={say('text') ? true : undefined} data-testid="editor-text" lang={form.lang || undefined} />
            {say('text') && <span className="pf-hint pf-bad" role="alert">{say('text')}</span>}
          </label>
          <div className="pf-row">
            <label className="pf-field pf-field--narrow">
              <span className="pf-label">{t('banks.editor.lang')}</span>
              <select className="pf-input" value={form.lang} onChange={(e) => set({ lang: e.target.value === 'kk' || e.target.value === 'ru' || e.target.value === 'en' ? e.target.value : '' })} data-testid="editor-lang">
                <option value="">{t('banks.editor.langNone')}</option>
                <option value="kk">Қазақша</option>
                <option value="ru">Русский</option>
                <option value="en">English</option>
              </select>
            </label>
            <TextField id="editor-difficulty" label={t('banks.editor.difficulty')} value={form.difficulty} onChange={(difficulty) => set({ difficulty })} inputMode="numeric" error={say('difficulty')} testId="editor-difficulty" className="pf-field--narrow" />
            <TextField id="editor-points" label={t('banks.editor.points')} value={form.points} onChange={(points) => set({ points })} inputMode="decimal" error={say('points')} testId="editor-points" className="pf-field--narrow" />
            <TextField id="editor-competencies" label={t('banks.editor.competencies')} value={form.competencies} onChange={(competencies) => set({ competencies })} hint={t('banks.editor.competenciesHint')} testId="editor-competencies" />
          </div>
          <ItemRows form={form} set={set} say={say} />
          <TextField id="editor-feedback" label={t('banks.editor.feedback')} value={form.feedback} onChange={(feedback) => set({ feedback })} testId="editor-feedback" />
          {failure && <p className="alert alert--error" role="alert" data-testid="editor-error">{failure}</p>}
          <div className="pf-actions">
            <button type="submit" className="pf-button" disabled={isBusy} data-testid="editor-save">{isBusy ? t('banks.editor.saving') : t('banks.editor.save')}</button>
            <button type="button" className="pf-button pf-button--ghost" onClick={onCancel} data-testid="editor-cancel">{t('banks.editor.cancel')}</button>
          </div>
        </form>
        <aside className="bk-preview-pane" aria-label={t('banks.editor.preview')} data-testid="editor-preview">
          <h3>{t('banks.editor.preview')}</h3>
          <article className="exam-question">
            <header className="exam-question-head">
              <span className="exam-points">{t('tests.exam.points', { n: formatPlain(lang, Number.isFinite(preview.points) ? preview.points : 0) })}</span>
            </header>
            <p className="exam-question-text" lang={preview.lang ?? undefined} data-testid="preview-text">{plainText(preview.text, preview.format)}</p>
            <AnswerInput item={preview} onAnswer={setAnswer} />
          </article>
          <p className="pf-hint">{t('banks.editor.previewNote')}</p>
        </aside>
      </div>
    </section>
  );
}
