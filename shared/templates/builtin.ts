import { TemplateContent } from '../schemas/template';

/** Fixed ids so every install (and every export) names the built-in template the same way. */
export const BUILTIN_TEMPLATE_ID = '6f0c1f3e-2b7a-4c1e-9a52-0d5b8e1c4a01';
export const BUILTIN_TEMPLATE_VERSION_ID = '6f0c1f3e-2b7a-4c1e-9a52-0d5b8e1c4a02';

/** PLACEHOLDER: the seed scorecard (seeds/004_*.txt), word for word. */
export const builtinTemplate: TemplateContent = TemplateContent.parse({
  name: 'Quality Monitoring — Customer Services',
  sections: [{ id: 'welcome', title: 'Welcome', elements: [{ id: 'welcome-1', kind: 'check', label: 'Greeting applicable to the time of day', allowNotApplicable: true }] }],
  bands: [
    { id: 'does-not-meet', label: 'Does not meet expectations', from: 0, fromInclusive: true, to: 70, toInclusive: false },
    { id: 'meets', label: 'Meets expectations', from: 70, fromInclusive: true, to: 90, toInclusive: true },
    { id: 'exceeds', label: 'Exceeds expectations', from: 90, fromInclusive: false, to: 100, toInclusive: true },
  ],
  target: 70,
  notApplicableBandId: 'meets',
});
