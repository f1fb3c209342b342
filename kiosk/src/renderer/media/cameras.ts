// Which camera is which. A booth has a face camera and a document camera (often a USB
// visualiser); the booth config may name either by label. Unnamed, the face camera is the first
// video input and the document camera the second, or the first when there is only one.

export type CameraRole = 'face' | 'document';
export type VideoInput = Pick<MediaDeviceInfo, 'kind' | 'deviceId' | 'label'>;

export function pickCamera(
  devices: readonly VideoInput[],
  role: CameraRole,
  label?: string,
): string | undefined {
  const cameras = devices.filter((d) => d.kind === 'videoinput');
  if (label) {
    const wanted = label.toLowerCase();
    const named = cameras.find((d) => d.label.toLowerCase().includes(wanted));
    if (named) return named.deviceId;
  }
  const fallback = role === 'document' ? (cameras[1] ?? cameras[0]) : cameras[0];
  return fallback?.deviceId;
}

/** Face camera for the CSO: 720p is plenty for the top simulcast layer. */
export const FACE_SIZE = { width: 1280, height: 720 };
/** Live document camera for the CSO: 1080p keeps small print legible in the focused view. */
export const DOCUMENT_LIVE_SIZE = { width: 1920, height: 1080 };
/** Stills: the camera's best up to 4K, so a document photo can be read at full size later. */
export const DOCUMENT_STILL_SIZE = { width: 3840, height: 2160 };

/**
 * Opens the camera for a role (with the microphone for the face camera when asked). Labels and
 * ids are hidden until the page may use a camera, so an unlabelled list is read again after a
 * first grant; otherwise the document camera could never be told from the face camera.
 */
export async function openCamera(
  role: CameraRole,
  label: string | undefined,
  size: { width: number; height: number },
  withMicrophone = false,
): Promise<MediaStream> {
  let devices = await navigator.mediaDevices.enumerateDevices();
  if (devices.some((d) => d.kind === 'videoinput' && d.label === '')) {
    const probe = await navigator.mediaDevices.getUserMedia({ video: true });
    probe.getTracks().forEach((t) => t.stop());
    devices = await navigator.mediaDevices.enumerateDevices();
  }
  const deviceId = pickCamera(devices, role, label);
  return navigator.mediaDevices.getUserMedia({
    video: {
      ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
      width: { ideal: size.width },
      height: { ideal: size.height },
    },
    audio: withMicrophone ? { echoCancellation: true, noiseSuppression: true, autoGainControl: true } : false,
  });
}

export function stopStream(stream: MediaStream | null | undefined): void {
  stream?.getTracks().forEach((t) => t.stop());
}
