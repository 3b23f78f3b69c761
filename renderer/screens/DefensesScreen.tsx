import { useTranslation } from 'react-i18next';
import { ScoreScreen } from './score/ScoreScreen';

/** Defenses: for now one working screen, scoring a single sheet; sessions come later. */
export function DefensesScreen() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('nav.defenses')}</h1>
        <p className="lead">{t('placeholder.defenses')}</p>
      </header>
      <ScoreScreen />
    </section>
  );
}
