import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { lineColor, lineDash } from '../chartColors';

type Props = {
  data: Array<Record<string, string | number | null>>;
  lines: ReadonlyArray<{ key: string; name: string }>;
  formatPeriod: (period: string) => string;
  formatValue: (value: number) => string;
  domain?: [number, number];
  testId: string;
};

/**
 * One line per series key; hidden weeks are null and stay gaps (connectNulls={false}). Loaded on
 * demand (recharts); the table beside it is the accessible version, so the chart is aria-hidden.
 */
export function TrendChart({ data, lines, formatPeriod, formatValue, domain, testId }: Props) {
  return (
    <figure aria-hidden="true" style={{ margin: 0, width: '100%', height: 260 }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" tickFormatter={(p: string) => formatPeriod(p)} minTickGap={24} />
          <YAxis domain={domain ?? ['auto', 'auto']} width={44} tickFormatter={(v: number) => formatValue(v)} />
          <Tooltip labelFormatter={(p) => formatPeriod(String(p))} formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))} />
          <Legend />
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
