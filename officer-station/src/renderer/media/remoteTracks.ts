// The remote tracks of a desk, as an immutable list the UI can render from. A booth that
// re-produces a source (new camera, hand-off back) briefly has two tracks of that source; the
// newest one wins until the old consumer's close arrives.

import type { MediaSource } from '@bilik/shared';
import type { RemoteTrack } from '@bilik/shared/client';

export function withTrack(tracks: readonly RemoteTrack[], track: RemoteTrack): RemoteTrack[] {
  return [...tracks.filter((t) => t.consumerId !== track.consumerId), track];
}

export function withoutConsumer(tracks: readonly RemoteTrack[], consumerId: string): RemoteTrack[] {
  return tracks.some((t) => t.consumerId === consumerId)
    ? tracks.filter((t) => t.consumerId !== consumerId)
    : [...tracks];
}

export function trackOf(
  tracks: readonly RemoteTrack[],
  sessionId: string,
  source: MediaSource,
): RemoteTrack | null {
  for (let i = tracks.length - 1; i >= 0; i--) {
    const t = tracks[i]!;
    if (t.sessionId === sessionId && t.source === source) return t;
  }
  return null;
}

/** Booth microphones to play. The server forwards only the focused booth's; the rest stay silent. */
export function boothAudio(tracks: readonly RemoteTrack[]): RemoteTrack[] {
  return tracks.filter((t) => t.kind === 'audio' && t.sessionId !== null);
}
