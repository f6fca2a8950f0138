import { z } from 'zod';
import { method, NoInput } from './method';
import { Id } from '../schemas/common';
import { TemplateSummary, TemplateVersion } from '../schemas/template';

export const templatesApi = {
  'templates.list': method(NoInput, z.array(TemplateSummary)),
  'templates.getVersion': method(z.object({ id: Id }).strict(), TemplateVersion),
};
