import { matchVariant } from './language.ts';

/** What the public unsubscribe page and the line under a campaign mail say, in the contact's language. */
export interface UnsubscribeLabels {
  /** the footer line of every campaign mail, before the link */
  footer: string;
  title: string;
  question: string;
  confirm: string;
  done: string;
}

// Short, plain sentences per language; `dir` follows the script.
export const UNSUBSCRIBE_LABELS: Record<string, UnsubscribeLabels> = {
  en: {
    footer: 'To stop receiving these emails, unsubscribe here',
    title: 'Unsubscribe',
    question: 'Do you want to stop receiving our marketing emails?',
    confirm: 'Unsubscribe',
    done: 'You are unsubscribed. You will not receive these emails again.',
  },
  'zh-CN': {
    footer: '如不想再收到此类邮件，请点击此处退订',
    title: '退订',
    question: '您确定不再接收我们的营销邮件吗？',
    confirm: '退订',
    done: '您已成功退订，今后不会再收到此类邮件。',
  },
  es: {
    footer: 'Para dejar de recibir estos correos, cancele su suscripción aquí',
    title: 'Cancelar suscripción',
    question: '¿Desea dejar de recibir nuestros correos comerciales?',
    confirm: 'Cancelar suscripción',
    done: 'Su suscripción ha sido cancelada. No volverá a recibir estos correos.',
  },
  pt: {
    footer: 'Para deixar de receber estes e-mails, cancele a inscrição aqui',
    title: 'Cancelar inscrição',
    question: 'Deseja deixar de receber os nossos e-mails comerciais?',
    confirm: 'Cancelar inscrição',
    done: 'A sua inscrição foi cancelada. Não voltará a receber estes e-mails.',
  },
  fr: {
    footer: 'Pour ne plus recevoir ces e-mails, désabonnez-vous ici',
    title: 'Se désabonner',
    question: 'Souhaitez-vous ne plus recevoir nos e-mails commerciaux ?',
    confirm: 'Me désabonner',
    done: 'Vous êtes désabonné. Vous ne recevrez plus ces e-mails.',
  },
  de: {
    footer: 'Wenn Sie diese E-Mails nicht mehr erhalten möchten, können Sie sich hier abmelden',
    title: 'Abmelden',
    question: 'Möchten Sie keine Werbe-E-Mails mehr von uns erhalten?',
    confirm: 'Abmelden',
    done: 'Sie wurden abgemeldet und erhalten diese E-Mails nicht mehr.',
  },
  ru: {
    footer: 'Чтобы больше не получать эти письма, отпишитесь здесь',
    title: 'Отписка',
    question: 'Вы хотите больше не получать наши рекламные письма?',
    confirm: 'Отписаться',
    done: 'Вы отписались и больше не будете получать эти письма.',
  },
  ar: {
    footer: 'لإيقاف استلام هذه الرسائل، يمكنك إلغاء الاشتراك من هنا',
    title: 'إلغاء الاشتراك',
    question: 'هل تريد التوقف عن استلام رسائلنا التسويقية؟',
    confirm: 'إلغاء الاشتراك',
    done: 'تم إلغاء اشتراكك. لن تصلك هذه الرسائل مرة أخرى.',
  },
  ja: {
    footer: '今後このメールの配信を希望されない場合は、こちらから配信停止できます',
    title: '配信停止',
    question: '当社からのご案内メールの配信を停止しますか？',
    confirm: '配信を停止する',
    done: '配信を停止しました。今後このメールは届きません。',
  },
  tr: {
    footer: 'Bu e-postaları almak istemiyorsanız buradan abonelikten çıkabilirsiniz',
    title: 'Abonelikten çık',
    question: 'Pazarlama e-postalarımızı almayı durdurmak istiyor musunuz?',
    confirm: 'Abonelikten çık',
    done: 'Aboneliğiniz iptal edildi. Bu e-postaları bir daha almayacaksınız.',
  },
};

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The page's language (the contact's, matched like a template variant; else English) and texts. */
export function unsubscribeLabels(language: string | null): {
  language: string;
  dir: 'ltr' | 'rtl';
  labels: UnsubscribeLabels;
} {
  const hit = language ? matchVariant(language, Object.keys(UNSUBSCRIBE_LABELS)) : undefined;
  const chosen = hit?.language ?? 'en';
  return {
    language: chosen,
    dir: RTL.has(chosen.split('-')[0] ?? '') ? 'rtl' : 'ltr',
    labels: UNSUBSCRIBE_LABELS[chosen] ?? UNSUBSCRIBE_LABELS.en!,
  };
}
