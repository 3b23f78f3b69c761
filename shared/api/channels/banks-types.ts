import type { Blueprint, BlueprintWarning } from '../../domain/bank/blueprint';
import type { ImportReport } from '../../domain/bank/report';
import type { BankItem, ItemType } from '../../domain/bank/types';

/** The bank file formats `bank:import` reads (no zod here: the renderer imports this file). */
export const BANK_IMPORT_FORMATS = ['gift', 'aiken', 'moodle-xml', 'xlsx'] as const;
/** The formats a bank exports to. */
export const BANK_EXPORT_FORMATS = ['gift', 'moodle-xml'] as const;

/** A stored bank in a list; `sittings`: how many test sittings use it (then its items cannot change). */
export type BankSummary = { id: number; programmeId: number | null; name: string; format: string; items: number; createdAt: string; sittings: number };

/** One topic of a bank's tree, in tree order: its own items and those of every topic under it. */
export type TopicNode = { path: string[]; name: string; depth: number; items: number; total: number; declared: boolean };

/** An item as the examiner's desktop shows it (keys included; the screen hides them until asked). */
export type BankItemView = BankItem & { hasKey: boolean };

/** An item in the bank's recycle bin. */
export type BinEntry = { id: number; itemId: string; type: ItemType; text: string; topic: string[]; deletedAt: string };

/** A bank with its topic tree, items in order and recycle bin. */
export type BankView = { bank: BankSummary; topics: TopicNode[]; items: BankItemView[]; bin: BinEntry[] };

/** One parsed item of an import preview. */
export type ImportPreviewItem = { where: string; id: string; type: ItemType; topic: string[]; text: string };

/** What `bank:import` did: the report (decisions §4), a preview of the first items, and whether it was written. */
export type BankImportResult = {
  report: ImportReport;
  format: string;
  encoding: string | null;
  preview: ImportPreviewItem[];
  /** Items beyond the preview. */
  more: number;
  written: boolean;
  bankId: number | null;
};

/** A bank written to GIFT or Moodle XML. */
export type BankExportResult = { fileName: string; base64: string; bytes: number; items: number };

/** A blueprint the screen can choose. */
export type BlueprintEntry = { blueprint: Blueprint; isBuiltin: boolean; updatedAt: string | null };

/** One pool of a blueprint check: a quota (or, for "each topic", one of its topics) beside what the bank holds. */
export type PlanRow = { quota: number; label: string; path: string[]; count: number; available: number };

/** A blueprint against a bank: rows, the total drawn, the stated total, and the warnings (each with its path). */
export type BlueprintPlanView = { blueprint: Blueprint; rows: PlanRow[]; total: number; statedTotal: number | null; warnings: BlueprintWarning[] };

/** Result types of the test banks (issue 6): bank list, items, import preview, blueprints channels. */
export type BankResults = {
  'bank:list': BankSummary[];
  'bank:get': BankView;
  'bank:import': BankImportResult;
  'bank:import-template': { fileName: string; base64: string };
  'bank:item-save': { itemId: string; bank: BankView };
  'bank:item-delete': { binId: number; bank: BankView };
  'bank:item-restore': { itemId: string; bank: BankView };
  'bank:delete': { deleted: number };
  'bank:export': BankExportResult;
  'blueprint:list': BlueprintEntry[];
  'blueprint:check': BlueprintPlanView;
  'blueprint:save': BlueprintEntry;
  'blueprint:delete': { deleted: string };
};
