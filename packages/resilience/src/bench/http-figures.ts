// Throughput and latency of one route at 50 concurrent connections on loopback, bounded in
// requests and in time, measured with autocannon exactly as a load balancer's clients would see it.
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';

export interface HttpFigure {
  readonly requestsPerSecond: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
}

export interface HttpRun {
  readonly url: string;
  readonly connections?: number;
  /** At most this many requests... */
  readonly amount: number;
  /** ...and at most this many seconds. */
  readonly seconds: number;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /** Builds each request in turn (a write needs its own child and version). */
  readonly nextRequest?: () => AutocannonRequest | null;
}

export async function measureHttp(run: HttpRun): Promise<HttpFigure> {
  const base = { method: run.method ?? 'GET', headers: run.headers ?? {} };
  // autocannon ignores its duration when given an amount, so the time bound is kept here.
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: run.url,
        connections: run.connections ?? 50,
        amount: run.amount,
        timeout: 30,
        ...base,
        ...(run.nextRequest
          ? { requests: [{ ...base, setupRequest: (request: AutocannonRequest) => Object.assign(request, run.nextRequest!() ?? {}) }] }
          : {}),
      },
      (error, finished) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(finished);
      },
    );
    const timer = setTimeout(() => instance.stop(), run.seconds * 1000);
  });
  const seconds = result.duration > 0 ? result.duration : run.seconds;
  return {
    requestsPerSecond: result['2xx'] / seconds,
    medianMs: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
