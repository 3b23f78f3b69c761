import type { Criterion } from '../../../shared/schemas/design-schema';

/** Why a typed value cannot be used, as a catalog key under `input.` with its parameters. */
export type InputProblem =
  | { key: 'notANumber' }
  | { key: 'negative' }
  | { key: 'aboveMax'; max: number }
  | { key: 'notALevel'; levels: number[] }
  | { key: 'notAStep'; step: number }
  | { key: 'percentRange' };

/** The state of one field: nothing typed yet, a usable number, or a problem to show beside it. */
export type FieldCheck = { kind: 'empty' } | { kind: 'ok'; value: number } | { kind: 'problem'; problem: InputProblem };

const EPS = 1e-9;

/** Reads "12", "12.5" or "12,5"; null when the text is not a number at all. */
export function readNumber(text: string): number | 'empty' | null {
  const s = text.trim().replace(',', '.');
  if (s === '') return 'empty';
  if (!/^-?\d{1,6}(\.\d{1,6})?$/.test(s)) return null;
  return Number(s);
}

/**
 * Checks typed points against a criterion before anything is sent, so the message can sit
 * next to the field. The core checks again and stays the authority on the grade.
 */
export function checkPoints(criterion: Criterion, text: string): FieldCheck {
  const value = readNumber(text);
  if (value === 'empty') return { kind: 'empty' };
  if (value === null) return { kind: 'problem', problem: { key: 'notANumber' } };
  if (value < 0) return { kind: 'problem', problem: { key: 'negative' } };
  if (value > criterion.max + EPS) return { kind: 'problem', problem: { key: 'aboveMax', max: criterion.max } };
  const scale = criterion.scale;
  if (scale.kind === 'levels') {
    const levels = scale.levels.map((l) => l.value);
    return levels.some((l) => Math.abs(l - value) < EPS)
      ? { kind: 'ok', value }
      : { kind: 'problem', problem: { key: 'notALevel', levels } };
  }
  const ratio = value / scale.step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-6
    ? { kind: 'ok', value }
    : { kind: 'problem', problem: { key: 'notAStep', step: scale.step } };
}

/** Checks a typed percent (0–100, decimals allowed). */
export function checkPercent(text: string): FieldCheck {
  const value = readNumber(text);
  if (value === 'empty') return { kind: 'empty' };
  if (value === null) return { kind: 'problem', problem: { key: 'notANumber' } };
  if (value < 0 || value > 100) return { kind: 'problem', problem: { key: 'percentRange' } };
  return { kind: 'ok', value };
}

/** The criterion index an error's field names (`scores[3]` → 2), or null. */
export function fieldIndex(field: string | null): number | null {
  const m = /^scores\[(\d+)\]/.exec(field ?? '');
  return m?.[1] ? Number(m[1]) - 1 : null;
}
