// Template logic for the builder, versions, reports and import/export: pure, over the template definition.
export {
  TemplateDefinition,
  DefinitionElement,
  DefinitionSection,
  SCALE_LIMIT,
  type TemplateDefinitionInput,
} from './definition';
export { validateTemplate, type TemplateValidation } from './validate';
export { describeFieldError, formatPath, type FieldError } from './field-errors';
export { diffTemplates } from './diff';
export { describeChange, describeBandRange } from './describe-change';
export type { AnswerForm, BandRange, Place, TemplateChange, TemplateChangeKind } from './changes';
export { ElementMap, ElementMapEntry, MapBasis, validateElementMap, sourcesOf, targetsOf, type ElementMapValidation } from './element-map';
export { proposeElementMap } from './propose-element-map';
export { trendContinuity, type TrendContinuity, type TrendSubject } from './trend-continuity';
export { carryAnswers, type CarriedAnswers, type NotCarried } from './carry-answers';
export { whatIf, type CompletedAnswers, type ScorecardWhatIf, type ScoreSummary, type WhatIf, type WhatIfSummary, type BandTransition } from './what-if';
export {
  TemplateDocument,
  TEMPLATE_FORMAT,
  TEMPLATE_FORMAT_VERSION,
  MAX_TEMPLATE_DOCUMENT_CHARS,
  buildTemplateDocument,
  parseTemplateDocument,
  publicationOf,
  type TemplateImport,
  type TemplateOrigin,
  type TemplatePublication,
} from './document';
export { templateJsonSchema, templateJsonSchemaText } from './json-schema';
