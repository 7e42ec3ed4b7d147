import type { BodyOf, QueryOf, ResponseOf } from '../api/models.ts';

export type Tender = ResponseOf<'/tenders/{id}'>;
export type TenderBody = BodyOf<'/tenders', 'post'>;
export type TenderPatch = BodyOf<'/tenders/{id}', 'patch'>;
export type TenderQuery = QueryOf<'/tenders'>;
export type Deadline = Tender['deadline'];
export type Reason = Tender['reasons'][number];
export type Analysis = ResponseOf<'/tenders/analysis'>;
export type Figure = Analysis['total'];

export { TENDER_RESULTS, TENDER_STATUSES } from '../../../src/domain/enums.ts';
export type { TenderResult, TenderStatus } from '../../../src/domain/enums.ts';
