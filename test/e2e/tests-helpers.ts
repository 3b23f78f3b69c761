import type { Locator, Page } from 'playwright-core';
import { itemRef } from '../../electron/core/services/sittings/public-item';
import { examineeRow, loadSitting, variantOf } from '../../electron/core/services/sittings/store';
import { compare, frac } from '../../shared/domain/fraction';
import type { BankItem } from '../../shared/domain/bank/types';
import { startHarness, type Harness } from './harness';
import { closeContext } from './defense-helpers';
import { until, type Phone } from './devices-helpers';

/** A harness whose core runs on a clock the test can move forward (a 40-minute test in seconds). */
export type ClockHarness = Harness & { shift: (ms: number) => void };

/** The same set-up as startHarness, with the core's clock offset by what `shift` adds up. */
export async function startClockHarness(): Promise<ClockHarness> {
  let offset = 0;
  const harness = await startHarness({ now: () => new Date(Date.now() + offset) });
  return {
    ...harness,
    shift: (ms) => {
      offset += ms;
    },
  };
}

/** A body the examinee's browser received, with where it came from. */
export type Received = { url: string; body: string };

/** An examinee's phone at their kiosk link, recording every response body the page receives. */
export type Kiosk = Phone & { received: Received[] };

/** Opens `#exam=<token>` in a phone-sized context, recording every response body. */
export async function openKiosk(h: Harness, token: string, lang: 'kk' | 'ru' | 'en' = 'kk'): Promise<Kiosk> {
  const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await context.addInitScript((l) => {
    if (!window.localStorage.getItem('attesta.lang')) window.localStorage.setItem('attesta.lang', l);
  }, lang);
  const page = await context.newPage();
  const problems: string[] = [];
  const received: Received[] = [];
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    void r.text().then((body) => received.push({ url: r.url(), body }), () => undefined);
  });
  await page.goto(`http://127.0.0.1:${h.host.port}/#exam=${token}`);
  await page.getByTestId('exam-app').waitFor();
  return { context, page, problems, received };
}

/** Closes a kiosk. */
export async function closeKiosk(k: Kiosk): Promise<void> {
  await closeContext(k.context);
}

/** The bank items of an examinee's variant by the opaque ref the page shows (test knowledge only). */
export function variantByRef(h: Harness, examineeId: number): Map<string, BankItem> {
  const row = examineeRow(h.core.ctx.db, examineeId);
  const variant = variantOf(row);
  const loaded = loadSitting(h.core.ctx.db, row.sitting_id);
  return new Map(variant.items.map((d) => [itemRef(variant.seed, d.id), loaded.byId.get(d.id)!]));
}

/** The texts that give an item's key away: key options, matching pairs, accepted answers. */
export function keyTexts(item: BankItem): string[] {
  switch (item.type) {
    case 'single':
      return item.options.filter((o) => compare(o.weight, frac(1)) === 0).map((o) => o.text);
    case 'multiple':
      return item.options.filter((o) => compare(o.weight, frac(0)) > 0).map((o) => o.text);
    case 'matching':
      return item.pairs.map((p) => p.right);
    case 'short':
      return item.answers.map((a) => a.text);
    case 'numeric':
      return item.answers.map((a) => a.value);
    default:
      return [];
  }
}

async function pickChoices(question: Locator, texts: readonly string[]): Promise<void> {
  const shown = await question.locator('.exam-choice-text').allTextContents();
  for (const text of texts) {
    const i = shown.indexOf(text);
    if (i < 0) throw new Error(`option "${text}" is not on the page`);
    await question.getByTestId(`choice-${i}`).click();
  }
}

