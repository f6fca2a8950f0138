/** Right-to-left letters, and the marks and controls that change the direction of the text after them. */
const DIRECTIONAL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\u200F\u061C\u202A-\u202E\u2066-\u2069]/u;

/**
 * A name set apart from the text around it for the bidirectional algorithm
 * (Unicode FSI … PDI), for plain-text places where <bdi> cannot go: <option>
 * labels, titles, aria-labels. A right-to-left name, or one carrying an
 * override such as U+202E, then cannot reorder the words after it. A name
 * with nothing directional in it is left as it is.
 */
export const isolate = (name: string): string => (DIRECTIONAL.test(name) ? `\u2068${name}\u2069` : name);
