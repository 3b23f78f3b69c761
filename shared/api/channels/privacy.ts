import { z } from 'zod';

const id = z.number().int().positive();
/** The operator's reason for an erasure, kept in the register and the audit log. */
const reason = z.string().trim().min(3).max(500);

/** Input schemas of personal data and retention (issue 10): erasure asks for a confirmation and a reason. */
export const privacyInputs = {
  'privacy:settings': z.object({}).strict(),
  'privacy:set-retention': z.object({ years: z.number().int().min(0).max(100) }).strict(),
  'privacy:set-backup-password': z.object({ password: z.string().min(8).max(200).nullable() }).strict(),
  'privacy:erase-listener': z.object({ id, reason, confirm: z.literal(true) }).strict(),
  'privacy:due': z.object({}).strict(),
  'privacy:erase-due': z.object({ ids: z.array(id).min(1).max(100_000), reason, confirm: z.literal(true) }).strict(),
} as const satisfies Record<string, z.ZodTypeAny>;
