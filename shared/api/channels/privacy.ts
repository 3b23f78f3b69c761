import { z } from 'zod';

/** Input schemas of the personal data, retention, encrypted backups (issue 10). */
export const privacyInputs = {} as const satisfies Record<string, z.ZodTypeAny>;
