import { describe, expect, it } from 'vitest';
import { cameraStates } from './deviceReport.js';

const cam = (label: string) => ({ kind: 'videoinput' as const, label });
const mic = { kind: 'audioinput' as const, label: 'Mic' };

describe('cameraStates', () => {
  it('takes the first and second camera when none is named', () => {
    expect(cameraStates([mic, cam('A'), cam('B')], {})).toEqual({ camera: 'ok', documentCamera: 'ok' });
    expect(cameraStates([cam('A')], {})).toEqual({ camera: 'ok', documentCamera: 'missing' });
    expect(cameraStates([mic], {})).toEqual({ camera: 'missing', documentCamera: 'missing' });
  });

  it('finds named cameras by label, and cannot tell while labels are hidden', () => {
    const devices = [cam('HD Webcam'), cam('Visualiser 4K')];
    expect(cameraStates(devices, { documentCamera: 'visualiser' })).toEqual({
      camera: 'ok',
      documentCamera: 'ok',
    });
    expect(cameraStates([cam('HD Webcam')], { documentCamera: 'visualiser' }).documentCamera).toBe('missing');
    expect(cameraStates([cam(''), cam('')], { camera: 'webcam' }).camera).toBe('unknown');
  });
});
