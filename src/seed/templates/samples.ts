import { SALUTATION as S, SIGNATURE, type DemoTemplate } from './salutations.ts';

export const SAMPLES: DemoTemplate = {
  name: 'Samples dispatched',
  description: 'The samples left the factory today; tracking number to follow; feedback wanted.',
  variants: {
    en: {
      subject: 'Your samples are on their way',
      body: `${S.en}\n\nThe samples for {customerName} left our factory today, {today}. I will send you the tracking number as soon as the courier confirms it.\n\nOnce they arrive, we would appreciate your feedback on the finish and the packaging, so that we can reflect it in the first order.\n\nBest regards,\n${SIGNATURE}`,
    },
    'zh-CN': {
      subject: '样品已寄出',
      body: `${S['zh-CN']}\n\n{customerName}的样品已于今天（{today}）从工厂发出，快递单号确认后我会第一时间发给您。\n\n收到样品后，烦请就表面处理和包装提出意见，我们会在首批订单中一并落实。\n\n祝好！\n${SIGNATURE}`,
    },
    de: {
      subject: 'Ihre Muster sind unterwegs',
      body: `${S.de}\n\nIhre Muster haben heute, am {today}, unser Werk verlassen. Die Sendungsnummer teile ich Ihnen mit, sobald der Kurierdienst sie bestätigt hat.\n\nNach Erhalt wären wir Ihnen für eine Rückmeldung zu Oberfläche und Verpackung sehr dankbar, damit wir diese bereits bei der ersten Bestellung berücksichtigen können.\n\nMit freundlichen Grüßen\n${SIGNATURE}`,
    },
    pt: {
      subject: 'Suas amostras já foram enviadas',
      body: `${S.pt}\n\nAs amostras para a {customerName} saíram hoje, {today}, da nossa fábrica. Assim que a transportadora confirmar, envio o código de rastreamento.\n\nQuando as receber, gostaríamos muito de saber sua opinião sobre o acabamento e a embalagem, para já considerá-la no primeiro pedido.\n\nAtenciosamente,\n${SIGNATURE}`,
    },
    es: {
      subject: 'Sus muestras ya están en camino',
      body: `${S.es}\n\nLas muestras para {customerName} salieron hoy, {today}, de nuestra fábrica. Le enviaré el número de seguimiento en cuanto la empresa de mensajería lo confirme.\n\nCuando las reciba, le agradeceríamos sus comentarios sobre el acabado y el embalaje, para tenerlos en cuenta ya en el primer pedido.\n\nAtentamente,\n${SIGNATURE}`,
    },
    ar: {
      subject: 'تم شحن العينات',
      body: `${S.ar}\n\nنود إعلامكم بأن عينات {customerName} قد غادرت مصنعنا اليوم، {today}، وسنوافيكم برقم التتبع فور تأكيده من شركة الشحن.\n\nوبعد استلامها، يسعدنا أن نتلقى ملاحظاتكم حول التشطيب والتغليف، لنأخذها بعين الاعتبار في الطلبية الأولى.\n\nمع خالص التحية والتقدير،\n${SIGNATURE}`,
    },
    ja: {
      subject: 'サンプル発送のご案内',
      body: `${S.ja}\n\nご依頼いただきましたサンプルを、本日（{today}）弊社工場より発送いたしました。追跡番号は運送会社より確認が取れ次第、改めてご連絡申し上げます。\n\nお手元に届きましたら、表面仕上げおよび梱包についてご意見を賜れますと幸いです。初回ご注文より反映させていただきます。\n\n何卒よろしくお願い申し上げます。\n\n${SIGNATURE}`,
    },
  },
};
