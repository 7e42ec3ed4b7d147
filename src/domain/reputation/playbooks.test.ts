import { describe, expect, it } from 'vitest';
import { checkPlaybook } from './playbooks.ts';

describe('checking an edited playbook', () => {
  it.each([
    // [steps, keys, error paths and codes]
    [[{ en: ' Call the embassy ', zh: '联系使馆' }], ['step-1'], []],
    [
      [
        { key: 'embassy', en: 'a', zh: 'b' },
        { en: 'c', zh: 'd' },
      ],
      ['embassy', 'step-2'],
      [],
    ],
    [
      [
        { key: 'a', en: 'x', zh: 'y' },
        { key: 'a', en: 'x', zh: 'y' },
      ],
      ['a', 'a'],
      [['/steps/1/key', 'taken']],
    ],
    [
      [
        { key: 'step-2', en: 'a', zh: 'b' },
        { en: 'c', zh: 'd' },
      ],
      ['step-2', 'step-3'],
      [],
    ],
    [[{ key: 'Bad Key', en: 'x', zh: 'y' }], ['Bad Key'], [['/steps/0/key', 'invalid']]],
    [
      [{ en: ' ', zh: '' }],
      ['step-1'],
      [
        ['/steps/0/en', 'required'],
        ['/steps/0/zh', 'required'],
      ],
    ],
  ] as const)('%#', (steps, keys, errors) => {
    const got = checkPlaybook(steps.map((s) => ({ ...s })));
    expect(got.steps.map((s) => s.key)).toEqual(keys);
    expect(got.errors.map((e) => [e.path, e.code])).toEqual(errors);
  });

  it('trims the texts', () => {
    expect(checkPlaybook([{ en: ' a ', zh: ' 乙 ' }]).steps).toEqual([
      { key: 'step-1', en: 'a', zh: '乙' },
    ]);
  });
});
