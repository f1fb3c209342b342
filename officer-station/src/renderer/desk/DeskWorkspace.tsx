// An open desk: media with the desk's router, the grid, the focused case, shortcuts. Focus goes
// through the server (desk:focus), which moves the audio floor before it acknowledges. One
// screen, never scrolled as a whole: calls for help on top, the focused booth's videos and the
// grid side by side, the checklist and the decision below them, each scrolling inside itself.

import { OfficerEvents, type DeskView } from '@bilik/shared';
import { request } from '@bilik/shared/client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BranchSocket } from '../connection/branchSocket.js';
import { ErrorText } from '../connection/ErrorText.js';
import { useAction } from '../connection/useAction.js';
import { DecisionPanel } from '../decision/DecisionPanel.js';
import { AudioSinks } from '../media/AudioSinks.js';
import { useDeskMedia } from '../media/useDeskMedia.js';
import { useLocalMedia } from '../media/useLocalMedia.js';
import { useNetworkQuality } from '../media/useNetworkQuality.js';
import { CaptureCache } from '../verify/captureCache.js';
import { buildChecklist } from '../verify/checklist.js';
import {
  draftFromMembership,
  EMPTY_FACTS,
  factsFromDraft,
  type FactsDraft,
} from '../verify/participantChecks.js';
import { DeskBar } from './DeskBar.js';
import { DeskContext } from './DeskContext.js';
import { DeskGrid } from './DeskGrid.js';
import { FocusStage, IdleStage } from './FocusStage.js';
import { HandOffPanel } from './HandOffPanel.js';
import { HelpBanner } from './HelpBanner.js';
import { ShortcutList } from './ShortcutList.js';
import { longestUnattended } from './starvation.js';
import type { SlaThresholds } from './tileModel.js';
import { useDeskKeyboard } from './useDeskKeyboard.js';
import { useNow } from './useNow.js';
import { VerificationPanel } from '../verify/VerificationPanel.js';

type Props = {
  socket: BranchSocket;
  desk: DeskView;
  sla: SlaThresholds;
  onDesk(desk: DeskView | null): void;
};

export function DeskWorkspace({ socket, desk, sla, onDesk }: Props) {
  const local = useLocalMedia(true);
  const [mediaRetry, setMediaRetry] = useState(0);
  const media = useDeskMedia(
    socket,
    // Not the connection count: a socket that reconnects keeps its media (ICE restarts if the
    // path was lost); only a new desk, a rebuilt router or the CSO's retry start it again.
    `${desk.deskId}:${desk.mediaEpoch}:${mediaRetry}`,
    local.stream,
  );
  const captures = useMemo(
    () => new CaptureCache((captureId) => request(socket, OfficerEvents.getCapture, { captureId })),
    [socket],
  );
  useEffect(() => () => captures.clear(), [captures]);
  const now = useNow();
  const quality = useNetworkQuality(media.stats, media.tracks);
  const [drafts, setDrafts] = useState<Record<string, FactsDraft>>({});
  const focusAction = useAction();
  const { run } = focusAction;

  const focus = useCallback(
    (sessionId: string | null) =>
      void run(async () => {
        const r = await request(socket, OfficerEvents.focus, { sessionId });
        onDesk(r.desk);
      }),
    [run, socket, onDesk],
  );
  const longest = longestUnattended(desk.slots, desk.focusedSessionId);
  useDeskKeyboard(desk, longest, focus);
  const focused =
    desk.slots.find((s) => s.session && s.session.sessionId === desk.focusedSessionId)?.session ?? null;
  const draft = focused
    ? (drafts[focused.sessionId] ?? draftFromMembership(focused.membership))
    : EMPTY_FACTS;
  const rows = focused ? buildChecklist(focused, factsFromDraft(draft)) : [];
  const context = useMemo(
    () => ({ socket, captures, tracks: media.tracks, policy: desk.policy }),
    [socket, captures, media.tracks, desk.policy],
  );

  return (
    <DeskContext.Provider value={context}>
      <main className="workspace" data-desk-id={desk.deskId}>
        <HelpBanner calls={desk.helpCalls} />
        <DeskBar
          desk={desk}
          media={media}
          localError={local.error}
          onClosed={() => onDesk(null)}
          onRetryMedia={() => setMediaRetry((n) => n + 1)}
        />
        <div className="workspace-body">
          <div className="case-column">
            <div className="stage-area">
              {focused ? (
                <FocusStage session={focused} local={local.stream} onRelease={() => focus(null)} />
              ) : (
                <IdleStage local={local.stream} />
              )}
            </div>
            <div className="verify-area panel-scroll" key={`verify:${focused?.sessionId ?? ''}`}>
              {focused ? (
                <VerificationPanel
                  session={focused}
                  rows={rows}
                  draft={draft}
                  onDraft={(next) => setDrafts((all) => ({ ...all, [focused.sessionId]: next }))}
                />
              ) : null}
            </div>
          </div>
          <div className="side-column">
            <div className="grid-area">
              <ErrorText error={focusAction.error} />
              <DeskGrid
                desk={desk}
                now={now}
                sla={sla}
                quality={quality}
                longestWaiting={longest}
                onFocus={focus}
              />
              <ShortcutList />
            </div>
            <div className="actions-area panel-scroll" key={`actions:${focused?.sessionId ?? ''}`}>
              {focused ? (
                <>
                  <DecisionPanel session={focused} draft={draft} rows={rows} />
                  <HandOffPanel
                    deskId={desk.deskId}
                    sessionId={focused.sessionId}
                    boothName={focused.boothName}
                  />
                </>
              ) : null}
            </div>
          </div>
        </div>
        <AudioSinks tracks={media.tracks} />
      </main>
    </DeskContext.Provider>
  );
}
