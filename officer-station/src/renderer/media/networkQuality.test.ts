import { describe, expect, it } from 'vitest';
import { linkSamples, qualityOf } from './networkQuality.js';

const at = (packetsReceived: number, packetsLost: number) => ({ packetsReceived, packetsLost });

describe('qualityOf', () => {
  it('needs two samples with traffic between them', () => {
    expect(qualityOf(undefined, at(100, 0), 1)).toBe('unknown');
    expect(qualityOf(at(100, 0), at(100, 0), 1)).toBe('unknown');
  });

  it('reads a loopback link (no loss, 1 ms) as good', () => {
    expect(qualityOf(at(0, 0), at(500, 0), 1)).toBe('good');
  });

  it('grades by loss over the interval and by round-trip time', () => {
    expect(qualityOf(at(0, 0), at(97, 3), 20)).toBe('fair');
    expect(qualityOf(at(0, 0), at(90, 10), 20)).toBe('poor');
    expect(qualityOf(at(0, 0), at(100, 0), 200)).toBe('fair');
    expect(qualityOf(at(0, 0), at(100, 0), 450)).toBe('poor');
    // Loss counted before the interval does not count again.
    expect(qualityOf(at(1000, 50), at(1100, 50), 20)).toBe('good');
  });
});

describe('linkSamples', () => {
  it('sums inbound packets per booth by track id and takes the succeeded pair RTT', () => {
    const sessions = new Map([
      ['t1', 's1'],
      ['t2', 's1'],
      ['t3', 's2'],
    ]);
    const { samples, rttMs } = linkSamples(
      [
        { type: 'inbound-rtp', trackIdentifier: 't1', packetsReceived: 10, packetsLost: 1 },
        { type: 'inbound-rtp', trackIdentifier: 't2', packetsReceived: 5, packetsLost: 0 },
        { type: 'inbound-rtp', trackIdentifier: 't3', packetsReceived: 7 },
        { type: 'inbound-rtp', trackIdentifier: 'cso', packetsReceived: 99 },
        { type: 'candidate-pair', state: 'succeeded', currentRoundTripTime: 0.004 },
        { type: 'candidate-pair', state: 'failed', currentRoundTripTime: 9 },
      ],
      sessions,
    );
    expect(Object.fromEntries(samples)).toEqual({ s1: at(15, 1), s2: at(7, 0) });
    expect(rttMs).toBe(4);
  });
});
