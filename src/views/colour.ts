/** Colour arithmetic for legible text on shaded cells (WCAG relative luminance). */

/** Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)` into 0–255 channels; black when unreadable. */
export function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join("") : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /rgba?\(\s*(\d+)\D+(\d+)\D+(\d+)/i.exec(colour);
  return rgb ? [+rgb[1], +rgb[2], +rgb[3]] : [0, 0, 0];
}

/** WCAG relative luminance of a colour. */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Black or white, whichever reads better on the fill. */
export function inkOn(fill: string): string {
  return contrast(fill, "#000000") >= contrast(fill, "#ffffff") ? "#000000" : "#ffffff";
}

/**
 * A colour as it may go into a CSS value that the browser does not check on writing (a custom
 * property): a hex colour, `rgb()`/`hsl()` of numbers, or a keyword; `transparent` for anything
 * else, a missing colour included. Colours come from the format pane and themes, which take any
 * text, and `url(…)` in a bar would make the browser fetch it.
 */
export function cssColour(colour: unknown): string {
  const c = typeof colour === "string" ? colour.trim() : "";
  return SAFE_COLOUR.test(c) ? c : "transparent";
}

const SAFE_COLOUR = /^(#[0-9a-f]{3,8}|(rgba?|hsla?)\([\d\s.,%/+-]*\)|[a-z]+)$/i;
