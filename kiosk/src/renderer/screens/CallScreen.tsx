// In conversation: the CSO big, with name and staff number so the participant knows who is
// handling their money; their own camera small, so they can see what the CSO sees. CSO
// requests appear as a large prompt above both.

import { useSpokenPrompt } from '../a11y/speech.js';
import { RequestPrompt } from '../components/RequestPrompt.js';
import { ScreenHeading } from '../components/ScreenHeading.js';
import { VideoView } from '../media/VideoView.js';
import { useKiosk } from '../state/KioskContext.js';

export function CallScreen() {
  const { tr, state, call, speak } = useKiosk();
  const officer = state.view?.officer;
  const name = officer?.displayName ?? '';
  useSpokenPrompt(speak, state.request ? '' : tr('status.inCall', { name }));
  return (
    <section className="screen call">
      <ScreenHeading>{tr('call.title')}</ScreenHeading>
      {/* Above the videos: a request must be seen without scrolling. */}
      {state.request && <RequestPrompt request={state.request} documentView={call?.documentView ?? null} />}
      <div className="call-layout">
        <figure className="officer">
          {call?.officerVideo ? (
            <VideoView
              stream={call.officerVideo}
              label={tr('call.officerVideo', { name })}
              className="officer-video"
            />
          ) : (
            <div className="video-placeholder">{tr('call.connecting')}</div>
          )}
          {officer && (
            <figcaption>
              <span className="officer-name">{tr('call.officer', { name: officer.displayName })}</span>
              <span className="officer-staff-id">{tr('call.staffId', { staffId: officer.staffId })}</span>
            </figcaption>
          )}
        </figure>
        <figure className="self-view">
          {call?.selfView && <VideoView stream={call.selfView} label={tr('call.selfView')} />}
          <figcaption>{tr('call.selfView')}</figcaption>
        </figure>
      </div>
      {call?.failed && (
        <p className="error" role="alert">
          {tr('call.mediaError')}
        </p>
      )}
    </section>
  );
}
