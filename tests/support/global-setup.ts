import type { TestProject } from 'vitest/node';
import { createTemplate, type TemplateRef } from './template-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: TemplateRef;
  }
}

export default async function setup(project: TestProject) {
  const template = await createTemplate(process.env.TEST_DATABASE_URL || undefined);
  project.provide('databaseTemplate', template.ref);
  return () => template.drop();
}
