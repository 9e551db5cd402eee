// One measure over the quarters as an SVG line chart drawn here rather than with a
// chart library: a few dozen lines of SVG keep the dashboard small, and every part
// of it can be made accessible (the chart is an image described by its summary;
// the table beside it carries every figure). Lines differ by dash pattern and have
// their names written at the end, so colour is never the only difference.
// Withheld figures leave a gap in the line rather than a guess.
import type { Language } from '@cynnig/domain';
import type { DashboardSeries } from '../api/monitoring';
import { plotted } from './series-summary';

const palette = ['#1d70b8', '#d4351c', '#00703c', '#6f72af', '#b58840', '#28a197', '#f499be', '#505a5f'];
const dashes = ['', '6 3', '2 3', '10 4 2 4', '1 5', '8 2', '4 4', '12 3'];

export function SeriesChart({ series, quarters, language, describedBy, maxGroups = 8 }: { series: DashboardSeries; quarters: readonly string[]; language: Language; describedBy: string; maxGroups?: number }) {
  const width = 640;
  const height = 280;
  const margin = { top: 16, right: 170, bottom: 40, left: 56 };
  const groups = series.groups.slice(0, maxGroups);
  const values = groups.flatMap((group) => group.values.map(plotted)).filter((value): value is number => value !== null);
  const top = series.unit === 'percent' ? 100 : Math.max(1, Math.ceil((Math.max(0, ...values) * 1.1) / 5) * 5);
  const x = (index: number) => margin.left + (quarters.length <= 1 ? 0 : (index * (width - margin.left - margin.right)) / (quarters.length - 1));
  const y = (value: number) => margin.top + (1 - value / top) * (height - margin.top - margin.bottom);
  const ticks = [0, top / 4, top / 2, (3 * top) / 4, top];
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={describedBy} className="cynnig-chart" focusable="false" fontFamily="arial, sans-serif">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke="#b1b4b6" strokeWidth={1} />
          <text x={margin.left - 8} y={y(tick) + 4} textAnchor="end" fontSize={12} fill="#0b0c0c">
            {series.unit === 'percent' ? `${tick}%` : String(Math.round(tick))}
          </text>
        </g>
      ))}
      {quarters.map((quarter, index) => (
        <text key={quarter} x={x(index)} y={height - margin.bottom + 20} textAnchor="middle" fontSize={12} fill="#0b0c0c">
          {quarter}
        </text>
      ))}
      {groups.map((group, groupIndex) => {
        const colour = palette[groupIndex % palette.length];
        const segments: string[] = [];
        let current = '';
        group.values.forEach((cell, index) => {
          const value = plotted(cell);
          if (value === null) {
            if (current) segments.push(current);
            current = '';
            return;
          }
          current += `${current ? 'L' : 'M'}${x(index).toFixed(1)},${y(value).toFixed(1)}`;
        });
        if (current) segments.push(current);
        const lastIndex = group.values.map(plotted).findLastIndex((value) => value !== null);
        const lastValue = lastIndex >= 0 ? plotted(group.values[lastIndex]) : null;
        return (
          <g key={group.code}>
            {segments.map((path) => (
              <path key={path} d={path} fill="none" stroke={colour} strokeWidth={3} strokeDasharray={dashes[groupIndex % dashes.length]} />
            ))}
            {group.values.map((cell, index) => {
              const value = plotted(cell);
              return value === null ? null : <circle key={index} cx={x(index)} cy={y(value)} r={4} fill={colour} />;
            })}
            {lastValue !== null ? (
              <text x={x(quarters.length - 1) + 10} y={y(lastValue) + 4} fontSize={12} fill="#0b0c0c">
                {group.name[language]}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
