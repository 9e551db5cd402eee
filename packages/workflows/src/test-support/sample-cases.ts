// Sample identities and events for the tests: one child, their Active Offer case, an episode
// and a concern. `variant` picks among code-list values so random walks cover them.
import {
  addDays,
  advocacyModes,
  contactMethods,
  entitlementEndReasons,
  escalationStages,
  offerFormats,
  offerLanguages,
  offerTriggers,
  oversightResolutions,
  type ActiveOfferEvent,
  type ActiveOfferEventType,
  type IsoDate,
  type MissingEpisodeEvent,
  type MissingEpisodeEventType,
  type OversightEvent,
  type OversightEventType,
} from '@cynnig/domain';
import { escalationRespondBy, nextEscalationStage } from '@cynnig/rules';
import type { ActiveOfferInput } from '../active-offer/active-offer-context.js';
import type { MissingEpisodeInput } from '../missing-episode/missing-episode-context.js';
import { currentEscalation, type OversightContext, type OversightInput } from '../oversight/oversight-context.js';

export const childId = '0b6f1c9e-5f3a-4d2b-9c1e-7a8b9c0d1e2f';
export const providerId = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
export const activeOfferInput: ActiveOfferInput = { caseId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d', childId };
export const oversightInput: OversightInput = { caseId: '9f8e7d6c-5b4a-4c2d-8e0f-a1b2c3d4e5f6', childId };
export const missingEpisodeInput: MissingEpisodeInput = {
  episodeId: '7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098',
  childId,
  dateOfBirth: '2012-04-18',
  otherEpisodes: [],
};

const pick = <T>(list: readonly T[], variant: number): T => list[Math.abs(variant) % list.length] as T;

export function activeOfferEvent(type: ActiveOfferEventType, on: IsoDate, variant = 0): ActiveOfferEvent {
  switch (type) {
    case 'OFFER_DUE': return { type, on, trigger: pick(offerTriggers.codes.filter((code) => code !== 'opted-back-in'), variant) };
    case 'CHILD_TOLD': return { type, on, method: pick(contactMethods.codes, variant), language: pick(offerLanguages.codes, variant) };
    case 'PERMISSION_GIVEN': return { type, on };
    case 'PERMISSION_REFUSED': return { type, on, reason: variant % 2 === 0 ? null : 'Does not want a stranger to know about them' };
    case 'PERMISSION_CANNOT_BE_GIVEN': return { type, on, reason: 'Six months old' };
    case 'REFERRED': return { type, on, providerId };
    case 'CONTACT_ATTEMPTED': return { type, on, method: pick(contactMethods.codes, variant), reachedChild: variant % 2 === 0 };
    case 'OFFER_MADE': return { type, on, language: pick(offerLanguages.codes, variant), formats: [pick(offerFormats.codes, variant)], mode: pick(advocacyModes.codes, variant) };
    case 'OFFER_ACCEPTED': return { type, on };
    case 'OFFER_DECLINED': return { type, on, reason: variant % 2 === 0 ? null : 'Happy with their social worker' };
    case 'OPTED_OUT': return { type, on };
    case 'COULD_NOT_CONTACT': return { type, on };
    case 'OUTCOME_CONFIRMED': return { type, on };
    case 'ADVOCACY_ENDED': return { type, on };
    case 'OPTED_BACK_IN': return { type, on };
    case 'ENTITLEMENT_ENDED': return { type, on, reason: pick(entitlementEndReasons.codes, variant) };
  }
}

export function missingEpisodeEvent(type: MissingEpisodeEventType, at: string, variant = 0): MissingEpisodeEvent {
  switch (type) {
    case 'REPORTED':
      return { type, at, kind: variant % 2 === 0 ? 'missing' : 'away', riskGrade: pick(['low', 'medium', 'high', 'no-apparent-risk'] as const, variant), lastSeenAt: new Date(Date.parse(at) - 3_600_000).toISOString(), reportedBy: 'Residential key worker', policeReference: variant % 2 === 0 ? 'DP-2026-0412' : null };
    case 'RISK_REGRADED': return { type, at, riskGrade: pick(['high', 'medium', 'low'] as const, variant) };
    case 'UPDATE_NOTED': return { type, at, note: 'Seen near the bus station by a friend' };
    case 'RETURNED': return { type, at, method: pick(['returned', 'found-by-police', 'found-by-carer', 'other'] as const, variant), whereFound: 'Cardiff city centre', whoWith: variant % 2 === 0 ? null : 'Two older young people' };
    case 'CONVERSATION_OFFERED': return { type, at, offeredBy: pick(['advocacy-provider', 'independent-worker', 'social-worker', 'other'] as const, variant) };
    case 'CONVERSATION_ACCEPTED': return { type, at };
    case 'CONVERSATION_DECLINED': return { type, at, attempts: 1 + (Math.abs(variant) % 3), carersAsked: variant % 2 === 0, carersInformation: variant % 2 === 0 ? 'Came back tired and hungry' : null };
    case 'CONVERSATION_HELD':
      return {
        type, at, heldBy: 'advocacy-provider',
        findings: { before: 'Argument at the placement', during: 'Stayed with a friend', after: 'Wants to see their sister more', childsOwnWords: 'I just needed to get out', exploitationIndicators: variant % 2 === 0 ? [] : ['older-associates'], whatWouldHelp: 'More time with family' },
      };
    case 'ACTIONS_AGREED': return { type, at, actions: variant % 2 === 0 ? ['advocacy-reoffer', 'early-review'] : ['strategy-discussion'] };
    case 'CLOSED': return { type, at };
  }
}

/** An oversight event that fits the case: ESCALATED goes to the next stage, after the current stage's deadline when no response came. */
export function oversightEvent(type: OversightEventType, requestedOn: IsoDate, context: OversightContext | null, variant = 0): OversightEvent {
  const recorded = context === null ? [] : [context.raised?.on, context.acknowledgedOn, ...context.escalations.flatMap((e) => [e.on, e.response?.on])];
  const on = recorded.reduce<IsoDate>((latest, date) => (date !== undefined && date !== null && date > latest ? date : latest), requestedOn);
  switch (type) {
    case 'RAISED': return { type, on, ruleId: 'reoffer-overdue', reason: 'The re-offer after a decline is overdue' };
    case 'ACKNOWLEDGED': return { type, on };
    case 'RESOLVED': return { type, on, resolution: pick(oversightResolutions.codes.filter((code) => context?.escalations.length || code !== 'resolved-by-escalation'), variant), note: null };
    case 'RESPONSE_RECEIVED': return { type, on, response: 'The re-offer is booked for next week', satisfactory: variant % 2 === 0 };
    case 'ESCALATED': {
      const current = context === null ? null : currentEscalation(context);
      const stage = nextEscalationStage(current?.stage ?? null) ?? pick(escalationStages.codes, variant);
      const escalateOn = current !== null && current.response === null && on <= current.respondBy ? addDays(current.respondBy, 1) : on;
      return { type, on: escalateOn, stage, to: 'Service manager, children looked after', respondBy: escalationRespondBy(escalateOn) };
    }
  }
}
