/** A trade-show contact list as exported from a spreadsheet: duplicates, bad countries, a bad e-mail. */
export const TRADE_SHOW = [
  'Company,Country,Contact Person,E-mail,Mobile,Website,Tags',
  'Müller Maschinenbau GmbH,Germany,Hans Müller,hans@mueller-maschinenbau.de,0711 1234567,www.mueller-maschinenbau.de,oem',
  'MUELLER MASCHINENBAU,DE,Petra Weiß,petra@mueller-maschinenbau.de,,,vip',
  'Muller Maschinenbau GmbH & Co. KG,Deutschland,,,,https://mueller-maschinenbau.de/en,',
  'Ferragens Silva Ltda,Brasil,João Silva,joao@silva.com.br,11 91234-5678,silva.com.br,',
  'Atlantis Trading,Atlantis,Nemo,nemo@atlantis.example,,,',
  'Almaty Trade LLP,KAZ,Aigerim,not-an-email,,,',
  '"Quoted, Inc.",USA,Ann Lee,ann@quoted.example,+1 415 555 0100,,',
].join('\r\n');
