// A still from a live <video> at the camera's full resolution (the preview may be scaled down
// on screen, the photo must not be). JPEG at 0.9 keeps small print sharp at a few hundred KB.

export const STILL_QUALITY = 0.9;

export function captureStill(video: HTMLVideoElement, quality = STILL_QUALITY): Promise<Blob> {
  const width = video.videoWidth;
  const height = video.videoHeight;
  if (width === 0 || height === 0) return Promise.reject(new Error('the camera has no picture yet'));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('no 2D canvas'));
  context.drawImage(video, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed'))),
      'image/jpeg',
      quality,
    ),
  );
}
