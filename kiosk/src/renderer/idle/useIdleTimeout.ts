// Watches for touches, clicks, keys and scans while `enabled`. Returns the seconds left once the
// warning phase (the last `warnS` seconds) starts, else null, and `stay` for the warning's
// button; calls onExpire once when time runs out.

import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase } from './idleClock.js';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function useIdleTimeout(
  enabled: boolean,
  timeoutS: number,
  warnS: number,
  onExpire: () => void,
): { secondsLeft: number | null; stay: () => void } {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const last = useRef(0);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });

  const stay = useCallback(() => {
    last.current = Date.now();
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    stay();
    if (!enabled) return;
    let fired = false;
    const tick = () => {
      const p = idlePhase(last.current, Date.now(), timeoutS, warnS);
      if (p.phase !== 'expired') return setSecondsLeft(p.phase === 'warning' ? p.secondsLeft : null);
      if (fired) return;
      fired = true;
      expire.current();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, stay, { capture: true, passive: true });
    const timer = window.setInterval(tick, 250);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, stay, { capture: true });
      window.clearInterval(timer);
    };
  }, [enabled, timeoutS, warnS, stay]);

  return { secondsLeft, stay };
}
