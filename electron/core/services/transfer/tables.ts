/**
 * What a programme file carries, table by table, in an order that inserts cleanly (parents
 * first; a locked result after the sheets behind it, as the lock triggers require). Each
 * entry selects the programme's rows given the ids already collected.
 */
export type TableSpec = {
  table: string;
  where: string;
  key?: string;
  /** Columns left out of the file (secrets that must not leave the machine). */
  omit?: string[];
  /** Columns given a fresh random value on import (a left-out secret that may not be empty). */
  fresh?: string[];
  /** Columns inserted empty and set once every table is in, last table first (lock triggers refuse rows under a finished test). */
  deferred?: string[];
  /** The row's key for a deferred update. */
  id?: string[];
};

const COHORTS = 'SELECT id FROM cohort WHERE programme_id = :p';
const SITTINGS = `SELECT id FROM sitting WHERE cohort_id IN (${COHORTS})`;
const EXAMINEES = `SELECT id FROM examinee WHERE sitting_id IN (${SITTINGS})`;
/** The programme's banks, and any bank its cohorts' test sittings drew from. */
const BANKS = `SELECT id FROM bank WHERE programme_id = :p OR id IN (SELECT bank_id FROM sitting WHERE cohort_id IN (${COHORTS}))`;

/** The tables of a programme, in insertion order. `:p` is the programme id. */
export const PROGRAMME_TABLES: readonly TableSpec[] = [
  { table: 'programme', where: 'id = :p' },
  { table: 'programme_module', where: 'programme_id = :p' },
  { table: 'cohort', where: 'programme_id = :p' },
  { table: 'listener', where: 'cohort_id IN (SELECT id FROM cohort WHERE programme_id = :p)' },
  { table: 'defense_session', where: 'cohort_id IN (SELECT id FROM cohort WHERE programme_id = :p)' },
  { table: 'commission_member', where: 'session_id IN (SELECT s.id FROM defense_session s JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)', omit: ['pin_hash'] },
  { table: 'recusal', where: 'listener_id IN (SELECT l.id FROM listener l JOIN cohort c ON c.id = l.cohort_id WHERE c.programme_id = :p)' },
  { table: 'module_control', where: 'listener_id IN (SELECT l.id FROM listener l JOIN cohort c ON c.id = l.cohort_id WHERE c.programme_id = :p)' },
  { table: 'admission_override', where: 'listener_id IN (SELECT l.id FROM listener l JOIN cohort c ON c.id = l.cohort_id WHERE c.programme_id = :p)' },
  { table: 'defense_turn', where: 'session_id IN (SELECT s.id FROM defense_session s JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)' },
  { table: 'question_log', where: 'turn_id IN (SELECT t.id FROM defense_turn t JOIN defense_session s ON s.id = t.session_id JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)' },
  { table: 'member_sheet', where: 'turn_id IN (SELECT t.id FROM defense_turn t JOIN defense_session s ON s.id = t.session_id JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)' },
  { table: 'sheet_score', where: 'sheet_id IN (SELECT m.id FROM member_sheet m JOIN defense_turn t ON t.id = m.turn_id JOIN defense_session s ON s.id = t.session_id JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)' },
  { table: 'divergence_resolution', where: 'turn_id IN (SELECT t.id FROM defense_turn t JOIN defense_session s ON s.id = t.session_id JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)' },
  { table: 'defense_result', where: 'turn_id IN (SELECT t.id FROM defense_turn t JOIN defense_session s ON s.id = t.session_id JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)' },
  { table: 'amendment', where: 'result_id IN (SELECT r.id FROM defense_result r JOIN defense_turn t ON t.id = r.turn_id JOIN defense_session s ON s.id = t.session_id JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)' },
  { table: 'session_presence', where: 'session_id IN (SELECT s.id FROM defense_session s JOIN cohort c ON c.id = s.cohort_id WHERE c.programme_id = :p)' },
  { table: 'bank', where: `id IN (${BANKS})` },
  { table: 'topic', where: `bank_id IN (${BANKS})` },
  { table: 'item', where: `bank_id IN (${BANKS})` },
  { table: 'sitting', where: `id IN (${SITTINGS})`, deferred: ['released_at', 'results_hash', 'locked_at'], id: ['id'] },
  { table: 'examinee', where: `id IN (${EXAMINEES})`, omit: ['token_hash'], fresh: ['token_hash'], deferred: ['submitted_at', 'submitted_by'], id: ['id'] },
  { table: 'answer', where: `examinee_id IN (${EXAMINEES})` },
  { table: 'hand_score', where: `examinee_id IN (${EXAMINEES})` },
  { table: 'erasure', where: `listener_id IN (SELECT id FROM listener WHERE cohort_id IN (${COHORTS}))` },
];
