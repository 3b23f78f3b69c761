import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExamView } from '../../../shared/api/channels/sittings-types';
import { errorText } from '../../i18n/codes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { ConfirmDialog } from '../tests/ConfirmDialog';
import { tally } from './exam-model';
import { QuestionCard } from './QuestionCard';
import { QuestionMap } from './QuestionMap';
import type { ExamControls } from './use-exam';

type Props = { view: ExamView; exam: ExamControls };

/** The test while it runs: one question per page (or all of them), the map, and Submit. */
export function TestView({ view, exam }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const items = view.items;
  const total = items.length;
  const [current, setCurrent] = useState(() => Math.min(Math.max(view.position + 1, 1), Math.max(total, 1)));
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const counts = tally(items);
  const isAll = view.layout === 'all';
  const shown = isAll ? items : items.filter((i) => i.position === current);

  const go = (position: number) => {
    setCurrent(position);
    if (isAll) document.getElementById(`q-${position}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    else window.scrollTo({ top: 0 });
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await exam.submit();
      setAsking(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={isAll ? 'exam-test exam-test--all' : 'exam-test'} data-testid="exam-test" data-layout={view.layout}>
      <p className="exam-progress" data-testid="exam-progress">
        {t('tests.exam.answeredOf', { n: formatPlain(lang, counts.answered), total: formatPlain(lang, total) })}
        {counts.flagged > 0 && <span> · {t('tests.exam.flaggedN', { n: formatPlain(lang, counts.flagged) })}</span>}
      </p>
      {shown.map((item) => (
        <QuestionCard key={item.ref} item={item} total={total} isWaiting={exam.save.waiting.has(item.ref)} link={exam.save.status} refused={exam.refused[item.ref]}
          onAnswer={exam.answer} onFlag={exam.flag} />
      ))}
      {!isAll && (
        <div className="exam-nav">
          <button type="button" className="pf-button pf-button--ghost ts-big" disabled={current <= 1} onClick={() => go(current - 1)} data-testid="exam-prev">
            ← {t('tests.exam.prev')}
          </button>
          <button type="button" className="pf-button ts-big" disabled={current >= total} onClick={() => go(current + 1)} data-testid="exam-next">
            {t('tests.exam.next')} →
          </button>
        </div>
      )}
      <QuestionMap items={items} current={isAll ? null : current} onGo={go} />
      <div className="exam-submit-row">
        <button type="button" className="pf-button ts-big exam-submit" onClick={() => { setError(null); setAsking(true); }} data-testid="exam-submit">
          {t('tests.exam.submit')}
        </button>
      </div>
      <ConfirmDialog isOpen={isAsking} title={t('tests.exam.submitTitle')} confirmLabel={t('tests.exam.submitConfirm')} cancelLabel={t('tests.exam.submitCancel')}
        onConfirm={() => void submit()} onCancel={() => setAsking(false)} isBusy={isBusy} error={error ? errorText(t, error) : null} testId="submit-dialog">
        <p>{t('tests.exam.submitBody')}</p>
        <p data-testid="submit-unanswered">
          {t('tests.exam.submitCounts', { answered: formatPlain(lang, counts.answered), total: formatPlain(lang, total), open: formatPlain(lang, total - counts.answered) })}
        </p>
        {counts.flagged > 0 && <p>{t('tests.exam.submitFlagged', { n: formatPlain(lang, counts.flagged) })}</p>}
      </ConfirmDialog>
    </section>
  );
}
