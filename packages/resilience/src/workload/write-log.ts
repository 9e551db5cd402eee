// The client's own record of what the API acknowledged. After a run every acknowledged write
// must be in the database exactly once; a write the client gave up on (the API never answered
// before the run ended) is listed apart, since it may or may not have landed.
export type CaseKind = 'active-offer' | 'missing-episode';

export interface AcknowledgedWrite {
  /** The Idempotency-Key the write was sent (and any retry re-sent) with. */
  readonly key: string;
  readonly kind: CaseKind;
  readonly childId: string;
  readonly caseId: string;
  /** The case version the write produced: its event's sequence number in the event log. */
  readonly version: number;
  readonly type: string;
  /** The API answered from its idempotency record: an earlier attempt had already landed. */
  readonly replayed: boolean;
  /** Attempts it took (more than one after a 503, a dropped connection or a killed process). */
  readonly attempts: number;
}

export interface AbandonedWrite {
  readonly key: string;
  readonly kind: CaseKind;
  readonly childId: string;
  readonly type: string;
  readonly lastError: string;
}

export class WriteLog {
  readonly acknowledged: AcknowledgedWrite[] = [];
  readonly abandoned: AbandonedWrite[] = [];

  acknowledge(write: AcknowledgedWrite): void {
    this.acknowledged.push(write);
  }

  abandon(write: AbandonedWrite): void {
    this.abandoned.push(write);
  }

  /** Acknowledged writes per case, in the order they were acknowledged. */
  byCase(): Map<string, AcknowledgedWrite[]> {
    const cases = new Map<string, AcknowledgedWrite[]>();
    for (const write of this.acknowledged) cases.set(write.caseId, [...(cases.get(write.caseId) ?? []), write]);
    return cases;
  }
}
