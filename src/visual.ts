/** Gezinsbeeld visual entry point: wires Power BI host services to the adapter, model and views. */
import powerbi from "powerbi-visuals-api";
import { FormattingSettingsService } from "powerbi-visuals-utils-formattingmodel";
import "./../style/visual.less";

import {
  RoleColumns,
  buildTable,
  firstRows,
  highlightedHouseholds,
  missingRoles,
  roleColumns,
  sameRows,
} from "./adapter/dataview";
import { HouseholdIdentities } from "./adapter/identities";
import { followSegments } from "./adapter/segments";
import { rankNames, warningText } from "./adapter/warnings";
import { Localizer } from "./i18n/localize";
import { HouseholdTable, Scores, score } from "./model";
import { readPane } from "./settings/mapping";
import { FormatPaneModel } from "./settings/model";
import { App } from "./views/app";
import { Palette, countWords, shownCount } from "./views/frame";
import { TipLine } from "./views/types";

import IVisual = powerbi.extensibility.visual.IVisual;
import IVisualHost = powerbi.extensibility.visual.IVisualHost;
import ISelectionManager = powerbi.extensibility.ISelectionManager;
import ISelectionId = powerbi.visuals.ISelectionId;
import VisualConstructorOptions = powerbi.extensibility.visual.VisualConstructorOptions;
import VisualUpdateOptions = powerbi.extensibility.visual.VisualUpdateOptions;

/** The visual: one instance per report visual; the table is built once per data change. */
export class Visual implements IVisual {
  private readonly host: IVisualHost;
  private readonly element: HTMLElement;
  private readonly selectionManager: ISelectionManager;
  private readonly localizer: Localizer;
  private readonly formatting: FormattingSettingsService;
  private readonly app: App;
  private pane = new FormatPaneModel();
  private columns: RoleColumns | undefined;
  private table: HouseholdTable | null = null;
  private identities: HouseholdIdentities | null = null;
  private scores: Scores | null = null;
  private scoredWith = "";
  private selected = new Set<number>();

  constructor(options: VisualConstructorOptions) {
    this.host = options.host;
    this.element = options.element;
    const localization = this.host.createLocalizationManager();
    this.localizer = new Localizer(this.host.locale, localization);
    this.formatting = new FormattingSettingsService(localization);
    this.selectionManager = this.host.createSelectionManager();
    this.selectionManager.registerOnSelectCallback((ids) =>
      this.showSelection(ids as unknown as ISelectionId[]),
    );
    options.element.classList.add("gezinsbeeld");
    this.app = new App(options.element, {
      select: (households, multi) => this.select(households, multi),
      clear: () => this.clear(),
      menu: (households, x, y) => this.menu(households, x, y),
      tooltip: (lines, households, x, y) => this.tooltip(lines, households, x, y),
    });
  }

  public update(options: VisualUpdateOptions): void {
    const events = this.host.eventService;
    events?.renderingStarted(options);
    try {
      this.draw(options);
      events?.renderingFinished(options);
    } catch (error) {
      // Not reachable by user input as far as we know; say so on screen rather than in a console.
      this.app.showNotice(this.localizer.t("Warning_Title"));
      events?.renderingFailed(options, error instanceof Error ? error.message : String(error));
    }
  }

  /** Power BI is done with the visual: close its tooltip and leave nothing of it in the page. */
  public destroy(): void {
    this.host.tooltipService?.hide({ immediately: true, isTouchEvent: false });
    this.element.replaceChildren();
    this.columns = undefined;
    this.table = this.scores = null;
    this.identities = null;
  }

  public getFormattingModel(): powerbi.visuals.FormattingModel {
    return this.formatting.buildFormattingModel(this.pane);
  }

