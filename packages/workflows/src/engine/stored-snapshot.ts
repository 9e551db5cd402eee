// The snapshot as the database stores it: plain JSON naming its machine and version, the
// state it is in and the machine's context. Nothing else (no XState internals) is stored.
import type { ActiveOfferEvent, MissingEpisodeEvent, OversightEvent } from '@cynnig/domain';
import type { ActiveOfferContext, ActiveOfferInput } from '../active-offer/active-offer-context.js';
import type { ActiveOfferState } from '../active-offer/active-offer-machine.js';
import type { MissingEpisodeContext, MissingEpisodeInput } from '../missing-episode/missing-episode-context.js';
import type { MissingEpisodeState } from '../missing-episode/missing-episode-machine.js';
import type { OversightContext, OversightInput } from '../oversight/oversight-context.js';
import type { OversightState } from '../oversight/oversight-machine.js';

export const machineNames = ['active-offer', 'missing-episode', 'oversight'] as const;
export type MachineName = (typeof machineNames)[number];

/** The types that go with each machine name. */
export interface MachineTypes {
  'active-offer': { context: ActiveOfferContext; input: ActiveOfferInput; event: ActiveOfferEvent; state: ActiveOfferState };
  'missing-episode': { context: MissingEpisodeContext; input: MissingEpisodeInput; event: MissingEpisodeEvent; state: MissingEpisodeState };
  oversight: { context: OversightContext; input: OversightInput; event: OversightEvent; state: OversightState };
}

export type ContextOf<M extends MachineName> = MachineTypes[M]['context'];
export type InputOf<M extends MachineName> = MachineTypes[M]['input'];
export type EventOf<M extends MachineName> = MachineTypes[M]['event'];
export type EventTypeOf<M extends MachineName> = EventOf<M>['type'];
export type StateOf<M extends MachineName> = MachineTypes[M]['state'];

export interface StoredSnapshot<M extends MachineName = MachineName> {
  readonly machine: M;
  readonly machineVersion: number;
  readonly value: string;
  readonly context: ContextOf<M>;
}
