// The booth's heartbeat report: the host's part (app version, barcode reader) from the bridge,
// the cameras from the browser's own device list, named the way openCamera picks them.

import type { HeartbeatRequest } from '@bilik/shared';
import type { DeviceState, KioskBridge, KioskConfig } from '../../bridge/types.js';

type Device = Pick<MediaDeviceInfo, 'kind' | 'label'>;

/**
 * Face and document camera as openCamera would find them: by their configured label, or the
 * first and second camera. One camera alone serves both, so the document camera is missing.
 * Labels stay empty until the page may use a camera: a configured label is then unknown.
 */
export function cameraStates(
  devices: readonly Device[],
  labels: { camera?: string; documentCamera?: string },
): { camera: DeviceState; documentCamera: DeviceState } {
  const cameras = devices.filter((d) => d.kind === 'videoinput');
  const byLabel = (label: string): DeviceState => {
    if (cameras.some((c) => c.label.toLowerCase().includes(label.toLowerCase()))) return 'ok';
    return cameras.length > 0 && cameras.every((c) => c.label === '') ? 'unknown' : 'missing';
  };
  return {
    camera: labels.camera ? byLabel(labels.camera) : cameras.length > 0 ? 'ok' : 'missing',
    documentCamera: labels.documentCamera
      ? byLabel(labels.documentCamera)
      : cameras.length > 1
        ? 'ok'
        : 'missing',
  };
}

export async function deviceReport(bridge: KioskBridge, config: KioskConfig): Promise<HeartbeatRequest> {
  const [host, devices] = await Promise.all([
    bridge.hostStatus(),
    navigator.mediaDevices?.enumerateDevices() ?? Promise.resolve([]),
  ]);
  return {
    appVersion: host.appVersion,
    devices: {
      ...cameraStates(devices, {
        ...(config.cameraLabel ? { camera: config.cameraLabel } : {}),
        ...(config.documentCameraLabel ? { documentCamera: config.documentCameraLabel } : {}),
      }),
      barcodeReader: host.barcodeReader,
    },
  };
}
