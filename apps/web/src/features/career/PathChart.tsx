import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { LadderIndex } from './ladderIndex';
import type { PathLayout } from './my/pathLayout';
import { wrapLabel } from './wrapLabel';

type Props = { layout: PathLayout; index: LadderIndex; testId: string };

const PROMOTION = '#1864ab';
const LATERAL = '#5f3dc4';
const TRACK = '#dee2e6';

/**
 * The path as a chart: steps left to right, each level a node with its readiness bar on a fixed
 * 0–100 % scale. Hidden from assistive technology: the table below carries the same facts.
 */
export function PathChart({ layout, index, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const barWidth = layout.nodeWidth - 24;
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
      data-testid={testId}
      style={{ display: 'block', fontFamily: 'inherit' }}
    >
      <defs>
        <marker id={`${testId}-arrow-p`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={PROMOTION} />
        </marker>
        <marker id={`${testId}-arrow-l`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={LATERAL} />
        </marker>
      </defs>
      {layout.edges.map((e) => (
        <g key={`${e.from}-${e.to}`}>
          <line
            x1={e.x1 + 2}
            x2={e.x2 - 2}
            y1={e.y}
            y2={e.y}
            stroke={e.kind === 'PROMOTION' ? PROMOTION : LATERAL}
            strokeWidth={2}
            strokeDasharray={e.kind === 'LATERAL' ? '6 4' : undefined}
            markerEnd={`url(#${testId}-arrow-${e.kind === 'PROMOTION' ? 'p' : 'l'})`}
          />
          <text x={(e.x1 + e.x2) / 2} y={e.y - 8} textAnchor="middle" fontSize={11} fill="#495057">
            {e.kind === 'PROMOTION' ? t('career.moveKind.PROMOTION') : t('career.moveKind.LATERAL')}
          </text>
        </g>
      ))}
      {layout.nodes.map((n) => {
        const current = n.index === 0;
        const lines = wrapLabel(index.levelName(n.levelKey), 18, 2);
        return (
          <g key={n.index} transform={`translate(${n.x},${n.y})`}>
            <rect
              width={layout.nodeWidth}
              height={layout.nodeHeight}
              rx={8}
              fill={current ? '#e7f5ff' : '#fff'}
              stroke={n.ready ? '#087f5b' : current ? PROMOTION : '#868e96'}
              strokeWidth={current || n.ready ? 2 : 1}
              strokeDasharray={n.projected ? '4 3' : undefined}
            />
            <text x={12} y={18} fontSize={11} fill="#495057">
              {current ? t('career.path.youAreHere') : t('career.path.stepN', { n: n.index })}
            </text>
            {lines.map((line, i) => (
              <text key={i} x={12} y={36 + i * 16} fontSize={13} fontWeight={600} fill="#212529">
                {line}
              </text>
            ))}
            {n.percent !== null ? (
              <>
                <rect x={12} y={layout.nodeHeight - 22} width={barWidth} height={8} rx={4} fill={TRACK} />
                <rect x={12} y={layout.nodeHeight - 22} width={(barWidth * Math.max(0, Math.min(100, n.percent))) / 100} height={8} rx={4} fill={n.ready ? '#087f5b' : PROMOTION} />
                <text x={12} y={layout.nodeHeight - 28} fontSize={11} fill="#212529">
                  {n.projected
                    ? t('career.path.projectedPercent', { percent: format.percent(n.percent / 100) })
                    : t('career.readiness.percent', { percent: format.percent(n.percent / 100) })}
                </text>
              </>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
