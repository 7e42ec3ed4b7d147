/**
 * A small sentiment lexicon for news about a supplier abroad, in English, Chinese, Spanish,
 * Portuguese, French and German. Written for Chuhai (2026-12) from general business-news
 * vocabulary; released with the project under its licence (no third-party list is included).
 * Entries are folded as `fold()` folds text (lower case, no accents); `word*` matches words that
 * start with `word`, `*part*` matches inside a word (German compounds). Chinese entries match
 * anywhere in the text. Weights: ±1, ±2 for strong words.
 */
export interface Lexicon {
  positive: Record<string, number>;
  negative: Record<string, number>;
  /** words that turn the next sentiment words around ("not successful") */
  negators: string[];
}

const w = (words: string, weight: number) =>
  Object.fromEntries(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((x) => [x, weight]),
  );

export const LEXICONS: Record<string, Lexicon> = {
  en: {
    positive: {
      ...w(
        'praise* award* win wins won winning welcome* excellent great good best success* successful* growth grow* grew record strong* strengthen* improve* benefit* support* partner* creat* invest* reliable trust* approv* celebrat* boost* innovat* expand* launch* thank* fast efficient* quality honour* honor*',
        1,
      ),
      ...w('outstanding excellence breakthrough', 2),
    },
    negative: {
      ...w(
        'protest* fine fined fines violat* recall* fault* defect* fire fires lawsuit* sue* alleg* corrupt* bribe* complain* pollut* delay* poor bad worse worst anger* angry fail* failure* problem* risk* crisis scandal* accus* strike* unpaid dispute* injur* death* dead leak* fraud* ban banned sanction* loss* losses critic* concern* warn* investigat* damage* toxic unsafe boycott* layoff* cut cuts',
        1,
      ),
      ...w('disaster* catastroph* explosion* collapse*', 2),
    },
    negators: [
      'not',
      'no',
      'never',
      'without',
      'nor',
      'none',
      'cannot',
      'isn',
      'wasn',
      'didn',
      'doesn',
    ],
  },
  zh: {
    positive: {
      ...w(
        '称赞 赞扬 表彰 好评 优秀 出色 卓越 成功 顺利 增长 创新 合作 荣获 获奖 奖 欢迎 支持 信任 可靠 提升 改善 突破 新高 创造 就业 投资 感谢 满意 领先 稳定 高效 快速',
        1,
      ),
    },
    negative: {
      ...w(
        '抗议 罚款 处罚 违规 违法 召回 缺陷 故障 火灾 起诉 诉讼 指控 腐败 贿赂 投诉 污染 延误 延迟 拖欠 不满 失望 失败 问题 风险 危机 丑闻 罢工 纠纷 受伤 死亡 泄漏 欺诈 制裁 亏损 批评 担忧 警告 调查 损害 有毒 抵制 裁员 严重 质疑',
        1,
      ),
      ...w('爆炸 灾难 倒塌', 2),
    },
    negators: ['不', '没有', '没', '未', '无', '非', '并非'],
  },
  es: {
    positive: {
      ...w(
        'elogi* premi* gana ganan gano bienvenid* excelente* buen* bueno mejor* exito* exitos* crecimiento crece* record fuerte* fortalece* mejora* beneficio* apoy* acuerdo* alianza* crea creado* inversion* invierte* confian* aprob* celebr* impuls* innova* expan* lanza* gracias rapid* eficien* calidad destaca*',
        1,
      ),
      ...w('extraordinari* sobresaliente*', 2),
    },
    negative: {
      ...w(
        'protest* multa* sancion* infraccion* viola* retir* defectuos* fallo* falla* incendio* demanda denuncia* acusa* corrupcion* soborno* queja* quejan contamina* retraso* mala malo mal peor enfad* enoj* fracas* problema* riesgo* crisis escandalo* huelga* impago* impaga* disputa* herid* muert* fuga* fraude* perdida* critica* preocupa* advierte* investiga* dano* toxic* boicot* despid*',
        1,
      ),
      ...w('desastre* catastrofe* explosion* derrumbe*', 2),
    },
    negators: ['no', 'nunca', 'sin', 'ni', 'ningun', 'ninguna', 'ninguno', 'jamas'],
  },
  pt: {
    positive: {
      ...w(
        'elogi* premi* vence vencem venceu excelente* bom boa melhor* sucesso* sucedid* crescimento cresce* recorde forte* fortalece* melhora* beneficio* apoi* parceria* acordo* cria criou investimento* investe* confian* aprov* celebr* impuls* inova* expan* lanca* obrigad* rapid* eficien* qualidade destaca*',
        1,
      ),
      ...w('extraordinari*', 2),
    },
    negative: {
      ...w(
        'protest* multa* sancao sancoes infrac* violac* viola* recolha recolhe* defeituos* falha* incendio* processo* denuncia* acusa* corrupcao suborno* reclama* queixa* poluicao polui* atraso* ma mau pior irrita* fracass* problema* risco* crise escandalo* greve* disputa* ferid* mort* fuga* fraude* perda* critica* preocupa* alerta* investiga* dano* toxic* boicote* despedi*',
        1,
      ),
      ...w('desastre* catastrofe* explosao* desabamento*', 2),
    },
    negators: ['nao', 'nunca', 'sem', 'nem', 'nenhum', 'nenhuma', 'jamais'],
  },
  fr: {
    positive: {
      ...w(
        'salu* felicit* remporte* gagne* prix bienvenu* excellent* bon bonne meilleur* succes reussi* reussite* croissance croit record fort* renforce* amelior* benefic* soutien* soutient partenariat* accord* cree creation* investi* confian* approuv* celebr* stimul* innov* expansion lance* merci rapide* efficac* qualite',
        1,
      ),
      ...w('exceptionnel*', 2),
    },
    negative: {
      ...w(
        'protest* amende* sanction* violation* viol* rappel* defectueu* defaillan* incendie* plainte* poursuite* accus* corruption denonc* pollu* retard* mauvais* pire irrit* colere echec* echou* probleme* risque* crise scandale* greve* impaye* litige* bless* mort* fuite* fraude* perte* critiqu* inquiet* avert* enquete* dommage* toxique* boycott* licenci*',
        1,
      ),
      ...w('catastroph* explosion* effondrement*', 2),
    },
    negators: ['ne', 'n', 'pas', 'jamais', 'sans', 'aucun', 'aucune', 'ni', 'non'],
  },
  de: {
    positive: {
      ...w(
        'lob* gelobt gewinnt gewonnen *preis* willkommen begruss* hervorragend* ausgezeichnet* gut gute guten besser* best* erfolg* *erfolg* wachstum wachs* rekord* stark* starkt* verbesser* nutzen unterstutz* partnerschaft* vereinbarung* schafft schaff* investi* vertrau* genehmig* feier* innovat* erweiter* dank schnell* effizien* qualitat',
        1,
      ),
      ...w('herausragend* durchbruch*', 2),
    },
    negative: {
      ...w(
        'protest* bussgeld* *strafe* verstoss* *verstoss* ruckruf* defekt* fehler* *mangel* brand brande* klage* vorwurf* *vorwurf* *vorwurfe* korruption* bestech* beschwer* verschmutz* verzoger* schlecht* schlimm* verarger* arger scheiter* gescheitert problem* risiko* risiken krise* skandal* streik* ausstehend* streit* verletz* tod* tot* leck* betrug* verlust* kritik* kritisier* sorge* warn* ermittl* schaden* giftig* boykott* entlass*',
        1,
      ),
      ...w('katastroph* explosion* einsturz*', 2),
    },
    negators: [
      'nicht',
      'kein',
      'keine',
      'keinen',
      'keiner',
      'keines',
      'nie',
      'niemals',
      'ohne',
      'weder',
    ],
  },
};
