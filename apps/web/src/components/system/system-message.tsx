import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

/** The frame of 404, 403, subscription-expired and maintenance pages: what happened, then what to do. */
export function SystemMessage({
  code,
  title,
  children,
  actions,
}: {
  code: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Container className="py-12 sm:py-20">
      <div className="mx-auto max-w-xl rounded-2xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm sm:px-10">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{code}</p>
        <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        <div className="mt-4 space-y-3 text-slate-600">{children}</div>
        {actions ? <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">{actions}</div> : null}
      </div>
    </Container>
  );
}
