// A horizontal bar chart in plain SVG: the annual overview and the board's view show their counts
// with it. No chart library: a few rectangles need none, and the renderer stays small. Each bar
// carries its number as text, so the chart says the same as a table to a screen reader.
import { Stack, Text } from '@mantine/core';
import { useId } from 'react';

export interface ChartRow {
  key: string;
  label: string;
  /** The exact part of the count: the solid bar. */
  value: number;
  /** What may come on top (the board's "<5" cells, at most 4 each): drawn as a light bar. */
  uncertain?: number;
  /** The number as written beside the bar, when it is not just `value`. */
  display?: string;
}

const ROW = 30;
const LABEL = 190;
const WIDTH = 560;
const NUMBER = 110;

export function BarChart({ id, title, rows, emptyText }: { id: string; title: string; rows: ChartRow[]; emptyText: string }) {
  const titleId = useId();
  const max = Math.max(1, ...rows.map((r) => r.value + (r.uncertain ?? 0)));
  const scale = (WIDTH - LABEL - NUMBER) / max;
  return (
    <Stack gap={4} component="figure" m={0} data-testid={`chart-${id}`}>
      <Text component="figcaption" fw={600} size="sm" id={titleId}>
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} width="100%" role="img" aria-labelledby={titleId} style={{ maxWidth: WIDTH }}>
          {rows.map((row, i) => {
            const y = i * ROW;
            const solid = row.value * scale;
            const light = (row.uncertain ?? 0) * scale;
            const text = row.display ?? String(row.value);
            return (
              <g key={row.key} data-testid={`chart-${id}-${row.key}`}>
                <title>{`${row.label}: ${text}`}</title>
                <text x={0} y={y + 20} fontSize={13} fill="var(--mantine-color-text)">
                  {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
                </text>
                <rect x={LABEL} y={y + 6} width={Math.max(solid, row.value > 0 ? 2 : 0)} height={18} rx={3} fill="var(--mantine-color-petrol-6)" />
                {light > 0 && <rect x={LABEL + solid} y={y + 6} width={light} height={18} rx={3} fill="var(--mantine-color-petrol-2)" />}
                <text x={LABEL + solid + light + 6} y={y + 20} fontSize={13} fontWeight={600} fill="var(--mantine-color-text)" data-testid={`chart-${id}-${row.key}-value`}>
                  {text}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </Stack>
  );
}
