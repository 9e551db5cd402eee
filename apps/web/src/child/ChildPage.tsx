// One child's page: who they are, what is due and why, where the Active Offer stands
// with the steps the workflow allows now, missing episodes and IRO concerns, and the
// timeline of everything recorded. An advocacy provider sees the referral only.
import { communicationNeeds, legalStatuses, spokenLanguages, ageOn, offerOutcomes, offerTriggers, type Language, type Role } from '@cynnig/domain';
import { stateLabel } from '@cynnig/workflows';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ChildView, TimelineEntry } from '../api/children';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import type { ActiveOfferView, CaseList } from '../api/workflow-cases';
import { Table } from '../components/table/Table';
import { formatDate, formatTimestamp } from '../i18n/format';
import { todayInWales } from '../record-forms/question';
import { SavedBanner } from '../record-forms/saved-banner';
import { useSession } from '../session/session-context';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { ActiveOfferSteps } from './ActiveOfferSteps';
import { DueItemList } from './DueItemList';
import { timelineWhat } from './timeline-words';

interface ChildPageData {
  readonly child: ChildView;
  readonly activeOffer: ActiveOfferView;
  readonly episodes: CaseList | null;
  readonly concerns: CaseList | null;
  readonly timeline: readonly TimelineEntry[] | null;
}

const authorityCaseworkers: readonly Role[] = ['social-worker', 'team-manager'];
const seesEpisodes: readonly Role[] = ['social-worker', 'team-manager', 'iro'];
const seesConcerns: readonly Role[] = ['iro', 'team-manager'];

export function ChildPage({ childId }: { childId: string }) {
  const api = useCynnigApi();
  const { state } = useSession();
  const role = state.status === 'signed-in' ? state.user.role : null;
  const resource = useResource<ChildPageData>(async () => {
    const wants = (roles: readonly Role[]) => role !== null && roles.includes(role);
    const [child, activeOffer, episodes, concerns, timeline] = await Promise.all([
      api.children.read(childId),
      api.workflows.activeOffer(childId),
      wants(seesEpisodes) ? api.workflows.cases(childId, 'missing-episodes') : null,
      wants(seesConcerns) ? api.workflows.cases(childId, 'oversight') : null,
      wants(seesEpisodes) ? api.children.timeline(childId) : null,
    ]);
    return { child, activeOffer, episodes, concerns, timeline };
  }, `${childId}:${role}`);
  return (
    <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
      {(data) => <ChildPageContent data={data} role={role} />}
    </Loaded>
  );
}

