import type { ReactNode } from 'react';
import { Container } from '@/components/ui/container';

/** The frame of the sign-up, login and recovery pages: one narrow card, readable on a 360 px phone. */
export function AuthPage({ title, lead, footer, children }: { title: string; lead: string; footer?: ReactNode; children: ReactNode }) {
  return (
    <Container className="py-8 sm:py-14">
      <div className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        <p className="mt-2 text-slate-600">{lead}</p>
        <div className="mt-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">{children}</div>
        {footer ? <p className="mt-6 flex flex-wrap items-center justify-center gap-x-1.5 text-center text-slate-600">{footer}</p> : null}
      </div>
    </Container>
  );
}
