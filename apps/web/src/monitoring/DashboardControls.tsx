// What the dashboard shows, chosen the GOV.UK way: a form with a button. How the figures are
// grouped (the groupings this person may use, from the API), which quarters (completed ones,
// at most 12), and, when a grouping has more groups than a chart can draw as lines, which
// ones to draw. Pressing the button puts the choice in the address; the page reads it there.
import type { Language } from '@cynnig/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/monitoring';
import { Button } from '../components/button/Button';
import { Checkboxes } from '../components/checkboxes/Checkboxes';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { Radios } from '../components/radios/Radios';
import { Select } from '../components/select/Select';
import { useCynnigForm } from '../forms/use-cynnig-form';
import { todayInWales } from '../record-forms/question';
import { maxLines } from './chart-styles';
import { dashboardChoiceSchema, maxQuarters, type DashboardSearch } from './dashboard-search';
import { completedQuarters, quarterNumber, quarterWithMonths } from './quarters';

/** Completed quarters offered in the drop-downs: five years back, oldest first. */
const quartersOffered = 20;

export function DashboardControls({ dashboard, show, onChoose, onErrors }: { dashboard: Dashboard; show: readonly string[]; onChoose: (choice: DashboardSearch) => void; onErrors?: (hasErrors: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { form, summaryItems, hasErrors, errorFor, submit } = useCynnigForm(dashboardChoiceSchema, {
    defaultValues: { groupBy: dashboard.groupBy, from: dashboard.quarters[0], to: dashboard.quarters.at(-1), show: [...show] } as never,
  });
  // The page's title starts "Error:" while the form shows errors.
  useEffect(() => onErrors?.(hasErrors), [hasErrors, onErrors]);
  const quarters = [...new Set([...completedQuarters(todayInWales(), quartersOffered), ...dashboard.quarters])].sort((a, b) => quarterNumber(a) - quarterNumber(b));
  const options = quarters.map((quarter) => ({ value: quarter, label: quarterWithMonths(quarter, language) }));
  const groups = dashboard.series[0]?.groups ?? [];
  const chosenGrouping = form.watch('groupBy' as never) as unknown as string;
  const choosing = groups.length > maxLines && chosenGrouping === dashboard.groupBy;
  const onSubmit = submit(async (choice) => {
    onChoose({ groupBy: choice.groupBy, from: choice.from, to: choice.to, show: choice.groupBy === dashboard.groupBy ? choice.show : [] });
  });
  return (
    <>
      <ErrorSummary items={summaryItems} />
      <form onSubmit={onSubmit} noValidate method="get" action="/monitoring" className="govuk-!-margin-bottom-6">
        <Radios
          legend={t('dashboard.controls.groupBy')}
          error={errorFor('groupBy')}
          options={dashboard.groupings.map((grouping) => ({ value: grouping, label: t(`dashboard.groupings.${grouping}`) }))}
          {...form.register('groupBy' as never)}
        />
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset" aria-describedby="quarters-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('dashboard.controls.quarters')}</legend>
            <div id="quarters-hint" className="govuk-hint">
              {t('dashboard.controls.quartersHint', { count: maxQuarters })}
            </div>
            {/* defaultValue as well as the form's default, so the drop-down opens on the quarter shown before any script runs. */}
            <Select label={t('dashboard.controls.from')} options={options} error={errorFor('from')} defaultValue={dashboard.quarters[0]} {...form.register('from' as never)} />
            <Select label={t('dashboard.controls.to')} options={options} error={errorFor('to')} defaultValue={dashboard.quarters.at(-1)} {...form.register('to' as never)} />
          </fieldset>
        </div>
        {choosing ? (
          <div className="cynnig-checkbox-columns">
            <Checkboxes
              legend={t('dashboard.controls.show', { grouping: t(`dashboard.groupingsLower.${dashboard.groupBy}`) })}
              hint={t('dashboard.controls.showHint', { count: maxLines })}
              error={errorFor('show')}
              options={groups.map((group) => ({ value: group.code, label: group.name[language] }))}
              {...form.register('show' as never)}
            />
          </div>
        ) : null}
        <Button>{t('dashboard.controls.submit')}</Button>
      </form>
    </>
  );
}
