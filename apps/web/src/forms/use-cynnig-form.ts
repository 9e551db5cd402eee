// Every Cynnig form works the same way, so each journey only writes its questions:
// validate with the shared zod schema on submit only (never on blur), show the
// error summary and inline messages, map the API's field errors onto the fields,
// show the conflict banner on 409, and keep a draft if the session times out.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyProblemToForm, type SummaryEntry } from '../api/form-problems';
import { ApiProblem, ApiUnavailable } from '../api/problem';
import type { ErrorSummaryItem } from '../components/error-summary/ErrorSummary';
import { useDraft } from '../drafts/use-draft';
import { useSignedInUserId } from '../session/session-context';
import { flattenFieldErrors, messageText } from './field-errors';

export interface CynnigFormOptions<Input extends FieldValues> {
  readonly defaultValues: DefaultValues<Input>;
  /** Keeps a draft in this tab under this id; leave out for forms that must not (sign in). */
  readonly draftId?: string;
  readonly draftOmit?: readonly string[];
  /** Whose draft it is; defaults to the signed-in person (no one signed in: no draft). */
  readonly draftOwner?: string | null;
  /** Called on 401 so the shell can send the user to "you have been signed out". */
  readonly onSignedOut?: () => void;
}

export type FormOutcome = 'idle' | 'saved' | 'conflict' | 'unavailable';

export function useCynnigForm<Input extends FieldValues, Output extends FieldValues>(schema: z.ZodType<Output, Input>, options: CynnigFormOptions<Input>) {
  const { t } = useTranslation();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Input, unknown, Output>,
    defaultValues: options.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false, // the error summary takes focus instead, as GOV.UK does
  });
  const signedInUserId = useSignedInUserId();
  const draftOwner = options.draftOwner === undefined ? signedInUserId : options.draftOwner;
  const draft = useDraft(options.draftId ?? '', form, { owner: options.draftId ? draftOwner : null, omit: options.draftOmit ?? [] });
  const [pageProblems, setPageProblems] = useState<SummaryEntry[]>([]);
  const [outcome, setOutcome] = useState<FormOutcome>('idle');
  const { errors, submitCount } = form.formState;

  const fieldErrors = flattenFieldErrors(errors);
  const summaryKey = JSON.stringify([submitCount, fieldErrors, pageProblems]);
  // A new array only when the errors change, so the summary takes focus once per submit.
  const summaryItems = useMemo<ErrorSummaryItem[]>(
    () => [
      ...fieldErrors.map((error) => ({ field: error.field, message: messageText(error, (key) => t(key)) })),
      ...pageProblems.filter((entry) => entry.field === null).map((entry) => ({ field: null, message: entry.message })),
    ],
    [summaryKey, t],
  );

  function errorFor(name: string): string | undefined {
    const found = fieldErrors.find((error) => error.field === name);
    return found ? messageText(found, (key) => t(key)) : undefined;
  }

  /** Wraps the journey's save: clears the draft on success and turns API answers into what the page shows. */
  function submit(save: (values: Output) => Promise<void>) {
    return (event: FormEvent<HTMLFormElement>) => {
      setPageProblems([]);
      setOutcome('idle');
      return form.handleSubmit(async (values) => {
        try {
          await save(values);
          draft.clear();
          setOutcome('saved');
        } catch (error) {
          if (error instanceof ApiProblem && error.isSignedOut && options.onSignedOut) return options.onSignedOut();
          if (error instanceof ApiProblem && error.isConflict) return setOutcome('conflict');
          if (error instanceof ApiProblem) return setPageProblems(applyProblemToForm(error, form.setError, (name) => form.getValues(name as never) !== undefined));
          if (error instanceof ApiUnavailable) {
            setOutcome('unavailable');
            return setPageProblems([{ field: null, message: t('problems.unavailable') }]);
          }
          throw error;
        }
      })(event);
    };
  }

  /** After the user reloads the latest version, the conflict banner goes until the next save. */
  const clearOutcome = () => setOutcome('idle');

  return { form, summaryItems, hasErrors: summaryItems.length > 0, errorFor, submit, outcome, clearOutcome, draftRestored: draft.restored };
}
