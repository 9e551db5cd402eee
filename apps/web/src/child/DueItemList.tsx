// What the rules say is due for a child, each with its severity, date and the rule's
// own reason in the user's language, so nobody has to guess why something is listed.
import type { DueItem, Language } from '@cynnig/domain';
import { severities } from '@cynnig/domain';
import { dueItemKindLabels } from '@cynnig/rules';
import { useTranslation } from 'react-i18next';
import { severityColour, Tag } from '../components/tag/Tag';
import { formatDate } from '../i18n/format';

export function dueItemKind(kind: string, language: Language): string {
  return dueItemKindLabels[kind]?.[language] ?? kind;
}

export function DueItemList({ items, headingId }: { items: readonly DueItem[]; headingId?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (items.length === 0) return <p className="govuk-body">{t('child.nothingDue')}</p>;
  return (
    <ul className="govuk-list" aria-labelledby={headingId}>
      {[...items]
        .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))
        .map((item) => (
          <li key={`${item.ruleId}-${item.kind}-${item.dueOn}`} className="govuk-!-margin-bottom-4">
            <Tag text={severities.label(item.severity, language)} colour={severityColour[item.severity]} />{' '}
            <strong>{dueItemKind(item.kind, language)}</strong>
            {' – '}
            {t('child.dueOn', { date: formatDate(item.dueOn, language) })}
            <br />
            <span className="govuk-body-s">
              {t('child.because')} {item.reason[language]}
            </span>
          </li>
        ))}
    </ul>
  );
}
