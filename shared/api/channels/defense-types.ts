import type { AggregateResult } from '../../domain/aggregate';
import type { BoardState, SheetView } from '../../domain/defense';
import type { Localized } from '../../domain/localized';
import type { Admission, Member } from './people-types';

/** Where a listener is on defense day. */
export type TurnStatus = 'waiting' | 'in_progress' | 'ended' | 'confirmed';

/** One listener in a session's queue. */
export type Turn = {
  id: number;
  sessionId: number;
  listenerId: number;
  listenerName: string;
  topic: string | null;
  position: number;
  startedAt: string | null;
  pitchStartedAt: string | null;
  pitchEndedAt: string | null;
  endedAt: string | null;
  notes: string;
  status: TurnStatus;
  result: { total: number; band: string | null; grade: Localized | null } | null;
};

/** A question the commission asked, by whom, with a short note on the answer. */
export type AskedQuestion = { id: number; memberId: number; memberName: string; questionIndex: number | null; text: string; answerNote: string; askedAt: string };

/** A recorded way the commission dealt with a divergence. */
export type Resolution = {
  id: number;
  criterion: number | null;
  reason: 'spread' | 'band_straddle';
  resolution: 'revote' | 'keep' | 'dissent';
  memberId: number | null;
  text: string;
  actor: string;
  at: string;
};

/** One listener's defense with everything the live screen needs. */
export type TurnDetail = Turn & {
  questions: AskedQuestion[];
  scoringMembers: Member[];
  recusedMemberIds: number[];
  admission: Admission;
  pitchMinutes: { min: number; max: number } | null;
  interviewQuestions: Localized[];
  designId: string;
};

/** A member's own sheet and the sheets the blind rule lets them see. */
export type SheetResponse = { own: SheetView | null; visible: SheetView[] };

/** What the board (chair, projector) shows for one listener. */
export type Board = {
  turn: Turn;
  members: { memberId: number; fullName: string; role: Member['role']; isSubmitted: boolean; isRecused: boolean }[];
  state: BoardState;
  resolutions: Resolution[];
  unresolved: { criterion: number | null; reason: 'spread' | 'band_straddle' }[];
};

/** A confirmed, locked result with its amendments. */
export type DefenseResult = {
  id: number;
  turnId: number;
  designId: string;
  rule: string;
  aggregate: AggregateResult;
  scorers: { memberId: number; fullName: string; isOnBehalf: boolean; scores: number[] }[];
  absent: { memberId: number; fullName: string }[];
  resolutions: Resolution[];
  ruleSentence: Localized;
  confirmedBy: number;
  lockedAt: string;
  hash: string;
  amendments: { id: number; reason: string; author: string; at: string; before: { total: number; band: string | null }; after: { total: number; band: string | null; totalExact: number; grade: Localized | null } }[];
};

/** Result types of the defense channels. */
export type DefenseResults = {
  'defense:queue': Turn[];
  'defense:turn': TurnDetail;
  'defense:start': Turn;
  'defense:end': Turn;
  'defense:pitch': Turn;
  'defense:ask': AskedQuestion[];
  'defense:note': Turn;
  'sheet:get': SheetResponse;
  'sheet:save': SheetView;
  'sheet:submit': SheetView;
  'sheet:revote': SheetView;
  'board:get': Board;
  'divergence:resolve': Resolution[];
  'result:confirm': DefenseResult;
  'result:get': DefenseResult | null;
  'result:amend': DefenseResult;
  'session:close': { sessionId: number; closedAt: string; present: number[] };
};
