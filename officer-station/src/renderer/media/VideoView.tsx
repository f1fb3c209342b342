// Shows one MediaStreamTrack. Always muted: sound goes through AudioSinks, so a video element
// can never play a booth's microphone by accident.

import { useEffect, useRef } from 'react';

type Props = {
  track: MediaStreamTrack | null;
  label: string;
  /** Shown instead of a black box while there is no track. */
  placeholder: string;
  className?: string;
  source: 'camera' | 'document' | 'self';
  sessionId?: string;
};

export function VideoView({ track, label, placeholder, className, source, sessionId }: Props) {
  const ref = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = track ? new MediaStream([track]) : null;
    // Autoplay of muted video is always allowed; a rejected play() only means no frame yet.
    if (track) video.play().catch(() => undefined);
  }, [track]);

  return (
    <div className={`video ${className ?? ''}`}>
      <video
        ref={ref}
        autoPlay
        playsInline
        muted
        aria-label={label}
        data-source={source}
        data-session-id={sessionId}
        data-consumer-id={track?.id}
        hidden={!track}
      />
      {track ? null : <p className="video-placeholder">{placeholder}</p>}
    </div>
  );
}
