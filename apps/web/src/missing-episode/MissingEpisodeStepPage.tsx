// Records a missing episode (opening it with the report) or the next step of one:
// the return, and each part of the return home conversation. For the conversation
// itself the page shows the prompts the rules give for this episode (first or
// repeat, long, high risk, exploitation seen before) beside the questions.
import { type ChildRecord, type Language, type MissingEpisodeEventType } from '@cynnig/domain';
import { returnHomeConversationPrompts } from '@cynnig/rules';
import { eventLabel } from '@cynnig/workflows';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import type { CaseView } from '../api/workflow-cases';
import { todayInWales } from '../record-forms/question';
import { StepPage } from '../record-forms/StepPage';
import { isMissingEpisodeEventType, missingEpisodeEventOf, missingEpisodeQuestions } from './missing-episode-steps';
import { ConversationPrompts } from './ConversationPrompts';

export function MissingEpisodeStepPage({ childId, caseId, step }: { childId: string; caseId: string | null; step: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (!isMissingEpisodeEventType(step) || (caseId === null) !== (step === 'REPORTED')) return <NotFoundPage />;
  const type: MissingEpisodeEventType = step;
  const back = caseId === null ? `/children/${childId}` : `/children/${childId}/missing-episodes/${caseId}`;
  return (
    <StepPage<CaseView | null>
      childId={childId}
      formId={`missing-episode.${childId}.${caseId ?? 'new'}.${type}`}
      backHref={back}
      backText={t('common.back')}
      savedWhat={eventLabel('missing-episode', type, language)}
      load={async (api) => {
        if (caseId === null) return { version: 0, extra: null };
        const found = await api.workflows.readCase(childId, 'missing-episodes', caseId);
        return { version: found.version, extra: found };
      }}
      title={() => (type === 'REPORTED' ? t('missingEpisode.reportTitle') : eventLabel('missing-episode', type, language))}
      questions={() => missingEpisodeQuestions(type)}
      context={({ child, extra }) => (
        <>
          {extra && !extra.allowedEvents.includes(type) ? <p className="govuk-inset-text">{t('missingEpisode.notAllowedNow')}</p> : null}
          {type === 'CONVERSATION_HELD' && caseId && child.view === 'full' ? <GuideFor record={child.record} episodeId={caseId} language={language} /> : null}
        </>
      )}
      save={(api, answers, { version }) => api.workflows.recordCaseStep(childId, 'missing-episodes', caseId, missingEpisodeEventOf(type, answers), version)}
      savedTo={(result) => `/children/${childId}/missing-episodes/${(result as CaseView).caseId}`}
    />
  );
}

function GuideFor({ record, episodeId, language }: { record: ChildRecord; episodeId: string; language: Language }) {
  try {
    const guide = returnHomeConversationPrompts(record, episodeId, todayInWales(), {}, language);
    return <ConversationPrompts guide={guide} />;
  } catch {
    return null;
  }
}
