/**
 * The catalogue of field-error codes. A code is a stable name the web translates; the English
 * template is the `message` API scripts read. `{name}` in a template is filled from the error's
 * `params` (a list reads "a, b, c"). Add a code here, and its sentence to `errors.<code>` in the
 * web's en.errors.ts and zh-CN.errors.ts; never change what an existing code means.
 */
export const FIELD_ERRORS = {
  // Any field
  required: 'is required',
  unknown_field: 'is not a known field',
  unknown_custom_field: 'unknown custom field "{key}"',
  one_of: 'must be one of: {values}',
  taken: 'is already taken',
  invalid: 'is invalid',
  must_differ: 'must differ from {other}',
  after_start: 'must be later than the start',
  in_future: 'is in the future',
  after_today: 'must be after today ({today}) in the customer’s calendar',
  required_to_snooze: 'is required when snoozing',
  job_not_retryable: 'can be run again only when dead or cancelled (it is {status})',
  job_not_cancellable: 'can be cancelled only while queued (it is {status})',
  automation_fields_on_update: 'can name changed fields only for an “updated” event',
  automation_business_days: 'must be a whole number of business days from 0 to {max}',
  automation_date_field: 'must be the date of the last order or a date custom field',
  automation_date_offset: 'must be a whole number of days from -{max} to {max}',
  webhook_url_invalid: 'is not a URL',
  webhook_url_scheme: 'must be an http or https URL',
  webhook_url_https_required: 'must use https (plain http only with private networks allowed)',
  webhook_url_credentials: 'must not contain a user name or password',
  webhook_url_private_network:
    'points to a private, loopback or link-local address; only an admin allowing private networks may use it',
  webhook_url_unresolvable: 'names a host that does not resolve',
  webhook_disabled: 'the endpoint is disabled; enable it first',
  webhook_delivery_pending: 'is still being delivered; wait for its next attempt',

  // Shapes and sizes (most come from the request schema)
  type: 'must be {type}',
  number: 'must be a number',
  text: 'must be text',
  text_length: 'must be text of {min} to {max} characters',
  list: 'must be a list',
  list_length: 'must be a list of {min} to {max} values',
  min_length: 'must NOT have fewer than {limit} characters',
  max_length: 'must NOT have more than {limit} characters',
  min_items: 'must NOT have fewer than {limit} items',
  max_items: 'must NOT have more than {limit} items',
  minimum: 'must be >= {limit}',
  maximum: 'must be <= {limit}',
  pattern: 'must match pattern "{pattern}"',
  format: 'must be a valid {format}',
  json: 'must be JSON',
  amount_minor: 'must be a whole amount in minor units from 0 to {max}',

  // Well-known codes and formats
  invalid_date: 'must be a date as YYYY-MM-DD',
  yearly_date: 'must be a day of the year as MM-DD, or a date as YYYY-MM-DD',
  email: 'must be a valid email',
  phone: '"{value}" is not a valid {country} phone number',
  country: '"{value}" is not an ISO 3166-1 alpha-2 country code',
  region: '"{value}" is not a region of {country}',
  time_zone: '"{value}" is not an IANA time zone',
  weekend_day: 'weekday {value} is not part of this country’s official weekend',
  currency: '"{value}" is not an ISO 4217 currency code',
  language: '"{value}" is not a BCP 47 language tag',
  origin: 'must be an origin like https://www.example.com',

  // References to other records
  no_such: 'no {entity} with this id',
  no_active_user: 'no active user with this id',
  not_in_scope: 'no {entity} with this id in your scope',
  not_a_contact: 'is not a contact of this customer',
  not_duplicate_pair: 'is not proposed as a duplicate of {other}',
  owner_not_allowed: 'you can only assign {entities} to yourself or members of your teams',
  office_person_unknown: 'no person of an office you see with this id',
  office_person_other_user: 'must be the user of the office person chosen ({person}), or left out',

  // Service tickets and SLAs
  sla_minutes: 'must be a whole number of minutes from 1 to {max} (a year)',
  sla_instant: 'must be an instant in ISO 8601 with Z or an offset, e.g. 2026-12-24T15:00:00Z',
  sla_hours: 'must end after the business hours start',
  sla_targets: 'the resolution target must not be shorter than the first response',
  sla_next_response: 'the next-response target must not be longer than the resolution target',
  ticket_closed: 'a closed ticket cannot change; open a new ticket',
  // Follow-up visits (回访)
  visit_ticket_types: 'ticket types apply only to rules set off by a solved ticket',
  visit_recorded: 'this visit’s outcome is already recorded',
  visit_cancelled: 'this visit was cancelled; there is nothing to record',

  // Feedback (CSAT and NPS)
  survey_score: 'must be a whole number from {min} to {max}',
  survey_answer_locked: 'an answer can be changed for {days} days; this one can no longer change',
  survey_time: 'must be a local time as HH:MM, e.g. 10:00',
  no_segment: 'no segment with this id',

  // Accounts
  incorrect_password: 'is incorrect',
  not_yourself: 'you cannot demote or deactivate yourself',
  password_common: 'is one of the most common passwords; choose another',
  password_email: 'must not be your email address or its name part',
  password_product: 'must not contain the product name (chuhai, 出海)',

  // Settings
  custom_field_options: 'a select field needs at least one option',
  value_months: 'must be a whole number of months from {min} to {max}',
  value_share: 'must be a share between 0 and 1, such as {example}',
  value_b_above_a: 'must be larger than the A share',

  // Shared customer pool (公海)
  pool_warning_days:
    'must be a whole number of business days from 1 to {max} (fewer than the idle days)',
  pool_claim_limit:
    'you have claimed {limit} customers from the pool in the last {days} days, the most allowed',
  pool_taken: 'another colleague claimed this customer first',
  pool_duplicate:
    'looks like {name} ({id}), already among your customers; open that one, or claim with force',
  pool_stage: 'only customers at these stages go to the pool: {values}',
  pool_already: 'is already in the shared pool',
  // Products and price lists
  product_name: 'needs a name in at least one language',
  break_twice: 'minimum quantity {quantity} is listed twice for this product',
  not_before_start: 'must not be before {start}',
  price_list_scope: 'a price list applies to a country or to a segment, not both',
  price_list_currency_locked:
    'the list already holds prices in {currency}; make a new list for another currency',
  product_twice: 'this product is listed twice',
  // Customer events
  event_title: 'needs a title in at least one language',
  before_event_start: 'must be before the event starts',
  capacity_below_confirmed: 'is below the {confirmed} seats already confirmed',
  rsvp_closed: 'answers are no longer accepted for this event',
  event_over: 'the event is over',
  guests_not_allowed: 'at most {max} guests may come along',
  check_in_closed: 'check-in opens a day before the event and closes a day after it',
  invitation_or_code: 'name the invitation or the guest’s code, not both',
  not_invitation_of_event: 'is not an invitation to this event',
  // Visa invitation letters
  passport_number: 'must be 5 to 20 letters A–Z and digits as printed in the passport',
  passport_after_birth: 'must be after the date of birth',
  passport_after_issue: 'must be after the issue date',
  passport_expiry_too_soon:
    'must be {minimum} or later: consulates ask for a passport valid 6 months after the visit',
  passport_missing: 'enter the guest’s passport data first',
  // Pipelines and deals
  pipeline_needs_open_stage: 'a pipeline needs at least one open stage',
  pipeline_one_closed_stage: 'a pipeline needs exactly one {kind} stage',
  pipeline_has_deals: 'the pipeline still has {count} deals; move them to another pipeline first',
  pipeline_last: 'the workspace needs at least one pipeline',
  stage_has_deals: 'the stage still has {count} deals; move them to another stage first',
  stage_not_in_pipeline: 'is not a stage of this pipeline',
  duplicate_value: '"{value}" is listed twice',
  currency_with_amount: 'is required with an amount',
  deal_not_won: 'only a won deal can open a repeat order',

  // Segment filters
  filter_group: 'must be a group: { match, conditions }',
  filter_condition: 'must be a condition: { field, op, value }',
  filter_depth: 'groups nest at most {limit} deep',
  filter_size: 'a segment has at most {limit} conditions',
  filter_field: 'unknown field "{field}"; use one of: {values}',
  filter_bounds: 'must be a list of two bounds',
  filter_bounds_order: 'the first bound must not be above the second',
  filter_days: 'must be a whole number of days ({min}–{max})',

  // Quotations and proforma invoices
  incoterm_port:
    'FAS, FOB, CFR and CIF are for sea and inland waterway transport only: name the port (e.g. FOB Shanghai)',
  hs_code:
    'must be an HS code of 6 to 10 digits, no letters or dots (e.g. 85044090), got "{value}"',
  quantity: 'must be more than 0 with at most 3 decimals',
  discount_percent: 'must be a percentage from 0 to 100 with at most 2 decimals',
  payment_terms_total: 'the instalments add up to {total} %; they must add up to 100 %',
  payment_days: '{event} needs the number of days (1 to {max})',
  payment_no_days: '{event} takes no number of days',
  validity_before_date: 'must not be before the quote date ({date})',
  quote_line_source: 'a line needs a product or a description',
  quote_pattern: 'must contain {token} (the running number), e.g. {example}',
  quote_language: '"{value}" is not a quote language; use one of: {values}',
  quote_status: 'the quote is {status}; this needs a {needed} quote',
  quote_revision_open: 'revision {revision} of this quote is already a draft',
  quote_latest_revision: 'revision {revision} is newer; work on the latest revision',
  quote_expired: 'the quote expired at the end of {date} in the customer’s time zone',
  deal_customer: 'the deal belongs to another customer',
  quote_total: 'the quote total is larger than {max} minor units',
  // Mailboxes
  mail_auth_failed: 'the server refused the user name or password',
  mail_tls_failed: 'the TLS connection failed; check the TLS mode and port (993 tls, 143 starttls)',
  mail_host_not_found: 'no server with this name was found',
  mail_host_unreachable: 'the server could not be reached on this port',
  mail_timeout: 'the server did not answer in time',
  mail_protocol_error: 'the server answered in a way we could not use: {detail}',
  mail_host_private:
    'the server is on a private or local network address, which this installation does not allow',
  // Sending
  mail_no_smtp: 'this mailbox has no SMTP server to send with; add one in its settings',
  mail_reply_other_customer: 'the message answered belongs to another customer',
  mail_quote_other_customer: 'the quote belongs to another customer',
  mail_deal_other_customer: 'the deal belongs to another customer',
  mail_ticket_other_customer: 'the ticket belongs to another customer',
  mail_not_cancellable: 'the message is {status}; only a scheduled message can be cancelled',
  mail_folder_twice: 'this folder is chosen twice',
  mail_folder_always: 'INBOX is always synced; choose other folders',
  smtp_account_no_return_path: 'the SMTP account has no return-path mailbox to read bounces from',
  contact_no_email: 'the contact has no email address',
  send_at_format: 'must be "now", "local-morning" or a date and time with its offset',
  send_at_past: 'is in the past',
  // Greeting mails (docs/greetings.md)
  greeting_occasion_unknown:
    'the greetings calendar has no such occasion for this customer on this day',
  greeting_no_contact: 'the customer has no contact to greet',
  greeting_no_mailbox: 'you have no mailbox to send from; connect yours under Mailboxes first',
  // Campaigns
  campaign_status: 'the campaign is {status}; this cannot be done now',
  campaign_one_sender: 'name one sender: a mailbox or a workspace SMTP account, not both',
  campaign_own_approval: 'a manager or admin other than the campaign’s creator approves it',
  campaign_not_owner: 'only the campaign’s creator can do this (it sends from their mailbox)',
  // Tenders
  percent: 'must be a percentage from 0 to 100 with at most two decimals',
  weights_sum: 'the weights must add up to 100 (they add up to {sum})',
  local_datetime: 'must be a local date and time as YYYY-MM-DDTHH:MM',
  before_deadline: 'must be before the submission deadline',
  needs_result: 'can be given only with a result',
  reason_inactive: 'this reason is deactivated; choose an active one',
  winner_needs_loss: 'a competitor can be the winner only when the result is lost',
  one_winner: 'only one competitor can be the winner',
  local_content_no_value: 'the value must be more than 0',
  local_content_taxes_exceed: 'the local indirect taxes must be less than the value',
  local_content_imported_exceeds:
    'the imported content must not exceed the value without local indirect taxes',

  // Templates (ICU MessageFormat per language)
  template_icu_syntax: 'is not valid ICU MessageFormat: {error} at line {line}, column {column}',
  template_merge_field_unknown: 'uses "{field}", which is not a merge field',
  template_merge_value_missing:
    'needs {field} ({source}), which this recipient does not have; fill it in or change the text',
  template_language_twice: 'the language {value} has two variants',
  template_default_variant: 'the default language {value} needs a variant',
  template_no_variant: 'the template has no variant in {value}',
  template_other_customer: 'belongs to another customer than the contact',
  template_not_found: 'no template of this workspace has this id',
  template_needs_rsvp_link:
    'the {value} variant does not use the rsvpLink field: each invitee needs their own link',

  customer_blocked: 'the customer is blocked by a confirmed sanctions hit ({reason})',

  // Uploads and imports
  file_multipart: 'send the file as multipart/form-data',
  file_type: 'must be a CSV or XLSX file, got "{name}"',
  file_too_large: 'is larger than {limit}',
  attachment_type: 'files like "{name}" cannot be attached (documents, images, text, archives)',
  file_empty: 'the file is empty',
  file_malformed: 'the upload could not be read as a multipart form',
  csv_unclosed_quote: 'a quoted value is never closed; the quote opens by line {line}',
  csv_malformed: 'the file could not be read as CSV (line {line})',
  file_unreadable:
    'the workbook could not be read; open it in Excel or WPS and save it again as .xlsx',
  file_too_many_rates: 'has more than {limit} rates',
  sanctions_xml_doctype:
    'declares a DTD (<!DOCTYPE>); sanctions list files never do, and entity declarations are refused',
  feed_not_rss_atom: 'is not an RSS or Atom feed: it {why}',
  sanctions_xml_malformed: 'is not well-formed XML (line {line})',
  sanctions_xml_root: 'has the root element <{root}>; this format’s files start with <{expected}>',
  sanctions_csv_columns: 'line {line} has {found} columns; this format has {expected}',
  sanctions_csv_header: 'has the columns {found}; the columns are {expected} (name required)',
  sanctions_entry_no_name: 'the entry on line {line} has no name',
  sanctions_no_entries: 'no list entries were found in the file; is it the chosen format?',
  sanctions_duplicate_ref: 'the entry id {ref} appears twice',
  mapping_object: 'must be an object: header → target',
  mapping_no_column: 'the file has no column with this header',
  mapping_target: 'unknown target "{target}"; use one of: {values}',
  mapping_twice: '"{target}" is already mapped from column "{column}"',
  mapping_missing: 'no column is mapped to "{target}"',
  /** a row problem said in English only; kept so older import rows (before codes) still read */
  row_problem: '{problem}',

  // Rows of an import sheet, a rate table or a lead form (each names the value it could not read)
  empty: 'is empty',
  too_long: 'is longer than {limit} characters',
  unknown_country: '"{value}" is not a country we know',
  unknown_language: '"{value}" is not a language we know',
  not_email: '"{value}" is not an email address',
  not_phone: '"{value}" is not a phone number',
  not_phone_for: '"{value}" is not a phone number for {country}',
  phone_invalid: '"{value}" is not a valid phone number',
  not_web_address: '"{value}" is not a web address',
  not_date: '"{value}" is not a date (use 2026-03-05)',
  not_currency: '"{value}" is not a currency',
  not_amount: '"{value}" is not an amount',
  not_positive: '"{value}" is not a positive number',
  reporting_currency: '{currency} is the reporting currency; its rate is always 1',
  listed_twice: '{currency} from {date} is listed twice',
  name_customer: 'name the customer by its domain, or by its name with a country',
  no_customer_match: 'no customer matches "{value}"; import the customer first',
  outside_scope: '"{value}" is outside your scope',
  duplicate_outside_scope:
    'matches a customer outside your scope (same {key}); ask its owner or a manager',
  other_customer: 'order {value} belongs to another customer',
  holiday_kind: '"{value}" is neither holiday nor workday',
  no_column: 'the header has no "{column}" column',
  unknown_unit: '"{value}" is not a unit we know; use one of: {values}',
  not_quantity: '"{value}" is not a whole quantity of at least 1',
  price_list_currency: '{value} is not the currency of the price list ({currency})',
  not_icalendar: 'not an iCalendar file (no BEGIN:VCALENDAR)',
  no_person_match: 'no one named "{value}" works in this office',
  person_ambiguous: '"{value}" names more than one person in this office',
  sheet_rows: 'has {count} rows; at most {max} are read at once',

  // Loyalty programme
  loyalty_over_balance: 'is more than the balance ({balance} points)',
  loyalty_nonzero: 'must be a whole number of points other than 0',
  loyalty_points_per_unit: 'must be more than 0 and at most 1000, with at most 4 decimals',
  loyalty_tier_order: 'must be higher than the tier before ({previous})',
  loyalty_self_referral: 'a customer cannot refer itself',
  loyalty_bonus_off: 'this bonus is off in the loyalty programme (0 points)',
  loyalty_bonus_granted: 'this record already earned its bonus',

  // Payments, credit and country risk (docs/risk.md)
  order_cancelled: 'the order is cancelled',
  no_rate: 'no exchange rate for {currency} on {date}',
  overpaid: 'is more than the {open} (minor units of {currency}) still open on this order',
  credit_approval_pending: 'waits for a manager’s credit approval',
  credit_approval_rejected: 'a manager refused credit for this',
  credit_approval_decided: 'was already decided ({status})',
  churn_model_not_eligible:
    'needs {need} customers with 12 months of orders, with at least {each} who stayed and {each} who churned; the workspace has {have} ({churned} churned)',
  churn_model_missing: 'needs a trained churn model first',
  country_risk_rating: 'must be a whole number from 0 (lowest risk) to 7 (highest)',
  csv_columns: 'must have the columns {columns}',
  // Local value ledger (issue 19)
  share_over_100: 'is {percent} % of {whole}; a share cannot be over 100 %',
  not_for_kind: 'does not apply to a {kind} figure',
  period_one_year: 'must end in the year the period starts ({year})',
  currency_of_link: 'must be {currency}, the currency of the linked deal or order',
  one_link: 'name a deal or an order, not both',
  // Sustainability (issue 19, ESG)
  http_url: 'must be an http or https address',
  cbam_goods_only: 'applies only to a CBAM report',

  // Reputation (issue 19): stakeholder engagement, incidents
  due_or_business_days: 'give a due date or a number of business days, exactly one',
  before_today_there: 'is before today ({today}) in the stakeholder’s country',
} as const;

