import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, fillScores, startHarness, type Harness } from './harness';

const ROADMAP = 'kz-000-roadmap-defense';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('«Қорғауды бағалау» — scoring a defense in Chromium', () => {
  it('opens in Kazakh on the Defenses section', async () => {
    const { page, problems } = await h.open();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    await expectText(page.getByTestId('nav-defenses'), 'Қорғау');
    await expectText(page.getByRole('heading', { level: 2 }).first(), 'Қорғауды бағалау');
    expect(problems).toEqual([]);
  });

  it('scores the roadmap with digits and Tab: 16, 16, 25, 8, 16 → 81, «Жақсы»', async () => {
    const { page, problems } = await h.open();
    await page.getByTestId('template-select').selectOption(ROADMAP);
    await page.getByTestId('points-0').click();
    for (const [i, s] of ['16', '16', '25', '8', '16'].entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(s);
    }
    await expectText(page.getByTestId('total'), '81');
    await expectText(page.getByTestId('grade-label'), 'Жақсы');
    await expectText(page.getByTestId('total-exact'), '81,00');
    await expectText(page.getByTestId('percent'), /^81,0\s?%$/);
    await expectText(page.getByTestId('mark5'), '4');
    await expectText(page.getByTestId('pass'), /өтті/);
    expect(await page.getByTestId('grade-label').getAttribute('data-tone')).toBe('good');
    expect(await page.getByTestId('consequence').textContent()).toContain('Жоба');
    // 16 of 20 on criterion 1 is its top band, shown with that band's descriptor.
    await expectText(page.getByTestId('criterion-0').locator('.chip.is-active'), /^16–20/);
    expect(await page.getByTestId('criterion-0').getByTestId('active-descriptor').textContent()).toMatch(/SWOT/);
    // The design's own findings are translated: the roadmap's note on mismatched bands.
    await expectText(page.locator('[data-code="rubric_scale_mismatch"] .finding-text'), /сәйкес келмейді/);
    expect(problems).toEqual([]);
  });

  it('moves to the next field on Enter, and shows the running total before the grade', async () => {
    const { page } = await h.open();
    await page.getByTestId('template-select').selectOption(ROADMAP);
    await page.getByTestId('points-0').click();
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('points-1');
    await page.keyboard.type('5');
    await expectText(page.getByTestId('total'), '15');
    await expectText(page.getByTestId('incomplete'), /5 критерийдің 2 бағаланды/);
    expect(await page.getByTestId('grade-label').count()).toBe(0);
  });

  describe('band edges of the roadmap scale (one page, refilled)', () => {
    let page: Page;
    beforeAll(async () => {
      ({ page } = await h.open());
      await page.getByTestId('template-select').selectOption(ROADMAP);
    });

    it.each([
      { scores: [10, 10, 15, 4, 10], total: '49', grade: 'Қанағаттанарлықсыз', tone: 'unsatisfactory' },
      { scores: [10, 10, 15, 5, 10], total: '50', grade: 'Қанағаттанарлық', tone: 'satisfactory' },
      { scores: [14, 14, 21, 6, 14], total: '69', grade: 'Қанағаттанарлық', tone: 'satisfactory' },
      { scores: [14, 14, 21, 7, 14], total: '70', grade: 'Жақсы', tone: 'good' },
      { scores: [17, 17, 25, 8, 17], total: '84', grade: 'Жақсы', tone: 'good' },
      { scores: [17, 17, 25, 9, 17], total: '85', grade: 'Өте жақсы', tone: 'excellent' },
    ])('$total → «$grade»', async ({ scores, total, grade, tone }) => {
      await fillScores(page, scores);
      await expectText(page.getByTestId('total'), total);
      await expectText(page.getByTestId('grade-label'), grade);
      expect(await page.getByTestId('grade-label').getAttribute('data-tone')).toBe(tone);
    });
  });

  it('switches language: «Хорошо», then "Good"; <html lang> follows and the choice is remembered', async () => {
    const { page } = await h.open();
    await page.getByTestId('template-select').selectOption(ROADMAP);
    await fillScores(page, [16, 16, 25, 8, 16]);
    await expectText(page.getByTestId('grade-label'), 'Жақсы');
    await page.getByTestId('lang-ru').click();
    await expectText(page.getByTestId('grade-label'), 'Хорошо');
    await expectText(page.getByTestId('nav-cohorts'), 'Группы и слушатели');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByTestId('lang-en').click();
    await expectText(page.getByTestId('grade-label'), 'Good');
    await expectText(page.getByTestId('total-exact'), '81.00');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await expectText(page.getByTestId('nav-defenses'), 'Defenses');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('explains a bad value next to its field: above max, negative, not a level', async () => {
    const { page } = await h.open({ lang: 'en' });
    await page.getByTestId('template-select').selectOption(ROADMAP);
    await page.getByTestId('points-0').fill('21');
    await expectText(page.getByTestId('points-error-0'), 'Above the maximum (20).');
    await page.getByTestId('points-1').fill('-1');
    await expectText(page.getByTestId('points-error-1'), 'Points cannot be negative.');
    await expectText(page.getByTestId('result'), /Correct the fields marked in red/);
    await page.getByTestId('template-select').selectOption('kz-003-mini-lesson');
    await page.getByTestId('points-0').fill('4');
    await expectText(page.getByTestId('points-error-0'), 'Above the maximum (3).');
    await page.getByTestId('template-select').selectOption('kz-003-project');
    await page.getByTestId('points-0').fill('1.5');
    await expectText(page.getByTestId('points-error-0'), 'Not a level. Allowed: 0, 1, 2.');
    await page.getByTestId('points-0').fill('2');
    expect(await page.getByTestId('points-error-0').count()).toBe(0);
    await expectText(page.getByTestId('criterion-0').locator('.chip.is-active'), /fully implemented/);
  });

  it('grades a percent-scale test on the exact percent: 49.9 % fails, 50 % passes', async () => {
    const { page } = await h.open({ lang: 'ru' });
    await page.getByTestId('template-select').selectOption('kz-001-test-percent');
    await page.getByTestId('percent-input').fill('49,9');
    await expectText(page.getByTestId('grade-label'), 'неудовлетворительно');
    await expectText(page.getByTestId('pass'), /не пройдена/);
    await page.getByTestId('percent-input').fill('50');
    await expectText(page.getByTestId('grade-label'), 'удовлетворительно');
    await page.getByTestId('percent-input').fill('101');
    await expectText(page.getByTestId('percent-error'), 'Введите процент от 0 до 100.');
  });

  it('shows a band that is not from the source with its translated warning', async () => {
    const { page } = await h.open({ lang: 'en' });
    await page.getByTestId('template-select').selectOption('kz-003-mini-lesson');
    await fillScores(page, [1, 1, 1, 1, 1, 1, 1]);
    await expectText(page.getByTestId('grade-label'), 'Unsatisfactory');
    await expectText(page.locator('[data-testid="warnings"] [data-code="not_from_source"]'), /not in the source programme/);
  });
});
