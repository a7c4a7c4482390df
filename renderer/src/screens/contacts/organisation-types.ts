import type { CallOutput } from '../../../../electron/core/contract';

export type OrganisationList = CallOutput<'organisationsList'>;
export type Organisation = OrganisationList['organisations'][number];
