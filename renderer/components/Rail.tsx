import { useTranslation } from 'react-i18next';
import { SECTIONS, sectionHref, type Section } from '../routes';
import { LanguageSwitch } from './LanguageSwitch';

/** The left rail: the app's name, the sections, and the language switch in the footer. */
export function Rail({ current }: { current: Section }) {
  const { t } = useTranslation();
  return (
    <aside className="rail">
      <div className="rail-brand">
        <span className="rail-logo" aria-hidden="true">A</span>
        <span>
          <span className="rail-name">{t('app.name')}</span>
          <span className="rail-subtitle">{t('app.subtitle')}</span>
        </span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="rail-nav">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a
                href={sectionHref(s)}
                className={s === current ? 'rail-link is-active' : 'rail-link'}
                aria-current={s === current ? 'page' : undefined}
                data-testid={`nav-${s}`}
              >
                {t(`nav.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="rail-footer">
        <LanguageSwitch />
      </div>
    </aside>
  );
}
