import type Database from 'better-sqlite3';
import type { DemoIds } from '../../../shared/api/contract';
import { iinControlDigit } from '../../../shared/domain/iin';
import { DEMO } from './demo-data';
import { loadDemoSitting } from './demo-sitting';
import { board, confirmResult, resolveDivergence } from './defense/results';
import { saveSheet, submitSheet } from './defense/sheets';
import { queue, stamp } from './defense/turns';
import { hashPin } from './pin';
import { prepared } from '../db/prepared';

/** A valid IIN for a birth date, century digit and serial (skipping unusable serials). */
export function demoIin(birth: string, century: string, serial: number): string {
  for (let s = serial; ; s += 1) {
    const first11 = `${birth}${century}${String(s).padStart(4, '0')}`;
    const control = iinControlDigit(first11);
    if (control !== null) return `${first11}${control}`;
  }
}

function scoreDemo(db: Database.Database, session: number, memberIds: number[], now: Date): void {
  const turns = queue(db, session);
  const [chairId] = memberIds;
  DEMO.sheets.forEach((sheets, t) => {
    const turn = turns[t]!;
    stamp(db, turn.id, 'start', now);
    sheets.forEach((scores, m) => {
      const saved = saveSheet(db, { turnId: turn.id, memberId: memberIds[m]!, scores: [...scores], version: 0, onBehalf: m === 4 }, 'demo', now);
      submitSheet(db, { turnId: turn.id, memberId: memberIds[m]!, version: saved.version }, 'demo', now);
    });
    if (sheets.length === 5) {
      for (const d of board(db, turn.id).unresolved) {
        resolveDivergence(db, { turnId: turn.id, criterion: d.criterion, reason: d.reason, resolution: 'keep', text: 'Комиссия талқылап, бағаларды өзгеріссіз қалдырды.' }, 'demo', now);
      }
      confirmResult(db, { turnId: turn.id, chairId: chairId!, pin: DEMO.commission[0]![3] }, now);
    }
  });
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
    const addListener = prepared(db, 
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
    const addMember = prepared(db, 'INSERT INTO commission_member (session_id, full_name, role, position, pin_hash) VALUES (?, ?, ?, ?, ?)');
    const memberIds = DEMO.commission.map(([name, role, position, pin]) => Number(addMember.run(session, name, role, position, hashPin(pin)).lastInsertRowid));
    scoreDemo(db, session, memberIds, now);
    return { programme, cohort, session, sitting: loadDemoSitting(db, cohort, now) };
  })();
}
