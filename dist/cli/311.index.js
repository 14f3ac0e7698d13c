"use strict";
exports.id = 311;
exports.ids = [311];
exports.modules = {

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _hooks_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(516);
/* harmony import */ var _hooks_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8371);
/* harmony import */ var _hooks_protocol_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(613);
/* harmony import */ var _hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3505);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9006);
/** `steward hook user-prompt-submit`: block new prompts once a quota is used up, if the org turns it on. */






const HELP = `Usage: steward hook user-prompt-submit [--block-on-quota] [--policy <dir or file>] [--role <name>]
                                       [--config <file>] [--log-dir <dir>]

Claude Code's UserPromptSubmit hook. Sums the user's usage records of this UTC day and
month (<log dir>/usage, written by 'steward hook stop'), counted per role-mappings.json
quotaUnit.countedTokens, and compares them with the role's quotas.

When a quota is used up:
  with --block-on-quota (or "blockPromptsOnQuota": true in the hook config):
    {"decision":"block","reason":"..."} on standard output: the prompt is not sent and the
    user sees why, and one audit record (event user-prompt-submit, decision deny);
  without: {"systemMessage":"..."}: a warning, the prompt goes through.
Otherwise no output. Exit code always 0; if the policy cannot be read, no output (quotas
fail open: they are a budget, not a security control).
`;
const command = {
    path: ["hook", "user-prompt-submit"],
    summary: "Claude Code UserPromptSubmit hook: block new prompts when a token quota is used up (opt-in)",
    help: HELP,
    async run(args, io) {
        const now = io.now();
        try {
            const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Q)("hook user-prompt-submit", args, {
                policy: { type: "string" },
                config: { type: "string" },
                role: { type: "string" },
                "log-dir": { type: "string" },
                "block-on-quota": { type: "boolean" },
            }, false);
            const ctx = (0,_hooks_context_js__WEBPACK_IMPORTED_MODULE_1__/* .hookContext */ .ZI)({
                ...(0,_hooks_context_js__WEBPACK_IMPORTED_MODULE_1__/* .hookFlags */ .jj)(values),
            }, io.env, io.cwd, process.platform);
            const parsed = (0,_hooks_protocol_js__WEBPACK_IMPORTED_MODULE_5__/* .parseHookInput */ .nT)(await io.readStdin());
            const input = parsed.ok ? parsed.input : {};
            const { policy } = await (0,_hooks_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .loadHookPolicy */ .WW)(ctx.policyLocation, {
                cache: ctx.config.policyCache === false ? "off" : "read",
            });
            const quota = (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .currentQuota */ .el)(policy, ctx, values.role, now);
            const outcome = (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .promptQuotaOutcome */ .VX)(quota, policy, {
                user: ctx.user,
                session: input.session_id ?? null,
                cwd: input.cwd ?? null,
                now,
                contact: policy.contact ?? ctx.config.contact ?? "your Claude Code administrators",
            }, values["block-on-quota"] === true || ctx.config.blockPromptsOnQuota === true);
            if (outcome.auditLine) {
                try {
                    (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_3__/* .appendAudit */ .u0)(ctx, now, outcome.auditLine);
                }
                catch (error) {
                    io.logger.warning(`steward hook: audit record not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
                }
            }
            io.stdout.write(outcome.stdout);
        }
        catch (error) {
            io.logger.warning(`steward hook user-prompt-submit: quota not checked: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
        }
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ })

};
;