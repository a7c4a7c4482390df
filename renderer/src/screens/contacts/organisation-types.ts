import type { CallOutput } from '@core/contract';

export type OrganisationList = CallOutput<'organisationsList'>;
export type Organisation = OrganisationList['organisations'][number];
