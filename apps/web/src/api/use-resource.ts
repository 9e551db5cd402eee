// Loads what a page shows from the API and says where it stands: loading, loaded,
// not found or forbidden, or unavailable. A 401 hands over to the session (the
// user is asked to sign in again and returns here); reload() fetches again, which
// is how the conflict banner offers "reload the latest version".
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../session/session-context';
import { ApiProblem } from './problem';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T }
  | { status: 'problem'; problem: ApiProblem }
  | { status: 'unavailable' };

export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> & { reload: () => Promise<void> } {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const { sessionEnded } = useSession();
  const latest = useRef(load);
  latest.current = load;
  const ended = useRef(sessionEnded);
  ended.current = sessionEnded;

  const fetchNow = useCallback(async () => {
    try {
      const data = await latest.current();
      setResource({ status: 'loaded', data });
    } catch (error) {
      if (error instanceof ApiProblem && error.isSignedOut) return ended.current();
      setResource(error instanceof ApiProblem ? { status: 'problem', problem: error } : { status: 'unavailable' });
    }
  }, []);

  useEffect(() => {
    setResource({ status: 'loading' });
    void fetchNow();
  }, [key, fetchNow]);

  return { ...resource, reload: fetchNow };
}
