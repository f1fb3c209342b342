// Reads a QR code from the current frame of a camera <video>, for booths whose reader is the
// camera itself (or as a fallback when the HID reader is unplugged). Call it from a timer or
// requestVideoFrameCallback; it does one synchronous decode per call.

import jsQR from 'jsqr';

// jsQR's cost grows with pixel count; a booking QR held up to the camera is still readable at
// this width, and decoding stays well inside one frame on a booth PC.
const MAX_DECODE_WIDTH = 640;

let canvas: OffscreenCanvas | HTMLCanvasElement | undefined;

export function decodeQrFromVideo(video: HTMLVideoElement): string | null {
  if (video.readyState < video.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  const scale = Math.min(1, MAX_DECODE_WIDTH / video.videoWidth);
  const width = Math.round(video.videoWidth * scale);
  const height = Math.round(video.videoHeight * scale);
  const context = drawingContext(width, height);
  if (context === null) return null;
  context.drawImage(video, 0, 0, width, height);
  const image = context.getImageData(0, 0, width, height);
  // Printed and on-screen booking codes are dark on light; skipping the inverted pass halves
  // the work per frame.
  return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

function drawingContext(
  width: number,
  height: number,
): OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null {
  canvas ??=
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : document.createElement('canvas');
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  // willReadFrequently keeps the bitmap in CPU memory, since we read it back every call.
  return canvas.getContext('2d', { willReadFrequently: true }) as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
}
