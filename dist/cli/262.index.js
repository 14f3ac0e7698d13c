export const id = 262;
export const ids = [262];
export const modules = {

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


/***/ })

};
