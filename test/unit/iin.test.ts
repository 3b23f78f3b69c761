import { describe, expect, it } from 'vitest';
import { checkIin, iinControlDigit } from '../../shared/domain/iin';

function withControl(first11: string): string {
  const c = iinControlDigit(first11);
  if (c === null) throw new Error('unusable');
  return `${first11}${c}`;
}

describe('IIN (decisions §6)', () => {
  it('computes the control digit with the first weights', () => {
    // 1·8+2·5+3·0+4·3+5·1+6·4+7·4+8·0+9·0+10·1+11·2 = 119; 119 mod 11 = 9
    expect(iinControlDigit('85031440012')).toBe(9);
    expect(checkIin('850314400129')).toBeNull();
  });

  it('falls back to the second weights when the first give 10', () => {
    // weights 1…11: 8+10+0+12+5+24+28+0+0+0+0 = 87 ≡ 10 (mod 11), so weights 3…11,1,2:
    // 24+20+0+18+7+32+36+0+0+0+0 = 137 ≡ 5
    expect(iinControlDigit('85031440000')).toBe(5);
    expect(checkIin('850314400005')).toBeNull();
    expect(checkIin('850314400000')).toBe('bad_control_digit');
  });

  it('refuses a wrong control digit, an impossible date, a bad century, bad length', () => {
    const valid = withControl('85031440012');
    const wrong = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    expect(checkIin(wrong)).toBe('bad_control_digit');
    expect(checkIin(withControl('85023140012'))).toBe('bad_date'); // 31 February
    expect(checkIin(withControl('85130140012'))).toBe('bad_date'); // month 13
    expect(checkIin(withControl('85031470012'))).toBe('bad_century');
    expect(checkIin('12345')).toBe('not_12_digits');
    expect(checkIin('85031440012a')).toBe('not_12_digits');
  });

  it('knows leap years per century digit', () => {
    expect(checkIin(withControl('00022950012'))).toBeNull(); // 29.02.2000
    expect(checkIin(withControl('00022910012'))).toBe('bad_date'); // 29.02.1800 was not a leap day
  });
});
