import { describe, expect, it } from 'vitest';
import { retentionEnds } from '../../electron/core/services/privacy/retention';
import { virtualWindow } from '../../renderer/screens/cohorts/listeners/use-virtual-rows';

describe('retention end dates', () => {
  it('adds whole years to the day the cohort ended; 0 keeps forever; 29 February moves to 1 March', () => {
    expect(retentionEnds('2026-11-27', 5)).toBe('2031-11-27');
    expect(retentionEnds('2026-11-27T10:00:00Z', 1)).toBe('2027-11-27');
    expect(retentionEnds('2026-11-27', 0)).toBeNull();
    expect(retentionEnds('2028-02-29', 1)).toBe('2029-03-01');
  });
});

describe('the listener list’s visible window', () => {
  it('renders only the rows in sight plus the overscan, and pads the rest', () => {
    expect(virtualWindow(50_000, 48, 0, 480, 8)).toEqual({ start: 0, end: 18, padTop: 0, padBottom: (50_000 - 18) * 48 });
    const bottom = virtualWindow(50_000, 48, 50_000 * 48 - 480, 480, 8);
    expect(bottom).toEqual({ start: 50_000 - 10 - 8, end: 50_000, padTop: (50_000 - 18) * 48, padBottom: 0 });
    expect(virtualWindow(0, 48, 0, 480, 8)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    // a scroll position beyond the end (the list just got shorter) still gives a valid window
    expect(virtualWindow(10, 48, 10_000, 480, 8)).toEqual({ start: 10, end: 10, padTop: 480, padBottom: 0 });
  });
});
