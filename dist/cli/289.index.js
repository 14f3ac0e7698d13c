export const id = 289;
export const ids = [289];
export const modules = {

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   e: () => (/* binding */ parseIntegerFlag)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/**
 * Strict argument parsing for commands, on top of node:util parseArgs: an
 * unknown flag or a missing value is a ConfigurationError that says what the
 * command accepts.
 */


/** Parses `args` against `options`; `--help`/`-h` is always accepted. */
function parseCommandArgs(commandName, args, options, allowPositionals = true) {
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: [...args],
            options: { ...options, help: { type: "boolean", short: "h" } },
            allowPositionals,
            strict: true,
        });
        return { values, positionals };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`steward ${commandName}: ${message.replace(/^TypeError.*?: /, "")}`, {
            hint: `Run 'steward ${commandName} --help' for the options it accepts.`,
        });
    }
}
/** Parses a non-negative integer flag value, naming the flag on error. */
function parseIntegerFlag(flag, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`--${flag} expects a whole number, got "${value}".`);
    }
    return Number(value);
}


/***/ }),

/***/ 1289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5129);
/* harmony import */ var _notify_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5358);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9006);
/**
 * `steward notify --event <type>`: build the Slack message for an event and
 * post it to an incoming webhook (or print it with --dry-run). The webhook URL
 * is read from the environment only, never from argv, so it stays out of shell
 * history and `ps`.
 */






const ERROR_MODES = ["fail", "warn"];
/** `--data -`: a JSON object on standard input. */
async function readStdinData(io) {
    const text = (await io.readStdin()).trim();
    if (!text.startsWith("{")) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("--data - expects a JSON object on standard input.", {
            hint: "Pipe JSON in (jq -n '{keyName: \"ci\"}' | steward notify ...), or pass --data <file>.",
        });
    }
    return text;
}
const command = {
    path: ["notify"],
    summary: "Post a Slack message for an event (policy check, key rotation, budget, report, ...)",
    help: `Usage: steward notify --event <type> [--data <json | @file | file>] [--payload-file <file>]
                      [--webhook-url-env NAME] [--dry-run] [--errors fail|warn]

Builds the Block Kit message for an event from its data and posts it to a Slack
incoming webhook, retrying 5xx, timeouts, dropped connections and 429 (after the
Retry-After Slack sends); 4xx answers fail at once with what to do.

The webhook URL is read from the environment variable SLACK_WEBHOOK_URL (or the
one named by --webhook-url-env), never from the command line.

Options:
  --event <type>          ${_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .EVENT_TYPES */ .Ru.join(", ")}
  --data <data>           the event's data: inline JSON ('{"keyName": "ci"}'),
                          @file or a file path (.json, or .yaml/.yml), or - for
                          JSON on standard input
  --payload-file <file>   with --event custom: a JSON/YAML Slack message with
                          {{ variable }} placeholders filled from --data
  --webhook-url-env NAME  read the webhook URL from $NAME (default SLACK_WEBHOOK_URL)
  --dry-run               print the exact payload as JSON and send nothing
  --errors fail|warn      fail (default): exit 2 when the message is not delivered;
                          warn: print a warning and exit 0

The run link defaults to the current GitHub Actions run (GITHUB_SERVER_URL,
GITHUB_REPOSITORY, GITHUB_RUN_ID) when the data has no runUrl. Event fields:
docs/notify.md.

Output: the payload (--dry-run), else {"delivered": true|false, "attempts": n}.

Examples:
  steward notify --event key-rotated --data '{"keyName": "ci-production"}' --dry-run
  SLACK_WEBHOOK_URL=... steward notify --event report-ready --data @out/report-summary.json
  steward notify --event custom --payload-file slack/release.yaml --data '{"version": "1.2.0"}'
`,
    async run(args, io) {
        // Refuse a URL on the command line before anything could echo it.
        if (args.some((a) => /^--?webhook(-url)?(=|$)/i.test(a) || /^https?:\/\/hooks\.slack/i.test(a))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("steward notify does not take the webhook URL on the command line.", {
                hint: "Put it in SLACK_WEBHOOK_URL (or the variable named by --webhook-url-env): argv lands in shell history and ps.",
            });
        }
        const { values } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandArgs */ .Q)("notify", args, {
            event: { type: "string" },
            data: { type: "string" },
            "payload-file": { type: "string" },
            "webhook-url-env": { type: "string" },
            "dry-run": { type: "boolean" },
            errors: { type: "string" },
        }, false);
        if (values.help) {
            io.stdout.write(command.help);
            return 0;
        }
        if (values.event === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("steward notify needs --event.", {
                hint: `One of ${_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .EVENT_TYPES */ .Ru.join(", ")}. Run 'steward notify --help'.`,
            });
        }
        const event = (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEventType */ .Il)(values.event, "--event");
        const errors = values.errors ?? "fail";
        if (!ERROR_MODES.includes(errors)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--errors must be one of fail, warn; got "${errors}".`);
        }
        const envName = values["webhook-url-env"] ?? "SLACK_WEBHOOK_URL";
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--webhook-url-env must be an environment variable name; got "${envName}".`);
        }
        const readText = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path), "utf8");
        const rawData = values.data === "-" ? await readStdinData(io) : values.data;
        const { data, source } = await (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readEventData */ .ZJ)(rawData, readText, values.data === "-" ? "stdin" : "--data");
        const payloadFile = values["payload-file"]
            ? await (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readPayloadFile */ .RT)(values["payload-file"], readText)
            : undefined;
        const dryRun = values["dry-run"] === true;
        const result = await (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .notify */ .me)({
            event,
            data,
            ...(source ? { dataSource: source } : {}),
            ...(payloadFile ? { payloadFile } : {}),
            context: (0,_notify_index_js__WEBPACK_IMPORTED_MODULE_4__/* .runContextFromEnv */ .wX)(io.env),
            dryRun,
            errors: errors,
            webhookUrl: io.env[envName] ?? "",
            webhookUrlSource: `the environment variable ${envName}`,
        }, { ..._http_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .systemRetryPorts */ .qR, logger: io.logger });
        io.stdout.write(dryRun
            ? `${JSON.stringify(result.payload, null, 2)}\n`
            : `${JSON.stringify({ delivered: result.delivered, attempts: result.attempts })}\n`);
        return 0;
    },
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (command);


/***/ })

};
