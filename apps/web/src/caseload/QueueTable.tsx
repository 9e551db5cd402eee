// A work queue as a table: the child, what is due, when (and how long overdue), and
// why, in the rule's own words. Used for the caseload, the team and the IRO queue.
import { daysBetween, severities, type Language } from '@cynnig/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QueueItem } from '../api/queues';
import { Table } from '../components/table/Table';
import { severityColour, Tag } from '../components/tag/Tag';
import { dueItemKind } from '../child/DueItemList';
import { formatDate } from '../i18n/format';
import { todayInWales } from '../record-forms/question';

/** "Overdue by 12 days", "Due today", "Due in 3 days": the age an IRO needs to judge urgency. */
export function ageOf(dueOn: string, today: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const days = daysBetween(dueOn, today);
  if (days > 0) return t('queue.overdueBy', { count: days });
  if (days === 0) return t('queue.dueToday');
  return t('queue.dueIn', { count: -days });
}

export function QueueTable({ caption, items, action }: { caption: string; items: readonly QueueItem[]; action?: (item: QueueItem) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const today = todayInWales();
  return (
    <Table<QueueItem>
      caption={caption}
      rows={items}
      rowKey={(item) => `${item.childId}-${item.ruleId}-${item.kind}-${item.dueOn}`}
      firstCellIsHeader
      columns={[
        {
          key: 'child',
          header: t('queue.child'),
          cell: (item) => (
            <Link className="govuk-link" href={`/children/${item.childId}`}>
              {item.childName}
              <span className="govuk-visually-hidden">, {item.caseReference}</span>
            </Link>
          ),
        },
        { key: 'what', header: t('queue.what'), cell: (item) => dueItemKind(item.kind, language) },
        {
          key: 'due',
          header: t('queue.due'),
          cell: (item) => (
            <>
              {formatDate(item.dueOn, language)}
              <br />
              <Tag text={severities.label(item.severity, language)} colour={severityColour[item.severity]} />
              <br />
              <span className="govuk-body-s">{ageOf(item.dueOn, today, t)}</span>
            </>
          ),
        },
        {
          key: 'why',
          header: t('queue.why'),
          cell: (item) => (
            <>
              {item.reason[language]}{' '}
              <Link className="govuk-link" href={`/rules#rule-${item.ruleId}`}>
                {t('queue.aboutRule')}
                <span className="govuk-visually-hidden"> {item.ruleId}</span>
              </Link>
              {action ? <div className="govuk-!-margin-top-2">{action(item)}</div> : null}
            </>
          ),
        },
      ]}
    />
  );
}
