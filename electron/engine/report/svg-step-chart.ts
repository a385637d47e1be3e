// The per-SKU timeline as inline SVG: one step line per system, UTC time ticks, last known-good and first divergence.
import { COUNTING_SYSTEMS, type CountingSystem } from '../../../shared/model/findings';
import type { LevelStep } from '../../../shared/model/history';
import { escapeHtml } from './escape-html';

export interface StepChartInput {
  /** Read by screen readers and shown as the tooltip of the whole chart. */
  label: string;
  steps: readonly LevelStep[];
  opening: Record<CountingSystem, number | null>;
  /** The instant the lines run to. */
  asOf: string;
  lastKnownGood: string | null;
  firstDivergence: string | null;
}

/** Colours and line styles per system, so lines that agree still show through each other. */
export const SYSTEM_STYLES: Record<CountingSystem, { label: string; colour: string; width: number; dash: string | null }> = {
  erp: { label: 'ERP', colour: '#2563eb', width: 4, dash: null },
  wms: { label: 'WMS', colour: '#ea580c', width: 2, dash: null },
  storefront: { label: 'Storefront', colour: '#7c3aed', width: 2, dash: '6 4' },
};

const MARKERS = {
  'last-known-good': { label: 'last known-good', colour: '#16a34a' },
  'first-divergence': { label: 'first divergence', colour: '#dc2626' },
} as const;

