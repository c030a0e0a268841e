import type { ReactNode } from 'react';

export function SectionHeading({ id, title, lead, action }: { id?: string; title: string; lead?: string; action?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
      <div>
        <h2 id={id} className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {title}
        </h2>
        {lead ? <p className="mt-1 text-slate-600">{lead}</p> : null}
      </div>
      {action}
    </div>
  );
}
