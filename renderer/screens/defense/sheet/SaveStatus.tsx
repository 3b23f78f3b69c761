import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../assert-never';
import type { SaveState } from './use-desktop-sheet';

type Props = { save: SaveState; onReload: () => void; onKeepMine: () => void };

/** Where the draft stands; a conflict keeps the entries on screen and offers what to do. */
export function SaveStatus({ save, onReload, onKeepMine }: Props) {
  const { t } = useTranslation();
  switch (save.kind) {
    case 'idle':
      return null;
    case 'pending':
    case 'saving':
      return <span className="save-state" data-testid="save-state" data-state="saving">{t('defense.sheet.saving')}</span>;
    case 'saved':
      return <span className="save-state is-saved" data-testid="save-state" data-state="saved">✓ {t('defense.sheet.saved')}</span>;
    case 'invalid':
      return <span className="save-state is-error" data-testid="save-state" data-state="invalid">{t('score.fixFields')}</span>;
    case 'failed':
      return <span className="save-state is-error" data-testid="save-state" data-state="failed">{t(`errors.${save.code}`)}</span>;
    case 'conflict':
      return (
        <div className="alert alert--error conflict" role="alert" data-testid="sheet-conflict">
          <p>{t('defense.sheet.conflict')}</p>
          <div className="def-actions">
            <button type="button" className="button" data-testid="sheet-reload" onClick={onReload}>
              {t('defense.sheet.reload')}
            </button>
            <button type="button" className="button def-quiet" data-testid="sheet-keep" onClick={onKeepMine}>
              {t('defense.sheet.keepMine')}
            </button>
          </div>
        </div>
      );
    default:
      return assertNever(save);
  }
}
