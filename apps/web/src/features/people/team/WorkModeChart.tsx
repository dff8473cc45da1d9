import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { WorkModeCount } from './workModeMix';

type Props = { data: ReadonlyArray<WorkModeCount & { label: string }>; title: string; valueLabel: string };

/**
 * Loaded on demand (recharts is ~100 KB gzip). The table next to it carries the same numbers, so the
 * chart itself is hidden from assistive technology.
 */
export default function WorkModeChart({ data, title, valueLabel }: Props) {
  return (
    <figure aria-hidden="true" style={{ margin: 0 }} data-testid="work-mode-chart">
      <BarChart
        width={420}
        height={240}
        data={[...data]}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        title={title}
        // The table beside it is the accessible version; the chart must not take keyboard focus.
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={valueLabel} fill="#1971c2" isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
