/** A workspace's insight settings (0065): the rules it switched off and its ideal customer. */
export interface InsightSettingsTable {
  workspace_id: string;
  /** JSON array of next-action rule ids switched off */
  disabled_rules: string;
  /** JSON `IdealCustomerProfile`: countries, industries, sizes, sources */
  icp: string;
  updated_by: string | null;
  updated_at: string;
}

export type NextActionState = 'done' | 'dismissed' | 'snoozed';

/** What a user did with a suggested action (0066), kept under the action's stable key. */
export interface NextActionStateTable {
  workspace_id: string;
  customer_id: string;
  /** `ruleId:subject`, as `evaluateActions` makes it */
  action_key: string;
  rule_id: string;
  state: NextActionState;
  /** a snoozed action comes back on this day */
  snoozed_until: string | null;
  user_id: string;
  updated_at: string;
}
