import type { ReactNode } from 'react';

// The real document lives in [locale]/layout.tsx (it knows <html lang>); this root only exists
// so that app/not-found.tsx can catch requests that never reach a locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
