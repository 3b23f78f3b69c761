import type { BrowserContext, Page } from 'playwright-core';
import type { Harness } from './harness';

/** A phone: its own browser context (storage, network) and page. */
export type Phone = { context: BrowserContext; page: Page; problems: string[] };

/** Opens a phone-sized context at `url` (a join link or `#/device`), optionally with storage set first. */
export async function openPhone(h: Harness, url: string, options: { lang?: 'kk' | 'ru' | 'en'; storage?: Record<string, string> } = {}): Promise<Phone> {
  const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const storage = { ...(options.lang ? { 'attesta.lang': options.lang } : {}), ...(options.storage ?? {}) };
  await context.addInitScript((items) => {
    try {
      // Only once per tab: a reload must not undo what the app stored.
      if (window.sessionStorage.getItem('seeded')) return;
      window.sessionStorage.setItem('seeded', '1');
      for (const [k, v] of Object.entries(items)) window.localStorage.setItem(k, v);
    } catch {
      // The browser's own error page (offline) has no storage.
    }
  }, storage);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource|net::ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  return { context, page, problems };
}

/** Joins as a member: taps the name, types the PIN, waits for the sheet. */
export async function joinAs(phone: Phone, memberId: number, pin: string): Promise<void> {
  await phone.page.getByTestId(`join-member-${memberId}`).click();
  await phone.page.getByTestId('join-pin').fill(pin);
  await phone.page.getByTestId('join-submit').click();
  await phone.page.getByTestId('phone-turn').waitFor();
}

/** The ops a phone still has queued (from its localStorage). */
export function queuedOps(page: Page, memberId: number): Promise<{ clientId: string; kind: string; scores?: (number | null)[] }[]> {
  return page.evaluate((m) => JSON.parse(window.localStorage.getItem(`attesta.outbox.${m}`) ?? '[]') as { clientId: string; kind: string }[], memberId);
}

/** Waits until a condition on the page holds (polling), or fails with `what`. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
