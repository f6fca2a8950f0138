import type { TemplateContent, TemplateElement, TemplateSection } from '../../../shared/schemas/template';

/** One element in reading order, with where it sits, so keys can move through a flat list. */
export interface ElementRef {
  element: TemplateElement;
  section: TemplateSection;
  sectionIndex: number;
  /** Position in the whole scorecard, 0-based. */
  index: number;
  /** "2.3": section number, element number, as reviewers say it aloud. */
  number: string;
}

export function flattenElements(content: TemplateContent): ElementRef[] {
  const refs: ElementRef[] = [];
  content.sections.forEach((section, sectionIndex) => {
    section.elements.forEach((element, elementIndex) => {
      refs.push({ element, section, sectionIndex, index: refs.length, number: `${sectionIndex + 1}.${elementIndex + 1}` });
    });
  });
  return refs;
}

export function elementDomId(elementId: string): string {
  return `element-${elementId}`;
}

export function commentDomId(elementId: string): string {
  return `comment-${elementId}`;
}
