// A notification a step asks for: who should hear about it and why. The machines only name
// them; the service layer sends them after the transaction that stored the step commits.
import type { Bilingual } from '@cynnig/domain';

export type NotificationAudience = 'social-worker' | 'iro' | 'provider' | 'team-manager';

/** What a machine's `notify` action carries. */
export interface NotifyParams {
  readonly kind: NotificationKind;
  readonly audience: readonly NotificationAudience[];
  readonly dueOn?: string | null;
  readonly recipient?: string | null;
}

export interface WorkflowNotification {
  readonly kind: NotificationKind;
  readonly caseId: string;
  readonly audience: readonly NotificationAudience[];
  /** A person named in the step (the manager a concern was escalated to), when there is one. */
  readonly recipient: string | null;
  readonly dueOn: string | null;
  readonly message: Bilingual;
}

export const notificationMessages = {
  'referral-received': { en: 'A child has been referred for the Active Offer of advocacy', cy: 'Mae plentyn wedi cael ei atgyfeirio ar gyfer y cynnig gweithredol o eiriolaeth' },
  'outcome-to-confirm': { en: 'The advocacy provider has recorded an outcome for the Active Offer: please confirm it', cy: 'Mae\'r darparwr eiriolaeth wedi cofnodi canlyniad y cynnig gweithredol: cadarnhewch ef' },
  'reoffer-scheduled': { en: 'The Active Offer did not lead to advocacy this time; it will be made again', cy: 'Ni arweiniodd y cynnig gweithredol at eiriolaeth y tro hwn; bydd yn cael ei wneud eto' },
  'entitlement-started-again': { en: 'The child is entitled to the Active Offer again: tell them about their right to an advocate', cy: 'Mae gan y plentyn hawl i\'r cynnig gweithredol eto: dywedwch wrtho am ei hawl i eiriolwr' },
  'opted-back-in': { en: 'The child has asked for an advocate: refer them to the provider', cy: 'Mae\'r plentyn wedi gofyn am eiriolwr: atgyfeiriwch nhw at y darparwr' },
  'child-returned': { en: 'A child has returned from a missing episode: offer a return home conversation', cy: 'Mae plentyn wedi dychwelyd ar ôl cyfnod ar goll: cynigiwch sgwrs dychwelyd adref' },
  'strategy-discussion-requested': { en: 'A strategy discussion was agreed after a return home conversation', cy: 'Cytunwyd ar drafodaeth strategaeth ar ôl sgwrs dychwelyd adref' },
  'early-review-requested': { en: 'An early review was asked for after a missing episode', cy: 'Gofynnwyd am adolygiad cynnar ar ôl cyfnod ar goll' },
  'advocacy-reoffer-requested': { en: 'Advocacy should be offered again after a missing episode', cy: 'Dylid cynnig eiriolaeth eto ar ôl cyfnod ar goll' },
  'concern-escalated': { en: 'An IRO has escalated a concern to you and asks for a response', cy: 'Mae swyddog adolygu annibynnol wedi uwchgyfeirio pryder atoch ac yn gofyn am ymateb' },
  'concern-resolved': { en: 'A concern raised by the IRO has been resolved', cy: 'Mae pryder a godwyd gan y swyddog adolygu annibynnol wedi\'i ddatrys' },
} as const satisfies Record<string, Bilingual>;

export type NotificationKind = keyof typeof notificationMessages;
