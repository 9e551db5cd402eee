// One record form, the way every Cynnig record is made: the questions (the label is
// the heading when there is only one), then "check your answers" with a Change link
// for each, then save. Errors from the form or the API appear in the summary and
// beside the field, in the user's language; a stale version shows the conflict
// banner with a way to reload; what was typed is kept as a draft in this tab.
import type { Language } from '@cynnig/domain';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { Button } from '../components/button/Button';
import { Checkboxes } from '../components/checkboxes/Checkboxes';
import { ConflictBanner } from '../components/conflict-banner/ConflictBanner';
import { DateInput } from '../components/date-input/DateInput';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { Radios } from '../components/radios/Radios';
import { TextInput } from '../components/text-input/TextInput';
import { Textarea } from '../components/textarea/Textarea';
import { fieldId } from '../forms/field-id';
import { useCynnigForm } from '../forms/use-cynnig-form';
import { formatDate, formatTimestamp } from '../i18n/format';
import { useSession } from '../session/session-context';
import { usePageTitle } from '../shell/page-title';
import { answerText, emptyValues, questionsSchema, type Answers, type Question } from './question';

export interface RecordFormProps {
  /** Names the draft kept in this tab; include the child and case so drafts never mix. */
  readonly formId: string;
  readonly title: string;
  /** Shown above the heading: the child's name, so nobody is asked who the record is about. */
  readonly caption: string;
  readonly questions: readonly Question[];
  readonly save: (answers: Answers) => Promise<void>;
  readonly onSaved: (answers: Answers) => void;
  /** Fetches the latest version after a conflict; the answers typed so far are kept. */
  readonly onReload?: () => Promise<void>;
  /** The API reports fields under this prefix (e.g. "event."), which the form's fields do not have. */
  readonly apiFieldPrefix?: string;
  /** Facts the user should see while answering (never asked again), or prompts to follow. */
  readonly context?: ReactNode;
  readonly saveLabel?: string;
  /** Answers to start from (e.g. an authority's current rule setting); a saved draft still wins. */
  readonly initialValues?: Record<string, unknown>;
  /** Words for question labels that are not translation keys (a rule's own bilingual descriptions). */
  readonly translateLabel?: (key: string) => string;
}

function withoutPrefix(problem: ApiProblem, prefix: string): ApiProblem {
  if (!prefix || problem.fields.every((field) => !field.field.startsWith(prefix))) return problem;
  return new ApiProblem({
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    code: problem.code,
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    errors: problem.fields.map((field) => ({ path: field.field.startsWith(prefix) ? field.field.slice(prefix.length) : field.field, message: field.message })),
  });
}

