/**
 * What a contact reads on a survey page, in their language. Twelve languages (the list);
 * a contact whose language is not here reads English. Arabic is written right to left.
 */
export const SURVEY_KINDS = ['csat', 'nps'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export interface SurveyLabels {
  /** the CSAT question, about one request */
  csatQuestion: string;
  /** the NPS question */
  npsQuestion: string;
  /** anchors of the scale: the lowest and the highest answer */
  low: string;
  high: string;
  /** the comment box: optional remark (CSAT), the reason (NPS) */
  csatComment: string;
  npsComment: string;
  /** the ticket's subject is shown after this */
  request: string;
  submit: string;
  thanks: string;
  /** "you can change your answer until" (a date follows) */
  changeUntil: string;
  /** the answer can no longer be changed */
  closed: string;
}

const L: Record<string, SurveyLabels> = {
  en: {
    csatQuestion: 'How satisfied are you with how we handled your request?',
    npsQuestion: 'How likely are you to recommend us to a friend or colleague?',
    low: 'Not at all',
    high: 'Extremely',
    csatComment: 'Anything you would like to add? (optional)',
    npsComment: 'What is the main reason for your score?',
    request: 'Your request',
    submit: 'Send',
    thanks: 'Thank you for your answer.',
    changeUntil: 'You can change your answer until',
    closed: 'This answer can no longer be changed.',
  },
  'zh-CN': {
    csatQuestion: '您对我们处理这次请求的方式满意吗？',
    npsQuestion: '您有多大可能向朋友或同事推荐我们？',
    low: '完全不',
    high: '非常',
    csatComment: '还有什么想补充的吗？（选填）',
    npsComment: '您给出这个分数的主要原因是什么？',
    request: '您的请求',
    submit: '提交',
    thanks: '感谢您的反馈。',
    changeUntil: '您可以在以下时间前修改答案：',
    closed: '这份答案已无法再修改。',
  },
  es: {
    csatQuestion: '¿Qué tan satisfecho está con la forma en que atendimos su solicitud?',
    npsQuestion: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?',
    low: 'Nada',
    high: 'Muchísimo',
    csatComment: '¿Algo que quiera añadir? (opcional)',
    npsComment: '¿Cuál es el motivo principal de su puntuación?',
    request: 'Su solicitud',
    submit: 'Enviar',
    thanks: 'Gracias por su respuesta.',
    changeUntil: 'Puede cambiar su respuesta hasta el',
    closed: 'Esta respuesta ya no se puede cambiar.',
  },
  pt: {
    csatQuestion: 'Qual é o seu grau de satisfação com o atendimento da sua solicitação?',
    npsQuestion: 'Qual a probabilidade de nos recomendar a um amigo ou colega?',
    low: 'Nada',
    high: 'Extremamente',
    csatComment: 'Algo que gostaria de acrescentar? (opcional)',
    npsComment: 'Qual é o principal motivo da sua nota?',
    request: 'A sua solicitação',
    submit: 'Enviar',
    thanks: 'Obrigado pela sua resposta.',
    changeUntil: 'Pode alterar a sua resposta até',
    closed: 'Esta resposta já não pode ser alterada.',
  },
  fr: {
    csatQuestion: 'Êtes-vous satisfait de la façon dont nous avons traité votre demande ?',
    npsQuestion: 'Quelle est la probabilité que vous nous recommandiez à un ami ou un collègue ?',
    low: 'Pas du tout',
    high: 'Extrêmement',
    csatComment: 'Souhaitez-vous ajouter quelque chose ? (facultatif)',
    npsComment: 'Quelle est la raison principale de votre note ?',
    request: 'Votre demande',
    submit: 'Envoyer',
    thanks: 'Merci pour votre réponse.',
    changeUntil: 'Vous pouvez modifier votre réponse jusqu’au',
    closed: 'Cette réponse ne peut plus être modifiée.',
  },
  de: {
    csatQuestion: 'Wie zufrieden sind Sie mit der Bearbeitung Ihrer Anfrage?',
    npsQuestion: 'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?',
    low: 'Überhaupt nicht',
    high: 'Äußerst',
    csatComment: 'Möchten Sie noch etwas ergänzen? (optional)',
    npsComment: 'Was ist der wichtigste Grund für Ihre Bewertung?',
    request: 'Ihre Anfrage',
    submit: 'Senden',
    thanks: 'Vielen Dank für Ihre Antwort.',
    changeUntil: 'Sie können Ihre Antwort ändern bis',
    closed: 'Diese Antwort kann nicht mehr geändert werden.',
  },
  ru: {
    csatQuestion: 'Насколько вы довольны тем, как мы обработали ваш запрос?',
    npsQuestion: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге?',
    low: 'Совсем нет',
    high: 'Очень',
    csatComment: 'Хотите что-нибудь добавить? (необязательно)',
    npsComment: 'Какова главная причина вашей оценки?',
    request: 'Ваш запрос',
    submit: 'Отправить',
    thanks: 'Спасибо за ваш ответ.',
    changeUntil: 'Вы можете изменить ответ до',
    closed: 'Этот ответ больше нельзя изменить.',
  },
  ar: {
    csatQuestion: 'ما مدى رضاك عن طريقة تعاملنا مع طلبك؟',
    npsQuestion: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
    low: 'إطلاقًا',
    high: 'للغاية',
    csatComment: 'هل تود إضافة شيء؟ (اختياري)',
    npsComment: 'ما السبب الرئيسي لتقييمك؟',
    request: 'طلبك',
    submit: 'إرسال',
    thanks: 'شكرًا على إجابتك.',
    changeUntil: 'يمكنك تغيير إجابتك حتى',
    closed: 'لم يعد بالإمكان تغيير هذه الإجابة.',
  },
  ja: {
    csatQuestion: '今回のお問い合わせへの対応にどの程度満足されましたか？',
    npsQuestion: '当社を友人や同僚に薦める可能性はどのくらいありますか？',
    low: 'まったくない',
    high: '非常にある',
    csatComment: 'ほかにご意見があればお聞かせください（任意）',
    npsComment: 'その点数をつけた一番の理由は何ですか？',
    request: 'お問い合わせ',
    submit: '送信',
    thanks: 'ご回答ありがとうございました。',
    changeUntil: '回答は次の日時まで変更できます：',
    closed: 'この回答はもう変更できません。',
  },
  vi: {
    csatQuestion: 'Bạn hài lòng thế nào với cách chúng tôi xử lý yêu cầu của bạn?',
    npsQuestion: 'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè hoặc đồng nghiệp không?',
    low: 'Hoàn toàn không',
    high: 'Rất sẵn lòng',
    csatComment: 'Bạn có muốn bổ sung gì không? (không bắt buộc)',
    npsComment: 'Lý do chính cho điểm số của bạn là gì?',
    request: 'Yêu cầu của bạn',
    submit: 'Gửi',
    thanks: 'Cảm ơn bạn đã trả lời.',
    changeUntil: 'Bạn có thể thay đổi câu trả lời đến',
    closed: 'Câu trả lời này không thể thay đổi nữa.',
  },
  id: {
    csatQuestion: 'Seberapa puas Anda dengan cara kami menangani permintaan Anda?',
    npsQuestion: 'Seberapa besar kemungkinan Anda merekomendasikan kami kepada teman atau kolega?',
    low: 'Sama sekali tidak',
    high: 'Sangat',
    csatComment: 'Ada yang ingin Anda tambahkan? (opsional)',
    npsComment: 'Apa alasan utama skor Anda?',
    request: 'Permintaan Anda',
    submit: 'Kirim',
    thanks: 'Terima kasih atas jawaban Anda.',
    changeUntil: 'Anda dapat mengubah jawaban hingga',
    closed: 'Jawaban ini tidak dapat diubah lagi.',
  },
  tr: {
    csatQuestion: 'Talebinizi ele alış şeklimizden ne kadar memnunsunuz?',
    npsQuestion: 'Bizi bir arkadaşınıza veya meslektaşınıza önerme olasılığınız nedir?',
    low: 'Hiç',
    high: 'Kesinlikle',
    csatComment: 'Eklemek istediğiniz bir şey var mı? (isteğe bağlı)',
    npsComment: 'Puanınızın temel nedeni nedir?',
    request: 'Talebiniz',
    submit: 'Gönder',
    thanks: 'Yanıtınız için teşekkür ederiz.',
    changeUntil: 'Yanıtınızı şu tarihe kadar değiştirebilirsiniz:',
    closed: 'Bu yanıt artık değiştirilemez.',
  },
};

/** The languages a survey is asked in (the variants a contact's language is matched against). */
export const SURVEY_LANGUAGES = Object.keys(L);

const RTL = new Set(['ar']);

/** A language's labels, English for a language without its own; `rtl` for right-to-left scripts. */
export function surveyLabels(language: string): {
  language: string;
  rtl: boolean;
  labels: SurveyLabels;
} {
  const known = L[language] ? language : 'en';
  return { language: known, rtl: RTL.has(known), labels: L[known]! };
}
