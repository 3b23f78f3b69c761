import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations/index';
import { applyPragmas } from '../../electron/core/db/open';
import { tempDir } from '../helpers/temp-dir';
import { useTestCore } from '../helpers/test-core';

const tc = useTestCore({ now: () => new Date('2026-11-25T09:00:00Z') });
const { call } = tc;
const T = { kk: 'Болашақ басшы', ru: 'Будущий руководитель', en: 'Future Leader' };

async function cohortWith(names: string[]) {
  const programme = await call('programme:create', { title: T, hours: 320, designId: 'kz-000-roadmap-defense' });
  const cohort = await call('cohort:create', { programmeId: programme.id, name: 'ББ-01' });
  const ids: number[] = [];
  for (const fullName of names) ids.push((await call('listener:add', { cohortId: cohort.id, fields: { fullName } })).id);
  return { cohort, ids };
}
const found = async (query: string) => (await call('listener:search', { query })).map((l) => l.fullName);

describe('searching listeners by a part of the name', () => {
  it('finds three or more letters anywhere in the name, in any case, through the trigram index', async () => {
    await cohortWith(['Жұмабеков Ерлан Қайратұлы', 'Әлімжанова Гүлшат Серікқызы', 'Оспанов Ерлан Әбдіғалиұлы', 'Ivanova Anna']);
    expect(await found('ерлан')).toEqual(['Жұмабеков Ерлан Қайратұлы', 'Оспанов Ерлан Әбдіғалиұлы']);
    expect(await found('ҚАЙРАТ')).toEqual(['Жұмабеков Ерлан Қайратұлы']);
    expect(await found('гүлш')).toEqual(['Әлімжанова Гүлшат Серікқызы']);
    expect(await found('anna')).toEqual(['Ivanova Anna']);
    expect(await found('"; DROP')).toEqual([]);
    expect(await found('Ер')).toEqual(['Жұмабеков Ерлан Қайратұлы', 'Оспанов Ерлан Әбдіғалиұлы']); // two letters: a scan
    const plan = tc.core.ctx.db.prepare("EXPLAIN QUERY PLAN SELECT rowid FROM listener_name_search WHERE listener_name_search MATCH '\"ерлан\"'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/VIRTUAL TABLE INDEX/);
  });

  it('follows renames and deleted listeners, and forgets an erased name', async () => {
    const { ids } = await cohortWith(['Сейітқали Райхан Әбенқызы', 'Үсенов Бауыржан Өмірұлы']);
    await call('listener:update', { id: ids[1]!, fields: { fullName: 'Үсенов Бауыржан Мұратұлы' } });
    expect(await found('өмірұлы')).toEqual([]);
    expect(await found('мұратұлы')).toEqual(['Үсенов Бауыржан Мұратұлы']);
    await call('listener:delete', { id: ids[1]! });
    expect(await found('бауыржан')).toEqual([]);
    await call('privacy:erase-listener', { id: ids[0]!, reason: 'өтініш бойынша', confirm: true });
    expect(await found('райхан')).toEqual([]);
    expect(await found('Тыңдаушы')).toEqual([`Тыңдаушы #${ids[0]}`]);
  });

  it('migration 013 indexes the names already there', () => {
    const t = tempDir();
    const db = new Database(join(t.dir, 'old.sqlite'));
    try {
      applyPragmas(db);
      migrate(db, MIGRATIONS.filter((m) => m.version < 13));
      db.pragma('foreign_keys = OFF'); // no designs are seeded in a bare database
      db.exec(`INSERT INTO programme (id, title_kk, title_ru, title_en, hours, design_id, created_at) VALUES (1, 'a', 'a', 'a', 1, 'kz-000-roadmap-defense', 't');
        INSERT INTO cohort (id, programme_id, name, created_at) VALUES (1, 1, 'c', 't');
        INSERT INTO listener (cohort_id, full_name, created_at) VALUES (1, 'Ғабитова Іңкәр Маратқызы', 't');`);
      expect(migrate(db, MIGRATIONS)).toEqual({ from: 12, to: 13 });
      expect(db.prepare("SELECT rowid FROM listener_name_search WHERE listener_name_search MATCH '\"іңкәр\"'").all()).toEqual([{ rowid: 1 }]);
    } finally {
      db.close();
      t.remove();
    }
  });
});
