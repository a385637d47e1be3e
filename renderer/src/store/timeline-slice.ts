// One SKU's timeline: its history and event markers, the display zone, the record drawer and time travel.
import type { AppError } from '../../../shared/result';
import type { SliceFactory } from './slice';
import { selectMiddlewarePaths } from './timeline-selectors';
import type { AppState, TimelineKey, TimelineSlice, TimelineState } from './types';
import { canonicalZone, UTC_ZONE } from './zone-time';

const ZONE_STORAGE_KEY = 'driftscope.timeline.zone';

/** Browser storage where it exists and is allowed (it may be blocked, or absent under Node in tests). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function rememberedZone(): string {
  const stored = storage()?.getItem(ZONE_STORAGE_KEY) ?? null;
  return (stored === null ? null : canonicalZone(stored)) ?? UTC_ZONE;
}

const sameKey = (a: TimelineKey | undefined, b: TimelineKey): boolean => a?.sku === b.sku && a.location === b.location;

/** What another case, or a new analysis of this one, makes stale. */
export const TIMELINE_RESET: Pick<AppState, 'timeline' | 'timelineRecord' | 'asOf'> = { timeline: null, timelineRecord: null, asOf: null };

export const createTimelineSlice: SliceFactory<TimelineSlice> =
  ({ api }) =>
  (set, get) => {
    /** Whether an answer asked for `key` still belongs on screen (the user may have moved to another SKU). */
    const showing = (key: TimelineKey): boolean => sameKey(get().timeline?.key, key);
    const patchTimeline = (key: TimelineKey, patch: Partial<TimelineState>): void => {
      const timeline = get().timeline;
      if (timeline !== null && sameKey(timeline.key, key)) set({ timeline: { ...timeline, ...patch } });
    };
    const fail = (key: TimelineKey, error: AppError): void => patchTimeline(key, { status: 'failed', problem: error.message });

    return {
      timeline: null,
      displayZone: rememberedZone(),
      timelineRecord: null,
      asOf: null,

      loadTimeline: async (sku, location) => {
        const key = { sku, location };
        const current = get().timeline;
        if (current !== null && sameKey(current.key, key) && (current.status === 'ready' || current.status === 'loading')) return;
        set({
          ...TIMELINE_RESET,
          timeline: { key, status: 'loading', history: null, events: null, span: null, paths: [], window: null, problem: null },
        });
        // One after the other: each readies the analysis views, which rewrites the case's macros, and two sessions
        // doing that at once conflict.
        const events = await api.getSkuEvents(key);
        if (!showing(key)) return;
        if (!events.ok) return fail(key, events.error);
        if (!events.value.analysed) {
          patchTimeline(key, { status: 'not_analysed', problem: 'The case has not been analysed yet' });
          return;
        }
        const { from, to } = events.value;
        const span = from !== null && to !== null ? { from, to } : null;
        const paths = selectMiddlewarePaths(events.value);
        const history = await api.getSkuHistory(key);
        if (!showing(key)) return;
        if (history.ok) {
          patchTimeline(key, { status: 'ready', history: history.value, events: events.value, span, paths });
        } else if (history.error.code === 'not_found') {
          // Events still place the SKU in time even where the drift table has no figures for it.
          patchTimeline(key, { status: 'ready', events: events.value, span, paths, problem: history.error.message });
        } else {
          fail(key, history.error);
        }
      },

      loadTimelineWindow: async (window) => {
        const timeline = get().timeline;
        if (timeline === null || timeline.status !== 'ready') return;
        const { key } = timeline;
        patchTimeline(key, { window });
        const events = await api.getSkuEvents(window === null ? key : { ...key, ...window });
        // A later zoom may have asked again meanwhile; only the answer for the range still wanted lands.
        const now = get().timeline;
        if (now === null || !sameKey(now.key, key) || now.window !== window) return;
        if (events.ok) patchTimeline(key, { events: events.value });
        else get().showError(events.error);
      },

      setDisplayZone: (zone) => {
        const canonical = canonicalZone(zone);
        if (canonical === null) return false;
        set({ displayZone: canonical });
        try {
          storage()?.setItem(ZONE_STORAGE_KEY, canonical);
        } catch {
          // Storage full or blocked: the zone still applies for this session.
        }
        return true;
      },

      openRecord: async (focus) => {
        set({ timelineRecord: { focus, record: null, problem: null } });
        const result = await api.getRowRecord(focus);
        if (get().timelineRecord?.focus !== focus) return;
        set({
          timelineRecord: result.ok
            ? { focus, record: result.value, problem: null }
            : { focus, record: null, problem: result.error.message },
        });
      },

      closeRecord: () => set({ timelineRecord: null }),

      setAsOf: async (at) => {
        const timeline = get().timeline;
        if (at === null || timeline === null) {
          set({ asOf: null });
          return;
        }
        set({ asOf: { at, levels: null, problem: null } });
        const result = await api.getLevelsAsOf({ ...timeline.key, at });
        if (get().asOf?.at !== at || !showing(timeline.key)) return;
        set({
          asOf: result.ok ? { at, levels: result.value.levels, problem: null } : { at, levels: null, problem: result.error.message },
        });
      },

      refreshTimelineNotes: async () => {
        const timeline = get().timeline;
        if (timeline === null || timeline.status !== 'ready') return;
        const { key, window } = timeline;
        // One after the other, as loadTimeline does; the range shown stays (a zoomed one is fetched again as is).
        const events = await api.getSkuEvents(window === null ? key : { ...key, ...window });
        const history = timeline.history === null ? null : await api.getSkuHistory(key);
        if (!showing(key)) return;
        if (!events.ok) get().showError(events.error);
        else if (get().timeline?.window === window) patchTimeline(key, { events: events.value });
        if (history === null) return;
        if (history.ok) patchTimeline(key, { history: history.value });
        else get().showError(history.error);
      },
    };
  };
