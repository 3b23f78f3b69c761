import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectText, go, pageText, startHarness, type Harness } from './harness';
import { iinFor, NAMES, roster, rosterXlsx, seedCohort } from './people-fixtures';

let h: Harness;
let programmeId = 0;
let cohortId = 0;

beforeAll(async () => {
  h = await startHarness();
  ({ programmeId, cohortId } = await seedCohort(h.core));
  const fileBase64 = (await rosterXlsx(roster())).toString('base64');
  await h.core.handlers['listener:import']({ cohortId, fileBase64, dryRun: false });
});

afterAll(async () => {
  await h?.close();
});

const listeners = (deleted = false) => h.core.handlers['listener:list']({ cohortId, deleted });
const row = (page: Page, name: string) => page.getByTestId('listener-row').filter({ hasText: name });

describe('Cohorts', () => {
  it('creates a cohort with dates typed dd.mm.yyyy and stored yyyy-mm-dd; a wrong date is said in place', async () => {
    const { page, problems } = await h.open({ lang: 'kk', hash: '#/cohorts' });
    await page.getByTestId('cohort-new').click();
    await page.getByTestId('cohort-programme').selectOption(String(programmeId));
    await page.getByTestId('cohort-name').fill('ДИР-2025-2 (күндізгі)');
    await page.getByTestId('cohort-starts').fill('01.09.2025');
    await page.getByTestId('cohort-ends').fill('31.02.2026');
    await page.getByTestId('cohort-ends').press('Enter');
    await expectText(page.getByTestId('cohort-ends-error'), /Нақты күнді кк\.аа\.жжжж түрінде енгізіңіз/);
    await page.getByTestId('cohort-ends').fill('20.12.2025');
    await page.getByTestId('cohort-ends').press('Enter');
    await page.getByTestId('cohort-page').waitFor();
    await expectText(page.getByTestId('cohort-page-dates'), '01.09.2025 – 20.12.2025');
    const created = (await h.core.handlers['cohort:list']({})).find((c) => c.name === 'ДИР-2025-2 (күндізгі)');
    expect(created).toMatchObject({ startsOn: '2025-09-01', endsOn: '2025-12-20', programmeId });
    await go(page, '#/cohorts');
    await expectText(page.getByTestId(`cohort-row-${cohortId}`).getByTestId('cohort-dates'), '01.09.2025 – 20.12.2025');
    expect(problems).toEqual([]);
  });

  it('Esc closes the new-cohort form without creating anything', async () => {
    const { page } = await h.open({ lang: 'en', hash: '#/cohorts' });
    await page.getByTestId('cohort-new').click();
    await page.getByTestId('cohort-name').fill('Never');
    await page.getByTestId('cohort-name').press('Escape');
    expect(await page.getByTestId('cohort-create').count()).toBe(0);
    expect((await h.core.handlers['cohort:list']({})).some((c) => c.name === 'Never')).toBe(false);
  });
});

