// The bottom of every page: how the rules work, and the licence. No GOV.UK crown:
// Cynnig is run by councils and advocacy providers, not on GOV.UK.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">{t('footer.supportLinks')}</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" href="/rules">
                  {t('footer.ruleCatalogue')}
                </Link>
              </li>
            </ul>
            <p className="govuk-footer__licence-description">{t('footer.licence')}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
