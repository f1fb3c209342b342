// The part of a screen that scrolls when its content is longer than the monitor (large text,
// a long document list). While it scrolls it is a tab stop, so a keyboard user can scroll it
// with the arrow keys; while it fits, it is not, so Tab goes straight to the screen's controls.

import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function ScreenBody({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollHeight > el.clientHeight + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    measure();
    return () => observer.disconnect();
  });
  return (
    <div
      ref={ref}
      className={className ? `screen-body ${className}` : 'screen-body'}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
