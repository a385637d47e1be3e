// The tag choice and comment box that add or edit an annotation: Ctrl+Enter saves, Escape cancels an edit.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactElement } from 'react';
import { ANNOTATION_COMMENT_MAX, ANNOTATION_TAG_LABELS, ANNOTATION_TAGS, type AnnotationTag } from '../../../../shared/model/annotations';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { TAG_HINTS, TAG_ICONS } from './tag-look';
import './annotations.css';

interface AnnotationFormProps {
  initialTag?: AnnotationTag;
  initialComment?: string;
  submitLabel: string;
  /** Resolves true when saved; the form then clears itself (adding) or is closed by its owner (editing). */
  onSubmit(tag: AnnotationTag, comment: string): Promise<boolean>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** Shown once most of the allowed length is used, so the limit never comes as a surprise. */
const COUNTER_FROM = Math.floor(ANNOTATION_COMMENT_MAX * 0.8);

export function AnnotationForm({ initialTag = 'note', initialComment = '', submitLabel, onSubmit, onCancel, autoFocus = false }: AnnotationFormProps): ReactElement {
  const [tag, setTag] = useState<AnnotationTag>(initialTag);
  const [comment, setComment] = useState(initialComment);
  const [saving, setSaving] = useState(false);
  const commentBox = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  // A note is its comment; the other tags say something on their own, so their comment is optional.
  const missingComment = tag === 'note' && comment.trim() === '';

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving || missingComment) return;
    setSaving(true);
    const saved = await onSubmit(tag, comment.trim());
    setSaving(false);
    if (saved && onCancel === undefined) {
      setComment('');
      setTag('note');
      commentBox.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
    if (event.key === 'Escape' && onCancel !== undefined) {
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form className="annotation-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} data-testid="annotation-form">
      <fieldset className="tag-choice">
        <legend className="annotation-sr-only">Tag</legend>
        {ANNOTATION_TAGS.map((choice) => (
          <label key={choice} className={`tag-option tag-${choice}`} title={TAG_HINTS[choice]}>
            <input type="radio" name={`${id}-tag`} value={choice} checked={tag === choice} onChange={() => setTag(choice)} />
            <Icon name={TAG_ICONS[choice]} size={12} />
            {ANNOTATION_TAG_LABELS[choice]}
          </label>
        ))}
      </fieldset>
      <label className="annotation-sr-only" htmlFor={`${id}-comment`}>
        Comment
      </label>
      <textarea
        id={`${id}-comment`}
        ref={commentBox}
        className="annotation-comment-input"
        value={comment}
        maxLength={ANNOTATION_COMMENT_MAX}
        rows={3}
        placeholder={tag === 'note' ? 'Write a note…' : 'Why? (optional)'}
        autoFocus={autoFocus}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="annotation-form-footer">
        <span className="annotation-form-hint">
          {comment.length >= COUNTER_FROM ? `${comment.length} / ${ANNOTATION_COMMENT_MAX}` : 'Ctrl+Enter saves'}
        </span>
        {onCancel !== undefined && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" variant="primary" disabled={saving || missingComment}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
