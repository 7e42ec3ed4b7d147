import type { OccasionKey } from './catalogue.ts';

/** The languages Chuhai writes a greeting in when the workspace has no template for it. */
export const GREETING_LANGUAGES = ['en', 'zh-CN', 'es', 'pt', 'fr', 'de', 'ru', 'ar'] as const;
export type GreetingLanguage = (typeof GREETING_LANGUAGES)[number];

/** [subject, the one line of wishes]: short, in the register of a business partner. */
type Lines = Record<OccasionKey, [string, string]>;

interface Letter {
  hello: (name: string) => string;
  closing: string;
  lines: Lines;
}

// Each occasion is only offered where it is kept (no Christmas card to Riyadh; the catalogue
// decides), so each text names its own festival and nothing else: Eid wishes never mention
// another holiday, Orthodox Christmas is greeted as Christmas in January, the New Year of the
// lunar calendar is "Lunar", not "Chinese" (it is also Tết and Seollal).
const LETTERS: Record<GreetingLanguage, Letter> = {
  en: {
    hello: (n) => `Dear ${n},`,
    closing: 'Best regards,',
    lines: {
      'lunar-new-year': [
        'Happy Lunar New Year',
        'Wishing you and your team a happy, healthy and prosperous Lunar New Year.',
      ],
      'mid-autumn': [
        'Happy Mid-Autumn Festival',
        'Wishing you a joyful Mid-Autumn Festival with your family.',
      ],
      'eid-al-fitr': [
        'Eid Mubarak',
        'Wishing you and your family a blessed Eid al-Fitr. Eid Mubarak!',
      ],
      'eid-al-adha': ['Eid al-Adha Mubarak', 'Wishing you and your family a blessed Eid al-Adha.'],
      'ramadan-start': ['Ramadan Kareem', 'Wishing you a peaceful and blessed month of Ramadan.'],
      diwali: [
        'Happy Diwali',
        'Wishing you and your family a Diwali full of light, joy and prosperity.',
      ],
      holi: ['Happy Holi', 'Wishing you a colourful and joyful Holi.'],
      christmas: [
        'Season’s greetings',
        'Wishing you a merry Christmas and a happy, successful New Year.',
      ],
      'orthodox-christmas': [
        'Merry Christmas',
        'Wishing you and your family a peaceful and merry Christmas.',
      ],
      'new-year': ['Happy New Year', 'Wishing you a happy, healthy and successful New Year.'],
      nowruz: [
        'Happy Nowruz',
        'Wishing you a happy Nowruz and a new year of health and prosperity.',
      ],
      songkran: ['Happy Songkran', 'Wishing you a happy Songkran and a wonderful Thai New Year.'],
      'national-day': [
        'Happy National Day',
        'Warm congratulations to you and your team on your National Day.',
      ],
      birthday: ['Happy birthday', 'Wishing you a very happy birthday and a wonderful year ahead.'],
      'founding-anniversary': [
        'Happy anniversary',
        'Congratulations on your company’s anniversary, and every success for the years ahead.',
      ],
      'relationship-anniversary': [
        'Thank you for another year',
        'Thank you for your trust and another year of working together.',
      ],
    },
  },
  'zh-CN': {
    hello: (n) => `尊敬的${n}：`,
    closing: '顺颂商祺',
    lines: {
      'lunar-new-year': ['新春快乐', '恭祝您和团队新春快乐，万事如意，生意兴隆！'],
      'mid-autumn': ['中秋快乐', '祝您中秋快乐，阖家团圆！'],
      'eid-al-fitr': ['开斋节快乐', '祝您和家人开斋节吉祥如意！Eid Mubarak!'],
      'eid-al-adha': ['宰牲节快乐', '祝您和家人古尔邦节吉祥安康！'],
      'ramadan-start': ['斋月吉祥', '斋月来临，祝您平安吉祥。Ramadan Kareem!'],
      diwali: ['排灯节快乐', '祝您和家人排灯节快乐，光明喜乐，兴旺发达！'],
      holi: ['洒红节快乐', '祝您洒红节快乐，多姿多彩！'],
      christmas: ['节日快乐', '祝您圣诞快乐，新年顺利，事业兴旺！'],
      'orthodox-christmas': ['圣诞快乐', '祝您和家人圣诞快乐，平安喜乐！'],
      'new-year': ['新年快乐', '祝您新年快乐，身体健康，事业顺利！'],
      nowruz: ['诺鲁孜节快乐', '祝您诺鲁孜节快乐，新年安康，兴旺发达！'],
      songkran: ['宋干节快乐', '祝您宋干节快乐，泰历新年吉祥！'],
      'national-day': ['国庆快乐', '值贵国国庆之际，谨向您和团队致以热烈祝贺！'],
      birthday: ['生日快乐', '祝您生日快乐，新的一年一切顺利！'],
      'founding-anniversary': ['周年志庆', '热烈祝贺贵公司成立周年，祝事业蒸蒸日上！'],
      'relationship-anniversary': [
        '感谢一年来的合作',
        '感谢您的信任，又一年携手合作，期待继续同行！',
      ],
    },
  },
  es: {
    hello: (n) => `Hola, ${n}:`,
    closing: 'Saludos cordiales,',
    lines: {
      'lunar-new-year': [
        'Feliz Año Nuevo Lunar',
        'Le deseamos un feliz Año Nuevo Lunar, lleno de salud y prosperidad.',
      ],
      'mid-autumn': [
        'Feliz Festival del Medio Otoño',
        'Le deseamos un feliz Festival del Medio Otoño junto a los suyos.',
      ],
      'eid-al-fitr': [
        'Eid Mubarak',
        'Le deseamos a usted y a su familia un feliz Eid al-Fitr. ¡Eid Mubarak!',
      ],
      'eid-al-adha': [
        'Eid al-Adha Mubarak',
        'Le deseamos a usted y a su familia un bendecido Eid al-Adha.',
      ],
      'ramadan-start': [
        'Ramadán Kareem',
        'Le deseamos un mes de Ramadán lleno de paz y bendiciones.',
      ],
      diwali: ['Feliz Diwali', 'Le deseamos un Diwali lleno de luz, alegría y prosperidad.'],
      holi: ['Feliz Holi', 'Le deseamos un Holi lleno de color y alegría.'],
      christmas: ['Felices fiestas', 'Le deseamos una feliz Navidad y un próspero Año Nuevo.'],
      'orthodox-christmas': [
        'Feliz Navidad',
        'Le deseamos a usted y a su familia una feliz y tranquila Navidad.',
      ],
      'new-year': ['Feliz Año Nuevo', 'Le deseamos un feliz y próspero Año Nuevo.'],
      nowruz: ['Feliz Nowruz', 'Le deseamos un feliz Nowruz y un año nuevo lleno de prosperidad.'],
      songkran: ['Feliz Songkran', 'Le deseamos un feliz Songkran y un buen Año Nuevo tailandés.'],
      'national-day': [
        'Feliz día nacional',
        'Reciba nuestras más cordiales felicitaciones con motivo de su día nacional.',
      ],
      birthday: ['Feliz cumpleaños', 'Le deseamos un muy feliz cumpleaños y un excelente año.'],
      'founding-anniversary': [
        'Feliz aniversario',
        'Felicidades por el aniversario de su empresa; les deseamos muchos éxitos.',
      ],
      'relationship-anniversary': [
        'Gracias por un año más',
        'Gracias por su confianza durante un año más de colaboración.',
      ],
    },
  },
  pt: {
    hello: (n) => `Olá, ${n},`,
    closing: 'Cordialmente,',
    lines: {
      'lunar-new-year': [
        'Feliz Ano Novo Lunar',
        'Desejamos um feliz Ano Novo Lunar, com saúde e prosperidade.',
      ],
      'mid-autumn': [
        'Feliz Festival do Meio Outono',
        'Desejamos um feliz Festival do Meio Outono junto da sua família.',
      ],
      'eid-al-fitr': [
        'Eid Mubarak',
        'Desejamos a você e à sua família um abençoado Eid al-Fitr. Eid Mubarak!',
      ],
      'eid-al-adha': [
        'Eid al-Adha Mubarak',
        'Desejamos a você e à sua família um abençoado Eid al-Adha.',
      ],
      'ramadan-start': ['Ramadã Kareem', 'Desejamos um mês de Ramadã de paz e bênçãos.'],
      diwali: ['Feliz Diwali', 'Desejamos um Diwali cheio de luz, alegria e prosperidade.'],
      holi: ['Feliz Holi', 'Desejamos um Holi colorido e cheio de alegria.'],
      christmas: ['Boas festas', 'Desejamos um Feliz Natal e um próspero Ano Novo.'],
      'orthodox-christmas': [
        'Feliz Natal',
        'Desejamos a você e à sua família um Natal feliz e tranquilo.',
      ],
      'new-year': ['Feliz Ano Novo', 'Desejamos um feliz e próspero Ano Novo.'],
      nowruz: ['Feliz Nowruz', 'Desejamos um feliz Nowruz e um ano novo de saúde e prosperidade.'],
      songkran: ['Feliz Songkran', 'Desejamos um feliz Songkran e um ótimo Ano Novo tailandês.'],
      'national-day': [
        'Feliz dia nacional',
        'Os nossos sinceros parabéns pelo dia nacional do seu país.',
      ],
      birthday: ['Feliz aniversário', 'Desejamos um feliz aniversário e um ótimo ano pela frente.'],
      'founding-anniversary': [
        'Parabéns pelo aniversário',
        'Parabéns pelo aniversário da sua empresa e muito sucesso nos próximos anos.',
      ],
      'relationship-anniversary': [
        'Obrigado por mais um ano',
        'Obrigado pela confiança e por mais um ano de parceria.',
      ],
    },
  },
  fr: {
    hello: (n) => `Bonjour ${n},`,
    closing: 'Bien cordialement,',
    lines: {
      'lunar-new-year': [
        'Bonne année lunaire',
        'Nous vous souhaitons une heureuse et prospère nouvelle année lunaire.',
      ],
      'mid-autumn': [
        'Joyeuse fête de la mi-automne',
        'Nous vous souhaitons une joyeuse fête de la mi-automne en famille.',
      ],
      'eid-al-fitr': [
        'Aïd Moubarak',
        'Nous vous souhaitons, à vous et à vos proches, une belle fête de l’Aïd el-Fitr. Aïd Moubarak !',
      ],
      'eid-al-adha': [
        'Aïd el-Adha Moubarak',
        'Nous vous souhaitons, à vous et à vos proches, une belle fête de l’Aïd el-Adha.',
      ],
      'ramadan-start': [
        'Ramadan Karim',
        'Nous vous souhaitons un mois de Ramadan paisible et béni.',
      ],
      diwali: ['Joyeux Diwali', 'Nous vous souhaitons un Diwali lumineux, joyeux et prospère.'],
      holi: ['Joyeuse Holi', 'Nous vous souhaitons une Holi haute en couleur.'],
      christmas: [
        'Joyeuses fêtes',
        'Nous vous souhaitons un joyeux Noël et une excellente nouvelle année.',
      ],
      'orthodox-christmas': [
        'Joyeux Noël',
        'Nous vous souhaitons, à vous et à vos proches, un joyeux et paisible Noël.',
      ],
      'new-year': [
        'Bonne année',
        'Nous vous souhaitons une bonne et heureuse année, pleine de réussite.',
      ],
      nowruz: [
        'Joyeux Norouz',
        'Nous vous souhaitons un joyeux Norouz et une nouvelle année prospère.',
      ],
      songkran: [
        'Joyeux Songkran',
        'Nous vous souhaitons un joyeux Songkran et une belle année thaïe.',
      ],
      'national-day': [
        'Bonne fête nationale',
        'Toutes nos félicitations à l’occasion de votre fête nationale.',
      ],
      birthday: [
        'Joyeux anniversaire',
        'Nous vous souhaitons un très joyeux anniversaire et une belle année.',
      ],
      'founding-anniversary': [
        'Joyeux anniversaire',
        'Toutes nos félicitations pour l’anniversaire de votre entreprise et beaucoup de succès.',
      ],
      'relationship-anniversary': [
        'Merci pour cette année',
        'Merci pour votre confiance et pour une année de plus à travailler ensemble.',
      ],
    },
  },
  de: {
    hello: (n) => `Guten Tag ${n},`,
    closing: 'Mit freundlichen Grüßen',
    lines: {
      'lunar-new-year': [
        'Frohes Mondneujahr',
        'Wir wünschen Ihnen ein glückliches und erfolgreiches Mondneujahr.',
      ],
      'mid-autumn': [
        'Frohes Mondfest',
        'Wir wünschen Ihnen und Ihrer Familie ein schönes Mondfest.',
      ],
      'eid-al-fitr': [
        'Eid Mubarak',
        'Wir wünschen Ihnen und Ihrer Familie ein gesegnetes Fest des Fastenbrechens. Eid Mubarak!',
      ],
      'eid-al-adha': [
        'Eid al-Adha Mubarak',
        'Wir wünschen Ihnen und Ihrer Familie ein gesegnetes Opferfest.',
      ],
      'ramadan-start': [
        'Ramadan Kareem',
        'Wir wünschen Ihnen einen friedlichen und gesegneten Ramadan.',
      ],
      diwali: ['Frohes Diwali', 'Wir wünschen Ihnen ein lichterfrohes, glückliches Diwali.'],
      holi: ['Frohes Holi', 'Wir wünschen Ihnen ein farbenfrohes Holi.'],
      christmas: [
        'Frohe Festtage',
        'Wir wünschen Ihnen frohe Weihnachten und ein gutes, erfolgreiches neues Jahr.',
      ],
      'orthodox-christmas': [
        'Frohe Weihnachten',
        'Wir wünschen Ihnen und Ihrer Familie ein frohes und friedliches Weihnachtsfest.',
      ],
      'new-year': [
        'Frohes neues Jahr',
        'Wir wünschen Ihnen ein gesundes und erfolgreiches neues Jahr.',
      ],
      nowruz: [
        'Frohes Nouruz',
        'Wir wünschen Ihnen ein frohes Nouruz-Fest und ein gutes neues Jahr.',
      ],
      songkran: [
        'Frohes Songkran',
        'Wir wünschen Ihnen ein frohes Songkran und ein gutes thailändisches Neujahr.',
      ],
      'national-day': [
        'Herzlichen Glückwunsch zum Nationalfeiertag',
        'Herzliche Glückwünsche an Sie und Ihr Team zum Nationalfeiertag.',
      ],
      birthday: [
        'Alles Gute zum Geburtstag',
        'Herzlichen Glückwunsch zum Geburtstag und alles Gute für das neue Lebensjahr.',
      ],
      'founding-anniversary': [
        'Herzlichen Glückwunsch zum Jubiläum',
        'Herzlichen Glückwunsch zum Firmenjubiläum und weiterhin viel Erfolg.',
      ],
      'relationship-anniversary': [
        'Danke für ein weiteres Jahr',
        'Vielen Dank für Ihr Vertrauen und ein weiteres Jahr guter Zusammenarbeit.',
      ],
    },
  },
  ru: {
    hello: (n) => `Здравствуйте, ${n}!`,
    closing: 'С уважением,',
    lines: {
      'lunar-new-year': [
        'С Новым годом по лунному календарю',
        'Желаем Вам счастливого и благополучного Нового года по лунному календарю.',
      ],
      'mid-autumn': [
        'С Праздником середины осени',
        'Желаем Вам и Вашим близким радостного Праздника середины осени.',
      ],
      'eid-al-fitr': [
        'Ид Мубарак',
        'Поздравляем Вас и Вашу семью с праздником Ураза-байрам! Ид Мубарак!',
      ],
      'eid-al-adha': [
        'С Курбан-байрамом',
        'Поздравляем Вас и Вашу семью с праздником Курбан-байрам!',
      ],
      'ramadan-start': ['Рамадан Карим', 'Желаем Вам мирного и благословенного месяца Рамадан.'],
      diwali: ['С Дивали', 'Поздравляем с Дивали! Желаем света, радости и процветания.'],
      holi: ['С праздником Холи', 'Поздравляем с Холи! Желаем ярких красок и радости.'],
      christmas: ['С праздниками', 'Поздравляем с Рождеством и наступающим Новым годом!'],
      'orthodox-christmas': [
        'С Рождеством Христовым',
        'Поздравляем Вас и Вашу семью с Рождеством Христовым! Мира и добра.',
      ],
      'new-year': ['С Новым годом', 'Поздравляем с Новым годом! Желаем здоровья, удачи и успехов.'],
      nowruz: ['С Наврузом', 'Поздравляем с праздником Навруз! Желаем благополучия в новом году.'],
      songkran: ['С Сонгкраном', 'Поздравляем с Сонгкраном и тайским Новым годом!'],
      'national-day': [
        'С национальным праздником',
        'Сердечно поздравляем Вас и Вашу команду с национальным праздником.',
      ],
      birthday: ['С днём рождения', 'Поздравляем Вас с днём рождения! Желаем здоровья и успехов.'],
      'founding-anniversary': [
        'С годовщиной компании',
        'Поздравляем с годовщиной основания Вашей компании и желаем дальнейших успехов.',
      ],
      'relationship-anniversary': [
        'Спасибо за ещё один год',
        'Благодарим Вас за доверие и ещё один год совместной работы.',
      ],
    },
  },
  ar: {
    hello: (n) => `مرحباً ${n}،`,
    closing: 'مع أطيب التحيات،',
    lines: {
      'lunar-new-year': [
        'سنة قمرية جديدة سعيدة',
        'نتمنى لكم سنة قمرية جديدة سعيدة مليئة بالصحة والازدهار.',
      ],
      'mid-autumn': ['عيد منتصف الخريف سعيد', 'نتمنى لكم ولعائلتكم عيد منتصف خريف سعيداً.'],
      'eid-al-fitr': [
        'عيد فطر مبارك',
        'نتقدم إليكم وإلى عائلتكم الكريمة بأطيب التهاني بمناسبة عيد الفطر المبارك. كل عام وأنتم بخير.',
      ],
      'eid-al-adha': [
        'عيد أضحى مبارك',
        'نتقدم إليكم وإلى عائلتكم الكريمة بأطيب التهاني بمناسبة عيد الأضحى المبارك. كل عام وأنتم بخير.',
      ],
      'ramadan-start': ['رمضان كريم', 'نتمنى لكم شهر رمضان مباركاً مليئاً بالخير والسلام.'],
      diwali: ['ديوالي سعيد', 'نتمنى لكم ديوالي مليئاً بالنور والفرح والازدهار.'],
      holi: ['هولي سعيد', 'نتمنى لكم عيد هولي مليئاً بالألوان والفرح.'],
      christmas: ['أطيب التهاني بالأعياد', 'نتمنى لكم عيد ميلاد مجيداً وعاماً جديداً سعيداً.'],
      'orthodox-christmas': ['عيد ميلاد مجيد', 'نتمنى لكم ولعائلتكم عيد ميلاد مجيداً يملؤه السلام.'],
      'new-year': ['سنة جديدة سعيدة', 'نتمنى لكم عاماً جديداً سعيداً مليئاً بالصحة والنجاح.'],
      nowruz: ['نوروز مبارك', 'نتمنى لكم نوروزاً سعيداً وعاماً جديداً مليئاً بالخير.'],
      songkran: ['سونغكران سعيد', 'نتمنى لكم سونغكران سعيداً وعاماً تايلاندياً جديداً مباركاً.'],
      'national-day': [
        'تهنئة باليوم الوطني',
        'نتقدم إليكم وإلى فريقكم بأحر التهاني بمناسبة اليوم الوطني.',
      ],
      birthday: ['عيد ميلاد سعيد', 'نتمنى لكم عيد ميلاد سعيداً وعاماً مليئاً بالنجاح.'],
      'founding-anniversary': [
        'تهنئة بذكرى التأسيس',
        'أطيب التهاني بذكرى تأسيس شركتكم، مع تمنياتنا بدوام التوفيق والنجاح.',
      ],
      'relationship-anniversary': ['شكراً على عام آخر', 'شكراً لثقتكم ولعام آخر من التعاون المثمر.'],
    },
  },
};

export interface GreetingText {
  subject: string;
  body: string;
}

/**
 * The built-in greeting for an occasion in one language: a salutation with the contact's name,
 * the one line of wishes, and the sender's name under the closing.
 */
export function greetingText(
  language: GreetingLanguage,
  key: OccasionKey,
  to: { name: string },
  from: { name: string | null },
): GreetingText {
  const letter = LETTERS[language];
  const [subject, line] = letter.lines[key];
  const signature = from.name ? `\n${from.name}` : '';
  return {
    subject,
    body: `${letter.hello(to.name)}\n\n${line}\n\n${letter.closing}${signature}\n`,
  };
}
