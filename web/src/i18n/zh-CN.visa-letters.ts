import type { enVisaLetters } from './en.visa-letters.ts';

/** 签证邀请函对话框（活动邀请行）的中文。 */
export const zhCNVisaLetters: typeof enVisaLetters = {
  visaLetters: {
    button: '签证邀请函',
    title: '签证邀请函',
    intro: '请按护照原样填写来宾的护照信息。邀请函以来宾的语言（{{language}}）和英文打印。',
    onlyOwner: '只有活动负责人和管理员可以查看护照信息。',
    retention: '护照信息将于活动结束后的 {{date}} 删除（保留期规则），仅活动负责人和管理员可见。',
    earliestExpiry: '领事馆通常要求护照有效期至少到 {{date}}（访问结束后 6 个月）。',
    fullName: '姓名（与护照一致）',
    nationality: '国籍',
    passportNumber: '护照号码',
    dateOfBirth: '出生日期',
    issueDate: '签发日期',
    expiryDate: '有效期至',
    gender: '性别（与护照一致）',
    genders: { F: '女', M: '男', X: '未指明（X）' },
    save: '保存护照信息',
    saved: '护照信息已保存',
    openPdf: '打开邀请函（PDF）',
    remove: '删除护照信息',
    confirmRemove: '现在删除该来宾的护照信息？',
    removed: '护照信息已删除',
  },
};
