// Measures of children: who was entitled, and how many social workers they had.
import type { ChildCountMeasure, RatioMeasure } from '../measure.js';
import { entitledDuring } from '../entitlement.js';
import { overlapsPeriod } from '../../period/financial-quarter.js';
import type { ChildWindow } from '../measure.js';

const childPeriodRule = {
  en: 'A child counts in every quarter in which they were entitled on at least one day, and once in the whole period; quarters therefore do not add up to the period. They are described as they were on the last day of the period, or on the last day of their entitlement in it if that was earlier.',
  cy: 'Mae plentyn yn cyfrif ym mhob chwarter pan oedd ganddo hawl am o leiaf un diwrnod, ac unwaith yn y cyfnod cyfan; felly nid yw\'r chwarteri\'n adio i gyfanswm y cyfnod. Caiff ei ddisgrifio fel yr oedd ar ddiwrnod olaf y cyfnod, neu ar ddiwrnod olaf ei hawl yn y cyfnod os oedd hynny\'n gynt.',
};

function socialWorkersDuring({ record, window }: ChildWindow): number {
  const people = new Set<string>();
  for (const allocation of record.allocations) {
    if (allocation.role === 'social-worker' && overlapsPeriod(allocation.start, allocation.end, window)) people.add(allocation.userId);
  }
  return people.size;
}

export const childrenEntitled: ChildCountMeasure = {
  id: 'children-entitled',
  kind: 'count',
  unit: 'child',
  name: { en: 'Children entitled to advocacy', cy: 'Plant sydd â hawl i eiriolaeth' },
  definition: {
    en: 'Children entitled to the Active Offer of advocacy on at least one day in the period.',
    cy: 'Plant a oedd â hawl i\'r cynnig gweithredol o eiriolaeth am o leiaf un diwrnod yn y cyfnod.',
  },
  numerator: { en: 'Children with an entitlement that overlaps the period', cy: 'Plant â hawl sy\'n gorgyffwrdd â\'r cyfnod' },
  denominator: null,
  periodRule: childPeriodRule,
  whatCounts: {
    en: 'Every basis counts: looked after, child protection enquiries leading to a conference, care leaver, care and support needs. A child with several bases counts once.',
    cy: 'Mae pob sail yn cyfrif: derbyn gofal, ymholiadau amddiffyn plant sy\'n arwain at gynhadledd, gadael gofal, anghenion gofal a chymorth. Mae plentyn â sawl sail yn cyfrif unwaith.',
  },
  count: ({ record, window }) => (entitledDuring(record, window) ? 1 : 0),
};

export const socialWorkerAllocations: ChildCountMeasure = {
  id: 'social-worker-allocations',
  kind: 'count',
  unit: 'child',
  name: { en: 'Social workers allocated to entitled children', cy: 'Gweithwyr cymdeithasol a ddyrannwyd i blant sydd â hawl' },
  definition: {
    en: 'For each entitled child, the number of different social workers allocated to them at any time in the period, added up.',
    cy: 'Ar gyfer pob plentyn sydd â hawl, nifer y gweithwyr cymdeithasol gwahanol a ddyrannwyd iddo ar unrhyw adeg yn y cyfnod, wedi\'u hadio at ei gilydd.',
  },
  numerator: { en: 'Different social workers per entitled child, summed', cy: 'Gweithwyr cymdeithasol gwahanol fesul plentyn sydd â hawl, wedi\'u hadio' },
  denominator: null,
  periodRule: childPeriodRule,
  whatCounts: {
    en: 'Social worker allocations that overlap the period; the same social worker allocated twice counts once. IRO allocations do not count.',
    cy: 'Dyraniadau gweithwyr cymdeithasol sy\'n gorgyffwrdd â\'r cyfnod; mae\'r un gweithiwr cymdeithasol a ddyrannwyd ddwywaith yn cyfrif unwaith. Nid yw dyraniadau swyddogion adolygu annibynnol yn cyfrif.',
  },
  count: (child) => (entitledDuring(child.record, child.window) ? socialWorkersDuring(child) : 0),
};

export const socialWorkersPerChild: RatioMeasure = {
  id: 'social-workers-per-child',
  kind: 'ratio',
  proportion: false,
  numeratorId: 'social-worker-allocations',
  denominatorId: 'children-entitled',
  name: { en: 'Social workers per child', cy: 'Gweithwyr cymdeithasol fesul plentyn' },
  definition: {
    en: 'The average number of different social workers an entitled child had in the period.',
    cy: 'Nifer cyfartalog y gweithwyr cymdeithasol gwahanol a gafodd plentyn sydd â hawl yn y cyfnod.',
  },
  numerator: socialWorkerAllocations.numerator,
  denominator: childrenEntitled.numerator,
  periodRule: childPeriodRule,
  whatCounts: socialWorkerAllocations.whatCounts,
};

export const childrenWithThreeOrMoreSocialWorkers: ChildCountMeasure = {
  id: 'children-three-or-more-social-workers',
  kind: 'count',
  unit: 'child',
  name: { en: 'Children with three or more social workers', cy: 'Plant â thri neu fwy o weithwyr cymdeithasol' },
  definition: {
    en: 'Entitled children who had three or more different social workers allocated in the period.',
    cy: 'Plant sydd â hawl a gafodd dri neu fwy o weithwyr cymdeithasol gwahanol wedi\'u dyrannu yn y cyfnod.',
  },
  numerator: { en: 'Entitled children with three or more different social workers', cy: 'Plant sydd â hawl â thri neu fwy o weithwyr cymdeithasol gwahanol' },
  denominator: null,
  periodRule: childPeriodRule,
  whatCounts: socialWorkerAllocations.whatCounts,
  count: (child) => (entitledDuring(child.record, child.window) && socialWorkersDuring(child) >= 3 ? 1 : 0),
};

export const childMeasures = [childrenEntitled, socialWorkerAllocations, socialWorkersPerChild, childrenWithThreeOrMoreSocialWorkers] as const;
export { childPeriodRule };