export function RecordForm({ formId, title, caption, questions, save, onSaved, onReload, apiFieldPrefix = 'event.', context, saveLabel, initialValues, translateLabel }: RecordFormProps) {
  const { t: translate, i18n } = useTranslation();
  const t = translate as (key: string, options?: Record<string, unknown>) => string;
  const label = translateLabel ?? ((key: string) => t(key));
  const language = i18n.language as Language;
  const session = useSession();
  const schema = useRef(questionsSchema(questions)).current;
  const { form, summaryItems, hasErrors, errorFor, submit, outcome, clearOutcome, draftRestored } = useCynnigForm(schema, {
    defaultValues: { ...emptyValues(questions), ...initialValues },
    draftId: formId,
    onSignedOut: () => session.sessionEnded(),
  });
  const [stage, setStage] = useState<'questions' | 'check'>('questions');
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const showing = hasErrors ? 'questions' : stage;
  usePageTitle(showing === 'check' ? t('recordForm.checkTitle') : title, hasErrors);

  useEffect(() => {
    if (showing === 'check') heading.current?.focus();
  }, [showing]);
  useEffect(() => {
    if (showing !== 'questions' || !focusOn) return;
    document.getElementById(fieldId(focusOn))?.focus();
    setFocusOn(null);
  }, [showing, focusOn]);

  const onContinue = form.handleSubmit((values) => {
    setAnswers(values);
    setStage('check');
  });
  const onSave = submit(async (values) => {
    try {
      await save(values);
    } catch (error) {
      throw error instanceof ApiProblem ? withoutPrefix(error, apiFieldPrefix) : error;
    }
    onSaved(values);
  });
  const words = {
    yes: t('common.yes'),
    no: t('common.no'),
    none: t('recordForm.notGiven'),
    formatDate: (date: string) => formatDate(date, language),
    formatMoment: (moment: string) => formatTimestamp(moment, language),
  };
  const single = questions.length === 1;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {outcome === 'conflict' && onReload ? (
          <ConflictBanner
            onReload={() => {
              void onReload().then(() => {
                clearOutcome();
                setStage('check');
              });
            }}
          />
        ) : null}
        <ErrorSummary items={summaryItems} />
        {draftRestored && showing === 'questions' ? (
          <div className="govuk-inset-text" role="status">
            {t('recordForm.draftRestored')}
          </div>
        ) : null}
        {showing === 'check' && answers ? (
          <form onSubmit={onSave} noValidate>
            <span className="govuk-caption-l">{caption}</span>
            <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
              {t('recordForm.checkTitle')}
            </h1>
            <h2 className="govuk-heading-m">{title}</h2>
            <dl className="govuk-summary-list">
              {questions.map((question) => (
                <div className="govuk-summary-list__row" key={question.name}>
                  <dt className="govuk-summary-list__key">{label(question.label)}</dt>
                  <dd className="govuk-summary-list__value">{answerText(question, answers[question.name], language, words)}</dd>
                  <dd className="govuk-summary-list__actions">
                    <a
                      className="govuk-link"
                      href={`#${fieldId(question.name)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        setStage('questions');
                        setFocusOn(question.name);
                      }}
                    >
                      {t('common.change')}
                      <span className="govuk-visually-hidden"> {label(question.label).toLocaleLowerCase()}</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
            <Button disabled={form.formState.isSubmitting}>{saveLabel ?? t('recordForm.save')}</Button>
          </form>
        ) : (
          <form onSubmit={onContinue} noValidate>
            {single ? null : (
              <>
                <span className="govuk-caption-l">{caption}</span>
                <h1 className="govuk-heading-l">{title}</h1>
              </>
            )}
            {single ? <span className="govuk-caption-l">{caption}</span> : null}
            {context}
            {questions.map((question) => (
              <QuestionField key={question.name} question={question} language={language} isPageHeading={single} error={errorFor(question.name)} form={form} label={label} />
            ))}
            <Button>{t('common.continue')}</Button>
          </form>
        )}
      </div>
    </div>
  );
}

type FormHandle = ReturnType<typeof useCynnigForm<Record<string, unknown>, Answers>>['form'];

function QuestionField({ question, language, isPageHeading, error, form, label: words }: { question: Question; language: Language; isPageHeading: boolean; error: string | undefined; form: FormHandle; label: (key: string) => string }) {
  const { t } = useTranslation();
  const label = words(question.label);
  const hint = question.hint ? words(question.hint) : undefined;
  const register = (name: string) => form.register(name as never);
  const optional = ('optional' in question && question.optional) ? ` ${t('common.optional')}` : '';
  switch (question.kind) {
    case 'date':
      return <DateInput name={question.name} legend={label} {...(hint ? { hint } : {})} error={error} isPageHeading={isPageHeading} register={register} />;
    case 'moment':
      return (
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={error ? `${fieldId(question.name)}-error` : undefined}>
            <legend className={`govuk-fieldset__legend ${isPageHeading ? 'govuk-fieldset__legend--l' : 'govuk-fieldset__legend--m'}`}>{isPageHeading ? <h1 className="govuk-fieldset__heading">{label}</h1> : label}</legend>
            {error ? (
              <p id={`${fieldId(question.name)}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">{t('common.errorHidden')}</span> {error}
              </p>
            ) : null}
            <DateInput name={question.name} legend={t('recordForm.momentDate')} register={register} error={undefined} />
            <TextInput label={t('recordForm.momentTime')} hint={t('recordForm.momentTimeHint')} widthClass="govuk-input--width-5" inputMode="numeric" autoComplete="off" {...register(`${question.name}.time`)} />
          </fieldset>
        </div>
      );
    case 'radios':
      return <Radios legend={label} {...(hint ? { hint } : {})} error={error} isPageHeading={isPageHeading} options={question.options(language)} {...register(question.name)} />;
    case 'checkboxes':
      return <Checkboxes legend={`${label}${optional}`} {...(hint ? { hint } : {})} error={error} isPageHeading={isPageHeading} options={question.options(language)} {...register(question.name)} />;
    case 'yes-no':
      return (
        <Radios
          legend={label}
          {...(hint ? { hint } : {})}
          error={error}
          inline
          isPageHeading={isPageHeading}
          options={[
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]}
          {...register(question.name)}
        />
      );
    case 'text':
      return <TextInput label={`${label}${optional}`} {...(hint ? { hint } : {})} error={error} isPageHeading={isPageHeading} {...register(question.name)} />;
    case 'number':
      return <TextInput label={`${label}${optional}`} {...(hint ? { hint } : {})} error={error} isPageHeading={isPageHeading} inputMode="numeric" widthClass="govuk-input--width-4" {...register(question.name)} />;
    case 'textarea':
      return <Textarea label={`${label}${optional}`} {...(hint ? { hint } : {})} error={error} isPageHeading={isPageHeading} {...register(question.name)} />;
  }
}
