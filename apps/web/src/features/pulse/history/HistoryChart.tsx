import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { lineColor } from '../chartColors';

type Props = {
  data: Array<Record<string, string | number | null>>;
  lines: ReadonlyArray<{ key: string; name: string }>;
  formatPeriod: (period: string) => string;
};

/**
 * Loaded on demand (recharts). Own scores are never suppressed: a gap only means the measure was not
 * asked that week (WHO-5 is monthly), so points are joined. The table below carries the same numbers, so this is hidden from assistive technology. */
export function HistoryChart({ data, lines, formatPeriod }: Props) {
  return (
    <figure aria-hidden="true" style={{ margin: 0, width: '100%', height: 220 }} data-testid="my-history-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" tickFormatter={(p: string) => formatPeriod(p)} minTickGap={24} />
          <YAxis domain={[0, 100]} width={36} />
          <Tooltip labelFormatter={(p) => formatPeriod(String(p))} />
          <Legend />
          {lines.map((l, i) => (
            <Line key={l.key} dataKey={l.key} name={l.name} stroke={lineColor(i)} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
