// Self-service photo of one document with the document camera: live preview inside a framing
// guide, a full-resolution still, then retake or keep. Kept photos go to the branch server
// (stored encrypted, sha-256 recorded) and stay in memory only for the thumbnail.

import { useEffect, useRef, useState } from 'react';
import { BoothEvents } from '@bilik/shared';
import { errorText, documentLabel } from '../i18n/text.js';
import { captureGallery } from '../media/captureGallery.js';
import { DOCUMENT_STILL_SIZE, openCamera, stopStream } from '../media/cameras.js';
import { captureStill } from '../media/stillCapture.js';
import { VideoView } from '../media/VideoView.js';
import { useKiosk } from '../state/KioskContext.js';

type Still = { blob: Blob; url: string };

export function DocumentCapture({ documentKind, onClose }: { documentKind: string; onClose(): void }) {
  const { tr, send, state, config, dispatch } = useKiosk();
  const label = documentLabel(state.prefs.lang, documentKind);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [cameraFailed, setCameraFailed] = useState(false);
  const [still, setStill] = useState<Still | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const video = useRef<HTMLVideoElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    let opened: MediaStream | null = null;
    let cancelled = false;
    openCamera('document', config.documentCameraLabel, DOCUMENT_STILL_SIZE)
      .then((s) => {
        if (cancelled) return stopStream(s);
        opened = s;
        setStream(s);
      })
      .catch(() => setCameraFailed(true));
    return () => {
      cancelled = true;
      stopStream(opened);
    };
  }, [config.documentCameraLabel]);

  // The preview URL of a still that was not kept must not outlive it.
  useEffect(() => {
    if (!still) return;
    return () => URL.revokeObjectURL(still.url);
  }, [still]);

  const take = async () => {
    if (!video.current) return;
    setError(null);
    try {
      const blob = await captureStill(video.current);
      setStill({ blob, url: URL.createObjectURL(blob) });
    } catch (err) {
      setError(err);
    }
  };

  const keep = async () => {
    if (!still) return;
    setSaving(true);
    setError(null);
    try {
      const data = new Uint8Array(await still.blob.arrayBuffer());
      await send(BoothEvents.uploadCapture, { documentKind, mimeType: 'image/jpeg', data });
      captureGallery.keep(documentKind, still.blob);
      dispatch({ type: 'announce', text: tr('capture.saved', { document: label }) });
      onClose();
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  };

  return (
    <section className="capture" aria-labelledby="capture-title">
      <h2 id="capture-title" ref={heading} tabIndex={-1}>
        {tr('capture.title', { document: label })}
      </h2>
      <p>{still ? tr('capture.check') : tr('capture.instructions')}</p>
      {cameraFailed && (
        <p className="error" role="alert">
          {tr('capture.cameraError')}
        </p>
      )}
      <div className="framed" hidden={still !== null}>
        {stream && <VideoView stream={stream} label={tr('capture.video')} videoRef={video} />}
        <div className="frame-guide" aria-hidden="true" />
      </div>
      {still && <img className="still" src={still.url} alt={tr('capture.previewAlt', { document: label })} />}
      {error !== null && (
        <p className="error" role="alert">
          {errorText(state.prefs.lang, error)}
        </p>
      )}
      <div className="screen-actions">
        {still ? (
          <>
            <button type="button" className="primary" disabled={saving} onClick={() => void keep()}>
              {saving ? tr('capture.saving') : tr('capture.keep')}
            </button>
            <button type="button" disabled={saving} onClick={() => setStill(null)}>
              {tr('capture.retake')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" disabled={!stream} onClick={() => void take()}>
            {tr('capture.take')}
          </button>
        )}
        <button type="button" disabled={saving} onClick={onClose}>
          {tr('capture.cancel')}
        </button>
      </div>
    </section>
  );
}
