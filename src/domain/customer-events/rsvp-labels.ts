import { matchVariant } from '../communication/language.ts';

/** What the public RSVP page says, in the invitee's language. */
export interface RsvpLabels {
  question: string;
  yes: string;
  no: string;
  maybe: string;
  guests: string;
  dietary: string;
  visaLetter: string;
  send: string;
  when: string;
  yourTime: string;
  where: string;
  online: string;
  thanks: string;
  waitlisted: string;
  closed: string;
  /** beside the QR code a confirmed guest shows at the door */
  entryCode: string;
}

// Short, plain sentences written per language (not machine-translated); `dir` follows the script.
export const RSVP_LABELS: Record<string, RsvpLabels> = {
  en: {
    question: 'Will you attend?',
    yes: 'Yes, I will attend',
    no: 'No, I cannot attend',
    maybe: 'Maybe',
    guests: 'Guests coming with you',
    dietary: 'Dietary needs',
    visaLetter: 'I need a visa invitation letter',
    send: 'Send my answer',
    when: 'When (local time at the venue)',
    yourTime: 'Your time',
    where: 'Where',
    online: 'Online',
    thanks: 'Thank you, your answer has been recorded.',
    waitlisted:
      'The event is full: you are on the waiting list and will be told if a seat frees up.',
    closed: 'Answers are no longer accepted for this event.',
    entryCode: 'Show this code at the entrance to check in.',
  },
  'zh-CN': {
    question: '您是否参加？',
    yes: '参加',
    no: '无法参加',
    maybe: '待定',
    guests: '随行人数',
    dietary: '饮食要求',
    visaLetter: '我需要签证邀请函',
    send: '提交回复',
    when: '时间（活动当地时间）',
    yourTime: '您当地时间',
    where: '地点',
    online: '线上',
    thanks: '感谢您的回复，我们已记录。',
    waitlisted: '名额已满：您已进入候补名单，如有空位我们会通知您。',
    closed: '本活动已停止接受回复。',
    entryCode: '入场时出示此二维码即可签到。',
  },
  es: {
    question: '¿Asistirá?',
    yes: 'Sí, asistiré',
    no: 'No podré asistir',
    maybe: 'Quizás',
    guests: 'Acompañantes',
    dietary: 'Necesidades alimentarias',
    visaLetter: 'Necesito una carta de invitación para el visado',
    send: 'Enviar respuesta',
    when: 'Cuándo (hora local del evento)',
    yourTime: 'Su hora',
    where: 'Dónde',
    online: 'En línea',
    thanks: 'Gracias, hemos registrado su respuesta.',
    waitlisted:
      'El evento está completo: está en la lista de espera y le avisaremos si se libera una plaza.',
    closed: 'Ya no se aceptan respuestas para este evento.',
    entryCode: 'Muestre este código en la entrada para registrarse.',
  },
  pt: {
    question: 'Você vai participar?',
    yes: 'Sim, vou participar',
    no: 'Não poderei participar',
    maybe: 'Talvez',
    guests: 'Acompanhantes',
    dietary: 'Restrições alimentares',
    visaLetter: 'Preciso de uma carta-convite para o visto',
    send: 'Enviar resposta',
    when: 'Quando (horário local do evento)',
    yourTime: 'Seu horário',
    where: 'Onde',
    online: 'On-line',
    thanks: 'Obrigado, sua resposta foi registrada.',
    waitlisted:
      'O evento está lotado: você está na lista de espera e será avisado se surgir uma vaga.',
    closed: 'Este evento não aceita mais respostas.',
    entryCode: 'Mostre este código na entrada para fazer o check-in.',
  },
  fr: {
    question: 'Serez-vous présent ?',
    yes: 'Oui, je serai présent',
    no: 'Non, je ne pourrai pas venir',
    maybe: 'Peut-être',
    guests: 'Personnes qui vous accompagnent',
    dietary: 'Régime alimentaire',
    visaLetter: 'J’ai besoin d’une lettre d’invitation pour le visa',
    send: 'Envoyer ma réponse',
    when: 'Quand (heure locale du lieu)',
    yourTime: 'Votre heure',
    where: 'Où',
    online: 'En ligne',
    thanks: 'Merci, votre réponse a été enregistrée.',
    waitlisted:
      'L’événement est complet : vous êtes sur la liste d’attente et serez prévenu si une place se libère.',
    closed: 'Les réponses ne sont plus acceptées pour cet événement.',
    entryCode: 'Présentez ce code à l’entrée pour vous enregistrer.',
  },
  de: {
    question: 'Nehmen Sie teil?',
    yes: 'Ja, ich nehme teil',
    no: 'Nein, ich kann nicht teilnehmen',
    maybe: 'Vielleicht',
    guests: 'Begleitpersonen',
    dietary: 'Ernährungswünsche',
    visaLetter: 'Ich benötige ein Einladungsschreiben für das Visum',
    send: 'Antwort senden',
    when: 'Wann (Ortszeit am Veranstaltungsort)',
    yourTime: 'Ihre Zeit',
    where: 'Wo',
    online: 'Online',
    thanks: 'Vielen Dank, Ihre Antwort wurde gespeichert.',
    waitlisted:
      'Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste und werden benachrichtigt, sobald ein Platz frei wird.',
    closed: 'Für diese Veranstaltung werden keine Antworten mehr angenommen.',
    entryCode: 'Zeigen Sie diesen Code am Eingang vor, um sich anzumelden.',
  },
  ru: {
    question: 'Вы примете участие?',
    yes: 'Да, я приду',
    no: 'Нет, не смогу',
    maybe: 'Возможно',
    guests: 'Сопровождающие',
    dietary: 'Особенности питания',
    visaLetter: 'Мне нужно приглашение для визы',
    send: 'Отправить ответ',
    when: 'Когда (местное время места проведения)',
    yourTime: 'Ваше время',
    where: 'Где',
    online: 'Онлайн',
    thanks: 'Спасибо, ваш ответ сохранён.',
    waitlisted: 'Мест больше нет: вы в листе ожидания, мы сообщим, если место освободится.',
    closed: 'Ответы на это мероприятие больше не принимаются.',
    entryCode: 'Покажите этот код на входе для регистрации.',
  },
  ar: {
    question: 'هل ستحضر؟',
    yes: 'نعم، سأحضر',
    no: 'لا، لن أتمكن من الحضور',
    maybe: 'ربما',
    guests: 'عدد المرافقين',
    dietary: 'احتياجات غذائية',
    visaLetter: 'أحتاج إلى خطاب دعوة للتأشيرة',
    send: 'إرسال الرد',
    when: 'الموعد (بالتوقيت المحلي لمكان الفعالية)',
    yourTime: 'بتوقيتك',
    where: 'المكان',
    online: 'عبر الإنترنت',
    thanks: 'شكرًا لك، تم تسجيل ردك.',
    waitlisted: 'اكتمل العدد: أنت على قائمة الانتظار وسنبلغك إذا توفر مقعد.',
    closed: 'لم يعد يُقبل الرد على هذه الفعالية.',
    entryCode: 'أظهر هذا الرمز عند المدخل لتسجيل حضورك.',
  },
  ja: {
    question: 'ご出席いただけますか？',
    yes: '出席します',
    no: '欠席します',
    maybe: '未定',
    guests: '同伴者数',
    dietary: '食事の制限',
    visaLetter: 'ビザ申請用の招へい状が必要です',
    send: '回答を送信',
    when: '日時（会場の現地時間）',
    yourTime: 'お客様の現地時間',
    where: '場所',
    online: 'オンライン',
    thanks: 'ご回答ありがとうございます。承りました。',
    waitlisted: '満席のためキャンセル待ちとなりました。空きが出ましたらご連絡いたします。',
    closed: 'このイベントへの回答受付は終了しました。',
    entryCode: '受付でこのコードをご提示ください。',
  },
  vi: {
    question: 'Quý khách có tham dự không?',
    yes: 'Có, tôi sẽ tham dự',
    no: 'Không, tôi không thể tham dự',
    maybe: 'Có thể',
    guests: 'Số người đi cùng',
    dietary: 'Yêu cầu ăn uống',
    visaLetter: 'Tôi cần thư mời để xin thị thực',
    send: 'Gửi phản hồi',
    when: 'Thời gian (giờ địa phương nơi tổ chức)',
    yourTime: 'Giờ của quý khách',
    where: 'Địa điểm',
    online: 'Trực tuyến',
    thanks: 'Cảm ơn quý khách, phản hồi đã được ghi nhận.',
    waitlisted:
      'Sự kiện đã đủ chỗ: quý khách đang trong danh sách chờ và sẽ được báo khi có chỗ trống.',
    closed: 'Sự kiện này không còn nhận phản hồi.',
    entryCode: 'Vui lòng xuất trình mã này tại lối vào để điểm danh.',
  },
  id: {
    question: 'Apakah Anda akan hadir?',
    yes: 'Ya, saya akan hadir',
    no: 'Tidak, saya tidak dapat hadir',
    maybe: 'Mungkin',
    guests: 'Jumlah pendamping',
    dietary: 'Kebutuhan makanan',
    visaLetter: 'Saya memerlukan surat undangan untuk visa',
    send: 'Kirim jawaban',
    when: 'Waktu (waktu setempat lokasi acara)',
    yourTime: 'Waktu Anda',
    where: 'Tempat',
    online: 'Daring',
    thanks: 'Terima kasih, jawaban Anda telah dicatat.',
    waitlisted:
      'Acara sudah penuh: Anda masuk daftar tunggu dan akan diberi tahu jika ada kursi kosong.',
    closed: 'Acara ini tidak lagi menerima jawaban.',
    entryCode: 'Tunjukkan kode ini di pintu masuk untuk check-in.',
  },
  tr: {
    question: 'Katılacak mısınız?',
    yes: 'Evet, katılacağım',
    no: 'Hayır, katılamayacağım',
    maybe: 'Belki',
    guests: 'Beraberinizdeki kişi sayısı',
    dietary: 'Beslenme tercihleri',
    visaLetter: 'Vize için davet mektubuna ihtiyacım var',
    send: 'Yanıtımı gönder',
    when: 'Ne zaman (etkinlik yerinin yerel saati)',
    yourTime: 'Sizin saatiniz',
    where: 'Nerede',
    online: 'Çevrim içi',
    thanks: 'Teşekkürler, yanıtınız kaydedildi.',
    waitlisted: 'Etkinlik dolu: bekleme listesindesiniz, yer açılırsa size haber vereceğiz.',
    closed: 'Bu etkinlik için artık yanıt kabul edilmiyor.',
    entryCode: 'Giriş kaydı için bu kodu girişte gösterin.',
  },
};

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/** The labels of the closest language the page speaks (a `pt-BR` contact reads `pt`), else English. */
export function rsvpLabels(language: string): {
  language: string;
  dir: 'ltr' | 'rtl';
  labels: RsvpLabels;
} {
  const hit = matchVariant(language, Object.keys(RSVP_LABELS));
  const chosen = hit?.language ?? 'en';
  return {
    language: chosen,
    dir: RTL.has(chosen.split('-')[0] ?? '') ? 'rtl' : 'ltr',
    labels: RSVP_LABELS[chosen] ?? RSVP_LABELS.en!,
  };
}

/** An event's text (title or description) in the invitation's language, else English, else any. */
export function textIn(texts: Record<string, string>, language: string): string {
  const hit = matchVariant(language, Object.keys(texts));
  return (hit && texts[hit.language]) || texts.en || Object.values(texts)[0] || '';
}
