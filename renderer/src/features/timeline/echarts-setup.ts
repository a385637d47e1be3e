// The parts of Apache ECharts the timeline draws with, registered once; importing from echarts/core keeps the rest
// of the library out of the bundle. Canvas renderer: thousands of markers in one bitmap, no DOM node each.
import { use as registerParts, type ComposeOption } from 'echarts/core';
import { LineChart, ScatterChart, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  AxisPointerComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  MarkLineComponent,
  ToolboxComponent,
  TooltipComponent,
  type AxisPointerComponentOption,
  type DataZoomComponentOption,
  type GridComponentOption,
  type MarkLineComponentOption,
  type ToolboxComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

registerParts([
  LineChart,
  ScatterChart,
  AxisPointerComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  MarkLineComponent,
  ToolboxComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type TimelineOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | AxisPointerComponentOption
  | DataZoomComponentOption
  | GridComponentOption
  | MarkLineComponentOption
  | ToolboxComponentOption
  | TooltipComponentOption
>;

export type { LineSeriesOption, ScatterSeriesOption };
export { init, type ECharts } from 'echarts/core';