const WIDTH = 760;
const HEIGHT = 280;
const PLOT = { left: 52, right: WIDTH - 16, top: 34, bottom: HEIGHT - 40 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TIME_STEPS = [MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY];

const round = (value: number) => Math.round(value * 10) / 10;

function timeTicks(from: number, to: number): { ticks: number[]; interval: number } {
  const interval = TIME_STEPS.find((step) => (to - from) / step <= 7) ?? TIME_STEPS[TIME_STEPS.length - 1]!;
  const ticks: number[] = [];
  for (let tick = Math.ceil(from / interval) * interval; tick <= to; tick += interval) ticks.push(tick);
  return { ticks, interval };
}

function tickLabel(tick: number, interval: number): string {
  const iso = new Date(tick).toISOString();
  return interval >= DAY ? iso.slice(5, 10) : `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}

function levelTicks(low: number, high: number): number[] {
  const span = Math.max(high - low, 1);
  const magnitude = 10 ** Math.floor(Math.log10(span));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => span / candidate <= 5) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick <= high + step / 2; tick += step) ticks.push(tick);
  return ticks;
}

/** The step series of one system as [time, level] corners, from the opening (or first change) to the as-of instant. */
function corners(steps: readonly LevelStep[], opening: number | null, start: number, end: number): [number, number][] {
  const points: [number, number][] = [];
  let level = opening;
  if (level !== null) points.push([start, level]);
  for (const step of steps) {
    const at = Date.parse(step.ts);
    if (level !== null) points.push([at, level]);
    points.push([at, step.level]);
    level = step.level;
  }
  if (level !== null) points.push([end, level]);
  return points;
}

export function renderStepChart(input: StepChartInput): string {
  const bySystem = new Map<CountingSystem, LevelStep[]>(COUNTING_SYSTEMS.map((system) => [system, []]));
  for (const step of input.steps) bySystem.get(step.system)?.push(step);
  for (const steps of bySystem.values()) steps.sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts));

  const markerTimes = [input.lastKnownGood, input.firstDivergence].filter((ts): ts is string => ts !== null).map(Date.parse);
  const times = [...input.steps.map((step) => Date.parse(step.ts)), ...markerTimes, Date.parse(input.asOf)].filter(Number.isFinite);
  let first = Math.min(...times);
  const last = Math.max(...times);
  if (!(last > first)) first = last - HOUR;
  // A margin before the first change, so each opening level shows as a line of its own.
  const start = first - (last - first) * 0.04;

  const series = COUNTING_SYSTEMS.map((system) => ({
    system,
    points: corners(bySystem.get(system) ?? [], input.opening[system], start, last),
  })).filter((line) => line.points.length > 0);
  const levels = series.flatMap((line) => line.points.map(([, level]) => level));
  const low = Math.min(0, ...levels);
  const high = Math.max(1, ...levels);
  const yTicks = levelTicks(low, high);
  const yLow = yTicks[0] ?? low;
  const yHigh = Math.max(yTicks[yTicks.length - 1] ?? high, high);

  const x = (time: number) => round(PLOT.left + ((time - start) / (last - start)) * (PLOT.right - PLOT.left));
  const y = (level: number) => round(PLOT.bottom - ((level - yLow) / (yHigh - yLow || 1)) * (PLOT.bottom - PLOT.top));

  const parts: string[] = [];
  for (const tick of yTicks) {
    parts.push(
      `<line class="grid" x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e5e7eb"/>`,
      `<text x="${PLOT.left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="11" fill="#4b5563">${tick}</text>`,
    );
  }
  const { ticks, interval } = timeTicks(start, last);
  for (const tick of ticks) {
    parts.push(
      `<line class="x-tick" x1="${x(tick)}" x2="${x(tick)}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 5}" stroke="#6b7280"/>`,
      `<text x="${x(tick)}" y="${PLOT.bottom + 18}" text-anchor="middle" font-size="11" fill="#4b5563">${tickLabel(tick, interval)}</text>`,
    );
  }
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#6b7280"/>`,
    `<text x="${PLOT.right}" y="${HEIGHT - 6}" text-anchor="end" font-size="11" fill="#6b7280">time (UTC)</text>`,
  );
  const markers: [keyof typeof MARKERS, string | null][] = [
    ['last-known-good', input.lastKnownGood],
    ['first-divergence', input.firstDivergence],
  ];
  for (const [kind, ts] of markers) {
    if (ts === null || !Number.isFinite(Date.parse(ts))) continue;
    const { label, colour } = MARKERS[kind];
    const at = x(Date.parse(ts));
    const anchor = at > (PLOT.left + PLOT.right) / 2 ? 'end' : 'start';
    const labelY = kind === 'last-known-good' ? PLOT.top - 14 : PLOT.top - 2;
    parts.push(
      `<g data-marker="${kind}"><line x1="${at}" x2="${at}" y1="${PLOT.top - 10}" y2="${PLOT.bottom}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="4 3"/>` +
        `<text x="${anchor === 'end' ? at - 4 : at + 4}" y="${labelY}" text-anchor="${anchor}" font-size="11" fill="${colour}">${label}</text></g>`,
    );
  }
  for (const line of series) {
    const style = SYSTEM_STYLES[line.system];
    const points = line.points.map(([time, level]) => `${x(time)},${y(level)}`).join(' ');
    parts.push(
      `<polyline data-system="${line.system}" points="${points}" fill="none" stroke="${style.colour}" stroke-width="${style.width}"` +
        `${style.dash === null ? '' : ` stroke-dasharray="${style.dash}"`} stroke-linejoin="round" stroke-opacity="${line.system === 'erp' ? 0.55 : 1}"/>`,
    );
  }
  let legendX = PLOT.left;
  for (const line of series) {
    const style = SYSTEM_STYLES[line.system];
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 22}" y1="${HEIGHT - 12}" y2="${HEIGHT - 12}" stroke="${style.colour}" stroke-width="${style.width}"` +
        `${style.dash === null ? '' : ` stroke-dasharray="${style.dash}"`}/>`,
      `<text x="${legendX + 27}" y="${HEIGHT - 8}" font-size="11" fill="#1f2937">${style.label}</text>`,
    );
    legendX += 110;
  }
  const label = escapeHtml(input.label);
  return (
    `<svg class="step-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}">` +
    `<title>${label}</title>${parts.join('')}</svg>`
  );
}
