// Things that happen in a child's life that a social worker records (or a case system imports).
// Many of them are re-offer triggers; the rules decide which.
import { defineCodeList } from '../code-list.js';

export const lifeEventKinds = defineCodeList('lifeEventKind', [
  { code: 'placement-move', en: 'Placement move', cy: 'Symud lleoliad' },
  { code: 'school-move', en: 'School move', cy: 'Symud ysgol' },
  { code: 'review-held', en: 'Statutory review held', cy: 'Adolygiad statudol wedi\'i gynnal' },
  { code: 'complaint', en: 'Complaint or representation made', cy: 'Cwyn neu sylwadau wedi\'u gwneud' },
  { code: 'social-worker-change', en: 'New social worker allocated', cy: 'Gweithiwr cymdeithasol newydd wedi\'i ddyrannu' },
  { code: 'iro-change', en: 'New IRO allocated', cy: 'Swyddog adolygu annibynnol newydd wedi\'i ddyrannu' },
  { code: 'legal-status-change', en: 'Change of legal status', cy: 'Newid statws cyfreithiol' },
  { code: 'care-proceedings-milestone', en: 'Care proceedings milestone', cy: 'Carreg filltir achos gofal' },
  { code: 'pathway-plan-started', en: 'Pathway planning started', cy: 'Cynllunio llwybr wedi dechrau' },
  { code: 'left-care', en: 'Left care', cy: 'Wedi gadael gofal' },
  { code: 'stop-looking-after-proposed', en: 'Proposal to stop looking after the child', cy: 'Cynnig i beidio â gofalu am y plentyn mwyach' },
  { code: 'child-protection-conference', en: 'Child protection conference held', cy: 'Cynhadledd amddiffyn plant wedi\'i chynnal' },
  { code: 'entered-secure-or-custody', en: 'Entered secure accommodation or custody', cy: 'Wedi mynd i lety diogel neu i\'r ddalfa' },
  { code: 'risk-of-harm-concern', en: 'Concern about risk of harm', cy: 'Pryder am risg o niwed' },
  { code: 'child-requested-review', en: 'The child asked for a review', cy: 'Gofynnodd y plentyn am adolygiad' },
  { code: 'child-requested-advocate', en: 'The child asked for an advocate', cy: 'Gofynnodd y plentyn am eiriolwr' },
] as const);
export type LifeEventKind = (typeof lifeEventKinds.codes)[number];
