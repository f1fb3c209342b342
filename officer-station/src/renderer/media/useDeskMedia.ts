// The desk's MediaSession: started when the desk is open (again when the server rebuilds the
// router, bumping mediaEpoch, or after a reconnect), sending the CSO's camera and microphone and
// collecting every track the server lets this desk consume.

import { MediaSession, type RemoteTrack } from '@bilik/shared/client';
import type { BranchSocket } from '../connection/branchSocket.js';
import { useEffect, useState } from 'react';
import { withoutConsumer, withTrack } from './remoteTracks.js';

export type MediaStatus = 'idle' | 'starting' | 'live' | 'failed';

export type DeskMedia = {
  status: MediaStatus;
  tracks: RemoteTrack[];
  error: unknown;
  /** The receive transport's getStats, while a session runs (network quality). */
  stats: (() => Promise<RTCStatsReport | null>) | null;
};

/**
 * @param key changes whenever media must be set up again (desk, epoch, connection, retry);
 *   null while there is no desk.
 * @param local the CSO's devices; undefined while they open, null if unavailable (receive only).
 */
export function useDeskMedia(
  socket: BranchSocket | null,
  key: string | null,
  local: MediaStream | null | undefined,
): DeskMedia {
  const [media, setMedia] = useState<DeskMedia>({ status: 'idle', tracks: [], error: null, stats: null });

  useEffect(() => {
    if (!socket || key === null || local === undefined) {
      setMedia({ status: 'idle', tracks: [], error: null, stats: null });
      return;
    }
    let cancelled = false;
    const update = (f: (m: DeskMedia) => DeskMedia) => {
      if (!cancelled) setMedia(f);
    };
    const session = new MediaSession(socket, {
      onTrack: (track) => update((m) => ({ ...m, tracks: withTrack(m.tracks, track) })),
      onTrackEnded: (consumerId) => update((m) => ({ ...m, tracks: withoutConsumer(m.tracks, consumerId) })),
      onError: (error) => update((m) => ({ ...m, error })),
    });
    const stats = async () => (await session.stats()).recv;
    setMedia({ status: 'starting', tracks: [], error: null, stats });
    (async () => {
      await session.start();
      // Clones: closing a producer stops its track, and the self-view must outlive a restart.
      for (const track of local?.getTracks() ?? []) {
        if (cancelled) return;
        await session.produce(track.clone(), track.kind === 'audio' ? 'mic' : 'camera');
      }
      update((m) => ({ ...m, status: 'live' }));
    })().catch((error: unknown) => update((m) => ({ ...m, status: 'failed', error })));
    return () => {
      cancelled = true;
      session.close();
    };
  }, [socket, key, local]);

  return media;
}
