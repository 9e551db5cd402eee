// Who is signed in, shared with every page. The session is read once from the
// API at start-up; when the API cannot be reached the pages that need no API
// (sign in, the rule catalogue, the error pages) still work.
import type { Language } from '@cynnig/domain';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ApiProblem } from '../api/problem';
import type { SessionApi, SessionUser, SignIn } from '../api/session';
import { clearAllDrafts, keepOnlyDraftsOf } from '../drafts/use-draft';

export type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: SessionUser } | { status: 'unavailable' };

export interface SessionContextValue {
  readonly state: SessionState;
  readonly api: SessionApi;
  refresh(): Promise<void>;
  /** Throws ApiProblem (wrong details, too many attempts) or ApiUnavailable for the form to show. */
  signIn(details: SignIn): Promise<SessionUser>;
  signOut(): Promise<void>;
  /** The API said the session has ended (401): keep drafts, ask the user to sign in again. */
  sessionEnded(): void;
  chooseLanguage(language: Language): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider above it');
  return value;
}

/** The id of the person signed in, or null (also outside a SessionProvider): whose drafts a form keeps. */
export function useSignedInUserId(): string | null {
  const value = useContext(SessionContext);
  return value?.state.status === 'signed-in' ? value.state.user.id : null;
}

export function SessionProvider({ api, children, initial = { status: 'loading' } }: { api: SessionApi; children: ReactNode; initial?: SessionState }) {
  const [state, setState] = useState<SessionState>(initial);
  const { i18n } = useTranslation();
  const [location, navigate] = useLocation();

  const refresh = useCallback(async () => {
    try {
      const session = await api.current();
      if (session.user) keepOnlyDraftsOf(session.user.id);
      setState(session.user ? { status: 'signed-in', user: session.user } : { status: 'signed-out' });
    } catch (error) {
      setState(error instanceof ApiProblem && error.isSignedOut ? { status: 'signed-out' } : { status: 'unavailable' });
    }
  }, [api]);

  useEffect(() => {
    if (initial.status === 'loading') void refresh();
  }, [refresh, initial.status]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      api,
      refresh,
      async signIn(details) {
        const session = await api.signIn(details);
        if (!session.user) throw new Error('the API accepted the sign-in but returned no user');
        // Whoever used this tab before (a session that timed out) leaves no draft behind for this person.
        keepOnlyDraftsOf(session.user.id);
        setState({ status: 'signed-in', user: session.user });
        // Someone who chose Welsh last time gets Welsh again, on any computer.
        if (session.user.preferredLanguage !== i18n.language) void i18n.changeLanguage(session.user.preferredLanguage);
        return session.user;
      },
      async signOut() {
        clearAllDrafts();
        try {
          await api.signOut();
        } finally {
          setState({ status: 'signed-out' });
        }
      },
      sessionEnded() {
        setState({ status: 'signed-out' });
        navigate(`/session-timed-out?return=${encodeURIComponent(location)}`);
      },
      chooseLanguage(language) {
        void i18n.changeLanguage(language);
        if (state.status === 'signed-in') {
          setState({ status: 'signed-in', user: { ...state.user, preferredLanguage: language } });
          // Best effort: the page has already changed language; the stored preference follows.
          api.setPreferredLanguage(language).catch(() => undefined);
        }
      },
    }),
    [state, api, refresh, i18n, navigate, location],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
