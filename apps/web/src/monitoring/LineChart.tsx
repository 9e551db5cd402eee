// One measure over the quarters as lines, drawn with visx (scales, line paths, axes and
// markers) as plain SVG that React renders, so every part can be made accessible: the chart
// is an image named by its text summary, and the table beside it carries every figure.
// Each group is a coloured line with its own marker and dash; the view's total (Wales) is
// a thick black dashed reference line named at its end, never one of the groups. A figure
// that is withheld leaves a gap in its line and a "[c]" in the strip under the chart, at
// that quarter, beside the line's marker; a gap without "[c]" has nothing to measure.
import type { Language } from '@cynnig/domain';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useTranslation } from 'react-i18next';
import { isSuppressedCell, type DashboardLine, type DashboardSeries } from '../api/monitoring';
import { formatNumber } from '../i18n/format';
import { gridColour, referenceLine, textColour, type LineStyle } from './chart-styles';
import { LineGlyph } from './LineGlyph';
import { quarterLabelParts } from './quarters';
import { plotted } from './series-summary';

export interface StyledLine extends DashboardLine {
  readonly style: LineStyle;
}

const width = 720;
const plotHeight = 240;
const margin = { top: 28, right: 110, bottom: 48, left: 60 };
const stripRow = 22;

/** The top of the value axis: 100 for shares, otherwise a round number above the largest figure. */
function axisTop(unit: DashboardSeries['unit'], values: readonly number[]): number {
  if (unit === 'percent') return 100;
  return Math.max(5, ...values) * 1.1;
}

export function tickText(value: number, unit: DashboardSeries['unit'], language: Language): string {
  return unit === 'percent' ? `${formatNumber(value, language)}%` : formatNumber(value, language);
}

export function LineChart({ lines, total, quarters, unit, language, describedBy }: { lines: readonly StyledLine[]; total: DashboardLine; quarters: readonly string[]; unit: DashboardSeries['unit']; language: Language; describedBy: string }) {
  const { t } = useTranslation();
  const withheldLines = [...lines, { ...total, style: null }].filter((line) => line.values.some((cell) => isSuppressedCell(cell)));
  const stripHeight = withheldLines.length > 0 ? stripRow * (withheldLines.length + 1) + 8 : 0;
  const height = margin.top + plotHeight + margin.bottom + stripHeight;
  const values = [...lines, total].flatMap((line) => line.values.map(plotted)).filter((value): value is number => value !== null);
  const x = scalePoint<string>({ domain: [...quarters], range: [margin.left, width - margin.right], padding: 0.4 });
  const y = scaleLinear<number>({ domain: [0, axisTop(unit, values)], range: [margin.top + plotHeight, margin.top], nice: true });
  const xOf = (index: number) => x(quarters[index] ?? '') ?? margin.left;
  const points = (line: DashboardLine) => line.values.map((cell, index) => ({ index, value: plotted(cell) }));
  const defined = (point: { value: number | null }) => point.value !== null;
  const lastShown = total.values.map(plotted).findLastIndex((value) => value !== null);
  const stripTop = margin.top + plotHeight + margin.bottom;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={describedBy} className="cynnig-chart" focusable="false" fontFamily="arial, sans-serif">
      <text x={4} y={14} fontSize={13} fill={textColour}>
        {t(`dashboard.axis.${unit}`)}
      </text>
      {y.ticks(5).map((tick) => (
        <line key={tick} x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke={gridColour} strokeWidth={1} />
      ))}
      <AxisLeft
        scale={y}
        left={margin.left}
        numTicks={5}
        stroke={textColour}
        tickStroke={textColour}
        tickFormat={(value) => tickText(Number(value), unit, language)}
        tickLabelProps={() => ({ fill: textColour, fontSize: 13, textAnchor: 'end', dx: -4, dy: 4, fontFamily: 'arial, sans-serif' })}
      />
      <AxisBottom
        scale={x}
        top={margin.top + plotHeight}
        stroke={textColour}
        tickStroke={textColour}
        tickComponent={({ x: left, y: top, formattedValue }) => {
          const [quarter, year] = quarterLabelParts(formattedValue ?? '', language);
          return (
            <text x={left} y={top} textAnchor="middle" fontSize={13} fill={textColour}>
              <tspan x={left} dy={6}>
                {quarter}
              </tspan>
              <tspan x={left} dy={15}>
                {year}
              </tspan>
            </text>
          );
        }}
      />
      {lines.map((line) => (
        <Group key={line.code} data-line={line.code}>
          <LinePath data={points(line)} defined={defined} x={(point) => xOf(point.index)} y={(point) => y(point.value ?? 0)} stroke={line.style.colour} strokeWidth={3} strokeDasharray={line.style.dash} fill="none" />
          {points(line).map((point) =>
            point.value === null ? null : <LineGlyph key={point.index} kind={line.style.glyph} colour={line.style.colour} left={xOf(point.index)} top={y(point.value)} size={90} />,
          )}
        </Group>
      ))}
      <Group data-line={total.code} data-reference="true">
        <LinePath
          data={points(total)}
          defined={defined}
          x={(point) => xOf(point.index)}
          y={(point) => y(point.value ?? 0)}
          stroke={referenceLine.colour}
          strokeWidth={referenceLine.width}
          strokeDasharray={referenceLine.dash}
          fill="none"
        />
        {/* A short bar at each figure, so a figure between two gaps still shows. */}
        {points(total).map((point) => (point.value === null ? null : <rect key={point.index} x={xOf(point.index) - 10} y={y(point.value) - 2} width={20} height={4} fill={referenceLine.colour} />))}
        {lastShown >= 0 ? (
          <text x={xOf(lastShown) + 14} y={y(plotted(total.values[lastShown]) ?? 0) + 4} fontSize={13} fontWeight="bold" fill={textColour}>
            {total.name[language]}
          </text>
        ) : null}
      </Group>
      {withheldLines.length > 0 ? (
        <Group top={stripTop} data-withheld-strip="true">
          <text x={4} y={14} fontSize={13} fontWeight="bold" fill={textColour}>
            {t('dashboard.withheldStrip')}
          </text>
          {withheldLines.map((line, row) => {
            const top = stripRow * (row + 1) + 14;
            return (
              <Group key={line.code}>
                {line.style ? (
                  <LineGlyph kind={line.style.glyph} colour={line.style.colour} left={margin.left - 20} top={top - 4} size={90} />
                ) : (
                  <line x1={margin.left - 34} x2={margin.left - 8} y1={top - 4} y2={top - 4} stroke={referenceLine.colour} strokeWidth={referenceLine.width} strokeDasharray={referenceLine.dash} />
                )}
                {line.values.map((cell, index) =>
                  isSuppressedCell(cell) ? (
                    <text key={index} x={xOf(index)} y={top} textAnchor="middle" fontSize={13} fill={textColour} data-withheld={`${line.code}|${quarters[index]}`}>
                      [c]
                    </text>
                  ) : null,
                )}
              </Group>
            );
          })}
        </Group>
      ) : null}
    </svg>
  );
}
