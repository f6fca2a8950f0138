import { TemplateContent } from '../schemas/template';

/** Fixed ids so every install (and every export) names the built-in template the same way. */
export const BUILTIN_TEMPLATE_ID = '6f0c1f3e-2b7a-4c1e-9a52-0d5b8e1c4a01';
export const BUILTIN_TEMPLATE_VERSION_ID = '6f0c1f3e-2b7a-4c1e-9a52-0d5b8e1c4a02';

// The seed's own words are kept exactly (spelling, quotes and dashes included): they
// are the organisation's standard, and reviewers and agents read them as written.
// Only its markdown ** emphasis is dropped, as guidance is shown as plain text.
const paragraphs = (...texts: string[]) => texts.join('\n\n');

// Every seed element is met or not met, and every one may be not applicable:
// "you should not be penalised for not being able to demonstrate the skills required".
const checks = (sectionId: string, labels: string[]) =>
  labels.map((label, i) => ({
    id: `${sectionId}-${i + 1}`,
    kind: 'check',
    label,
    points: 1,
    allowNotApplicable: true,
    critical: 'none',
    commentRequiredWhen: 'never',
  }));

/** The seed scorecard (seeds/004_*.txt, Customer Services 2016), word for word. */
export const builtinTemplate: TemplateContent = TemplateContent.parse({
  name: 'Quality Monitoring — Customer Services',
  description: paragraphs(
    'Customer perceptions and confidence in the Council are very much affected by the service that they receive at first point of contact. Customer care is central to Plymouth City Council and Customer Services are ambassadors for ensuring that customers are dealt with in a professional and courteous manner. This document defines the quality standards that you will be measured against for each stage of an interaction with a customer.',
    "Customer Services is the first contact point for many incoming calls, visits, and e-mails from members of the public, businesses, organisations or employees. In order to be able to achieve high levels of service there needs to be firstly a defined set of standards that everyone knows and understands. Secondly a process against which individual's performance is measured against these standards needs to be in place, with coaching and development provided to support the individual and therefore the whole team, in moving towards and in time exceeding these standards.",
    'It is fundamental to the success of any monitoring and quality measuring process that the need to report on standards is balanced against and does not compromise the equally important need to support, train, develop and performance manage team members.',
    'This document sets out to define the key areas within a customer interaction and then to add detail in order to help both the user and the reviewer to understand and identify what would be present in order to make these sections "Meets Expectations" in terms of the quality of their delivery.',
    "A scoring mechanism has been associated to each section which supports a team member's development and this will support quality standards to the business as a whole. As well as the individual's performance (for the supervision processes) it will help identify an individual's key development needs and strengths so that coaching, training and support can be tailored and focussed on those areas most relevant to them.",
    "The qualitative assessment outlined within this document will be used in conjunction with customer surveys, Govmetric satisfaction responses as well as quantitative assessment measures to determine an individual's overall performance.",
  ),
  sections: [
    {
      id: 'welcome',
      title: 'Welcome',
      guidance: paragraphs(
        "The first impression counts. If handled badly, the greeting can prejudice the customer's view of the whole Council; this perception is then very difficult to change. You need to show an interest in, and desire to welcome and talk to each and every customer. This should be demonstrated in both what you say and how you say it.",
        'The following are the elements required in order for a successful greeting:',
      ),
      elements: checks('welcome', [
        'Greeting applicable to the time of day',
        'Introduction of Self and Team',
        'Upbeat and Friendly',
        'Invitation to offer to help made',
        'Apology for wait (if applicable) DPA Screen',
      ]),
    },
    {
      id: 'customer-interaction',
      title: 'Customer Interaction',
      guidance: paragraphs(
        'You need to demonstrate that you are in control of the interaction at all times, without restricting the conversation or making it sound scripted. Summarising and repeating issues back to the customer to check understanding and/or clarify should be evident.',
        'It is vital that you ask the “right” questions to understand fully what the customer may need from us. You should allow the customer time to think and respond, whilst also ensuring that there are no unnecessary or unexplained pauses or gaps in the conversation. The customer should be involved in and part of the conversation. You must not talk over the customer.',
        'You should be adapting both the style of questions and your way of asking these to match the needs and circumstances of the customer. At no stage should you make assumptions, jump to conclusions or talk over the customer.',
        'You need to let the caller know what you are doing, (for example if you go quiet when searching for information you should tell the customer this is what you are doing). Check that the customer is OK to be put on hold or left at the booth. Do not leave the customer alone for a long period of time.',
        'You should demonstrate that you are actively listening and verbally acknowledge the callers comments and answers.',
        'In order for you to gain the customer’s trust and to be able to develop a positive and constructive relationship with them, you must show that you are interested in them as an individual.',
        'You will be able to do this by reacting to the style and personality of the customer, picking up on comments they make. Where ever possible use of the customer’s name helps to develop relationships.',
        'Acknowledgement for how a customer is feeling or their circumstances should be evident; you must offer an apology on behalf of the Council to the customer if it is applicable. It is important to remain objective, for example you should not respond to a customer who has experienced a problem by saying ‘oh I know, that department is rubbish’!',
        'Key to successful achievement of customer satisfaction is the ability to identify customer needs and then tailor services to meet them.',
        "You need to confidently and professionally present information in a manner that highlights the specifics that are relevant to the customer's needs so that they can see what it means for them. At all times information presented should be in line with relevant legislation and policy.",
        'You must be able to pick up on things that the caller has said, both to identify their needs and also to then be able to tailor your style of presentation so that the customer feels you want to listen and understand.',
        'With difficult customers you should remain calm and impartial and not antagonise the customer. You should help to facilitate the appropriate feedback and or complaints process.',
        'The following are the elements are required in order for a successful customer interaction:',
      ),
      elements: checks('customer-interaction', [
        'Acknowledge the reason for contact and responds accordingly',
        'Repeat this information to customer to confirm the customers understanding of request/query',
        "Active listening; sounds interested and engaged with the customer. Use of customer's name at least once in the interaction and builds suitable rapport",
        'Advisor controls the interaction (diffuses situation if needed)',
        'Appropriate use of empathy',
      ]),
    },
    {
      id: 'technical-knowledge',
      title: 'Technical Knowledge – Use of Process',
      guidance: paragraphs(
        'You need to demonstrate that you know correctly complete all customer interactions. All information that is given out needs to be correct. If you are not sure check this before relaying it to the customer.',
        'Systems provided to aid you with your role should be used and used correctly. These systems will be checked to confirm that you are completing the task correctly.',
        'It must be demonstrated that advice given is up to date and legislation used is relevant.',
        'The following are the elements required in order for a successful transaction:',
      ),
      elements: checks('technical-knowledge', [
        'Were your systems used correctly, scripts followed etc?',
        'Uses appropriate questions to gain the relevant information?',
        'Was the correct resolution, and information given?',
        'Diffuses the situation without talking over the customers',
        'Quality check',
      ]),
    },
    {
      id: 'close',
      title: 'Close',
      guidance: paragraphs(
        'The close of the interaction leaves the customer with their final impression, and this can be one of the most significant in their memory. It should be polite and professional matching the tone of your welcome.',
        'You should summarise any information and outcomes given to ensure you have completed everything that the customer required.',
        'It is important that a customer knows and understands exactly what has been agreed, what the next steps are, and what timescales are likely. All this information needs to be accurate, relevant and realistic.',
        'The following are the elements required in order for a successful close.',
      ),
      elements: checks('close', [
        'Summarise',
        'Next Steps explained',
        'Offer of more help',
        "Use of customer's name",
        'GovMetric/Customer Survey offered (if applicable)',
      ]),
    },
  ],
  bands: [
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
  ],
  target: 70,
  // "If you do not get the opportunity to demonstrate the minimum standards then you
  // will be scored as a 'Meets Expectations'".
  notApplicableBandId: 'meets',
});
