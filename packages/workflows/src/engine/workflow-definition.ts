// What the engine needs to know about one workflow: its machine and version, the zod schema
// of its events, its words for states and events, and the rows it hands to the data layer.
import type { ActiveOfferSummary, Bilingual, CynnigError, MissingEpisodeSummary } from '@cynnig/domain';
import type { AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import type { OversightSummary } from '../oversight/oversight-context.js';

export type WorkflowRows = {
  readonly activeOfferRounds?: ActiveOfferSummary[];
  readonly missingEpisode?: MissingEpisodeSummary;
  readonly oversightItem?: OversightSummary;
};

export interface WorkflowDefinition<TContext = unknown, TEvent extends { type: string } = { type: string }, TInput = unknown> {
  readonly name: string;
  /** Raised whenever the shape of the stored context or the state names change; see migrations. */
  readonly version: number;
  readonly machine: AnyStateMachine;
  readonly eventSchema: z.ZodType<TEvent>;
  readonly eventTypes: readonly TEvent['type'][];
  /** The state the machine starts in before the case exists; never stored. */
  readonly notOpenedState: string;
  readonly states: readonly string[];
  readonly stateLabels: Readonly<Record<string, Bilingual>>;
  readonly eventLabels: Readonly<Record<string, Bilingual>>;
  /** "Active Offer case", used when a refusal names the case. */
  readonly caseNoun: Bilingual;
  caseIdOf(context: TContext): string;
  /** What is wrong with the event's own data in this state (dates out of order, overlaps), or null. */
  eventProblem(context: TContext, state: string, event: TEvent, input: TInput): CynnigError | null;
  /** The rows the data layer stores beside the snapshot. */
  rows(context: TContext, state: string): WorkflowRows;
  /** The input a replay of the whole log should start from (an episode only checks episodes that began before it). */
  inputForReplay?(input: TInput, events: readonly TEvent[]): TInput;
}
