import type { CorrectionFile } from '../types.ts';
import { AE_2026, AE_2027 } from './ae.ts';
import { AO_2026, AO_2027 } from './ao.ts';
import { BD_2026 } from './bd-2026.ts';
import { CN_2026 } from './cn-2026.ts';
import { CN_2027 } from './cn-2027.ts';
import { CY_2026, CY_2027 } from './cy.ts';
import { DE_2026, DE_2027 } from './de.ts';
import { EG_2026 } from './eg-2026.ts';
import { HU_2026 } from './hu-2026.ts';
import { IQ_2026, IQ_2027 } from './iq.ts';
import { IR_2026 } from './ir-2026.ts';
import { KG_2026, KG_2027 } from './kg.ts';
import { KR_2026 } from './kr-2026.ts';
import { KW_2026, KW_2027 } from './kw.ts';
import { OM_2026, OM_2027 } from './om.ts';
import { PH_2026, PH_2027 } from './ph.ts';
import { QA_2026, QA_2027 } from './qa.ts';
import { SA_2026, SA_2027 } from './sa.ts';
import { SG_2027 } from './sg-2027.ts';
import { TH_2026, TH_2027 } from './th.ts';
import { TR_2026, TR_2027 } from './tr.ts';
import { TW_2026, TW_2027 } from './tw.ts';
import { TZ_2026, TZ_2027 } from './tz.ts';
import { UA_2026, UA_2027 } from './ua.ts';
import { UZ_2026 } from './uz-2026.ts';
import { VN_2026, VN_2027 } from './vn.ts';

/** Every reviewed corrections file, one per country and year. */
export const CORRECTION_FILES: CorrectionFile[] = [
  AE_2026,
  AE_2027,
  AO_2026,
  AO_2027,
  BD_2026,
  CN_2026,
  CN_2027,
  CY_2026,
  CY_2027,
  DE_2026,
  DE_2027,
  EG_2026,
  HU_2026,
  IQ_2026,
  IQ_2027,
  IR_2026,
  KG_2026,
  KG_2027,
  KR_2026,
  KW_2026,
  KW_2027,
  OM_2026,
  OM_2027,
  PH_2026,
  PH_2027,
  QA_2026,
  QA_2027,
  SA_2026,
  SA_2027,
  SG_2027,
  TH_2026,
  TH_2027,
  TR_2026,
  TR_2027,
  TW_2026,
  TW_2027,
  TZ_2026,
  TZ_2027,
  UA_2026,
  UA_2027,
  UZ_2026,
  VN_2026,
  VN_2027,
];
