// Watches a workload's answers during an outage: every 503 must be a problem document with a
// reason and Retry-After, and after the database returns, requests must succeed again.
import type { AgentResponse } from '../workload/api-agent.js';

export interface UnavailableAnswer {
  readonly at: number;
  readonly contentType: string | null;
  readonly retryAfter: string | null;
  readonly code: string | null;
  readonly reason: string | null;
  readonly detail: string | null;
}

export class OutageWatch {
  readonly unavailable: UnavailableAnswer[] = [];
  /** Times of successful answers (2xx). */
  readonly successes: number[] = [];

  readonly onAnswer = (answer: AgentResponse): void => {
    const now = Date.now();
    if (answer.status >= 200 && answer.status < 300) this.successes.push(now);
    if (answer.status !== 503) return;
    const body = (answer.body ?? {}) as { code?: string; reason?: string; detail?: string };
    this.unavailable.push({
      at: now,
      contentType: answer.headers.get('content-type'),
      retryAfter: answer.headers.get('retry-after'),
      code: body.code ?? null,
      reason: body.reason ?? null,
      detail: body.detail ?? null,
    });
  };

  successesAfter(moment: number): number {
    return this.successes.filter((at) => at > moment).length;
  }

  /** Milliseconds from `moment` to the first success after it, or null. */
  recoveredWithin(moment: number): number | null {
    const first = this.successes.find((at) => at > moment);
    return first === undefined ? null : first - moment;
  }
}
