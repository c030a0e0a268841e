'use client';

import { type ReactNode, useSyncExternalStore } from 'react';

const noChanges = () => () => undefined;

/**
 * Its controls stay disabled until React has made them live. A lazily loaded island (a task page's response
 * form, say) is in the server's HTML before its chunk has run: a tap on "Send" then submitted the form natively,
 * a GET that reloaded the page and lost what was typed, and a tap on a plain button did nothing. A disabled
 * <fieldset> disables every control inside it, so nothing can be typed or sent that would be lost.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  // False in the server's render and while hydrating, true from the render right after.
  const live = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  return (
    <fieldset disabled={!live} className="contents">
      {children}
    </fieldset>
  );
}
