// One missing episode and its return home conversation as a task list: the return,
// offering the conversation, the child accepting or declining, holding it in the
// child's own words, the actions that follow, and closing the episode. A task can
// be started only when the workflow allows its step now.
import type { Language, MissingEpisodeEventType } from '@cynnig/domain';
import { riskGrades } from '@cynnig/domain';
import { eventLabel } from '@cynnig/workflows';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { childHeadingOf, type ChildView } from '../api/children';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import type { CaseView } from '../api/workflow-cases';
import { BackLink } from '../components/back-link/BackLink';
import { TaskList, type TaskListItem } from '../components/task-list/TaskList';
import { formatTimestamp } from '../i18n/format';
import { SavedBanner } from '../record-forms/saved-banner';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { safeStateLabel } from '../child/ChildPage';

/** The tasks in the order they happen; each is done once its state has been passed, and not needed once the other path is taken. */
const tasks: readonly { step: MissingEpisodeEventType; doneWhen: readonly string[]; notNeededWhen?: readonly string[] }[] = [
  { step: 'RETURNED', doneWhen: ['returned', 'conversationOffered', 'conversationAccepted', 'conversationHeld', 'conversationDeclined', 'actionsAgreed', 'closed'] },
  { step: 'CONVERSATION_OFFERED', doneWhen: ['conversationOffered', 'conversationAccepted', 'conversationHeld', 'conversationDeclined', 'actionsAgreed', 'closed'] },
  { step: 'CONVERSATION_ACCEPTED', doneWhen: ['conversationAccepted', 'conversationHeld', 'actionsAgreed', 'closed'], notNeededWhen: ['conversationDeclined'] },
  { step: 'CONVERSATION_DECLINED', doneWhen: ['conversationDeclined'], notNeededWhen: ['conversationAccepted', 'conversationHeld', 'actionsAgreed'] },
  { step: 'CONVERSATION_HELD', doneWhen: ['conversationHeld', 'actionsAgreed', 'closed'], notNeededWhen: ['conversationDeclined'] },
  { step: 'ACTIONS_AGREED', doneWhen: ['actionsAgreed', 'closed'] },
  { step: 'CLOSED', doneWhen: ['closed'] },
];

export function EpisodePage({ childId, caseId }: { childId: string; caseId: string }) {
  const api = useCynnigApi();
  const resource = useResource<{ child: ChildView; episode: CaseView }>(async () => {
    const [child, episode] = await Promise.all([api.children.read(childId), api.workflows.readCase(childId, 'missing-episodes', caseId)]);
    return { child, episode };
  }, `${childId}:${caseId}`);
  return (
    <>
      <BackLink href={`/children/${childId}`} />
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {({ child, episode }) => <EpisodeContent childId={childId} child={child} episode={episode} />}
      </Loaded>
    </>
  );
}

function EpisodeContent({ childId, child, episode }: { childId: string; child: ChildView; episode: CaseView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const title = t('missingEpisode.episodeTitle');
  usePageTitle(title);
  const summary = episode.summary;
  const moment = (key: string) => (typeof summary[key] === 'string' ? formatTimestamp(summary[key] as string, language) : t('missingEpisode.notYet'));
  const otherSteps = episode.allowedEvents.filter((event) => !tasks.some((task) => task.step === event)) as MissingEpisodeEventType[];
  const items: TaskListItem[] = tasks.map(({ step, doneWhen, notNeededWhen = [] }) => {
    const done = doneWhen.includes(episode.state);
    const allowed = episode.allowedEvents.includes(step);
    if (!allowed && notNeededWhen.includes(episode.state)) return { id: `task-${step}`, title: eventLabel('missing-episode', step, language), status: { text: t('missingEpisode.taskNotNeeded'), colour: null } };
    return {
      id: `task-${step}`,
      title: eventLabel('missing-episode', step, language),
      ...(allowed ? { href: `/children/${childId}/missing-episodes/${episode.caseId}/${step}` } : {}),
      status: done
        ? { text: t('missingEpisode.taskDone'), colour: null }
        : allowed
          ? { text: t('missingEpisode.taskToDo'), colour: 'blue' as const }
          : { text: t('missingEpisode.taskCannotStart'), colour: null },
    };
  });
  return (
    <>
      <SavedBanner />
      <span className="govuk-caption-l">{childHeadingOf(child).name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('missingEpisode.state')}</dt>
          <dd className="govuk-summary-list__value">{safeStateLabel(episode.state, language, 'missing-episode')}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('missingEpisode.started')}</dt>
          <dd className="govuk-summary-list__value">{moment('startedAt')}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('missingEpisode.ended')}</dt>
          <dd className="govuk-summary-list__value">{moment('endedAt')}</dd>
        </div>
        {typeof summary['riskGrade'] === 'string' && riskGrades.has(summary['riskGrade']) ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('missingEpisode.questions.riskGrade')}</dt>
            <dd className="govuk-summary-list__value">{riskGrades.label(summary['riskGrade'], language)}</dd>
          </div>
        ) : null}
      </dl>
      <h2 className="govuk-heading-m">{t('missingEpisode.conversationTasks')}</h2>
      <TaskList items={items} />
      {otherSteps.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">{t('missingEpisode.otherSteps')}</h2>
          <ul className="govuk-list">
            {otherSteps.map((step) => (
              <li key={step}>
                <Link className="govuk-link" href={`/children/${childId}/missing-episodes/${episode.caseId}/${step}`}>
                  {eventLabel('missing-episode', step, language)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
