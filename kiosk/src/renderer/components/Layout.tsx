// The frame every screen sits in: header with the display settings, the screen as <main>, and
// a footer (call for help, live region). Landmarks let screen reader users jump between them.

import type { ReactNode } from 'react';
import type { Translate } from '../i18n/text.js';
import type { Prefs } from '../state/journey.js';
import { Toolbar } from './Toolbar.js';

export function Layout({
  tr,
  prefs,
  onPrefs,
  banner,
  footer,
  children,
}: {
  tr: Translate;
  prefs: Prefs;
  onPrefs(p: Partial<Prefs>): void;
  banner?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="app">
      <header className="topbar">
        <p className="brand">{tr('app.title')}</p>
        <Toolbar prefs={prefs} tr={tr} onChange={onPrefs} />
      </header>
      {banner}
      <main id="main">{children}</main>
      {footer && <footer className="footer">{footer}</footer>}
    </div>
  );
}
