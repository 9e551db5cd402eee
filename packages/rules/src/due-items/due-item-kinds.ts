// The kinds of due item the rules yield and who they are for, with English and Welsh labels for
// queues, explanations and the catalogue.
import type { Bilingual } from '@cynnig/domain';

export const dueItemKindLabels: Record<string, Bilingual> = {
  referral: { en: 'Referral to the advocacy provider', cy: 'Atgyfeiriad at y darparwr eiriolaeth' },
  offer: { en: 'Active Offer', cy: 'Cynnig gweithredol' },
  'offer-outcome': { en: 'Outcome of the offer to confirm', cy: 'Canlyniad y cynnig i\'w gadarnhau' },
  'non-instructed-advocacy': { en: 'Consider non-instructed advocacy', cy: 'Ystyried eiriolaeth heb gyfarwyddyd' },
  'offer-language': { en: 'Offer in Welsh', cy: 'Cynnig yn Gymraeg' },
  'offer-interpreter': { en: 'Interpreter for the offer', cy: 'Cyfieithydd ar gyfer y cynnig' },
  reoffer: { en: 'Re-offer', cy: 'Ail-gynnig' },
  review: { en: 'Statutory review', cy: 'Adolygiad statudol' },
  'early-review': { en: 'Early review', cy: 'Adolygiad cynnar' },
  oversight: { en: 'For the IRO\'s attention', cy: 'I sylw\'r SAA' },
  'manager-oversight': { en: 'For the team manager\'s attention', cy: 'I sylw\'r rheolwr tîm' },
  'return-home-conversation': { en: 'Return home conversation', cy: 'Sgwrs dychwelyd adref' },
  'return-home-conversation-follow-up': { en: 'Return home conversation declined: follow up', cy: 'Sgwrs dychwelyd adref wedi\'i gwrthod: dilyn i fyny' },
  'strategy-discussion': { en: 'Strategy discussion', cy: 'Trafodaeth strategaeth' },
  'exploitation-risk-assessment': { en: 'Exploitation risk assessment', cy: 'Asesiad risg camfanteisio' },
};

export const audienceLabels: Record<string, Bilingual> = {
  'social-worker': { en: 'social worker', cy: 'gweithiwr cymdeithasol' },
  iro: { en: 'IRO', cy: 'SAA' },
  provider: { en: 'advocacy provider', cy: 'darparwr eiriolaeth' },
  'team-manager': { en: 'team manager', cy: 'rheolwr tîm' },
};

/**
 * Kinds of which a child has at most one open item: when several rules fire, they are merged into
 * one item, the earliest due date wins and every rule that fired is listed in its facts.
 */
export const oneOpenItemPerChild: readonly string[] = ['reoffer', 'early-review', 'strategy-discussion'];
