import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LevelCountRow } from './levelCounts';

/** levelLabel titles the level axis (left), peopleLabel the count axis (bottom). */
type Props = { rows: readonly LevelCountRow[]; levelLabel: string; peopleLabel: string };

/**
 * People per level as horizontal bars (level names stay readable on a phone). Loaded on demand; the
 * table below is the accessible version, so the chart is hidden from assistive technology.
 */
export default function LevelChart({ rows, levelLabel, peopleLabel }: Props) {
  const height = Math.max(160, rows.length * 34 + 60);
  return (
    <figure aria-hidden="true" style={{ margin: 0, width: '100%' }} data-testid="progression-levels-chart">
      <div style={{ fontSize: 12, color: '#495057', paddingLeft: 4 }}>{levelLabel}</div>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 24, bottom: 24, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} domain={[0, 'auto']} label={{ value: peopleLabel, position: 'insideBottom', offset: -12, fontSize: 12, fill: '#495057' }} />
          <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Bar dataKey="people" name={peopleLabel} fill="#1864ab" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
