// A small picture of each document kind, drawn here, beside its name on the kiosk's lists: a
// participant who reads slowly (or not at all) still recognises "the blue card with a person"
// or "the little bank book". One per DocumentKind, checked by the type, so a new document
// cannot be added to the rules without a picture. Decorative for screen readers (the label is
// next to it); strokes use currentColor so high contrast recolours them.

import type { DocumentKind } from '@bilik/shared';
import type { ReactNode } from 'react';

type Shape = 'card' | 'booklet' | 'letter' | 'form' | 'certificate' | 'photo' | 'receipt';
type Mark =
  | 'person'
  | 'family'
  | 'twoPersons'
  | 'child'
  | 'cross'
  | 'plane'
  | 'rings'
  | 'building'
  | 'warning'
  | 'shield'
  | 'clock'
  | 'house'
  | 'pen'
  | 'band'
  | 'none';
type Picture = { shape: Shape; mark: Mark; tag?: string; accent: string };

const GREEN = '#00875a';
const BLUE = '#1f5fbf';
const RED = '#b3261e';
const AMBER = '#b86e00';
const PURPLE = '#6b3fa0';
const GREY = '#5b6b64';

export const DOCUMENT_PICTURES: Record<DocumentKind, Picture> = {
  kpjCard: { shape: 'card', mark: 'none', tag: 'KPJ', accent: GREEN },
  ektp: { shape: 'card', mark: 'person', tag: 'KTP', accent: BLUE },
  kitas: { shape: 'card', mark: 'person', tag: 'KITAS', accent: PURPLE },
  passport: { shape: 'booklet', mark: 'plane', accent: RED },
  familyCard: { shape: 'form', mark: 'none', tag: 'KK', accent: BLUE },
  resignationLetter: { shape: 'letter', mark: 'pen', accent: GREY },
  notWorkingStatement: { shape: 'form', mark: 'pen', accent: GREY },
  activeEmploymentLetter: { shape: 'certificate', mark: 'person', accent: BLUE },
  housingDocuments: { shape: 'letter', mark: 'house', accent: AMBER },
  savingsBook: { shape: 'booklet', mark: 'none', tag: 'BANK', accent: AMBER },
  recentPhoto: { shape: 'photo', mark: 'person', accent: BLUE },
  formF5: { shape: 'form', mark: 'none', tag: 'F5', accent: GREEN },
  npwp: { shape: 'card', mark: 'none', tag: 'NPWP', accent: AMBER },
  doctorCertificate: { shape: 'letter', mark: 'cross', accent: RED },
  workHistoryStatement: { shape: 'certificate', mark: 'clock', accent: GREY },
  notReturningStatement: { shape: 'letter', mark: 'plane', accent: GREY },
  deathCertificate: { shape: 'certificate', mark: 'band', accent: GREY },
  heirCertificate: { shape: 'certificate', mark: 'family', accent: GREEN },
  heirKtp: { shape: 'card', mark: 'twoPersons', tag: 'KTP', accent: BLUE },
  heirSavingsBook: { shape: 'booklet', mark: 'twoPersons', tag: 'BANK', accent: AMBER },
  guardianshipPapers: { shape: 'letter', mark: 'child', accent: PURPLE },
  marriageBook: { shape: 'booklet', mark: 'rings', accent: GREEN },
  employerReference: { shape: 'letter', mark: 'building', accent: GREY },
  accidentReport: { shape: 'form', mark: 'warning', accent: RED },
  chronology: { shape: 'letter', mark: 'clock', accent: AMBER },
  witnessStatements: { shape: 'letter', mark: 'twoPersons', accent: GREY },
  policeReport: { shape: 'letter', mark: 'shield', accent: BLUE },
  receipts: { shape: 'receipt', mark: 'none', tag: 'Rp', accent: GREEN },
  form7: { shape: 'form', mark: 'none', tag: '7', accent: GREEN },
  employerCertificate: { shape: 'certificate', mark: 'building', accent: GREY },
};

// All drawn on a 64 × 48 grid.
const SHAPES: Record<Shape, (accent: string) => ReactNode> = {
  card: (a) => (
    <>
      <rect x="4" y="8" width="56" height="34" rx="4" />
      <rect x="4" y="8" width="56" height="8" rx="2" fill={a} stroke="none" />
    </>
  ),
  booklet: (a) => (
    <>
      <rect x="14" y="3" width="36" height="42" rx="3" fill={a} fillOpacity="0.25" />
      <line x1="20" y1="3" x2="20" y2="45" />
    </>
  ),
  letter: () => (
    <>
      <path d="M14 3h28l8 8v34H14z" />
      <path d="M42 3v8h8" />
      <line x1="19" y1="16" x2="38" y2="16" />
      <line x1="19" y1="21" x2="44" y2="21" />
    </>
  ),
  form: (a) => (
    <>
      <rect x="12" y="3" width="40" height="42" rx="2" />
      <rect x="12" y="3" width="40" height="6" fill={a} stroke="none" />
      <rect x="16" y="34" width="5" height="5" />
      <line x1="24" y1="37" x2="46" y2="37" />
    </>
  ),
  certificate: (a) => (
    <>
      <rect x="10" y="4" width="44" height="40" rx="2" />
      <rect x="13" y="7" width="38" height="34" rx="1" strokeDasharray="2 2" />
      <circle cx="44" cy="36" r="5" fill={a} stroke="none" />
    </>
  ),
  photo: () => <rect x="16" y="4" width="32" height="40" rx="2" />,
  receipt: () => <path d="M16 3h32v40l-4-3-4 3-4-3-4 3-4-3-4 3-4-3z" />,
};

