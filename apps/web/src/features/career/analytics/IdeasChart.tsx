import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Props = { rows: ReadonlyArray<{ teamPath: string; accepted: number; done: number }>; teamLabel: string; countLabel: string; acceptedLabel: string; doneLabel: string };

/** Adopted ideas per team, accepted and done stacked (told apart by pattern as well as colour). */
export default function IdeasChart({ rows, teamLabel, countLabel, acceptedLabel, doneLabel }: Props) {
  const height = Math.max(140, rows.length * 34 + 90);
  return (
    <figure aria-hidden="true" style={{ margin: 0, width: '100%' }} data-testid="adopted-ideas-chart">
      <svg width={0} height={0} style={{ position: 'absolute' }}>
        <defs>
          <pattern id="ideas-done" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#2b8a3e" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
          </pattern>
        </defs>
      </svg>
      <div style={{ fontSize: 12, color: '#495057', paddingLeft: 4 }}>{teamLabel}</div>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 24, bottom: 28, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} domain={[0, 'auto']} label={{ value: countLabel, position: 'insideBottom', offset: -16, fontSize: 12, fill: '#495057' }} />
          <YAxis type="category" dataKey="teamPath" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="accepted" stackId="a" name={acceptedLabel} fill="#1864ab" isAnimationActive={false} />
          <Bar dataKey="done" stackId="a" name={doneLabel} fill="url(#ideas-done)" stroke="#2b8a3e" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
