// Plays the booth microphones the desk consumes. The server forwards only the focused booth's
// audio, so all of them can stay attached: switching focus needs no element changes.

import type { RemoteTrack } from '@bilik/shared/client';
import { useEffect, useRef } from 'react';
import { boothAudio } from './remoteTracks.js';

function AudioSink({ track }: { track: RemoteTrack }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const audio = ref.current;
    if (!audio) return;
    audio.srcObject = new MediaStream([track.track]);
    audio.play().catch(() => undefined);
    return () => {
      audio.srcObject = null;
    };
  }, [track]);
  return (
    <audio
      ref={ref}
      autoPlay
      data-session-id={track.sessionId ?? undefined}
      data-consumer-id={track.consumerId}
    />
  );
}

export function AudioSinks({ tracks }: { tracks: readonly RemoteTrack[] }) {
  return (
    <div className="audio-sinks" hidden>
      {boothAudio(tracks).map((t) => (
        <AudioSink key={t.consumerId} track={t} />
      ))}
    </div>
  );
}
