import type { Container } from '../app/container.ts';
import type { Customer, SurveyAnswerTable, SurveyTable } from '../db/schema.ts';
import { shiftInstant } from '../domain/calendar/dates.ts';
import { chooseTemplateLanguage } from '../domain/communication/language.ts';
import { newId } from '../domain/ids.ts';
import { SURVEY_LANGUAGES } from '../domain/service/survey-labels.ts';
import { demoScope } from '../domain/scope.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import { feedbackRecords } from '../modules/feedback/feedback-records.service.ts';
import type { Random } from './random.ts';

// What customers write back, in their own language: [poor, fair, good].
// prettier-ignore
const WHY: Record<string, [string, string, string]> = {
  en: ['Deliveries were late twice this quarter.', 'Good pumps, slow answers.', 'Reliable products and a helpful team.'],
  de: ['Die Lieferung kam zweimal zu spät.', 'Gute Qualität, aber Antworten dauern.', 'Zuverlässige Ware, schnelle Hilfe.'],
  es: ['El envío llegó tarde y sin aviso.', 'Buen producto, respuesta lenta.', 'Siempre responden rápido, muy buen servicio.'],
  pt: ['A documentação veio com erros.', 'Preço bom, prazo longo.', 'Atendimento excelente e entrega no prazo.'],
  fr: ['Le SAV met trop de temps à répondre.', 'Produits corrects, délais un peu longs.', 'Équipe réactive et produits fiables.'],
  ar: ['تأخر الشحن ولم يتم إبلاغنا.', 'جودة جيدة لكن الرد بطيء.', 'خدمة ممتازة وتواصل سريع.'],
  ja: ['納期が二度遅れました。', '品質は良いが返答が遅い。', '対応が早く、製品も安定しています。'],
  vi: ['Hàng về chậm hai lần.', 'Sản phẩm tốt, phản hồi chậm.', 'Dịch vụ rất tốt, giao hàng đúng hẹn.'],
  id: ['Pengiriman terlambat dua kali.', 'Produk bagus, respons lambat.', 'Tim sangat membantu dan cepat.'],
  tr: ['Teslimat iki kez gecikti.', 'Ürün iyi, cevaplar yavaş.', 'Hızlı destek, güvenilir ürünler.'],
  ru: ['Поставка дважды задержалась.', 'Хорошее качество, но медленные ответы.', 'Надёжная продукция и быстрая поддержка.'],
  'zh-CN': ['这个季度交货晚了两次。', '产品不错，回复有点慢。', '产品可靠，服务响应很快。'],
};

/** A score whose odds depend on the market, so the summary shows differences between markets. */
function npsScore(rnd: Random, lean: number): number {
  const r = rnd.next() + lean;
  return r > 0.95 ? 10 : r > 0.65 ? 9 : r > 0.45 ? 8 : r > 0.3 ? 7 : rnd.int(2, 6);
}

const answerRow = (
  s: SurveyTable,
  c: Customer,
  score: number,
  at: Date,
  rnd: Random,
): SurveyAnswerTable => {
  const poor = s.kind === 'nps' ? score <= 6 : score <= 2;
  const good = s.kind === 'nps' ? score >= 9 : score >= 4;
  const words = WHY[s.language] ?? WHY.en!;
  return {
    workspace_id: s.workspace_id,
    survey_id: s.id,
    kind: s.kind,
    customer_id: c.id,
    owner_id: c.owner_id,
    country: c.country,
    tier: c.tier ?? '',
    score,
    comment: rnd.chance(0.6) ? words[poor ? 0 : good ? 2 : 1] : null,
    language: s.language,
    month: at.toISOString().slice(0, 7),
    answered_at: at.toISOString(),
    first_answered_at: at.toISOString(),
    follow_up_id: null,
  };
};

/**
 * Feedback for the demo: two NPS rounds to the customers (planned through the app, as a manager
 * would), most of the first answered over the past months, and CSAT answers after past tickets in
 * every market, so the Feedback page has figures per market with their counts.
 */
export async function seedDemoFeedback(
  services: Container,
  workspaceId: string,
  rnd: Random,
): Promise<void> {
  const scope = demoScope(workspaceId);
  const db = services.db;
  const segment = await services.segments.create(scope, {
    name: '客户（NPS 调研）Customers for NPS',
    filter: { match: 'all', conditions: [{ field: 'stage', op: 'in', value: ['customer'] }] },
  });
  const first = await services.surveyRounds.create(scope, {
    name: 'NPS 2026 上半年 H1',
    segmentId: segment.id,
    sendTime: '10:00',
  });
  await services.surveyRounds.create(scope, {
    name: 'NPS 2026 下半年 H2',
    segmentId: segment.id,
    sendTime: '10:00',
  });
  const customers = new Map(
    (await customerRecords.inWorkspace(db, workspaceId)).map((c) => [c.id, c]),
  );
  const lean = (country: string) =>
    ((country.charCodeAt(0) * 7 + country.charCodeAt(1)) % 5) / 20 - 0.1;
  const now = new Date();
  const answers: SurveyAnswerTable[] = [];
  for (const s of await feedbackRecords.roundSurveys(db, workspaceId, first.id)) {
    const c = customers.get(s.customer_id);
    if (!c || !rnd.chance(0.75)) continue;
    const at = shiftInstant(now, -rnd.int(1, 150));
    answers.push(answerRow(s, c, npsScore(rnd, lean(c.country)), at, rnd));
  }
  // CSAT after tickets of the past year: three per buying customer.
  const csat: SurveyTable[] = [];
  for (const c of customers.values()) {
    if (c.stage !== 'customer') continue;
    for (let i = 0; i < 3; i++) {
      const at = shiftInstant(now, -rnd.int(2, 360));
      const s: SurveyTable = {
        workspace_id: workspaceId,
        id: newId(),
        kind: 'csat',
        round_id: null,
        ticket_id: null,
        customer_id: c.id,
        contact_id: null,
        // A demo history has no links to open: a random hash matches no token.
        token_hash: newId().replace(/-/g, '').padEnd(64, '0'),
        language:
          chooseTemplateLanguage({
            available: SURVEY_LANGUAGES,
            country: c.country,
            workspaceDefault: 'en',
          })?.language ?? 'en',
        subject: 'Past support request',
        planned_at: at.toISOString(),
        created_at: at.toISOString(),
      };
      csat.push(s);
      const r = rnd.next() + lean(c.country);
      answers.push(
        answerRow(s, c, r > 0.55 ? 5 : r > 0.3 ? 4 : r > 0.15 ? 3 : rnd.int(1, 2), at, rnd),
      );
    }
  }
  await db.transaction().execute((tx) => feedbackRecords.insertHistory(tx, csat, answers));
}
