import type { BlueprintPlanView } from '../../../shared/api/channels/banks-types';
import type { Blueprint, BlueprintWarning, Quota } from '../../../shared/domain/bank/blueprint';

/** The quota index a warning's path points at (`quotas[2]`, `quotas[2].count`), or null for the blueprint as a whole. */
export function quotaOf(warning: Pick<BlueprintWarning, 'path'>): number | null {
  const m = /^quotas\[(\d+)\]/.exec(warning.path);
  return m ? Number(m[1]) : null;
}

/** The warnings about one quota, or (null) about none in particular. */
export function warningsAt(plan: BlueprintPlanView | null, quota: number | null): BlueprintWarning[] {
  return plan ? plan.warnings.filter((w) => quotaOf(w) === quota) : [];
}

/** A quota's target as one editable line: a topic path `A / B`, a module number, or "each topic under" a path. */
export function targetText(quota: Quota): string {
  return quota.target.kind === 'module' ? String(quota.target.index) : quota.target.path.join(' / ');
}

/** The quota with its target read back from the line typed (a module number that is not a number stays as it was). */
export function withTarget(quota: Quota, kind: Quota['target']['kind'], text: string): Quota {
  if (kind === 'module') {
    const index = Number(text.trim());
    return { ...quota, target: { kind, index: Number.isInteger(index) && index >= 1 ? index : 1 } };
  }
  return { ...quota, target: { kind, path: text.split('/').map((p) => p.trim()).filter((p) => p !== '') } };
}

/** A new quota: 1 item from the whole bank. */
export function newQuota(): Quota {
  return { target: { kind: 'topic', path: [] }, count: 1, label: null };
}

/** The root typed as `Module / Topic`, or undefined for the bank's root. */
export function rootOf(text: string): string[] | undefined {
  const parts = text.split('/').map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 0 ? parts : undefined;
}

/** A custom copy of a blueprint under a new id and title. */
export function customCopy(blueprint: Blueprint, id: string, title: string): Blueprint {
  return { ...blueprint, id, title: { kk: title, ru: title, en: title }, source: blueprint.source === '' ? '' : `copy of ${blueprint.id}: ${blueprint.source}` };
}
