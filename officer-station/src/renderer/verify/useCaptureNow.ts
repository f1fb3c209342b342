// "Capture now": a still from the focused booth's document camera (or, if the booth has none,
// its face camera), uploaded as a capture of the given document kind. The image is kept in the
// cache so the checklist shows it without fetching it back.

import { OfficerEvents } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useDesk } from '../desk/DeskContext.js';
import { UiError } from '../i18n/translate.js';
import { grabJpeg } from '../media/frameGrab.js';
import { trackOf } from '../media/remoteTracks.js';

export function useCaptureNow(sessionId: string) {
  const { socket, captures, tracks } = useDesk();
  const source = trackOf(tracks, sessionId, 'document') ?? trackOf(tracks, sessionId, 'camera');

  const capture = async (documentKind: string): Promise<string> => {
    if (!source) throw new UiError('capture.noCamera');
    const image = await grabJpeg(source.track);
    const data = new Uint8Array(await image.arrayBuffer());
    const { captureId } = await request(socket, OfficerEvents.uploadCapture, {
      sessionId,
      documentKind,
      mimeType: 'image/jpeg',
      data,
    });
    captures.put(captureId, image);
    return captureId;
  };

  return { available: source !== null, fromDocumentCamera: source?.source === 'document', capture };
}
