"use strict";
exports.id = 262;
exports.ids = [262];
exports.modules = {

/***/ 1262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _hook_usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(933);
/** `steward hook session-end`: Claude Code's SessionEnd hook (the last usage of a session; docs/hooks.md). */

const command = {
    path: ["hook", "session-end"],
    summary: "Claude Code SessionEnd hook: the session's last usage records, quota check",
    help: (0,_hook_usage_js__WEBPACK_IMPORTED_MODULE_0__/* .usageHelp */ .NV)("session-end"),
    run: (args, io) => (0,_hook_usage_js__WEBPACK_IMPORTED_MODULE_0__/* .runUsageHook */ .yP)(args, io, "session-end"),
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ }),

/***/ 933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NV: () => (/* binding */ usageHelp),
/* harmony export */   yP: () => (/* binding */ runUsageHook)
/* harmony export */ });
/* unused harmony export USAGE_OPTIONS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _hooks_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(516);
/* harmony import */ var _hooks_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8371);
/* harmony import */ var _hooks_protocol_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(613);
/* harmony import */ var _hooks_quota_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9865);
/* harmony import */ var _hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3505);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9006);
/**
 * The shared body of `steward hook stop` and `steward hook session-end`:
 * capture usage from the transcript, check the quota, prune old logs.
 * Always exit 0 (a Stop hook exiting 2 would keep Claude from stopping).
 */







const USAGE_OPTIONS = {
    policy: { type: "string" },
    config: { type: "string" },
    role: { type: "string" },
    "log-dir": { type: "string" },
};
function usageHelp(name) {
    const event = name === "stop" ? "Stop" : "SessionEnd";
    return `Usage: steward hook ${name} [--policy <dir or file>] [--role <name>] [--config <file>] [--log-dir <dir>]

Claude Code's ${event} hook. Reads the session transcript named by "transcript_path" on
standard input from where the previous run stopped (byte offsets in
<log dir>/state/sessions/<session>.json), and appends one usage record per API request,
de-duplicated by message.id + requestId, to <log dir>/usage/YYYY-MM-DD.jsonl:
  {"v":1,"ts","user","session","model","input","output","cacheWrite5m","cacheWrite1h","cacheRead","tool","source":"steward-hook","requestId"}
Then checks the user's daily and monthly quota from role-mappings.json (tokens counted per
quotaUnit.countedTokens) and, when one is used up, prints {"systemMessage": "..."} for the user.
Once a day it deletes audit and usage day files older than governance-config.json's retentionDays.

Always exits 0: a failure is a warning on standard error, never a blocked session.

Options: as for 'steward hook pre-tool-use' (--policy, --role, --config, --log-dir).
`;
}
async function runUsageHook(args, io, name) {
    const now = io.now();
    try {
        const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Q)(`hook ${name}`, args, USAGE_OPTIONS, false);
        const ctx = (0,_hooks_context_js__WEBPACK_IMPORTED_MODULE_1__/* .hookContext */ .ZI)({
            ...(0,_hooks_context_js__WEBPACK_IMPORTED_MODULE_1__/* .hookFlags */ .jj)(values),
        }, io.env, io.cwd, process.platform);
        const parsed = (0,_hooks_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .parseHookInput */ .nT)(await io.readStdin());
        if (!parsed.ok) {
            io.logger.warning(`steward hook ${name}: ${parsed.error}; usage not recorded`);
            return 0;
        }
        const { session_id: session, transcript_path: transcript } = parsed.input;
        if (session && transcript) {
            const captured = (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_4__/* .captureUsage */ .UL)(ctx, session, transcript, now);
            if (captured.skipped)
                io.logger.debug(`steward hook ${name}: ${captured.skipped}`);
        }
        let policy;
        try {
            policy = (await (0,_hooks_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .loadHookPolicy */ .WW)(ctx.policyLocation, {
                cache: ctx.config.policyCache === false ? "off" : "read",
            })).policy;
        }
        catch (error) {
            io.logger.warning(`steward hook ${name}: quota not checked: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
        }
        if (policy) {
            (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_4__/* .pruneOnceADay */ .bt)(ctx, policy.retentionDays, now);
            const quota = (0,_hooks_session_hooks_js__WEBPACK_IMPORTED_MODULE_4__/* .currentQuota */ .el)(policy, ctx, values.role, now);
            if (quota?.status.exhausted && !parsed.input.stop_hook_active) {
                const contact = policy.contact ?? ctx.config.contact ?? "your Claude Code administrators";
                io.stdout.write((0,_hooks_protocol_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSystemMessage */ .tX)((0,_hooks_quota_js__WEBPACK_IMPORTED_MODULE_3__/* .quotaMessage */ .Kd)(quota.status, quota.role, contact, false)));
            }
        }
    }
    catch (error) {
        io.logger.warning(`steward hook ${name}: usage not recorded: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(error)}`);
    }
    return 0;
}


/***/ })

};
;