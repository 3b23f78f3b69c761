import { subPathFromHash, useHash } from '../../routes';
import { SittingCreate } from './SittingCreate';
import { SittingList } from './SittingList';
import { SittingPage, SITTING_TABS, type SittingTab } from './SittingPage';
import '../../styles/tests.css';

function toTab(part: string | undefined): SittingTab {
  return SITTING_TABS.find((t) => t === part) ?? 'examinees';
}

/**
 * Tests: `#/tests` the sittings by cohort, `/new` a new sitting, `/<id>` a sitting's examinees,
 * `/<id>/results`, `/<id>/essays`, `/<id>/analysis`, `/<id>/gain`.
 */
export function TestsSection() {
  const [first, second] = subPathFromHash(useHash());
  if (first === 'new') return <SittingCreate />;
  const id = Number(first);
  if (first === undefined || !Number.isInteger(id) || id <= 0) return <SittingList />;
  return <SittingPage key={id} id={id} tab={toTab(second)} />;
}
