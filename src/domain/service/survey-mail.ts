import { surveyLabels, type SurveyKind } from './survey-labels.ts';

/**
 * The mail that carries a survey link, in the contact's language: the same twelve languages as
 * the survey page (and the portal), English for any other. Arabic is written right to left; the
 * plain-text body keeps the link on a line of its own so no mail client reorders it.
 */
interface MailWords {
  /** greeting with a first name ({name}), and without one */
  hello: string;
  helloNoName: string;
  csatSubject: string;
  /** {subject}: the ticket's subject, as the customer wrote or read it */
  csatBody: string;
  npsSubject: string;
  npsBody: string;
  thanks: string;
}

const W: Record<string, MailWords> = {
  en: {
    hello: 'Hello {name},',
    helloNoName: 'Hello,',
    csatSubject: 'How did we do? {subject}',
    csatBody:
      'Your request “{subject}” has been solved. How satisfied are you with how we handled it? One click is enough:',
    npsSubject: 'A quick question: would you recommend us?',
    npsBody:
      'How likely are you to recommend us to a friend or colleague? Please answer on a scale from 0 to 10:',
    thanks: 'Thank you',
  },
  'zh-CN': {
    hello: '{name}，您好：',
    helloNoName: '您好：',
    csatSubject: '请评价我们的服务：{subject}',
    csatBody: '您的请求“{subject}”已解决。您对我们的处理满意吗？点击一下即可评价：',
    npsSubject: '一个简短的问题：您会推荐我们吗？',
    npsBody: '您有多大可能向朋友或同事推荐我们？请在 0 到 10 之间打分：',
    thanks: '谢谢',
  },
  es: {
    hello: 'Hola, {name}:',
    helloNoName: 'Hola:',
    csatSubject: '¿Cómo lo hicimos? {subject}',
    csatBody:
      'Su solicitud «{subject}» ha sido resuelta. ¿Qué tan satisfecho está con cómo la atendimos? Basta con un clic:',
    npsSubject: 'Una pregunta rápida: ¿nos recomendaría?',
    npsBody:
      '¿Qué probabilidad hay de que nos recomiende a un amigo o colega? Responda en una escala de 0 a 10:',
    thanks: 'Gracias',
  },
  pt: {
    hello: 'Olá, {name},',
    helloNoName: 'Olá,',
    csatSubject: 'Como nos saímos? {subject}',
    csatBody:
      'A sua solicitação “{subject}” foi resolvida. Qual é a sua satisfação com o nosso atendimento? Basta um clique:',
    npsSubject: 'Uma pergunta rápida: você nos recomendaria?',
    npsBody:
      'Qual é a probabilidade de você nos recomendar a um amigo ou colega? Responda numa escala de 0 a 10:',
    thanks: 'Obrigado',
  },
  fr: {
    hello: 'Bonjour {name},',
    helloNoName: 'Bonjour,',
    csatSubject: 'Votre avis : {subject}',
    csatBody:
      'Votre demande « {subject} » a été résolue. Êtes-vous satisfait de la façon dont nous l’avons traitée ? Un clic suffit :',
    npsSubject: 'Une question rapide : nous recommanderiez-vous ?',
    npsBody:
      'Quelle est la probabilité que vous nous recommandiez à un ami ou un collègue ? Répondez sur une échelle de 0 à 10 :',
    thanks: 'Merci',
  },
  de: {
    hello: 'Hallo {name},',
    helloNoName: 'Guten Tag,',
    csatSubject: 'Wie waren wir? {subject}',
    csatBody:
      'Ihre Anfrage „{subject}“ wurde gelöst. Wie zufrieden sind Sie mit der Bearbeitung? Ein Klick genügt:',
    npsSubject: 'Eine kurze Frage: Würden Sie uns empfehlen?',
    npsBody:
      'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen? Bitte antworten Sie auf einer Skala von 0 bis 10:',
    thanks: 'Vielen Dank',
  },
  ru: {
    hello: 'Здравствуйте, {name}!',
    helloNoName: 'Здравствуйте!',
    csatSubject: 'Оцените нашу работу: {subject}',
    csatBody:
      'Ваш запрос «{subject}» решён. Насколько вы довольны тем, как мы его обработали? Достаточно одного клика:',
    npsSubject: 'Короткий вопрос: порекомендуете ли вы нас?',
    npsBody:
      'Насколько вероятно, что вы порекомендуете нас другу или коллеге? Ответьте по шкале от 0 до 10:',
    thanks: 'Спасибо',
  },
  ar: {
    hello: 'مرحبًا {name}،',
    helloNoName: 'مرحبًا،',
    csatSubject: 'كيف كانت خدمتنا؟ {subject}',
    csatBody: 'تم حل طلبك «{subject}». ما مدى رضاك عن طريقة تعاملنا معه؟ تكفي نقرة واحدة:',
    npsSubject: 'سؤال سريع: هل توصي بنا؟',
    npsBody: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟ يرجى الإجابة على مقياس من 0 إلى 10:',
    thanks: 'شكرًا لك',
  },
  ja: {
    hello: '{name} 様',
    helloNoName: 'お客様各位',
    csatSubject: 'サポートの評価のお願い：{subject}',
    csatBody:
      'お問い合わせ「{subject}」は解決しました。対応にどの程度ご満足いただけましたか？ワンクリックでご回答いただけます：',
    npsSubject: '簡単な質問：当社を推薦していただけますか？',
    npsBody: '当社を友人や同僚に薦める可能性はどのくらいありますか？0〜10 の尺度でお答えください：',
    thanks: 'ありがとうございます',
  },
  vi: {
    hello: 'Xin chào {name},',
    helloNoName: 'Xin chào,',
    csatSubject: 'Chúng tôi đã hỗ trợ thế nào? {subject}',
    csatBody:
      'Yêu cầu “{subject}” của bạn đã được giải quyết. Bạn hài lòng thế nào với cách chúng tôi xử lý? Chỉ cần một cú nhấp:',
    npsSubject: 'Một câu hỏi nhanh: bạn có giới thiệu chúng tôi không?',
    npsBody:
      'Khả năng bạn giới thiệu chúng tôi cho bạn bè hoặc đồng nghiệp là bao nhiêu? Vui lòng trả lời theo thang từ 0 đến 10:',
    thanks: 'Cảm ơn bạn',
  },
  id: {
    hello: 'Halo {name},',
    helloNoName: 'Halo,',
    csatSubject: 'Bagaimana layanan kami? {subject}',
    csatBody:
      'Permintaan Anda “{subject}” telah diselesaikan. Seberapa puas Anda dengan cara kami menanganinya? Cukup satu klik:',
    npsSubject: 'Pertanyaan singkat: apakah Anda akan merekomendasikan kami?',
    npsBody:
      'Seberapa besar kemungkinan Anda merekomendasikan kami kepada teman atau rekan? Jawab dengan skala 0 sampai 10:',
    thanks: 'Terima kasih',
  },
  tr: {
    hello: 'Merhaba {name},',
    helloNoName: 'Merhaba,',
    csatSubject: 'Nasıl yaptık? {subject}',
    csatBody:
      '“{subject}” talebiniz çözüldü. Talebinizi ele alış biçimimizden ne kadar memnunsunuz? Tek bir tıklama yeterli:',
    npsSubject: 'Kısa bir soru: bizi tavsiye eder misiniz?',
    npsBody:
      'Bizi bir arkadaşınıza veya meslektaşınıza tavsiye etme olasılığınız nedir? Lütfen 0 ile 10 arasında yanıtlayın:',
    thanks: 'Teşekkürler',
  },
};

