// The claim reference as a QR code, drawn here (no network, no canvas, no innerHTML) so a phone
// or the counter's reader takes the number without typing. Dark modules become one SVG path;
// the viewBox adds the four-module quiet zone readers need.

import { encode } from 'uqr';

const QUIET_ZONE = 4;

export function ReferenceQr({ value, label }: { value: string; label: string }) {
  // Medium error correction survives a phone photo of a glossy screen.
  const { data } = encode(value, { ecc: 'M', border: 0 });
  const size = data.length;
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const box = size + 2 * QUIET_ZONE;
  return (
    <svg
      className="reference-qr"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
