// entitlements.csv: the bases on which a child is entitled to advocacy, each with its own start
// and end. Keyed by child, basis and start date.
import { entitlementBases, entitlementEndReasons, entitlementSchema, type Entitlement } from '@cynnig/domain';
import { authorityColumn, caseReferenceColumn, column } from '../column-layout.js';
import { columnsByField, endBeforeStart, type ImportFileType } from '../file-type.js';

export const entitlementsFile: ImportFileType<'entitlements', Entitlement> = {
  kind: 'entitlements',
  layout: {
    kind: 'entitlements',
    fileName: 'entitlements.csv',
    title: { en: 'Entitlements to advocacy', cy: 'Hawliau i eiriolaeth' },
    description: {
      en: 'One row per basis of entitlement: becoming looked after, child protection enquiries, leaving care, care and support needs.',
      cy: 'Un rhes i bob sail dros yr hawl: dechrau derbyn gofal, ymholiadau amddiffyn plant, gadael gofal, anghenion gofal a chymorth.',
    },
    naturalKey: ['case_reference', 'basis', 'start_date'],
    columns: [
      authorityColumn,
      caseReferenceColumn,
      column({ name: 'basis', format: 'code', codes: entitlementBases.codes, description: { en: 'Why the child is entitled', cy: 'Pam mae gan y plentyn hawl' }, example: 'looked-after' }),
      column({ name: 'start_date', format: 'date', description: { en: 'The day the entitlement began', cy: 'Y diwrnod y dechreuodd yr hawl' }, example: '2023-09-04' }),
      column({ name: 'end_date', format: 'date', required: false, description: { en: 'The day it ended; empty while it lasts', cy: 'Y diwrnod y daeth i ben; yn wag tra mae\'n parhau' }, example: '' }),
      column({ name: 'end_reason', format: 'code', codes: entitlementEndReasons.codes, required: false, description: { en: 'Why it ended; given with end_date', cy: 'Pam y daeth i ben; gydag end_date' }, example: '' }),
    ],
  },
  schema: entitlementSchema,
  toCandidate: (values, context) => ({
    candidate: { childId: context.childId, basis: values.basis, start: values.start_date, end: values.end_date, endReason: values.end_reason },
    problems: [],
  }),
  columnOf: columnsByField({ childId: 'case_reference', basis: 'basis', start: 'start_date', end: 'end_date', endReason: 'end_reason' }, 'case_reference'),
  crossFieldReasons: {
    end_date: endBeforeStart('start_date'),
    end_reason: { en: 'give both end_date and end_reason, or leave both empty', cy: 'rhowch end_date ac end_reason, neu gadewch y ddau yn wag' },
  },
  dateOf: (value) => ({ column: 'start_date', date: value.start }),
};
