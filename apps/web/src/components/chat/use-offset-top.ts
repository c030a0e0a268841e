'use client';

import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * How far below the top of the page the element starts (the site header's height, whatever it wraps to),
 * so the chat can fill exactly the rest of the screen and keep its composer at the bottom. Measured again
 * whenever the page's layout changes (fonts arriving can re-wrap the header's links).
 */
export function useOffsetTop(ref: RefObject<HTMLElement | null>, fallback = 104): number {
  const [top, setTop] = useState(fallback);
  useLayoutEffect(() => {
    const measure = () => {
      if (ref.current) setTop(Math.round(ref.current.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return top;
}
