// HID Usage Tables, Keyboard/Keypad page (0x07), mapped to the characters a US-layout keyboard
// types. Keyboard-wedge readers emulate the US layout unless reprogrammed.

export const USAGE_ENTER = 0x28;
export const USAGE_KEYPAD_ENTER = 0x58;

const DIGITS = '1234567890'; // usages 0x1E–0x27
const DIGITS_SHIFTED = '!@#$%^&*()';
// Usages 0x2C–0x38: space - = [ ] \ non-US# ; ' ` , . /  (non-US # acts as \ on US layout)
const PUNCTUATION = " -=[]\\\\;'`,./";
const PUNCTUATION_SHIFTED = ' _+{}||:"~<>?';
// Usages 0x54–0x63: keypad / * - + Enter 1–9 0 .  (Enter handled by the caller)
const KEYPAD = '/*-+\n1234567890.';

export function keyboardUsageToChar(usage: number, shift: boolean): string | undefined {
  if (usage >= 0x04 && usage <= 0x1d) {
    const letter = String.fromCharCode(0x61 + usage - 0x04);
    return shift ? letter.toUpperCase() : letter;
  }
  if (usage >= 0x1e && usage <= 0x27) return (shift ? DIGITS_SHIFTED : DIGITS)[usage - 0x1e];
  if (usage >= 0x2c && usage <= 0x38) return (shift ? PUNCTUATION_SHIFTED : PUNCTUATION)[usage - 0x2c];
  if (usage >= 0x54 && usage <= 0x63 && usage !== USAGE_KEYPAD_ENTER) return KEYPAD[usage - 0x54];
  return undefined;
}
