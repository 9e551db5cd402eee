// The IRO's queue: overdue offers and re-offers with their age, reviews due, early
// review triggers, repeated declines, placements without visiting advocacy and
// open escalations, grouped by what they are. Every item says why it is there (the
// rule and its reason) and can be raised as a concern straight from the queue.
import type { Language } from '@cynnig/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QueueItem } from '../api/queues';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { QueueTable } from '../caseload/QueueTable';
import { dueItemKind } from '../child/DueItemList';
import { formatNumber } from '../i18n/format';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';

/** Groups in the order an IRO works through them; anything else falls into the last group. */
const kindOrder = ['reoffer', 'offer', 'offer-outcome', 'referral', 'review', 'early-review', 'oversight', 'return-home-conversation', 'strategy-discussion', 'exploitation-risk-assessment'];

const severityOrder = ['urgent', 'overdue', 'due', 'info'];

/** Groups by what is due, in the order an IRO works; within a group the most urgent first, then the oldest. */
export function groupByKind(items: readonly QueueItem[]): { kind: string; items: QueueItem[] }[] {
  const kinds = [...new Set(items.map((item) => item.kind))].sort((a, b) => {
    const rank = (kind: string) => (kindOrder.includes(kind) ? kindOrder.indexOf(kind) : kindOrder.length);
    return rank(a) - rank(b) || (a < b ? -1 : 1);
  });
  return kinds.map((kind) => ({
    kind,
    items: items
      .filter((item) => item.kind === kind)
      .sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)),
  }));
}

/** How many items of a group show before "Show all". */
const firstShown = 15;

export function IroQueuePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const title = t('iroQueue.title');
  usePageTitle(title);
  const resource = useResource(() => api.queues.wholeQueue('iro'), 'iro');
  const [expanded, setExpanded] = useState<readonly string[]>([]);
  return (
    <>
      <h1 className="govuk-heading-xl">{title}</h1>
      <p className="govuk-body-l">{t('iroQueue.intro')}</p>
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {(queue) => {
          const groups = groupByKind(queue.items);
          return (
            <>
              <p className="govuk-body">{t('iroQueue.count', { count: queue.total, shown: formatNumber(queue.items.length, language) })}</p>
              {groups.length === 0 ? <p className="govuk-body">{t('iroQueue.empty')}</p> : null}
              {groups.length > 1 ? (
                <nav aria-labelledby="iro-queue-contents">
                  <h2 className="govuk-heading-s" id="iro-queue-contents">
                    {t('iroQueue.contents')}
                  </h2>
                  <ul className="govuk-list">
                    {groups.map((group) => (
                      <li key={group.kind}>
                        <a className="govuk-link" href={`#queue-${group.kind}`}>
                          {dueItemKind(group.kind, language)} ({formatNumber(group.items.length, language)})
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              ) : null}
              {groups.map((group) => (
                <section key={group.kind} id={`queue-${group.kind}`}>
                  <QueueTable
                    caption={`${dueItemKind(group.kind, language)} (${formatNumber(group.items.length, language)})`}
                    items={expanded.includes(group.kind) ? group.items : group.items.slice(0, firstShown)}
                    action={(item) => (
                      <Link className="govuk-link" href={`/children/${item.childId}/oversight/new?rule=${encodeURIComponent(item.ruleId)}`}>
                        {t('iroQueue.raiseConcern')}
                        <span className="govuk-visually-hidden">
                          {' '}
                          {t('iroQueue.about', { name: item.childName })}
                        </span>
                      </Link>
                    )}
                  />
                  {group.items.length > firstShown && !expanded.includes(group.kind) ? (
                    <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setExpanded([...expanded, group.kind])}>
                      {t('iroQueue.showAll', { count: group.items.length })}
                      <span className="govuk-visually-hidden"> {dueItemKind(group.kind, language)}</span>
                    </button>
                  ) : null}
                </section>
              ))}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
