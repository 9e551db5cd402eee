// The latest quarter for every group at once (all 22 authorities fit here, where 22 lines
// would not), one bar each, labelled with its name and figure. The view's total (Wales) is a
// black dashed reference line across the bars, named at its top, never a bar among the
// others: a total drawn as a bar would squash every group on a count. Withheld figures are
// written "[c]" with no bar, never as zero.
import type { Language } from '@cynnig/domain';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useTranslation } from 'react-i18next';
import type { DashboardLine, DashboardSeries } from '../api/monitoring';
import { barColour, referenceLine, textColour } from './chart-styles';
import { cellText, plotted } from './series-summary';

const width = 720;
const labelWidth = 230;
const rowHeight = 24;
const top = 30;

export function LatestQuarterBars({ groups, total, unit, language, describedBy }: { groups: readonly DashboardLine[]; total: DashboardLine; unit: DashboardSeries['unit']; language: Language; describedBy: string }) {
  const { t } = useTranslation();
  const last = (line: DashboardLine) => line.values.at(-1);
  const shown = [...groups, total].map((line) => plotted(last(line))).filter((value): value is number => value !== null);
  const x = scaleLinear<number>({ domain: [0, unit === 'percent' ? 100 : Math.max(1, ...shown)], range: [labelWidth, width - 90] });
  const height = top + groups.length * rowHeight + 8;
  const reference = plotted(last(total));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={describedBy} className="cynnig-chart" focusable="false" fontFamily="arial, sans-serif">
      {groups.map((group, index) => {
        const value = plotted(last(group));
        const rowTop = top + index * rowHeight;
        return (
          <Group key={group.code} data-bar={group.code}>
            <text x={labelWidth - 8} y={rowTop + 16} textAnchor="end" fontSize={13} fill={textColour}>
              {group.name[language]}
            </text>
            {value !== null ? <Bar x={labelWidth} y={rowTop + 4} width={Math.max(1, x(value) - labelWidth)} height={rowHeight - 8} fill={barColour} /> : null}
            <text x={(value !== null ? x(value) : labelWidth) + 6} y={rowTop + 16} fontSize={13} fill={textColour}>
              {cellText(last(group), unit, language, t)}
            </text>
          </Group>
        );
      })}
      {reference !== null ? (
        <Group data-reference="true">
          <line x1={x(reference)} x2={x(reference)} y1={top - 6} y2={height - 4} stroke={referenceLine.colour} strokeWidth={3} strokeDasharray={referenceLine.dash} />
          <text x={x(reference)} y={16} textAnchor="middle" fontSize={13} fontWeight="bold" fill={textColour}>
            {`${total.name[language]}: ${cellText(reference, unit, language, t)}`}
          </text>
        </Group>
      ) : null}
    </svg>
  );
}
