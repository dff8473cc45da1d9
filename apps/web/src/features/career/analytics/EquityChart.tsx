import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { niceTicks } from './equity';

type Row = { label: string; value: number | null; whisker: [number, number] | null; hidden: boolean };
type Props = {
  rows: readonly Row[];
  /** Fixed axis maximum (from zero), above every interval. */
  max: number;
  reference: number | null;
  referenceLabel: string;
  formatValue: (v: number | null) => string;
  valueLabel: string;
  groupLabel: string;
  testId: string;
};

/**
 * One horizontal bar per group with its 95 % interval as a whisker, on an axis that starts at zero.
 * A hidden group keeps its row (its label says why) and has no bar: never drawn as zero. Loaded on
 * demand; the table is the accessible version.
 */
export default function EquityChart({ rows, max, reference, referenceLabel, formatValue, valueLabel, groupLabel, testId }: Props) {
  const data = rows.map((r) => ({ ...r }));
  const height = Math.max(140, rows.length * 44 + 70);
  return (
    <figure aria-hidden="true" style={{ margin: 0, width: '100%' }} data-testid={testId}>
      <div style={{ fontSize: 12, color: '#495057', paddingLeft: 4 }}>{groupLabel}</div>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 22, right: 28, bottom: 28, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, max]}
            ticks={niceTicks(max)}
            allowDataOverflow
            tickFormatter={(v: number) => formatValue(v)}
            label={{ value: valueLabel, position: 'insideBottom', offset: -16, fontSize: 12, fill: '#495057' }}
          />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))} />
          {reference !== null ? <ReferenceLine x={reference} stroke="#495057" strokeDasharray="4 4" label={{ value: referenceLabel, position: 'top', fontSize: 11, fill: '#495057' }} /> : null}
          <Bar dataKey="value" name={valueLabel} fill="#1864ab" barSize={18} isAnimationActive={false}>
            <ErrorBar dataKey="whisker" width={8} strokeWidth={2} stroke="#212529" direction="x" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
