// Renderer entry. The stylesheets are imported here so Vite emits them as a file: the CSP allows
// no inline scripts, and styles only from 'self' (plus the inline style attributes React sets).

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles/base.css';
import './styles/journey.css';
import './styles/media.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
