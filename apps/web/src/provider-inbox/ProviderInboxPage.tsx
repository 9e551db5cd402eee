// An advocacy provider's referrals: each child referred to the service, where the
// offer stands (contact to make, outcome to record, to confirm), the trigger and
// when the offer is due, with the child's preferred language and communication
// needs so the offer can be adjusted before anyone makes contact.
import { communicationNeeds, offerTriggers, spokenLanguages, type Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { InboxItem } from '../api/queues';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { ageOf } from '../caseload/QueueTable';
import { safeStateLabel } from '../child/ChildPage';
import { Table } from '../components/table/Table';
import { formatDate } from '../i18n/format';
import { todayInWales } from '../record-forms/question';
import { Loaded } from '../shell/Loaded';
import { usePageTitle } from '../shell/page-title';

export function ProviderInboxPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const title = t('providerInbox.title');
  usePageTitle(title);
  const resource = useResource(() => api.queues.providerInbox(100), 'inbox');
  const today = todayInWales();
  const label = <C extends string>(list: { has(value: unknown): value is C; label(code: C, language: Language): string }, code: string | null) => (code && list.has(code) ? list.label(code, language) : (code ?? ''));
  return (
    <>
      <h1 className="govuk-heading-xl">{title}</h1>
      <p className="govuk-body-l">{t('providerInbox.intro')}</p>
      <Loaded resource={resource} onTryAgain={() => void resource.reload()}>
        {(inbox) =>
          inbox.items.length === 0 ? (
            <p className="govuk-body">{t('providerInbox.empty')}</p>
          ) : (
            <Table<InboxItem>
              caption={t('providerInbox.caption', { count: inbox.total })}
              rows={inbox.items}
              rowKey={(item) => item.caseId}
              firstCellIsHeader
              columns={[
                {
                  key: 'child',
                  header: t('queue.child'),
                  cell: (item) => (
                    <Link className="govuk-link" href={`/children/${item.childId}`}>
                      {item.givenName} {item.familyName}
                    </Link>
                  ),
                },
                { key: 'state', header: t('providerInbox.state'), cell: (item) => safeStateLabel(item.state, language) },
                { key: 'trigger', header: t('child.trigger'), cell: (item) => `${label(offerTriggers, item.trigger)}${item.referredOn ? ` (${t('providerInbox.referredOn', { date: formatDate(item.referredOn, language) })})` : ''}` },
                { key: 'due', header: t('queue.due'), cell: (item) => (item.dueOn ? `${formatDate(item.dueOn, language)} – ${ageOf(item.dueOn, today, t)}` : '') },
                {
                  key: 'needs',
                  header: t('providerInbox.languageAndNeeds'),
                  cell: (item) => [label(spokenLanguages, item.preferredLanguage), ...item.communicationNeeds.map((need) => label(communicationNeeds, need))].join(', '),
                },
              ]}
            />
          )
        }
      </Loaded>
    </>
  );
}
