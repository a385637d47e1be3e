// The open case's annotations and starred SKUs: loaded once per case on first need, kept in step with every change.
import type { Annotation } from '../../../shared/model/annotations';
import type { SliceFactory } from './slice';
import type { AnnotationSlice } from './types';

/** The list with `saved` in place of the annotation of the same id, or added at the end when it is new. */
function withSaved(annotations: readonly Annotation[], saved: Annotation): Annotation[] {
  return annotations.some((annotation) => annotation.id === saved.id)
    ? annotations.map((annotation) => (annotation.id === saved.id ? saved : annotation))
    : [...annotations, saved];
}

export const createAnnotationSlice: SliceFactory<AnnotationSlice> =
  ({ api }) =>
  (set, get) => {
    const openPath = () => get().caseInfo?.path ?? null;

    /** Changes land only while the case they were made in is still open. */
    const stillOpen = (path: string) => openPath() === path;

    const load = async (path: string): Promise<boolean> => {
      set({ annotationsCase: path, annotationsLoading: true });
      const [annotations, starred] = await Promise.all([api.listAnnotations({}), api.listStarredSkus({})]);
      if (!stillOpen(path)) return false;
      set({ annotationsLoading: false });
      if (!annotations.ok) {
        get().showError(annotations.error);
        return false;
      }
      if (!starred.ok) {
        get().showError(starred.error);
        return false;
      }
      set({ annotations: annotations.value, starredSkus: starred.value });
      return true;
    };

    /** The row counts in the tables list include the annotations table. */
    const afterChange = () => void get().refreshTables();

    /** The grid's pages and the timeline's markers got their rows' annotations with them: they fetch again. */
    const afterRowChange = () => {
      get().refreshGridRows();
      void get().refreshTimelineNotes();
    };

    return {
      annotations: [],
      starredSkus: [],
      annotationsCase: null,
      annotationsLoading: false,
      ensureAnnotations: async () => {
        const path = openPath();
        if (path === null || get().annotationsCase === path) return;
        await load(path);
      },
      loadAnnotations: async () => {
        const path = openPath();
        return path === null ? false : load(path);
      },
      saveAnnotation: async (request) => {
        const path = openPath();
        if (path === null) return false;
        const result = await api.saveAnnotation(request);
        if (!result.ok) {
          get().showError(result.error);
          return false;
        }
        if (!stillOpen(path)) return false;
        set({ annotations: withSaved(get().annotations, result.value) });
        afterChange();
        if (request.target.kind === 'event') afterRowChange();
        return true;
      },
      deleteAnnotation: async (id) => {
        const path = openPath();
        if (path === null) return false;
        const result = await api.deleteAnnotation({ id });
        if (!result.ok) {
          get().showError(result.error);
          return false;
        }
        if (!stillOpen(path)) return false;
        // One not in the list (never loaded) may have been about a row.
        const kind = get().annotations.find((annotation) => annotation.id === id)?.target.kind ?? 'event';
        set({ annotations: get().annotations.filter((annotation) => annotation.id !== id) });
        afterChange();
        if (kind === 'event') afterRowChange();
        return true;
      },
      setSkuStarred: async (sku, location, starred) => {
        const path = openPath();
        if (path === null) return false;
        const result = await api.setSkuStarred({ sku, location, starred });
        if (!result.ok) {
          get().showError(result.error);
          return false;
        }
        if (!stillOpen(path)) return false;
        set({ starredSkus: result.value });
        afterChange();
        return true;
      },
    };
  };
