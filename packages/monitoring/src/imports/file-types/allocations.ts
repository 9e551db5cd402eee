// allocations.csv: the social worker and IRO allocated to a child over time. Workers are named by
// the staff reference the council's case system uses and must already have a Cynnig account.
import { allocationSchema, type Allocation } from '@cynnig/domain';
import { authorityColumn, caseReferenceColumn, column } from '../column-layout.js';
import { columnsByField, endBeforeStart, type ImportFileType, type MappingProblem } from '../file-type.js';
import { staffProblem } from './staff-reference.js';

export const allocationsFile: ImportFileType<'allocations', Allocation> = {
  kind: 'allocations',
  layout: {
    kind: 'allocations',
    fileName: 'allocations.csv',
    title: { en: 'Allocated workers', cy: 'Gweithwyr a neilltuwyd' },
    description: {
      en: 'One row per allocation of a social worker or IRO to a child.',
      cy: 'Un rhes i bob tro y neilltuwyd gweithiwr cymdeithasol neu SAA i blentyn.',
    },
    naturalKey: ['case_reference', 'role', 'start_date'],
    columns: [
      authorityColumn,
      caseReferenceColumn,
      column({ name: 'role', format: 'code', codes: allocationSchema.shape.role.options, description: { en: 'Social worker or Independent Reviewing Officer (IRO)', cy: 'Gweithiwr cymdeithasol neu swyddog adolygu annibynnol (SAA)' }, example: 'social-worker' }),
      column({ name: 'staff_reference', format: 'staff-reference', description: { en: 'The worker\'s staff reference in the case system', cy: 'Cyfeirnod staff y gweithiwr yn y system achosion' }, example: 'SW-0193' }),
      column({ name: 'start_date', format: 'date', description: { en: 'The day the worker was allocated', cy: 'Y diwrnod y neilltuwyd y gweithiwr' }, example: '2023-09-04' }),
      column({ name: 'end_date', format: 'date', required: false, description: { en: 'The day the allocation ended; empty while it lasts', cy: 'Y diwrnod y daeth y neilltuo i ben; yn wag tra mae\'n parhau' }, example: '' }),
    ],
  },
  schema: allocationSchema,
  toCandidate: (values, context) => {
    const problems: MappingProblem[] = [];
    const userId = staffProblem(values.staff_reference, 'staff_reference', context, problems);
    return { candidate: { childId: context.childId, role: values.role, userId, start: values.start_date, end: values.end_date }, problems };
  },
  columnOf: columnsByField({ childId: 'case_reference', role: 'role', userId: 'staff_reference', start: 'start_date', end: 'end_date' }, 'case_reference'),
  crossFieldReasons: { end_date: endBeforeStart('start_date') },
};
