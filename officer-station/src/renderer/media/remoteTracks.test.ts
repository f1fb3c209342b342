import type { RemoteTrack } from '@bilik/shared/client';
import { describe, expect, it } from 'vitest';
import { boothAudio, trackOf, withoutConsumer, withTrack } from './remoteTracks.js';

const track = (consumerId: string, sessionId: string | null, source: RemoteTrack['source']): RemoteTrack => ({
  consumerId,
  producerId: `p-${consumerId}`,
  sessionId,
  source,
  kind: source === 'mic' ? 'audio' : 'video',
  track: { id: consumerId } as MediaStreamTrack,
});

describe('remote tracks', () => {
  it('finds a booth source, preferring the newest track', () => {
    let tracks = withTrack([], track('c1', 's1', 'camera'));
    tracks = withTrack(tracks, track('c2', 's1', 'mic'));
    tracks = withTrack(tracks, track('c3', 's1', 'camera'));
    expect(trackOf(tracks, 's1', 'camera')?.consumerId).toBe('c3');
    expect(trackOf(tracks, 's1', 'document')).toBeNull();
    expect(trackOf(tracks, 's2', 'camera')).toBeNull();
  });

  it('drops an ended consumer, and adds a consumer only once', () => {
    const tracks = withTrack(withTrack([], track('c1', 's1', 'camera')), track('c1', 's1', 'camera'));
    expect(tracks).toHaveLength(1);
    expect(withoutConsumer(tracks, 'c1')).toEqual([]);
    expect(withoutConsumer(tracks, 'nope')).toEqual(tracks);
  });

  it('plays only booth microphones', () => {
    const tracks = [track('c1', 's1', 'mic'), track('c2', 's1', 'camera'), track('c3', 's2', 'mic')];
    expect(boothAudio(tracks).map((t) => t.consumerId)).toEqual(['c1', 'c3']);
  });
});