  private draw(options: VisualUpdateOptions): void {
    const l = this.localizer;
    const dataView = options.dataViews?.[0];
    this.pane = this.formatting.populateFormattingSettingsModel(
      FormatPaneModel,
      dataView as powerbi.DataView,
    );
    const pane = readPane(dataView?.metadata?.objects);
    const columns = roleColumns(dataView);
    if (!dataView || missingRoles(columns).length > 0 || columns.rowCount === 0) {
      this.columns = undefined;
      this.table = this.scores = null;
      return this.app.showLanding(l);
    }

    const load = followSegments(dataView, columns.rowCount, this.host);
    if (load.kind === "loading") return this.app.showNotice(l.t("Loading", { n: load.rows }));

    if (!this.table || !sameRows(this.columns, columns)) {
      this.table = buildTable(columns);
      this.identities = new HouseholdIdentities(
        this.host,
        columns.household,
        firstRows(columns, this.table),
      );
      this.scores = null;
      this.selected = this.identities.households(
        this.selectionManager.getSelectionIds() as unknown as ISelectionId[],
      );
    }
    this.columns = columns;

    const settingsKey = JSON.stringify(pane.settings);
    const reranked = this.scores !== null && settingsKey !== this.scoredWith;
    if (!this.scores || reranked) {
      this.scores = score(this.table, pane.settings);
      this.scoredWith = settingsKey;
    }

    const partial = load.kind === "partial" ? load.rows : null;
    const notes = [...this.table.warnings, ...this.scores.warnings];
    const names = pane.options.showKeys ? undefined : rankNames(this.table, this.scores, l);
    const warning = warningText(this.table, partial, pane.errors, l, notes, names);
    if (warning) this.host.displayWarningIcon(warning.title, warning.detail);

    this.app.render(
      {
        table: this.table,
        scores: this.scores,
        settings: pane.settings,
        options: pane.options,
        l,
        palette: this.palette(),
        selected: this.selected,
        highlighted: highlightedHouseholds(columns, this.table),
      },
      options.viewport,
      partial === null ? null : l.t("Partial", { n: partial }),
      reranked,
    );
  }

  private palette(): Palette {
    const colours = this.host.colorPalette as powerbi.extensibility.ISandboxExtendedColorPalette;
    const hc = Boolean(colours.isHighContrast);
    return {
      highContrast: hc,
      foreground: hc ? colours.foreground.value : "#252423",
      background: hc ? colours.background.value : "#ffffff",
      selected: hc ? colours.foregroundSelected.value : "#252423",
      // A prefix keeps factor codes such as `length` or `constructor` from meeting the members of
      // whatever object the palette keeps its colours in (the test host's throws on `length`).
      group: (code) => colours.getColor(`group:${code}`)?.value ?? colours.foreground?.value,
    };
  }

  /** False where the report does not allow interaction (e.g. a dashboard tile). */
  private interactive(): boolean {
    return this.host.hostCapabilities?.allowInteractions !== false;
  }

  private select(households: number[], multi: boolean): void {
    if (!this.identities || !this.interactive()) return;
    const ids = this.identities.many(households);
    if (!ids.length) return;
    void this.selectionManager
      .select(ids, multi)
      .then((selected) => this.showSelection(selected as unknown as ISelectionId[]));
  }

  private clear(): void {
    if (this.selected.size === 0 || !this.interactive()) return;
    void this.selectionManager.clear().then(() => this.showSelection([]));
  }

  private showSelection(ids: ISelectionId[]): void {
    if (!this.identities) return;
    this.selected = this.identities.households(ids);
    this.app.select(this.selected);
    const n = this.selected.size;
    const l = this.localizer;
    // At district level the count of selected households is a count like any other: 1 to k − 1 is hidden.
    const frame = this.app.current();
    const shown = frame ? shownCount(frame, n) : n;
    this.app.announce(
      shown === 1
        ? l.t("Announce_SelectedOne")
        : n
          ? l.t("Announce_Selected", { n: frame ? countWords(frame, shown) : n })
          : l.t("Announce_Cleared"),
    );
  }

  private menu(households: number[], x: number, y: number): void {
    if (!this.interactive()) return;
    const id = households.length && this.identities ? this.identities.of(households[0]) : undefined;
    void this.selectionManager.showContextMenu(id ?? {}, { x, y });
  }

  private tooltip(lines: TipLine[] | null, households: number[], x: number, y: number): void {
    const service = this.host.tooltipService;
    if (!service?.enabled()) return;
    if (!lines || lines.length === 0)
      return service.hide({ immediately: true, isTouchEvent: false });
    const identities = this.identities?.many(households.slice(0, 1)) ?? [];
    service.show({ coordinates: [x, y], dataItems: lines, identities, isTouchEvent: false });
  }
}
