import { useTranslation } from 'react-i18next';

/** The sections that only say what they will hold, for now. */
export type PlannedSection = 'programmes' | 'cohorts' | 'tests' | 'documents';

/** A short "what will be here" panel; no sample data. */
export function SectionPlaceholder({ section }: { section: PlannedSection }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t(`nav.${section}`)}</h1>
      </header>
      <div className="card placeholder" data-testid="placeholder">
        <span className="badge">{t('placeholder.badge')}</span>
        <h2>{t('placeholder.heading')}</h2>
        <p>{t(`placeholder.${section}`)}</p>
      </div>
    </section>
  );
}
