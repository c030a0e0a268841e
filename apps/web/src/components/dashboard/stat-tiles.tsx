import { useFormatter } from 'next-intl';

export interface StatTile {
  key: string;
  label: string;
  value: number | null;
  /** Shown instead of the number when there is none (no rating yet). */
  empty?: string;
  decimals?: boolean;
}

/** A row of figures, two a line on a phone. */
export function StatTiles({ tiles, label }: { tiles: StatTile[]; label: string }) {
  const format = useFormatter();
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
      {tiles.map((tile) => (
        <div key={tile.key} className="rounded-xl bg-white px-3 py-3 ring-1 ring-slate-200">
          <dt className="text-xs text-slate-500">{tile.label}</dt>
          <dd className="mt-1 text-xl font-bold text-slate-900">
            {tile.value === null ? (
              <span className="text-sm font-medium text-slate-600">{tile.empty}</span>
            ) : tile.decimals ? (
              format.number(tile.value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
            ) : (
              format.number(tile.value)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
