import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../../shared/schemas/design-schema';
import { formatExact, formatPlain, pick } from '../../../i18n/format';
import { useLang } from '../../../i18n/use-lang';
import { GradeBadge } from '../../score/GradeBadge';
import { gradeTone } from '../../score/grade-tone';
import { checkRow, summarize, type Row } from './sheet-model';
import { SheetRow } from './SheetRow';

type Props = {
  design: Design;
  rows: readonly Row[];
  onRowsChange: (rows: Row[]) => void;
  isLocked: boolean;
  canSubmit: boolean;
  isSubmitting: boolean;
  onSubmit: () => void;
  status?: ReactNode;
  variant: 'desktop' | 'phone';
};

/**
 * A member's sheet: one row per criterion, the total and grade at the bottom, Submit.
 * Enter in a points field moves to the next one; from the last it moves to Submit.
 */
export function SheetEditor({ design, rows, onRowsChange, isLocked, canSubmit, isSubmitting, onSubmit, status, variant }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const submitRef = useRef<HTMLButtonElement | null>(null);
  const checks = design.criteria.map((c, i) => checkRow(c, rows[i] ?? { text: '', band: null }));
  const summary = summarize(design, checks);
  const grade = summary.grade;
  return (
    <div className={`sheet sheet--${variant}`} data-testid="sheet">
      <ol className="sheet-rows">
        {design.criteria.map((c, i) => (
          <SheetRow
            key={c.id}
            index={i}
            criterion={c}
            row={rows[i] ?? { text: '', band: null }}
            check={checks[i] ?? { kind: 'empty' }}
            isLocked={isLocked}
            onChange={(row) => onRowsChange(rows.map((old, j) => (j === i ? row : old)))}
            onEnter={() => (i + 1 < design.criteria.length ? inputs.current[i + 1]?.focus() : submitRef.current?.focus())}
            inputRef={(el) => {
              inputs.current[i] = el;
            }}
          />
        ))}
      </ol>
      <div className="sheet-footer" aria-live="polite">
        <div className="sheet-total">
          <span className="sheet-total-caption">{t('defense.sheet.total')}</span>
          <span className="sheet-total-value" data-testid="sheet-total" title={summary.total === null ? undefined : `${t('score.exact')}: ${formatExact(lang, summary.total)}`}>
            {summary.total === null ? '—' : formatPlain(lang, grade?.total ?? summary.total)}
          </span>
          <span className="total-max">{t('score.outOf', { max: formatPlain(lang, design.max) })}</span>
        </div>
        {grade ? (
          <GradeBadge tone={gradeTone(design, grade.band)} text={grade.grade ? pick(grade.grade, lang) : '—'} />
        ) : (
          <span className="muted" data-testid="sheet-progress">
            {t('defense.sheet.progress', { done: formatPlain(lang, summary.done), total: formatPlain(lang, summary.count) })}
          </span>
        )}
        {status && <div className="sheet-status">{status}</div>}
        {!isLocked && (
          <button
            ref={submitRef}
            type="button"
            className="button def-big"
            disabled={!summary.isComplete || !canSubmit || isSubmitting}
            data-testid="sheet-submit"
            onClick={onSubmit}
          >
            {isSubmitting ? t('defense.sheet.submitting') : t('defense.sheet.submit')}
          </button>
        )}
      </div>
      {!isLocked && <p className="muted sheet-hint">{t('defense.sheet.keyboardHint')}</p>}
    </div>
  );
}
