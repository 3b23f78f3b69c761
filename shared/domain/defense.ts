import type { AggregationRule, Design } from '../schemas/design-schema';
import { aggregateSheets, type AggregateResult } from './aggregate';
import { frac, type Fraction } from './fraction';

/** A member's sheet as the defense screens see it (points exact, null where not yet given). */
export type SheetView = {
  sheetId: number;
  memberId: number;
  memberName: string;
  version: number;
  scores: (number | null)[];
  isSubmitted: boolean;
  isOnBehalf: boolean;
  enteredBy: string;
};

/** Points are stored in hundredths; this is the exact value. */
export function fromHundredths(x100: number): Fraction {
  return frac(x100, 100);
}

/** Exact points → hundredths for storage (a template step of 0.5 or 0.25 stays exact). */
export function toHundredths(points: Fraction): number {
  const x = (points.num * 100) / points.den;
  if (!Number.isInteger(x)) throw new RangeError(`${points.num}/${points.den} is finer than hundredths`);
  return x;
}

/**
 * Blind scoring: a member sees only their own sheet until they have submitted it; after that,
 * every submitted sheet. Drafts of others are never shown.
 */
export function visibleSheets(sheets: readonly SheetView[], viewerMemberId: number): SheetView[] {
  const own = sheets.find((s) => s.memberId === viewerMemberId);
  if (!own?.isSubmitted) return own ? [own] : [];
  return sheets.filter((s) => s.memberId === viewerMemberId || s.isSubmitted);
}

/** The design with the programme's own aggregation settings applied. */
export function effectiveDesign(design: Design, rule: AggregationRule | null, threshold: number | null): Design {
  return {
    ...design,
    aggregation: { rule: rule ?? design.aggregation.rule, divergenceThreshold: threshold ?? design.aggregation.divergenceThreshold },
  };
}

/** What the board shows for one listener. */
export type BoardState = {
  scoringMemberIds: number[];
  submittedMemberIds: number[];
  isComplete: boolean;
  isQuorumMet: boolean;
  quorum: number;
  aggregate: AggregateResult | null;
};

/**
 * The board: who has submitted; once every scoring member has, the aggregate per criterion,
 * its spread and divergence flags (never before, so no one is swayed mid-scoring).
 */
export function boardState(design: Design, scoringMemberIds: readonly number[], sheets: readonly SheetView[], quorum: number): BoardState {
  const scoring = new Set(scoringMemberIds);
  const submitted = sheets.filter((s) => s.isSubmitted && scoring.has(s.memberId));
  const isComplete = scoringMemberIds.length > 0 && submitted.length === scoringMemberIds.length;
  const values = submitted.map((s) => s.scores.map((v) => frac(Math.round((v ?? 0) * 100), 100)));
  const canAggregate = isComplete && !(design.aggregation.rule === 'trimmed' && submitted.length < 5);
  return {
    scoringMemberIds: [...scoringMemberIds],
    submittedMemberIds: submitted.map((s) => s.memberId),
    isComplete,
    isQuorumMet: submitted.length >= quorum,
    quorum,
    aggregate: canAggregate ? aggregateSheets(design, values) : null,
  };
}

/** The sentence every protocol prints about how totals were made (decisions §2). */
export function ruleSentence(rule: AggregationRule, precision: number): { kk: string; ru: string; en: string } {
  const names = {
    mean: { kk: 'арифметикалық орташа', ru: 'среднее арифметическое', en: 'the arithmetic mean' },
    median: { kk: 'медиана', ru: 'медиана', en: 'the median' },
    trimmed: { kk: 'ең жоғары және ең төменгі бағаны алып тастағандағы орташа', ru: 'среднее без наибольшей и наименьшей оценки', en: 'the mean without the highest and lowest score' },
  }[rule];
  const digits = precision === 0 ? { kk: 'бүтін балға', ru: 'до целого балла', en: 'to a whole point' } : { kk: `${precision} ондық таңбаға`, ru: `до ${precision} знака после запятой`, en: `to ${precision} decimal place(s)` };
  return {
    kk: `Әр критерий бойынша балл — комиссия мүшелерінің бағаларының ${names.kk}; қорытынды балл критерийлер сомасы, бір рет ${digits.kk} жартысынан жоғары қарай дөңгелектенеді.`,
    ru: `Балл по каждому критерию — ${names.ru} оценок членов комиссии; итоговый балл — сумма по критериям, округлённая один раз ${digits.ru} (половина — вверх).`,
    en: `Each criterion's points are ${names.en} of the members' scores; the total is their sum, rounded once ${digits.en}, halves up.`,
  };
}
