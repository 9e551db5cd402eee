// reviews.csv: the child's statutory reviews and what the IRO confirmed about advocacy at each.
// Keyed by child and the day the review was held.
import { reviewAdvocacyFindings, reviewKinds, reviewSchema, type Review } from '@cynnig/domain';
import { authorityColumn, caseReferenceColumn, column } from '../column-layout.js';
import { columnsByField, type ImportFileType, type MappingProblem } from '../file-type.js';
import { staffProblem } from './staff-reference.js';

export const reviewsFile: ImportFileType<'reviews', Review> = {
  kind: 'reviews',
  layout: {
    kind: 'reviews',
    fileName: 'reviews.csv',
    title: { en: 'Reviews of the child\'s case', cy: 'Adolygiadau o achos y plentyn' },
    description: {
      en: 'One row per review held, with what the IRO confirmed about advocacy.',
      cy: 'Un rhes i bob adolygiad a gynhaliwyd, gyda\'r hyn a gadarnhaodd y SAA am eiriolaeth.',
    },
    naturalKey: ['case_reference', 'held_on'],
    columns: [
      authorityColumn,
      caseReferenceColumn,
      column({ name: 'review_kind', format: 'code', codes: reviewKinds.codes, description: { en: 'First, second, later or early review', cy: 'Adolygiad cyntaf, ail, dilynol neu gynnar' }, example: 'first' }),
      column({ name: 'held_on', format: 'date', description: { en: 'The day the review was held', cy: 'Y diwrnod y cynhaliwyd yr adolygiad' }, example: '2023-09-29' }),
      column({ name: 'iro_staff_reference', format: 'staff-reference', required: false, description: { en: 'The IRO who chaired it; empty if not known', cy: 'Y SAA a fu\'n cadeirio; yn wag os nad yw\'n hysbys' }, example: 'IRO-07' }),
      column({ name: 'advocacy_finding', format: 'code', codes: reviewAdvocacyFindings.codes, description: { en: 'What the IRO confirmed about advocacy', cy: 'Yr hyn a gadarnhaodd y SAA am eiriolaeth' }, example: 'knows-and-declined' }),
      column({ name: 'spoke_to_child_privately', format: 'yes-no', description: { en: 'Whether the IRO spoke to the child privately', cy: 'A siaradodd y SAA â\'r plentyn yn breifat' }, example: 'yes' }),
      column({
        name: 'note',
        format: 'text',
        required: false,
        mayBeOmitted: true,
        description: { en: 'A note for the record; never shown outside the authority', cy: 'Nodyn i\'r cofnod; byth yn cael ei ddangos y tu allan i\'r awdurdod' },
        hint: { en: 'use 4000 characters or fewer, or leave empty', cy: 'defnyddiwch 4000 nod neu lai, neu gadewch yn wag' },
        example: '',
      }),
    ],
  },
  schema: reviewSchema,
  toCandidate: (values, context) => {
    const problems: MappingProblem[] = [];
    const iroUserId = values.iro_staff_reference === null ? null : staffProblem(values.iro_staff_reference, 'iro_staff_reference', context, problems);
    return {
      candidate: {
        childId: context.childId,
        kind: values.review_kind,
        heldOn: values.held_on,
        iroUserId,
        advocacyFinding: values.advocacy_finding,
        spokeToChildPrivately: values.spoke_to_child_privately,
        note: values.note,
      },
      problems,
    };
  },
  columnOf: columnsByField(
    { childId: 'case_reference', kind: 'review_kind', heldOn: 'held_on', iroUserId: 'iro_staff_reference', advocacyFinding: 'advocacy_finding', spokeToChildPrivately: 'spoke_to_child_privately', note: 'note' },
    'case_reference',
  ),
  dateOf: (value) => ({ column: 'held_on', date: value.heldOn }),
};
