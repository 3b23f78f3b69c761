import type Database from 'better-sqlite3';
import type { DefenseSnapshot, DefenseSnapshotListener } from '../../../../shared/api/channels/documents-types';
import { ruleSentence } from '../../../../shared/domain/defense';
import { prepared } from '../../db/prepared';
import { getCohort } from '../cohorts';
import { getSession } from '../commission';
import { resultOf } from '../defense/results';
import { queue, questions } from '../defense/turns';
import { getProgramme } from '../programmes';
import { getTemplate } from '../templates';

function memberName(members: DefenseSnapshot['commission'], actor: string | number | null): string {
  const id = typeof actor === 'number' ? actor : Number(String(actor ?? '').replace('member:', ''));
  return members.find((m) => m.id === id)?.fullName ?? String(actor ?? '');
}

/**
 * The protocol's data for a defense session: only confirmed (locked) results carry numbers;
 * the snapshot is final when the session is closed.
 */
export function defenseSnapshot(db: Database.Database, sessionId: number): DefenseSnapshot {
  const session = getSession(db, sessionId);
  const cohort = getCohort(db, session.cohortId);
  const programme = getProgramme(db, cohort.programmeId);
  const design = getTemplate(db, programme.designId);
  const present = new Set((prepared(db, 'SELECT member_id FROM session_presence WHERE session_id = ?').all(sessionId) as { member_id: number }[]).map((r) => r.member_id));
  const commission = session.members.map((m) => ({ id: m.id, fullName: m.fullName, role: m.role, position: m.position, isPresent: session.closedAt ? present.has(m.id) : true }));
  const scorersPresent = commission.filter((m) => m.role !== 'secretary' && m.isPresent).length;
  const turns = queue(db, sessionId);
  const listeners: DefenseSnapshotListener[] = turns.map((t) => {
    const r = resultOf(db, t.id);
    return {
      position: t.position,
      fullName: t.listenerName,
      topic: t.topic,
      result: r && {
        criteria: r.aggregate.criteria.map((c) => c.aggregate),
        totalExact: r.aggregate.totalExact ?? 0,
        total: r.aggregate.total ?? 0,
        band: r.aggregate.band,
        grade: r.aggregate.grade,
        mark5: r.aggregate.mark5,
        consequence: r.aggregate.consequence,
        lockedAt: r.lockedAt,
        hash: r.hash,
        byMember: Object.fromEntries(r.scorers.map((s) => [s.memberId, s.scores])),
      },
      questions: questions(db, t.id).map((q) => ({ member: q.memberName, text: q.text, answerNote: q.answerNote })),
      divergences: (r?.resolutions ?? []).map((d) => ({ criterion: d.criterion, reason: d.reason, resolution: d.resolution, member: d.memberId ? memberName(commission, d.memberId) : null, text: d.text })),
      onBehalf: (r?.scorers ?? []).filter((s) => s.isOnBehalf).map((s) => s.fullName),
      absent: (r?.absent ?? []).map((a) => a.fullName),
      amendments: (r?.amendments ?? []).map((a) => ({ at: a.at, author: memberName(commission, a.author), reason: a.reason, before: a.before.total, after: a.after.total, grade: a.after.grade })),
    };
  });
  const times = turns.flatMap((t) => [t.startedAt, t.endedAt]).filter((x): x is string => x !== null).sort();
  return {
    number: `${session.heldOn.slice(0, 4)}-${String(session.id).padStart(3, '0')}`,
    isFinal: session.closedAt !== null,
    session: { id: session.id, heldOn: session.heldOn, place: session.place, startedAt: times[0] ?? null, endedAt: times.at(-1) ?? null, closedAt: session.closedAt },
    programme: { title: programme.title, hours: programme.hours, designTitle: design.title, kind: design.kind },
    cohort: { name: cohort.name, startsOn: cohort.startsOn, endsOn: cohort.endsOn, format: cohort.format, place: cohort.place },
    commission,
    quorum: { required: programme.settings.quorum, present: scorersPresent, isMet: scorersPresent >= programme.settings.quorum },
    criteria: design.criteria.map((c) => ({ title: c.title, max: c.max, bands: c.bands.map((b) => ({ min: b.min, max: b.max, label: b.label, descriptor: b.descriptor })) })),
    listeners,
    ruleSentence: ruleSentence(programme.settings.aggregationRule ?? design.aggregation.rule, design.precision),
  };
}
