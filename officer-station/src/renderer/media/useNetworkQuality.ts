// Polls the desk's receive stats every few seconds and grades each booth's link (networkQuality.ts).

import type { NetworkQuality } from '@bilik/shared';
import type { RemoteTrack } from '@bilik/shared/client';
import { useEffect, useRef, useState } from 'react';
import { linkSamples, qualityOf, type LinkSample } from './networkQuality.js';

const INTERVAL_MS = 3000;

export function useNetworkQuality(
  stats: (() => Promise<RTCStatsReport | null>) | null,
  tracks: readonly RemoteTrack[],
): ReadonlyMap<string, NetworkQuality> {
  const [quality, setQuality] = useState<ReadonlyMap<string, NetworkQuality>>(new Map());
  const previous = useRef(new Map<string, LinkSample>());
  const sessions = useRef(new Map<string, string>());
  sessions.current = new Map(
    tracks.filter((t) => t.sessionId !== null).map((t) => [t.track.id, t.sessionId!]),
  );

  useEffect(() => {
    if (!stats) return;
    let cancelled = false;
    const poll = async () => {
      const report = await stats().catch(() => null);
      if (cancelled || !report) return;
      const { samples, rttMs } = linkSamples(report.values(), sessions.current);
      const next = new Map<string, NetworkQuality>();
      for (const [session, sample] of samples)
        next.set(session, qualityOf(previous.current.get(session), sample, rttMs));
      previous.current = samples;
      setQuality(next);
    };
    const timer = setInterval(() => void poll(), INTERVAL_MS);
    void poll();
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [stats]);

  return quality;
}
