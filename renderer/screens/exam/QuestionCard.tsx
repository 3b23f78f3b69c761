import { useTranslation } from 'react-i18next';
import type { ExamResponse } from '../../../shared/api/channels/sittings';
import type { ExamItem } from '../../../shared/api/channels/sittings-types';
import type { CallErrorCode } from '../../api/client';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { KZ_TIME_ZONE } from '../programmes/ui/dates';
import { AnswerInput } from './AnswerInput';
import { plainText } from './exam-model';
import type { OutboxStatus } from './exam-outbox';

type Props = {
  item: ExamItem;
  total: number;
  /** Whether this item's latest answer or flag is still on its way, and how the link is. */
  isWaiting: boolean;
  link: OutboxStatus;
  refused: CallErrorCode | undefined;
  onAnswer: (ref: string, response: ExamResponse) => void;
  onFlag: (ref: string, flagged: boolean) => void;
};

function clockTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString('ru-KZ', { timeZone: KZ_TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
}

function SaveNote({ item, isWaiting, link }: Pick<Props, 'item' | 'isWaiting' | 'link'>) {
  const { t } = useTranslation();
  let text = '';
  let tone = 'idle';
  if (isWaiting) {
    tone = link === 'offline' ? 'offline' : 'saving';
    text = link === 'offline' ? t('tests.exam.notSaved') : t('tests.exam.saving');
  } else if (item.savedAt) {
    tone = 'saved';
    text = t('tests.exam.saved', { time: clockTime(item.savedAt) });
  }
  return (
    <p className={`exam-save is-${tone}`} aria-live="polite" data-testid="save-state" data-state={tone}>
      {text}
    </p>
  );
}

/** One question: its number, text and points, the answer field, the flag, and whether the answer is saved. */
export function QuestionCard({ item, total, isWaiting, link, refused, onAnswer, onFlag }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <article className={item.flagged ? 'exam-question is-flagged' : 'exam-question'} id={`q-${item.position}`} data-testid={`question-${item.position}`} data-ref={item.ref}
      aria-labelledby={`q-${item.position}-title`}>
      <header className="exam-question-head">
        <h2 id={`q-${item.position}-title`} className="exam-question-no">
          {t('tests.exam.question', { n: formatPlain(lang, item.position), total: formatPlain(lang, total) })}
        </h2>
        <span className="exam-points">{t('tests.exam.points', { n: formatPlain(lang, item.points) })}</span>
      </header>
      <p className="exam-question-text" lang={item.lang ?? undefined}>
        {plainText(item.text, item.format)}
      </p>
      <AnswerInput item={item} onAnswer={(response) => onAnswer(item.ref, response)} />
      {refused && (
        <p className="alert alert--error" role="alert" data-testid="answer-refused">
          {t('tests.exam.refused')} {t(`errors.${refused}`)}
        </p>
      )}
      <footer className="exam-question-foot">
        <button type="button" className={item.flagged ? 'exam-flag is-on' : 'exam-flag'} aria-pressed={item.flagged} onClick={() => onFlag(item.ref, !item.flagged)} data-testid="flag">
          <span aria-hidden="true">⚑</span> {item.flagged ? t('tests.exam.flagged') : t('tests.exam.flag')}
        </button>
        <SaveNote item={item} isWaiting={isWaiting} link={link} />
      </footer>
    </article>
  );
}
