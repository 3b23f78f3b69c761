import { useCallback, useEffect, useRef, useState } from 'react';
import { newClientId } from '../screens/devices/outbox';
import { call } from './client';

/** A long call being followed: how far it is, and how to stop it. */
export type JobView = { isRunning: boolean; done: number; total: number; cancel: () => void };

const POLL_MS = 300;

/**
 * Runs a long call (printing, exporting) under a fresh job id and polls job:progress while it
 * runs; `cancel` asks the core to stop it (the call then fails with `cancelled`).
 */
export function useJob(): { job: JobView; run: <T>(work: (jobId: string) => Promise<T>) => Promise<T> } {
  const [jobId, setJobId] = useState<string | null>(null);
  const [step, setStep] = useState({ done: 0, total: 0 });
  const current = useRef<string | null>(null);

  useEffect(() => {
    if (jobId === null) return;
    const timer = setInterval(() => {
      call('job:progress', { jobId })
        .then((p) => current.current === jobId && setStep({ done: p.done, total: p.total }))
        .catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [jobId]);

  const run = useCallback(async <T,>(work: (id: string) => Promise<T>): Promise<T> => {
    const id = newClientId();
    current.current = id;
    setStep({ done: 0, total: 0 });
    setJobId(id);
    try {
      return await work(id);
    } finally {
      current.current = null;
      setJobId(null);
    }
  }, []);

  const cancel = useCallback(() => {
    if (jobId !== null) void call('job:cancel', { jobId }).catch(() => undefined);
  }, [jobId]);

  return { job: { isRunning: jobId !== null, ...step, cancel }, run };
}
