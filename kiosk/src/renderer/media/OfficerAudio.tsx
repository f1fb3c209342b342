// Plays the CSO's voice: one autoplaying <audio> per consumed audio track. Rendered at the app
// level, not in a screen, so switching screens never cuts the sound. The server pauses these
// consumers while the booth is on hold, so nothing is heard then whatever this element does.

import { useEffect, useRef } from 'react';

function AudioTrack({ stream }: { stream: MediaStream }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const audio = ref.current;
    if (!audio) return;
    audio.srcObject = stream;
    void audio.play().catch(() => undefined);
    return () => {
      audio.srcObject = null;
    };
  }, [stream]);
  return <audio ref={ref} autoPlay />;
}

export function OfficerAudio({ tracks }: { tracks: readonly { consumerId: string; stream: MediaStream }[] }) {
  return (
    <>
      {tracks.map((t) => (
        <AudioTrack key={t.consumerId} stream={t.stream} />
      ))}
    </>
  );
}
