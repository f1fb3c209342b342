// The camera as a QR reader, for booths whose HID reader is missing or broken: the face camera
// is opened only while this panel is open, and a few frames a second are decoded.

import { useEffect, useRef, useState } from 'react';
import { decodeQrFromVideo } from '../bridge/cameraQr.js';
import { FACE_SIZE, openCamera, stopStream } from '../media/cameras.js';
import { VideoView } from '../media/VideoView.js';
import { useKiosk } from '../state/KioskContext.js';

const DECODE_INTERVAL_MS = 250;

export function CameraQrScan({ onCode }: { onCode(text: string): void }) {
  const { tr, config } = useKiosk();
  const [open, setOpen] = useState(false);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const found = useRef(onCode);
  useEffect(() => {
    found.current = onCode;
  });

  useEffect(() => {
    if (!open) return;
    let s: MediaStream | null = null;
    let cancelled = false;
    openCamera('face', config.cameraLabel, FACE_SIZE)
      .then((opened) => {
        if (cancelled) return stopStream(opened);
        s = opened;
        setStream(opened);
      })
      .catch(() => setFailed(true));
    const timer = window.setInterval(() => {
      const text = video.current ? decodeQrFromVideo(video.current) : null;
      if (text) {
        setOpen(false);
        found.current(text);
      }
    }, DECODE_INTERVAL_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      stopStream(s);
      setStream(null);
    };
  }, [open, config.cameraLabel]);

  if (!open)
    return (
      <button
        type="button"
        onClick={() => {
          setFailed(false);
          setOpen(true);
        }}
      >
        {tr('checkIn.cameraQr')}
      </button>
    );
  return (
    <div className="camera-qr">
      <p>{tr('checkIn.cameraQrHint')}</p>
      {stream && <VideoView stream={stream} label={tr('checkIn.cameraQrVideo')} videoRef={video} />}
      {failed && (
        <p className="error" role="alert">
          {tr('error.MEDIA_ERROR')}
        </p>
      )}
      <button type="button" onClick={() => setOpen(false)}>
        {tr('checkIn.cameraQrStop')}
      </button>
    </div>
  );
}
