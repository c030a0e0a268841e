import type { ReactNode } from 'react';

// Admin tables: a wide table scrolls sideways inside its own box, so the page itself never does at 375 px.

export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm">{children}</table>
    </div>
  );
}

export function HeadRow({ children }: { children: ReactNode }) {
  return (
    <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
      <tr>{children}</tr>
    </thead>
  );
}

export function Th({ children }: { children?: ReactNode }) {
  return (
    <th scope="col" className="px-3 py-2.5 whitespace-nowrap">
      {children}
    </th>
  );
}

export function Td({ children, nowrap = false }: { children?: ReactNode; nowrap?: boolean }) {
  return <td className={`px-3 py-2.5 align-top text-slate-800 ${nowrap ? 'whitespace-nowrap' : ''}`}>{children}</td>;
}

export const bodyClass = 'divide-y divide-slate-100';

const tones = {
  green: 'bg-emerald-100 text-emerald-900',
  red: 'bg-red-100 text-red-800',
  amber: 'bg-amber-100 text-amber-900',
  grey: 'bg-slate-100 text-slate-700',
  brand: 'bg-brand-50 text-brand-800',
} as const;
export type PillTone = keyof typeof tones;

export function Pill({ tone, children }: { tone: PillTone; children: ReactNode }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${tones[tone]}`}>{children}</span>;
}
