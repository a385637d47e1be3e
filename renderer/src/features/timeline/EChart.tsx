// A small React wrapper around one ECharts instance: created on mount, disposed on unmount, resized with its box,
// and given each new option by merge, replacing only the series, so zoom and pan survive an update.
import { useEffect, useRef, useState, type HTMLAttributes, type ReactElement } from 'react';
import { init, type ECharts, type TimelineOption } from './echarts-setup';

interface EChartProps extends HTMLAttributes<HTMLDivElement> {
  option: TimelineOption;
  height: number;
  /** Binds events once the instance exists; returns the unbinding. */
  onChart?: (chart: ECharts) => () => void;
}

/** The host element carries its instance as `echarts`: a canvas has no element per marker, so end-to-end tests
 *  (and devtools) reach markers through it (convertToPixel). */
type ChartHost = HTMLDivElement & { echarts?: ECharts };

export function EChart({ option, height, onChart, ...rest }: EChartProps): ReactElement {
  const hostRef = useRef<ChartHost>(null);
  const [chart, setChart] = useState<ECharts | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const instance = init(host, null, { renderer: 'canvas' });
    host.echarts = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host);
    setChart(instance);
    return () => {
      observer.disconnect();
      delete host.echarts;
      instance.dispose();
      setChart(null);
    };
  }, []);

  useEffect(() => {
    chart?.setOption(option, { replaceMerge: ['series'] });
  }, [chart, option]);

  useEffect(() => (chart === null || onChart === undefined ? undefined : onChart(chart)), [chart, onChart]);

  return <div ref={hostRef} style={{ height }} {...rest} />;
}
