// Text widths estimated from the characters instead of measured: CJK and
// full-width forms are one em wide, everything else about half. Measuring
// on a canvas costs a font set-up per size and a fallback-font lookup per
// new character; ECharts' label truncation (`overflow: 'truncate'`)
// measures every label character by character, which was most of a
// labelled chart's drawing time. Labels are cut here instead.

/** Width of `word` in ems: 1 per wide character, 0.55 per other. */
export function emWidth(word) {
  let w = 0;
  for (const ch of word) {
    const c = ch.codePointAt(0);
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
      || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
    w += wide ? 1 : 0.55;
  }
  return w;
}

/** `label` cut to `ems` wide (by emWidth), with an ellipsis if it was cut. */
export function fit(label, ems) {
  if (emWidth(label) <= ems) return label;
  let out = '';
  let w = 1; // the ellipsis
  for (const ch of label) {
    w += emWidth(ch);
    if (w > ems) break;
    out += ch;
  }
  return `${out}…`;
}

/** `label` cut to `px` of text at `size` px. */
export function fitPx(label, px, size = 12) {
  return fit(label, px / size);
}
