// Every part of the API a page may call, built once from the shared client.
import { useMemo } from 'react';
import { useApiClient } from './api-context';
import { administrationApi } from './administration';
import { childFactsApi } from './child-facts';
import { childrenApi } from './children';
import { monitoringApi } from './monitoring';
import { providersApi } from './providers';
import { queuesApi } from './queues';
import { workflowApi } from './workflow-cases';

export function useCynnigApi() {
  const client = useApiClient();
  return useMemo(
    () => ({
      client,
      children: childrenApi(client),
      workflows: workflowApi(client),
      facts: childFactsApi(client),
      queues: queuesApi(client),
      administration: administrationApi(client),
      monitoring: monitoringApi(client),
      providers: providersApi(client),
    }),
    [client],
  );
}
export type CynnigApi = ReturnType<typeof useCynnigApi>;
