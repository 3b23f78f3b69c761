import { subPathFromHash, useHash } from '../../routes';
import { CohortList } from './CohortList';
import { CohortPage, type CohortTab } from './CohortPage';

const TABS: readonly CohortTab[] = ['listeners', 'import', 'commission', 'bin'];

function toTab(part: string | undefined): CohortTab {
  return TABS.find((t) => t === part) ?? 'listeners';
}

/**
 * Cohorts & listeners: `#/cohorts` the list, `/<id>` a cohort's listeners, `/<id>/import`,
 * `/<id>/commission`, `/<id>/bin` (recycle bin), `/<id>/listener/<listenerId>` (admission).
 */
export function CohortsSection() {
  const [first, second, third] = subPathFromHash(useHash());
  const id = Number(first);
  if (first === undefined || !Number.isInteger(id) || id <= 0) return <CohortList />;
  const listenerId = second === 'listener' ? Number(third) : NaN;
  return <CohortPage key={id} id={id} tab={toTab(second)} listenerId={Number.isInteger(listenerId) && listenerId > 0 ? listenerId : null} />;
}
