import type { BodyOf, ResponseOf } from '../api/models.ts';

export type Template = ResponseOf<'/templates/{id}'>;
export type TemplateBody = BodyOf<'/templates', 'post'>;
export type Rendered = ResponseOf<'/templates/{id}/render', 'post'>;
export type Slots = ResponseOf<'/send-slots'>;
export type Warning = Rendered['warnings'][number];
export type Reason = Rendered['reason'];
export { MERGE_FIELDS } from '../../../src/domain/communication/merge-fields.ts';
