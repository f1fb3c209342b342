// "Capture now": one still from a live track (the booth's document camera, or its face camera
// for the e-KTP comparison), drawn on a canvas and encoded as JPEG.

import { UiError } from '../i18n/translate.js';

const FRAME_TIMEOUT_MS = 4000;
const JPEG_QUALITY = 0.92;

export async function grabJpeg(track: MediaStreamTrack): Promise<Blob> {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = new MediaStream([track]);
  try {
    await withTimeout(firstFrame(video), FRAME_TIMEOUT_MS);
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new UiError('capture.noFrame');
    context.drawImage(video, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new UiError('capture.noFrame'))),
        'image/jpeg',
        JPEG_QUALITY,
      ),
    );
  } finally {
    video.pause();
    video.srcObject = null;
  }
}

async function firstFrame(video: HTMLVideoElement): Promise<void> {
  await video.play();
  if (video.videoWidth > 0) return;
  await new Promise<void>((resolve) => video.addEventListener('resize', () => resolve(), { once: true }));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  // A paused consumer (a held booth's document camera) never delivers a frame.
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new UiError('capture.noFrame')), ms)),
  ]);
}
