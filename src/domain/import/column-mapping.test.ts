import { describe, expect, it } from 'vitest';
import { checkMapping, guessMapping } from './column-mapping.ts';

describe('guessing column mappings from headers', () => {
  it('reads an English trade-show sheet', () => {
    expect(
      guessMapping(
        [
          'Company',
          'Country',
          'Contact Person',
          'Job Title',
          'E-mail',
          'Mobile',
          'Website',
          'Notes',
        ],
        'customers',
      ),
    ).toEqual({
      Company: 'name',
      Country: 'country',
      'Contact Person': 'contactName',
      'Job Title': 'contactTitle',
      'E-mail': 'email',
      Mobile: 'phone',
      Website: 'website',
      Notes: 'notes',
    });
  });

  it.each([
    // alone, "Name" is the company's name (the one column an import cannot do without)
    [['Name', 'Country'], { Name: 'name', Country: 'country' }],
    [['name', 'country', 'email'], { name: 'name', country: 'country', email: 'email' }],
    // beside a company column it is the contact person's
    [['Company', 'Name'], { Company: 'name', Name: 'contactName' }],
    [['Contact', 'Name'], { Contact: 'contactName', Name: 'name' }],
  ])('maps %j to %j', (headers, mapping) => {
    expect(guessMapping(headers, 'customers')).toEqual(mapping);
  });

  it.each([
    ['备注', 'notes'],
    ['备注信息', 'notes'],
    ['Remarks', 'notes'],
    ['Comments', 'notes'],
    ['Bemerkungen', 'notes'],
    ['Note', 'notes'],
    ['语言', 'language'],
    ['Language', 'language'],
    ['Sprache', 'language'],
    ['Preferred language', 'language'],
  ])('maps the header %j to %s', (header, target) => {
    expect(guessMapping(['Company', header], 'customers')[header]).toBe(target);
  });

  it('reads a Chinese export from another system', () => {
    expect(
      guessMapping(
        ['公司名称', '国家', '联系人', '电话', '邮箱', '网址', '客户等级', '微信'],
        'customers',
      ),
    ).toEqual({
      公司名称: 'name',
      国家: 'country',
      联系人: 'contactName',
      电话: 'phone',
      邮箱: 'email',
      网址: 'website',
      客户等级: 'tier',
      微信: 'wechat',
    });
  });

  it('matches headers that contain a synonym, each target once', () => {
    const m = guessMapping(['Buyer Company Name', 'Phone (office)', 'Phone 2'], 'customers');
    expect(m).toEqual({ 'Buyer Company Name': 'name', 'Phone (office)': 'phone', 'Phone 2': null });
    expect(guessMapping(['Company', 'Company Name (EN)'], 'customers')).toEqual({
      Company: 'name',
      'Company Name (EN)': null,
    });
  });

  it('reads order sheets', () => {
    expect(
      guessMapping(['订单号', '客户名称', '下单日期', '金额', '币种', '付款日期'], 'orders'),
    ).toEqual({
      订单号: 'orderNumber',
      客户名称: 'customerName',
      下单日期: 'orderDate',
      金额: 'amount',
      币种: 'currency',
      付款日期: 'paidDate',
    });
  });

  it('checks a mapping a person edited', () => {
    expect(checkMapping({ A: 'name', B: 'country' }, 'customers')).toEqual([]);
    expect(checkMapping({ A: 'name', B: 'name' }, 'customers')[0]?.message).toContain(
      'already mapped from column "A"',
    );
    expect(checkMapping({ A: 'nmae' }, 'customers').map((e) => e.message)).toEqual([
      expect.stringContaining('unknown target "nmae"'),
      'no column is mapped to "name"',
    ]);
    expect(checkMapping({ A: 'orderNumber' }, 'orders')).toHaveLength(2);
  });
});
