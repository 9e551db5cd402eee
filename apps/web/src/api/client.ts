// The forms app's only way to the API: same-origin JSON with cookie sessions,
// the CSRF token on every state-changing request, the user's language in
// Accept-Language, and responses checked against zod schemas on the way in.
import type { Language } from '@cynnig/domain';
import type { z } from 'zod';
import { ApiProblem, ApiUnavailable, problemDocumentSchema } from './problem';

export const csrfHeader = 'x-csrf-token';
/** The API's problem code for a missing or stale CSRF token. */
const csrfFailed = 'csrf-failed';
const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClientOptions {
  readonly fetch?: typeof fetch;
  readonly baseUrl?: string;
  readonly language: () => Language;
  /** Called once per state-changing request when no token is held yet (reads GET /session). */
  readonly loadCsrfToken?: () => Promise<string | null>;
}

export interface ApiClient {
  request<S extends z.ZodType>(method: HttpMethod, path: string, responseSchema: S, body?: unknown): Promise<z.infer<S>>;
  /** For requests that answer 204 No Content. */
  send(method: HttpMethod, path: string, body?: unknown): Promise<void>;
  /** A file the API sends for download (an export), with the name it suggests. */
  download(path: string): Promise<{ blob: Blob; fileName: string | null }>;
  setCsrfToken(token: string | null): void;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '/api/v1';
  let csrfToken: string | null = null;

  async function exchange(method: HttpMethod, path: string, body: unknown, tokenRenewed = false): Promise<Response> {
    const headers = new Headers({ accept: 'application/json, application/problem+json', 'accept-language': options.language() });
    if (body !== undefined) headers.set('content-type', 'application/json');
    if (stateChanging.has(method)) {
      if (csrfToken === null && options.loadCsrfToken) csrfToken = await options.loadCsrfToken();
      if (csrfToken !== null) headers.set(csrfHeader, csrfToken);
    }
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ApiUnavailable(`network error: ${(error as Error).message}`, null);
    }
    if (!response.ok) {
      const problem = await problemFrom(response);
      // The token belonged to a session that has since ended (timed out on the server): read the
      // current token and send the request once more. It was refused before anything was done, so
      // sending it again is safe, and its answer is the true one: 401 when the person must sign in
      // again (the page then keeps their draft), or success when signing in again.
      if (!tokenRenewed && stateChanging.has(method) && options.loadCsrfToken && problem instanceof ApiProblem && problem.code === csrfFailed) {
        csrfToken = await options.loadCsrfToken();
        return exchange(method, path, body, true);
      }
      throw problem;
    }
    return response;
  }

  return {
    async request(method, path, responseSchema, body) {
      const response = await exchange(method, path, body);
      const json = await jsonOf(response);
      const parsed = responseSchema.safeParse(json);
      if (!parsed.success) throw new ApiUnavailable(`unexpected response from ${method} ${path}`, response.status);
      return parsed.data;
    },
    async send(method, path, body) {
      await exchange(method, path, body);
    },
    async download(path) {
      const response = await exchange('GET', path, undefined);
      const disposition = response.headers.get('content-disposition') ?? '';
      const named = /filename="?([^";]+)"?/i.exec(disposition);
      return { blob: await response.blob(), fileName: named?.[1] ?? null };
    },
    setCsrfToken(token) {
      csrfToken = token;
    },
  };
}

function isJson(response: Response): boolean {
  return /^application\/(?:problem\+)?json\b/i.test(response.headers.get('content-type') ?? '');
}

async function jsonOf(response: Response): Promise<unknown> {
  // A static file server answers unknown paths with index.html: that is "no API", not data.
  if (!isJson(response)) throw new ApiUnavailable(`expected JSON, got ${response.headers.get('content-type') ?? 'nothing'}`, response.status);
  try {
    return await response.json();
  } catch {
    throw new ApiUnavailable('the response was not valid JSON', response.status);
  }
}

async function problemFrom(response: Response): Promise<ApiProblem | ApiUnavailable> {
  if (!isJson(response)) return new ApiUnavailable(`HTTP ${response.status} without a problem document`, response.status);
  const parsed = problemDocumentSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return new ApiUnavailable(`HTTP ${response.status} with an unreadable problem document`, response.status);
  return new ApiProblem(parsed.data);
}
