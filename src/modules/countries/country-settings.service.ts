import type { Executor } from '../../db/dialect.ts';
import type { CountrySettings } from '../../db/schema.ts';
import { countrySettingsRepository } from './countries.repository.ts';

export interface WorkingHours {
  start: string;
  end: string;
}

/** The workspace's own settings for one country (hours, replaced holiday years), if any. */
export const countrySettings = (
  db: Executor,
  workspaceId: string,
  country: string,
): Promise<CountrySettings | undefined> => countrySettingsRepository.find(db, workspaceId, country);

/** Working hours the workspace set per country; countries without are absent or null. */
export async function countryWorkingHours(
  db: Executor,
  workspaceId: string,
): Promise<Map<string, WorkingHours | null>> {
  return new Map(
    (await countrySettingsRepository.list(db, workspaceId)).map((s) => [
      s.country,
      s.work_start && s.work_end ? { start: s.work_start, end: s.work_end } : null,
    ]),
  );
}
