import { z } from 'zod';

/** Input schemas of the test banks (issue 6): bank list, items, import preview, blueprints. */
export const bankInputs = {} as const satisfies Record<string, z.ZodTypeAny>;
