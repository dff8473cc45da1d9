import { useTranslation } from 'react-i18next';
import type { LadderIndex, LadderLike } from '../ladderIndex';
import { wrapLabel } from '../wrapLabel';
import { ladderGraphLayout } from './ladderGraph';

const PROMOTION = '#1864ab';
const LATERAL = '#5f3dc4';

/**
 * Tracks as columns, levels as nodes (up the page is up the ladder), promotions as solid arrows and
 * lateral moves as dashed ones, required certifications written on the arrow. The tables beside it
 * carry the same facts for assistive technology.
 */
export function LadderGraph({ ladder, index, selected, testId = 'ladder-graph' }: { ladder: LadderLike; index: LadderIndex; selected?: string | null; testId?: string }) {
  const { t } = useTranslation();
  const layout = ladderGraphLayout(ladder);
  const entry = new Set(ladder.levels.filter((l) => l.entry).map((l) => l.key));
  return (
    <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} aria-hidden="true" data-testid={testId} style={{ display: 'block' }}>
      <defs>
        {[
          ['p', PROMOTION],
          ['l', LATERAL],
        ].map(([id, color]) => (
          <marker key={id} id={`${testId}-${id}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={color} />
          </marker>
        ))}
      </defs>
      {layout.columns.map((c) => (
        <g key={c.trackKey}>
          <rect x={c.x - 8} y={4} width={layout.nodeWidth + 16} height={layout.height - 8} rx={10} fill="#f8f9fa" />
          {wrapLabel(index.trackName(c.trackKey), 20, 2).map((line, i) => (
            <text key={i} x={c.x + layout.nodeWidth / 2} y={24 + i * 16} textAnchor="middle" fontSize={13} fontWeight={700} fill="#343a40">
              {line}
            </text>
          ))}
        </g>
      ))}
      {layout.edges.map((e) => {
        const color = e.kind === 'PROMOTION' ? PROMOTION : LATERAL;
        return (
          <g key={`${e.from}>${e.to}`} data-testid={`${testId}-edge`}>
            <path d={e.d} fill="none" stroke={color} strokeWidth={2} strokeDasharray={e.kind === 'LATERAL' ? '6 4' : undefined} markerEnd={`url(#${testId}-${e.kind === 'PROMOTION' ? 'p' : 'l'})`} />
            {e.requiredCertifications.length ? (
              <g>
                <rect x={e.labelX - 64} y={e.labelY - 10} width={128} height={18} rx={4} fill="#fff9db" stroke="#e67700" />
                <text x={e.labelX} y={e.labelY + 3} textAnchor="middle" fontSize={10} fill="#5c3c00">
                  {wrapLabel(`${t('career.ladder.needs')} ${e.requiredCertifications.join(', ')}`, 24, 1)[0]}
                </text>
              </g>
            ) : null}
          </g>
        );
      })}
      {layout.nodes.map((n) => (
        <g key={n.key} transform={`translate(${n.x},${n.y})`} data-testid={`${testId}-node`}>
          <rect
            width={layout.nodeWidth}
            height={layout.nodeHeight}
            rx={8}
            fill={selected === n.key ? '#e7f5ff' : '#fff'}
            stroke={selected === n.key ? PROMOTION : '#868e96'}
            strokeWidth={selected === n.key ? 3 : 1}
          />
          {wrapLabel(index.levelName(n.key) || n.key, 20, 2).map((line, i) => (
            <text key={i} x={10} y={20 + i * 15} fontSize={12} fontWeight={600} fill="#212529">
              {line}
            </text>
          ))}
          {entry.has(n.key) ? (
            <text x={layout.nodeWidth - 8} y={layout.nodeHeight - 8} textAnchor="end" fontSize={10} fill="#495057">
              {t('career.ladder.entryShort')}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
