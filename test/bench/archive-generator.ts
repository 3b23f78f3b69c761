import type Database from 'better-sqlite3';
import { demoIin } from '../../electron/core/services/demo';

/** The size of a ten-year archive (issue 10): listeners, and scores = listeners × members × criteria. */
export type ArchiveSize = { listeners: number; perCohort: number; members: number };

/** The ten-year archive: 50,000 listeners × 8 members × 5 criteria = 2,000,000 scores. */
export const TEN_YEARS: ArchiveSize = { listeners: 50_000, perCohort: 12, members: 8 };

const NAMES = ['Әлиева', 'Қасымов', 'Өмірзақова', 'Ұлықбек', 'Үсенова', 'Іргебаев', 'Жаңабаева', 'Ғабдуллин', 'Сейітова', 'Төлеуов', 'Бекмұхамбетова', 'Нұрпейісов'];
const GIVEN = ['Гүлнәр', 'Нұрлан', 'Айгүл', 'Ғалым', 'Һәжер', 'Ерлан', 'Әсел', 'Бауыржан', 'Мөлдір', 'Асқар', 'Зәуре', 'Дәурен'];

/**
 * Fills a migrated, seeded store with a defense archive by plain SQL in large transactions:
 * one programme on the roadmap rubric, cohorts of `perCohort`, one confirmed defense each.
 */
export function generateArchive(db: Database.Database, size: ArchiveSize = TEN_YEARS): { cohorts: number; scores: number } {
  const at = '2020-01-01T00:00:00.000Z';
  const programme = Number(db.prepare("INSERT INTO programme (title_kk, title_ru, title_en, hours, design_id, created_at) VALUES ('Мұрағат', 'Архив', 'Archive', 320, 'kz-000-roadmap-defense', ?)").run(at).lastInsertRowid);
  const cohorts = Math.ceil(size.listeners / size.perCohort);
  const addCohort = db.prepare('INSERT INTO cohort (programme_id, name, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?)');
  const addListener = db.prepare('INSERT INTO listener (cohort_id, full_name, iin, organisation, topic, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const addSession = db.prepare('INSERT INTO defense_session (cohort_id, held_on, opened_at, closed_at) VALUES (?, ?, ?, ?)');
  const addMember = db.prepare("INSERT INTO commission_member (session_id, full_name, role) VALUES (?, ?, ?)");
  const addTurn = db.prepare('INSERT INTO defense_turn (session_id, listener_id, position, started_at, ended_at) VALUES (?, ?, ?, ?, ?)');
  const addSheet = db.prepare("INSERT INTO member_sheet (turn_id, member_id, entered_by, submitted_at, created_at) VALUES (?, ?, 'archive', ?, ?)");
  const addScore = db.prepare('INSERT INTO sheet_score (sheet_id, criterion, points_x100) VALUES (?, ?, ?)');
  const addResult = db.prepare(
    "INSERT INTO defense_result (turn_id, design_id, rule, body, total_x100, band, confirmed_by, locked_at, snapshot_hash) VALUES (?, 'kz-000-roadmap-defense', 'mean', ?, ?, ?, ?, ?, ?)",
  );
  const maxima = [20, 20, 30, 10, 20];
  let scores = 0;
  let listener = 0;
  const batch = 200;
  for (let c0 = 0; c0 < cohorts; c0 += batch) {
    db.transaction(() => {
      for (let c = c0; c < Math.min(cohorts, c0 + batch); c += 1) {
        const year = 2016 + (c % 10);
        const held = `${year}-${String((c % 12) + 1).padStart(2, '0')}-15`;
        const cohort = Number(addCohort.run(programme, `А-${year}-${c + 1}`, held, held, at).lastInsertRowid);
        const session = Number(addSession.run(cohort, held, `${held}T09:00:00.000Z`, `${held}T18:00:00.000Z`).lastInsertRowid);
        const members = Array.from({ length: size.members }, (_, m) => Number(addMember.run(session, `Мүше ${m + 1}`, m === 0 ? 'chair' : 'member').lastInsertRowid));
        for (let k = 0; k < size.perCohort && listener < size.listeners; k += 1, listener += 1) {
          const name = `${NAMES[listener % 12]} ${GIVEN[(listener * 7) % 12]} ${listener + 1}`;
          const birth = `${String(60 + (listener % 40)).padStart(2, '0')}${String((listener % 12) + 1).padStart(2, '0')}${String((listener % 28) + 1).padStart(2, '0')}`;
          const id = Number(addListener.run(cohort, name, demoIin(birth, listener % 2 ? '3' : '4', listener % 9000), `№${listener % 300} мектеп`, 'Жол картасы', at).lastInsertRowid);
          const turn = Number(addTurn.run(session, id, k + 1, `${held}T10:00:00.000Z`, `${held}T10:20:00.000Z`).lastInsertRowid);
          let total = 0;
          for (const member of members) {
            const sheet = Number(addSheet.run(turn, member, `${held}T10:15:00.000Z`, at).lastInsertRowid);
            maxima.forEach((max, i) => {
              const points = Math.round(max * (0.5 + ((listener + member + i) % 5) / 10));
              total += points;
              addScore.run(sheet, i + 1, points * 100);
              scores += 1;
            });
          }
          const rounded = Math.round(total / size.members);
          const band = rounded >= 85 ? 'excellent' : rounded >= 70 ? 'good' : rounded >= 50 ? 'satisfactory' : 'unsatisfactory';
          addResult.run(turn, JSON.stringify({ listener: { id, name, topic: 'Жол картасы' }, aggregate: { total: rounded, band, grade: null } }), rounded * 100, band, members[0], `${held}T10:20:00.000Z`, `${listener}`.padStart(64, '0'));
        }
      }
    })();
  }
  return { cohorts, scores };
}
