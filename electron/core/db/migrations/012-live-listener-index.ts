import type { Migration } from '../migration';

/**
 * Counting a cohort's listeners (the cohort list) from an index alone: with 50,000 listeners
 * the list of 4,000 cohorts no longer reads every listener row.
 */
export const migration012: Migration = {
  version: 12,
  name: 'live-listener-index',
  up(db) {
    db.exec('CREATE INDEX listener_live_cohort ON listener(cohort_id) WHERE deleted_at IS NULL;');
  },
};
