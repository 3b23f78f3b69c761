import type Database from 'better-sqlite3';
import type { VariantToPrint } from '../../../../shared/documents/variants/printed-variant';
import type { Blueprint } from '../../../../shared/domain/bank/blueprint';
import type { BankItem } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import type { Lang } from '../../../../shared/domain/localized';
import { prepared } from '../../db/prepared';
import { drawnVariants } from '../sittings/create';
import { examineesOf, loadSitting, variantOf } from '../sittings/store';
import { drawFromBank, type DrawRequest } from './draw';

/** What to print: from a sitting, or a fresh draw (the `variant:print` input without its output options). */
export type PrintSource = { sittingId?: number | undefined; bankId?: number | undefined; blueprint?: string | Blueprint | undefined; root?: string[] | undefined; examinees?: number | undefined; seed?: string | undefined };

/** The variants to print with what their pages need: titles, seed, date, the items they use. */
export type ResolvedPrint = { name: string; seed: string; titleLines: string[]; heldOn: string | null; items: BankItem[]; variants: VariantToPrint[] };

function programmeTitle(db: Database.Database, programmeId: number | null, lang: Lang): string[] {
  if (programmeId === null) return [];
  const row = prepared(db, 'SELECT title_kk, title_ru, title_en FROM programme WHERE id = ?').get(programmeId) as Record<`title_${Lang}`, string> | undefined;
  return row ? [row[`title_${lang}`]] : [];
}

function usedItems(byId: ReadonlyMap<string, BankItem>, variants: readonly VariantToPrint[]): BankItem[] {
  const ids = new Set(variants.flatMap((v) => v.items.map((d) => d.id)));
  return [...ids].map((id) => byId.get(id)!);
}

/**
 * A sitting's variants: those of admitted examinees exactly as stored (with their names), and,
 * up to `examinees`, the ones the next admissions would get (drawn from the sitting's seed).
 */
function fromSitting(db: Database.Database, sittingId: number, examinees: number | undefined, lang: Lang): ResolvedPrint {
  const loaded = loadSitting(db, sittingId);
  const admitted = new Map(examineesOf(db, sittingId).map((e) => [e.number, e]));
  const count = examinees ?? Math.max(0, ...admitted.keys());
  if (count === 0) throw new AppError('bad_input', 'nobody is admitted to this sitting yet: give the number of examinees to print variants ahead', 'examinees');
  const ahead = [...Array(count).keys()].some((k) => !admitted.has(k + 1)) ? drawnVariants(loaded, count) : [];
  const variants = [...Array(count).keys()].map((k): VariantToPrint => {
    const row = admitted.get(k + 1);
    const stored = row ? variantOf(row) : ahead[k]!;
    return { examinee: k + 1, seed: stored.seed, name: row?.full_name ?? null, items: stored.items };
  });
  const programme = prepared(db, 'SELECT programme_id FROM cohort WHERE id = ?').get(loaded.row.cohort_id) as { programme_id: number } | undefined;
  return {
    name: `sitting-${sittingId}`,
    seed: loaded.row.seed,
    titleLines: [...programmeTitle(db, programme?.programme_id ?? null, lang), loaded.blueprint.title[lang]],
    heldOn: loaded.row.held_on,
    items: usedItems(loaded.byId, variants),
    variants,
  };
}

function fromBank(db: Database.Database, source: PrintSource, lang: Lang): ResolvedPrint {
  if (source.bankId === undefined) throw new AppError('bad_input', 'give a sitting, or a bank with a blueprint and the number of examinees', 'bankId');
  if (source.blueprint === undefined) throw new AppError('bad_input', 'printing from a bank needs a blueprint', 'blueprint');
  if (source.examinees === undefined) throw new AppError('bad_input', 'printing from a bank needs the number of examinees', 'examinees');
  const req: DrawRequest = { bankId: source.bankId, blueprint: source.blueprint, root: source.root, examinees: source.examinees, seed: source.seed };
  const draw = drawFromBank(db, req);
  const variants = draw.variants.map((v, k): VariantToPrint => ({ examinee: k + 1, seed: v.seed, name: null, items: v.items }));
  const bank = prepared(db, 'SELECT programme_id FROM bank WHERE id = ?').get(source.bankId) as { programme_id: number | null };
  return {
    name: `bank-${source.bankId}-${draw.seed}`,
    seed: draw.seed,
    titleLines: [...programmeTitle(db, bank.programme_id, lang), draw.blueprint.title[lang]],
    heldOn: null,
    items: usedItems(draw.byId, variants),
    variants,
  };
}

/** The variants a `variant:print` call prints: a sitting's (stored, for appeals) or a fresh draw. */
export function resolvePrint(db: Database.Database, source: PrintSource, lang: Lang): ResolvedPrint {
  if (source.sittingId !== undefined) {
    const extra = (['bankId', 'blueprint', 'root', 'seed'] as const).find((k) => source[k] !== undefined);
    if (extra) throw new AppError('bad_input', `a sitting prints its own variants: ${extra} cannot be given with sittingId`, extra);
    return fromSitting(db, source.sittingId, source.examinees, lang);
  }
  return fromBank(db, source, lang);
}
