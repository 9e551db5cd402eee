// Raises an IRO concern (from a queue item, which names the rule, or by hand) or
// records its next stage: acknowledged, escalated through managers to CAFCASS Cymru
// with a date to respond by, a response, resolved.
import type { Language, OversightEventType } from '@cynnig/domain';
import { eventLabel } from '@cynnig/workflows';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import type { CaseView } from '../api/workflow-cases';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { StepPage } from '../record-forms/StepPage';
import { concernRaisedByHand, isOversightEventType, oversightEventOf, oversightQuestions } from './oversight-steps';

export function ConcernStepPage({ childId, caseId, step }: { childId: string; caseId: string | null; step: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const ruleId = new URLSearchParams(useSearch()).get('rule') ?? concernRaisedByHand;
  if (!isOversightEventType(step) || (caseId === null) !== (step === 'RAISED')) return <NotFoundPage />;
  const type: OversightEventType = step;
  const back = caseId === null ? `/children/${childId}` : `/children/${childId}/oversight/${caseId}`;
  return (
    <StepPage<CaseView | null>
      childId={childId}
      formId={`oversight.${childId}.${caseId ?? 'new'}.${type}`}
      backHref={back}
      backText={t('common.back')}
      savedWhat={eventLabel('oversight', type, language)}
      load={async (api) => {
        if (caseId === null) return { version: 0, extra: null };
        const found = await api.workflows.readCase(childId, 'oversight', caseId);
        return { version: found.version, extra: found };
      }}
      title={() => (type === 'RAISED' ? t('oversight.raiseTitle') : eventLabel('oversight', type, language))}
      questions={() => oversightQuestions(type)}
      save={(api, answers, { version }) => api.workflows.recordCaseStep(childId, 'oversight', caseId, oversightEventOf(type, answers, ruleId), version)}
      savedTo={(result) => `/children/${childId}/oversight/${(result as CaseView).caseId}`}
    />
  );
}
