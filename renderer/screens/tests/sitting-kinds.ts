import type { SittingKind } from '../../../shared/api/channels/sittings-types';

/**
 * The kinds of sitting in the form's order (the channel's SITTING_KINDS lives in a module that
 * loads zod, which the renderer does not bundle; `satisfies` keeps the two in step).
 */
export const SITTING_KIND_LIST = ['final', 'module', 'entrance', 'exit'] as const satisfies readonly SittingKind[];

/** Fails to compile when a kind is missing from the list. */
type Missing = Exclude<SittingKind, (typeof SITTING_KIND_LIST)[number]>;
const everyKind: [Missing] extends [never] ? true : Missing = true;
void everyKind;
