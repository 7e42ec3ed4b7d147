import type { Container } from '../app/container.ts';
import type { ProductUnit } from '../domain/enums.ts';
import { demoScope } from '../domain/scope.ts';

// A pump, valve and lighting exporter's catalogue, one product a line: SKU | English | Chinese |
// German (-: none) | unit | HS code | MOQ | lead time (days) | kg | m³ | FOB USD | DDP EUR for
// Germany (-: not sold there). HS codes by the 2022 nomenclature: pumps 8413.70 and 8413.60,
// valves 8481.80 and 8481.30, LED luminaires 9405.42 and 9405.11, LED lamps 8539.52, motors
// 8501.52, cable 8544.49, PVC hose 3917.39.
const CATALOGUE = `
CP-100 | Centrifugal pump 2.2 kW | 离心泵 2.2千瓦 | Kreiselpumpe 2,2 kW | set | 841370 | 10 | 30 | 48 | 0.12 | 420.00 | 395.00
CP-300 | Multistage centrifugal pump 7.5 kW | 多级离心泵 7.5千瓦 | Mehrstufige Kreiselpumpe 7,5 kW | set | 841370 | 5 | 45 | 135 | 0.35 | 1650.00 | 1540.00
SP-40 | Submersible borehole pump 4" | 4寸深井潜水泵 | Brunnenpumpe 4" | set | 841370 | 20 | 30 | 22 | 0.05 | 285.00 | 268.00
GP-12 | Gear pump 12 cc/rev | 齿轮泵 12毫升/转 | - | pcs | 841360 | 50 | 25 | 3.2 | 0.004 | 68.00 | -
GV-50 | Gate valve DN50 PN16 | 闸阀 DN50 PN16 | Absperrschieber DN50 PN16 | pcs | 848180 | 100 | 20 | 11 | 0.015 | 24.50 | 23.00
BV-25 | Stainless steel ball valve DN25 | 不锈钢球阀 DN25 | Edelstahl-Kugelhahn DN25 | pcs | 848180 | 200 | 20 | 0.9 | 0.001 | 9.80 | 9.20
CV-80 | Swing check valve DN80 | 旋启式止回阀 DN80 | Rückschlagklappe DN80 | pcs | 848130 | 50 | 25 | 19 | 0.03 | 58.00 | 54.00
BFV-100 | Wafer butterfly valve DN100 | 对夹式蝶阀 DN100 | Absperrklappe DN100 | pcs | 848180 | 50 | 25 | 8.5 | 0.012 | 36.00 | 33.50
LED-F100 | LED flood light 100 W IP66 | LED投光灯 100瓦 IP66 | LED-Fluter 100 W | pcs | 940542 | 100 | 20 | 2.6 | 0.008 | 21.00 | 19.80
LED-S150 | LED street light 150 W | LED路灯 150瓦 | - | pcs | 940542 | 50 | 30 | 6.8 | 0.02 | 58.00 | -
LED-P60 | LED panel light 600×600 40 W | LED平板灯 600×600 40瓦 | - | pcs | 940511 | 100 | 20 | 3.1 | 0.012 | 14.50 | -
LED-B9 | LED bulb E27 9 W | LED球泡灯 E27 9瓦 | - | pcs | 853952 | 1000 | 25 | 0.05 | 0.0003 | 0.62 | -
MTR-55 | Three-phase induction motor 5.5 kW IE3 | 三相异步电动机 5.5千瓦 IE3 | Drehstrommotor 5,5 kW IE3 | set | 850152 | 10 | 35 | 45 | 0.08 | 310.00 | 292.00
CBL-316 | Power cable YJV 3×16 mm² | YJV电力电缆 3×16平方 | - | m | 854449 | 500 | 15 | 0.65 | 0.0009 | 4.20 | -
HSE-12 | PVC garden hose 1/2" × 30 m | PVC花园软管 1/2寸×30米 | - | roll | 391739 | 200 | 20 | 3.5 | 0.01 | 7.80 | -
`;

type Item = { productId: string; breaks: { minQuantity: number; unitPriceMinor: number }[] };

const cents = (major: string) => Math.round(Number(major) * 100);

/** Larger orders pay less: 5 % off from ten times the MOQ, 10 % off from fifty times. */
const breaks = (base: number, moq: number) => [
  { minQuantity: 1, unitPriceMinor: base },
  { minQuantity: moq * 10, unitPriceMinor: Math.round(base * 0.95) },
  { minQuantity: moq * 50, unitPriceMinor: Math.round(base * 0.9) },
];

/**
 * The demo's products (names in English and Chinese, German for what sells in Germany) and two
 * price lists valid this year: FOB prices in USD for everyone with quantity breaks, and DDP
 * prices in EUR for Germany, so a German customer's price comes from the country list.
 */
export async function seedDemoProducts(
  services: Container,
  workspaceId: string,
  now = new Date(),
): Promise<number> {
  const scope = demoScope(workspaceId);
  const year = now.getUTCFullYear();
  const usd: Item[] = [];
  const eur: Item[] = [];
  const lines = CATALOGUE.trim().split('\n');
  for (const line of lines) {
    const [
      sku = '',
      en = '',
      zh = '',
      de = '-',
      unit,
      hsCode,
      moq,
      lead,
      kg,
      m3,
      fob = '',
      ddp = '-',
    ] = line.split(' | ');
    const p = await services.products.create(scope, {
      sku,
      names: de === '-' ? { zh, en } : { zh, en, de },
      unit: unit as ProductUnit,
      hsCode,
      moq: Number(moq),
      leadTimeDays: Number(lead),
      weightKg: Number(kg),
      volumeM3: Number(m3),
    });
    usd.push({ productId: p.id, breaks: breaks(cents(fob), Number(moq)) });
    if (ddp !== '-') eur.push({ productId: p.id, breaks: breaks(cents(ddp), Number(moq)) });
  }
  // A model no longer sold: kept for old quotes, in no price list.
  await services.products.create(scope, {
    sku: 'CP-90',
    names: { zh: '离心泵 1.5千瓦（停产）', en: 'Centrifugal pump 1.5 kW (discontinued)' },
    unit: 'set',
    hsCode: '841370',
    active: false,
  });
  await services.priceLists.create(scope, {
    name: `FOB Shanghai USD ${year}`,
    currency: 'USD',
    validFrom: `${year}-01-01`,
    validTo: `${year}-12-31`,
    items: usd,
  });
  await services.priceLists.create(scope, {
    name: `Germany EUR ${year} (DDP)`,
    currency: 'EUR',
    validFrom: `${year}-01-01`,
    validTo: `${year}-12-31`,
    country: 'DE',
    items: eur,
  });
  return lines.length + 1;
}
