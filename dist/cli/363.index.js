export const id = 363;
export const ids = [363];
export const modules = {

/***/ 4363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_lint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1608);
/* harmony import */ var _policy_render_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2211);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9006);
/**
 * `steward demo [examples-dir]`: the main job on the bundled examples, with no
 * network and no credentials: lint the example policy repository (and, as
 * they land, build it and produce the reports), so a newcomer sees all of
 * Steward from one command (`npm start`).
 */




const demo = {
    path: ["demo"],
    summary: "Run Steward's main jobs on the bundled examples (no network, no credentials)",
    help: `Usage: steward demo [examples-dir]

Runs Steward's jobs on the example data in <examples-dir> (default: ./examples):
  1. lint examples/policy-repo and print the findings

Exits 1 if a step fails.
`,
    async run(args, io) {
        const { positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Q)("demo", args, {});
        const examples = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, positionals[0] ?? "examples");
        const colour = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
        io.stdout.write("== 1. Policy lint: examples/policy-repo\n");
        const report = await (0,_policy_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .lintPolicyDirectory */ .pW)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(examples, "policy-repo"), io.logger);
        io.stdout.write((0,_policy_render_text_js__WEBPACK_IMPORTED_MODULE_2__/* .renderLintText */ .PC)(report, { colour }));
        return report.counts.error > 0 ? 1 : 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (demo);


/***/ })

};