/** Answers one question on the page, right or wrong, as an examinee would (by the texts shown). */
export async function answer(question: Locator, item: BankItem, isRight: boolean): Promise<void> {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const keys = keyTexts(item);
      const wrong = item.options.map((o) => o.text).filter((t) => !keys.includes(t));
      return pickChoices(question, isRight ? keys : [wrong[0]!]);
    }
    case 'truefalse':
      return question.getByTestId(`tf-${String(isRight ? item.answer : !item.answer)}`).click();
    case 'matching':
      for (const [row, pair] of item.pairs.entries()) {
        const other = item.pairs[(row + 1) % item.pairs.length]!.right;
        await question.getByTestId(`match-${row}`).selectOption({ label: isRight ? pair.right : other });
      }
      return;
    case 'short':
      return question.getByTestId('answer-text').fill(isRight ? item.answers[0]!.text : 'білмеймін');
    case 'numeric':
      return question.getByTestId('answer-text').fill(isRight ? item.answers[0]!.value : '1');
    case 'essay':
      return question.getByTestId('answer-text').fill('Менің эссем: мектепті дамыту жоспары.');
  }
}

/** Waits until every answer on the page has reached the core. */
export async function allSaved(page: Page): Promise<void> {
  await until(async () => (await page.locator('[data-testid="save-state"][data-state="saving"], [data-testid="save-state"][data-state="offline"]').count()) === 0, 'answers saved');
}

/** The seconds the kiosk's timer shows. */
export async function timerSeconds(page: Page): Promise<number> {
  return Number(await page.getByTestId('exam-timer').getAttribute('data-remaining'));
}

/** Properties that would carry a key, a weight or feedback. */
const FORBIDDEN = ['weight', 'isKey', 'pairs', 'answers', 'distractors', 'feedback', 'feedbackTrue', 'feedbackFalse', 'tolerance', 'optionOrder', 'itemId', 'key'];
/** What an item on the examinee's screen may have. */
const ITEM_PROPS = new Set(['ref', 'position', 'text', 'format', 'lang', 'points', 'type', 'options', 'lefts', 'rights', 'answer', 'flagged', 'savedAt']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function propsOf(v: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => propsOf(x, into));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) propsOf(x, into.add(k));
  return into;
}

/** The body without what the examinee is meant to see: the shown options and their own answers. */
function withoutShown(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutShown);
  if (!isRecord(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k, x]) => !(['options', 'lefts', 'rights'].includes(k) && Array.isArray(x)) && !(k === 'answer' && isRecord(x) && 'type' in x))
      .map(([k, x]) => [k, withoutShown(x)]),
  );
}

/**
 * Every way a received body could give the key away: a key, weight or feedback property; an
 * item with more than the public fields; a bank item id; a key text anywhere but in the
 * options shown (or the examinee's own answer); a true/false answer not given by the examinee.
 * Static files are searched for the longer key texts.
 */
export function keyLeaks(received: readonly Received[], items: readonly BankItem[]): string[] {
  const found: string[] = [];
  for (const r of received) {
    const path = new URL(r.url).pathname;
    if (!path.startsWith('/api/')) {
      for (const text of items.flatMap(keyTexts)) if (text.length >= 12 && r.body.includes(text)) found.push(`${path}: "${text}"`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(r.body);
    } catch {
      found.push(`${path}: not JSON`);
      continue;
    }
    const props = propsOf(json, new Set());
    for (const p of FORBIDDEN) if (props.has(p)) found.push(`${path}: property ${p}`);
    const value = isRecord(json) && isRecord(json.value) ? json.value : null;
    for (const item of Array.isArray(value?.items) ? value.items : []) {
      for (const k of Object.keys(isRecord(item) ? item : {})) if (!ITEM_PROPS.has(k)) found.push(`${path}: item property ${k}`);
    }
    const stripped = JSON.stringify(withoutShown(json));
    if (/"answer":(true|false)/.test(stripped)) found.push(`${path}: a true/false answer`);
    for (const item of items) {
      if (r.body.includes(JSON.stringify(item.id))) found.push(`${path}: item id ${item.id}`);
      for (const text of keyTexts(item)) if (stripped.includes(JSON.stringify(text))) found.push(`${path}: key "${text}" of ${item.id}`);
    }
  }
  return found;
}
