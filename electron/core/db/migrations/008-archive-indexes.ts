import type { Migration } from '../migration';

/** Indexes a ten-year archive needs: a listener's history and results by date. */
export const migration008: Migration = {
  version: 8,
  name: 'archive-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX defense_turn_listener ON defense_turn(listener_id);
      CREATE INDEX defense_session_cohort ON defense_session(cohort_id, held_on);
      CREATE INDEX cohort_programme ON cohort(programme_id);
    `);
  },
};
