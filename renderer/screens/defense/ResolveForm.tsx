import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/api/channels/defense-types';
import { call } from '../../api/client';
import { ActionError } from './ActionError';
import { useAction } from './use-action';

type Props = {
  turnId: number;
  item: Board['unresolved'][number];
  members: Board['members'];
  /** Members whose values are the extremes of this criterion (re-vote is suggested to them). */
  suggested: readonly number[];
  onChanged: () => void;
  index: number;
};

type Choice = 'revote' | 'keep' | 'dissent';

/** Records how the commission dealt with one divergence: a re-vote, keeping the scores, or a dissent. */
export function ResolveForm({ turnId, item, members, suggested, onChanged, index }: Props) {
  const { t } = useTranslation();
  const scorers = members.filter((m) => !m.isRecused);
  const [choice, setChoice] = useState<Choice>('keep');
  const [dissenter, setDissenter] = useState<number>(suggested[0] ?? scorers[0]?.memberId ?? 0);
  const [text, setText] = useState('');
  const [revoters, setRevoters] = useState<number[]>(suggested.length > 0 ? [...suggested] : scorers.map((m) => m.memberId));
  const action = useAction(onChanged);
  const record = () =>
    action.run(async () => {
      const base = { turnId, criterion: item.criterion, reason: item.reason };
      if (choice === 'dissent') await call('divergence:resolve', { ...base, resolution: 'dissent', memberId: dissenter, text: text.trim() });
      else await call('divergence:resolve', { ...base, resolution: choice });
      if (choice === 'revote') for (const memberId of revoters) await call('sheet:revote', { turnId, memberId });
    });
  const canRecord = choice === 'keep' || (choice === 'dissent' && text.trim() !== '') || (choice === 'revote' && revoters.length > 0);
  const name = `resolution-${index}`;
  return (
    <div className="resolve-form" data-testid={`resolve-${index}`}>
      <div className="radio-row" role="radiogroup">
        {(['revote', 'keep', 'dissent'] as const).map((c) => (
          <label key={c} className="def-radio">
            <input type="radio" name={name} value={c} checked={choice === c} data-testid={`resolve-${index}-${c}`} onChange={() => setChoice(c)} />
            {t(`defense.divergence.${c}`)}
          </label>
        ))}
      </div>
      {choice === 'revote' && (
        <fieldset className="def-checks">
          <legend>{t('defense.divergence.revoteWho')}</legend>
          {scorers.map((m) => (
            <label key={m.memberId} className="def-check">
              <input
                type="checkbox"
                checked={revoters.includes(m.memberId)}
                onChange={(e) => setRevoters((r) => (e.target.checked ? [...r, m.memberId] : r.filter((id) => id !== m.memberId)))}
              />
              {m.fullName}
            </label>
          ))}
        </fieldset>
      )}
      {choice === 'dissent' && (
        <>
          <label className="field-label" htmlFor={`${name}-member`}>
            {t('defense.divergence.dissenter')}
          </label>
          <select id={`${name}-member`} className="select" value={dissenter} data-testid={`resolve-${index}-member`} onChange={(e) => setDissenter(Number(e.target.value))}>
            {scorers.map((m) => (
              <option key={m.memberId} value={m.memberId}>
                {m.fullName}
              </option>
            ))}
          </select>
          <label className="field-label" htmlFor={`${name}-text`}>
            {t('defense.divergence.dissentText')}
          </label>
          <textarea id={`${name}-text`} className="def-textarea" rows={3} value={text} data-testid={`resolve-${index}-text`} onChange={(e) => setText(e.target.value)} />
        </>
      )}
      <button type="button" className="button" disabled={!canRecord || action.isBusy} data-testid={`resolve-${index}-record`} onClick={() => void record()}>
        {t('defense.divergence.record')}
      </button>
      <ActionError code={action.error} />
    </div>
  );
}
