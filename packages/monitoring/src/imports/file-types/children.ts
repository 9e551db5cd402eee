// children.csv: one row per child, keyed by case reference. Every other file refers to these rows
// (or to children Cynnig already holds) by the same case reference.
import { asylumStatuses, childSchema, communicationNeeds, disabilityStatuses, legalStatuses, spokenLanguages, type Child } from '@cynnig/domain';
import { authorityColumn, caseReferenceColumn, column } from '../column-layout.js';
import { columnsByField, type ImportFileType } from '../file-type.js';

const nameHint = { en: 'enter the name in 100 characters or fewer', cy: 'rhowch yr enw mewn 100 nod neu lai' };

export const childrenFile: ImportFileType<'children', Child> = {
  kind: 'children',
  layout: {
    kind: 'children',
    fileName: 'children.csv',
    title: { en: 'Children', cy: 'Plant' },
    description: {
      en: 'One row per child: who they are, their legal status, languages and needs.',
      cy: 'Un rhes i bob plentyn: pwy ydyn nhw, eu statws cyfreithiol, eu hieithoedd a\'u hanghenion.',
    },
    naturalKey: ['case_reference'],
    columns: [
      authorityColumn,
      caseReferenceColumn,
      column({ name: 'given_name', format: 'text', description: { en: 'First name', cy: 'Enw cyntaf' }, hint: nameHint, example: 'Seren' }),
      column({ name: 'family_name', format: 'text', description: { en: 'Last name', cy: 'Cyfenw' }, hint: nameHint, example: 'Jones' }),
      column({ name: 'date_of_birth', format: 'date', description: { en: 'Date of birth', cy: 'Dyddiad geni' }, example: '2012-03-31' }),
      column({ name: 'legal_status', format: 'code', codes: legalStatuses.codes, description: { en: 'Current legal status', cy: 'Statws cyfreithiol presennol' }, example: 'full-care-order' }),
      column({ name: 'preferred_language', format: 'code', codes: spokenLanguages.codes, description: { en: 'The language the child prefers to be spoken to in', cy: 'Yr iaith sy\'n well gan y plentyn pan fydd pobl yn siarad ag ef neu â hi' }, example: 'cy' }),
      column({ name: 'first_language', format: 'code', codes: spokenLanguages.codes, description: { en: 'The child\'s first language', cy: 'Iaith gyntaf y plentyn' }, example: 'cy' }),
      column({
        name: 'other_language_name',
        format: 'text',
        required: false,
        mayBeOmitted: true,
        description: { en: 'The language, when the first or preferred language is another language', cy: 'Yr iaith, pan fo\'r iaith gyntaf neu\'r iaith a ffefrir yn iaith arall' },
        hint: { en: 'name the language in 60 characters or fewer, or leave empty', cy: 'enwch yr iaith mewn 60 nod neu lai, neu gadewch yn wag' },
        example: '',
      }),
      column({ name: 'communication_needs', format: 'codes', codes: communicationNeeds.codes, required: false, mayBeOmitted: true, description: { en: 'How the child communicates, for adjusting the offer', cy: 'Sut mae\'r plentyn yn cyfathrebu, er mwyn addasu\'r cynnig' }, example: 'easy-read;symbols' }),
      column({ name: 'disability', format: 'code', codes: disabilityStatuses.codes, description: { en: 'Disability', cy: 'Anabledd' }, example: 'none' }),
      column({ name: 'asylum_status', format: 'code', codes: asylumStatuses.codes, description: { en: 'Asylum status', cy: 'Statws lloches' }, example: 'not-asylum-seeking' }),
    ],
  },
  schema: childSchema,
  toCandidate: (values) => ({
    candidate: {
      authorityCode: values.authority_code,
      caseReference: values.case_reference,
      givenName: values.given_name ?? '',
      familyName: values.family_name ?? '',
      dateOfBirth: values.date_of_birth,
      legalStatus: values.legal_status,
      preferredLanguage: values.preferred_language,
      firstLanguage: values.first_language,
      otherLanguageName: values.other_language_name,
      communicationNeeds: values.communication_needs,
      disability: values.disability,
      asylumStatus: values.asylum_status,
    },
    problems: [],
  }),
  columnOf: columnsByField(
    {
      authorityCode: 'authority_code',
      caseReference: 'case_reference',
      givenName: 'given_name',
      familyName: 'family_name',
      dateOfBirth: 'date_of_birth',
      legalStatus: 'legal_status',
      preferredLanguage: 'preferred_language',
      firstLanguage: 'first_language',
      otherLanguageName: 'other_language_name',
      communicationNeeds: 'communication_needs',
      disability: 'disability',
      asylumStatus: 'asylum_status',
    },
    'case_reference',
  ),
};
