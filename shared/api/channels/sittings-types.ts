import type { Blueprint, BlueprintWarning } from '../../domain/bank/blueprint';
import type { ItemLang, ItemType, TextFormat } from '../../domain/bank/types';
import type { Localized } from '../../domain/localized';
import type { ItemFigures } from '../../domain/stats/items';
import type { Reliability } from '../../domain/stats/reliability';
import type { StatsWarning } from '../../domain/stats/summary';
import type { ExamResponse, SITTING_KINDS } from './sittings';

/** A kind of sitting. */
export type SittingKind = (typeof SITTING_KINDS)[number];
/** One question per screen, or all on one page. */
export type SittingLayout = 'one' | 'all';
/** Open (examinees write), released (results locked and visible), closed (tokens no longer work). */
export type SittingStatus = 'open' | 'released' | 'closed';
/** Where an examinee is; `absent` when the results were released before they started. */
export type ExamineeStatus = 'ready' | 'in_progress' | 'submitted' | 'absent';
/** Who ended a test: the examinee, the clock, or the examiner at release. */
export type SubmittedBy = 'examinee' | 'timeout' | 'examiner';

/** An item as the examinee sees it: no weights, keys, pairs or feedback; options in their own order. */
export type PublicItem = { ref: string; position: number; text: string; format: TextFormat; lang: ItemLang | null; points: number } & (
  | { type: 'single' | 'multiple'; options: string[] }
  | { type: 'truefalse' }
  | { type: 'matching'; lefts: string[]; rights: string[] }
  | { type: 'short' | 'numeric' | 'essay' }
);

/** What the examinee has done with one item so far. */
export type ExamItemState = { ref: string; answer: ExamResponse | null; flagged: boolean; savedAt: string | null };

/** One item on the examinee's screen with their answer. */
export type ExamItem = PublicItem & Omit<ExamItemState, 'ref'>;

/** Exact points as a fraction and as the nearest number, for display. */
export type ExactNumber = { num: number; den: number; value: number };

/** An examinee's result as they see it after release: totals and points per item, no keys. */
export type ExamineeResult = {
  points: ExactNumber;
  max: ExactNumber;
  /** Exact percent (never rounded before the band lookup); shown with one decimal. */
  percent: ExactNumber;
  band: string | null;
  grade: Localized | null;
  mark5: number | null;
  pass: boolean | null;
  certificate: boolean | null;
  items: { ref: string; earned: number; max: number }[];
};

/** Everything the examinee's screen needs; items only once the test is started. */
export type ExamView = {
  examineeId: number;
  sittingId: number;
  listenerName: string;
  title: Localized;
  kind: SittingKind;
  heldOn: string;
  place: string | null;
  layout: SittingLayout;
  timeLimitMinutes: number | null;
  itemCount: number;
  status: ExamineeStatus;
  sittingStatus: SittingStatus;
  /** The core's clock now; the screen counts down from `remainingSeconds`, never from its own clock. */
  now: string;
  startedAt: string | null;
  deadlineAt: string | null;
  remainingSeconds: number | null;
  submittedAt: string | null;
  submittedBy: SubmittedBy | null;
  position: number;
  answered: number;
  flagged: number;
  items: ExamItem[];
  result: ExamineeResult | null;
};

/** A saved answer or flag, with the time that remains. */
export type ExamAck = ExamItemState & { remainingSeconds: number | null };

/** A sitting in a list. */
export type SittingSummary = {
  id: number;
  cohortId: number;
  cohortName: string;
  bankId: number;
  blueprintId: string;
  title: Localized;
  kind: SittingKind;
  heldOn: string;
  place: string | null;
  timeLimitMinutes: number | null;
  layout: SittingLayout;
  gradeScale: string | null;
  itemCount: number;
  entranceId: number | null;
  status: SittingStatus;
  createdAt: string;
  releasedAt: string | null;
  lockedAt: string | null;
  /** The released result set's hash (first 12 hex characters), or null. */
  hash: string | null;
  counts: { admitted: number; ready: number; inProgress: number; submitted: number };
};

