import { describe, expect, it } from 'vitest';
import { pickCamera, type VideoInput } from './cameras.js';

const cam = (deviceId: string, label: string, kind: MediaDeviceKind = 'videoinput'): VideoInput => ({
  deviceId,
  label,
  kind,
});
const devices = [
  cam('mic', 'Booth microphone', 'audioinput'),
  cam('face', 'HD Webcam C920'),
  cam('doc', 'IPEVO V4K Document Camera'),
];

describe('pickCamera', () => {
  it('takes the configured label (case-insensitive, part of the name)', () => {
    expect(pickCamera(devices, 'face', 'ipevo')).toBe('doc');
    expect(pickCamera(devices, 'document', 'c920')).toBe('face');
  });

  it('falls back to the first camera for the face and the second for documents', () => {
    expect(pickCamera(devices, 'face')).toBe('face');
    expect(pickCamera(devices, 'document')).toBe('doc');
    expect(pickCamera(devices, 'document', 'no such camera')).toBe('doc');
  });

  it('uses the only camera for both, and nothing when there is none', () => {
    expect(pickCamera([devices[0]!, devices[1]!], 'document')).toBe('face');
    expect(pickCamera([devices[0]!], 'face')).toBeUndefined();
  });
});
