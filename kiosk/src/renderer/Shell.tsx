// The enrolled booth: the screen the journey state implies, the call while seated at a desk,
// scanner and idle watch, and the privacy wipe that ends every visit.

import { useCallback, useEffect, useMemo, useRef, type Dispatch, type ReactNode } from 'react';
import { BoothEvents, PresenceEvents, type BoothSessionView } from '@bilik/shared';
import type { KioskConfig } from '../bridge/types.js';
import { Announcer } from './a11y/Announcer.js';
import { stopSpeaking, useSpeech } from './a11y/speech.js';
import { bridge } from './bridge/index.js';
import { HelpButton } from './components/HelpButton.js';
import { Layout } from './components/Layout.js';
import { useBookingCheckIn } from './connection/useBookingCheckIn.js';
import type { BoothLink } from './connection/useBoothConnection.js';
import type { Translate } from './i18n/text.js';
import { AbsentScreen } from './idle/AbsentScreen.js';
import { IDLE_WARNING_SECONDS, presenceAnswerSeconds } from './idle/idleClock.js';
import { IdleWarning } from './idle/IdleWarning.js';
import { useIdleTimeout } from './idle/useIdleTimeout.js';
import { captureGallery } from './media/captureGallery.js';
import { OfficerAudio } from './media/OfficerAudio.js';
import { useBoothCall } from './media/useBoothCall.js';
import { AttractScreen } from './screens/AttractScreen.js';
import { CallScreen } from './screens/CallScreen.js';
import { CheckInScreen } from './screens/CheckInScreen.js';
import { ClaimScreen } from './screens/ClaimScreen.js';
import { ConsentScreen } from './screens/ConsentScreen.js';
import { DocumentsScreen } from './screens/DocumentsScreen.js';
import { OutcomeScreen } from './screens/OutcomeScreen.js';
import { RefusedScreen } from './screens/RefusedScreen.js';
import { WaitingScreen } from './screens/WaitingScreen.js';
import { idlePolicy, screenOf, type Action, type KioskState, type Prefs } from './state/journey.js';
import { KioskContext, type KioskApi } from './state/KioskContext.js';
import { statusChange } from './state/statusChange.js';
import { persistVisit } from './state/visitStorage.js';

/** CSO requests that need the document camera live. */
const DOCUMENT_REQUESTS = new Set(['showDocument', 'captureDocument']);

