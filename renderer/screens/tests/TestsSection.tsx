import { subPathFromHash, useHash } from '../../routes';
import { BanksSection } from '../banks/BanksSection';
import { TestsNav } from '../banks/TestsNav';
import { SittingCreate } from './SittingCreate';
import { SittingList } from './SittingList';
import { SittingPage, SITTING_TABS, type SittingTab } from './SittingPage';
import '../../styles/tests.css';

function toTab(part: string | undefined): SittingTab {
  return SITTING_TABS.find((t) => t === part) ?? 'examinees';
}

/**
 * Tests: `#/tests` the sittings by cohort, `/new` a new sitting, `/<id>` a sitting's examinees,
 * `/<id>/results`, `/<id>/essays`, `/<id>/analysis`, `/<id>/gain`; `/banks…` the question banks and
 * `/blueprint…` blueprints and variants (screens/banks).
 */
export function TestsSection() {
  const [first, second, ...rest] = subPathFromHash(useHash());
  if (first === 'banks' || first === 'blueprint') return <BanksSection place={first} parts={second === undefined ? [] : [second, ...rest]} />;
  if (first === 'new') return <SittingCreate />;
  const id = Number(first);
  if (first === undefined || !Number.isInteger(id) || id <= 0) {
    return (
      <>
        <TestsNav current="sittings" />
        <SittingList />
      </>
    );
  }
  return <SittingPage key={id} id={id} tab={toTab(second)} />;
}
