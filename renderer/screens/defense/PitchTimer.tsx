import { useTranslation } from 'react-i18next';
import type { Turn } from '../../../shared/api/channels/defense-types';
import { useInterval } from '../../api/use-changes';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatClock, pitchSeconds, pitchTone } from './pitch-clock';

type Props = { turn: Turn; limits: { min: number; max: number } | null; className?: string };

/**
 * The pitch timer: counts the pitch against the programme's minutes, amber near the upper
 * limit and red past it, with the state in words as well as in colour.
 */
export function PitchTimer({ turn, limits, className = '' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const isRunning = turn.pitchStartedAt !== null && turn.pitchEndedAt === null;
  useInterval(500, isRunning);
  const seconds = pitchSeconds(turn, Date.now());
  const tone = pitchTone(seconds, limits);
  const word = tone === 'over' ? t('defense.timer.over') : tone === 'near' ? t('defense.timer.near') : isRunning ? t('defense.timer.running') : seconds === null ? t('defense.timer.notStarted') : t('defense.timer.stopped');
  return (
    <div className={`pitch-timer tone-${tone} ${className}`} data-testid="pitch-timer" data-tone={tone}>
      <span className="pitch-clock" data-testid="pitch-clock">
        {formatClock(seconds ?? 0)}
      </span>
      <span className="pitch-meta">
        <span className="pitch-word">{word}</span>
        <span className="pitch-limit">
          {limits
            ? t('defense.timer.limit', { min: formatPlain(lang, limits.min), max: formatPlain(lang, limits.max) })
            : t('defense.timer.noLimit')}
        </span>
      </span>
    </div>
  );
}
