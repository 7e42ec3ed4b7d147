import type { BodyOf, ResponseOf } from '../api/models.ts';

/** The deals API's shapes as the web uses them, from the generated schema. */
type Item<T> = T extends { items: (infer I)[] } ? I : never;

export type Pipeline = Item<ResponseOf<'/pipelines'>>;
export type PipelineStage = Pipeline['stages'][number];
export type Deal = Item<ResponseOf<'/deals'>>;
export type DealDetail = ResponseOf<'/deals/{id}'>;
export type TimelineEntry = DealDetail['timeline'][number];
export type DealBoard = ResponseOf<'/deals/board'>;
export type BoardColumn = DealBoard['columns'][number];
export type DealForecast = ResponseOf<'/deals/forecast'>;
export type DealBody = BodyOf<'/deals', 'post'>;
export type DealPatch = BodyOf<'/deals/{id}', 'patch'>;
export type PipelineBody = BodyOf<'/pipelines', 'post'>;

export {
  DEAL_CONTACT_ROLES,
  DEAL_REASONS,
  FORECAST_GROUPS,
  REASON_ATTRIBUTIONS,
  STAGE_KINDS,
} from '../../../src/domain/enums.ts';
export { DEFAULT_NAMES } from '../../../src/domain/sales/pipelines.ts';
export type DealFull = ResponseOf<'/deals', 'post'>;