/** The languages a survey mail is written in (the survey page's). */
export const SURVEY_MAIL_LANGUAGES = Object.keys(W);

export interface SurveyMailInput {
  kind: SurveyKind;
  /** the survey's language (the contact's, chosen when the survey was planned) */
  language: string;
  /** the absolute link to the public survey page */
  link: string;
  firstName: string | null;
  /** CSAT: the ticket's subject */
  subject: string | null;
  /** who signs the mail (the SMTP account's From name) */
  senderName: string;
}

export interface SurveyMail {
  language: string;
  rtl: boolean;
  subject: string;
  text: string;
}

const fill = (s: string, v: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

/** One survey mail: subject and plain-text body in the survey's language (English otherwise). */
export function surveyMail(m: SurveyMailInput): SurveyMail {
  const { language, rtl } = surveyLabels(m.language);
  const w = W[language] ?? W.en!;
  // A subject on one line and not too long, whatever the ticket's subject was.
  const ticket = (m.subject ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  const vars = { name: (m.firstName ?? '').trim(), subject: ticket };
  const hello = vars.name ? fill(w.hello, vars) : w.helloNoName;
  const csat = m.kind === 'csat';
  const subject = (csat ? fill(w.csatSubject, vars) : w.npsSubject).trim();
  const body = fill(csat ? w.csatBody : w.npsBody, vars);
  const sign = m.senderName.trim();
  const text = `${hello}\n\n${body}\n\n${m.link}\n\n${w.thanks}${sign ? `\n${sign}` : ''}\n`;
  return { language, rtl, subject, text };
}
