/** Gezinsbeeld visual entry point: wires Power BI host services to the model and views. */
import powerbi from "powerbi-visuals-api";
import "./../style/visual.less";

import IVisual = powerbi.extensibility.visual.IVisual;
import VisualConstructorOptions = powerbi.extensibility.visual.VisualConstructorOptions;
import VisualUpdateOptions = powerbi.extensibility.visual.VisualUpdateOptions;

export class Visual implements IVisual {
  private readonly root: HTMLElement;

  constructor(options: VisualConstructorOptions) {
    this.root = options.element;
    this.root.classList.add("gezinsbeeld");
  }

  public update(options: VisualUpdateOptions): void {
    this.root.textContent = options.dataViews?.length ? "" : "Gezinsbeeld";
  }
}
