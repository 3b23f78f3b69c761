import { useTranslation } from 'react-i18next';
import type { ExamResponse } from '../../../shared/api/channels/sittings';
import type { ExamItem } from '../../../shared/api/channels/sittings-types';
import { assertNever } from '../../assert-never';

type Props = { item: ExamItem; onAnswer: (response: ExamResponse) => void };

/** Limits of the channel's schema, so a long text is cut here rather than refused there. */
const MAX_TEXT = { short: 1000, numeric: 100, essay: 50_000 } as const;

function Choices({ item, options, isMultiple, onAnswer }: Props & { options: string[]; isMultiple: boolean }) {
  const { t } = useTranslation();
  const picked = item.answer?.type === 'single' ? (item.answer.choice === null ? [] : [item.answer.choice]) : item.answer?.type === 'multiple' ? item.answer.choices : [];
  const toggle = (i: number) => {
    if (!isMultiple) return onAnswer({ type: 'single', choice: i });
    const next = picked.includes(i) ? picked.filter((c) => c !== i) : [...picked, i].sort((a, b) => a - b);
    onAnswer({ type: 'multiple', choices: next });
  };
  return (
    <fieldset className="exam-choices">
      <legend className="ts-sr">{isMultiple ? t('tests.exam.multipleHint') : t('tests.exam.singleHint')}</legend>
      {isMultiple && <p className="exam-hint">{t('tests.exam.multipleHint')}</p>}
      {options.map((text, i) => (
        <label key={i} className={picked.includes(i) ? 'exam-choice is-picked' : 'exam-choice'} data-testid={`choice-${i}`}>
          <input type={isMultiple ? 'checkbox' : 'radio'} name={`q-${item.ref}`} checked={picked.includes(i)} onChange={() => toggle(i)} />
          <span className="exam-choice-mark" aria-hidden="true">{String.fromCharCode(65 + (i % 26))}</span>
          <span className="exam-choice-text" lang={item.lang ?? undefined}>{text}</span>
        </label>
      ))}
    </fieldset>
  );
}

function TrueFalse({ item, onAnswer }: Props) {
  const { t } = useTranslation();
  const value = item.answer?.type === 'truefalse' ? item.answer.answer : null;
  return (
    <fieldset className="exam-choices exam-choices--row">
      <legend className="ts-sr">{t('tests.exam.singleHint')}</legend>
      {([true, false] as const).map((v) => (
        <label key={String(v)} className={value === v ? 'exam-choice is-picked' : 'exam-choice'} data-testid={`tf-${String(v)}`}>
          <input type="radio" name={`q-${item.ref}`} checked={value === v} onChange={() => onAnswer({ type: 'truefalse', answer: v })} />
          <span className="exam-choice-text">{v ? t('tests.exam.true') : t('tests.exam.false')}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Matching({ item, lefts, rights, onAnswer }: Props & { lefts: string[]; rights: string[] }) {
  const { t } = useTranslation();
  const given = item.answer?.type === 'matching' && item.answer.rights.length === lefts.length ? item.answer.rights : lefts.map(() => null);
  const set = (row: number, value: string) => onAnswer({ type: 'matching', rights: given.map((r, i) => (i === row ? (value === '' ? null : Number(value)) : r)) });
  return (
    <div className="exam-matching">
      <p className="exam-hint">{t('tests.exam.matchingHint')}</p>
      {lefts.map((left, row) => (
        <label key={row} className="exam-match-row">
          <span className="exam-match-left" lang={item.lang ?? undefined}>{left}</span>
          <select className="exam-select" value={given[row] ?? ''} onChange={(e) => set(row, e.target.value)} data-testid={`match-${row}`}>
            <option value="">{t('tests.exam.choose')}</option>
            {rights.map((r, k) => (
              <option key={k} value={k}>{r}</option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}

function TextAnswer({ item, kind, onAnswer }: Props & { kind: 'short' | 'numeric' | 'essay' }) {
  const { t } = useTranslation();
  const text = item.answer && 'text' in item.answer ? item.answer.text : '';
  const change = (value: string) => onAnswer({ type: kind, text: value.slice(0, MAX_TEXT[kind]) });
  const label = t(`tests.exam.${kind}Label`);
  if (kind === 'essay') {
    return (
      <label className="exam-text">
        <span className="exam-hint">{label}</span>
        <textarea className="exam-input exam-essay" value={text} maxLength={MAX_TEXT.essay} rows={10} onChange={(e) => change(e.target.value)} data-testid="answer-text" />
        <span className="exam-hint">{t('tests.exam.characters', { n: String(text.length) })}</span>
      </label>
    );
  }
  return (
    <label className="exam-text">
      <span className="exam-hint">{label}</span>
      <input className={kind === 'numeric' ? 'exam-input exam-input--num' : 'exam-input'} value={text} maxLength={MAX_TEXT[kind]} autoComplete="off" spellCheck={false}
        inputMode={kind === 'numeric' ? 'decimal' : 'text'} onChange={(e) => change(e.target.value)} data-testid="answer-text" />
    </label>
  );
}

/** The answer field of one item, by its type; every change is an answer given (and saved). */
export function AnswerInput({ item, onAnswer }: Props) {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return <Choices item={item} options={item.options} isMultiple={item.type === 'multiple'} onAnswer={onAnswer} />;
    case 'truefalse':
      return <TrueFalse item={item} onAnswer={onAnswer} />;
    case 'matching':
      return <Matching item={item} lefts={item.lefts} rights={item.rights} onAnswer={onAnswer} />;
    case 'short':
    case 'numeric':
    case 'essay':
      return <TextAnswer item={item} kind={item.type} onAnswer={onAnswer} />;
    default:
      return assertNever(item);
  }
}
