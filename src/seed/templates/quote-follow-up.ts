import { SALUTATION as S, SIGNATURE, type DemoTemplate } from './salutations.ts';

export const QUOTE_FOLLOW_UP: DemoTemplate = {
  name: 'Quotation follow-up',
  description: 'A week after a quotation: did it reach the decision makers, anything to clarify.',
  variants: {
    en: {
      subject: 'Following up on our quotation',
      body: `${S.en}\n\nI hope you are well. I wanted to check whether our quotation reached the right people at {customerName}, and whether anything in it needs clarifying — specifications, lead time or payment terms.\n\nIf it helps, I am glad to arrange a short call at a time that suits you.\n\nKind regards,\n${SIGNATURE}`,
    },
    'zh-CN': {
      subject: '关于我方报价的跟进',
      body: `${S['zh-CN']}\n\n冒昧打扰。想确认一下我们的报价是否已转达{customerName}的相关负责人，以及在规格、交期或付款条件方面是否有需要进一步说明的地方。\n\n如有需要，我们可以按您方便的时间安排一次简短的电话沟通。\n\n顺祝商祺！\n${SIGNATURE}`,
    },
    de: {
      subject: 'Nachfrage zu unserem Angebot',
      body: `${S.de}\n\nich hoffe, es geht Ihnen gut. Gerne möchte ich nachfragen, ob unser Angebot bei den zuständigen Ansprechpartnern in Ihrem Haus angekommen ist und ob Sie zu Spezifikationen, Lieferzeit oder Zahlungsbedingungen noch Fragen haben.\n\nFür ein kurzes Telefonat stehe ich Ihnen zu einem Termin Ihrer Wahl gerne zur Verfügung.\n\nMit freundlichen Grüßen\n${SIGNATURE}`,
    },
    pt: {
      subject: 'Acompanhamento da nossa cotação',
      body: `${S.pt}\n\nEspero que esteja bem. Gostaria de confirmar se nossa cotação chegou às pessoas responsáveis na {customerName} e se há algum ponto que precise de esclarecimento — especificações, prazo de entrega ou condições de pagamento.\n\nSe for útil, terei prazer em agendar uma breve ligação no horário que lhe for mais conveniente.\n\nAtenciosamente,\n${SIGNATURE}`,
    },
    es: {
      subject: 'Seguimiento de nuestra cotización',
      body: `${S.es}\n\nEspero que se encuentre bien. Quisiera confirmar si nuestra cotización llegó a las personas responsables en {customerName} y si hay algún punto que convenga aclarar: especificaciones, plazo de entrega o condiciones de pago.\n\nSi le resulta útil, con gusto organizo una breve llamada en el horario que mejor le convenga.\n\nAtentamente,\n${SIGNATURE}`,
    },
    ar: {
      subject: 'متابعة عرض السعر',
      body: `${S.ar}\n\nنأمل أن تكونوا بخير. نود التأكد من وصول عرض السعر الذي أرسلناه إلى المسؤولين المعنيين في {customerName}، ومعرفة ما إذا كانت هناك أي نقاط تحتاج إلى توضيح بشأن المواصفات أو مدة التوريد أو شروط الدفع.\n\nويسعدنا ترتيب مكالمة قصيرة في الوقت الذي يناسبكم.\n\nمع خالص التحية والتقدير،\n${SIGNATURE}`,
    },
    ja: {
      subject: 'お見積書についてのご確認',
      body: `${S.ja}\n\n先日お送りいたしましたお見積書につきまして、ご担当の皆様のお手元に届いておりますでしょうか。仕様、納期、お支払い条件などでご不明な点がございましたら、お気軽にお申し付けください。\n\n必要でございましたら、ご都合のよろしい日時にお電話にてご説明させていただきます。\n\n引き続きどうぞよろしくお願い申し上げます。\n\n${SIGNATURE}`,
    },
  },
};
