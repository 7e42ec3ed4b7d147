import { matchVariant } from '../communication/language.ts';

/**
 * A visa invitation letter's wording in one language. `{host}`, `{name}`, `{country}` are filled
 * when the letter is printed. Written per language (short, formal sentences consulates expect),
 * not machine-translated at run time.
 */
export interface VisaLetterText {
  title: string;
  to: string;
  date: string;
  intro: string;
  fullName: string;
  nationality: string;
  dateOfBirth: string;
  gender: string;
  genders: { F: string; M: string; X: string };
  passportNumber: string;
  issueDate: string;
  expiryDate: string;
  company: string;
  purpose: string;
  businessVisit: string;
  dates: string;
  place: string;
  guarantee: string;
  contact: string;
  closing: string;
  signature: string;
}

export const VISA_LETTER_TEXT: Record<string, VisaLetterText> = {
  en: {
    title: 'Invitation Letter',
    to: 'To the Visa Section of the Embassy or Consulate of {country}',
    date: 'Date',
    intro: '{host} hereby invites the following person to visit our company:',
    fullName: 'Full name (as in passport)',
    nationality: 'Nationality',
    dateOfBirth: 'Date of birth',
    gender: 'Sex',
    genders: { F: 'Female', M: 'Male', X: 'Unspecified' },
    passportNumber: 'Passport number',
    issueDate: 'Date of issue',
    expiryDate: 'Date of expiry',
    company: 'Company',
    purpose: 'Purpose of visit',
    businessVisit: 'Business visit: {event}',
    dates: 'Dates of visit',
    place: 'Place of visit',
    guarantee:
      '{host} guarantees the costs of accommodation and local transport for {name} during the visit.',
    contact: 'Contact person',
    closing: 'Yours faithfully,',
    signature: 'Signature and company seal',
  },
  'zh-CN': {
    title: '邀请函',
    to: '致{country}驻外使（领）馆签证处',
    date: '日期',
    intro: '{host}特此邀请以下人员来我公司访问：',
    fullName: '姓名（与护照一致）',
    nationality: '国籍',
    dateOfBirth: '出生日期',
    gender: '性别',
    genders: { F: '女', M: '男', X: '未指明' },
    passportNumber: '护照号码',
    issueDate: '签发日期',
    expiryDate: '有效期至',
    company: '所在单位',
    purpose: '访问事由',
    businessVisit: '商务访问：{event}',
    dates: '访问日期',
    place: '访问地点',
    guarantee: '{host}承担{name}访问期间的住宿及当地交通费用。',
    contact: '联系人',
    closing: '此致敬礼',
    signature: '签字及公司盖章',
  },
  ru: {
    title: 'Приглашение',
    to: 'В визовый отдел посольства или консульства страны: {country}',
    date: 'Дата',
    intro: '{host} настоящим приглашает следующее лицо посетить нашу компанию:',
    fullName: 'Полное имя (как в паспорте)',
    nationality: 'Гражданство',
    dateOfBirth: 'Дата рождения',
    gender: 'Пол',
    genders: { F: 'Женский', M: 'Мужской', X: 'Не указан' },
    passportNumber: 'Номер паспорта',
    issueDate: 'Дата выдачи',
    expiryDate: 'Действителен до',
    company: 'Компания',
    purpose: 'Цель поездки',
    businessVisit: 'Деловой визит: {event}',
    dates: 'Даты визита',
    place: 'Место визита',
    guarantee:
      '{host} гарантирует оплату проживания и местного транспорта для {name} на время визита.',
    contact: 'Контактное лицо',
    closing: 'С уважением,',
    signature: 'Подпись и печать компании',
  },
  ar: {
    title: 'خطاب دعوة',
    to: 'إلى قسم التأشيرات في سفارة أو قنصلية {country}',
    date: 'التاريخ',
    intro: 'تتشرف {host} بدعوة الشخص التالي لزيارة شركتنا:',
    fullName: 'الاسم الكامل (كما في جواز السفر)',
    nationality: 'الجنسية',
    dateOfBirth: 'تاريخ الميلاد',
    gender: 'الجنس',
    genders: { F: 'أنثى', M: 'ذكر', X: 'غير محدد' },
    passportNumber: 'رقم جواز السفر',
    issueDate: 'تاريخ الإصدار',
    expiryDate: 'تاريخ الانتهاء',
    company: 'الشركة',
    purpose: 'الغرض من الزيارة',
    businessVisit: 'زيارة عمل: {event}',
    dates: 'تواريخ الزيارة',
    place: 'مكان الزيارة',
    guarantee: 'تتكفل {host} بتكاليف الإقامة والتنقل المحلي لـ {name} طوال مدة الزيارة.',
    contact: 'جهة الاتصال',
    closing: 'وتفضلوا بقبول فائق الاحترام،',
    signature: 'التوقيع وختم الشركة',
  },
  es: {
    title: 'Carta de invitación',
    to: 'A la Sección de Visados de la Embajada o Consulado de {country}',
    date: 'Fecha',
    intro: '{host} invita por la presente a la siguiente persona a visitar nuestra empresa:',
    fullName: 'Nombre completo (como en el pasaporte)',
    nationality: 'Nacionalidad',
    dateOfBirth: 'Fecha de nacimiento',
    gender: 'Sexo',
    genders: { F: 'Femenino', M: 'Masculino', X: 'No especificado' },
    passportNumber: 'Número de pasaporte',
    issueDate: 'Fecha de expedición',
    expiryDate: 'Fecha de caducidad',
    company: 'Empresa',
    purpose: 'Motivo de la visita',
    businessVisit: 'Visita de negocios: {event}',
    dates: 'Fechas de la visita',
    place: 'Lugar de la visita',
    guarantee:
      '{host} garantiza los gastos de alojamiento y transporte local de {name} durante la visita.',
    contact: 'Persona de contacto',
    closing: 'Atentamente,',
    signature: 'Firma y sello de la empresa',
  },
  pt: {
    title: 'Carta-convite',
    to: 'À Seção de Vistos da Embaixada ou Consulado de {country}',
    date: 'Data',
    intro: 'A {host} convida pela presente a seguinte pessoa a visitar a nossa empresa:',
    fullName: 'Nome completo (como no passaporte)',
    nationality: 'Nacionalidade',
    dateOfBirth: 'Data de nascimento',
    gender: 'Sexo',
    genders: { F: 'Feminino', M: 'Masculino', X: 'Não especificado' },
    passportNumber: 'Número do passaporte',
    issueDate: 'Data de emissão',
    expiryDate: 'Data de validade',
    company: 'Empresa',
    purpose: 'Motivo da visita',
    businessVisit: 'Visita de negócios: {event}',
    dates: 'Datas da visita',
    place: 'Local da visita',
    guarantee:
      'A {host} garante as despesas de hospedagem e transporte local de {name} durante a visita.',
    contact: 'Pessoa de contato',
    closing: 'Atenciosamente,',
    signature: 'Assinatura e carimbo da empresa',
  },
  fr: {
    title: 'Lettre d’invitation',
    to: 'À la section des visas de l’ambassade ou du consulat : {country}',
    date: 'Date',
    intro: '{host} invite par la présente la personne suivante à visiter notre entreprise :',
    fullName: 'Nom complet (comme sur le passeport)',
    nationality: 'Nationalité',
    dateOfBirth: 'Date de naissance',
    gender: 'Sexe',
    genders: { F: 'Féminin', M: 'Masculin', X: 'Non précisé' },
    passportNumber: 'Numéro de passeport',
    issueDate: 'Date de délivrance',
    expiryDate: 'Date d’expiration',
    company: 'Entreprise',
    purpose: 'Objet de la visite',
    businessVisit: 'Visite d’affaires : {event}',
    dates: 'Dates de la visite',
    place: 'Lieu de la visite',
    guarantee:
      '{host} prend en charge les frais d’hébergement et de transport local de {name} pendant la visite.',
    contact: 'Personne à contacter',
    closing: 'Veuillez agréer nos salutations distinguées,',
    signature: 'Signature et cachet de l’entreprise',
  },
  vi: {
    title: 'Thư mời',
    to: 'Kính gửi Bộ phận Thị thực, Đại sứ quán hoặc Lãnh sự quán {country}',
    date: 'Ngày',
    intro: '{host} trân trọng mời người có tên dưới đây đến thăm công ty chúng tôi:',
    fullName: 'Họ và tên (theo hộ chiếu)',
    nationality: 'Quốc tịch',
    dateOfBirth: 'Ngày sinh',
    gender: 'Giới tính',
    genders: { F: 'Nữ', M: 'Nam', X: 'Không xác định' },
    passportNumber: 'Số hộ chiếu',
    issueDate: 'Ngày cấp',
    expiryDate: 'Ngày hết hạn',
    company: 'Công ty',
    purpose: 'Mục đích chuyến thăm',
    businessVisit: 'Thăm và làm việc: {event}',
    dates: 'Thời gian chuyến thăm',
    place: 'Địa điểm',
    guarantee:
      '{host} bảo đảm chi phí lưu trú và đi lại tại địa phương cho {name} trong thời gian chuyến thăm.',
    contact: 'Người liên hệ',
    closing: 'Trân trọng,',
    signature: 'Chữ ký và con dấu công ty',
  },
  tr: {
    title: 'Davet Mektubu',
    to: '{country} Büyükelçiliği veya Konsolosluğu Vize Bölümüne',
    date: 'Tarih',
    intro: '{host}, aşağıda bilgileri yer alan kişiyi şirketimizi ziyaret etmeye davet eder:',
    fullName: 'Adı soyadı (pasaporttaki gibi)',
    nationality: 'Uyruğu',
    dateOfBirth: 'Doğum tarihi',
    gender: 'Cinsiyet',
    genders: { F: 'Kadın', M: 'Erkek', X: 'Belirtilmemiş' },
    passportNumber: 'Pasaport numarası',
    issueDate: 'Veriliş tarihi',
    expiryDate: 'Geçerlilik tarihi',
    company: 'Şirket',
    purpose: 'Ziyaretin amacı',
    businessVisit: 'İş ziyareti: {event}',
    dates: 'Ziyaret tarihleri',
    place: 'Ziyaret yeri',
    guarantee:
      '{host}, ziyaret süresince {name} için konaklama ve yerel ulaşım masraflarını üstlenir.',
    contact: 'İrtibat kişisi',
    closing: 'Saygılarımızla,',
    signature: 'İmza ve şirket kaşesi',
  },
};

/** The letter's languages: the invitee's closest one (`pt-BR` → `pt`, `zh` → `zh-CN`), else English. */
export function visaLetterLanguage(language: string): string {
  return matchVariant(language, Object.keys(VISA_LETTER_TEXT))?.language ?? 'en';
}

export const isRtlLanguage = (language: string): boolean =>
  ['ar', 'fa', 'he', 'ur'].includes(language.split('-')[0] ?? '');

/** A sentence with its `{placeholders}` filled (values are escaped by the caller). */
export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
