import { useCallback, useEffect, useRef, useState } from 'react';
import type { SheetView } from '../../../../shared/domain/defense';
import type { Design } from '../../../../shared/schemas/design-schema';
import { call, errorCode, type CallErrorCode } from '../../../api/client';
import { checkRow, emptyRows, hasProblem, rowsFromScores, sameScores, scoresOf, type Row } from './sheet-model';

/** Where the stored copy of the sheet stands against what is on screen. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'conflict' }
  | { kind: 'failed'; code: CallErrorCode };

/** What the desktop sheet page needs from its sheet. */
export type DesktopSheet = {
  isLoaded: boolean;
  loadError: unknown;
  rows: Row[];
  setRows: (rows: Row[]) => void;
  own: SheetView | null;
  visible: SheetView[];
  save: SaveState;
  isSubmitting: boolean;
  submitError: CallErrorCode | null;
  submit: () => void;
  reload: () => void;
  keepMine: () => void;
};

const SAVE_DELAY_MS = 600;

/**
 * One member's sheet on the desktop: drafts are saved a moment after typing stops, with the
 * version they were loaded at. When another window changed the sheet first (`conflict`),
 * nothing is overwritten and the entries stay on screen until the user reloads or keeps them.
 */
export function useDesktopSheet(design: Design, turnId: number, memberId: number, isPaper: boolean, refresh: number): DesktopSheet {
  const [rows, setRowsState] = useState<Row[]>(() => emptyRows(design));
  const [own, setOwn] = useState<SheetView | null>(null);
  const [visible, setVisible] = useState<SheetView[]>([]);
  const [isLoaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [isSubmitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<CallErrorCode | null>(null);
  const version = useRef(0);
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const stored = useRef<(number | null)[]>([]);
  const rowsRef = useRef(rows);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const isBlocked = useRef(false);

  const adopt = useCallback(
    (sheet: SheetView | null) => {
      version.current = sheet?.version ?? 0;
      stored.current = sheet?.scores ?? [];
      const next = sheet ? rowsFromScores(design, sheet.scores) : emptyRows(design);
      rowsRef.current = next;
      setRowsState(next);
      savedEdits.current = edits.current;
    },
    [design],
  );

  const load = useCallback(
    async (force: boolean) => {
      try {
        const res = await call('sheet:get', { turnId, memberId });
        setOwn(res.own);
        setVisible(res.visible);
        if (force || (edits.current === savedEdits.current && !inFlight.current && !isBlocked.current)) adopt(res.own);
        setLoaded(true);
      } catch (e) {
        setLoadError(e);
      }
    },
    [turnId, memberId, adopt],
  );

  useEffect(() => {
    void load(false);
  }, [load, refresh]);

  const doSave = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    if (isBlocked.current || edits.current === savedEdits.current) return;
    const checks = design.criteria.map((c, i) => checkRow(c, rowsRef.current[i] ?? { text: '', band: null }));
    if (checks.some(hasProblem)) return setSave({ kind: 'invalid' });
    const scores = scoresOf(checks);
    const at = edits.current;
    if (sameScores(scores, stored.current)) {
      savedEdits.current = at;
      return setSave({ kind: 'saved' });
    }
    setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        const sheet = await call('sheet:save', { turnId, memberId, scores, version: version.current, onBehalf: isPaper });
        version.current = sheet.version;
        stored.current = sheet.scores;
        savedEdits.current = at;
        setOwn(sheet);
        setSave(edits.current === at ? { kind: 'saved' } : { kind: 'pending' });
      } catch (e) {
        const code = errorCode(e);
        isBlocked.current = code === 'conflict';
        setSave(code === 'conflict' ? { kind: 'conflict' } : { kind: 'failed', code });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [design, turnId, memberId, isPaper]);

  const setRows = useCallback(
    (next: Row[]) => {
      rowsRef.current = next;
      setRowsState(next);
      edits.current += 1;
      setSubmitError(null);
      if (isBlocked.current) return;
      setSave({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void doSave(), SAVE_DELAY_MS);
    },
    [doSave],
  );

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const submit = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setSubmitting(true);
    setSubmitError(null);
    void (async () => {
      await doSave();
      if (isBlocked.current || edits.current !== savedEdits.current) return setSubmitting(false);
      try {
        const sheet = await call('sheet:submit', { turnId, memberId, version: version.current });
        version.current = sheet.version;
        setOwn(sheet);
        await load(true);
      } catch (e) {
        setSubmitError(errorCode(e));
      }
      setSubmitting(false);
    })();
  }, [doSave, load, turnId, memberId]);

  const reload = useCallback(() => {
    isBlocked.current = false;
    setSave({ kind: 'idle' });
    void load(true);
  }, [load]);

  const keepMine = useCallback(() => {
    void (async () => {
      const res = await call('sheet:get', { turnId, memberId }).catch(() => null);
      if (!res) return;
      version.current = res.own?.version ?? 0;
      stored.current = res.own?.scores ?? [];
      isBlocked.current = false;
      await doSave();
    })();
  }, [doSave, turnId, memberId]);

  return { isLoaded, loadError, rows, setRows, own, visible, save, isSubmitting, submitError, submit, reload, keepMine };
}
