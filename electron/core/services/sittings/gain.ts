import type Database from 'better-sqlite3';
import type { GainReport, GainRow } from '../../../../shared/api/channels/sittings-types';
import { AppError } from '../../../../shared/domain/errors';
import { div, frac, mul, sub, toNumber, type Fraction } from '../../../../shared/domain/fraction';
import { byName } from '../../../../shared/domain/collate';
import { mean } from '../../../../shared/domain/stats/descriptive';
import { examineesOf, sittingRow } from './store';

/** Each listener's exact percent in a released sitting (those who sat it). */
function percents(db: Database.Database, sittingId: number): Map<number, { name: string; percent: Fraction }> {
  const out = new Map<number, { name: string; percent: Fraction }>();
  for (const e of examineesOf(db, sittingId)) {
    if (e.submitted_at && e.points_num !== null && e.max_num !== null && e.max_num > 0) {
      out.set(e.listener_id, { name: e.full_name, percent: mul(div(frac(e.points_num, e.points_den!), frac(e.max_num, e.max_den!)), frac(100)) });
    }
  }
  return out;
}

/**
 * The gain from the linked entrance test to this exit test (003): per listener the exit percent
 * minus the entrance percent (exact, in percentage points), and for the cohort the means over
 * the listeners who sat both, with Hake's normalised gain of those means. Both result sets
 * must be released: a gain is reported on locked results only.
 */
export function gainReport(db: Database.Database, exitId: number): GainReport {
  const exit = sittingRow(db, exitId);
  if (exit.entrance_id === null) throw new AppError('bad_input', `sitting ${exitId} is not linked to an entrance test (sitting:link)`, 'exitId');
  const entrance = sittingRow(db, exit.entrance_id);
  for (const s of [entrance, exit]) {
    if (!s.released_at) throw new AppError('not_submitted', `the results of sitting ${s.id} are not released yet`, s === exit ? 'exitId' : 'entranceId');
  }
  const before = percents(db, entrance.id);
  const after = percents(db, exit.id);
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const rows: GainRow[] = ids.map((id) => {
    const b = before.get(id);
    const a = after.get(id);
    return {
      listenerId: id, listenerName: (a ?? b)!.name, entrance: b ? toNumber(b.percent) : null, exit: a ? toNumber(a.percent) : null,
      gain: a && b ? toNumber(sub(a.percent, b.percent)) : null,
    };
  });
  const paired = rows.filter((r) => r.gain !== null);
  const meanEntrance = mean(paired.map((r) => r.entrance!));
  const meanExit = mean(paired.map((r) => r.exit!));
  const meanGain = mean(paired.map((r) => r.gain!));
  const normalizedGain = meanEntrance === null || meanGain === null || meanEntrance >= 100 ? null : meanGain / (100 - meanEntrance);
  return { entranceId: entrance.id, exitId: exit.id, rows: byName(rows, (r) => r.listenerName), cohort: { paired: paired.length, meanEntrance, meanExit, meanGain, normalizedGain } };
}
