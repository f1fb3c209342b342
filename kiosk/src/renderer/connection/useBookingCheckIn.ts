// Check-in by booking code, from whichever source read it: the HID/keyboard-wedge reader (any
// time on the attract or check-in screen) or the camera QR option. One request at a time; the
// error is kept as the RequestError so it is translated in whatever language is on screen.

import { useCallback, useEffect, useRef, useState } from 'react';
import { BoothEvents } from '@bilik/shared';
import type { Action } from '../state/journey.js';
import type { BoothLink } from './useBoothConnection.js';

export type BookingCheckIn = { busy: boolean; error: unknown; checkIn(code: string): void; reset(): void };

export function useBookingCheckIn(send: BoothLink['send'], dispatch: (a: Action) => void): BookingCheckIn {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  const checkIn = useCallback(
    (code: string) => {
      const bookingCode = code.trim();
      if (inFlight.current || bookingCode.length < 4) return;
      inFlight.current = true;
      setBusy(true);
      setError(null);
      // The check-in screen shows progress and errors, also for a scan made on the attract screen.
      dispatch({ type: 'start' });
      send(BoothEvents.checkIn, { method: 'booking', bookingCode })
        .then(({ session }) => dispatch({ type: 'view', view: session }))
        .catch((err: unknown) => live.current && setError(err))
        .finally(() => {
          inFlight.current = false;
          if (live.current) setBusy(false);
        });
    },
    [send, dispatch],
  );
  const reset = useCallback(() => setError(null), []);
  return { busy, error, checkIn, reset };
}
