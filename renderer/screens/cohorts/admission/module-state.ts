import type { AuditRow } from '../../../../shared/api/channels/people-types';

/** What was last recorded for a module's current control: passed or not, when, with what note. */
export type ModuleState = { passed: boolean; at: string; note: string | null };

function isControl(after: unknown): after is { moduleId: number; passed: boolean; note?: string | null } {
  return typeof after === 'object' && after !== null && 'moduleId' in after && 'passed' in after && typeof after.moduleId === 'number' && typeof after.passed === 'boolean';
}

/**
 * Each module's latest recorded control, read from the listener's audit trail (newest first).
 * admission:get names only the missing gating modules, so the trail is where "passed" lives.
 */
export function moduleStates(trail: readonly AuditRow[]): Map<number, ModuleState> {
  const states = new Map<number, ModuleState>();
  for (const row of trail) {
    if (row.action !== 'module_control' || !isControl(row.after) || states.has(row.after.moduleId)) continue;
    states.set(row.after.moduleId, { passed: row.after.passed, at: row.at, note: row.after.note ?? null });
  }
  return states;
}
