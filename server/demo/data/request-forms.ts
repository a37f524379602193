import { changeOfResidence } from './forms/change-of-residence';
import { nurseryEnrolment } from './forms/nursery-enrolment';
import { problemReport } from './forms/problem-report';
import type { DemoRequestForm } from './forms/shared';
import { ztlPermit } from './forms/ztl-permit';

export type { DemoRequestForm } from './forms/shared';

/** The demo services that take requests online, one file per form in forms/. */
export const demoRequestForms: DemoRequestForm[] = [nurseryEnrolment, changeOfResidence, ztlPermit, problemReport];
