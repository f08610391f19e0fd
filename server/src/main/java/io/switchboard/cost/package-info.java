/**
 * Cost of a response from its {@link io.switchboard.usage.Usage}: {@link io.switchboard.cost.Pricing}
 * (the shipped {@code pricing.json}, optionally overridden by an operator file) and
 * {@link io.switchboard.cost.CustomCost} (the per-request {@code cf-aig-custom-cost} header). All
 * arithmetic is exact {@link java.math.BigDecimal}; nothing is rounded. docs/costs.md describes the
 * file format, the model matching rule and the priced models.
 */
package io.switchboard.cost;
