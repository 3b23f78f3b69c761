import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ActionError } from './ActionError';
import { useAction } from './use-action';

type Props = { turnId: number; notes: string; isOpen: boolean };

/** The secretary's notes on a listener, saved when the field is left. */
export function NotesField({ turnId, notes, isOpen }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(notes);
  const [saved, setSaved] = useState(notes);
  const action = useAction();
  useEffect(() => {
    setText(notes);
    setSaved(notes);
  }, [turnId, notes]);
  const save = async () => {
    if (text === saved) return;
    if (await action.run(() => call('defense:note', { turnId, notes: text }))) setSaved(text);
  };
  return (
    <section className="notes">
      <label className="field-label" htmlFor="turn-notes">
        {t('defense.notes.title')}
      </label>
      <textarea
        id="turn-notes"
        className="def-textarea"
        rows={3}
        value={text}
        readOnly={!isOpen}
        data-testid="turn-notes"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void save()}
      />
      <p className="muted def-small">{text === saved ? t('defense.notes.saved') : t('defense.notes.unsaved')}</p>
      <ActionError code={action.error} />
    </section>
  );
}
