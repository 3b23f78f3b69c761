import { useTranslation } from 'react-i18next';
import { sectionPath } from '../../routes';
import './banks.css';

/** Where in the Tests section one is. */
export type TestsPlace = 'sittings' | 'banks' | 'blueprint';

/** The Tests section's own tabs: sittings, question banks, blueprint & variants. */
export function TestsNav({ current }: { current: TestsPlace }) {
  const { t } = useTranslation();
  const links: [TestsPlace, string][] = [
    ['sittings', sectionPath('tests')],
    ['banks', sectionPath('tests', 'banks')],
    ['blueprint', sectionPath('tests', 'blueprint')],
  ];
  return (
    <nav className="bk-tabs" aria-label={t('banks.title')} data-testid="tests-nav">
      {links.map(([place, href]) => (
        <a key={place} href={href} className={place === current ? 'bk-tab is-current' : 'bk-tab'} aria-current={place === current ? 'page' : undefined} data-testid={`tests-nav-${place}`}>
          {t(`banks.nav.${place}`)}
        </a>
      ))}
    </nav>
  );
}
