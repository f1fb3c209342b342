// Each screen's <h1>. It takes focus when the screen appears, so a screen reader announces the
// new screen and a keyboard user's next Tab starts at its top, not wherever the old screen was.

import { useEffect, useRef, type ReactNode } from 'react';

export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
