import { useTranslation } from 'react-i18next';
import { useInterval } from '../../api/use-changes';
import { formatClock, timerTone } from './exam-model';

type Props = { deadline: number; limitMinutes: number | null };

/**
 * The time left, counted down from the core's remaining seconds (`deadline` is on this page's
 * monotonic clock); amber, then red, with the words said once for a screen reader.
 */
export function ExamTimer({ deadline, limitMinutes }: Props) {
  const { t } = useTranslation();
  useInterval(500);
  const seconds = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
  const tone = timerTone(seconds, limitMinutes);
  return (
    <div className={`exam-timer is-${tone}`} role="timer" data-testid="exam-timer" data-remaining={seconds} data-tone={tone}>
      <span className="exam-timer-label">{t('tests.exam.timeLeft')}</span>
      <span className="exam-timer-clock" aria-hidden="true">
        {formatClock(seconds)}
      </span>
      <span className="ts-sr">{formatClock(seconds)}</span>
      <span className="ts-sr" aria-live="assertive">
        {tone === 'red' ? t('tests.exam.timeRed') : tone === 'amber' ? t('tests.exam.timeAmber') : ''}
      </span>
    </div>
  );
}
