/** Why an IIN was refused, or null when it is valid (decisions §6). */
export type IinProblem = 'not_12_digits' | 'bad_date' | 'bad_century' | 'bad_control_digit' | 'unusable';

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The control digit of the first 11 digits, or null when both weightings give 10. */
export function iinControlDigit(first11: string): number | null {
  const d = [...first11].map(Number);
  const first = d.reduce((s, x, i) => s + x * W1[i]!, 0) % 11;
  if (first !== 10) return first;
  const second = d.reduce((s, x, i) => s + x * W2[i]!, 0) % 11;
  return second === 10 ? null : second;
}

/** Checks a Kazakhstan IIN: 12 digits, a real birth date in the 7th digit's century, control digit. */
export function checkIin(iin: string): IinProblem | null {
  if (!/^\d{12}$/.test(iin)) return 'not_12_digits';
  const centuryDigit = Number(iin[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return 'bad_century';
  const century = [1800, 1800, 1900, 1900, 2000, 2000][centuryDigit - 1]!;
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return 'bad_date';
  }
  const control = iinControlDigit(iin.slice(0, 11));
  if (control === null) return 'unusable';
  return control === Number(iin[11]) ? null : 'bad_control_digit';
}
