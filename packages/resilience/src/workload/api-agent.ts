// A person's browser, reduced to what the API needs: it keeps the session cookie, sends the
// CSRF token back on every change, and can be pointed at any of several API processes (the
// session lives in the database, so any process can serve the next request).
export interface AgentResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export class ApiAgent {
  #cookies = new Map<string, string>();
  #csrfToken = '';
  #next = 0;

  constructor(
    private readonly urls: readonly string[],
    private readonly timeoutMs = 15_000,
  ) {
    if (urls.length === 0) throw new Error('an agent needs at least one API address');
  }

  /** Requests go to the processes in turn, as a round-robin load balancer would send them. */
  private base(): string {
    const url = this.urls[this.#next % this.urls.length]!;
    this.#next += 1;
    return url;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<AgentResponse> {
    const sent = new Headers(headers);
    if (this.#cookies.size > 0) sent.set('cookie', [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    if (method !== 'GET' && this.#csrfToken) sent.set('x-csrf-token', this.#csrfToken);
    if (body !== undefined) sent.set('content-type', 'application/json');
    const response = await fetch(`${this.base()}${path}`, {
      method,
      headers: sent,
      signal: AbortSignal.timeout(this.timeoutMs),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0/i.test(line) || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      // Not JSON: kept as text for the failure message.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** Fetches a CSRF token, then signs in; returns the sign-in answer. */
  async signIn(email: string, password: string): Promise<AgentResponse> {
    this.#cookies.clear();
    const session = await this.request('GET', '/api/v1/session');
    this.#csrfToken = (session.body as { csrfToken?: string } | null)?.csrfToken ?? '';
    const answer = await this.request('POST', '/api/v1/session', { email, password });
    if (answer.status === 200) this.#csrfToken = (answer.body as { csrfToken: string }).csrfToken;
    return answer;
  }

  /** The Cookie header this person sends, for tools that replay their requests (the benchmark). */
  cookieHeader(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get csrfToken(): string {
    return this.#csrfToken;
  }

  get signedIn(): boolean {
    return [...this.#cookies.keys()].some((name) => name.includes('session'));
  }
}
