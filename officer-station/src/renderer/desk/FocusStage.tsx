// The focused booth, large: its camera (high simulcast layer now) beside its document camera,
// with the CSO's self-view. Only this booth hears the CSO; the server enforces that.

import type { SlotView } from '@bilik/shared';
import { useI18n } from '../i18n/I18nContext.js';
import { trackOf } from '../media/remoteTracks.js';
import { VideoView } from '../media/VideoView.js';
import { useDesk } from './DeskContext.js';

type Session = NonNullable<SlotView['session']>;

export function SelfView({ local }: { local: MediaStream | null | undefined }) {
  const { ui } = useI18n();
  return (
    <VideoView
      track={local?.getVideoTracks()[0] ?? null}
      source="self"
      label={ui('stage.self')}
      placeholder={local === null ? ui('media.localFailed') : ui('stage.noSelf')}
      className="self-view"
    />
  );
}

/** No booth holds the floor: say how to take one, and show the CSO their own camera. */
export function IdleStage({ local }: { local: MediaStream | null | undefined }) {
  const { ui } = useI18n();
  return (
    <section className="stage stage-idle" aria-labelledby="stage-heading">
      <h2 id="stage-heading">{ui('stage.none')}</h2>
      <p>{ui('stage.noneHint')}</p>
      <SelfView local={local} />
    </section>
  );
}

export function FocusStage({
  session,
  local,
  onRelease,
}: {
  session: Session;
  local: MediaStream | null | undefined;
  onRelease(): void;
}) {
  const { ui } = useI18n();
  const { tracks } = useDesk();
  const camera = trackOf(tracks, session.sessionId, 'camera');
  const documentCamera = trackOf(tracks, session.sessionId, 'document');
  return (
    <section className="stage" aria-labelledby="stage-heading" data-session-id={session.sessionId}>
      <div className="stage-head">
        <h2 id="stage-heading">
          {ui('stage.heading', {
            booth: session.boothName,
            name: session.participantName ?? ui('tile.unknownParticipant'),
          })}
        </h2>
        <button type="button" onClick={onRelease}>
          {ui('stage.release')}
        </button>
      </div>
      <div className="stage-videos">
        <VideoView
          track={camera?.track ?? null}
          source="camera"
          sessionId={session.sessionId}
          label={ui('tile.video', { booth: session.boothName })}
          placeholder={ui('tile.noVideo')}
          className="stage-camera"
        />
        <VideoView
          track={documentCamera?.track ?? null}
          source="document"
          sessionId={session.sessionId}
          label={ui('stage.document', { booth: session.boothName })}
          placeholder={ui('stage.noDocument')}
          className="stage-document"
        />
        <SelfView local={local} />
      </div>
    </section>
  );
}
