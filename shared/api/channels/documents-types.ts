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

/** An exact fraction (a percent is kept as num/den until it is printed). */
export type ExactFraction = { num: number; den: number };

/** One examinee's line in a test results statement. */
export type StatementRow = {
  number: number;
  fullName: string;
  organisation: string | null;
  status: 'ready' | 'in_progress' | 'submitted' | 'absent';
  pendingEssays: number;
  points: number | null;
  max: number | null;
  percent: ExactFraction | null;
  grade: Localized | null;
  certificate: boolean | null;
};

/** One item of the statement's item-analysis annex. */
export type StatementItem = {
  id: string;
  text: string;
  n: number;
  facility: number | null;
  discrimination: number | null;
  /** Choice items: how many chose each option (stored order) and which are keys. */
  options: { count: number; isKey: boolean }[] | null;
  omitted: number | null;
};

/** Everything a test results statement prints: the released (locked) result set and its item analysis. */
export type StatementSnapshot = {
  number: string;
  isFinal: boolean;
  /** The released result set's SHA-256 (null while not released). */
  resultsHash: string | null;
  sitting: { id: number; title: Localized; kind: 'entrance' | 'exit' | 'final' | 'module'; heldOn: string; place: string | null; timeLimitMinutes: number | null; itemCount: number; releasedAt: string | null };
  programme: { title: Localized; hours: number };
  cohort: { name: string; startsOn: string | null; endsOn: string | null };
  /** The grades of the sitting's scale, in its order (empty without a scale). */
  grades: Localized[];
  /** The lowest percent that gives a certificate, when the scale or pass mark says. */
  certificateFrom: number | null;
  rows: StatementRow[];
  summary: { admitted: number; sat: number; absent: number; certificates: number; meanPercent: number | null };
  analysis: {
    n: number;
    mean: number | null;
    sd: number | null;
    alpha: number | null;
    kind: 'kr20' | 'alpha';
    method: 'common_items' | 'random_variants';
    k: number;
    sem: number | null;
    warnings: ('small_sample' | 'no_variance')[];
    items: StatementItem[];
  };
  /** Who signs: the chair and secretary of the cohort's latest defense session, when there is one. */
  signatories: { role: Role; fullName: string }[];
};

/** One test's result of a listener in the cohort summary (`absent`, or null: not admitted / no result yet). */
export type SummaryTestResult = { percent: ExactFraction | null; grade: Localized | null; certificate: boolean | null } | 'absent' | null;

/** One listener's line in the cohort summary. */
export type SummaryListener = {
  fullName: string;
  defense: { total: number; grade: Localized | null; consequence: Localized | null } | null;
  tests: SummaryTestResult[];
};

/** Everything a cohort summary prints: defenses and tests of one cohort together. */
export type SummarySnapshot = {
  number: string;
  isFinal: boolean;
  programme: { title: Localized; hours: number; designTitle: Localized };
  cohort: { name: string; startsOn: string | null; endsOn: string | null };
  /** The defense's grade scale (in its order) and how many sessions the cohort had. */
  defense: { grades: Localized[]; sessions: number };
  tests: { id: number; title: Localized; kind: 'entrance' | 'exit' | 'final' | 'module'; heldOn: string; isFinal: boolean; grades: Localized[] }[];
  listeners: SummaryListener[];
  signatories: { role: Role; fullName: string }[];
};

/** A grade distribution: each grade of a scale with how many got it (the summary's charts). */
export type GradeDistribution = { title: Localized; bars: { grade: Localized; count: number }[] };
