export const DIMENSIONS = ['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Scores = Record<Dimension, number | null>;
export type ScoreSource = 'dataset' | 'workspace';

export interface Bilingual {
  en: string;
  zh: string;
}

export const DIMENSION_NAMES: Record<Dimension, Bilingual> = {
  pdi: { en: 'Power distance', zh: '权力距离' },
  idv: { en: 'Individualism', zh: '个人主义' },
  mas: { en: 'Masculinity (achievement)', zh: '男性化（成就导向）' },
  uai: { en: 'Uncertainty avoidance', zh: '不确定性规避' },
  lto: { en: 'Long-term orientation', zh: '长期导向' },
  ivr: { en: 'Indulgence', zh: '放纵（享乐）' },
};

export const emptyScores = (): Scores => ({
  pdi: null,
  idv: null,
  mas: null,
  uai: null,
  lto: null,
  ivr: null,
});
