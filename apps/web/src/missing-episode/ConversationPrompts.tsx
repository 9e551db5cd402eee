// The prompts for one return home conversation as the rules adapt them to the
// episode, grouped as the conversation goes (before, during, after, and what to do
// if the child declines), with the escalations this episode calls for.
import type { ReturnHomeConversationGuide } from '@cynnig/rules';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';

export function ConversationPrompts({ guide }: { guide: ReturnHomeConversationGuide }) {
  const { t } = useTranslation();
  const sections = [...new Set(guide.prompts.map((prompt) => prompt.section))];
  return (
    <div className="govuk-inset-text" aria-labelledby="prompts-heading">
      <h2 className="govuk-heading-m" id="prompts-heading">
        {t('missingEpisode.promptsHeading')}
      </h2>
      <p className="govuk-body">{t('missingEpisode.promptsOfferBy', { date: formatDate(guide.offerBy, guide.language), offeredBy: guide.offeredBy.label })}</p>
      {sections.map((section) => {
        const prompts = guide.prompts.filter((prompt) => prompt.section === section);
        return (
          <div key={section}>
            <h3 className="govuk-heading-s">{prompts[0]?.sectionTitle}</h3>
            <ul className="govuk-list govuk-list--bullet">
              {prompts.map((prompt) => (
                <li key={prompt.id}>{prompt.text}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
