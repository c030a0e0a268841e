'use client';

import { createContext, type ReactNode, useContext } from 'react';

export interface ErrorPageText {
  title: string;
  text: string;
  retry: string;
}

const ErrorPageTextContext = createContext<ErrorPageText | null>(null);

/**
 * The error boundary's three strings, translated on the server by the layout. The boundary is on every page, so
 * reading them through next-intl would put its message formatter into every first load (issue 18).
 */
export function ErrorPageTextProvider({ text, children }: { text: ErrorPageText; children: ReactNode }) {
  return <ErrorPageTextContext value={text}>{children}</ErrorPageTextContext>;
}

export function useErrorPageText(): ErrorPageText {
  const text = useContext(ErrorPageTextContext);
  if (!text) throw new Error('useErrorPageText outside ErrorPageTextProvider');
  return text;
}
