// What a scanned enrollment QR carries: the console encodes the booth's enroll link
// (https://<server>/kiosk/?enroll=ABCD-EFGH); a code typed into a QR by hand works too.

const CODE = /^[A-Z2-9]{4}-[A-Z2-9]{4}$/;

export function enrollCodeFromScan(text: string): string | null {
  const trimmed = text.trim();
  if (CODE.test(trimmed.toUpperCase())) return trimmed.toUpperCase();
  try {
    const code = new URL(trimmed).searchParams.get('enroll')?.trim().toUpperCase() ?? '';
    return CODE.test(code) ? code : null;
  } catch {
    return null;
  }
}
