// Further sections of the start screen, shown in the day's column below the work that is due.
// A feature that has something for the advisor's day (preparedness points that are overdue, for
// instance) adds its component here; each one renders nothing when it has nothing to say.
import type { ComponentType } from 'react';
import type { Navigate } from '../../app/routes';
import { PreventionDue } from './PreventionDue';

export type StartSection = ComponentType<{ navigate: Navigate }>;

export const startSections: StartSection[] = [PreventionDue];
