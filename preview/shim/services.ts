/** The smaller host services: tooltips drawn as plain DOM, the colour palette, and localized strings. */

import type powerbi from "powerbi-visuals-api";
import { MockIColorPalette } from "powerbi-visuals-utils-testutils/lib/mocks/mockIColorPalette";

type TooltipShowOptions = powerbi.extensibility.TooltipShowOptions;
type TooltipMoveOptions = powerbi.extensibility.TooltipMoveOptions;

/** Shows the visual's tooltips as a plain box in the frame, the way Power BI draws its own. */
export class DomTooltipService implements powerbi.extensibility.ITooltipService {
  private box: HTMLElement | undefined;

  constructor(private readonly doc: Document) {}

  enabled(): boolean {
    return true;
  }

  show(options: TooltipShowOptions): void {
    this.hide();
    const box = this.doc.createElement("div");
    box.setAttribute("role", "tooltip");
    box.className = "preview-tooltip";
    for (const item of options.dataItems ?? []) {
      const line = box.appendChild(this.doc.createElement("div"));
      if (item.header) line.appendChild(this.doc.createElement("strong")).textContent = item.header;
      const name = line.appendChild(this.doc.createElement("span"));
      name.textContent = item.displayName ? `${item.displayName}: ` : "";
      line.appendChild(this.doc.createElement("span")).textContent = String(item.value ?? "");
    }
    this.doc.body.appendChild(box);
    this.box = box;
    this.place(options.coordinates);
  }

  move(options: TooltipMoveOptions): void {
    if (!this.box) return;
    if (options.dataItems?.length) return this.show({ ...options, dataItems: options.dataItems });
    this.place(options.coordinates);
  }

  private place(coordinates: number[] | undefined): void {
    const [x, y] = coordinates ?? [0, 0];
    this.box!.style.left = `${x + 12}px`;
    this.box!.style.top = `${y + 12}px`;
  }

  hide(): void {
    this.box?.remove();
    this.box = undefined;
  }
}

/** Windows' high-contrast black theme colours, which Power BI passes on in high-contrast mode. */
const HIGH_CONTRAST = {
  foreground: "#FFFFFF",
  background: "#000000",
  foregroundSelected: "#1AEBFF",
  hyperlink: "#FFFF00",
};

/**
 * The colour palette: the report theme's colours from the testutils mock, or in high-contrast mode
 * the high-contrast colours, with every data colour the foreground as Power BI does.
 */
export function colorPalette(
  highContrast: boolean,
): powerbi.extensibility.ISandboxExtendedColorPalette {
  const palette =
    new MockIColorPalette() as unknown as powerbi.extensibility.ISandboxExtendedColorPalette &
      Record<string, unknown>;
  palette.isHighContrast = highContrast;
  if (!highContrast) return palette;
  for (const [name, value] of Object.entries(HIGH_CONTRAST)) palette[name] = { value };
  palette.getColor = () => ({ value: HIGH_CONTRAST.foreground });
  return palette;
}

/**
 * The visual's own strings for a locale: the exact locale, else one of its language, else en-US,
 * else the key itself.
 */
export function localizationManager(
  strings: Record<string, Record<string, string>>,
  locale: string,
): powerbi.extensibility.ILocalizationManager {
  const language = locale.split("-")[0];
  const sameLanguage = Object.keys(strings).find((l) => l.split("-")[0] === language);
  const chain = [
    strings[locale],
    sameLanguage ? strings[sameLanguage] : undefined,
    strings["en-US"],
  ].filter(Boolean);
  return {
    getDisplayName: (key: string) => chain.map((s) => s![key]).find((v) => v !== undefined) ?? key,
  };
}
