// The names, kinds and plain-language labels (English and Welsh) of every fact a rule may read.
// Rule files are checked against this list when loaded, and explanations and the catalogue
// describe conditions with these labels.
import type { Bilingual } from '@cynnig/domain';

export type FactKind = 'date' | 'timestamp' | 'number' | 'boolean' | 'text';

export interface FactDefinition {
  readonly kind: FactKind;
  readonly label: Bilingual;
  /** Which rule sets may read it: child facts, episode facts, or both (episode rules also see the child's facts). */
  readonly scope: 'child' | 'missing-episode';
  /** For facts computed with parameters: the parameter names they take. */
  readonly params?: readonly string[];
  /** For facts set while the rules run by a higher-priority rule's due item (see `publishes` in rule files). */
  readonly published?: true;
}

const f = (kind: FactKind, en: string, cy: string, scope: 'child' | 'missing-episode' = 'child'): FactDefinition => ({ kind, label: { en, cy }, scope });

export const factDictionary = {
  referenceDate: f('date', 'the reference date', 'y dyddiad cyfeirio'),
  childId: f('text', 'the child', 'y plentyn'),
  authorityCode: f('text', 'the responsible authority', 'yr awdurdod cyfrifol'),
  ageYears: f('number', 'the child\'s age in years', 'oed y plentyn mewn blynyddoedd'),
  turns16On: f('date', 'the child\'s 16th birthday', 'pen-blwydd y plentyn yn 16'),
  turns18On: f('date', 'the child\'s 18th birthday', 'pen-blwydd y plentyn yn 18'),
  entitledNow: f('boolean', 'entitled to the Active Offer now', 'â hawl i\'r cynnig gweithredol nawr'),
  entitlementBasesNow: f('text', 'the bases of entitlement now', 'seiliau\'r hawl nawr'),
  lookedAfterNow: f('boolean', 'looked after now', 'yn derbyn gofal nawr'),
  lookedAfterSince: f('date', 'the date the child became looked after', 'y dyddiad y dechreuodd y plentyn dderbyn gofal'),
  entitlementStartedOn: f('date', 'the date the entitlement started', 'y dyddiad y dechreuodd yr hawl'),
  entitlementTrigger: f('text', 'what started the entitlement', 'beth a ddechreuodd yr hawl'),
  hasPmld: f('boolean', 'has profound and multiple learning disabilities', 'ag anableddau dysgu dwys a lluosog'),
  needsInterpreter: f('boolean', 'needs an interpreter or signer', 'angen cyfieithydd neu ddehonglwr iaith arwyddion'),
  prefersWelsh: f('boolean', 'Welsh is the child\'s first or preferred language', 'Cymraeg yw iaith gyntaf neu ddewis iaith y plentyn'),
  placementType: f('text', 'the type of the current placement', 'math y lleoliad presennol'),
  placementStartedOn: f('date', 'the date the current placement started', 'y dyddiad y dechreuodd y lleoliad presennol'),
  residentialPlacement: f('boolean', 'placed in a children\'s home', 'wedi\'i leoli mewn cartref plant'),
  visitingAdvocacyInHome: f('boolean', 'the children\'s home has a visiting advocate', 'mae gan y cartref plant eiriolwr sy\'n ymweld'),
  placedOutOfArea: f('boolean', 'placed in another Welsh authority\'s area', 'wedi\'i leoli yn ardal awdurdod arall yng Nghymru'),
  placedOutOfWales: f('boolean', 'placed outside Wales', 'wedi\'i leoli y tu allan i Gymru'),
  placementDistanceKm: f('number', 'the distance of the placement from home in km', 'pellter y lleoliad o\'r cartref mewn km'),
  offerRounds: f('number', 'the number of Active Offer rounds', 'nifer y rowndiau o\'r cynnig gweithredol'),
  caseId: f('text', 'the Active Offer case', 'achos y cynnig gweithredol'),
  caseState: f('text', 'the state of the Active Offer case', 'cyflwr achos y cynnig gweithredol'),
  currentRound: f('number', 'the current round', 'y rownd bresennol'),
  currentRoundIsReoffer: f('boolean', 'the current round is a re-offer', 'ail-gynnig yw\'r rownd bresennol'),
  currentRoundTriggeredOn: f('date', 'the date the current round was triggered', 'y dyddiad y sbardunwyd y rownd bresennol'),
  currentRoundTrigger: f('text', 'what triggered the current round', 'beth a sbardunodd y rownd bresennol'),
  currentRoundReferredOn: f('date', 'the date of the referral to the provider in the open round', 'dyddiad yr atgyfeiriad at y darparwr yn y rownd agored'),
  currentRoundMode: f('text', 'the mode of advocacy in the current round', 'y math o eiriolaeth yn y rownd bresennol'),
  roundOpen: f('boolean', 'a round is under way', 'mae rownd ar y gweill'),
  initialOfferPending: f('boolean', 'the first Active Offer is still to be made', 'mae\'r cynnig gweithredol cyntaf eto i\'w wneud'),
  reofferRoundPending: f('boolean', 'a re-offer round is open and the offer is still to be made', 'mae rownd ail-gynnig ar agor a\'r cynnig eto i\'w wneud'),
  offerPending: f('boolean', 'an offer or re-offer is still to be made', 'mae cynnig neu ail-gynnig eto i\'w wneud'),
  offerStartedOn: f('date', 'the date the pending offer was triggered', 'y dyddiad y sbardunwyd y cynnig sydd i\'w wneud'),
  outcomeAwaitedSince: f('date', 'the date the offer was made and its outcome awaited', 'y dyddiad y gwnaed y cynnig ac y disgwylir ei ganlyniad'),
  advocacyActive: f('boolean', 'the child has an advocate now (offer accepted)', 'mae gan y plentyn eiriolwr nawr (cynnig wedi\'i dderbyn)'),
  awaitingReoffer: f('boolean', 'the case is waiting for a re-offer', 'mae\'r achos yn aros am ail-gynnig'),
  lastOutcome: f('text', 'the outcome of the last offer', 'canlyniad y cynnig diwethaf'),
  lastOutcomeOn: f('date', 'the date of the last outcome', 'dyddiad y canlyniad diwethaf'),
  lastRoundClosedOn: f('date', 'the date the last round closed', 'y dyddiad y caeodd y rownd ddiwethaf'),
  declines: f('number', 'the number of declines or opt-outs', 'nifer y troeon y gwrthodwyd neu yr optiwyd allan'),
  lastDeclineOn: f('date', 'the date of the last decline', 'dyddiad y gwrthodiad diwethaf'),
  spokeToChildPrivatelySinceLastDecline: f('boolean', 'the IRO has spoken to the child privately at a review since the last decline', 'mae\'r SAA wedi siarad â\'r plentyn yn breifat mewn adolygiad ers y gwrthodiad diwethaf'),
  placementMoveSinceLastRound: f('date', 'the first placement move since the last round', 'y symud lleoliad cyntaf ers y rownd ddiwethaf'),
  outOfAreaMoveSinceLastRound: f('date', 'the first move out of the area or out of Wales since the last round', 'y symud cyntaf allan o\'r ardal neu allan o Gymru ers y rownd ddiwethaf'),
  schoolMoveSinceLastRound: f('date', 'the first school move since the last round', 'y symud ysgol cyntaf ers y rownd ddiwethaf'),
  missingReturnSinceLastRound: f('date', 'the first return from a missing episode since the last round', 'y dychwelyd cyntaf ar ôl cyfnod ar goll ers y rownd ddiwethaf'),
  complaintSinceLastRound: f('date', 'the first complaint or representation since the last round', 'y gŵyn neu\'r sylwadau cyntaf ers y rownd ddiwethaf'),
  socialWorkerChangeSinceLastRound: f('date', 'the first change of social worker since the last round', 'y newid gweithiwr cymdeithasol cyntaf ers y rownd ddiwethaf'),
  iroChangeSinceLastRound: f('date', 'the first change of IRO since the last round', 'y newid SAA cyntaf ers y rownd ddiwethaf'),
  legalStatusChangeSinceLastRound: f('date', 'the first care proceedings milestone or change of legal status since the last round', 'y garreg filltir achos gofal neu\'r newid statws cyfreithiol cyntaf ers y rownd ddiwethaf'),
  turning16SinceLastRound: f('date', 'turning 16 or the start of pathway planning since the last round', 'troi\'n 16 neu ddechrau cynllunio llwybr ers y rownd ddiwethaf'),
  leavingCare18SinceLastRound: f('date', 'turning 18 or leaving care since the last round', 'troi\'n 18 neu adael gofal ers y rownd ddiwethaf'),
  stopLookingAfterSinceLastRound: f('date', 'a proposal to stop looking after the child since the last round', 'cynnig i beidio â gofalu am y plentyn ers y rownd ddiwethaf'),
  childProtectionConferenceSinceLastRound: f('date', 'the first child protection conference since the last round', 'y gynhadledd amddiffyn plant gyntaf ers y rownd ddiwethaf'),
  secureOrCustodySinceLastRound: f('date', 'entering secure accommodation or custody since the last round', 'mynd i lety diogel neu i\'r ddalfa ers y rownd ddiwethaf'),
  childAskedForAdvocateSinceLastRound: f('date', 'the child asking for an advocate since the last round', 'y plentyn yn gofyn am eiriolwr ers y rownd ddiwethaf'),
  reviewsHeld: f('number', 'the number of reviews held since the child became looked after', 'nifer yr adolygiadau a gynhaliwyd ers i\'r plentyn ddechrau derbyn gofal'),
  lastReviewOn: f('date', 'the date of the last review', 'dyddiad yr adolygiad diwethaf'),
  missingEpisodesSinceLastReview: f('number', 'the number of missing episodes since the last review', 'nifer y cyfnodau ar goll ers yr adolygiad diwethaf'),
  lastMissingStartedOn: f('date', 'the date the latest missing episode since the last review started', 'y dyddiad y dechreuodd y cyfnod ar goll diweddaraf ers yr adolygiad diwethaf'),
  currentlyMissing: f('boolean', 'missing or away now', 'ar goll neu i ffwrdd nawr'),
  riskOfHarmConcernSinceLastReview: f('date', 'a concern about risk of harm since the last review', 'pryder am risg o niwed ers yr adolygiad diwethaf'),
  childRequestedReviewSinceLastReview: f('date', 'the child asking for a review since the last review', 'y plentyn yn gofyn am adolygiad ers yr adolygiad diwethaf'),
  stopLookingAfterProposedSinceLastReview: f('date', 'a proposal to stop looking after the child since the last review', 'cynnig i beidio â gofalu am y plentyn ers yr adolygiad diwethaf'),
  socialWorkerAllocated: f('boolean', 'a social worker is allocated', 'mae gweithiwr cymdeithasol wedi\'i ddyrannu'),
  socialWorkerUnallocatedSince: f('date', 'the date the child has been without a social worker since', 'y dyddiad ers pan mae\'r plentyn heb weithiwr cymdeithasol'),
  missingEpisodes: f('number', 'the number of missing episodes recorded', 'nifer y cyfnodau ar goll a gofnodwyd'),
  // computed with parameters
  dateOf: { kind: 'date', label: { en: 'the date', cy: 'y dyddiad' }, scope: 'child', params: ['fact', 'factParams', 'workingDays', 'days', 'daysBefore', 'months', 'hours'] },
  offerDueOn: { kind: 'date', label: { en: 'the date the pending offer is due', cy: 'y dyddiad y mae\'r cynnig sydd i\'w wneud yn ddyledus' }, scope: 'child', params: ['referralWorkingDays', 'offerWorkingDays'] },
  nextReviewDueOn: { kind: 'date', label: { en: 'the date the next review is due', cy: 'y dyddiad y mae\'r adolygiad nesaf yn ddyledus' }, scope: 'child', params: ['firstReviewWorkingDays', 'secondReviewMonths', 'laterReviewMonths'] },
  episodesInPeriod: { kind: 'number', label: { en: 'the number of missing episodes in the period', cy: 'nifer y cyfnodau ar goll yn y cyfnod' }, scope: 'child', params: ['days'] },
  // set while the rules run
  pendingOfferDueOn: { kind: 'date', label: { en: 'the date the first Active Offer is due', cy: 'y dyddiad y mae\'r cynnig gweithredol cyntaf yn ddyledus' }, scope: 'child', published: true },
  pendingReofferDueOn: { kind: 'date', label: { en: 'the date the re-offer is due', cy: 'y dyddiad y mae\'r ail-gynnig yn ddyledus' }, scope: 'child', published: true },
  nextOfferDueOn: { kind: 'date', label: { en: 'the date the next offer or re-offer is due', cy: 'y dyddiad y mae\'r cynnig neu\'r ail-gynnig nesaf yn ddyledus' }, scope: 'child', published: true },
  // episode facts
  episodeId: f('text', 'the missing episode', 'y cyfnod ar goll', 'missing-episode'),
  episodeStartedAt: f('timestamp', 'the time the child went missing', 'yr amser yr aeth y plentyn ar goll', 'missing-episode'),
  episodeReturnedAt: f('timestamp', 'the time the child returned', 'yr amser y dychwelodd y plentyn', 'missing-episode'),
  episodeReturnedOn: f('date', 'the date the child returned', 'y dyddiad y dychwelodd y plentyn', 'missing-episode'),
  daysSinceReturn: f('number', 'the days since the child returned', 'y dyddiau ers i\'r plentyn ddychwelyd', 'missing-episode'),
  episodeDurationHours: f('number', 'how long the episode lasted in hours', 'hyd y cyfnod mewn oriau', 'missing-episode'),
  episodeRiskGrade: f('text', 'the police risk grade of the episode', 'gradd risg yr heddlu ar gyfer y cyfnod', 'missing-episode'),
  episodeNumber: f('number', 'the number of this episode for the child', 'rhif y cyfnod hwn i\'r plentyn', 'missing-episode'),
  firstEpisode: f('boolean', 'this is the child\'s first recorded episode', 'dyma gyfnod cyntaf y plentyn a gofnodwyd', 'missing-episode'),
  conversationOffered: f('boolean', 'a return home conversation has been offered', 'mae sgwrs dychwelyd adref wedi\'i chynnig', 'missing-episode'),
  conversationHeld: f('boolean', 'the return home conversation has been held', 'mae\'r sgwrs dychwelyd adref wedi\'i chynnal', 'missing-episode'),
  conversationDeclined: f('boolean', 'the child declined the return home conversation', 'gwrthododd y plentyn y sgwrs dychwelyd adref', 'missing-episode'),
  exploitationIndicatorsThisEpisode: f('number', 'exploitation indicators recorded for this episode', 'dangosyddion camfanteisio a gofnodwyd ar gyfer y cyfnod hwn', 'missing-episode'),
  exploitationIndicatorsBefore: f('number', 'exploitation indicators recorded for earlier episodes', 'dangosyddion camfanteisio a gofnodwyd ar gyfer cyfnodau cynharach', 'missing-episode'),
} as const satisfies Record<string, FactDefinition>;

export type FactName = keyof typeof factDictionary;

export function isFactName(name: string): name is FactName {
  return Object.hasOwn(factDictionary, name);
}
