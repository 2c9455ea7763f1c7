import { activityDifference } from "./activity-difference";
import { backprop } from "./backprop";
import { feedbackAlignment } from "./feedback-alignment";
import { fireTogether } from "./fire-together";
import type { LearningRule, RuleId } from "./rule";
import { trialAndError } from "./trial-and-error";

export type { LearningRule, Proposal, RuleId, RuleInput } from "./rule";
export * from "./story";
export { secondShot, type SecondShot } from "./trial-and-error";

/** Every learning rule, by id. */
export const RULES: Record<RuleId, LearningRule> = {
  backprop,
  "feedback-alignment": feedbackAlignment,
  "activity-difference": activityDifference,
  "trial-and-error": trialAndError,
  "fire-together": fireTogether,
};

/** All rule ids, in the order menus show them. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
