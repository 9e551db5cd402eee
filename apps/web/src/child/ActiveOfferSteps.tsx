// The steps of the Active Offer this person may record now, as the workflow allows
// them in the case's current state (the API's allowedEvents, already narrowed to the
// person's role). Nothing else is offered, so an impossible step is never a form.
import type { Language } from '@cynnig/domain';
import { eventLabel } from '@cynnig/workflows';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isActiveOfferEventType } from '../active-offer/active-offer-steps';

export function ActiveOfferSteps({ childId, allowedEvents }: { childId: string; allowedEvents: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const steps = allowedEvents.filter(isActiveOfferEventType);
  if (steps.length === 0) return <p className="govuk-body">{t('child.noStepsNow')}</p>;
  return (
    <>
      <h3 className="govuk-heading-m" id="next-steps">
        {t('child.nextSteps')}
      </h3>
      <ul className="govuk-list" aria-labelledby="next-steps">
        {steps.map((step) => (
          <li key={step}>
            <Link className="govuk-link" href={`/children/${childId}/active-offer/${step}`}>
              {eventLabel('active-offer', step, language)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
