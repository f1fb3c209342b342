// A <video> showing a MediaStream. srcObject cannot be set from JSX, hence the effect; the
// element is always muted because sound plays through OfficerAudio's <audio> elements.
// `videoRef` lets a caller read frames (stills, QR decoding) from the same element.

import { useEffect, useRef, type RefObject } from 'react';

export function VideoView({
  stream,
  label,
  className,
  videoRef,
}: {
  stream: MediaStream;
  label: string;
  className?: string;
  videoRef?: RefObject<HTMLVideoElement | null>;
}) {
  const own = useRef<HTMLVideoElement>(null);
  const ref = videoRef ?? own;
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    return () => {
      video.srcObject = null;
    };
  }, [stream, ref]);
  return <video ref={ref} className={className} autoPlay muted playsInline aria-label={label} />;
}
