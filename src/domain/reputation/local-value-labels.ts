/**
 * The transparency report's words in English, Chinese and Portuguese (the language of MZ, BR,
 * AO, PT…). Another country's language falls back to English with a note saying so.
 */
export interface ReportLabels {
  title: string;
  year: string;
  dataAsOf: string;
  fallback: (language: string) => string;
  measure: string;
  value: string;
  definition: string;
  none: string;
  unconverted: (currencies: string) => string;
  directJobs: string;
  directJobsDef: string;
  localNationals: string;
  womenInManagement: string;
  indirectJobs: string;
  indirectJobsDef: string;
  method: string;
  training: string;
  trainingDef: string;
  people: string;
  hours: string;
  localPurchasing: string;
  localPurchasingDef: string;
  localSpend: string;
  totalSpend: string;
  share: string;
  revenueShare: string;
  revenueShareDef: string;
  partner: string;
  projectValue: string;
  partnerShare: string;
  taxesPaid: string;
  taxesPaidDef: string;
  community: string;
  communityDef: string;
  technology: string;
  technologyDef: string;
  chart: string;
  sources: string;
  period: string;
  source: string;
  enteredBy: string;
  commitments: string;
  converted: (currency: string) => string;
}

const en: ReportLabels = {
  title: 'Local value transparency report',
  year: 'Year',
  dataAsOf: 'Figures as last changed on',
  fallback: (l) => `This report is not available in ${l}; it is shown in English.`,
  measure: 'Measure',
  value: 'Figure',
  definition: 'Definition',
  none: 'not reported',
  unconverted: (c) => `Not converted (no exchange rate): ${c}`,
  directJobs: 'Direct local jobs',
  directJobsDef:
    'People employed in the country at the end of the latest period reported (a stock, not summed over periods).',
  localNationals: 'of whom local nationals',
  womenInManagement: 'women in management',
  indirectJobs: 'Indirect jobs',
  indirectJobsDef:
    'Jobs at suppliers and partners estimated from our activity, with the estimation method stated.',
  method: 'Method',
  training: 'Training',
  trainingDef: 'Hours of training given to local staff and partners in the year.',
  people: 'people',
  hours: 'hours',
  localPurchasing: 'Local purchasing (GRI 204-1)',
  localPurchasingDef:
    'Spending on suppliers based in the country as a share of the operation’s total spending.',
  localSpend: 'Spend with local suppliers',
  totalSpend: 'Total spend',
  share: 'Share',
  revenueShare: 'Value left with local partners',
  revenueShareDef: 'The local partners’ share of each project’s value.',
  partner: 'Partner',
  projectValue: 'Project value',
  partnerShare: 'Partner’s share',
  taxesPaid: 'Taxes paid locally',
  taxesPaidDef: 'Taxes and duties paid to the country’s authorities in the year.',
  community: 'Community investment',
  communityDef: 'Voluntary contributions to local communities (money, in kind at cost).',
  technology: 'Technology transfer and local R&D',
  technologyDef: 'Know-how shared with local partners and research done in the country.',
  chart: 'Local shares',
  sources: 'Figures and their sources',
  period: 'Period',
  source: 'Source document',
  enteredBy: 'Entered by',
  commitments: 'Commitments and their status are not recorded yet.',
  converted: (c) => `converted to ${c}`,
};

const zh: ReportLabels = {
  title: '本地价值透明度报告',
  year: '年度',
  dataAsOf: '数据最后更新于',
  fallback: (l) => `本报告暂无${l}版本，以英文显示。`,
  measure: '指标',
  value: '数值',
  definition: '定义',
  none: '未报告',
  unconverted: (c) => `未换算（缺少汇率）：${c}`,
  directJobs: '直接本地就业',
  directJobsDef: '最近一个报告期末在该国雇用的人数（存量，不跨期累加）。',
  localNationals: '其中本国公民',
  womenInManagement: '管理层女性',
  indirectJobs: '间接就业',
  indirectJobsDef: '因我方业务在供应商和合作伙伴处带动的就业估算，并注明估算方法。',
  method: '方法',
  training: '培训',
  trainingDef: '年度内为本地员工和合作伙伴提供的培训小时数。',
  people: '人',
  hours: '小时',
  localPurchasing: '本地采购（GRI 204-1）',
  localPurchasingDef: '向该国本地供应商的采购支出占运营总支出的比例。',
  localSpend: '本地供应商支出',
  totalSpend: '总支出',
  share: '比例',
  revenueShare: '留给本地合作伙伴的价值',
  revenueShareDef: '每个项目价值中本地合作伙伴所占的份额。',
  partner: '合作伙伴',
  projectValue: '项目价值',
  partnerShare: '合作伙伴份额',
  taxesPaid: '在当地缴纳的税款',
  taxesPaidDef: '年度内向该国政府缴纳的税费。',
  community: '社区投资',
  communityDef: '对当地社区的自愿捐助（资金，实物按成本计）。',
  technology: '技术转让与本地研发',
  technologyDef: '与本地合作伙伴分享的技术诀窍及在该国开展的研发。',
  chart: '本地占比',
  sources: '数据及其来源',
  period: '期间',
  source: '来源文件',
  enteredBy: '录入人',
  commitments: '承诺及其状态尚未记录。',
  converted: (c) => `折合 ${c}`,
};

