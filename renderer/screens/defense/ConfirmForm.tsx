import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../shared/api/channels/defense-types';
import type { Member } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';
import { formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { ActionError } from './ActionError';
import { useAction } from './use-action';

type Props = { board: Board; chair: Member | undefined; onChanged: () => void };

/** The chair confirms with their PIN; quorum is shown, and a refusal is explained in place. */
export function ConfirmForm({ board, chair, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [pin, setPin] = useState('');
  const action = useAction(onChanged);
  const { state } = board;
  const done = state.submittedMemberIds.length;
  const confirm = async () => {
    if (!chair) return;
    if (await action.run(() => call('result:confirm', { turnId: board.turn.id, chairId: chair.id, pin }))) setPin('');
  };
  return (
    <section className="confirm" data-testid="confirm">
      <h3>{t('defense.confirm.title')}</h3>
      <p className={state.isQuorumMet ? 'quorum is-met' : 'quorum is-short'} data-testid="quorum">
        <span aria-hidden="true">{state.isQuorumMet ? '✓ ' : '✗ '}</span>
        {t('defense.confirm.quorum', { done: formatPlain(lang, done), need: formatPlain(lang, state.quorum), scoring: formatPlain(lang, state.scoringMemberIds.length) })}
      </p>
      {chair ? (
        <form
          className="pin-form"
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <label className="field-label" htmlFor="confirm-pin">
            {t('defense.confirm.pin', { name: chair.fullName })}
          </label>
          <div className="pin-row">
            <input
              id="confirm-pin"
              className="pin-input"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={8}
              value={pin}
              aria-invalid={action.error ? true : undefined}
              data-testid="confirm-pin"
              onChange={(e) => {
                setPin(e.target.value.replace(/\D/g, ''));
                action.clear();
              }}
            />
            <button type="submit" className="button" disabled={pin.length < 4 || action.isBusy} data-testid="confirm-button">
              {t('defense.confirm.action')}
            </button>
          </div>
          <ActionError code={action.error} testId="confirm-error" />
        </form>
      ) : (
        <p className="alert alert--error">{t('defense.confirm.noChair')}</p>
      )}
    </section>
  );
}
