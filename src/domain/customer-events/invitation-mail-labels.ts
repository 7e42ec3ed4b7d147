/** The sentences of an invitation and a reminder mail, per language the RSVP page speaks. */
export interface InvitationMailLabels {
  /** `{title}` is replaced */
  inviteSubject: string;
  reminderSubject: string;
  /** `{name}`: the contact's first name */
  greeting: string;
  inviteIntro: string;
  reminderIntro: string;
  answer: string;
  /** `{date}`: the deadline on the invitee's clock */
  deadline: string;
  /** the reminder's line above the link: see or change the answer */
  change: string;
  regards: string;
}

// Written per language like the RSVP page's labels (not machine-translated at run time); the
// places, times and link lines reuse the page's labels so the mail and the page say the same.
export const INVITATION_MAIL_LABELS: Record<string, InvitationMailLabels> = {
  en: {
    inviteSubject: 'Invitation: {title}',
    reminderSubject: 'Reminder: {title}',
    greeting: 'Dear {name},',
    inviteIntro: 'We are pleased to invite you to {title}.',
    reminderIntro: 'A reminder: {title} is coming up soon.',
    answer: 'Please let us know whether you will attend:',
    deadline: 'Please answer by {date}.',
    change: 'Your answer, and the link to change it:',
    regards: 'Kind regards,',
  },
  'zh-CN': {
    inviteSubject: '邀请函：{title}',
    reminderSubject: '活动提醒：{title}',
    greeting: '尊敬的{name}，您好！',
    inviteIntro: '诚挚邀请您参加「{title}」。',
    reminderIntro: '温馨提醒：「{title}」即将举行。',
    answer: '请点击以下链接告知是否出席：',
    deadline: '请于{date}前回复。',
    change: '查看或修改您的回复：',
    regards: '此致敬礼，',
  },
  es: {
    inviteSubject: 'Invitación: {title}',
    reminderSubject: 'Recordatorio: {title}',
    greeting: 'Estimado/a {name}:',
    inviteIntro: 'Nos complace invitarle a {title}.',
    reminderIntro: 'Le recordamos que {title} se celebra pronto.',
    answer: 'Por favor, indíquenos si asistirá:',
    deadline: 'Le rogamos que responda antes del {date}.',
    change: 'Su respuesta, y el enlace para cambiarla:',
    regards: 'Atentamente,',
  },
  pt: {
    inviteSubject: 'Convite: {title}',
    reminderSubject: 'Lembrete: {title}',
    greeting: 'Prezado(a) {name},',
    inviteIntro: 'Temos o prazer de convidá-lo(a) para {title}.',
    reminderIntro: 'Lembrete: {title} acontece em breve.',
    answer: 'Por favor, informe se vai participar:',
    deadline: 'Pedimos que responda até {date}.',
    change: 'Sua resposta, e o link para alterá-la:',
    regards: 'Atenciosamente,',
  },
  fr: {
    inviteSubject: 'Invitation : {title}',
    reminderSubject: 'Rappel : {title}',
    greeting: 'Bonjour {name},',
    inviteIntro: 'Nous avons le plaisir de vous inviter à l’événement « {title} ».',
    reminderIntro: 'Petit rappel : l’événement « {title} » approche.',
    answer: 'Merci de nous indiquer si vous serez présent :',
    deadline: 'Merci de répondre avant le {date}.',
    change: 'Votre réponse, et le lien pour la modifier :',
    regards: 'Bien cordialement,',
  },
  de: {
    inviteSubject: 'Einladung: {title}',
    reminderSubject: 'Erinnerung: {title}',
    greeting: 'Guten Tag {name},',
    inviteIntro: 'wir freuen uns, Sie zu „{title}“ einzuladen.',
    reminderIntro: 'eine kurze Erinnerung: „{title}“ findet bald statt.',
    answer: 'Bitte teilen Sie uns mit, ob Sie teilnehmen:',
    deadline: 'Bitte antworten Sie bis {date}.',
    change: 'Ihre Antwort und der Link, um sie zu ändern:',
    regards: 'Mit freundlichen Grüßen',
  },
  ru: {
    inviteSubject: 'Приглашение: {title}',
    reminderSubject: 'Напоминание: {title}',
    greeting: 'Уважаемый(ая) {name}!',
    inviteIntro: 'Рады пригласить вас на мероприятие «{title}».',
    reminderIntro: 'Напоминаем: мероприятие «{title}» скоро состоится.',
    answer: 'Пожалуйста, сообщите, примете ли вы участие:',
    deadline: 'Просим ответить до {date}.',
    change: 'Ваш ответ и ссылка, чтобы его изменить:',
    regards: 'С уважением,',
  },
  ar: {
    inviteSubject: 'دعوة: {title}',
    reminderSubject: 'تذكير: {title}',
    greeting: 'السيد/السيدة {name} المحترم/ة،',
    inviteIntro: 'يسعدنا دعوتكم إلى {title}.',
    reminderIntro: 'تذكير: موعد {title} يقترب.',
    answer: 'نرجو إعلامنا بحضوركم:',
    deadline: 'نرجو الرد قبل {date}.',
    change: 'ردكم، ورابط تعديله:',
    regards: 'مع أطيب التحيات،',
  },
  ja: {
    inviteSubject: 'ご招待：{title}',
    reminderSubject: 'リマインダー：{title}',
    greeting: '{name}様',
    inviteIntro: '「{title}」にご招待申し上げます。',
    reminderIntro: '「{title}」の開催が近づいてまいりました。',
    answer: 'ご出欠を以下のリンクよりお知らせください：',
    deadline: '{date}までにご回答ください。',
    change: 'ご回答の確認・変更はこちら：',
    regards: 'よろしくお願い申し上げます。',
  },
  vi: {
    inviteSubject: 'Thư mời: {title}',
    reminderSubject: 'Nhắc lịch: {title}',
    greeting: 'Kính gửi {name},',
    inviteIntro: 'Chúng tôi trân trọng kính mời Quý khách tham dự {title}.',
    reminderIntro: 'Xin nhắc Quý khách: {title} sắp diễn ra.',
    answer: 'Xin vui lòng cho chúng tôi biết Quý khách có tham dự không:',
    deadline: 'Xin vui lòng trả lời trước {date}.',
    change: 'Câu trả lời của Quý khách, và đường dẫn để thay đổi:',
    regards: 'Trân trọng,',
  },
  id: {
    inviteSubject: 'Undangan: {title}',
    reminderSubject: 'Pengingat: {title}',
    greeting: 'Yth. {name},',
    inviteIntro: 'Dengan senang hati kami mengundang Anda ke {title}.',
    reminderIntro: 'Pengingat: {title} akan segera berlangsung.',
    answer: 'Mohon beri tahu kami apakah Anda akan hadir:',
    deadline: 'Mohon jawab sebelum {date}.',
    change: 'Jawaban Anda, dan tautan untuk mengubahnya:',
    regards: 'Salam hormat,',
  },
  tr: {
    inviteSubject: 'Davet: {title}',
    reminderSubject: 'Hatırlatma: {title}',
    greeting: 'Sayın {name},',
    inviteIntro: 'Sizi {title} etkinliğine davet etmekten memnuniyet duyarız.',
    reminderIntro: 'Hatırlatma: {title} yakında başlıyor.',
    answer: 'Lütfen katılıp katılmayacağınızı bize bildirin:',
    deadline: 'Lütfen {date} tarihine kadar yanıt verin.',
    change: 'Yanıtınız ve değiştirmek için bağlantı:',
    regards: 'Saygılarımızla,',
  },
};
