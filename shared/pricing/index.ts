export {
  applyPriceOverrides,
  type Catalog,
  decimalToMicros,
  defaultCatalog,
  type LifecycleStatus,
  type ModelEntry,
  type ModelLifecycle,
  modelLifecycle,
  normaliseModelId,
  type PriceTable,
  resolveModel,
  stripContextSuffix,
} from "./catalog.js";
export { CATALOG_DATA } from "./catalog-data.js";
export {
  formatPicoUsd,
  type PriceResult,
  type PricingTier,
  picoToMicros,
  picoToUsd,
  pricesFor,
  priceUsage,
  promptTokens,
  splitTotal,
  type TokenCounts,
  tierForRequest,
  type UnpricedReason,
} from "./price.js";
