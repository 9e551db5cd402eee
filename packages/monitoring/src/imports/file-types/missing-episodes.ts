// missing-episodes.csv: episodes of going missing or being away without authorisation, with the
// return home conversation so far. Keyed by child and the moment the episode started.
import { absenceKinds, exploitationIndicators, londonDateOf, missingEpisodeSummarySchema, riskGrades, type MissingEpisodeSummary } from '@cynnig/domain';
import { authorityColumn, caseReferenceColumn, column } from '../column-layout.js';
import { columnsByField, type ImportFileType } from '../file-type.js';

export const missingEpisodesFile: ImportFileType<'missing-episodes', MissingEpisodeSummary> = {
  kind: 'missing-episodes',
  layout: {
    kind: 'missing-episodes',
    fileName: 'missing-episodes.csv',
    title: { en: 'Missing episodes', cy: 'Cyfnodau o fynd ar goll' },
    description: {
      en: 'One row per episode. Times without an offset are UK time; episodes of one child must not overlap.',
      cy: 'Un rhes i bob cyfnod. Amser y DU yw amseroedd heb wrthbwyso; ni ddylai cyfnodau un plentyn orgyffwrdd.',
    },
    naturalKey: ['case_reference', 'started_at'],
    columns: [
      authorityColumn,
      caseReferenceColumn,
      column({ name: 'absence_kind', format: 'code', codes: absenceKinds.codes, description: { en: 'Missing (whereabouts unknown) or away without authorisation', cy: 'Ar goll (ddim yn gwybod ble) neu i ffwrdd heb awdurdod' }, example: 'missing' }),
      column({ name: 'risk_grade', format: 'code', codes: riskGrades.codes, description: { en: 'The police risk grade', cy: 'Gradd risg yr heddlu' }, example: 'medium' }),
      column({ name: 'started_at', format: 'timestamp', description: { en: 'When the child left or was last seen', cy: 'Pryd yr aeth y plentyn, neu pryd y gwelwyd y plentyn ddiwethaf' }, example: '2024-05-01T22:15' }),
      column({ name: 'ended_at', format: 'timestamp', required: false, description: { en: 'When the child was found or returned; empty while still missing', cy: 'Pryd y daethpwyd o hyd i\'r plentyn neu pryd y dychwelodd; yn wag tra mae ar goll o hyd' }, example: '2024-05-02T09:40' }),
      column({ name: 'conversation_offered_at', format: 'timestamp', required: false, description: { en: 'When a return home conversation was offered', cy: 'Pryd y cynigiwyd sgwrs dychwelyd adref' }, example: '2024-05-02T15:00' }),
      column({ name: 'conversation_held_at', format: 'timestamp', required: false, description: { en: 'When the return home conversation was held', cy: 'Pryd y cynhaliwyd y sgwrs dychwelyd adref' }, example: '' }),
      column({ name: 'conversation_declined', format: 'yes-no', description: { en: 'Whether the child declined the conversation', cy: 'A wrthododd y plentyn y sgwrs' }, example: 'no' }),
      column({ name: 'exploitation_indicators', format: 'codes', codes: exploitationIndicators.codes, required: false, mayBeOmitted: true, description: { en: 'Signs of exploitation noted', cy: 'Arwyddion o gamfanteisio a nodwyd' }, example: 'travel-out-of-area;older-associates' }),
    ],
  },
  schema: missingEpisodeSummarySchema,
  toCandidate: (values, context) => ({
    candidate: {
      childId: context.childId,
      kind: values.absence_kind,
      riskGrade: values.risk_grade,
      startedAt: values.started_at,
      endedAt: values.ended_at,
      conversationOfferedAt: values.conversation_offered_at,
      conversationHeldAt: values.conversation_held_at,
      conversationDeclined: values.conversation_declined,
      exploitationIndicators: values.exploitation_indicators,
    },
    problems: [],
  }),
  columnOf: columnsByField(
    {
      childId: 'case_reference',
      kind: 'absence_kind',
      riskGrade: 'risk_grade',
      startedAt: 'started_at',
      endedAt: 'ended_at',
      conversationOfferedAt: 'conversation_offered_at',
      conversationHeldAt: 'conversation_held_at',
      conversationDeclined: 'conversation_declined',
      exploitationIndicators: 'exploitation_indicators',
    },
    'case_reference',
  ),
  crossFieldReasons: { ended_at: { en: 'the return must be after started_at', cy: 'rhaid i\'r dychwelyd fod ar ôl started_at' } },
  // Imported times are UTC ('...Z'); only a time from 23:00 UTC can fall on the next day in London.
  dateOf: (value) => ({ column: 'started_at', date: value.startedAt.slice(11, 13) < '23' ? value.startedAt.slice(0, 10) : londonDateOf(value.startedAt) }),
};
