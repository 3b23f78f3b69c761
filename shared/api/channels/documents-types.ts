import type { Localized } from '../../domain/localized';
import type { Role } from './people-types';

/** Everything a defense protocol prints, taken from the store (locked results only). */
export type DefenseSnapshot = {
  number: string;
  isFinal: boolean;
  session: { id: number; heldOn: string; place: string | null; startedAt: string | null; endedAt: string | null; closedAt: string | null };
  programme: { title: Localized; hours: number; designTitle: Localized; kind: 'rubric' | 'scale' | 'checklist' };
  cohort: { name: string; startsOn: string | null; endsOn: string | null; format: string | null; place: string | null };
  commission: { id: number; fullName: string; role: Role; position: string | null; isPresent: boolean }[];
  quorum: { required: number; present: number; isMet: boolean };
  criteria: { title: Localized; max: number; bands: { min: number; max: number; label: Localized; descriptor: Localized | null }[] }[];
  listeners: DefenseSnapshotListener[];
  ruleSentence: Localized;
};

/** One listener's line in the protocol. */
export type DefenseSnapshotListener = {
  position: number;
  fullName: string;
  topic: string | null;
  result: {
    criteria: number[];
    totalExact: number;
    total: number;
    band: string | null;
    grade: Localized | null;
    mark5: number | null;
    consequence: Localized | null;
    lockedAt: string;
    hash: string;
    /** Each scoring member's own points, by member id. */
    byMember: Record<number, number[]>;
  } | null;
  questions: { member: string; text: string; answerNote: string }[];
  divergences: { criterion: number | null; reason: string; resolution: string; member: string | null; text: string }[];
  onBehalf: string[];
  absent: string[];
  amendments: { at: string; author: string; reason: string; before: number; after: number; grade: Localized | null }[];
};

/** What `attesta export` prints. */
export type ExportResult = { file: string; bytes: number; pages?: number; sheets?: number; hash: string };