function ChildPageContent({ data, role }: { data: ChildPageData; role: Role | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { child, activeOffer, episodes, concerns, timeline } = data;
  const base = child.view === 'full' ? child.record.child : child.referral;
  const name = `${base.givenName} ${base.familyName}`;
  usePageTitle(name);
  const childId = base.id;
  const today = todayInWales();
  const isCaseworker = role !== null && authorityCaseworkers.includes(role);
  const current = activeOffer.rounds.at(-1);

  const rows: { key: string; value: string }[] = [
    { key: t('child.dateOfBirth'), value: `${formatDate(base.dateOfBirth, language)} (${t('child.age', { age: ageOn(base.dateOfBirth, today) })})` },
  ];
  if (child.view === 'full') {
    const record = child.record;
    rows.unshift({ key: t('child.caseReference'), value: record.child.caseReference });
    rows.push({ key: t('child.legalStatus'), value: legalStatuses.label(record.child.legalStatus, language) });
    rows.push({ key: t('child.preferredLanguage'), value: spokenLanguages.label(record.child.preferredLanguage, language) + (record.child.otherLanguageName ? ` (${record.child.otherLanguageName})` : '') });
    rows.push({ key: t('child.communicationNeeds'), value: record.child.communicationNeeds.map((need) => communicationNeeds.label(need, language)).join(', ') || t('child.none') });
  } else {
    const { referral } = child;
    rows.push({ key: t('child.preferredLanguage'), value: spokenLanguages.has(referral.preferredLanguage) ? spokenLanguages.label(referral.preferredLanguage, language) : referral.preferredLanguage });
    rows.push({ key: t('child.communicationNeeds'), value: referral.communicationNeeds.map((need) => (communicationNeeds.has(need) ? communicationNeeds.label(need, language) : need)).join(', ') || t('child.none') });
  }

  return (
    <>
      <SavedBanner />
      <span className="govuk-caption-l">{child.view === 'referral' ? t('child.referralCaption') : t('child.caption')}</span>
      <h1 className="govuk-heading-xl">{name}</h1>
      <dl className="govuk-summary-list govuk-!-margin-bottom-8">
        {rows.map((row) => (
          <div className="govuk-summary-list__row" key={row.key}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
          </div>
        ))}
      </dl>

      <h2 className="govuk-heading-l" id="due-heading">
        {t('child.dueHeading')}
      </h2>
      <DueItemList items={child.dueItems} headingId="due-heading" />

      <h2 className="govuk-heading-l" id="active-offer">
        {t('child.activeOfferHeading')}
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('child.activeOfferState')}</dt>
          <dd className="govuk-summary-list__value">{activeOffer.state ? safeStateLabel(activeOffer.state, language) : t('child.activeOfferNotOpened')}</dd>
        </div>
      </dl>
      {current ? (
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('child.round')}</dt>
            <dd className="govuk-summary-list__value">{current.isReoffer ? t('child.reofferRound', { round: current.round }) : t('child.firstOffer')}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('child.trigger')}</dt>
            <dd className="govuk-summary-list__value">
              {offerTriggers.label(current.trigger, language)} ({formatDate(current.triggeredOn, language)})
            </dd>
          </div>
          {current.outcome ? (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t('child.outcome')}</dt>
              <dd className="govuk-summary-list__value">
                {offerOutcomes.label(current.outcome, language)}
                {current.outcomeOn ? ` (${formatDate(current.outcomeOn, language)})` : ''}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <ActiveOfferSteps childId={childId} allowedEvents={activeOffer.allowedEvents} />
      {activeOffer.rounds.length > 1 ? (
        <Table
          caption={t('child.roundsCaption')}
          captionSize="s"
          rows={activeOffer.rounds}
          rowKey={(round) => String(round.round)}
          firstCellIsHeader
          columns={[
            { key: 'round', header: t('child.round'), cell: (round) => String(round.round) },
            { key: 'trigger', header: t('child.trigger'), cell: (round) => offerTriggers.label(round.trigger, language) },
            { key: 'triggeredOn', header: t('child.triggeredOn'), cell: (round) => formatDate(round.triggeredOn, language) },
            { key: 'outcome', header: t('child.outcome'), cell: (round) => (round.outcome ? offerOutcomes.label(round.outcome, language) : t('child.noOutcomeYet')) },
          ]}
        />
      ) : null}

      {isCaseworker ? (
        <>
          <h2 className="govuk-heading-l">{t('child.recordHeading')}</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" href={`/children/${childId}/life-events/new`}>
                {t('child.recordLifeEvent')}
              </Link>
            </li>
            {/* A new episode can be reported only once the child has come back from the last one. */}
            {episodes?.openingEvents.includes('REPORTED') && !episodes.items.some((episode) => episode.state === 'missing') ? (
              <li>
                <Link className="govuk-link" href={`/children/${childId}/missing-episodes/new`}>
                  {t('child.reportMissing')}
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      {role === 'iro' ? (
        <>
          <h2 className="govuk-heading-l">{t('child.iroHeading')}</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" href={`/children/${childId}/reviews/new`}>
                {t('child.recordReview')}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" href={`/children/${childId}/oversight/new`}>
                {t('child.raiseConcern')}
              </Link>
            </li>
          </ul>
        </>
      ) : null}

      {episodes ? (
        <>
          <h2 className="govuk-heading-l">{t('child.episodesHeading')}</h2>
          {episodes.items.length === 0 ? (
            <p className="govuk-body">{t('child.noEpisodes')}</p>
          ) : (
            <Table
              caption={t('child.episodesCaption')}
              captionSize="s"
              rows={episodes.items}
              rowKey={(episode) => episode.caseId}
              firstCellIsHeader
              columns={[
                {
                  key: 'started',
                  header: t('child.episodeStarted'),
                  cell: (episode) => (
                    <Link className="govuk-link" href={`/children/${childId}/missing-episodes/${episode.caseId}`}>
                      {typeof episode.summary['startedAt'] === 'string' ? formatTimestamp(episode.summary['startedAt'], language) : t('child.episode')}
                    </Link>
                  ),
                },
                { key: 'state', header: t('child.episodeState'), cell: (episode) => safeStateLabel(episode.state, language, 'missing-episode') },
              ]}
            />
          )}
        </>
      ) : null}

      {concerns ? (
        <>
          <h2 className="govuk-heading-l">{t('child.concernsHeading')}</h2>
          {concerns.items.length === 0 ? (
            <p className="govuk-body">{t('child.noConcerns')}</p>
          ) : (
            <ul className="govuk-list">
              {concerns.items.map((concern) => (
                <li key={concern.caseId}>
                  <Link className="govuk-link" href={`/children/${childId}/oversight/${concern.caseId}`}>
                    {t('child.concern')}: {safeStateLabel(concern.state, language, 'oversight')}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}

      {timeline ? (
        <>
          <h2 className="govuk-heading-l">{t('child.timelineHeading')}</h2>
          {timeline.length === 0 ? (
            <p className="govuk-body">{t('child.noTimeline')}</p>
          ) : (
            <Table
              caption={t('child.timelineCaption')}
              captionSize="s"
              rows={timeline.slice(0, 50)}
              rowKey={(entry) => `${entry.at}-${entry.source}-${entry.type}-${entry.caseId ?? ''}-${JSON.stringify(entry.detail).length}`}
              columns={[
                { key: 'when', header: t('child.when'), cell: (entry) => (entry.at.length === 10 ? formatDate(entry.at, language) : formatTimestamp(entry.at, language)) },
                { key: 'record', header: t('child.record'), cell: (entry) => t(`child.sources.${entry.source}`) },
                { key: 'what', header: t('child.what'), cell: (entry) => timelineWhat(entry, language) },
              ]}
            />
          )}
        </>
      ) : null}
    </>
  );
}

/** A workflow state in words, starting with a capital as it stands alone in a table or list. */
export function safeStateLabel(state: string, language: Language, machine: 'active-offer' | 'missing-episode' | 'oversight' = 'active-offer'): string {
  let words = state;
  try {
    words = stateLabel(machine, state as never, language);
  } catch {
    // A state this version of the forms app does not know yet: show its code rather than nothing.
  }
  return words.charAt(0).toLocaleUpperCase(language === 'cy' ? 'cy-GB' : 'en-GB') + words.slice(1);
}
