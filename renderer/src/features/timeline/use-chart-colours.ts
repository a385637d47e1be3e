// The chart's colour tokens, read again whenever the theme switches between light and dark.
import { useEffect, useState } from 'react';
import { readChartColours, type ChartColours } from './chart-colours';

const DARK = '(prefers-color-scheme: dark)';

export function useChartColours(): ChartColours {
  const [colours, setColours] = useState(() => readChartColours(document.documentElement));
  useEffect(() => {
    const query = window.matchMedia(DARK);
    const reread = () => setColours(readChartColours(document.documentElement));
    query.addEventListener('change', reread);
    return () => query.removeEventListener('change', reread);
  }, []);
  return colours;
}
