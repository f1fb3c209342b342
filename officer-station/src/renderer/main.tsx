// Entry point: read the host's configuration through the bridge, then render the station.

import './styles/base.css';
import './styles/desk.css';
import './styles/case.css';
import './styles/panels.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { bridge } from './bridge/index.js';
import { ui } from './i18n/translate.js';

const root = createRoot(document.getElementById('root')!);

bridge.getConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (err: unknown) => {
    // Without a configuration there is no server to talk to; say so in both languages.
    console.error('officer config unavailable', err);
    root.render(
      <main className="fatal">
        <h1>{ui('id', 'app.title')}</h1>
        <p role="alert">{ui('id', 'app.configFailed')}</p>
        <p lang="en">{ui('en', 'app.configFailed')}</p>
      </main>,
    );
  },
);
