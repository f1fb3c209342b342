// Applies the visit's display preferences to <html>: the `lang` attribute (screen readers and
// hyphenation), and the classes styles.css keys large text and high contrast on.

import { useEffect } from 'react';
import type { Prefs } from '../state/journey.js';

export function useDocumentPrefs(prefs: Prefs, title: string): void {
  useEffect(() => {
    const html = document.documentElement;
    html.lang = prefs.lang;
    html.classList.toggle('large-text', prefs.largeText);
    html.classList.toggle('high-contrast', prefs.highContrast);
    document.title = title;
  }, [prefs.lang, prefs.largeText, prefs.highContrast, title]);
}
