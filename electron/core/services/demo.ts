import type Database from 'better-sqlite3';
import type { DemoIds } from '../../../shared/api/contract';
import { iinControlDigit } from '../../../shared/domain/iin';
import { DEMO } from './demo-data';

/** A valid IIN for a birth date, century digit and serial (skipping unusable serials). */
export function demoIin(birth: string, century: string, serial: number): string {
  for (let s = serial; ; s += 1) {
    const first11 = `${birth}${century}${String(s).padStart(4, '0')}`;
    const control = iinControlDigit(first11);
    if (control !== null) return `${first11}${control}`;
  }
}

/** Loads the demo data set (a new copy each call) and returns its ids. */
export function loadDemo(db: Database.Database, now: Date): DemoIds {
  const at = now.toISOString();
  return db.transaction((): DemoIds => {
    const p = DEMO.programme;
    const programme = Number(
      db
        .prepare('INSERT INTO programme (title_kk, title_ru, title_en, hours, design_id, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(p.title.kk, p.title.ru, p.title.en, p.hours, p.designId, at).lastInsertRowid,
    );
    const c = DEMO.cohort;
    const cohort = Number(
      db
        .prepare('INSERT INTO cohort (programme_id, name, starts_on, ends_on, format, place, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(programme, c.name, c.startsOn, c.endsOn, c.format, c.place, at).lastInsertRowid,
    );
    const addListener = db.prepare(
      'INSERT INTO listener (cohort_id, full_name, iin, organisation, position, topic, mentor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    DEMO.listeners.forEach(([name, birth, century, org, topic], i) => {
      addListener.run(cohort, name, demoIin(birth, century, 101 + i * 37), org, 'Директордың орынбасары', topic, DEMO.commission[3]![0], at);
    });
    const session = Number(
      db
        .prepare('INSERT INTO defense_session (cohort_id, held_on, place, opened_at) VALUES (?, ?, ?, ?)')
        .run(cohort, DEMO.session.heldOn, DEMO.session.place, at).lastInsertRowid,
    );
    const addMember = db.prepare('INSERT INTO commission_member (session_id, full_name, role, position) VALUES (?, ?, ?, ?)');
    for (const [name, role, position] of DEMO.commission) addMember.run(session, name, role, position);
    return { programme, cohort, session, sitting: null };
  })();
}
