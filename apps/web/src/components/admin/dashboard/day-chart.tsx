'use client';

import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';

export interface DaySeries {
  label: string;
  values: number[];
  /** A CSS colour. */
  color: string;
}

const height = 220;

/** Unix seconds at UTC midnight of a `YYYY-MM-DD` day; the axis is drawn in UTC, so the label is that same day. */
const dayToSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/**
 * A line chart of daily figures (uPlot, loaded with its CSS only in the browser), as wide as its box and
 * redrawn when the box changes size. `formatValue` writes the numbers of the axis and the legend.
 */
export function DayChart({
  title,
  days,
  series,
  dayLabel,
  formatValue,
}: {
  title: string;
  /** The legend's name for the day column (uPlot would say "Time"). */
  dayLabel: string;
  days: string[];
  series: DaySeries[];
  formatValue?: (value: number) => string;
}) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let chart: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    void (async () => {
      const [{ default: UPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
      if (cancelled) return;
      const format = formatValue ?? ((v: number) => String(v));
      const options: uPlot.Options = {
        width: Math.max(element.clientWidth, 200),
        height,
        tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [
          { values: '{D}.{MM}', space: 48 },
          { values: (_u, ticks) => ticks.map(format), size: 56, space: 30 },
        ],
        series: [
          { label: dayLabel, value: '{YYYY}-{MM}-{DD}' },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            points: { show: days.length <= 45 },
            value: (_u: uPlot, v: number | null) => (v === null ? '—' : format(v)),
          })),
        ],
        legend: { live: true },
      };
      chart = new UPlot(options, [days.map(dayToSeconds), ...series.map((s) => s.values)], element);
      observer = new ResizeObserver(() => chart?.setSize({ width: Math.max(element.clientWidth, 200), height }));
      observer.observe(element);
    })();
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [days, series, dayLabel, formatValue]);

  return (
    <figure className="min-w-0 rounded-xl border border-slate-200 bg-white p-3 sm:p-4">
      <figcaption className="mb-2 text-sm font-semibold text-slate-800">{title}</figcaption>
      <div ref={box} className="w-full min-w-0 overflow-hidden text-xs" style={{ minHeight: height }} />
    </figure>
  );
}
