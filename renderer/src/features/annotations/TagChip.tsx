// A small chip naming an annotation tag, in the tag's one colour with its icon, so colour is never the only cue.
import type { ReactElement } from 'react';
import { ANNOTATION_TAG_LABELS, type AnnotationTag } from '../../../../shared/model/annotations';
import { Icon } from '../../components/Icon';
import { TAG_ICONS } from './tag-look';
import './annotations.css';

export function TagChip({ tag }: { tag: AnnotationTag }): ReactElement {
  return (
    <span className={`tag-chip tag-${tag}`} data-tag={tag}>
      <Icon name={TAG_ICONS[tag]} size={11} />
      {ANNOTATION_TAG_LABELS[tag]}
    </span>
  );
}
