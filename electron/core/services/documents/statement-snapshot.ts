import type Database from 'better-sqlite3';
import type { StatementSnapshot } from '../../../../shared/api/channels/documents-types';
import type { Design } from '../../../../shared/schemas/design-schema';
import { prepared } from '../../db/prepared';
import { getCohort } from '../cohorts';
import { getProgramme } from '../programmes';
import { sittingAnalysis } from '../sittings/analysis';
import { sittingSummary } from '../sittings/overview';
import { sittingResults } from '../sittings/release';
import { loadSitting } from '../sittings/store';
import { cohortSignatories } from './signers';

/** The lowest percent that gives a certificate: the scale's certificate bands, else the blueprint's pass mark. */
function certificateFrom(design: Design | null, passPercent: number | null): number | null {
  const bands = design?.scale.basis === 'percent' ? design.scale.bands.filter((b) => b.certificate === true) : [];
  if (bands.length > 0) return Math.min(...bands.map((b) => b.min));
  return passPercent;
}

/**
 * The statement's data for a test sitting: its result set (locked once released; provisional
 * before, for drafts only) and its item analysis. The document number is the year and the
 * sitting's id, «2026-T001».
 */
export function statementSnapshot(db: Database.Database, sittingId: number, now: Date): StatementSnapshot {
  const results = sittingResults(db, sittingId, now);
  const analysis = sittingAnalysis(db, sittingId, now);
  const summary = sittingSummary(db, sittingId);
  const loaded = loadSitting(db, sittingId);
  const cohort = getCohort(db, summary.cohortId);
  const programme = getProgramme(db, cohort.programmeId);
  const organisations = new Map(
    (prepared(db, 'SELECT id, organisation FROM listener WHERE cohort_id = ?').all(cohort.id) as { id: number; organisation: string | null }[]).map((r) => [r.id, r.organisation]),
  );
  return {
    number: `${summary.heldOn.slice(0, 4)}-T${String(sittingId).padStart(3, '0')}`,
    isFinal: results.isFinal,
    resultsHash: results.hash,
    sitting: {
      id: sittingId, title: summary.title, kind: summary.kind, heldOn: summary.heldOn, place: summary.place,
      timeLimitMinutes: summary.timeLimitMinutes, itemCount: summary.itemCount, releasedAt: summary.releasedAt,
    },
    programme: { title: programme.title, hours: programme.hours },
    cohort: { name: cohort.name, startsOn: cohort.startsOn, endsOn: cohort.endsOn },
    grades: loaded.design?.scale.bands.map((b) => b.grade) ?? [],
    certificateFrom: certificateFrom(loaded.design, results.passPercent),
    rows: results.rows.map((r) => ({
      number: r.number, fullName: r.listenerName, organisation: organisations.get(r.listenerId) ?? null, status: r.status, pendingEssays: r.pendingEssays,
      points: r.points?.value ?? null, max: r.max?.value ?? null, percent: r.percent ? { num: r.percent.num, den: r.percent.den } : null,
      grade: r.grade, certificate: r.certificate,
    })),
    summary: { admitted: results.summary.admitted, sat: results.summary.sat, absent: results.summary.absent, certificates: results.summary.certificates, meanPercent: results.summary.meanPercent },
    analysis: {
      n: analysis.n, mean: analysis.mean, sd: analysis.sd, alpha: analysis.reliability.alpha, kind: analysis.reliability.kind, method: analysis.reliability.method,
      k: analysis.reliability.k, sem: analysis.reliability.sem, warnings: analysis.warnings.map((w) => w.code),
      items: analysis.items.map((i) => ({
        id: i.id, text: i.text, n: i.n, facility: i.facility, discrimination: i.discrimination,
        options: i.options?.map((o) => ({ count: o.count, isKey: o.isKey })) ?? null, omitted: i.omitted,
      })),
    },
    signatories: cohortSignatories(db, cohort.id),
  };
}
