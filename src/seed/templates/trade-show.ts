import { SALUTATION as S, SIGNATURE, type DemoTemplate } from './salutations.ts';

export const TRADE_SHOW: DemoTemplate = {
  name: 'Trade show follow-up',
  description:
    'After meeting a buyer at a fair: catalogue, data sheets, and what we need to quote.',
  variants: {
    en: {
      subject: 'Good to meet you at the fair — {senderCompany}',
      body: `${S.en}\n\nThank you for visiting our stand and for the time you gave us. As promised, I am sending our catalogue and the technical data sheets for the models we discussed.\n\nIf you let me know the quantities and the delivery port you have in mind, I will prepare a quotation for {customerName} within two working days.\n\nKind regards,\n${SIGNATURE}`,
    },
    'zh-CN': {
      subject: '展会相识，资料奉上 — {senderCompany}',
      body: `${S['zh-CN']}\n\n感谢您在展会期间莅临我们的展位并抽出宝贵时间交流。按约定，随信附上产品目录以及当时讨论的型号的技术参数表。\n\n如方便告知大致采购数量和目的港，我们将在两个工作日内为{customerName}准备正式报价。\n\n顺祝商祺！\n${SIGNATURE}`,
    },
    de: {
      subject: 'Unser Gespräch auf der Messe – Unterlagen von {senderCompany}',
      body: `${S.de}\n\nvielen Dank für Ihren Besuch an unserem Messestand und für das angenehme Gespräch. Wie vereinbart erhalten Sie anbei unseren Katalog sowie die technischen Datenblätter der besprochenen Modelle.\n\nWenn Sie mir die voraussichtlichen Mengen und den gewünschten Bestimmungshafen mitteilen, erstelle ich Ihnen innerhalb von zwei Werktagen ein verbindliches Angebot.\n\nMit freundlichen Grüßen\n${SIGNATURE}`,
    },
    pt: {
      subject: 'Nossa conversa na feira — materiais da {senderCompany}',
      body: `${S.pt}\n\nMuito obrigado pela visita ao nosso estande e pela conversa. Conforme combinado, envio em anexo nosso catálogo e as fichas técnicas dos modelos que discutimos.\n\nSe puder me informar as quantidades previstas e o porto de destino, preparo uma cotação para a {customerName} em até dois dias úteis.\n\nAtenciosamente,\n${SIGNATURE}`,
    },
    es: {
      subject: 'Nuestra conversación en la feria — documentación de {senderCompany}',
      body: `${S.es}\n\nMuchas gracias por visitar nuestro stand y por el tiempo que nos dedicó. Tal como acordamos, le adjunto nuestro catálogo y las fichas técnicas de los modelos que comentamos.\n\nSi me indica las cantidades previstas y el puerto de destino, prepararé una cotización para {customerName} en un plazo de dos días hábiles.\n\nAtentamente,\n${SIGNATURE}`,
    },
    ar: {
      subject: 'لقاؤنا في المعرض — مستندات من {senderCompany}',
      body: `${S.ar}\n\nنشكركم على زيارة جناحنا في المعرض وعلى وقتكم الثمين. وكما اتفقنا، نرفق لكم كتالوج منتجاتنا والمواصفات الفنية للطرازات التي ناقشناها.\n\nيسعدنا إعداد عرض سعر لشركة {customerName} خلال يومي عمل، متى تفضلتم بإفادتنا بالكميات المتوقعة وميناء الوصول.\n\nوتفضلوا بقبول فائق الاحترام والتقدير،\n${SIGNATURE}`,
    },
    ja: {
      subject: '展示会でのご面談の御礼（{senderCompany}）',
      body: `${S.ja}\n\n先日は展示会にて弊社ブースにお立ち寄りいただき、誠にありがとうございました。お約束いたしました製品カタログならびにご相談いただいた機種の技術資料を添付にてお送りいたします。\n\nご検討中の数量と仕向港をお知らせいただけましたら、2営業日以内にお見積書をお送りいたします。\n\n今後ともどうぞよろしくお願い申し上げます。\n\n${SIGNATURE}`,
    },
  },
};
