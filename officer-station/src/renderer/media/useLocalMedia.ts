// The CSO's own camera and microphone, opened once while a desk is open and kept across media
// restarts (the session sends clones of these tracks).

import { useEffect, useState } from 'react';

// Enough for a face to be read by the participant; the CSO's uplink also carries nothing else.
const CONSTRAINTS: MediaStreamConstraints = {
  video: { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 15 } },
  audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
};

export type LocalMedia = {
  /** undefined while the devices open; null if they could not. */
  stream: MediaStream | null | undefined;
  error: unknown;
};

export function useLocalMedia(active: boolean): LocalMedia {
  const [media, setMedia] = useState<LocalMedia>({ stream: undefined, error: null });

  useEffect(() => {
    if (!active) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    setMedia({ stream: undefined, error: null });
    navigator.mediaDevices.getUserMedia(CONSTRAINTS).then(
      (s) => {
        stream = s;
        if (cancelled) s.getTracks().forEach((t) => t.stop());
        else setMedia({ stream: s, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setMedia({ stream: null, error });
      },
    );
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [active]);

  return media;
}
