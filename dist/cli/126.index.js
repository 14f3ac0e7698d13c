"use strict";
exports.id = 126;
exports.ids = [126];
exports.modules = {

/***/ 4126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMANDS: () => (/* binding */ COMMANDS)
/* harmony export */ });
const entry = (path, summary, load) => ({
    path,
    summary,
    load: async () => (await load()).default,
});
/** An entry for one command of a module whose default export is a list of commands. */
const member = (path, summary, load) => ({
    path,
    summary,
    load: async () => {
        const found = (await load()).default.find((c) => c.path.join(" ") === path.join(" "));
        if (!found)
            throw new Error(`command ${path.join(" ")} is missing from its module`);
        return found;
    },
});
const COMMANDS = [
    entry(["demo"], "Run Steward's main jobs on the bundled examples (no network, no credentials)", () => __webpack_require__.e(/* import() */ 363).then(__webpack_require__.bind(__webpack_require__, 4363))),
    entry(["lint"], "Lint a policy repository (JSON syntax, schemas, permission rules, cross-file checks)", () => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(463), __webpack_require__.e(648), __webpack_require__.e(295), __webpack_require__.e(484), __webpack_require__.e(912), __webpack_require__.e(610), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 4683))),
    entry(["build"], "Compile a policy repository into per-role managed settings, CLAUDE.md and a digest manifest", () => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(463), __webpack_require__.e(648), __webpack_require__.e(295), __webpack_require__.e(484), __webpack_require__.e(912), __webpack_require__.e(610), __webpack_require__.e(690), __webpack_require__.e(782)]).then(__webpack_require__.bind(__webpack_require__, 5782))),
    entry(["doctor"], "Check this machine's Claude Code against the published policy (settings digest, hooks, versions)", () => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(463), __webpack_require__.e(648), __webpack_require__.e(295), __webpack_require__.e(484), __webpack_require__.e(912), __webpack_require__.e(610), __webpack_require__.e(690), __webpack_require__.e(655)]).then(__webpack_require__.bind(__webpack_require__, 5655))),
    entry(["check"], "Decide one tool call (hook JSON on stdin) against settings files: deny, ask, allow or none", () => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(648), __webpack_require__.e(295), __webpack_require__.e(484), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 1578))),
    entry(["permissions", "diff"], "Per-role effective-permission diff of two policy directories over the probe set", () => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(648), __webpack_require__.e(295), __webpack_require__.e(484), __webpack_require__.e(508)]).then(__webpack_require__.bind(__webpack_require__, 1508))),
    entry(["report", "cost"], "Cost report from usage logs, hook records, transcripts and partials", () => Promise.all(/* import() */[__webpack_require__.e(912), __webpack_require__.e(641), __webpack_require__.e(588), __webpack_require__.e(327), __webpack_require__.e(752)]).then(__webpack_require__.bind(__webpack_require__, 2752))),
    entry(["report", "compliance"], "Compliance report: controls with verdicts and evidence, the seed's matrix, metrics", () => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(463), __webpack_require__.e(957), __webpack_require__.e(648), __webpack_require__.e(295), __webpack_require__.e(484), __webpack_require__.e(912), __webpack_require__.e(610), __webpack_require__.e(588), __webpack_require__.e(358), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 1554))),
    entry(["notify"], "Post a Slack message for an event (policy check, key rotation, budget, report, ...)", () => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(957), __webpack_require__.e(358), __webpack_require__.e(289)]).then(__webpack_require__.bind(__webpack_require__, 1289))),
    member(["keys", "audit"], "Audit every Anthropic API key against api-key-policy.json", () => Promise.all(/* import() */[__webpack_require__.e(22), __webpack_require__.e(588), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 627))),
    member(["keys", "stage"], "Stage a Console-minted API key as AWSPENDING (from stdin or a file)", () => Promise.all(/* import() */[__webpack_require__.e(22), __webpack_require__.e(588), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 627))),
    member(["keys", "rotate"], "Run the remaining steps of a staged key rotation (resumable)", () => Promise.all(/* import() */[__webpack_require__.e(22), __webpack_require__.e(588), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 627))),
    member(["keys", "status"], "Show where a key rotation stands (read-only)", () => Promise.all(/* import() */[__webpack_require__.e(22), __webpack_require__.e(588), __webpack_require__.e(627)]).then(__webpack_require__.bind(__webpack_require__, 627))),
    entry(["hook", "pre-tool-use"], "Claude Code PreToolUse hook: decide a tool call from the org policy and role, audit it", () => Promise.all(/* import() */[__webpack_require__.e(648), __webpack_require__.e(61), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 2552))),
    entry(["hook", "user-prompt-submit"], "Claude Code UserPromptSubmit hook: block new prompts when a token quota is used up (opt-in)", () => Promise.all(/* import() */[__webpack_require__.e(641), __webpack_require__.e(61), __webpack_require__.e(505), __webpack_require__.e(311)]).then(__webpack_require__.bind(__webpack_require__, 311))),
    entry(["hook", "stop"], "Claude Code Stop hook: usage records from the transcript, quota check, log retention", () => Promise.all(/* import() */[__webpack_require__.e(641), __webpack_require__.e(61), __webpack_require__.e(505), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 584))),
    entry(["hook", "session-end"], "Claude Code SessionEnd hook: the session's last usage records, quota check", () => Promise.all(/* import() */[__webpack_require__.e(641), __webpack_require__.e(61), __webpack_require__.e(505), __webpack_require__.e(262)]).then(__webpack_require__.bind(__webpack_require__, 1262))),
    entry(["hook", "install"], "Print or merge the managed-settings hooks block that runs Steward's hooks", () => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(61), __webpack_require__.e(821)]).then(__webpack_require__.bind(__webpack_require__, 821))),
];


/***/ })

};
;