// Records a change in the child's life (a placement or school move, a complaint, a
// new social worker...). The rules run on it at once, so a re-offer of advocacy
// that it triggers appears on the child's page straight away.
import { lifeEventKinds, type LifeEventKind } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { optionsFromCodeList } from '../forms/choice-option';
import type { Question } from '../record-forms/question';
import { StepPage } from '../record-forms/StepPage';

export const lifeEventQuestions: Question[] = [
  { name: 'kind', kind: 'radios', label: 'lifeEvent.questions.kind', options: (l) => optionsFromCodeList(lifeEventKinds, l) },
  { name: 'occurredOn', kind: 'date', label: 'lifeEvent.questions.occurredOn', notAfterToday: true },
  { name: 'note', kind: 'textarea', label: 'lifeEvent.questions.note', hint: 'lifeEvent.questions.noteHint', optional: true, max: 2000 },
];

export function LifeEventPage({ childId }: { childId: string }) {
  const { t } = useTranslation();
  return (
    <StepPage<null>
      childId={childId}
      formId={`life-event.${childId}`}
      backHref={`/children/${childId}`}
      backText={t('common.back')}
      savedWhat={t('lifeEvent.title')}
      load={async () => ({ version: 0, extra: null })}
      title={() => t('lifeEvent.title')}
      questions={() => lifeEventQuestions}
      save={(api, answers) => api.facts.recordLifeEvent(childId, { kind: answers['kind'] as LifeEventKind, occurredOn: answers['occurredOn'] as string, note: (answers['note'] as string | null) ?? null })}
      apiFieldPrefix=""
    />
  );
}
