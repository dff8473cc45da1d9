import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { lineColor, lineDash } from '../chartColors';
import type { ScaleBand } from '../measures';
import { BAND_FILL } from './bandFill';

type Props = {
  data: Array<Record<string, string | number | null>>;
  lines: ReadonlyArray<{ key: string; name: string }>;
  formatPeriod: (period: string) => string;
  formatValue: (value: number) => string;
  /** The measure's fixed range, so a flat line looks flat and two teams compare. */
  domain?: [number, number];
  /** Axis titles: the x axis (weeks) and the y axis (the measure and its range). */
  xLabel: string;
  yLabel: string;
  bands?: readonly ScaleBand[];
  testId: string;
};

/**
 * One line per series key; hidden weeks are null and stay gaps (connectNulls={false}). Loaded on
 * demand (recharts); the table beside it is the accessible version, so the chart is aria-hidden.
 */
export function TrendChart({ data, lines, formatPeriod, formatValue, domain, xLabel, yLabel, bands = [], testId }: Props) {
  return (
    <figure aria-hidden="true" style={{ margin: 0, width: '100%' }} data-testid={testId}>
      {/* The y axis title above the plot, not turned sideways: a long measure name fits a phone. */}
      <div style={{ fontSize: 12, color: '#495057', paddingLeft: 4 }} data-testid={`${testId}-y-title`}>
        {yLabel}
      </div>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data} margin={{ top: 8, right: 28, bottom: 24, left: 0 }} accessibilityLayer={false}>
          {bands.map((b) => (
            <ReferenceArea key={b.key} y1={b.from} y2={b.to} fill={BAND_FILL[b.level]} fillOpacity={1} stroke="none" ifOverflow="hidden" />
          ))}
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="period"
            tickFormatter={(p: string) => formatPeriod(p)}
            minTickGap={24}
            label={{ value: xLabel, position: 'insideBottom', offset: -16, fontSize: 12, fill: '#495057' }}
          />
          <YAxis
            domain={domain ?? ['auto', 'auto']}
            allowDataOverflow={false}
            width={48}
            tickFormatter={(v: number) => formatValue(v)}
          />
          <Tooltip labelFormatter={(p) => formatPeriod(String(p))} formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))} />
          <Legend verticalAlign="top" height={28} />
          {lines.map((l, i) => (
            <Line
              key={l.key}
              dataKey={l.key}
              name={l.name}
              stroke={lineColor(i)}
              strokeDasharray={lineDash(i)}
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