export function Shell({
  config,
  defaults,
  state,
  dispatch,
  tr,
  link,
  onPrefs,
}: {
  config: KioskConfig;
  defaults: Prefs;
  state: KioskState;
  dispatch: Dispatch<Action>;
  tr: Translate;
  link: BoothLink;
  onPrefs(p: Partial<Prefs>): void;
}) {
  const speak = useSpeech(state.prefs.speech, state.prefs.lang);
  const screen = screenOf(state);
  const view = state.view;
  const documentWanted =
    screen === 'call' && state.request !== null && DOCUMENT_REQUESTS.has(state.request.kind);
  const call = useBoothCall(
    link.socket,
    view?.deskId ? { deskId: view.deskId, mediaEpoch: view.mediaEpoch } : null,
    { face: config.cameraLabel, document: config.documentCameraLabel },
    documentWanted,
  );
  const booking = useBookingCheckIn(link.send, dispatch);
  const { send } = link;
  const resetBooking = booking.reset;

  // Leaves nothing of the participant behind but the server's records: cameras stop because
  // the view (and so the desk seat) is gone, photos are released, the visit storage emptied.
  const wipeHere = useCallback(() => {
    dispatch({ type: 'wipe', prefs: defaults });
    resetBooking();
    captureGallery.clear();
    sessionStorage.clear();
    stopSpeaking();
  }, [dispatch, defaults, resetBooking]);
  const endVisit = useCallback(async () => {
    await send(BoothEvents.finish, {}).catch(() => undefined);
    wipeHere();
  }, [send, wipeHere]);

  // A CSO (or the branch's timeout) ended this visit's session: the participant had left.
  useEffect(() => {
    if (state.endedByBranch) wipeHere();
  }, [state.endedByBranch, wipeHere]);

  const setPresence = useCallback(
    (present: boolean) => void send(PresenceEvents.setPresence, { present }).catch(() => undefined),
    [send],
  );
  const policy = idlePolicy(state);
  const absentPolicy = policy === 'markAbsent';
  const idle = useIdleTimeout(
    policy !== 'none',
    absentPolicy ? config.presenceTimeoutSeconds : config.idleTimeoutSeconds,
    absentPolicy ? presenceAnswerSeconds(config.presenceTimeoutSeconds) : IDLE_WARNING_SECONDS,
    () => (absentPolicy ? setPresence(false) : void endVisit()),
  );

  const scanning = screen === 'attract' || screen === 'checkIn';
  const { checkIn } = booking;
  const { stay } = idle;
  useEffect(() => {
    if (!scanning) return;
    return bridge.onScan((code) => {
      stay();
      checkIn(code.text);
    });
  }, [scanning, checkIn, stay]);

  const { prefs, flagsFor, consentGiven, documentsSeen } = state;
  useEffect(
    () => persistVisit({ prefs, sessionId: flagsFor, consentGiven, documentsSeen }, defaults),
    [prefs, flagsFor, consentGiven, documentsSeen, defaults],
  );

  const previousView = useRef<BoothSessionView | null>(null);
  useEffect(() => {
    const change = statusChange(previousView.current, view);
    previousView.current = view;
    if (change) dispatch({ type: 'announce', text: tr(change.key, change.params) });
  }, [view, dispatch, tr]);

  const wasOffline = useRef(false);
  useEffect(() => {
    if (state.connection === 'offline') wasOffline.current = true;
    else if (state.connection === 'online' && wasOffline.current) {
      wasOffline.current = false;
      dispatch({ type: 'announce', text: tr('connection.restored') });
    }
  }, [state.connection, dispatch, tr]);

  const api = useMemo<KioskApi>(
    () => ({ state, dispatch, tr, speak, send, config, call, endVisit }),
    [state, dispatch, tr, speak, send, config, call, endVisit],
  );

  const outcome = state.outcome ?? view?.outcome ?? null;
  const screens: Record<typeof screen, () => ReactNode> = {
    attract: () => <AttractScreen />,
    checkIn: () => <CheckInScreen booking={booking} />,
    refused: () => <RefusedScreen />,
    consent: () => <ConsentScreen />,
    claim: () => <ClaimScreen />,
    documents: () => <DocumentsScreen />,
    waiting: () => <WaitingScreen />,
    call: () => <CallScreen />,
    outcome: () => (outcome ? <OutcomeScreen outcome={outcome} /> : null),
  };

  return (
    <KioskContext.Provider value={api}>
      <Layout
        tr={tr}
        prefs={state.prefs}
        onPrefs={onPrefs}
        banner={
          state.connection === 'offline' && (
            <p className="banner" role="alert">
              {tr('connection.offline')}
            </p>
          )
        }
        footer={
          <>
            <HelpButton key={state.visit} />
            <Announcer text={state.status.text} seq={state.status.seq} />
            {call && <OfficerAudio tracks={call.officerAudio} />}
          </>
        }
      >
        <div key={`${state.visit}:${screen}`} className="screen-frame" data-screen={screen}>
          {screens[screen]()}
        </div>
      </Layout>
      {idle.secondsLeft !== null && policy !== 'none' && (
        <IdleWarning secondsLeft={idle.secondsLeft} kind={policy} tr={tr} onStay={idle.stay} />
      )}
      {view?.absent && <AbsentScreen tr={tr} onBack={() => setPresence(true)} />}
    </KioskContext.Provider>
  );
}
