// An open desk: media with the desk's router, the grid, the focused case, shortcuts. Focus goes
// through the server (desk:focus), which moves the audio floor before it acknowledges.

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
import { CaptureCache, type CaptureBytes } from '../verify/captureCache.js';
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
import { FocusedCase } from './FocusedCase.js';
import { HandOffPanel } from './HandOffPanel.js';
import { HelpAlerts } from './HelpAlerts.js';
import { ShortcutList } from './ShortcutList.js';
import { longestUnattended } from './starvation.js';
import type { SlaThresholds } from './tileModel.js';
import { useDeskKeyboard } from './useDeskKeyboard.js';
import { useNow } from './useNow.js';

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
    () =>
      new CaptureCache((captureId) => request<CaptureBytes>(socket, OfficerEvents.getCapture, { captureId })),
    [socket],
  );
  useEffect(() => () => captures.clear(), [captures]);
  const now = useNow();
  const [drafts, setDrafts] = useState<Record<string, FactsDraft>>({});
  const focusAction = useAction();
  const { run } = focusAction;

  const focus = useCallback(
    (sessionId: string | null) =>
      void run(async () => {
        const r = await request<{ desk: DeskView }>(socket, OfficerEvents.focus, { sessionId });
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
        <DeskBar
          desk={desk}
          media={media}
          localError={local.error}
          onClosed={() => onDesk(null)}
          onRetryMedia={() => setMediaRetry((n) => n + 1)}
        />
        <div className="workspace-columns">
          <div className="case-column">
            <FocusedCase
              session={focused}
              rows={rows}
              draft={draft}
              local={local.stream}
              onDraft={(next) => {
                if (focused) setDrafts((all) => ({ ...all, [focused.sessionId]: next }));
              }}
              onRelease={() => focus(null)}
            />
          </div>
          <div className="grid-column">
            <ErrorText error={focusAction.error} />
            <DeskGrid desk={desk} now={now} sla={sla} longestWaiting={longest} onFocus={focus} />
            {/* Next to the grid, so deciding never needs scrolling past the checklist. */}
            {focused ? (
              <div className="case-actions" key={focused.sessionId}>
                <DecisionPanel session={focused} draft={draft} rows={rows} />
                <HandOffPanel
                  deskId={desk.deskId}
                  sessionId={focused.sessionId}
                  boothName={focused.boothName}
                />
              </div>
            ) : null}
            <HelpAlerts />
            <ShortcutList />
          </div>
        </div>
        <AudioSinks tracks={media.tracks} />
      </main>
    </DeskContext.Provider>
  );
}
