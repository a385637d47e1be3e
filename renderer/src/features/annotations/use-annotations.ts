// Hooks that give a component the open case's annotations and stars, loading them the first time one needs them.
import { useEffect } from 'react';
import type { Annotation, AnnotationTarget, StarredSku } from '../../../../shared/model/annotations';
import { useAppStore } from '../../app/store-context';
import { annotationsAboutSku, annotationsFor, starOf } from '../../store/annotation-selectors';

/** Asks the store to load the open case's annotations and stars once; later calls for the same case do nothing. */
function useLoadedState() {
  const caseInfo = useAppStore((state) => state.caseInfo);
  const ensureAnnotations = useAppStore((state) => state.ensureAnnotations);
  const casePath = caseInfo?.path ?? null;
  useEffect(() => {
    if (casePath !== null) void ensureAnnotations();
  }, [casePath, ensureAnnotations]);
  const annotations = useAppStore((state) => state.annotations);
  const starredSkus = useAppStore((state) => state.starredSkus);
  const annotationsCase = useAppStore((state) => state.annotationsCase);
  return { caseInfo, annotations, starredSkus, annotationsCase };
}

// The filters below are cheap (a case holds hundreds of annotations, not millions) and run only when the component
// renders, so they are not memoised.

/** The annotations about exactly this target. */
export function useAnnotationsFor(target: AnnotationTarget): Annotation[] {
  return annotationsFor(useLoadedState(), target);
}

/** Every annotation about a SKU x location: on the SKU, its verdicts and its rows. */
export function useAnnotationsAboutSku(sku: string, location: string | null): Annotation[] {
  return annotationsAboutSku(useLoadedState(), sku, location);
}

export function useStar(sku: string, location: string | null): StarredSku | null {
  return starOf(useLoadedState(), sku, location);
}

/** True while the open case's annotations are being loaded for the first time. */
export function useAnnotationsLoading(): boolean {
  return useAppStore((state) => state.annotationsLoading);
}
