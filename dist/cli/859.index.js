"use strict";
exports.id = 859;
exports.ids = [859];
exports.modules = {

/***/ 6859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RecordingLogger: () => (/* binding */ RecordingLogger),
/* harmony export */   createStreamLogger: () => (/* binding */ createStreamLogger),
/* harmony export */   nullLogger: () => (/* binding */ nullLogger)
/* harmony export */ });
/** A logger that keeps every message, for tests. */
class RecordingLogger {
    messages = [];
    debug(message) {
        this.messages.push({ level: "debug", message });
    }
    info(message) {
        this.messages.push({ level: "info", message });
    }
    warning(message, location) {
        this.messages.push({ level: "warning", message, ...(location ? { location } : {}) });
    }
    error(message, location) {
        this.messages.push({ level: "error", message, ...(location ? { location } : {}) });
    }
    notice(message, location) {
        this.messages.push({ level: "notice", message, ...(location ? { location } : {}) });
    }
    startGroup(name) {
        this.messages.push({ level: "group", message: name });
    }
    endGroup() { }
    /** True when some message matches (substring or regex). */
    hasMessage(pattern, level) {
        return this.messages.some((m) => (level === undefined || m.level === level) &&
            (typeof pattern === "string" ? m.message.includes(pattern) : pattern.test(m.message)));
    }
}
/** A logger that drops everything. */
const nullLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    notice() { },
    startGroup() { },
    endGroup() { },
};
/**
 * A logger for terminals: info to the `out` stream, everything else to `err`,
 * debug only when asked.
 */
function createStreamLogger(err, options = {}) {
    const out = options.out ?? err;
    const where = (l) => l?.file ? `${l.file}${l.line ? `:${l.line}${l.column ? `:${l.column}` : ""}` : ""}: ` : "";
    return {
        debug(message) {
            if (options.debug)
                err.write(`debug: ${message}\n`);
        },
        info(message) {
            out.write(`${message}\n`);
        },
        warning(message, location) {
            err.write(`${where(location)}warning: ${message}\n`);
        },
        error(message, location) {
            err.write(`${where(location)}error: ${message}\n`);
        },
        notice(message, location) {
            err.write(`${where(location)}note: ${message}\n`);
        },
        startGroup(name) {
            err.write(`${name}\n`);
        },
        endGroup() { },
    };
}


/***/ })

};
;