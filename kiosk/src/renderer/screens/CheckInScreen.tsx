// Check-in: type NIK + KPJ, or scan a booking QR (reader at any time, or the camera).

import type { Lang } from '@bilik/shared';
import { useSpokenPrompt } from '../a11y/speech.js';
import { ScreenBody } from '../components/ScreenBody.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import type { BookingCheckIn } from '../connection/useBookingCheckIn.js';
import { errorText } from '../i18n/text.js';
import { useKiosk } from '../state/KioskContext.js';
import { CameraQrScan } from './CameraQrScan.js';
import { NikKpjForm } from './NikKpjForm.js';

function bookingError(lang: Lang, err: unknown): string {
  // An unknown, used or mangled code all mean the same to a participant.
  return errorText(lang, err, {
    overrides: { NOT_FOUND: 'checkIn.bookingNotFound', BAD_REQUEST: 'checkIn.bookingNotFound' },
  });
}

export function CheckInScreen({ booking }: { booking: BookingCheckIn }) {
  const { tr, state, speak, endVisit } = useKiosk();
  useSpokenPrompt(speak, `${tr('checkIn.title')}. ${tr('checkIn.scanHint')}`);
  return (
    <section className="screen check-in">
      <ScreenHeading>{tr('checkIn.title')}</ScreenHeading>
      <ScreenBody>
        <p className="hint">{tr('checkIn.scanHint')}</p>
        {booking.busy && <p role="status">{tr('checkIn.bookingWorking')}</p>}
        {booking.error !== null && (
          <p className="error" role="alert">
            {bookingError(state.prefs.lang, booking.error)}
          </p>
        )}
        <NikKpjForm />
      </ScreenBody>
      <div className="screen-actions">
        <CameraQrScan onCode={booking.checkIn} />
        <button type="button" onClick={() => void endVisit()}>
          {tr('checkIn.back')}
        </button>
      </div>
    </section>
  );
}