/** One examinee as the examiner sees them (provisional totals until release). */
export type ExamineeRow = {
  id: number;
  listenerId: number;
  listenerName: string;
  number: number;
  status: ExamineeStatus;
  startedAt: string | null;
  deadlineAt: string | null;
  submittedAt: string | null;
  submittedBy: SubmittedBy | null;
  answered: number;
  pendingEssays: number;
  points: ExactNumber | null;
  max: ExactNumber | null;
  percent: ExactNumber | null;
  band: string | null;
  grade: Localized | null;
  pass: boolean | null;
  certificate: boolean | null;
};

/** A sitting with its examinees and what the blueprint check found. */
export type SittingDetail = SittingSummary & { seed: string; blueprint: Blueprint; warnings: BlueprintWarning[]; examinees: ExamineeRow[] };

/** An examinee just admitted, with the kiosk token shown this once (only its hash is kept). */
export type AdmittedExaminee = { examineeId: number; listenerId: number; listenerName: string; number: number; token: string };

/** Points per item of one examinee, for the examiner. */
export type ResultItem = { itemId: string; type: ItemType; earned: number | null; max: number; isPending: boolean };

/** One row of a result set. */
export type ResultRow = ExamineeRow & { items: ResultItem[] };

/** A sitting's results: provisional while open, locked with a hash once released. */
export type SittingResultSet = {
  sittingId: number;
  isFinal: boolean;
  releasedAt: string | null;
  hash: string | null;
  gradeScale: string | null;
  passPercent: number | null;
  rows: ResultRow[];
  summary: { admitted: number; sat: number; absent: number; passed: number; certificates: number; meanPercent: number | null };
};

/** An essay waiting for (or given) a hand score; the examinee is shown by number only. */
export type EssayEntry = {
  examineeId: number;
  number: number;
  itemId: string;
  question: string;
  response: string;
  max: number;
  points: number | null;
  note: string;
  scoredBy: string | null;
  scoredAt: string | null;
};

/** One option of a choice item in the analysis (stored order, with its weight: examiner only). */
export type OptionFigure = { text: string; weight: number; isKey: boolean; count: number; share: number | null };

/** One item in the analysis. */
export type ItemAnalysis = ItemFigures & { type: ItemType; text: string; topic: string[]; options: OptionFigure[] | null; omitted: number | null };

/** Item and test statistics of a sitting's scored examinees. */
export type SittingAnalysis = {
  sittingId: number;
  n: number;
  mean: number | null;
  /** The population SD of totals (÷ N), in points. */
  sd: number | null;
  sdKind: 'population';
  meanPercent: number | null;
  reliability: Reliability;
  warnings: StatsWarning[];
  items: ItemAnalysis[];
};

/** One listener's entrance and exit percents and the gain in percentage points. */
export type GainRow = { listenerId: number; listenerName: string; entrance: number | null; exit: number | null; gain: number | null };

/** The gain from an entrance to an exit sitting, per listener and for the cohort. */
export type GainReport = {
  entranceId: number;
  exitId: number;
  rows: GainRow[];
  cohort: {
    paired: number;
    meanEntrance: number | null;
    meanExit: number | null;
    meanGain: number | null;
    /** Hake's normalised gain of the means, (exit − entrance) ÷ (100 − entrance); null when entrance is 100. */
    normalizedGain: number | null;
  };
};

/** Result types of the sitting channels. */
export type SittingResults = {
  'sitting:list': SittingSummary[];
  'sitting:create': SittingDetail;
  'sitting:get': SittingDetail;
  'sitting:admit': AdmittedExaminee[];
  'sitting:reissue': AdmittedExaminee;
  'sitting:release': SittingResultSet;
  'sitting:close': SittingSummary;
  'sitting:results': SittingResultSet;
  'sitting:analysis': SittingAnalysis;
  'sitting:link': SittingSummary;
  'sitting:gain': GainReport;
  'sitting:essays': EssayEntry[];
  'essay:score': EssayEntry;
  'exam:get': ExamView;
  'exam:start': ExamView;
  'exam:answer': ExamAck;
  'exam:flag': ExamAck;
  'exam:submit': ExamView;
};
