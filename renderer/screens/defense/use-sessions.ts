import { useEffect, useState } from 'react';
import type { Cohort, DefenseSession } from '../../../shared/api/channels/people-types';
import { call } from '../../api/client';

/** A session with the cohort it belongs to. */
export type SessionRow = { session: DefenseSession; cohort: Cohort };

/** Every defense session of every cohort, newest first. */
export type SessionsState = { status: 'loading' } | { status: 'done'; rows: SessionRow[] } | { status: 'failed'; error: unknown };

/** Loads the sessions of all cohorts (there is no one channel for all of them). */
export function useSessions(): SessionsState {
  const [state, setState] = useState<SessionsState>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    (async () => {
      const cohorts = await call('cohort:list', {});
      const lists = await Promise.all(cohorts.map(async (cohort) => (await call('session:list', { cohortId: cohort.id })).map((session) => ({ session, cohort }))));
      return lists.flat().sort((a, b) => b.session.heldOn.localeCompare(a.session.heldOn) || b.session.id - a.session.id);
    })().then(
      (rows) => isCurrent && setState({ status: 'done', rows }),
      (error: unknown) => isCurrent && setState({ status: 'failed', error }),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}
