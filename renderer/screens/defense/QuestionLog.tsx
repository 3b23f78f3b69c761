import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TurnDetail } from '../../../shared/api/channels/defense-types';
import type { Member } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { ActionError } from './ActionError';
import { useAction } from './use-action';

type Props = { turn: TurnDetail; members: readonly Member[]; isOpen: boolean; onChanged: () => void };

/** The programme's interview questions to pick from, the ask form, and the log of questions asked. */
export function QuestionLog({ turn, members, isOpen, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const askers = members.filter((m) => m.role !== 'secretary');
  const [memberId, setMemberId] = useState<number>(askers[0]?.id ?? 0);
  const [index, setIndex] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const action = useAction(onChanged);
  const ask = async () => {
    const ok = await action.run(() => call('defense:ask', { turnId: turn.id, memberId, questionIndex: index, text: text.trim(), answerNote: note.trim() }));
    if (ok) {
      setText('');
      setNote('');
      setIndex(null);
    }
  };
  return (
    <section className="questions" data-testid="questions">
      <h3>{t('defense.questions.title')}</h3>
      {turn.interviewQuestions.length > 0 && (
        <details className="question-bank">
          <summary>{t('defense.questions.bank', { n: formatPlain(lang, turn.interviewQuestions.length) })}</summary>
          <ol>
            {turn.interviewQuestions.map((q, i) => (
              <li key={i}>
                <button
                  type="button"
                  className={index === i ? 'def-link is-active' : 'def-link'}
                  disabled={!isOpen}
                  data-testid={`bank-question-${i}`}
                  onClick={() => {
                    setIndex(i);
                    setText(pick(q, lang));
                  }}
                >
                  {pick(q, lang)}
                </button>
              </li>
            ))}
          </ol>
        </details>
      )}
      {isOpen && (
        <div className="ask-form">
          <label className="field-label" htmlFor="ask-member">
            {t('defense.questions.member')}
          </label>
          <select id="ask-member" className="select" value={memberId} data-testid="ask-member" onChange={(e) => setMemberId(Number(e.target.value))}>
            {askers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.fullName}
              </option>
            ))}
          </select>
          <label className="field-label" htmlFor="ask-text">
            {t('defense.questions.text')}
          </label>
          <textarea id="ask-text" className="def-textarea" rows={2} value={text} data-testid="ask-text" onChange={(e) => setText(e.target.value)} />
          <label className="field-label" htmlFor="ask-note">
            {t('defense.questions.answer')}
          </label>
          <input id="ask-note" className="def-input" value={note} data-testid="ask-note" onChange={(e) => setNote(e.target.value)} />
          <button type="button" className="button" disabled={!text.trim() || action.isBusy} data-testid="ask-add" onClick={() => void ask()}>
            {t('defense.questions.add')}
          </button>
          <ActionError code={action.error} />
        </div>
      )}
      {turn.questions.length === 0 ? (
        <p className="muted">{t('defense.questions.empty')}</p>
      ) : (
        <ol className="question-log" data-testid="question-log">
          {turn.questions.map((q) => (
            <li key={q.id}>
              <span className="q-member">{q.memberName}</span>
              <span className="q-text">{q.text}</span>
              {q.answerNote && <span className="q-note">{q.answerNote}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
