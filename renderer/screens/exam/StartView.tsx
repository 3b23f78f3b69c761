import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExamView } from '../../../shared/api/channels/sittings-types';
import { errorText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatDay } from '../programmes/ui/dates';

type Props = { view: ExamView; onStart: () => Promise<void> };

/** Before the clock starts: who, what, how long, how it works; one large Start button. */
export function StartView({ view, onStart }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await onStart();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <section className="exam-card" data-testid="exam-start">
      <p className="exam-kicker">{pick(view.title, lang)}</p>
      <h1 data-testid="exam-name">{view.listenerName}</h1>
      <dl className="facts exam-facts">
        <dt>{t('tests.exam.items')}</dt>
        <dd data-testid="exam-item-count">{formatPlain(lang, view.itemCount)}</dd>
        <dt>{t('tests.exam.timeLimit')}</dt>
        <dd data-testid="exam-time-limit">{view.timeLimitMinutes === null ? t('tests.common.untimed') : t('tests.common.minutes', { n: formatPlain(lang, view.timeLimitMinutes) })}</dd>
        <dt>{t('tests.exam.date')}</dt>
        <dd>{formatDay(lang, view.heldOn)}</dd>
        {view.place && (
          <>
            <dt>{t('tests.exam.place')}</dt>
            <dd>{view.place}</dd>
          </>
        )}
      </dl>
      <ul className="exam-rules">
        <li>{t('tests.exam.ruleSaved')}</li>
        <li>{t('tests.exam.ruleFlag')}</li>
        <li>{view.timeLimitMinutes === null ? t('tests.exam.ruleUntimed') : t('tests.exam.ruleTimed')}</li>
      </ul>
      {error !== null && (
        <p className="alert alert--error" role="alert" data-testid="exam-start-error">
          {errorText(t, error)}
        </p>
      )}
      <button type="button" className="pf-button ts-big exam-start" disabled={isBusy} onClick={() => void start()} data-testid="exam-start-button">
        {isBusy ? t('tests.exam.starting') : t('tests.exam.start')}
      </button>
    </section>
  );
}
