// Where each lane of the timeline sits, in pixels: shared by the chart's grids and the lane labels beside it.
import { COUNTING_SYSTEMS, type CountingSystem } from '../../../../shared/model/findings';

export type LaneId = CountingSystem | 'middleware';

export interface Lane {
  id: LaneId;
  top: number;
  height: number;
}

export interface TimelineLayout {
  lanes: Lane[];
  /** Centre of each middleware path's row, top to bottom. */
  pathRows: number[];
  /** The x axis labels sit under the last lane; the zoom slider under them. */
  sliderTop: number;
  height: number;
  /** Space left of the plot for the value axes, and right of it. */
  left: number;
  right: number;
}

const TOP = 16;
const SYSTEM_LANE = 62;
const GAP = 14;
/** Room above the middleware lane for its title. */
const MIDDLEWARE_TITLE = 10;
const PATH_ROW = 22;
const MIN_MIDDLEWARE_LANE = 44;
const AXIS_LABELS = 36;
const SLIDER = 24;
const BOTTOM = 6;

export function timelineLayout(pathCount: number): TimelineLayout {
  const lanes: Lane[] = COUNTING_SYSTEMS.map((id, i) => ({ id, top: TOP + i * (SYSTEM_LANE + GAP), height: SYSTEM_LANE }));
  const middlewareTop = TOP + COUNTING_SYSTEMS.length * (SYSTEM_LANE + GAP) + MIDDLEWARE_TITLE;
  const middlewareHeight = Math.max(MIN_MIDDLEWARE_LANE, pathCount * PATH_ROW);
  lanes.push({ id: 'middleware', top: middlewareTop, height: middlewareHeight });
  const rowHeight = pathCount === 0 ? 0 : middlewareHeight / pathCount;
  const sliderTop = middlewareTop + middlewareHeight + AXIS_LABELS;
  return {
    lanes,
    pathRows: Array.from({ length: pathCount }, (_, i) => middlewareTop + (i + 0.5) * rowHeight),
    sliderTop,
    height: sliderTop + SLIDER + BOTTOM,
    left: 48,
    right: 24,
  };
}
