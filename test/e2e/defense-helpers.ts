import type { BrowserContext, Page } from 'playwright-core';
import type { Channel, ChannelInput, ChannelResult, DemoIds } from '../../shared/api/contract';
import { dispatch } from '../../electron/core/dispatch';
import type { Harness } from './harness';

/** The demo commission's PINs (README: demo only). */
export const PINS = { chair: '1111', m1: '2222', m2: '3333', m3: '4444', m4: '5555', secretary: '9999' } as const;

/** Calls the core directly (test set-up and checks, not what the UI does). */
export async function core<C extends Channel>(h: Harness, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const e = await dispatch(h.core.handlers, channel, input);
  if (!e.ok) throw Object.assign(new Error(`${e.error.code}: ${e.error.message}`), { code: e.error.code });
  return e.value as ChannelResult<C>;
}

/** The demo's ids, its commission (chair, 4 members, secretary) and its queue. */
export type Demo = {
  ids: DemoIds;
  chair: number;
  members: [number, number, number, number];
  secretary: number;
  turns: ChannelResult<'defense:queue'>;
};

/** Loads the demo data set into the harness's core. */
export async function loadDemo(h: Harness): Promise<Demo> {
  const ids = await core(h, 'demo:load', {});
  const session = await core(h, 'session:get', { id: ids.session });
  const byRole = (role: string) => session.members.filter((m) => m.role === role).map((m) => m.id);
  const [m1, m2, m3, m4] = byRole('member');
  const turns = await core(h, 'defense:queue', { sessionId: ids.session });
  return { ids, chair: byRole('chair')[0]!, members: [m1!, m2!, m3!, m4!], secretary: byRole('secretary')[0]!, turns };
}



/** The languages' characters a Kazakh page must be able to show (checked against the font in use). */
export const KAZAKH_LETTERS = 'ӘәҒғҚқҢңӨөҰұҮүҺһІі';

/**
 * True when every Kazakh letter renders with a real glyph in the page's font (not a fallback
 * box): each letter is measured against a character the font cannot have.
 */
export function kazakhGlyphsRender(page: Page): Promise<boolean> {
  return page.evaluate((letters) => {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) return false;
    ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`;
    const missing = ctx.measureText('\u{10FFFD}').width;
    return [...letters].every((ch) => ctx.measureText(ch).width !== missing && ctx.measureText(ch).width > 0);
  }, KAZAKH_LETTERS);
}

/** Closes a browser context, ignoring one that is already gone. */
export async function closeContext(context: BrowserContext): Promise<void> {
  await context.close().catch(() => undefined);
}

