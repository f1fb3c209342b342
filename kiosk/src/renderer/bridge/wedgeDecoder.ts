// Tells a keyboard-wedge barcode reader apart from a person at the keyboard by rhythm alone: a
// reader "types" a whole code in a burst, every key well under 50 ms after the previous one,
// and ends with Enter; people are several times slower. Pure, so the timing rule is tested
// without a DOM.

export interface WedgeDecoderOptions {
  /** Longest gap between two keys of one code. */
  maxGapMs?: number;
  /** Shorter bursts are treated as fast human typing, not a code. */
  minLength?: number;
}

export interface WedgeDecoder {
  /**
   * Feeds one keydown (`KeyboardEvent.key`, event time in ms). Returns the code when this key
   * is the Enter that completes a burst, otherwise null.
   */
  key(key: string, timeMs: number): string | null;
  /** Forgets a partial burst, e.g. when focus moves into a text field. */
  reset(): void;
}

export function createWedgeDecoder(options: WedgeDecoderOptions = {}): WedgeDecoder {
  const maxGapMs = options.maxGapMs ?? 50;
  const minLength = options.minLength ?? 4;
  let buffer = '';
  let lastTime = Number.NEGATIVE_INFINITY;

  return {
    key(key, timeMs) {
      const inBurst = timeMs - lastTime <= maxGapMs;
      if (key === 'Enter') {
        const code = inBurst && buffer.length >= minLength ? buffer : null;
        buffer = '';
        lastTime = Number.NEGATIVE_INFINITY;
        return code;
      }
      // Shift, Alt and other named keys arrive between the characters of a code; they carry
      // no character and must not break the burst.
      if (key.length !== 1) return null;
      buffer = inBurst ? buffer + key : key;
      lastTime = timeMs;
      return null;
    },
    reset() {
      buffer = '';
      lastTime = Number.NEGATIVE_INFINITY;
    },
  };
}
