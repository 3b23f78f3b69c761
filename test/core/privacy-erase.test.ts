import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from './sitting-fixture';

let h: Harness;
let ids: { programme: number; cohort: number; session: number; sitting: number | null };
beforeEach(async () => {
  h = harness();
  ids = await h.call('demo:load', {});
});
afterEach(() => h.close());

const YEAR = 365.25 * 24 * 3600 * 1000;

/** Every text value in every table, to look for a name or an IIN anywhere in the file. */
function everyText(h: Harness): string {
  const db = h.core.ctx.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM ${name}`).all())).join('\n');
}

/** What statistics are built from: cohort counts, locked totals, the sitting's item analysis, the defense queue. */
async function statistics() {
  const db = h.core.ctx.db;
  return {
    cohorts: (await h.call('cohort:list', {})).map((c) => [c.id, c.listeners]),
    results: db.prepare('SELECT turn_id, total_x100, band, snapshot_hash FROM defense_result ORDER BY id').all(),
    scores: db.prepare('SELECT count(*) AS n, sum(points_x100) AS s FROM sheet_score').get(),
    answers: db.prepare('SELECT count(*) AS n FROM answer').get(),
    queue: (await h.call('defense:queue', { sessionId: ids.session })).map((q) => [q.listenerId, q.status, q.result?.total ?? null]),
    analysis: ids.sitting ? await h.call('sitting:analysis', { sittingId: ids.sitting }) : null,
  };
}

describe('erasing a listener’s personal data', () => {
  it('erasure leaves statistics and removes the person (the locked protocol keeps the name until retention ends)', async () => {
    const db = h.core.ctx.db;
    if (ids.sitting) await h.call('sitting:release', { sittingId: ids.sitting, force: true });
    const target = db.prepare('SELECT l.id, l.full_name, l.iin, l.organisation FROM listener l JOIN defense_turn t ON t.listener_id = l.id JOIN defense_result r ON r.turn_id = t.id ORDER BY l.id LIMIT 1').get() as
      { id: number; full_name: string; iin: string; organisation: string };
    // a device's resent write is answered from client_write, which may echo the person back
    db.prepare(`INSERT INTO client_write (client_id, channel, result, at) VALUES ('c-1', 'defense:score', json_object('listener', ?, 'iin', ?), 't')`).run(target.full_name, target.iin);
    expect(everyText(h)).toContain(target.iin);
    const before = await statistics();

    const result = await h.call('privacy:erase-listener', { id: target.id, reason: 'Тыңдаушының өтініші, 2026-11-26', confirm: true });
    expect(result).toEqual({ listenerId: target.id, pseudonym: `Тыңдаушы #${target.id}`, lockedKept: 1, lockedRedacted: 0, lockedUntil: '2031-11-27' });
    expect(await statistics()).toEqual(before);
    const listener = db.prepare('SELECT full_name, iin, organisation, position, topic, mentor FROM listener WHERE id = ?').get(target.id);
    expect(listener).toEqual({ full_name: `Тыңдаушы #${target.id}`, iin: null, organisation: null, position: null, topic: null, mentor: null });
    // search by name or IIN finds nothing
    expect(await h.call('listener:search', { query: target.full_name.split(' ')[0]!, limit: 50 })).toEqual([]);
    expect(await h.call('listener:search', { query: target.iin, limit: 50 })).toEqual([]);
    expect(await h.call('listener:list', { cohortId: ids.cohort, search: target.iin })).toEqual([]);
    // only the locked snapshot still names the person (a legal record, kept until the retention period ends)
    const text = everyText(h);
    expect(text).not.toContain(target.iin);
    const lockedBody = (db.prepare('SELECT body FROM defense_result r JOIN defense_turn t ON t.id = r.turn_id WHERE t.listener_id = ?').get(target.id) as { body: string }).body;
    expect(text.split(target.full_name).length - 1).toBe(lockedBody.split(target.full_name).length - 1);
    // audited, with the reason
    const audit = await h.call('audit:list', { entity: 'listener', entityId: target.id });
    expect(JSON.stringify(audit)).toContain('Тыңдаушының өтініші');
    expect(JSON.stringify(audit)).not.toContain(target.full_name);
    // erasing again is refused until the retention period is over
    expect((await h.failure('privacy:erase-listener', { id: target.id, reason: 'again', confirm: true })).code).toBe('conflict');
    // a confirmation and a reason are required
    expect((await h.failure('privacy:erase-listener', { id: target.id, reason: 'x', confirm: true })).code).toBe('bad_input');
    expect((await h.failure('privacy:erase-listener', { id: target.id, reason: 'request', confirm: false })).code).toBe('bad_input');
    // the locked result is still locked against anything else
    expect(() => db.prepare('UPDATE defense_result SET total_x100 = 1').run()).toThrow(/locked/);
    expect(() => db.prepare(`UPDATE defense_result SET body = json_set(body, '$.listener.name', 'X')`).run()).toThrow(/locked/);
  });

  it('retention: nothing is due before the period ends; erase-due with a preview then removes the name from locked records too', async () => {
    const db = h.core.ctx.db;
    if (ids.sitting) await h.call('sitting:release', { sittingId: ids.sitting, force: true });
    expect(await h.call('privacy:settings', {})).toEqual({ retentionYears: 5, hasBackupPassword: false });
    expect((await h.call('privacy:due', {})).listeners).toEqual([]);
    const first = (db.prepare('SELECT t.listener_id AS id FROM defense_turn t JOIN defense_result r ON r.turn_id = t.id ORDER BY t.id LIMIT 1').get() as { id: number }).id;
    const name = (db.prepare('SELECT full_name FROM listener WHERE id = ?').get(first) as { full_name: string }).full_name;
    await h.call('privacy:erase-listener', { id: first, reason: 'өтініш бойынша', confirm: true });
    const before = await statistics();

    await h.call('privacy:set-retention', { years: 1 });
    expect((await h.call('privacy:due', {})).listeners).toEqual([]);
    h.clock.at = Date.parse('2027-11-27T08:00:00Z');
    const due = await h.call('privacy:due', {});
    expect(due.retentionYears).toBe(1);
    expect(due.listeners).toHaveLength(12);
    expect(due.listeners.find((l) => l.id === first)).toMatchObject({ isErased: true, name: `Тыңдаушы #${first}`, cohortEndedOn: '2026-11-27', dueSince: '2027-11-27' });
    // a stale preview is refused whole
    expect((await h.failure('privacy:erase-due', { ids: [...due.listeners.map((l) => l.id), 999_999], reason: 'retention', confirm: true })).code).toBe('conflict');
    expect(db.prepare('SELECT count(*) AS n FROM erasure').get()).toEqual({ n: 1 });

    const done = await h.call('privacy:erase-due', { ids: due.listeners.map((l) => l.id), reason: 'сақтау мерзімі өтті', confirm: true });
    expect(done).toEqual({ erased: 12, redacted: 3 });
    expect((await h.call('privacy:due', {})).listeners).toEqual([]);
    expect(everyText(h)).not.toContain(name);
    expect(db.prepare("SELECT count(*) AS n FROM listener WHERE iin IS NOT NULL OR full_name NOT LIKE 'Тыңдаушы #%'").get()).toEqual({ n: 0 });
    // the numbers stand: the hashes recorded at locking, totals, bands, counts, item analysis
    expect(await statistics()).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('erase-due works through a long list in slices (450 listeners) and erases each one once', async () => {
    const db = h.core.ctx.db;
    const cohort = Number(db.prepare("INSERT INTO cohort (programme_id, name, starts_on, ends_on, created_at) VALUES (?, 'Ескі топ', '2015-09-01', '2015-12-20', 't')").run(ids.programme).lastInsertRowid);
    const add = db.prepare("INSERT INTO listener (cohort_id, full_name, iin, created_at) VALUES (?, ?, NULL, 't')");
    db.transaction(() => { for (let i = 0; i < 450; i += 1) add.run(cohort, `Ескі тыңдаушы ${i}`); })();
    const due = await h.call('privacy:due', {});
    expect(due.listeners.map((l) => l.cohortId)).toEqual(Array(450).fill(cohort));
    expect(await h.call('privacy:erase-due', { ids: due.listeners.map((l) => l.id), reason: 'сақтау мерзімі өтті', confirm: true })).toEqual({ erased: 450, redacted: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM listener WHERE cohort_id = ? AND full_name LIKE 'Тыңдаушы #%'").get(cohort)).toEqual({ n: 450 });
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'erase'").get()).toEqual({ n: 450 });
    expect((await h.call('privacy:due', {})).listeners).toEqual([]);
  });

  it('retention 0 keeps personal data forever: nothing is ever due', async () => {
    await h.call('privacy:set-retention', { years: 0 });
    h.clock.at += 50 * YEAR;
    expect((await h.call('privacy:due', {})).listeners).toEqual([]);
    expect((await h.failure('privacy:set-retention', { years: -1 })).code).toBe('bad_input');
  });
});