export type FieldErrorCode = keyof typeof FIELD_ERRORS;

export type FieldErrorParam = string | number | readonly string[];
export type FieldErrorParams = Record<string, FieldErrorParam>;

export interface FieldError {
  /** JSON pointer into the request, e.g. `/country` or `/emails/0` */
  path: string;
  /** stable; the web translates it */
  code: FieldErrorCode;
  /** English, for API scripts and logs */
  message: string;
  /** the values the message names, e.g. `{ values: ['lead', 'prospect'] }` for `one_of` */
  params?: FieldErrorParams;
}

/** `'no {entity} with this id'` → `'entity'`; `{ match, conditions }` is text, not a placeholder. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${string} ${string}` ? never : P) | Placeholders<Rest>
  : never;

/** The params a code's template names: none, or an object with exactly those keys. */
export type ParamsOf<C extends FieldErrorCode> = [Placeholders<(typeof FIELD_ERRORS)[C]>] extends [
  never,
]
  ? []
  : [params: Record<Placeholders<(typeof FIELD_ERRORS)[C]>, FieldErrorParam>];

function say(value: FieldErrorParam): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The English sentence for a code, with its params filled in. */
export function fieldErrorMessage(code: FieldErrorCode, params?: FieldErrorParams): string {
  return FIELD_ERRORS[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? say(params[name] as FieldErrorParam) : whole,
  );
}

/**
 * One problem with one field of a row (an import sheet, a rate table, a lead form): the field, a
 * catalogue code with its params, and the English sentence for logs and the rejected-rows file.
 */
export interface FieldProblem {
  field: string;
  code: FieldErrorCode;
  params?: FieldErrorParams;
  message: string;
}

export function fieldProblem<C extends FieldErrorCode>(
  field: string,
  code: C,
  ...[params]: ParamsOf<C>
): FieldProblem {
  const message = fieldErrorMessage(code, params);
  return params ? { field, code, params, message } : { field, code, message };
}

/** A row's problem as the field error of a request, at `path`. */
export function problemAt(path: string, p: FieldProblem): FieldError {
  return p.params
    ? { path, code: p.code, message: p.message, params: p.params }
    : { path, code: p.code, message: p.message };
}

/** A field error with its English message made from the catalogue. */
export function fieldError<C extends FieldErrorCode>(
  path: string,
  code: C,
  ...[params]: ParamsOf<C>
): FieldError {
  const message = fieldErrorMessage(code, params);
  return params ? { path, code, message, params } : { path, code, message };
}
