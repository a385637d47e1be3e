// The annotations of one item (event row, SKU or verdict): the list with tag chips, and a form to add one.
import type { ReactElement } from 'react';
import { describeAnnotationTarget, sameAnnotationTarget, type AnnotationTarget } from '../../../../shared/model/annotations';
import { useAppStore } from '../../app/store-context';
import { AnnotationForm } from './AnnotationForm';
import { AnnotationItem } from './AnnotationItem';
import { useAnnotationsAboutSku, useAnnotationsFor, useAnnotationsLoading } from './use-annotations';
import './annotations.css';

interface AnnotationPanelProps {
  target: AnnotationTarget;
  /** For a SKU target: also list what was said about its verdicts and its rows (editable there too). */
  related?: boolean;
}

export function AnnotationPanel({ target, related = false }: AnnotationPanelProps): ReactElement {
  const own = useAnnotationsFor(target);
  const about = useAnnotationsAboutSku(target.kind === 'event' ? '' : target.sku, target.kind === 'event' ? null : target.location);
  const others = related && target.kind === 'sku' ? about.filter((annotation) => !sameAnnotationTarget(annotation.target, target)) : [];
  const loading = useAnnotationsLoading();
  const saveAnnotation = useAppStore((state) => state.saveAnnotation);
  const name = describeAnnotationTarget(target);

  return (
    <section className="annotation-panel" aria-label={`Annotations on ${name}`} data-testid="annotation-panel">
      <header className="annotation-panel-header">
        <h3>Annotations</h3>
        {own.length > 0 && <span className="annotation-count">{own.length}</span>}
      </header>
      {own.length === 0 ? (
        <p className="annotation-empty">
          {loading
            ? 'Loading annotations…'
            : others.length > 0
              ? 'Nothing noted on the SKU itself yet; what was said about its verdicts and rows is below.'
              : 'Nothing noted yet. Tag it as a confirmed root cause or a false positive, or add a note; it is kept in the case file and carried into the report.'}
        </p>
      ) : (
        <ul className="annotation-list">
          {own.map((annotation) => (
            <AnnotationItem key={annotation.id} annotation={annotation} />
          ))}
        </ul>
      )}
      <AnnotationForm submitLabel="Add" onSubmit={(tag, comment) => saveAnnotation({ target, tag, comment })} />
      {others.length > 0 && (
        <>
          <h4 className="annotation-related-title">On its verdicts and rows</h4>
          <ul className="annotation-list" data-testid="annotation-related">
            {others.map((annotation) => (
              <AnnotationItem key={annotation.id} annotation={annotation} showTarget />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
