/** policy-publish: read inputs, lint + build + pack the policy, write outputs and the summary. */
import { publishPolicy } from "../../shared/build/publish.js";
import { type ActionContext, runAction } from "../../shared/github/run-action.js";
import { parseInputs } from "./inputs.js";

export async function publishAction(ctx: ActionContext): Promise<void> {
  const inputs = parseInputs(ctx.getInput);
  const commit = inputs.commit ?? ctx.env.GITHUB_SHA;
  const result = await publishPolicy(
    {
      workspace: ctx.env.GITHUB_WORKSPACE ?? process.cwd(),
      path: inputs.path,
      outDir: inputs.outDir,
      artifact: inputs.artifact,
      ...(inputs.region ? { region: inputs.region } : {}),
      stewardOnly: inputs.stewardOnly,
      ...(commit ? { commit } : {}),
      vars: ctx.env,
      ...(inputs.stewardCommand ? { stewardCommand: inputs.stewardCommand } : {}),
      ...(inputs.policyDir ? { policyDir: inputs.policyDir } : {}),
      ...(inputs.payloadRole ? { payloadRole: inputs.payloadRole } : {}),
      ...(inputs.payloadFile ? { payloadFile: inputs.payloadFile } : {}),
      now: ctx.now,
    },
    ctx.logger,
  );
  ctx.setOutput("manifest", result.manifestPath);
  ctx.setOutput("build-dir", result.buildDir);
  ctx.setOutput("artifact", result.artifact);
  ctx.setOutput("digest", result.digest);
  ctx.setOutput("policy-version", result.manifest.policyVersion ?? "");
  ctx.setOutput("roles", result.manifest.roles.join(","));
  if (result.payloadFile) ctx.setOutput("payload-file", result.payloadFile);
  const rows = result.manifest.outputs.map(
    (o) => `| \`${o.path}\` | ${o.role || "(index)"} | \`${o.sha256}\` | ${o.size} |`,
  );
  await ctx.appendSummary(
    [
      `## Policy ${result.manifest.policyVersion ?? "(no version)"} published`,
      "",
      `Commit \`${result.manifest.commit ?? "(unknown)"}\`${result.manifest.region ? `, region \`${result.manifest.region}\`` : ""}. Artifact \`${result.artifact}\` sha256 \`${result.digest}\` (${result.size} bytes).`,
      "",
      "| output | role | sha256 | bytes |",
      "|---|---|---|---|",
      ...rows,
      "",
    ].join("\n"),
  );
}

export function run(): Promise<void> {
  return runAction("policy-publish", publishAction);
}
