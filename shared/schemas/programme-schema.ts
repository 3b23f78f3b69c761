import { z } from 'zod';
import { localizedSchema } from './design-schema';

/** A programme's own settings, layered over its design (decisions: sources silent → setting). */
export const programmeSettingsSchema = z.object({
  quorum: z.number().int().min(1).max(50).default(3),
  aggregationRule: z.enum(['mean', 'median', 'trimmed']).nullable().default(null),
  divergenceThreshold: z.number().positive().max(1).nullable().default(null),
  pitchMinutes: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).nullable().default(null),
  admissionRequiresModules: z.boolean().default(false),
  retake: z
    .object({
      maxExtensionDays: z.number().int().min(0).max(365).default(14),
      allowAlternativeTask: z.boolean().default(true),
      maxAttempts: z.number().int().min(1).max(10).default(2),
    })
    .default({ maxExtensionDays: 14, allowAlternativeTask: true, maxAttempts: 2 }),
});

/** Parsed programme settings. */
export type ProgrammeSettings = z.infer<typeof programmeSettingsSchema>;

/** A programme module (title, hours, whether its current control gates admission). */
export const moduleSchema = z.object({
  title: localizedSchema,
  hours: z.number().int().min(0).max(2000),
  gatesAdmission: z.boolean().default(false),
});

/** A module as given to the core. */
export type ModuleInput = z.input<typeof moduleSchema>;

/** A listener's fields as entered (IIN optional, validated separately). */
export const listenerFieldsSchema = z.object({
  fullName: z.string().trim().min(1, 'the full name is required').max(300),
  iin: z.string().trim().max(20).nullable().default(null),
  organisation: z.string().trim().max(300).nullable().default(null),
  position: z.string().trim().max(300).nullable().default(null),
  topic: z.string().trim().max(500).nullable().default(null),
  mentor: z.string().trim().max(300).nullable().default(null),
});

/** A listener's fields, parsed. */
export type ListenerFields = z.infer<typeof listenerFieldsSchema>;
