// One annotation in a list: its tag, comment and times, with edit in place and a delete that asks first.
import { useState, type ReactElement } from 'react';
import { describeAnnotationTarget, type Annotation } from '../../../../shared/model/annotations';
import { useAppStore } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { AnnotationForm } from './AnnotationForm';
import { TagChip } from './TagChip';
import { formatAnnotationTime } from './tag-look';
import './annotations.css';

interface AnnotationItemProps {
  annotation: Annotation;
  /** Name what it is about: for annotations shown beside another item's (a SKU's verdicts and rows). */
  showTarget?: boolean;
}

export function AnnotationItem({ annotation, showTarget = false }: AnnotationItemProps): ReactElement {
  const saveAnnotation = useAppStore((state) => state.saveAnnotation);
  const deleteAnnotation = useAppStore((state) => state.deleteAnnotation);
  const [mode, setMode] = useState<'show' | 'edit' | 'confirm-delete'>('show');
  const edited = annotation.updated_at !== annotation.created_at;

  if (mode === 'edit') {
    return (
      <li className="annotation-item editing" data-testid="annotation-item">
        <AnnotationForm
          initialTag={annotation.tag}
          initialComment={annotation.comment}
          submitLabel="Save"
          autoFocus
          onCancel={() => setMode('show')}
          onSubmit={async (tag, comment) => {
            const saved = await saveAnnotation({ id: annotation.id, target: annotation.target, tag, comment });
            if (saved) setMode('show');
            return saved;
          }}
        />
      </li>
    );
  }

  return (
    <li className="annotation-item" data-testid="annotation-item" data-tag={annotation.tag}>
      <div className="annotation-item-head">
        <TagChip tag={annotation.tag} />
        <span className="annotation-time" title={edited ? `Added ${formatAnnotationTime(annotation.created_at)}` : undefined}>
          {edited ? `edited ${formatAnnotationTime(annotation.updated_at)}` : formatAnnotationTime(annotation.created_at)}
        </span>
        {mode === 'show' && (
          <span className="annotation-actions">
            <button type="button" className="icon-button" aria-label="Edit annotation" title="Edit" onClick={() => setMode('edit')}>
              <Icon name="edit" size={14} />
            </button>
            <button type="button" className="icon-button" aria-label="Delete annotation" title="Delete" onClick={() => setMode('confirm-delete')}>
              <Icon name="trash" size={14} />
            </button>
          </span>
        )}
      </div>
      {showTarget && <p className="annotation-target">{describeAnnotationTarget(annotation.target, annotation.source_file)}</p>}
      {annotation.comment === '' ? (
        <p className="annotation-comment empty">No comment</p>
      ) : (
        <p className="annotation-comment" data-testid="annotation-comment">
          {annotation.comment}
        </p>
      )}
      {mode === 'confirm-delete' && (
        <div
          className="annotation-confirm"
          role="group"
          aria-label="Confirm delete"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setMode('show');
          }}
        >
          <span>Delete this annotation?</span>
          <Button variant="ghost" onClick={() => setMode('show')}>
            Keep
          </Button>
          <Button autoFocus onClick={() => void deleteAnnotation(annotation.id)}>
            Delete
          </Button>
        </div>
      )}
    </li>
  );
}
