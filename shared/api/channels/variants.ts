import { z } from 'zod';

/** Input schemas of the printed variants, answer keys and answer sheets (issue 6). */
export const variantInputs = {} as const satisfies Record<string, z.ZodTypeAny>;
