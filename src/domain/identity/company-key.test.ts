import { describe, expect, it } from 'vitest';
import { companyKey } from './company-key.ts';

describe('company match keys across scripts and legal systems', () => {
  it.each([
    // German: umlauts, spellings without them, GmbH & Co. KG
    ['Müller Maschinenbau GmbH', 'muller maschinenbau'],
    ['MUELLER MASCHINENBAU', 'muller maschinenbau'],
    ['Muller Maschinenbau GmbH & Co. KG', 'muller maschinenbau'],
    ['Schäfer Antriebstechnik AG', 'schafer antriebstechnik'],
    ['Weiß & Söhne Metallbau', 'weiss sohne metallbau'],
    // Brazil and Mexico
    ['Construtora Horizonte Ltda.', 'construtora horizonte'],
    ['Aceros del Bajío, S.A. de C.V.', 'aceros del bajio'],
    ['Grupo Industrial Norteño S. de R.L. de C.V.', 'grupo industrial norteno'],
    // English-speaking and Commonwealth
    ['Lone Star Industrial Supply, Inc.', 'lone star industrial supply'],
    ['Midlands Engineering Ltd', 'midlands engineering'],
    ['Highveld Engineering (Pty) Ltd', 'highveld engineering'],
    ['Shree Ganesh Engineering Pvt. Ltd.', 'shree ganesh engineering'],
    // Indonesia, Malaysia, Turkey, Poland
    ['PT Sinar Jaya Teknik Tbk', 'sinar jaya teknik'],
    ['Maju Jaya Engineering Sdn. Bhd.', 'maju jaya engineering'],
    ['Anadolu Makina Ltd. Şti.', 'anadolu makina'],
    ['Zakłady Mechaniczne Wisła Sp. z o.o.', 'zaklady mechaniczne wisla'],
    // Chinese, Japanese, Korean: legal forms without spaces
    ['上海振华机械有限公司', '上海振华机械'],
    ['山田精機株式会社', '山田精機'],
    ['株式会社 山田精機', '山田精機'],
    ['한일기계 주식회사', '한일기계'],
    // Vietnamese, Thai, Arabic
    ['Công ty TNHH Thương mại Thành Công', 'thuong mai thanh cong'],
    ['บริษัท สยามอินดัสเทรียลซัพพลาย จำกัด', 'สยามอินดัสเทรียลซัพพลาย'],
    ['الراجحي للتجارة ذ.م.م', 'الراجحي للتجارة'],
    // Cyrillic (Kazakh and Russian) folded to Latin
    ['ТОО Қазақ Агро Техника', 'kazak agro tekhnika'],
    ['ООО «Уралмаш Снаб»', 'uralmash snab'],
  ])('%s → %s', (name, key) => {
    expect(companyKey(name)).toBe(key);
  });

  it('keeps a name that is only a legal-form word, and legal words inside a name', () => {
    expect(companyKey('AG')).toBe('ag');
    expect(companyKey('Made As Promised Ltd')).toBe('made as promised');
    expect(companyKey('PT Bank Mandiri (Persero) Tbk')).toBe('bank mandiri persero');
  });
});
