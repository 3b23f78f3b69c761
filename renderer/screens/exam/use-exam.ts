import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExamResponse } from '../../../shared/api/channels/sittings';
import type { ExamView } from '../../../shared/api/channels/sittings-types';
import { ApiCallError, errorCode, type CallErrorCode } from '../../api/client';
import { examCall, newClientId } from './exam-api';
import { applyWrite, withWrites } from './exam-model';
import { createOutbox, type NewWrite, type Outbox, type OutboxStatus } from './exam-outbox';

/** Where the examinee's screen stands. */
export type ExamPhase = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; view: ExamView };

/** Whether the answers given have reached the core, and which items still wait. */
export type SaveState = { status: OutboxStatus; waiting: ReadonlySet<string> };

/** The examinee's screen: the view, the deadline, what is saved, and what they can do. */
export type ExamControls = {
  phase: ExamPhase;
  /** When the time runs out, on this page's monotonic clock (performance.now()); null when untimed. */
  deadline: number | null;
  save: SaveState;
  /** Answers the core refused (a bad value), by item ref. */
  refused: Readonly<Record<string, CallErrorCode>>;
  reload: () => Promise<void>;
  start: () => Promise<void>;
  answer: (ref: string, response: ExamResponse) => void;
  flag: (ref: string, flagged: boolean) => void;
  submit: () => Promise<void>;
};

/** After these the test cannot change, or this link no longer works: the view is loaded again. */
const FINAL_CODES: readonly CallErrorCode[] = ['locked', 'unauthorized', 'forbidden'];
const RESULT_POLL_MS = 30_000;

function without(r: Readonly<Record<string, CallErrorCode>>, ref: string): Record<string, CallErrorCode> {
  const { [ref]: _dropped, ...rest } = r;
  return rest;
}

/**
 * The examinee's test over the kiosk token. The countdown follows the core's remaining seconds
 * (on load and with every saved answer), never this device's clock; at zero the view is loaded
 * again, and the core, which submits at the deadline, shows the test as submitted.
 */
export function useExam(): ExamControls {
  const [phase, setPhase] = useState<ExamPhase>({ status: 'loading' });
  const [deadline, setDeadline] = useState<number | null>(null);
  const [save, setSave] = useState<SaveState>({ status: 'idle', waiting: new Set() });
  const [refused, setRefused] = useState<Readonly<Record<string, CallErrorCode>>>({});
  const outbox = useRef<Outbox | null>(null);

  const sync = useCallback((remaining: number | null) => {
    setDeadline(remaining === null ? null : performance.now() + remaining * 1000);
  }, []);

  const show = useCallback(
    (view: ExamView) => {
      setPhase({ status: 'ready', view: withWrites(view, outbox.current?.waiting() ?? []) });
      sync(view.status === 'in_progress' ? view.remainingSeconds : null);
    },
    [sync],
  );

  const reload = useCallback(async () => {
    try {
      show(await examCall('exam:get', {}));
    } catch (error) {
      // A dropped connection keeps what is on screen; anything else is shown.
      setPhase((p) => (p.status === 'ready' && errorCode(error) === 'network' ? p : { status: 'failed', error }));
    }
  }, [show]);

  useEffect(() => {
    const box = createOutbox({
      onAck: (w, ack) => {
        sync(ack.remainingSeconds);
        setPhase((p) => (p.status === 'ready' ? { ...p, view: { ...p.view, items: p.view.items.map((i) => (i.ref === ack.ref ? { ...i, savedAt: ack.savedAt } : i)) } } : p));
        setRefused((r) => without(r, w.ref));
      },
      onRefused: (w, error) => {
        const code = errorCode(error);
        if (FINAL_CODES.includes(code)) void reload();
        else setRefused((r) => ({ ...r, [w.ref]: code }));
      },
      onChange: (status, waiting) => setSave({ status, waiting: new Set(waiting.map((w) => w.ref)) }),
    });
    outbox.current = box;
    void reload();
    return () => box.stop();
  }, [reload, sync]);

  const status = phase.status === 'ready' ? phase.view.status : null;
  const hasResult = phase.status === 'ready' && phase.view.result !== null;

  // At the deadline (a second after, so the core has passed it too) ask the core what happened.
  useEffect(() => {
    if (status !== 'in_progress' || deadline === null) return;
    const timer = window.setTimeout(() => void reload(), Math.max(0, deadline - performance.now()) + 1000);
    return () => window.clearTimeout(timer);
  }, [status, deadline, reload]);

  // A phone that slept, or a tab in the background, catches up when it is shown again.
  useEffect(() => {
    const onShow = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [reload]);

  // After submitting, the result appears once the examiner releases it.
  useEffect(() => {
    if (status !== 'submitted' || hasResult) return;
    const timer = window.setInterval(() => void reload(), RESULT_POLL_MS);
    return () => window.clearInterval(timer);
  }, [status, hasResult, reload]);

  const write = useCallback((w: NewWrite) => {
    setPhase((p) => (p.status === 'ready' ? { ...p, view: { ...p.view, items: applyWrite(p.view.items, w) } } : p));
    setRefused((r) => without(r, w.ref));
    outbox.current?.put(w);
  }, []);

  const start = useCallback(async () => show(await examCall('exam:start', {})), [show]);

  const submit = useCallback(async () => {
    const isSaved = (await outbox.current?.flush(15_000)) ?? true;
    if (!isSaved) throw new ApiCallError('network', 'some answers have not reached the core yet');
    try {
      show(await examCall('exam:submit', { confirm: true, clientId: newClientId() }));
    } catch (e) {
      // Submitted already (an earlier attempt got through, or the time ran out): show that.
      if (errorCode(e) === 'locked') return reload();
      throw e;
    }
  }, [show, reload]);

  return {
    phase,
    deadline,
    save,
    refused,
    reload,
    start,
    answer: useCallback((ref: string, response: ExamResponse) => write({ kind: 'answer', ref, response }), [write]),
    flag: useCallback((ref: string, flagged: boolean) => write({ kind: 'flag', ref, flagged }), [write]),
    submit,
  };
}