const MARKS: Record<Exclude<Mark, 'none'>, (accent: string) => ReactNode> = {
  person: () => (
    <>
      <circle cx="32" cy="22" r="5" />
      <path d="M23 38c1-6 5-9 9-9s8 3 9 9" />
    </>
  ),
  twoPersons: () => (
    <>
      <circle cx="26" cy="23" r="4" />
      <circle cx="38" cy="23" r="4" />
      <path d="M19 37c1-5 4-7 7-7s6 2 7 7M31 37c1-5 4-7 7-7s6 2 7 7" />
    </>
  ),
  family: () => (
    <>
      <circle cx="24" cy="22" r="4" />
      <circle cx="40" cy="22" r="4" />
      <circle cx="32" cy="28" r="3" />
      <path d="M18 38c1-5 3-8 6-8M46 38c-1-5-3-8-6-8M27 39c1-4 3-6 5-6s4 2 5 6" />
    </>
  ),
  child: () => (
    <>
      <circle cx="32" cy="26" r="4" />
      <path d="M26 39c1-4 3-7 6-7s5 3 6 7" />
    </>
  ),
  cross: (a) => <path d="M29 22h6v6h6v6h-6v6h-6v-6h-6v-6h6z" fill={a} stroke="none" />,
  plane: (a) => <path d="M20 34l24-10-2-3-9 3-7-6-3 1 4 7-6 2-3-2-2 1 3 5z" fill={a} stroke="none" />,
  rings: (a) => (
    <>
      <circle cx="28" cy="26" r="6" stroke={a} strokeWidth="3" />
      <circle cx="37" cy="26" r="6" stroke={a} strokeWidth="3" />
    </>
  ),
  building: () => (
    <>
      <rect x="24" y="24" width="16" height="16" />
      <line x1="28" y1="29" x2="36" y2="29" />
      <line x1="28" y1="34" x2="36" y2="34" />
    </>
  ),
  warning: (a) => (
    <>
      <path d="M32 14l12 21H20z" fill={a} stroke="none" />
      <path d="M32 21v7M32 31v1" stroke="#ffffff" strokeWidth="2.5" />
    </>
  ),
  shield: (a) => <path d="M32 24l9 3v6c0 5-4 8-9 10-5-2-9-5-9-10v-6z" fill={a} stroke="none" />,
  clock: () => (
    <>
      <circle cx="32" cy="33" r="8" />
      <path d="M32 28v5l4 2" />
    </>
  ),
  house: (a) => (
    <>
      <path d="M21 33l11-10 11 10" stroke={a} strokeWidth="3" />
      <path d="M24 31v11h16V31M30 42v-6h4v6" />
    </>
  ),
  pen: (a) => <path d="M22 38l14-14 4 4-14 14h-4z" fill={a} stroke="none" />,
  band: () => <path d="M12 4l8 0 -8 10z" fill="currentColor" stroke="none" />,
};

/** Where a tag ends when it shares the shape with a mark (the mark moves left to make room). */
const RIGHT_EDGE: Record<Shape, number> = {
  card: 57,
  booklet: 48,
  letter: 48,
  form: 50,
  certificate: 50,
  photo: 46,
  receipt: 46,
};

export function DocumentPictogram({ kind }: { kind: string }) {
  const picture = (DOCUMENT_PICTURES as Partial<Record<string, Picture>>)[kind];
  if (!picture) return null;
  const textY = picture.shape === 'card' ? 33 : 30;
  const both = picture.mark !== 'none' && picture.tag !== undefined;
  return (
    <svg
      className="pictogram"
      viewBox="0 0 64 48"
      aria-hidden="true"
      focusable="false"
      data-pictogram={kind}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
      strokeLinecap="round"
    >
      {SHAPES[picture.shape](picture.accent)}
      {picture.mark !== 'none' &&
        (both ? (
          <g transform="translate(-4 6) scale(0.75)">{MARKS[picture.mark](picture.accent)}</g>
        ) : (
          MARKS[picture.mark](picture.accent)
        ))}
      {picture.tag && (
        <text
          x={both ? RIGHT_EDGE[picture.shape] : 32}
          y={both ? 36 : textY}
          textAnchor={both ? 'end' : 'middle'}
          fontSize={picture.tag.length > 3 ? 9 : 11}
          fontWeight="700"
          fill="currentColor"
          stroke="none"
        >
          {picture.tag}
        </text>
      )}
    </svg>
  );
}
