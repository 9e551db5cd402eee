// For measures by authority (22 lines would be unreadable), one bar per authority
// for the latest quarter, each labelled with its name and figure. Withheld figures
// are written as "[c]" with no bar, never as zero.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import type { DashboardSeries } from '../api/monitoring';
import { cellText, plotted } from './series-summary';

export function LatestQuarterBars({ series, quarters, language, describedBy }: { series: DashboardSeries; quarters: readonly string[]; language: Language; describedBy: string }) {
  const { t } = useTranslation();
  const last = quarters.length - 1;
  const rowHeight = 22;
  const labelWidth = 200;
  const width = 640;
  const height = series.groups.length * rowHeight + 8;
  const values = series.groups.map((group) => plotted(group.values[last])).filter((value): value is number => value !== null);
  const top = series.unit === 'percent' ? 100 : Math.max(1, ...values);
  const barSpace = width - labelWidth - 90;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={describedBy} className="cynnig-chart" focusable="false" fontFamily="arial, sans-serif">
      {series.groups.map((group, index) => {
        const value = plotted(group.values[last]);
        const yTop = index * rowHeight + 4;
        return (
          <g key={group.code}>
            <text x={labelWidth - 8} y={yTop + 14} textAnchor="end" fontSize={12} fill="#0b0c0c">
              {group.name[language]}
            </text>
            {value !== null ? <rect x={labelWidth} y={yTop + 2} width={Math.max(1, (value / top) * barSpace)} height={rowHeight - 8} fill="#1d70b8" /> : null}
            <text x={labelWidth + (value !== null ? (value / top) * barSpace : 0) + 6} y={yTop + 14} fontSize={12} fill="#0b0c0c">
              {cellText(group.values[last], series.unit, language, t)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
