/** The per-role effective-permission diff between two policy directories (base and head of a change). */
import { diffPolicies, type PolicyDiff } from "./policy.js";
import { loadPolicyDirectory, rolePolicies } from "./policy-roles.js";

export async function diffPolicyDirectories(baseDir: string, headDir: string): Promise<PolicyDiff> {
  const [base, head] = await Promise.all([
    loadPolicyDirectory(baseDir, "base"),
    loadPolicyDirectory(headDir, "head"),
  ]);
  return diffPolicies(rolePolicies(base).roles, rolePolicies(head).roles);
}
