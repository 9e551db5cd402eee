// One IRO concern: where it stands in dispute resolution, who it went to and by
// when they must respond, and the stages the workflow allows next.
import { escalationStages, type Language, type OversightEventType } from '@cynnig/domain';
import { eventLabel } from '@cynnig/workflows';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { childHeadingOf, type ChildView } from '../api/children';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import type { CaseView } from '../api/workflow-cases';
import { BackLink } from '../components/back-link/BackLink';
import { formatDate } from '../i18n/format';
import { SavedBanner } from '../record-forms/saved-banner';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { safeStateLabel } from '../child/ChildPage';
import { isOversightEventType } from './oversight-steps';

export function ConcernPage({ childId, caseId }: { childId: string; caseId: string }) {
  const api = useCynnigApi();
  const resource = useResource<{ child: ChildView; concern: CaseView }>(async () => {
    const [child, concern] = await Promise.all([api.children.read(childId), api.workflows.readCase(childId, 'oversight', caseId)]);
    return { child, concern };
  }, `${childId}:${caseId}`);
  return (
    <>
      <BackLink href={`/children/${childId}`} />
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {({ child, concern }) => <ConcernContent childId={childId} child={child} concern={concern} />}
      </Loaded>
    </>
  );
}

function ConcernContent({ childId, child, concern }: { childId: string; child: ChildView; concern: CaseView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const title = t('oversight.concernTitle');
  usePageTitle(title);
  const stage = concern.summary['stage'];
  const respondBy = concern.summary['respondBy'];
  const next = concern.allowedEvents.filter(isOversightEventType) as OversightEventType[];
  return (
    <>
      <SavedBanner />
      <span className="govuk-caption-l">{childHeadingOf(child).name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('oversight.state')}</dt>
          <dd className="govuk-summary-list__value">{safeStateLabel(concern.state, language, 'oversight')}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('oversight.questions.stage')}</dt>
          <dd className="govuk-summary-list__value">{typeof stage === 'string' && escalationStages.has(stage) ? escalationStages.label(stage, language) : t('oversight.notEscalated')}</dd>
        </div>
        {typeof respondBy === 'string' ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('oversight.questions.respondBy')}</dt>
            <dd className="govuk-summary-list__value">{formatDate(respondBy, language)}</dd>
          </div>
        ) : null}
      </dl>
      <h2 className="govuk-heading-m" id="concern-next">
        {t('oversight.nextStages')}
      </h2>
      {next.length === 0 ? (
        <p className="govuk-body">{t('oversight.noNextStages')}</p>
      ) : (
        <ul className="govuk-list" aria-labelledby="concern-next">
          {next.map((step) => (
            <li key={step}>
              <Link className="govuk-link" href={`/children/${childId}/oversight/${concern.caseId}/${step}`}>
                {eventLabel('oversight', step, language)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
