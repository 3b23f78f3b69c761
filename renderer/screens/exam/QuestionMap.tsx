import { useTranslation } from 'react-i18next';
import type { ExamItem } from '../../../shared/api/channels/sittings-types';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { isAnswered } from './exam-model';

type Props = { items: readonly ExamItem[]; current: number | null; onGo: (position: number) => void };

/** Every question as a numbered button: answered (filled), flagged (⚑), the current one outlined. */
export function QuestionMap({ items, current, onGo }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <nav className="exam-map" aria-label={t('tests.exam.map')} data-testid="exam-map">
      <ol className="exam-map-grid">
        {items.map((item) => {
          const isDone = isAnswered(item.answer);
          const state = [isDone ? t('tests.exam.mapAnswered') : t('tests.exam.mapOpen'), item.flagged ? t('tests.exam.mapFlagged') : ''].filter(Boolean).join(', ');
          const classes = ['exam-map-cell', isDone ? 'is-answered' : '', item.flagged ? 'is-flagged' : '', item.position === current ? 'is-current' : ''].filter(Boolean).join(' ');
          return (
            <li key={item.ref}>
              <button type="button" className={classes} aria-current={item.position === current ? 'step' : undefined} aria-label={`${formatPlain(lang, item.position)}: ${state}`}
                title={state} onClick={() => onGo(item.position)} data-testid={`map-${item.position}`} data-answered={isDone} data-flagged={item.flagged}>
                {formatPlain(lang, item.position)}
                {item.flagged && <span className="exam-map-flag" aria-hidden="true">⚑</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="exam-map-legend">
        <span className="exam-map-key is-answered" aria-hidden="true" /> {t('tests.exam.mapAnswered')}
        <span className="exam-map-key" aria-hidden="true" /> {t('tests.exam.mapOpen')}
        <span className="exam-map-key is-flagged" aria-hidden="true">⚑</span> {t('tests.exam.mapFlagged')}
      </p>
    </nav>
  );
}
