import { useTranslation } from 'react-i18next';
import { sectionPath } from '../../../routes';

/** Where saving stands. */
export type SaveState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved' } | { kind: 'failed'; text: string };

type Props = { programmeId: number; designId: string; isDirty: boolean; hasErrors: boolean; state: SaveState };

/** The Save button with what saving did, and where to go next once the design is saved. */
export function SaveBox({ programmeId, designId, isDirty, hasErrors, state }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card pf-save-box" data-testid="save-box">
      <p className={isDirty ? 'pf-dirty' : 'muted'} data-testid="dirty-state">
        {isDirty ? t('people.editor.unsaved') : t('people.editor.allSaved')}
      </p>
      <button type="submit" className="pf-button pf-button--wide" disabled={state.kind === 'busy'} data-testid="design-save">
        {state.kind === 'busy' ? t('people.common.working') : t('people.common.save')}
      </button>
      <p className="pf-keys">{t('people.editor.keysHint')}</p>
      {hasErrors && state.kind !== 'failed' && <p className="pf-hint">{t('people.editor.saveBlocked')}</p>}
      {state.kind === 'failed' && (
        <p className="alert alert--error" role="alert" data-testid="save-error">
          {state.text}
        </p>
      )}
      {state.kind === 'saved' && !isDirty && (
        <div className="pf-saved" role="status" data-testid="design-saved">
          <p className="pf-ok">✓ {t('people.editor.saved')}</p>
          <p className="muted">{t('people.editor.savedHint')}</p>
          <a className="pf-button pf-button--ghost pf-button--wide" href={sectionPath('programmes', 'new', designId)} data-testid="use-saved-design">
            {t('people.design.use')}
          </a>
        </div>
      )}
      <a className="pf-back" href={sectionPath('programmes', programmeId)}>
        ← {t('people.editor.backToProgramme')}
      </a>
    </section>
  );
}
