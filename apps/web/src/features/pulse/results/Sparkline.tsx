import { Line, LineChart, ReferenceArea, YAxis } from 'recharts';
import { lineColor } from '../chartColors';
import { measureScale, scaleBands } from '../measures';
import { BAND_FILL } from './bandFill';

type Props = { data: Array<{ period: string; value: number | null }>; measure: string; width?: number; height?: number };

/**
 * A small line of one team's measure on the measure's fixed range, with its bands of concern shaded,
 * so two teams' lines compare at a glance. Decorative: the sentence and the table beside it carry
 * the numbers, so it is aria-hidden. Loaded on demand (recharts).
 */
export function Sparkline({ data, measure, width = 240, height = 56 }: Props) {
  const scale = measureScale(measure);
  return (
    <div aria-hidden="true" data-testid="attention-sparkline" style={{ width, height, flex: 'none' }}>
      <LineChart width={width} height={height} data={data} margin={{ top: 2, right: 2, bottom: 2, left: 2 }} accessibilityLayer={false}>
        <YAxis hide domain={scale ? [scale.min, scale.max] : ['auto', 'auto']} />
        {scaleBands(measure).map((b) => (
          <ReferenceArea key={b.key} y1={b.from} y2={b.to} fill={BAND_FILL[b.level]} fillOpacity={1} stroke="none" ifOverflow="hidden" />
        ))}
        <Line dataKey="value" stroke={lineColor(0)} strokeWidth={2} dot={{ r: 1.5 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
