/**
 * A workspace's playbook per incident kind (issue 19): its own checklist, or the shipped one.
 * Checking an edited playbook is plain data in, field errors out; table-tested.
 */
import { fieldError, type FieldError } from '../field-errors.ts';
import type { ChecklistItem } from './incidents.ts';

export const MAX_PLAYBOOK_STEPS = 30;
const KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export interface PlaybookStepInput {
  key?: string | undefined;
  en: string;
  zh: string;
}

/**
 * The steps as stored: trimmed, each with a key (given, else a free `step-N`), or the field errors:
 * an empty text in either language, a malformed or repeated key.
 */
export function checkPlaybook(steps: PlaybookStepInput[]): {
  steps: ChecklistItem[];
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  // A step without a key gets step-N (its position), or the next N no given key uses.
  const given = new Set(steps.map((s) => s.key?.trim()).filter(Boolean));
  const free = (n: number): string => (given.has(`step-${n}`) ? free(n + 1) : `step-${n}`);
  const out = steps.map((s, i) => {
    const key = s.key?.trim() || free(i + 1);
    if (!s.key?.trim()) given.add(key);
    if (!KEY.test(key)) errors.push(fieldError(`/steps/${i}/key`, 'invalid'));
    else if (seen.has(key)) errors.push(fieldError(`/steps/${i}/key`, 'taken'));
    seen.add(key);
    const en = s.en.trim();
    const zh = s.zh.trim();
    if (!en) errors.push(fieldError(`/steps/${i}/en`, 'required'));
    if (!zh) errors.push(fieldError(`/steps/${i}/zh`, 'required'));
    return { key, en, zh };
  });
  return { steps: out, errors };
}
