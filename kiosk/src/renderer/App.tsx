// The kiosk renderer's root: loads the booth config from the bridge, keeps the journey state,
// and shows enrollment until this booth holds a device token the server accepts.

import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { DEFAULT_LANG } from '@bilik/shared';
import type { KioskConfig } from '../bridge/types.js';
import { bridge } from './bridge/index.js';
import { useDocumentPrefs } from './a11y/useDocumentPrefs.js';
import { Layout } from './components/Layout.js';
import { useBoothConnection } from './connection/useBoothConnection.js';
import { useHeartbeat } from './connection/useHeartbeat.js';
import { tx, type Translate } from './i18n/text.js';
import { EnrollScreen } from './screens/EnrollScreen.js';
import { Shell } from './Shell.js';
import { forgetDevice, loadDevice, saveDevice, type DeviceRecord } from './state/deviceStore.js';
import { initialState, reduce, type Prefs } from './state/journey.js';
import { loadVisit } from './state/visitStorage.js';

function defaultPrefs(config: KioskConfig): Prefs {
  // Speech on by default: those who most need it are the least likely to find the toggle.
  return { lang: config.lang ?? DEFAULT_LANG, largeText: false, highContrast: false, speech: true };
}

export function App() {
  const [config, setConfig] = useState<KioskConfig | null>(null);
  useEffect(() => {
    void bridge.getConfig().then(setConfig);
  }, []);
  if (!config) return <p className="loading">{tx(DEFAULT_LANG, 'app.loading')}</p>;
  return <Booth config={config} />;
}

function enrollCodeFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get('enroll');
}

/** A used code must not be submitted again on reload; other parameters (idle, lang) stay. */
function dropEnrollCodeFromUrl(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('enroll')) return;
  url.searchParams.delete('enroll');
  window.history.replaceState(null, '', url);
}

function Booth({ config }: { config: KioskConfig }) {
  const defaults = useMemo(() => defaultPrefs(config), [config]);
  const [state, dispatch] = useReducer(reduce, null, () => {
    const saved = loadVisit();
    // Visit data at start-up means the renderer was reloaded mid-visit: tell the host's log.
    if (saved) bridge.reportCrashRecovered?.();
    return initialState(defaults, saved);
  });
  const [device, setDevice] = useState<DeviceRecord | null>(loadDevice);
  const [refused, setRefused] = useState(false);
  const lang = state.prefs.lang;
  const tr = useCallback<Translate>((key, params) => tx(lang, key, params), [lang]);
  useDocumentPrefs(state.prefs, tr('app.title'));

  const onRefused = useCallback(() => {
    forgetDevice();
    setDevice(null);
    setRefused(true);
  }, []);
  const link = useBoothConnection(config.serverUrl, device?.deviceToken ?? null, dispatch, onRefused);
  useHeartbeat(link.socket, config);
  const onPrefs = useCallback((prefs: Partial<Prefs>) => dispatch({ type: 'prefs', prefs }), []);

  if (!device)
    return (
      <Layout tr={tr} prefs={state.prefs} onPrefs={onPrefs}>
        <EnrollScreen
          serverUrl={config.serverUrl}
          initialCode={enrollCodeFromUrl()}
          refused={refused}
          lang={lang}
          tr={tr}
          onEnrolled={(d) => {
            saveDevice(d);
            dropEnrollCodeFromUrl();
            setRefused(false);
            setDevice(d);
          }}
        />
      </Layout>
    );
  return (
    <Shell
      config={config}
      defaults={defaults}
      state={state}
      dispatch={dispatch}
      tr={tr}
      link={link}
      onPrefs={onPrefs}
    />
  );
}
