// The whole forms app: translations, router, session and the page frame. main.tsx
// mounts it in the browser; tests mount it with their own API and starting address.
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { ApiProvider } from '../api/api-context';
import type { ApiClient } from '../api/client';
import type { SessionApi } from '../api/session';
import { SessionProvider, useSession, type SessionState } from '../session/session-context';
import { Layout } from '../shell/Layout';
import { Routes } from './routes';

function Frame() {
  const { state, chooseLanguage } = useSession();
  return (
    <Layout role={state.status === 'signed-in' ? state.user.role : null} onChooseLanguage={chooseLanguage}>
      <Routes />
    </Layout>
  );
}

export interface AppProps {
  i18n: I18n;
  sessionApi: SessionApi;
  /** The client journeys load and save through; tests of the shell may leave it out. */
  apiClient?: ApiClient;
  /** For rendering on the server in tests: the address and the session to start from. */
  ssrPath?: string;
  ssrSearch?: string;
  initialSession?: SessionState;
}

export function App({ i18n, sessionApi, apiClient, ssrPath, ssrSearch, initialSession }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <Router {...(ssrPath === undefined ? {} : { ssrPath, ssrSearch: ssrSearch ?? '' })}>
        <SessionProvider api={sessionApi} {...(initialSession ? { initial: initialSession } : {})}>
          <ApiProvider client={apiClient ?? null}>
            <Frame />
          </ApiProvider>
        </SessionProvider>
      </Router>
    </I18nextProvider>
  );
}
