// The branch console's entry: a browser app only (served at /console/), so its configuration is
// the page's own origin and query (?lang=en&amber=120&red=300), read as the desk's browser bridge does.

import '../renderer/styles/base.css';
import './styles/console.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configFromLocation } from '../renderer/bridge/browserBridge.js';
import { ConsoleApp } from './app/ConsoleApp.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsoleApp config={configFromLocation(window.location)} />
  </StrictMode>,
);
