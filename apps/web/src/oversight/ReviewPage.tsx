// The IRO's structured record of a review: what the child knows about advocacy (has
// an advocate, declined for now, does not know, not able to say), whether the IRO
// spoke to the child privately, and a note. The rules schedule the next review and
// any re-offer from it.
import { useTranslation } from 'react-i18next';
import { StepPage } from '../record-forms/StepPage';
import { reviewOf, reviewQuestions } from './oversight-steps';

export function ReviewPage({ childId }: { childId: string }) {
  const { t } = useTranslation();
  return (
    <StepPage<null>
      childId={childId}
      formId={`review.${childId}`}
      backHref={`/children/${childId}`}
      backText={t('common.back')}
      savedWhat={t('review.title')}
      load={async () => ({ version: 0, extra: null })}
      title={() => t('review.title')}
      questions={() => reviewQuestions}
      save={(api, answers) => api.facts.recordReview(childId, reviewOf(answers))}
      apiFieldPrefix=""
    />
  );
}
