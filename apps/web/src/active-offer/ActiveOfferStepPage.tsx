// Records one step of the Active Offer for a child: only a step the workflow allows
// now can be opened (anything else is "not available now"), the child's details are
// shown and never asked, and answers are checked before they are saved.
import { communicationNeeds, spokenLanguages, type ActiveOfferEventType, type Language } from '@cynnig/domain';
import { eventLabel } from '@cynnig/workflows';
import { useTranslation } from 'react-i18next';
import type { ChildView } from '../api/children';
import type { CommissionedProvider } from '../api/providers';
import type { ActiveOfferView } from '../api/workflow-cases';
import { formatDate } from '../i18n/format';
import { StepPage } from '../record-forms/StepPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { activeOfferEventOf, activeOfferQuestions, isActiveOfferEventType } from './active-offer-steps';
import { referralChoices } from './referral-choices';

interface StepExtra {
  readonly view: ActiveOfferView;
  /** The providers the authority commissions; read only for a referral. */
  readonly providers: readonly CommissionedProvider[];
}

export function ActiveOfferStepPage({ childId, step }: { childId: string; step: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (!isActiveOfferEventType(step)) return <NotFoundPage />;
  const type: ActiveOfferEventType = step;
  const childHref = `/children/${childId}#active-offer`;
  return (
    <StepPage<StepExtra>
      childId={childId}
      formId={`active-offer.${childId}.${type}`}
      backHref={childHref}
      backText={t('common.back')}
      savedWhat={eventLabel('active-offer', type, language)}
      load={async (api) => {
        const [view, providers] = await Promise.all([api.workflows.activeOffer(childId), type === 'REFERRED' ? api.providers.commissioned() : []]);
        return { version: view.version, extra: { view, providers } };
      }}
      title={() => eventLabel('active-offer', type, language)}
      questions={({ extra }) =>
        activeOfferQuestions(type, referralChoices(extra.providers, extra.view.rounds, (referredOn) => t('activeOffer.latestProvider', { date: formatDate(referredOn, language) })))
      }
      context={({ child, extra }) => (
        <>
          {extra.view.allowedEvents.includes(type) ? null : (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">{t('common.warning')}</span>
                {t('activeOffer.notAllowedNow')}
              </strong>
            </div>
          )}
          {type === 'REFERRED' && extra.providers.length === 0 ? (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">{t('common.warning')}</span>
                {t('activeOffer.noProviders')}
              </strong>
            </div>
          ) : null}
          <ChildFacts child={child} language={language} />
        </>
      )}
      save={(api, answers, { version }) => api.workflows.recordActiveOfferStep(childId, activeOfferEventOf(type, answers), version)}
    />
  );
}

/** What the record already says about the child, so the offer can be adjusted without asking again. */
export function ChildFacts({ child, language }: { child: ChildView; language: Language }) {
  const { t } = useTranslation();
  const facts = child.view === 'full' ? child.record.child : child.referral;
  const preferred = spokenLanguages.has(facts.preferredLanguage) ? spokenLanguages.label(facts.preferredLanguage, language) : facts.preferredLanguage;
  const needs = facts.communicationNeeds.map((need) => (communicationNeeds.has(need) ? communicationNeeds.label(need, language) : need)).join(', ') || t('child.none');
  return (
    <details className="govuk-details" open>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t('activeOffer.aboutTheChild')}</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('child.dateOfBirth')}</dt>
            <dd className="govuk-summary-list__value">{formatDate(facts.dateOfBirth, language)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('child.preferredLanguage')}</dt>
            <dd className="govuk-summary-list__value">{preferred}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('child.communicationNeeds')}</dt>
            <dd className="govuk-summary-list__value">{needs}</dd>
          </div>
        </dl>
      </div>
    </details>
  );
}
