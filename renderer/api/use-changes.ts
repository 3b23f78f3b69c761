import { useEffect, useState, useSyncExternalStore } from 'react';
import { streamStatus, subscribeChanges, subscribeStatus, type StreamStatus } from './events';

/**
 * A number that grows whenever the core announces a change in this defense session (or the
 * stream reconnects): pass it to useCall as `refresh` to load again.
 */
export function useChangeTick(sessionId: number | null): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (sessionId === null) return;
    return subscribeChanges((e) => {
      if (e === null || e.sessionId === sessionId) setTick((n) => n + 1);
    });
  }, [sessionId]);
  return tick;
}

/** Whether the live stream is connected. */
export function useStreamStatus(): StreamStatus {
  return useSyncExternalStore(subscribeStatus, streamStatus);
}

/** A tick every `ms` milliseconds while `isOn` (a running timer, or a status that has no event). */
export function useInterval(ms: number, isOn = true): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!isOn) return;
    const timer = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(timer);
  }, [ms, isOn]);
  return tick;
}
