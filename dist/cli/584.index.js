export const id = 584;
export const ids = [584];
export const modules = {

/***/ 584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _hook_usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(933);
/** `steward hook stop`: Claude Code's Stop hook (usage capture, quota check; docs/hooks.md). */

const command = {
    path: ["hook", "stop"],
    summary: "Claude Code Stop hook: usage records from the transcript, quota check, log retention",
    help: (0,_hook_usage_js__WEBPACK_IMPORTED_MODULE_0__/* .usageHelp */ .NV)("stop"),
    run: (args, io) => (0,_hook_usage_js__WEBPACK_IMPORTED_MODULE_0__/* .runUsageHook */ .yP)(args, io, "stop"),
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ })

};
