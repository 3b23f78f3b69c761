import type Database from 'better-sqlite3';
import type { SummaryListener, SummarySnapshot, SummaryTestResult } from '../../../../shared/api/channels/documents-types';
import { byName } from '../../../../shared/domain/collate';
import type { Design } from '../../../../shared/schemas/design-schema';
import { prepared } from '../../db/prepared';
import { getCohort } from '../cohorts';
import { listSessions } from '../commission';
import { resultOf } from '../defense/results';
import { queue } from '../defense/turns';
import { getProgramme } from '../programmes';
import { listSittings } from '../sittings/overview';
import { sittingResults } from '../sittings/release';
import { loadSitting } from '../sittings/store';
import { getTemplate } from '../templates';
import { cohortSignatories } from './signers';

type Defense = NonNullable<SummaryListener['defense']>;

/** Each listener's latest confirmed defense result over the cohort's sessions (a later session's retake wins), amendments applied. */
function defenses(db: Database.Database, sessionIds: readonly number[], design: Design): Map<number, Defense> {
  const out = new Map<number, Defense>();
  for (const sessionId of sessionIds) {
    for (const turn of queue(db, sessionId)) {
      const r = resultOf(db, turn.id);
      if (!r) continue;
      const last = r.amendments.at(-1);
      const band = last ? design.scale.bands.find((b) => b.key === last.after.band) : undefined;
      out.set(turn.listenerId, {
        total: last ? last.after.total : (r.aggregate.total ?? 0),
        grade: last ? last.after.grade : r.aggregate.grade,
        consequence: last ? (band?.consequence ?? null) : r.aggregate.consequence,
      });
    }
  }
  return out;
}

/**
 * The cohort summary's data: every listener of the cohort with their defense result and each
 * test's percent and grade. Final only when every defense session is closed and every sitting
 * released; otherwise it is a draft's data (unreleased sittings give provisional figures).
 */
export function summarySnapshot(db: Database.Database, cohortId: number, now: Date): SummarySnapshot {
  const cohort = getCohort(db, cohortId);
  const programme = getProgramme(db, cohort.programmeId);
  const design = getTemplate(db, programme.designId);
  const sessions = listSessions(db, cohortId).reverse(); // oldest first: a retake later wins
  const sittings = listSittings(db, cohortId).reverse();
  const byListener = defenses(db, sessions.map((s) => s.id), design);
  const results = sittings.map((s) => new Map(sittingResults(db, s.id, now).rows.map((r) => [r.listenerId, r])));
  const listeners = byName(prepared(db, 'SELECT id, full_name FROM listener WHERE cohort_id = ? AND deleted_at IS NULL ORDER BY id').all(cohortId) as { id: number; full_name: string }[], (l) => l.full_name);
  return {
    number: `${(cohort.endsOn ?? now.toISOString()).slice(0, 4)}-C${String(cohortId).padStart(3, '0')}`,
    isFinal: sessions.every((s) => s.closedAt !== null) && sittings.every((s) => s.releasedAt !== null),
    programme: { title: programme.title, hours: programme.hours, designTitle: design.title },
    cohort: { name: cohort.name, startsOn: cohort.startsOn, endsOn: cohort.endsOn },
    defense: { grades: design.scale.bands.map((b) => b.grade), sessions: sessions.length },
    tests: sittings.map((s) => ({ id: s.id, title: s.title, kind: s.kind, heldOn: s.heldOn, isFinal: s.releasedAt !== null, grades: loadSitting(db, s.id).design?.scale.bands.map((b) => b.grade) ?? [] })),
    listeners: listeners.map((l) => ({
      fullName: l.full_name,
      defense: byListener.get(l.id) ?? null,
      tests: results.map((byId): SummaryTestResult => {
        const r = byId.get(l.id);
        if (!r) return null;
        if (r.status === 'absent') return 'absent';
        if (r.status !== 'submitted' || r.pendingEssays > 0) return null;
        return { percent: r.percent ? { num: r.percent.num, den: r.percent.den } : null, grade: r.grade, certificate: r.certificate };
      }),
    })),
    signatories: cohortSignatories(db, cohortId),
  };
}
