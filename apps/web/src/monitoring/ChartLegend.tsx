// The key under a line chart, in HTML so it is read as text: each line's marker and dash
// beside its name, the reference line, and what a gap and "[c]" mean.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import type { DashboardLine } from '../api/monitoring';
import { referenceLine, type LineStyle } from './chart-styles';
import { LineGlyph } from './LineGlyph';
import type { StyledLine } from './LineChart';

function Swatch({ style }: { style: LineStyle | null }) {
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false" className="cynnig-legend__swatch">
      {style ? (
        <>
          <line x1="2" x2="42" y1="8" y2="8" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash} />
          <LineGlyph kind={style.glyph} colour={style.colour} left={22} top={8} size={80} />
        </>
      ) : (
        <line x1="2" x2="42" y1="8" y2="8" stroke={referenceLine.colour} strokeWidth={referenceLine.width} strokeDasharray={referenceLine.dash} />
      )}
    </svg>
  );
}

export function ChartLegend({ lines, total, language }: { lines: readonly StyledLine[]; total: DashboardLine; language: Language }) {
  const { t } = useTranslation();
  return (
    <ul className="govuk-list govuk-body-s cynnig-legend" aria-label={t('dashboard.legendLabel')}>
      {lines.map((line) => (
        <li key={line.code} className="cynnig-legend__item">
          <Swatch style={line.style} />
          {line.name[language]}
        </li>
      ))}
      <li className="cynnig-legend__item">
        <Swatch style={null} />
        <strong>{t('dashboard.referenceLegend', { name: total.name[language] })}</strong>
      </li>
      <li className="cynnig-legend__item">
        <span className="cynnig-legend__marker">
          [c]
        </span>{' '}
        {t('dashboard.withheldLegend')}
      </li>
    </ul>
  );
}
