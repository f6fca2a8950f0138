import { describe, expect, it } from 'vitest';
import { TemplateContent } from '../../../shared/schemas/template';
import {
  BUILTIN_TEMPLATE_ID,
  BUILTIN_TEMPLATE_VERSION_ID,
  builtinTemplate,
} from '../../../shared/templates/builtin';

// Copied from seeds/004_*.txt, without the trailing " - n" / " – n" numbering.
const SEED = [
  {
    id: 'welcome',
    title: 'Welcome',
    labels: [
      'Greeting applicable to the time of day',
      'Introduction of Self and Team',
      'Upbeat and Friendly',
      'Invitation to offer to help made',
      'Apology for wait (if applicable) DPA Screen',
    ],
  },
  {
    id: 'customer-interaction',
    title: 'Customer Interaction',
    labels: [
      'Acknowledge the reason for contact and responds accordingly',
      'Repeat this information to customer to confirm the customers understanding of request/query',
      "Active listening; sounds interested and engaged with the customer. Use of customer's name at least once in the interaction and builds suitable rapport",
      'Advisor controls the interaction (diffuses situation if needed)',
      'Appropriate use of empathy',
    ],
  },
  {
    id: 'technical-knowledge',
    title: 'Technical Knowledge \u2013 Use of Process',
    labels: [
      'Were your systems used correctly, scripts followed etc?',
      'Uses appropriate questions to gain the relevant information?',
      'Was the correct resolution, and information given?',
      'Diffuses the situation without talking over the customers',
      'Quality check',
    ],
  },
  {
    id: 'close',
    title: 'Close',
    labels: [
      'Summarise',
      'Next Steps explained',
      'Offer of more help',
      "Use of customer's name",
      'GovMetric/Customer Survey offered (if applicable)',
    ],
  },
];

describe('the built-in template', () => {
  it('is a valid template, unchanged by parsing', () => {
    expect(TemplateContent.parse(builtinTemplate)).toEqual(builtinTemplate);
    expect(builtinTemplate.name).toBe('Quality Monitoring — Customer Services');
  });

  it('keeps its fixed ids', () => {
    expect(BUILTIN_TEMPLATE_ID).toBe('6f0c1f3e-2b7a-4c1e-9a52-0d5b8e1c4a01');
    expect(BUILTIN_TEMPLATE_VERSION_ID).toBe('6f0c1f3e-2b7a-4c1e-9a52-0d5b8e1c4a02');
  });

  it('has the seed’s four sections of five elements, word for word, in order', () => {
    expect(
      builtinTemplate.sections.map((s) => ({ id: s.id, title: s.title, labels: s.elements.map((e) => e.label) })),
    ).toEqual(SEED);
    expect(builtinTemplate.sections.flatMap((s) => s.elements.map((e) => e.id))).toEqual(
      SEED.flatMap((s) => s.labels.map((_, i) => `${s.id}-${i + 1}`)),
    );
  });

  it('scores every element met / not met, one point each, never critical, and allows not applicable', () => {
    for (const element of builtinTemplate.sections.flatMap((s) => s.elements)) {
      expect(element).toMatchObject({
        kind: 'check',
        points: 1,
        allowNotApplicable: true,
        critical: 'none',
        commentRequiredWhen: 'never',
      });
    }
    expect(builtinTemplate.sections.every((s) => s.weight === undefined)).toBe(true);
  });

  it('has the seed’s bands, target and not-applicable band', () => {
    expect(builtinTemplate.bands).toEqual([
      {
        id: 'does-not-meet',
        label: 'Does not meet expectations',
        description: 'needs support, guidance and/or training',
        from: 0,
        fromInclusive: true,
        to: 70,
        toInclusive: false,
      },
      {
        id: 'meets',
        label: 'Meets expectations',
        description: 'the minimum standards we expect to see from every interaction',
        from: 70,
        fromInclusive: true,
        to: 90,
        toInclusive: true,
      },
      {
        id: 'exceeds',
        label: 'Exceeds expectations',
        description: 'significantly above the minimum standards',
        from: 90,
        fromInclusive: false,
        to: 100,
        toInclusive: true,
      },
    ]);
    expect(builtinTemplate.target).toBe(70);
    expect(builtinTemplate.notApplicableBandId).toBe('meets');
  });

  it('carries the seed’s introduction and section guidance as plain paragraphs', () => {
    const [welcome, interaction, technical, close] = builtinTemplate.sections;
    expect(builtinTemplate.description?.split('\n\n')).toHaveLength(6);
    expect(builtinTemplate.description).toMatch(/^Customer perceptions and confidence in the Council/);
    expect(welcome?.guidance?.split('\n\n')).toHaveLength(2);
    expect(welcome?.guidance).toContain('This should be demonstrated in both what you say and how you say it.');
    expect(interaction?.guidance?.split('\n\n')).toHaveLength(13);
    expect(interaction?.guidance).toContain('It is vital that you ask the “right” questions to understand fully');
    expect(interaction?.guidance).toContain('saying ‘oh I know, that department is rubbish’!');
    expect(interaction?.guidance).toContain('gain the customer’s trust');
    expect(technical?.guidance?.split('\n\n')).toHaveLength(4);
    expect(close?.guidance?.split('\n\n')).toHaveLength(4);
    const text = [builtinTemplate.description, ...builtinTemplate.sections.map((s) => s.guidance)].join('\n');
    expect(text).not.toContain('**');
  });
});
