// What an IRO oversight case remembers: the concern a rule raised, its acknowledgement, each
// dispute resolution stage with its deadline and response, and how it was resolved.
import type { EscalationStage, IsoDate, OversightResolution } from '@cynnig/domain';

export interface EscalationRecord {
  readonly stage: EscalationStage;
  readonly on: IsoDate;
  readonly to: string;
  readonly respondBy: IsoDate;
  readonly response: { readonly on: IsoDate; readonly text: string; readonly satisfactory: boolean } | null;
}

export interface OversightContext {
  readonly caseId: string;
  readonly childId: string;
  readonly raised: { readonly on: IsoDate; readonly ruleId: string; readonly reason: string } | null;
  readonly acknowledgedOn: IsoDate | null;
  readonly escalations: readonly EscalationRecord[];
  readonly resolution: { readonly on: IsoDate; readonly resolution: OversightResolution; readonly note: string | null } | null;
}

/** Who the concern is about; given when a rule raises it. */
export interface OversightInput {
  readonly caseId: string;
  readonly childId: string;
}

/** The row the IRO's queue reads: where the concern stands and what is awaited by when. */
export interface OversightSummary {
  readonly caseId: string;
  readonly childId: string;
  readonly state: string;
  readonly ruleId: string | null;
  readonly raisedOn: IsoDate | null;
  readonly acknowledgedOn: IsoDate | null;
  readonly stage: EscalationStage | null;
  readonly respondBy: IsoDate | null;
  readonly awaitingResponse: boolean;
  readonly resolvedOn: IsoDate | null;
  readonly resolution: OversightResolution | null;
}

export function currentEscalation(context: OversightContext): EscalationRecord | null {
  return context.escalations[context.escalations.length - 1] ?? null;
}

export function oversightSummary(context: OversightContext, state: string): OversightSummary {
  const escalation = currentEscalation(context);
  return {
    caseId: context.caseId,
    childId: context.childId,
    state,
    ruleId: context.raised?.ruleId ?? null,
    raisedOn: context.raised?.on ?? null,
    acknowledgedOn: context.acknowledgedOn,
    stage: escalation?.stage ?? null,
    respondBy: escalation?.respondBy ?? null,
    awaitingResponse: state === 'escalated' && escalation !== null && escalation.response === null,
    resolvedOn: context.resolution?.on ?? null,
    resolution: context.resolution?.resolution ?? null,
  };
}