describe('Listeners', () => {
  it('masks the IIN like 850314•••••9 until revealed; searches and sorts', async () => {
    const { page } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohortId}` });
    await page.getByTestId('listener-table').waitFor();
    const first = row(page, NAMES[0]!);
    const iin = iinFor(0);
    await expectText(first.getByTestId('listener-iin-cell'), `${iin.slice(0, 6)}•••••${iin.slice(11)}`);
    await first.getByTestId('iin-reveal').click();
    await expectText(first.getByTestId('listener-iin-cell'), iin);
    await expectText(first.getByTestId('admission-status'), /Жіберілмеді: модульдер — 1/);
    await page.getByTestId('listener-search').fill('Һашим');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="listener-row"]').length === 1);
    await expectText(page.getByTestId('listener-name'), NAMES[2]!);
    await page.getByTestId('listener-search').fill('');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="listener-row"]').length === 12);
    await page.getByTestId('sort-name').click();
    const names = await page.getByTestId('listener-name').allTextContents();
    expect(names).toEqual([...names].sort(new Intl.Collator('kk').compare).reverse());
  });

  it('adds a listener: the IIN is checked as typed, errors translated; Enter saves', async () => {
    const { page } = await h.open({ lang: 'ru', hash: `#/cohorts/${cohortId}` });
    await page.getByTestId('listener-add').click();
    await page.getByTestId('listener-fullName').fill('Қасымова Әсел Нұрланқызы');
    await page.getByTestId('listener-iin').fill('850314300124');
    await expectText(page.getByTestId('listener-iin-error'), /Неверная контрольная цифра ИИН|не существующая дата|должна быть от 1 до 6/);
    await page.getByTestId('listener-iin').fill(iinFor(0));
    await page.getByTestId('listener-iin').press('Enter');
    await expectText(page.getByTestId('listener-iin-error'), 'Слушатель с таким ИИН уже есть в этой группе.');
    await page.getByTestId('listener-iin').fill(iinFor(15));
    await page.getByTestId('listener-organisation').fill('Гимназия № 8');
    await page.getByTestId('listener-organisation').press('Enter');
    await expectText(page.getByTestId('toast'), /«Қасымова Әсел Нұрланқызы» — сохранено/);
    expect((await listeners()).some((l) => l.fullName === 'Қасымова Әсел Нұрланқызы' && l.iin === iinFor(15))).toBe(true);
  });

  it('deletes to the recycle bin with Undo, and restores from the bin view', async () => {
    const { page } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohortId}` });
    const name = 'Қасымова Әсел Нұрланқызы';
    await row(page, name).getByTestId('listener-delete').click();
    await row(page, name).getByTestId('delete-confirm').click();
    await expectText(page.getByTestId('toast'), new RegExp(`^«${name}» себетке жылжытылды\\.Қайтару`));
    expect((await listeners(true)).map((l) => l.fullName)).toEqual([name]);
    await page.getByTestId('toast-action').click();
    await expectText(row(page, name).getByTestId('listener-name'), name);
    expect(await listeners(true)).toEqual([]);
    await row(page, name).getByTestId('listener-delete').click();
    await row(page, name).getByTestId('delete-confirm').click();
    await page.getByTestId('tab-bin').click();
    await expectText(page.getByTestId('bin-row'), new RegExp(name));
    await page.getByTestId('bin-restore').click();
    await page.getByTestId('bin-empty').waitFor();
    expect((await listeners()).some((l) => l.fullName === name)).toBe(true);
  });
});

describe('Commission and admission', () => {
  it('sets up a commission of 5 and a secretary, sets PINs, recuses a member with a reason', async () => {
    const { page, problems } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohortId}/commission` });
    await page.getByTestId('session-new').click();
    await page.getByTestId('session-day').fill('15.12.2025');
    await page.getByTestId('session-place').fill('Астана, 305-аудитория');
    await page.getByTestId('session-chair-name').fill('Жұмабеков Ерлан Қайратұлы');
    await page.getByTestId('session-chair-position').fill('Төраға, п.ғ.к.');
    const members = ['Әлімжанова Гүлшат Серікқызы', 'Оспанов Нұрлан Әбдіғалиұлы', 'Сейітқали Райхан Әбенқызы', 'Үсенов Бауыржан Өмірұлы'];
    for (const [i, m] of members.entries()) await page.getByTestId(`session-member-${i}-name`).fill(m);
    await page.getByTestId('session-secretary-name').fill('Ғабитова Іңкәр Маратқызы');
    await page.getByTestId('session-secretary-name').press('Enter');
    const rows = page.getByTestId('member-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(6);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual(['chair', 'member', 'member', 'member', 'member', 'secretary']);
    for (let i = 0; i < 5; i += 1) {
      await rows.nth(i).getByTestId('pin-open').click();
      const input = rows.nth(i).getByTestId('pin-input');
      expect(await input.getAttribute('type')).toBe('password');
      await input.fill(i === 0 ? '12' : `${1000 + i}`);
      await rows.nth(i).getByTestId('pin-again').fill(i === 0 ? '12' : `${1000 + i}`);
      await rows.nth(i).getByTestId('pin-again').press('Enter');
      if (i === 0) {
        await expectText(rows.nth(0).getByTestId('pin-input-error'), '4-тен 8-ге дейін цифр.');
        await rows.nth(0).getByTestId('pin-input').fill('2468');
        await rows.nth(0).getByTestId('pin-again').fill('2468');
        await rows.nth(0).getByTestId('pin-again').press('Enter');
      }
      await expectText(rows.nth(i).getByTestId('pin-state'), /орнатылған/);
    }
    await page.getByTestId('recusal-open').click();
    await page.getByTestId('recuse-member').selectOption({ label: members[2]! });
    await page.getByTestId('recuse-listener').selectOption({ label: NAMES[4]! });
    await page.getByTestId('recuse-reason').fill('Тыңдаушының менторы');
    await page.getByTestId('recuse-reason').press('Enter');
    await expectText(page.getByTestId('recusal'), `${members[2]} → ${NAMES[4]}: Тыңдаушының менторы`);
    const [session] = await h.core.handlers['session:list']({ cohortId });
    expect(session?.heldOn).toBe('2025-12-15');
    expect(session?.members.map((m) => [m.role, m.hasPin])).toEqual([
      ['chair', true], ['member', true], ['member', true], ['member', true], ['member', true], ['secretary', false],
    ]);
    expect(session?.recusals).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('admits a listener when the gating module is recorded as passed', async () => {
    const id = (await listeners()).find((l) => l.fullName === NAMES[0])!.id;
    const { page } = await h.open({ lang: 'en', hash: `#/cohorts/${cohortId}/listener/${id}` });
    await expectText(page.getByTestId('admission-panel').getByTestId('admission-status'), /Not admitted: 1 modules/);
    await expectText(page.getByTestId('module-state'), 'not recorded');
    await page.getByTestId('module-pass').click();
    await expectText(page.getByTestId('module-state'), /passed/);
    await expectText(page.getByTestId('admission-panel').getByTestId('admission-status'), /Admitted/);
  });

  it('lets the chair admit with a PIN and a note; a wrong PIN is said at the PIN field', async () => {
    const id = (await listeners()).find((l) => l.fullName === NAMES[1])!.id;
    const { page } = await h.open({ lang: 'kk', hash: `#/cohorts/${cohortId}/listener/${id}` });
    await page.getByTestId('chair-admission').waitFor();
    await page.getByTestId('admit-pin').fill('1111');
    await page.getByTestId('admit-note').fill('Бақылау жұмысы денсаулығына байланысты кейінге қалдырылды');
    await page.getByTestId('admit-note').press('Enter');
    await expectText(page.getByTestId('admit-pin-error'), 'PIN-код қате.');
    await page.getByTestId('admit-pin').fill('2468');
    await page.getByTestId('admit-submit').click();
    await expectText(page.getByTestId('admission-panel').getByTestId('admission-status'), /Төраға жіберді/);
    await expectText(page.getByTestId('override'), /Жұмабеков Ерлан Қайратұлы/);
    expect((await h.core.handlers['admission:get']({ listenerId: id })).reason).toBe('admitted_by_chair');
    expect(await pageText(page)).not.toContain('2468');
  });
});
