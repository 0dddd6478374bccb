/**
 * The field explainers' pictures: our own schematic drawings (not copies of
 * the real documents), a card with one zone highlighted; shared by the
 * French and English texts.
 */
/** A zone of the drawing, in its 320 × 200 units. */
export interface Zone {
  x: number;
  y: number;
  w: number;
  h: number;
}

const svgDataUrl = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;

/** Where each zone sits on the sketch of the registration certificate. */
export const ZONES = {
  /** The top band of the certificate. */
  top: { x: 8, y: 8, w: 304, h: 32 },
  /** The box marked with the letter A. */
  boxA: { x: 10, y: 48, w: 144, h: 26 },
  /** The box marked with the letter B. */
  boxB: { x: 164, y: 48, w: 146, h: 26 },
} satisfies Record<string, Zone>;

/**
 * A schematic registration certificate: a card with a top band, two boxes
 * marked A and B, grey lines for the other entries, one zone highlighted in
 * yellow with a thick outline, and a label linked to it.
 */
export function certificateSketch(zone: Zone, label: string): string {
  const bar = (x: number, y: number, w: number, fill = '#8c96a3'): string => `<rect x="${x}" y="${y}" width="${w}" height="8" rx="2" fill="${fill}"/>`;
  const cx = zone.x + zone.w / 2;
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" width="320" height="200">',
    '<rect x="2" y="2" width="316" height="196" rx="10" fill="#eef1f4" stroke="#3d4550" stroke-width="2"/>',
    '<rect x="12" y="12" width="296" height="24" rx="4" fill="#cdd4dd"/>',
    `<rect x="${zone.x}" y="${zone.y}" width="${zone.w}" height="${zone.h}" rx="5" fill="#ffe066"/>`,
    bar(22, 20, 118, '#5f6975'),
    bar(196, 20, 100, '#5f6975'),
    '<g font-family="system-ui, sans-serif" font-size="15" font-weight="700" fill="#111">',
    '<text x="16" y="66">A</text><text x="170" y="66">B</text></g>',
    bar(34, 57, 108),
    bar(188, 57, 108),
    bar(20, 86, 150),
    bar(188, 86, 108),
    bar(20, 104, 230),
    bar(20, 122, 190),
    bar(20, 140, 120),
    bar(188, 140, 108),
    `<rect x="${zone.x}" y="${zone.y}" width="${zone.w}" height="${zone.h}" rx="5" fill="none" stroke="#111" stroke-width="3"/>`,
    `<line x1="${cx}" y1="${zone.y + zone.h}" x2="${cx}" y2="160" stroke="#111" stroke-width="3"/>`,
    `<circle cx="${cx}" cy="${zone.y + zone.h}" r="4" fill="#111"/>`,
    '<rect x="8" y="160" width="304" height="30" rx="6" fill="#fff" stroke="#111" stroke-width="2"/>',
    `<text x="160" y="180" text-anchor="middle" font-family="system-ui, sans-serif" font-size="14" font-weight="700" fill="#111">${label}</text>`,
    '</svg>',
  ].join('');
  return svgDataUrl(svg);
}
