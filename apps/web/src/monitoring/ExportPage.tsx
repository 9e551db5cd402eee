// A provider manager (or commissioner, team manager, administrator) downloads
// take-up data for a completed quarter in the National Reporting Template's shape.
// The file is built by the API (pseudonymised, disclosure-controlled, spreadsheet
// formulas neutralised); this page only asks which quarter and which format.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiProblem } from '../api/problem';
import { exportFormats, exportPath, type ExportFormat } from '../api/monitoring';
import { useCynnigApi } from '../api/use-cynnig-api';
import { Button } from '../components/button/Button';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { NotificationBanner } from '../components/notification-banner/NotificationBanner';
import { Radios } from '../components/radios/Radios';
import { useCynnigForm } from '../forms/use-cynnig-form';
import { todayInWales } from '../record-forms/question';
import { useSession } from '../session/session-context';
import { usePageTitle } from '../shell/page-title';
import { completedQuarters } from './quarters';

const exportSchema = z.object({
  quarter: z.preprocess((value) => value ?? '', z.string().min(1, 'export.errors.quarter')),
  format: z.preprocess((value) => value ?? '', z.enum(exportFormats, 'export.errors.format')),
});

export function ExportPage() {
  const { t } = useTranslation();
  const api = useCynnigApi();
  const session = useSession();
  const quarters = completedQuarters(todayInWales(), 8);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const { form, summaryItems, hasErrors, errorFor, submit } = useCynnigForm(exportSchema, {
    defaultValues: { quarter: null, format: 'csv' } as never,
    onSignedOut: () => session.sessionEnded(),
  });
  const title = t('export.title');
  usePageTitle(title, hasErrors);
  const onSubmit = submit(async ({ quarter, format }) => {
    setDownloaded(null);
    try {
      const file = await api.client.download(exportPath(quarter, format as ExportFormat));
      const href = URL.createObjectURL(file.blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = file.fileName ?? `cynnig-take-up-${quarter.replace(/\s+/g, '-')}.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setDownloaded(quarter);
    } catch (error) {
      // The API has no export route yet: say so in the person's language rather than "not found".
      if (error instanceof ApiProblem && (error.status === 404 || error.status === 405)) {
        throw new ApiProblem({ type: 'about:blank', title: t('export.notAvailable'), status: 422, code: 'export.not-available', errors: [] });
      }
      throw error;
    }
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={summaryItems} />
        {downloaded ? <NotificationBanner variant="success" heading={t('export.downloaded', { quarter: downloaded })} /> : null}
        <h1 className="govuk-heading-xl">{title}</h1>
        <p className="govuk-body">{t('export.intro')}</p>
        <form onSubmit={onSubmit} noValidate>
          <Radios legend={t('export.quarter')} hint={t('export.quarterHint')} error={errorFor('quarter')} options={quarters.map((quarter) => ({ value: quarter, label: quarter }))} {...form.register('quarter')} />
          <Radios
            legend={t('export.format')}
            error={errorFor('format')}
            options={exportFormats.map((format) => ({ value: format, label: t(`export.formats.${format}`) }))}
            {...form.register('format')}
          />
          <Button disabled={form.formState.isSubmitting}>{t('export.submit')}</Button>
        </form>
      </div>
    </div>
  );
}
