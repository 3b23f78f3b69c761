/**
 * What a programme file carries, table by table, in an order that inserts cleanly (parents
 * first; a locked result after the sheets behind it, as the lock triggers require). Each
 * entry selects the programme's rows given the ids already collected.
 */
export type TableSpec = { table: string; where: string; key?: string; omit?: string[] };

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
  { table: 'bank', where: 'programme_id = :p' },
  { table: 'topic', where: 'bank_id IN (SELECT id FROM bank WHERE programme_id = :p)' },
  { table: 'item', where: 'bank_id IN (SELECT id FROM bank WHERE programme_id = :p)' },
];
