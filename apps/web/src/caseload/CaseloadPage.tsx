// A social worker's caseload (a team manager's team): every child with where their
// Active Offer stands, and what is due or overdue across them with the reason the
// rules give. The list of children is paged; each child's Active Offer is read with it.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { ChildListItem } from '../api/children';
import type { QueuePage } from '../api/queues';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import type { ActiveOfferView } from '../api/workflow-cases';
import { Pagination } from '../components/pagination/Pagination';
import { Table } from '../components/table/Table';
import { Tag } from '../components/tag/Tag';
import { safeStateLabel } from '../child/ChildPage';
import { formatDate, formatNumber } from '../i18n/format';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';
import { QueueTable } from './QueueTable';

const pageSize = 20;

interface CaseloadData {
  readonly queue: QueuePage;
  readonly children: readonly (ChildListItem & { activeOffer: ActiveOfferView | null })[];
  readonly total: number;
}

export function CaseloadPage({ team }: { team: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const page = Math.max(1, Number(new URLSearchParams(useSearch()).get('page')) || 1);
  const title = t(team ? 'caseload.teamTitle' : 'caseload.title');
  usePageTitle(title);
  const resource = useResource<CaseloadData>(async () => {
    const [queue, list] = await Promise.all([api.queues.queue(team ? 'team' : 'caseload'), api.children.list({ limit: pageSize, offset: (page - 1) * pageSize })]);
    const offers = await Promise.all(list.items.map((child) => api.workflows.activeOffer(child.id).catch(() => null)));
    return { queue, children: list.items.map((child, index) => ({ ...child, activeOffer: offers[index] ?? null })), total: list.total };
  }, `${team}:${page}`);
  return (
    <>
      <h1 className="govuk-heading-xl">{title}</h1>
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {(data) => {
          const overdue = data.queue.items.filter((item) => item.severity === 'overdue' || item.severity === 'urgent').length;
          return (
            <>
              <p className="govuk-body-l">{t('caseload.summary', { due: formatNumber(data.queue.total, language), overdue: formatNumber(overdue, language) })}</p>
              <h2 className="govuk-heading-l">{t('caseload.dueHeading')}</h2>
              {data.queue.items.length === 0 ? <p className="govuk-body">{t('caseload.nothingDue')}</p> : <QueueTable caption={t('caseload.dueCaption')} items={data.queue.items} />}
              <h2 className="govuk-heading-l">{t('caseload.childrenHeading')}</h2>
              <Table
                caption={t('caseload.childrenCaption', { count: data.total })}
                captionSize="s"
                rows={data.children}
                rowKey={(child) => child.id}
                firstCellIsHeader
                columns={[
                  {
                    key: 'name',
                    header: t('queue.child'),
                    cell: (child) => (
                      <Link className="govuk-link" href={`/children/${child.id}`}>
                        {child.givenName} {child.familyName}
                      </Link>
                    ),
                  },
                  { key: 'reference', header: t('child.caseReference'), cell: (child) => child.caseReference ?? '' },
                  { key: 'born', header: t('child.dateOfBirth'), cell: (child) => formatDate(child.dateOfBirth, language) },
                  {
                    key: 'offer',
                    header: t('caseload.activeOffer'),
                    cell: (child) => (child.activeOffer?.state ? safeStateLabel(child.activeOffer.state, language) : t('child.activeOfferNotOpened')),
                  },
                  {
                    key: 'due',
                    header: t('caseload.dueItems'),
                    cell: (child) => {
                      const late = child.dueItems.filter((item) => item.severity === 'overdue' || item.severity === 'urgent').length;
                      if (child.dueItems.length === 0) return t('caseload.none');
                      return late > 0 ? <Tag text={t('caseload.overdueCount', { count: late })} colour="red" /> : t('caseload.dueCount', { count: child.dueItems.length });
                    },
                  },
                ]}
              />
              <Pagination current={page} total={Math.max(1, Math.ceil(data.total / pageSize))} hrefFor={(number) => `/caseload?page=${number}`} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}
