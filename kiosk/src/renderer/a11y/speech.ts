// Spoken prompts for participants who read with difficulty. speechSynthesis is missing in some
// Electron builds and may have no voice for a language; both simply mean silence.

import { useCallback, useEffect } from 'react';
import { LOCALES as VOICE_LANG, type Lang } from '@bilik/shared';

export type Speak = (text: string) => void;

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

export function stopSpeaking(): void {
  synth()?.cancel();
}

export function useSpeech(enabled: boolean, lang: Lang): Speak {
  useEffect(() => {
    if (!enabled) stopSpeaking();
  }, [enabled]);
  return useCallback(
    (text: string) => {
      const s = synth();
      if (!enabled || !s || typeof SpeechSynthesisUtterance === 'undefined' || text.trim() === '') return;
      // A new prompt replaces the old one: the screen it described is gone.
      s.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = VOICE_LANG[lang];
      utterance.rate = 0.9;
      s.speak(utterance);
    },
    [enabled, lang],
  );
}

/** Speaks `text` when a screen appears, and again when the text itself changes (language switch). */
export function useSpokenPrompt(speak: Speak, text: string): void {
  useEffect(() => {
    speak(text);
  }, [speak, text]);
}
