import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { sectionPath } from '../../routes';
import { copyId, DESIGN_ID } from './builtin';
import { escapeCancels } from './ui/keys';
import { TextField } from './ui/TextField';

type Props = { programmeId: number; designId: string; taken: ReadonlySet<string>; onCancel: () => void };

/** «Edit a copy»: names the copy (a free id is proposed), copies the design and opens the editor on it. */
export function CopyDesign({ programmeId, designId, taken, onCancel }: Props) {
  const { t } = useTranslation();
  const [newId, setNewId] = useState(() => copyId(designId, taken));
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const id = newId.trim();
    if (!DESIGN_ID.test(id)) return setError(t('people.design.idRule'));
    if (taken.has(id)) return setError(t('people.design.idTaken'));
    setBusy(true);
    try {
      await call('design:copy', { id: designId, newId: id });
      window.location.hash = sectionPath('programmes', programmeId, 'design', id);
    } catch (err) {
      setError(err instanceof ApiCallError && err.code === 'duplicate' ? t('people.design.idTaken') : errorText(t, err));
      setBusy(false);
    }
  };
  return (
    <form className="pf-inline-form" onSubmit={(e) => void submit(e)} onKeyDown={escapeCancels(onCancel)} noValidate data-testid="copy-form">
      <TextField
        id="copy-id"
        label={t('people.design.copyId')}
        value={newId}
        hint={t('people.design.idRule')}
        error={error}
        autoFocus
        testId="copy-id"
        onChange={(v) => {
          setNewId(v);
          setError(null);
        }}
      />
      <div className="pf-actions">
        <button type="submit" className="pf-button" disabled={isBusy} data-testid="copy-submit">{t('people.design.copyAndEdit')}</button>
        <button type="button" className="pf-button pf-button--ghost" onClick={onCancel}>{t('people.common.cancel')}</button>
      </div>
    </form>
  );
}