const pt: ReportLabels = {
  title: 'Relatório de transparência do valor local',
  year: 'Ano',
  dataAsOf: 'Dados alterados pela última vez em',
  fallback: (l) => `Este relatório não está disponível em ${l}; é apresentado em inglês.`,
  measure: 'Indicador',
  value: 'Valor',
  definition: 'Definição',
  none: 'não reportado',
  unconverted: (c) => `Não convertido (sem taxa de câmbio): ${c}`,
  directJobs: 'Empregos locais diretos',
  directJobsDef:
    'Pessoas empregadas no país no fim do último período reportado (um stock, não somado entre períodos).',
  localNationals: 'dos quais nacionais',
  womenInManagement: 'mulheres na gestão',
  indirectJobs: 'Empregos indiretos',
  indirectJobsDef:
    'Empregos em fornecedores e parceiros estimados a partir da nossa atividade, com o método de estimativa indicado.',
  method: 'Método',
  training: 'Formação',
  trainingDef: 'Horas de formação dadas a trabalhadores e parceiros locais no ano.',
  people: 'pessoas',
  hours: 'horas',
  localPurchasing: 'Compras locais (GRI 204-1)',
  localPurchasingDef:
    'Despesa com fornecedores sediados no país como parte da despesa total da operação.',
  localSpend: 'Despesa com fornecedores locais',
  totalSpend: 'Despesa total',
  share: 'Parte',
  revenueShare: 'Valor que fica com parceiros locais',
  revenueShareDef: 'A parte dos parceiros locais no valor de cada projeto.',
  partner: 'Parceiro',
  projectValue: 'Valor do projeto',
  partnerShare: 'Parte do parceiro',
  taxesPaid: 'Impostos pagos localmente',
  taxesPaidDef: 'Impostos e taxas pagos às autoridades do país no ano.',
  community: 'Investimento na comunidade',
  communityDef: 'Contribuições voluntárias às comunidades locais (dinheiro, espécie ao custo).',
  technology: 'Transferência de tecnologia e I&D local',
  technologyDef: 'Conhecimento partilhado com parceiros locais e investigação feita no país.',
  chart: 'Partes locais',
  sources: 'Valores e as suas fontes',
  period: 'Período',
  source: 'Documento de origem',
  enteredBy: 'Registado por',
  commitments: 'Os compromissos e o seu estado ainda não estão registados.',
  converted: (c) => `convertido para ${c}`,
};

const LABELS: Record<string, ReportLabels> = { en, zh, pt };

/** The country's main language (CLDR likely subtags): pt for MZ and BR, ru for KZ. */
export function countryLanguage(country: string): string {
  try {
    return new Intl.Locale(`und-${country}`).maximize().language;
  } catch {
    return 'en';
  }
}

/**
 * The report's locale for a requested language: `local` means the country's; a language with
 * labels is used with the country's region when it is the country's language (pt-MZ writes
 * numbers as Mozambique does); any other falls back to English, `fallbackFrom` naming it.
 */
export function reportLanguage(
  requested: string,
  country: string,
): { locale: string; labels: ReportLabels; fallbackFrom: string | null } {
  const asked = requested === 'local' ? countryLanguage(country) : requested;
  let base: string;
  try {
    base = new Intl.Locale(asked).language;
  } catch {
    base = asked;
  }
  const labels = LABELS[base];
  if (!labels) return { locale: 'en', labels: en, fallbackFrom: asked };
  const locale =
    base === 'zh' ? 'zh-CN' : base === countryLanguage(country) ? `${base}-${country}` : base;
  return { locale, labels, fallbackFrom: null };
}
