// Face against the identity card photo, side by side: a still the CSO takes from the booth
// camera (high layer while focused) next to the newest e-KTP capture. The CSO's judgement is a
// verdict of its own ('faceMatch'), apart from whether the card itself is an authentic original.

import type { SlotView } from '@bilik/shared';
import { useEffect, useState } from 'react';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { useDesk } from '../desk/DeskContext.js';
import { useI18n } from '../i18n/I18nContext.js';
import { UiError } from '../i18n/translate.js';
import { grabJpeg } from '../media/frameGrab.js';
import { trackOf } from '../media/remoteTracks.js';
import { CaptureImage } from './CaptureImage.js';
import { latestCapture } from './checklist.js';
import { VerdictControls } from './VerdictControls.js';

type Session = NonNullable<SlotView['session']>;

// The card whose photo identifies the person in the booth, in order of preference.
const IDENTITY_KINDS = ['ektp', 'kitas', 'passport', 'heirKtp'] as const;
const FACE_MATCH = 'faceMatch';

export function FaceCheck({ session }: { session: Session }) {
  const { ui } = useI18n();
  const { tracks } = useDesk();
  const still = useAction();
  const [stillUrl, setStillUrl] = useState<string | null>(null);
  const camera = trackOf(tracks, session.sessionId, 'camera');
  const idCapture = latestCapture(session, IDENTITY_KINDS);
  const verdict = session.verdicts.find((v) => v.documentKind === FACE_MATCH);

  // A still is evidence only for this screen; it is not uploaded, and freed when replaced.
  useEffect(() => {
    if (!stillUrl) return;
    return () => URL.revokeObjectURL(stillUrl);
  }, [stillUrl]);

  const takeStill = () =>
    still.run(async () => {
      if (!camera) throw new UiError('capture.noCamera');
      setStillUrl(URL.createObjectURL(await grabJpeg(camera.track)));
    });

  return (
    <section className="face-check" aria-labelledby="face-heading">
      <h3 id="face-heading">{ui('face.heading')}</h3>
      <div className="face-pair">
        <figure>
          {stillUrl ? (
            <img className="capture" src={stillUrl} alt={ui('face.stillAlt')} />
          ) : (
            <p className="capture-missing">{ui('face.noStill')}</p>
          )}
          <figcaption>
            <button type="button" onClick={() => void takeStill()} disabled={!camera || still.pending}>
              {ui('face.takeStill')}
            </button>
          </figcaption>
        </figure>
        <figure>
          {idCapture ? (
            <CaptureImage captureId={idCapture.captureId} alt={ui('face.idAlt')} />
          ) : (
            <p className="capture-missing">{ui('face.noId')}</p>
          )}
          <figcaption>{ui('face.idCaption')}</figcaption>
        </figure>
      </div>
      <ErrorText error={still.error} />
      {verdict?.reason ? (
        <p className="face-verdict">
          {ui(`docs.verdict.${verdict.verdict}`)}: {verdict.reason}
        </p>
      ) : null}
      <VerdictControls
        sessionId={session.sessionId}
        documentKind={FACE_MATCH}
        verifyLabel={ui('face.match')}
        rejectLabel={ui('face.mismatch')}
        verifiedReason={ui('face.matchReason')}
        rejectPrefix={ui('face.mismatchPrefix')}
      />
    </section>
  );
}
