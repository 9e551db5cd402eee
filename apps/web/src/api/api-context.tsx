// Gives every page the one API client main.tsx created, so journeys load and save
// through the same CSRF token, language header and problem handling as sign-in.
import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient | null; children: ReactNode }) {
  return <ApiContext value={client}>{children}</ApiContext>;
}

/** The API client; pages that load data need the App to have been given one. */
export function useApiClient(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApiClient needs an ApiProvider with a client above it');
  return client;
}
