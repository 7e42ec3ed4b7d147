import type { ResponseOf } from '../api/models.ts';

export type Campaign = ResponseOf<'/campaigns/{id}'>;
export type CampaignStatus = Campaign['status'];
export type CampaignResults = ResponseOf<'/campaigns/{id}/results'>;
