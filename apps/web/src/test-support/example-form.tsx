// A small question page built the way every Cynnig journey builds one, used by
// the tests of the shared form behaviour (errors, API problems, drafts, conflicts).
import { offerOutcomes, type Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../components/button/Button';
import { ConflictBanner } from '../components/conflict-banner/ConflictBanner';
import { DateInput } from '../components/date-input/DateInput';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { Radios } from '../components/radios/Radios';
import { TextInput } from '../components/text-input/TextInput';
import { optionsFromCodeList } from '../forms/choice-option';
import { datePartsSchema, emptyDateParts } from '../forms/date-parts';
import { useCynnigForm } from '../forms/use-cynnig-form';
import { usePageTitle } from '../shell/page-title';

export const exampleSchema = z.object({
  caseReference: z.string().trim().min(1, 'signIn.errors.emailRequired'),
  offeredOn: datePartsSchema(),
  outcome: offerOutcomes.schema.nullable().refine((value) => value !== null, 'problems.generic'),
});
export type ExampleValues = z.output<typeof exampleSchema>;

/** The person whose drafts the example form keeps, unless a test says otherwise. */
export const exampleOwner = '0f3c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

export function ExampleForm({ save, onSignedOut, draftId = 'example', draftOwner = exampleOwner }: { save: (values: ExampleValues) => Promise<void>; onSignedOut?: () => void; draftId?: string; draftOwner?: string | null }) {
  const { i18n } = useTranslation();
  const { form, summaryItems, hasErrors, errorFor, submit, outcome } = useCynnigForm(exampleSchema, {
    defaultValues: { caseReference: '', offeredOn: emptyDateParts, outcome: null },
    draftId,
    draftOwner,
    ...(onSignedOut ? { onSignedOut } : {}),
  });
  usePageTitle('Example', hasErrors);
  return (
    <>
      {outcome === 'conflict' ? <ConflictBanner onReload={() => undefined} /> : null}
      {outcome === 'saved' ? <p id="saved">saved</p> : null}
      <ErrorSummary items={summaryItems} />
      <form onSubmit={submit(save)} noValidate>
        <TextInput label="Case reference" error={errorFor('caseReference')} {...form.register('caseReference')} />
        <DateInput name="offeredOn" legend="Date of the offer" error={errorFor('offeredOn')} register={form.register} />
        <Radios legend="Outcome" options={optionsFromCodeList(offerOutcomes, i18n.language as Language)} error={errorFor('outcome')} {...form.register('outcome')} />
        <Button />
      </form>
    </>
  );
}
