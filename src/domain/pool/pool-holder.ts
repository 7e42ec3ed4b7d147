/**
 * Who holds a customer while it is in the pool: one inactive, hidden user per workspace
 * (`users.id` is this in every workspace; the key is (workspace_id, id)). Owning pooled customers
 * through a user keeps `customers.owner_id` a non-null reference, so every scoped read (`visibleTo`,
 * the search index's owner token, duplicates, follow-ups) already hides them from reps and
 * managers, whose visible owners never include it (docs/sales.md, "Shared customer pool").
 */
export const POOL_HOLDER_ID = '00000000-0000-7000-8000-00000000b001';
export const POOL_HOLDER_NAME = 'Shared pool · 公海';
export const POOL_HOLDER_EMAIL = 'shared-pool@pool.chuhai.invalid';
