/**
 * The event catalog: every event type Steward posts to Slack, with its data
 * validation and its message builder. Add an event: one file here, one entry
 * in EVENTS, one section in docs/notify.md, one golden payload.
 */
import type { SlackMessage } from "../blocks.js";
import type { ReaderContext } from "../validate.js";
import { budgetThreshold } from "./budget-threshold.js";
import type { EventDefinition } from "./common.js";

export type { EventDefinition };

import { complianceFailing } from "./compliance-failing.js";
import { keyExpiring } from "./key-expiring.js";
import { keyRotated } from "./key-rotated.js";
import { policyCheck } from "./policy-check.js";
import { quotaThreshold } from "./quota-threshold.js";
import { reportReady } from "./report-ready.js";
import { rotationFailed } from "./rotation-failed.js";

export type { BudgetThresholdData } from "./budget-threshold.js";
export type { CommonData } from "./common.js";
export type { ComplianceFailingData, FailingControl } from "./compliance-failing.js";
export { buildCustomMessage, type PayloadFile } from "./custom.js";
export type { ExpiringKey, KeyExpiringData } from "./key-expiring.js";
export type { KeyRotatedData } from "./key-rotated.js";
export type { PolicyCheckData, PolicyFinding } from "./policy-check.js";
export type { QuotaThresholdData, SubjectKind } from "./quota-threshold.js";
export type { RankedCost, ReportReadyData } from "./report-ready.js";
export type { RotationFailedData, RotationKeyState } from "./rotation-failed.js";

/** The built-in events (all but `custom`). */
export const EVENTS = {
  "policy-check": policyCheck,
  "key-rotated": keyRotated,
  "rotation-failed": rotationFailed,
  "key-expiring": keyExpiring,
  "quota-threshold": quotaThreshold,
  "budget-threshold": budgetThreshold,
  "report-ready": reportReady,
  "compliance-failing": complianceFailing,
} as const;

export type BuiltInEventType = keyof typeof EVENTS;
export type EventType = BuiltInEventType | "custom";

/** Every event type, `custom` last. */
export const EVENT_TYPES: readonly EventType[] = [...(Object.keys(EVENTS) as BuiltInEventType[]), "custom"];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Validates `data` for a built-in event and builds its message. Pure. */
export function buildEventMessage(
  type: BuiltInEventType,
  data: unknown,
  ctx: Omit<ReaderContext, "event"> = {},
): SlackMessage {
  const definition = EVENTS[type] as EventDefinition<unknown>;
  return definition.build(definition.parse(data, { ...ctx, event: type }));
}
