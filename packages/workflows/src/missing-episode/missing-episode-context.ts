// What a missing episode case remembers: when the child went and came back, how the risk was
// graded, updates while they were away, the return home conversation and the actions agreed.
import type {
  AbsenceKind,
  ConversationAction,
  ConversationFindings,
  ConversationOfferer,
  MissingEpisodeSummary,
  ReturnMethod,
  RiskGrade,
} from '@cynnig/domain';

export interface MissingEpisodeContext {
  readonly episodeId: string;
  readonly childId: string;
  readonly kind: AbsenceKind | null;
  readonly reportedAt: string | null;
  /** When the child left or was last seen: the start of the episode. */
  readonly startedAt: string | null;
  readonly reportedBy: string | null;
  readonly policeReference: string | null;
  readonly riskGrades: readonly { readonly at: string; readonly grade: RiskGrade }[];
  readonly updates: readonly { readonly at: string; readonly note: string }[];
  readonly returned: { readonly at: string; readonly method: ReturnMethod; readonly whereFound: string; readonly whoWith: string | null } | null;
  readonly conversationOffered: { readonly at: string; readonly offeredBy: ConversationOfferer } | null;
  readonly conversationAcceptedAt: string | null;
  readonly conversationDeclined: { readonly at: string; readonly attempts: number; readonly carersAsked: boolean; readonly carersInformation: string | null } | null;
  readonly conversationHeld: { readonly at: string; readonly heldBy: ConversationOfferer; readonly findings: ConversationFindings } | null;
  readonly actionsAgreed: { readonly at: string; readonly actions: readonly ConversationAction[] } | null;
  readonly closedAt: string | null;
  /** The latest moment recorded, so that no later step is dated before an earlier one. */
  readonly lastEventAt: string | null;
}

/**
 * Who the episode is about, and what the engine checks a new report against: the child's date
 * of birth and their other episodes (as the data layer holds them). For a replay, pass the same
 * episodes; the engine only weighs those that began before this one.
 */
export interface MissingEpisodeInput {
  readonly episodeId: string;
  readonly childId: string;
  readonly dateOfBirth: string;
  readonly otherEpisodes: readonly Pick<MissingEpisodeSummary, 'id' | 'startedAt' | 'endedAt'>[];
}

export function emptyMissingEpisode(input: MissingEpisodeInput): MissingEpisodeContext {
  return {
    episodeId: input.episodeId,
    childId: input.childId,
    kind: null,
    reportedAt: null,
    startedAt: null,
    reportedBy: null,
    policeReference: null,
    riskGrades: [],
    updates: [],
    returned: null,
    conversationOffered: null,
    conversationAcceptedAt: null,
    conversationDeclined: null,
    conversationHeld: null,
    actionsAgreed: null,
    closedAt: null,
    lastEventAt: null,
  };
}

/** The row the data layer keeps for the episode; the rules read it in the child's record. */
export function missingEpisodeSummary(context: MissingEpisodeContext): MissingEpisodeSummary | null {
  const grade = context.riskGrades[context.riskGrades.length - 1];
  if (context.kind === null || context.startedAt === null || grade === undefined) return null;
  return {
    id: context.episodeId,
    childId: context.childId,
    kind: context.kind,
    riskGrade: grade.grade,
    startedAt: context.startedAt,
    endedAt: context.returned?.at ?? null,
    conversationOfferedAt: context.conversationOffered?.at ?? null,
    conversationHeldAt: context.conversationHeld?.at ?? null,
    conversationDeclined: context.conversationDeclined !== null,
    exploitationIndicators: [...(context.conversationHeld?.findings.exploitationIndicators ?? [])],
  };
}
