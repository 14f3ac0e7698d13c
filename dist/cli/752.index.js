"use strict";
exports.id = 752;
exports.ids = [752];
exports.modules = {

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
        // Node's text, without its advice about '--' (Steward's hint says what to do) and with a full stop
        const message = (error instanceof Error ? error.message : String(error))
            .replace(/^TypeError.*?: /, "")
            .replace(/\. To specify a positional argument.*$/s, "")
            .replace(/([^.])$/, "$1.");
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`steward ${commandName}: ${message}`, {
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

/***/ 2752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ report_cost)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/pricing/catalog.ts
var pricing_catalog = __webpack_require__(912);
// EXTERNAL MODULE: ./shared/pricing/price.ts
var price = __webpack_require__(5122);
;// CONCATENATED MODULE: ./shared/reports/cost/org.ts
/**
 * Who is on which team, under which role, with which quota and budget: read
 * from role-mappings.json (`roleMappings.<role>.quotas`, optional
 * `roleMappings.<role>.members`, `defaultRole`, `quotaUnit.countedTokens`), a
 * users file (user -> team/role, JSON or CSV) and a budgets file. Pure parsers
 * over text; the caller reads the files.
 */


const DEFAULT_QUOTA_COUNTERS = [
    "input",
    "output",
    "cacheWrite5m",
    "cacheWrite1h",
    "unsplit",
];
function org_emptyOrg() {
    return {
        users: new Map(),
        quotas: new Map(),
        quotaCounters: DEFAULT_QUOTA_COUNTERS,
        budgets: new Map(),
        thresholds: { warning: 80, critical: 100 },
        aliases: new Map(),
    };
}
function parseJson(text, file) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message}`, {
            file,
            cause: error,
        });
    }
    if (typeof v !== "object" || v === null || Array.isArray(v))
        throw new errors/* ConfigurationError */.j1(`${file}: expected a JSON object.`, { file });
    return v;
}
const COUNTER_NAMES = new Set([
    "input",
    "output",
    "cacheWrite5m",
    "cacheWrite1h",
    "cacheRead",
    "unsplit",
]);
/** Adds role-mappings.json: quotas per role, `members`, `defaultRole`, `quotaUnit.countedTokens`. */
function withRoleMappings(org, text, file) {
    const o = parseJson(text, file);
    const roles = o.roleMappings;
    if (typeof roles !== "object" || roles === null || Array.isArray(roles)) {
        throw new errors/* ConfigurationError */.j1(`${file}: "roleMappings" is missing or not an object.`, { file });
    }
    const quotas = new Map(org.quotas);
    const users = new Map(org.users);
    for (const [role, raw] of Object.entries(roles)) {
        const r = (raw ?? {});
        const q = r.quotas;
        if (q !== undefined) {
            const read = (k) => {
                const v = q[k];
                if (v === undefined)
                    return undefined;
                if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
                    throw new errors/* ConfigurationError */.j1(`${file}: roleMappings.${role}.quotas.${k} must be a whole number of tokens.`, { file });
                }
                return v;
            };
            const daily = read("daily");
            const monthly = read("monthly");
            quotas.set(role, {
                ...(daily !== undefined ? { daily } : {}),
                ...(monthly !== undefined ? { monthly } : {}),
            });
        }
        if (Array.isArray(r.members)) {
            for (const m of r.members)
                if (typeof m === "string")
                    users.set(m, { ...users.get(m), role });
        }
    }
    let quotaCounters = org.quotaCounters;
    const unit = o.quotaUnit;
    if (unit && Array.isArray(unit.countedTokens)) {
        const list = unit.countedTokens.map(String);
        for (const c of list) {
            if (!COUNTER_NAMES.has(c)) {
                throw new errors/* ConfigurationError */.j1(`${file}: quotaUnit.countedTokens has unknown counter "${c}".`, {
                    file,
                    hint: `Use ${[...COUNTER_NAMES].join(", ")}.`,
                });
            }
        }
        // the seed's unsplit tokens always count: they have no split to exclude from
        quotaCounters = [...new Set([...list, "unsplit"])];
    }
    const defaultRole = typeof o.defaultRole === "string" ? o.defaultRole : org.defaultRole;
    return { ...org, quotas, users, quotaCounters, ...(defaultRole ? { defaultRole } : {}) };
}
/**
 * Adds a users file: JSON `{"users": {"alice": {"team": "payments", "role": "developers"}}}`
 * (or the map alone), a JSON roster array `[{"login", "email", "team", "role"}]`
 * (the e-mail becomes the canonical user, the login an alias), or CSV with a
 * `user,team,role` header.
 */
function withUsersFile(org, text, file) {
    const users = new Map(org.users);
    const trimmed = text.trim();
    if (trimmed.startsWith("[")) {
        let list;
        try {
            list = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message}`, {
                file,
                cause: error,
            });
        }
        const aliases = new Map(org.aliases);
        for (const [i, raw] of list.entries()) {
            const r = (raw ?? {});
            const names = [r.email, r.login, r.user].filter((x) => typeof x === "string" && x !== "");
            if (names.length === 0)
                throw new errors/* ConfigurationError */.j1(`${file}: entry ${i} has no "email", "login" or "user".`, { file });
            const canonical = names[0];
            const info = {
                ...(typeof r.team === "string" ? { team: r.team } : {}),
                ...(typeof r.role === "string" ? { role: r.role } : {}),
            };
            for (const n of names) {
                users.set(n, { ...users.get(n), ...info });
                if (n !== canonical)
                    aliases.set(n, canonical);
            }
        }
        return { ...org, users, aliases };
    }
    if (trimmed.startsWith("{")) {
        const o = parseJson(text, file);
        const map = (typeof o.users === "object" && o.users !== null ? o.users : o);
        for (const [user, raw] of Object.entries(map)) {
            if (typeof raw !== "object" || raw === null) {
                throw new errors/* ConfigurationError */.j1(`${file}: users.${user} must be an object with "team" and/or "role".`, {
                    file,
                });
            }
            const r = raw;
            users.set(user, {
                ...users.get(user),
                ...(typeof r.team === "string" ? { team: r.team } : {}),
                ...(typeof r.role === "string" ? { role: r.role } : {}),
            });
        }
        return { ...org, users };
    }
    const lines = trimmed.split(/\r?\n/);
    const header = (lines[0] ?? "").split(",").map((s) => s.trim().toLowerCase());
    const iu = header.indexOf("user");
    if (iu === -1) {
        throw new errors/* ConfigurationError */.j1(`${file}: a CSV users file needs a header with "user" (and "team", "role").`, { file, line: 1 });
    }
    const it = header.indexOf("team");
    const ir = header.indexOf("role");
    lines.slice(1).forEach((line, i) => {
        if (line.trim() === "")
            return;
        const cells = line.split(",").map((s) => s.trim());
        const user = cells[iu];
        if (!user)
            throw new errors/* ConfigurationError */.j1(`${file}:${i + 2}: the user column is empty.`, { file, line: i + 2 });
        const team = it >= 0 ? cells[it] : undefined;
        const role = ir >= 0 ? cells[ir] : undefined;
        users.set(user, { ...users.get(user), ...(team ? { team } : {}), ...(role ? { role } : {}) });
    });
    return { ...org, users };
}
/** Adds a budgets file: `{"teams": {"payments": {"monthlyUsd": "1500"}}, "thresholds": {"warning": 80, "critical": 100}}`. */
function withBudgets(org, text, file) {
    const o = parseJson(text, file);
    const budgets = new Map(org.budgets);
    const teams = (o.teams ?? {});
    for (const [team, raw] of Object.entries(teams)) {
        const v = raw?.monthlyUsd;
        if (typeof v !== "string" && typeof v !== "number") {
            throw new errors/* ConfigurationError */.j1(`${file}: teams.${team}.monthlyUsd is missing (a USD amount such as "1500").`, { file });
        }
        budgets.set(team, (0,pricing_catalog/* decimalToMicros */.AD)(String(v), `${file}: teams.${team}.monthlyUsd`));
    }
    let thresholds = org.thresholds;
    if (o.thresholds !== undefined) {
        const t = o.thresholds;
        const warning = typeof t.warning === "number" ? t.warning : thresholds.warning;
        const critical = typeof t.critical === "number" ? t.critical : thresholds.critical;
        if (!(warning > 0 && critical >= warning)) {
            throw new errors/* ConfigurationError */.j1(`${file}: thresholds need 0 < warning <= critical (percent).`, { file });
        }
        thresholds = { warning, critical };
    }
    return { ...org, budgets, thresholds };
}
function roleOf(org, user) {
    return org.users.get(user)?.role ?? org.defaultRole;
}
function teamOf(org, user) {
    const u = org.users.get(user);
    return u?.team ?? u?.role ?? org.defaultRole ?? "unassigned";
}

;// CONCATENATED MODULE: ./shared/reports/cost/query.ts
/**
 * A small evaluator for the dashboard queries of usage-dashboard-config.json
 * (the seed's and Steward's). Grammar:
 *
 *     query := agg "(" arg ")" [ "by" "(" dim { "," dim } ")" ]
 *     agg   := "sum" | "count" | "avg" | "max" | "min"
 *     arg   := "*" | "distinct requestId" | field { "+" field } | "tokens * cost_per_token"
 *     field := tokens | input | output | cacheWrite5m | cacheWrite1h | cacheRead | unsplit
 *            | quotaTokens | requests | costUsd | cost
 *     dim   := user | team | role | date | day | month | model | tool | source | tier
 *
 * `count(*)` and `count(distinct requestId)` count requests (records are
 * already de-duplicated on requestId); `avg(x)` is sum(x) / requests;
 * `max`/`min` are over daily cells (per user, model, tool). `tokens *
 * cost_per_token` is the exact per-model cost (`costUsd`), not a flat rate.
 * Anything else is a ConfigurationError naming the metric.
 *
 * Alerts: `{"condition": "daily_tokens > 800000"}` (operators > >= < <=) fires
 * for every row of the metric past the number; `{"metric": "daily_tokens",
 * "percentOfRoleQuota": 80, "quota": "daily"}` fires for every row (grouped by
 * user) at or past that percent of the user's role quota. `daily_tokens` and
 * `monthly_tokens` are built in (quota tokens by user and date / month) when
 * the config does not define them.
 */



const FIELDS = {
    requests: 0,
    input: 1,
    output: 2,
    cacheWrite5m: 3,
    cacheWrite1h: 4,
    cacheRead: 5,
    unsplit: 6,
};
const FIELD_ALIASES = {
    tokens: "tokens",
    input: "input",
    output: "output",
    cachewrite5m: "cacheWrite5m",
    cache_write_5m: "cacheWrite5m",
    cachewrite1h: "cacheWrite1h",
    cache_write_1h: "cacheWrite1h",
    cacheread: "cacheRead",
    cache_read: "cacheRead",
    unsplit: "unsplit",
    quotatokens: "quotaTokens",
    quota_tokens: "quotaTokens",
    requests: "requests",
    costusd: "cost",
    cost: "cost",
    cost_usd: "cost",
};
const DIMS = ["user", "team", "role", "date", "month", "model", "tool", "source", "tier"];
/** Parses one query; throws ConfigurationError naming `metric` when unsupported. */
function parseQuery(query, metric, file) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`Dashboard metric "${metric}": unsupported query "${query}" (${why}).`, {
            ...(file ? { file } : {}),
            hint: "Supported: sum|count|avg|max|min(field [+ field...] | * | tokens * cost_per_token) by (user, team, role, date, month, model, tool, source, tier). See docs/cost-report.md.",
        });
    };
    const m = /^\s*(\w+)\s*\(\s*(.*?)\s*\)\s*(?:by\s*\(\s*([^)]*)\)\s*)?$/i.exec(query);
    if (!m)
        return fail("expected agg(arg) by (dims)");
    const agg = m[1].toLowerCase();
    if (!["sum", "count", "avg", "max", "min"].includes(agg))
        return fail(`unknown aggregation "${m[1]}"`);
    const arg = m[2].replace(/\s+/g, " ").trim();
    let fields = [];
    if (agg === "count") {
        if (arg !== "*" && !/^distinct request_?id$/i.test(arg))
            return fail("count takes * or distinct requestId");
    }
    else if (/^tokens \* cost_per_token$/i.test(arg)) {
        fields = ["cost"];
    }
    else {
        for (const part of arg.split("+").map((s) => s.trim())) {
            const f = FIELD_ALIASES[part.toLowerCase()];
            if (!f)
                return fail(`unknown field "${part}"`);
            fields.push(f);
        }
        if (fields.length === 0)
            return fail("no field");
        if (fields.includes("cost") && fields.length > 1)
            return fail("cost cannot be added to token counts");
    }
    const by = [];
    if (m[3] !== undefined) {
        for (const raw of m[3].split(",").map((s) => s.trim().toLowerCase())) {
            const d = raw === "day" ? "date" : raw;
            if (!DIMS.includes(d))
                return fail(`unknown dimension "${raw}"`);
            by.push(d);
        }
    }
    return { agg: agg, fields, by };
}
function dimValue(cell, d, org) {
    switch (d) {
        case "user":
            return cell.user;
        case "team":
            return cell.team;
        case "role":
            return cell.role ?? roleOf(org, cell.user) ?? "";
        case "date":
            return cell.day;
        case "month":
            return cell.day.slice(0, 7);
        case "model":
            return cell.model;
        case "tool":
            return cell.tool;
        case "source":
            return cell.source;
        case "tier":
            return cell.tier;
    }
}
function fieldValue(cell, f) {
    if (f === "tokens") {
        let t = 0;
        for (let i = 1; i < 7; i++)
            t += cell.counters[i];
        return t;
    }
    if (f === "quotaTokens")
        return cell.quotaTokens;
    return cell.counters[FIELDS[f]];
}
/** Evaluates a parsed query over priced cells (one pass). Rows sorted by group. */
function evaluateQuery(q, cells, org) {
    const groups = new Map();
    const isCost = q.fields[0] === "cost";
    for (const cell of cells) {
        const group = {};
        for (const d of q.by)
            group[d] = dimValue(cell, d, org);
        const key = q.by.map((d) => group[d]).join("\u001f");
        let g = groups.get(key);
        if (!g) {
            g = { group, sum: 0, pico: 0n, requests: 0 };
            groups.set(key, g);
        }
        g.requests += cell.counters[0];
        if (isCost)
            g.pico += cell.pico;
        else {
            let v = 0;
            for (const f of q.fields)
                v += fieldValue(cell, f);
            g.sum += v;
            if (q.agg === "max")
                g.extreme = Math.max(g.extreme ?? v, v);
            if (q.agg === "min")
                g.extreme = Math.min(g.extreme ?? v, v);
        }
    }
    const rows = [...groups.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, g]) => {
        const total = isCost ? Number((0,price/* formatPicoUsd */.Xx)(g.pico)) : g.sum;
        let value;
        if (q.agg === "count")
            value = g.requests;
        else if (q.agg === "avg")
            value = g.requests === 0 ? 0 : total / g.requests;
        else if ((q.agg === "max" || q.agg === "min") && !isCost)
            value = g.extreme ?? 0;
        else
            value = total;
        return { group: g.group, value };
    });
    return rows;
}
const BUILT_IN = [
    { name: "daily_tokens", query: "sum(quotaTokens) by (user, date)" },
    { name: "monthly_tokens", query: "sum(quotaTokens) by (user, month)" },
];
/**
 * Evaluates a usage-dashboard-config.json (text) over priced cells: an array,
 * or an iterable that prices them afresh on each pass (one pass per metric),
 * so a large report never holds every cell priced.
 */
function evaluateDashboard(text, file, cells, org) {
    let o;
    try {
        o = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON: ${error.message}`, {
            file,
            cause: error,
        });
    }
    const dash = o?.dashboard;
    if (!dash || !Array.isArray(dash.metrics)) {
        throw new errors/* ConfigurationError */.j1(`${file}: expected "dashboard.metrics" to be an array.`, { file });
    }
    const configs = [];
    for (const [i, raw] of dash.metrics.entries()) {
        const m = raw;
        if (typeof m?.name !== "string" || typeof m.query !== "string") {
            throw new errors/* ConfigurationError */.j1(`${file}: dashboard.metrics[${i}] needs a "name" and a "query".`, {
                file,
            });
        }
        configs.push({
            name: m.name,
            query: m.query,
            ...(typeof m.visualization === "string" ? { visualization: m.visualization } : {}),
        });
    }
    const defined = new Set(configs.map((c) => c.name));
    const all = [...configs, ...BUILT_IN.filter((b) => !defined.has(b.name))];
    const parsed = new Map(all.map((c) => [c.name, { config: c, q: parseQuery(c.query, c.name, file) }]));
    const results = new Map();
    const evaluate = (name) => {
        const p = parsed.get(name);
        if (!p)
            return undefined;
        let r = results.get(name);
        if (!r) {
            r = {
                name,
                query: p.config.query,
                ...(p.config.visualization ? { visualization: p.config.visualization } : {}),
                by: p.q.by,
                rows: evaluateQuery(p.q, cells, org),
            };
            results.set(name, r);
        }
        return r;
    };
    for (const c of configs)
        evaluate(c.name);
    const alerts = [];
    for (const [i, raw] of (Array.isArray(dash.alerts) ? dash.alerts : []).entries()) {
        const a = raw;
        const name = typeof a?.name === "string" ? a.name : `alerts[${i}]`;
        const severity = typeof a?.severity === "string" ? a.severity : "warning";
        if (typeof a?.condition === "string") {
            const m = /^\s*(\w+)\s*(>=|<=|>|<)\s*(\d+(?:\.\d+)?)\s*$/.exec(a.condition);
            if (!m) {
                throw new errors/* ConfigurationError */.j1(`Dashboard alert "${name}": unsupported condition "${a.condition}".`, {
                    file,
                    hint: 'Write "<metric> > <number>" (operators > >= < <=).',
                });
            }
            const metric = evaluate(m[1]);
            if (!metric)
                throw new errors/* ConfigurationError */.j1(`Dashboard alert "${name}": unknown metric "${m[1]}".`, { file });
            const threshold = Number(m[3]);
            const op = m[2];
            const test = (v) => op === ">"
                ? v > threshold
                : op === ">="
                    ? v >= threshold
                    : op === "<"
                        ? v < threshold
                        : v <= threshold;
            alerts.push({
                name,
                severity,
                metric: metric.name,
                rule: a.condition,
                firing: metric.rows.filter((r) => test(r.value)).map((r) => ({ ...r, threshold })),
            });
        }
        else if (typeof a?.metric === "string" && typeof a.percentOfRoleQuota === "number") {
            const metric = evaluate(a.metric);
            if (!metric)
                throw new errors/* ConfigurationError */.j1(`Dashboard alert "${name}": unknown metric "${a.metric}".`, { file });
            const period = a.quota === "monthly" ? "monthly" : "daily";
            if (!metric.by.includes("user")) {
                throw new errors/* ConfigurationError */.j1(`Dashboard alert "${name}": metric "${a.metric}" must be grouped by user to compare with role quotas.`, {
                    file,
                });
            }
            const pct = a.percentOfRoleQuota;
            const firing = [];
            for (const r of metric.rows) {
                const role = roleOf(org, r.group.user ?? "");
                const limit = role ? org.quotas.get(role)?.[period] : undefined;
                if (limit === undefined)
                    continue;
                const threshold = (limit * pct) / 100;
                if (r.value >= threshold)
                    firing.push({ ...r, threshold });
            }
            alerts.push({
                name,
                severity,
                metric: metric.name,
                rule: `${a.metric} >= ${pct}% of role ${period} quota`,
                firing,
            });
        }
        else {
            throw new errors/* ConfigurationError */.j1(`Dashboard alert "${name}": needs "condition" or "metric" + "percentOfRoleQuota".`, { file });
        }
    }
    return { metrics: configs.map((c) => results.get(c.name)), alerts };
}

;// CONCATENATED MODULE: ./shared/reports/cost/sums.ts
/**
 * The arithmetic under the cost report: pricing one cell at a time without
 * allocating, exact pico-USD sums, and per-dimension sums in flat arrays.
 *
 * The report adds every cell into seven rollups (total, user, team, model,
 * day, tool, source). A month of seed logs is some 31,000 cells, a month of
 * a thousand users' transcripts some 300,000, and the report runs once per
 * process: its loop mostly runs before V8 has optimised it. So the per-cell
 * work is kept to number arithmetic on typed arrays: no result object per
 * cell, no bigint unless a cost passes 2^53 pico-USD (about $9,007), no Map
 * lookups on the way.
 */


const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** The number form of a non-negative pico amount for {@link PicoSum.add}: the amount, or -1 beyond 2^53. */
const smallPico = (pico) => (pico >= 0n && pico <= MAX_SAFE ? Number(pico) : -1);
/**
 * An exact sum of pico-USD amounts. Most amounts (a cell's cost) fit a
 * double exactly, so they are added as numbers and carried into a bigint
 * only before the number sum would leave the safe-integer range: exact, and
 * without a bigint allocation per addition.
 */
class PicoSum {
    big;
    small = 0;
    constructor(start = 0n) {
        this.big = start;
    }
    /** `n` is the same amount as `pico` when it is a safe integer, else -1. */
    add(pico, n) {
        if (n < 0) {
            this.big += pico;
            return;
        }
        const s = this.small + n;
        if (s > Number.MAX_SAFE_INTEGER) {
            this.big += BigInt(this.small);
            this.small = n;
        }
        else
            this.small = s;
    }
    get value() {
        return this.big + BigInt(this.small);
    }
}
/** Positions in a cell's counters (COUNTERS order in shared/usage/aggregate.ts). */
const [C_INPUT, C_OUTPUT, C_WRITE_5M, C_WRITE_1H, C_READ, C_UNSPLIT] = [1, 2, 3, 4, 5, 6];
/**
 * Prices cells into its own fields, so pricing a cell allocates nothing:
 * after {@link price}, `picoN` is the exact cost in pico-USD when it is a
 * safe integer (0 when free) and -1 when it is not, in which case `pico`
 * holds it; `unpriced` and `reason` are the tokens that could not be priced
 * and why. The same rules as priceUsage in shared/pricing/price.ts (and its
 * tableCost past 2^53), with the catalog looked up once per (model, tier)
 * instead of per cell, and doubles while they are exact.
 */
class CellPricer {
    models;
    tiers;
    catalog;
    pico = 0n;
    picoN = 0;
    unpriced = 0;
    reason = undefined;
    rules = [];
    constructor(models, tiers, catalog) {
        this.models = models;
        this.tiers = tiers;
        this.catalog = catalog;
    }
    rule(model, tier) {
        const k = model * this.tiers.length + tier;
        let rule = this.rules[k];
        if (rule === undefined) {
            const name = this.models[model];
            const entry = name === "" ? undefined : (0,pricing_catalog/* resolveModel */.AX)(name, this.catalog);
            rule = (0,price/* priceRule */._y)(name !== "", entry, this.tiers[tier]);
            this.rules[k] = rule;
        }
        return rule;
    }
    /** Prices one cell's counters (COUNTERS order) for model id `model` at tier id `tier`. */
    price(model, tier, counters) {
        const input = counters[C_INPUT];
        const output = counters[C_OUTPUT];
        const write5m = counters[C_WRITE_5M];
        const write1h = counters[C_WRITE_1H];
        const read = counters[C_READ];
        const unsplit = counters[C_UNSPLIT];
        const split = input + output + write5m + write1h + read;
        const rule = this.rule(model, tier);
        const table = rule.table;
        if (table === undefined) {
            this.picoN = 0;
            this.unpriced = split + unsplit;
            this.reason = split === 0 && unsplit > 0 ? "unsplit" : rule.reason;
            return;
        }
        this.unpriced = unsplit;
        this.reason = unsplit > 0 ? "unsplit" : undefined;
        if (rule.keep === 100 && input >= 0 && output >= 0 && write5m >= 0 && write1h >= 0 && read >= 0) {
            // Non-negative integers: if the double result is at most 2^53 - 1, every
            // product and partial sum on the way was too, so it is exact.
            const x = input * table.input +
                output * table.output +
                write5m * table.cacheWrite5m +
                write1h * table.cacheWrite1h +
                read * table.cacheRead;
            if (x <= Number.MAX_SAFE_INTEGER) {
                this.picoN = x;
                return;
            }
        }
        const pico = (0,price/* tableCost */.Mk)(table, { input, output, cacheWrite5m: write5m, cacheWrite1h: write1h, cacheRead: read }, rule.keep);
        this.pico = pico;
        this.picoN = pico === 0n ? 0 : smallPico(pico);
    }
    /** The last priced cell's cost as a bigint. */
    get cost() {
        return this.picoN >= 0 ? BigInt(this.picoN) : this.pico;
    }
}
/** Per id: the seven counters, then quota tokens and unpriced tokens. */
const WIDTH = 9;
/**
 * Sums by dimension id (ids are dense: 0 to size - 1) in flat arrays: the
 * seven counters, quota tokens and unpriced tokens as doubles, and the exact
 * cost as a number part carried into a bigint part before it would leave the
 * safe-integer range (as {@link PicoSum} does).
 */
class IdSums {
    size;
    sums;
    picoSmall;
    picoBig = [];
    used;
    constructor(size) {
        this.size = size;
        this.sums = new Float64Array(size * WIDTH);
        this.picoSmall = new Float64Array(size);
        this.used = new Uint8Array(size);
    }
    /** Adds one cell (see {@link CellPricer} for `pico` and `picoN`) to id `id`. */
    add(id, counters, quota, unpriced, pico, picoN) {
        const s = this.sums;
        const o = id * WIDTH;
        s[o] = s[o] + counters[0];
        s[o + 1] = s[o + 1] + counters[1];
        s[o + 2] = s[o + 2] + counters[2];
        s[o + 3] = s[o + 3] + counters[3];
        s[o + 4] = s[o + 4] + counters[4];
        s[o + 5] = s[o + 5] + counters[5];
        s[o + 6] = s[o + 6] + counters[6];
        s[o + 7] = s[o + 7] + quota;
        s[o + 8] = s[o + 8] + unpriced;
        this.used[id] = 1;
        if (picoN === 0)
            return;
        if (picoN < 0) {
            this.picoBig[id] = (this.picoBig[id] ?? 0n) + pico;
            return;
        }
        const sum = this.picoSmall[id] + picoN;
        if (sum > Number.MAX_SAFE_INTEGER) {
            this.picoBig[id] = (this.picoBig[id] ?? 0n) + BigInt(this.picoSmall[id]);
            this.picoSmall[id] = picoN;
        }
        else
            this.picoSmall[id] = sum;
    }
    /** Whether any cell was added to `id`. */
    has(id) {
        return this.used[id] === 1;
    }
    /** The seven counters of `id` (COUNTERS order). */
    counters(id) {
        return Array.from(this.sums.subarray(id * WIDTH, id * WIDTH + 7));
    }
    quota(id) {
        return this.sums[id * WIDTH + 7];
    }
    unpriced(id) {
        return this.sums[id * WIDTH + 8];
    }
    /** The exact cost of `id`, pico-USD. */
    pico(id) {
        return (this.picoBig[id] ?? 0n) + BigInt(this.picoSmall[id]);
    }
}
/** The reasons a cell's tokens go unpriced, in the order {@link UnpricedSums} numbers them. */
const REASONS = ["no-model", "unknown-model", "no-price", "unsplit"];
/** Unpriced requests and tokens by (model id, reason), listed in the order first seen. */
class UnpricedSums {
    requests;
    tokens;
    order = [];
    constructor(models) {
        this.requests = new Float64Array(models * REASONS.length);
        this.tokens = new Float64Array(models * REASONS.length);
    }
    /** Adds a cell's unpriced tokens (`tokens` > 0); a missing reason counts as "no-price". */
    add(model, reason, requests, tokens) {
        const k = model * REASONS.length + (reason === undefined ? 2 : REASONS.indexOf(reason));
        // tokens > 0 on every add: a zero is a pair not seen yet
        if (this.tokens[k] === 0)
            this.order.push(k);
        this.requests[k] = this.requests[k] + requests;
        this.tokens[k] = this.tokens[k] + tokens;
    }
    entries() {
        return this.order.map((k) => ({
            model: Math.floor(k / REASONS.length),
            reason: REASONS[k % REASONS.length],
            requests: this.requests[k],
            tokens: this.tokens[k],
        }));
    }
}

;// CONCATENATED MODULE: ./shared/reports/cost/build.ts
/**
 * The cost report (schemaVersion 1) from a usage partial: totals, rollups by
 * user / team / model / day / tool / source, quota breaches per role, budget
 * alerts per team, unpriced models, malformed input, and reconciliation with
 * Anthropic's cost_report. Pure: everything it needs is passed in.
 *
 * Money: each cell is priced exactly (pico-USD, bigint) and rows are exact
 * sums of cells, so the total equals the sum of any dimension's rows to the
 * pico-dollar. `cost` is that exact amount as a decimal string of USD;
 * `costUsd` is the same rounded to 6 decimals for charts.
 */





const COST_REPORT_SCHEMA_VERSION = 1;
/** Positions of the dimensions in a cell (DIMENSIONS order). */
const [D_DAY, D_USER, D_MODEL, D_TIER, D_TOOL, D_SOURCE] = [0, 1, 2, 3, 4, 5];
/** One row's sums: the seven counters (COUNTERS order), quota and unpriced tokens, exact cost. */
class Acc {
    c;
    quota;
    unpriced;
    pico;
    constructor(c, quota, unpriced, pico) {
        this.c = c;
        this.quota = quota;
        this.unpriced = unpriced;
        this.pico = pico;
    }
    totals() {
        const pico = this.pico;
        const [requests = 0, input = 0, output = 0, cacheWrite5m = 0, cacheWrite1h = 0, cacheRead = 0, unsplit = 0,] = this.c;
        return {
            requests,
            input,
            output,
            cacheWrite5m,
            cacheWrite1h,
            cacheRead,
            unsplit,
            tokens: input + output + cacheWrite5m + cacheWrite1h + cacheRead + unsplit,
            quotaTokens: this.quota,
            unpricedTokens: this.unpriced,
            cost: (0,price/* formatPicoUsd */.Xx)(pico),
            costUsd: Math.round(Number(pico / 1000n) / 1000) / 1e6,
        };
    }
}
class Rollup {
    map = new Map();
    /** The ids of `sums` that had cells, keyed by value (`values[id]`; ids and values are one-to-one). */
    static of(sums, values) {
        const r = new Rollup();
        for (let id = 0; id < sums.size; id++) {
            if (sums.has(id))
                r.map.set(values[id], accOf(sums, id));
        }
        return r;
    }
    /** Rows sorted by cost, then tokens, then key. */
    rows() {
        return sortRows([...this.map.entries()].map(([key, a]) => ({ key, ...a.totals(), pico: a.pico })));
    }
    /** Rows sorted by key (days). */
    rowsByKey() {
        return [...this.map.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, a]) => ({ key, ...a.totals() }));
    }
}
function sortRows(rows) {
    rows.sort((a, b) => a.pico !== b.pico
        ? a.pico > b.pico
            ? -1
            : 1
        : a.tokens !== b.tokens
            ? b.tokens - a.tokens
            : a.key < b.key
                ? -1
                : a.key > b.key
                    ? 1
                    : 0);
    return rows.map(({ pico: _p, ...r }) => r);
}
const COUNTER_INDEX = {
    input: 1,
    output: 2,
    cacheWrite5m: 3,
    cacheWrite1h: 4,
    cacheRead: 5,
    unsplit: 6,
};
/** Percent with two decimals, from exact integers. */
function percent(used, limit) {
    if (limit === 0n)
        return used > 0n ? Number.POSITIVE_INFINITY : 0;
    return Number((used * 10000n) / limit) / 100;
}
/** Every cell with its exact cost, team and role: the rows the query evaluator runs over. */
function priceCells(partial, catalog = defaultCatalog, org = emptyOrg()) {
    return [...pricedCells(partial, catalog, org)];
}
const accOf = (sums, id) => new Acc(sums.counters(id), sums.quota(id), sums.unpriced(id), sums.pico(id));
/** The pricer for a partial's cells (its model and tier dictionaries). */
function cellPricer(partial, catalog) {
    const values = (d) => partial.cells.dictionaries[d].values;
    return new CellPricer(values(D_MODEL), values(D_TIER), catalog);
}
/** The positions in a cell's counters that count against quotas. */
const quotaIndexes = (org) => org.quotaCounters.map((c) => COUNTER_INDEX[c]);
/**
 * {@link priceCells} one cell at a time, so a report over hundreds of
 * thousands of cells never holds them all priced. Each call prices afresh:
 * iterate it again for another pass.
 */
function* pricedCells(partial, catalog = pricing_catalog/* defaultCatalog */.Dd, org = org_emptyOrg()) {
    const t = partial.cells;
    const pricer = cellPricer(partial, catalog);
    const quotaIdx = quotaIndexes(org);
    const teams = new Map();
    for (let cell = 0; cell < t.size; cell++) {
        const counters = t.readCounters(cell);
        pricer.price(t.dim(cell, D_MODEL), t.dim(cell, D_TIER), counters);
        let quotaTokens = 0;
        for (let i = 0; i < quotaIdx.length; i++)
            quotaTokens += counters[quotaIdx[i]];
        const user = t.value(cell, D_USER);
        let team = teams.get(t.dim(cell, D_USER));
        if (team === undefined) {
            team = teamOf(org, user);
            teams.set(t.dim(cell, D_USER), team);
        }
        // explicit fields, no spreads: this runs once per cell (hundreds of thousands)
        yield {
            day: t.value(cell, D_DAY),
            user,
            model: t.value(cell, D_MODEL),
            tier: t.value(cell, D_TIER),
            tool: t.value(cell, D_TOOL),
            source: t.value(cell, D_SOURCE),
            counters,
            quotaTokens,
            unpricedTokens: pricer.unpriced,
            unpricedReason: pricer.reason,
            pico: pricer.cost,
            team,
            role: roleOf(org, user),
        };
    }
}
/**
 * Adds every cell into the report's sums. A function of its own, kept small:
 * it runs once per report, and V8 optimises a small loop while it is still
 * running (a loop inside buildCostReport took longer to compile than to run).
 * `extras` (quotas and budgets) is called for every cell when `quotasOrBudgets`.
 */
function sumCells(t, sums, userTeamId, pricer, quotaIdx, quotasOrBudgets, extras) {
    const { total, user: byUser, team: byTeam, model: byModel, day: byDay, tool: byTool, source: bySource, } = sums;
    const unpriced = sums.unpriced;
    const counters = [0, 0, 0, 0, 0, 0, 0];
    for (let cell = 0; cell < t.size; cell++) {
        t.readCounters(cell, counters);
        const user = t.dim(cell, D_USER);
        const model = t.dim(cell, D_MODEL);
        pricer.price(model, t.dim(cell, D_TIER), counters);
        let q = 0;
        for (let i = 0; i < quotaIdx.length; i++)
            q += counters[quotaIdx[i]];
        const u = pricer.unpriced;
        const c = pricer.pico;
        const n = pricer.picoN;
        total.add(0, counters, q, u, c, n);
        byUser.add(user, counters, q, u, c, n);
        byTeam.add(userTeamId[user], counters, q, u, c, n);
        byModel.add(model, counters, q, u, c, n);
        byDay.add(t.dim(cell, D_DAY), counters, q, u, c, n);
        byTool.add(t.dim(cell, D_TOOL), counters, q, u, c, n);
        bySource.add(t.dim(cell, D_SOURCE), counters, q, u, c, n);
        if (u > 0)
            unpriced.add(model, pricer.reason, counters[0], u);
        if (quotasOrBudgets)
            extras(cell, q, pricer);
    }
}
function build_buildCostReport(partial, options) {
    const catalog = options.catalog ?? pricing_catalog/* defaultCatalog */.Dd;
    const org = options.org ?? org_emptyOrg();
    const today = options.generatedAt.slice(0, 10);
    const t = partial.cells;
    const [days, users, models, , tools, sources] = t.dictionaries.map((d) => d.values);
    // Per user (by id): team id, and quota limits.
    const teamIds = new Map();
    const userTeamId = new Int32Array(users.length);
    const userLimits = users.map((name, user) => {
        const team = teamOf(org, name);
        let id = teamIds.get(team);
        if (id === undefined) {
            id = teamIds.size;
            teamIds.set(team, id);
        }
        userTeamId[user] = id;
        const role = roleOf(org, name);
        // a role named "" has no quota, as roleOf's callers have always read it
        return role ? (org.quotas.get(role) ?? {}) : {};
    });
    const teamNames = [...teamIds.keys()];
    const teamBudgeted = teamNames.map((team) => org.budgets.has(team));
    const anyQuota = userLimits.some((l) => l.daily !== undefined || l.monthly !== undefined);
    const anyBudget = teamBudgeted.includes(true);
    // Per day id: its month (as an id into `months`).
    const months = [];
    const monthIds = new Map();
    const dayMonth = days.map((day) => {
        const month = day.slice(0, 7);
        let id = monthIds.get(month);
        if (id === undefined) {
            id = months.length;
            months.push(month);
            monthIds.set(month, id);
        }
        return id;
    });
    // Quota tokens by (user, day) and (user, month), only for users with such a
    // quota; cost by (team, month), only for teams with a budget. Keys: id pairs as one number.
    const userDay = new Map();
    const userMonth = new Map();
    const teamMonth = new Map();
    /** Quotas and budgets: per cell, but apart from the hot loop (most reports have neither). */
    const extras = (cell, q, pricer) => {
        const user = t.dim(cell, D_USER);
        const day = t.dim(cell, D_DAY);
        const month = dayMonth[day];
        const limits = userLimits[user];
        if (limits.daily !== undefined) {
            const k = user * days.length + day;
            userDay.set(k, (userDay.get(k) ?? 0) + q);
        }
        if (limits.monthly !== undefined) {
            const k = user * months.length + month;
            userMonth.set(k, (userMonth.get(k) ?? 0) + q);
        }
        const team = userTeamId[user];
        if (teamBudgeted[team]) {
            const k = team * months.length + month;
            let sum = teamMonth.get(k);
            if (sum === undefined) {
                sum = new PicoSum();
                teamMonth.set(k, sum);
            }
            if (pricer.picoN !== 0)
                sum.add(pricer.pico, pricer.picoN);
        }
    };
    // the dashboard's queries run over the priced cells, one pass per metric; the rollups need one pass
    const dashboard = options.dashboard
        ? evaluateDashboard(options.dashboard.text, options.dashboard.file, { [Symbol.iterator]: () => pricedCells(partial, catalog, org) }, org)
        : null;
    const sums = {
        total: new IdSums(1),
        user: new IdSums(users.length),
        team: new IdSums(teamNames.length),
        model: new IdSums(models.length),
        day: new IdSums(days.length),
        tool: new IdSums(tools.length),
        source: new IdSums(sources.length),
        unpriced: new UnpricedSums(models.length),
    };
    sumCells(t, sums, userTeamId, cellPricer(partial, catalog), quotaIndexes(org), anyQuota || anyBudget, extras);
    const totalAcc = accOf(sums.total, 0);
    const byUser = Rollup.of(sums.user, users);
    const byTeam = Rollup.of(sums.team, teamNames);
    const byModel = Rollup.of(sums.model, models);
    const byDay = Rollup.of(sums.day, days);
    const byTool = Rollup.of(sums.tool, tools);
    const bySource = Rollup.of(sums.source, sources);
    const quotaBreaches = [];
    const { warning, critical } = org.thresholds;
    const check = (map, width, whenOf, period) => {
        for (const [k, used] of map) {
            const user = Math.floor(k / width);
            const limit = userLimits[user]?.[period];
            if (limit === undefined)
                continue;
            const pct = percent(BigInt(used), BigInt(limit));
            if (pct >= warning) {
                quotaBreaches.push({
                    user: users[user],
                    role: roleOf(org, users[user]),
                    period,
                    when: whenOf(k % width),
                    used,
                    limit,
                    percent: pct,
                    severity: pct >= critical ? "critical" : "warning",
                });
            }
        }
    };
    check(userDay, days.length, (d) => days[d], "daily");
    check(userMonth, months.length, (m) => months[m], "monthly");
    quotaBreaches.sort((a, b) => b.percent - a.percent || (a.when < b.when ? -1 : a.when > b.when ? 1 : 0) || (a.user < b.user ? -1 : 1));
    const budgetAlerts = [];
    for (const [k, sum] of teamMonth) {
        const team = teamNames[Math.floor(k / months.length)];
        const month = months[k % months.length];
        const budget = org.budgets.get(team);
        if (budget === undefined)
            continue;
        const pico = sum.value;
        const pct = percent(pico, BigInt(budget) * 1000000n);
        if (pct >= warning) {
            budgetAlerts.push({
                team,
                month,
                cost: (0,price/* formatPicoUsd */.Xx)(pico),
                budget: (0,price/* formatPicoUsd */.Xx)(BigInt(budget) * 1000000n),
                percent: pct,
                severity: pct >= critical ? "critical" : "warning",
            });
        }
    }
    budgetAlerts.sort((a, b) => b.percent - a.percent || (a.team < b.team ? -1 : 1));
    const userRows = byUser
        .rows()
        .map((r) => ({ ...r, team: teamOf(org, r.key), role: roleOf(org, r.key) ?? null }));
    const modelRows = byModel.rows().map((r) => {
        const m = r.key ? (0,pricing_catalog/* resolveModel */.AX)(r.key, catalog) : undefined;
        return {
            ...r,
            displayName: m?.displayName ?? null,
            family: m?.family ?? null,
            priced: m?.prices !== null && m !== undefined,
            lifecycle: r.key ? (0,pricing_catalog/* modelLifecycle */._5)(r.key, today, catalog).status : "unknown",
        };
    });
    const notes = [];
    if (totalAcc.c[6] && totalAcc.c[6] > 0) {
        notes.push("Seed-format usage logs carry one `tokens` number with no model and no input/output split; those tokens are counted (and count against quotas) but are not priced.");
    }
    const sourcesSeen = new Set(bySource.map.keys());
    if (sourcesSeen.has("anthropic-usage-api") || sourcesSeen.has("claude-code-analytics-api")) {
        notes.push("API sources report daily buckets, not requests: their rows add tokens but 0 requests.");
    }
    return {
        schemaVersion: COST_REPORT_SCHEMA_VERSION,
        generatedAt: options.generatedAt,
        period: {
            since: options.since ?? null,
            until: options.until ?? null,
            firstRecord: partial.first === null ? null : new Date(partial.first).toISOString(),
            lastRecord: partial.last === null ? null : new Date(partial.last).toISOString(),
        },
        catalogCheckedAt: catalog.checkedAt,
        totals: totalAcc.totals(),
        byUser: userRows,
        byTeam: byTeam.rows(),
        byModel: modelRows,
        byDay: byDay.rowsByKey(),
        byTool: byTool.rows(),
        bySource: bySource.rows(),
        quotaBreaches,
        budgetAlerts,
        unpricedModels: sums.unpriced
            .entries()
            .map((u) => ({
            model: models[u.model],
            reason: u.reason,
            requests: u.requests,
            tokens: u.tokens,
        }))
            .sort((a, b) => b.tokens - a.tokens || (a.model < b.model ? -1 : 1)),
        malformed: {
            total: partial.malformed.total,
            // sorted, so the report does not depend on the order partials were merged in
            byReason: Object.fromEntries(Object.entries(partial.malformed.byReason).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
            samples: partial.malformed.samples,
        },
        input: partial.stats,
        reconciliation: reconcile(partial, byDay),
        dashboard,
        notes,
    };
}
function reconcile(partial, byDay) {
    if (partial.referenceCost.size === 0)
        return null;
    const days = [...new Set([...partial.referenceCost.keys(), ...byDay.map.keys()])].sort();
    let local = 0n;
    let remote = 0n;
    const rows = days.map((day) => {
        const l = byDay.map.get(day)?.pico ?? 0n;
        const r = partial.referenceCost.get(day) ?? 0n;
        local += l;
        remote += r;
        return {
            day,
            localCost: (0,price/* formatPicoUsd */.Xx)(l),
            anthropicCost: (0,price/* formatPicoUsd */.Xx)(r),
            variance: (0,price/* formatPicoUsd */.Xx)(l - r),
        };
    });
    return {
        localCost: (0,price/* formatPicoUsd */.Xx)(local),
        anthropicCost: (0,price/* formatPicoUsd */.Xx)(remote),
        variance: (0,price/* formatPicoUsd */.Xx)(local - remote),
        variancePercent: remote === 0n ? null : Number(((local - remote) * 10000n) / remote) / 100,
        byDay: rows,
        notes: [
            "Anthropic's cost_report is authoritative for first-party API spend. It excludes Bedrock and Vertex usage and Priority Tier, and includes API usage that is not Claude Code; local estimates use list prices from Steward's catalog.",
        ],
    };
}

// EXTERNAL MODULE: ./shared/usage/aggregate.ts + 1 modules
var aggregate = __webpack_require__(4081);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./shared/usage/files.ts
/**
 * Turns `--source` arguments (plain files, directories, globs) into a sorted
 * list of files. Node 20 has no fs.glob, so globs are matched here: `**`
 * crosses directories, `*` and `?` do not, `{a,b}` alternates.
 */




/** File names a directory source contributes. */
const USAGE_FILE_PATTERN = /\.(jsonl|json|ndjson|log)(\.gz)?$/i;
const GLOB_CHARS = /[*?[{]/;
/** Converts a glob to an anchored regular expression over "/"-separated relative paths. */
function globToRegExp(glob) {
    let re = "";
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === "*") {
            if (glob[i + 1] === "*") {
                const slash = glob[i + 2] === "/";
                re += slash ? "(?:.*/)?" : ".*";
                i += slash ? 2 : 1;
            }
            else
                re += "[^/]*";
        }
        else if (c === "?")
            re += "[^/]";
        else if (c === "{") {
            const end = glob.indexOf("}", i);
            if (end === -1)
                re += "\\{";
            else {
                re += `(?:${glob
                    .slice(i + 1, end)
                    .split(",")
                    .map((s) => s.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
                    .join("|")})`;
                i = end;
            }
        }
        else if (c === "[") {
            const end = glob.indexOf("]", i);
            if (end === -1)
                re += "\\[";
            else {
                re += `[${glob.slice(i + 1, end).replace(/^!/, "^")}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|\\]/g, "\\$&");
    }
    return new RegExp(`^${re}$`);
}
/**
 * Every file below `dir`, sorted by name at each level. Paths are built by
 * concatenation (`dir` is already absolute and normal, names hold no
 * separator): thousands of daily files would otherwise each pay for
 * path.join and path.relative. Directories are read synchronously: a hundred
 * small folders cost less than a hundred round trips to the thread pool.
 */
function walk(dir, rel, out) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Usage source directory ${dir} is not readable.`, {
            file: dir,
            cause: error,
        });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const prefix = dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep;
    for (const e of entries) {
        const p = prefix + e.name;
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory())
            walk(p, r, out);
        else if (e.isFile())
            out.push({ path: p, rel: r });
    }
}
const toPosix = (p) => (external_node_path_.sep === "/" ? p : p.split(external_node_path_.sep).join("/"));
/** Expands source arguments relative to `cwd`. A missing file or a glob with no match is a ConfigurationError. */
async function expandSources(specs, cwd) {
    const out = [];
    // one walk never finds a file twice: only several sources need the check
    const seen = specs.length > 1 ? new Set() : undefined;
    const add = (f) => {
        if (seen === undefined)
            out.push(f);
        else if (!seen.has(f.path)) {
            seen.add(f.path);
            out.push(f);
        }
    };
    for (const spec of specs) {
        if (GLOB_CHARS.test(spec)) {
            const parts = toPosix(spec).split("/");
            const firstGlob = parts.findIndex((s) => GLOB_CHARS.test(s));
            const base = (0,external_node_path_.resolve)(cwd, parts.slice(0, firstGlob).join("/") || ".");
            const re = globToRegExp(parts.slice(firstGlob).join("/"));
            const files = [];
            try {
                await (0,promises_.stat)(base);
            }
            catch (error) {
                throw new errors/* ConfigurationError */.j1(`Usage source ${spec}: directory ${base} does not exist.`, {
                    file: spec,
                    cause: error,
                });
            }
            walk(base, "", files);
            let matched = 0;
            for (const f of files) {
                if (re.test(f.rel)) {
                    matched++;
                    add({ path: f.path, spec, relative: f.rel });
                }
            }
            if (matched === 0)
                throw new errors/* ConfigurationError */.j1(`Usage source ${spec} matches no files.`, { file: spec });
            continue;
        }
        const abs = (0,external_node_path_.resolve)(cwd, spec);
        let info;
        try {
            info = await (0,promises_.stat)(abs);
        }
        catch (error) {
            const code = error.code;
            throw new errors/* ConfigurationError */.j1(`Usage source ${spec} ${code === "ENOENT" ? "does not exist" : `is not readable (${code})`}.`, { file: spec, cause: error, hint: "Pass a file, a directory or a quoted glob to --source." });
        }
        if (info.isDirectory()) {
            const files = [];
            walk(abs, "", files);
            for (const f of files)
                if (USAGE_FILE_PATTERN.test(f.rel))
                    add({ path: f.path, spec, relative: f.rel });
        }
        else {
            add({ path: abs, spec, relative: "" });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./shared/usage/parallel.ts
var parallel = __webpack_require__(327);
;// CONCATENATED MODULE: ./shared/reports/cost/render.ts
/** report.json: stable key order, 2-space indent, trailing newline. */
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
// ---------- CSV ----------
/** One CSV cell: quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
function csvCell(value) {
    if (value === null || value === undefined)
        return "";
    let s = String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const NUM_COLS = [
    "requests",
    "input",
    "output",
    "cacheWrite5m",
    "cacheWrite1h",
    "cacheRead",
    "unsplit",
    "tokens",
    "quotaTokens",
    "unpricedTokens",
    "cost",
];
function csvTable(keyName, rows, extra = []) {
    const header = [keyName, ...extra, ...NUM_COLS].map(csvCell).join(",");
    const lines = rows.map((r) => [
        r.key,
        ...extra.map((e) => r[e]),
        ...NUM_COLS.map((c) => r[c]),
    ]
        .map(csvCell)
        .join(","));
    return `${[header, ...lines].join("\n")}\n`;
}
/** File name -> CSV text, one per dimension plus quota breaches and budget alerts. */
function renderCsv(report) {
    const out = new Map();
    out.set("cost-by-user.csv", csvTable("user", report.byUser, ["team", "role"]));
    out.set("cost-by-team.csv", csvTable("team", report.byTeam));
    out.set("cost-by-model.csv", csvTable("model", report.byModel, ["family", "priced", "lifecycle"]));
    out.set("cost-by-day.csv", csvTable("day", report.byDay));
    out.set("cost-by-tool.csv", csvTable("tool", report.byTool));
    out.set("quota-breaches.csv", `${["user", "role", "period", "when", "used", "limit", "percent", "severity"].join(",")}\n${report.quotaBreaches
        .map((b) => [b.user, b.role, b.period, b.when, b.used, b.limit, b.percent, b.severity].map(csvCell).join(","))
        .map((l) => `${l}\n`)
        .join("")}`);
    out.set("budget-alerts.csv", `${["team", "month", "cost", "budget", "percent", "severity"].join(",")}\n${report.budgetAlerts
        .map((b) => [b.team, b.month, b.cost, b.budget, b.percent, b.severity].map(csvCell).join(","))
        .map((l) => `${l}\n`)
        .join("")}`);
    return out;
}
// ---------- Markdown ----------
const fmtInt = (n) => n.toLocaleString("en-US");
/** "$1,234.57" from an exact decimal string. */
function fmtUsd(exact) {
    const n = Number(exact);
    const digits = Math.abs(n) < 1 && n !== 0 ? 4 : 2;
    return `${n < 0 ? "-" : ""}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}
const mdCell = (s) => s
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "&lt;");
const label = (key, none = "(none)") => (key === "" ? none : key);
const NUMERIC_HEADERS = new Set([
    "requests",
    "tokens",
    "unpriced tokens",
    "quota tokens",
    "cost",
    "input",
    "output",
    "cache write 5m",
    "cache write 1h",
    "cache read",
    "unsplit",
    "used",
    "limit",
    "percent",
    "line",
    "firing",
    "budget",
    "local estimate",
    "Anthropic",
    "variance",
    "variance %",
]);
const userTable = (users) => ({
    headers: ["user", "team", "requests", "tokens", "quota tokens", "cost"],
    rows: users.map((u) => [
        u.key,
        u.team,
        fmtInt(u.requests),
        fmtInt(u.tokens),
        fmtInt(u.quotaTokens),
        fmtUsd(u.cost),
    ]),
});
const budgetTable = (alerts) => ({
    headers: ["team", "month", "cost", "budget", "percent", "severity"],
    rows: alerts.map((b) => [b.team, b.month, fmtUsd(b.cost), fmtUsd(b.budget), `${b.percent}%`, b.severity]),
});
const quotaTable = (breaches) => ({
    headers: ["user", "role", "period", "when", "used", "limit", "percent", "severity"],
    rows: breaches.map((b) => [
        b.user,
        b.role,
        b.period,
        b.when,
        fmtInt(b.used),
        fmtInt(b.limit),
        `${b.percent}%`,
        b.severity,
    ]),
});
const unpricedTable = (models) => ({
    headers: ["model", "reason", "requests", "tokens"],
    rows: models.map((u) => [label(u.model, "(no model)"), u.reason, fmtInt(u.requests), fmtInt(u.tokens)]),
});
const reconciliationTable = (r) => ({
    headers: ["", "local estimate", "Anthropic", "variance", "variance %"],
    rows: [
        [
            "total",
            fmtUsd(r.localCost),
            fmtUsd(r.anthropicCost),
            fmtUsd(r.variance),
            r.variancePercent === null ? "n/a" : `${r.variancePercent}%`,
        ],
    ],
});
const mdData = (t) => mdTable(t.headers, t.rows);
function mdTable(headers, rows) {
    const align = headers.map((h) => (NUMERIC_HEADERS.has(h) ? "---:" : "---"));
    return [
        `| ${headers.join(" | ")} |`,
        `| ${align.join(" | ")} |`,
        ...rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`),
    ].join("\n");
}
function rowsTable(keyName, rows, top, none) {
    const shown = rows.slice(0, top);
    const body = shown.map((r) => [
        label(r.key, none),
        fmtInt(r.requests),
        fmtInt(r.tokens),
        fmtInt(r.unpricedTokens),
        fmtUsd(r.cost),
    ]);
    const more = rows.length > top ? `\n\n_${rows.length - top} more in the CSV/JSON report._` : "";
    return mdTable([keyName, "requests", "tokens", "unpriced tokens", "cost"], body) + more;
}
const mermaidLabel = (s) => s.replace(/["\n\r]/g, "'").slice(0, 40);
/** GitHub job summary / PR comment Markdown. */
function renderMarkdown(report, options = {}) {
    const top = options.top ?? 10;
    const t = report.totals;
    const out = [];
    out.push(`## ${options.title ?? "Claude Code cost report"}`);
    const period = `${report.period.since ?? report.period.firstRecord?.slice(0, 10) ?? "?"} to ${report.period.until ?? report.period.lastRecord?.slice(0, 10) ?? "?"}`;
    out.push(`**${fmtUsd(t.cost)}** estimated for ${fmtInt(t.tokens)} tokens in ${fmtInt(t.requests)} requests, ${period}. Prices from Steward's model catalog (checked ${report.catalogCheckedAt}).`);
    const alerts = report.quotaBreaches.length + report.budgetAlerts.length;
    if (alerts > 0) {
        out.push(`> [!WARNING]\n> ${report.budgetAlerts.length} budget alert(s) and ${report.quotaBreaches.length} quota breach(es); see below.`);
    }
    if (t.unpricedTokens > 0) {
        out.push(`> [!NOTE]\n> ${fmtInt(t.unpricedTokens)} tokens could not be priced and are not in the cost (see "Unpriced").`);
    }
    out.push(mdTable(["", "input", "output", "cache write 5m", "cache write 1h", "cache read", "unsplit", "cost"], [
        [
            "total",
            fmtInt(t.input),
            fmtInt(t.output),
            fmtInt(t.cacheWrite5m),
            fmtInt(t.cacheWrite1h),
            fmtInt(t.cacheRead),
            fmtInt(t.unsplit),
            fmtUsd(t.cost),
        ],
    ]));
    // models: pie + table
    out.push("### By model");
    const pricedModels = report.byModel.filter((m) => Number(m.costUsd.toFixed(2)) > 0).slice(0, top);
    if (pricedModels.length > 0) {
        out.push([
            "```mermaid",
            "pie showData",
            "  title Cost by model (USD)",
            ...pricedModels.map((m) => `  "${mermaidLabel(label(m.key, "(no model)"))}" : ${m.costUsd.toFixed(2)}`),
            "```",
        ].join("\n"));
    }
    out.push(mdTable(["model", "lifecycle", "requests", "tokens", "unpriced tokens", "cost"], report.byModel
        .slice(0, top)
        .map((m) => [
        label(m.key, "(no model)"),
        m.lifecycle,
        fmtInt(m.requests),
        fmtInt(m.tokens),
        fmtInt(m.unpricedTokens),
        fmtUsd(m.cost),
    ])));
    // days: xychart + table
    out.push("### By day");
    if (report.byDay.length > 0) {
        const useCost = Number(report.totals.cost) > 0;
        const values = report.byDay.map((d) => (useCost ? d.costUsd : d.tokens));
        const max = Math.max(...values, 1);
        out.push([
            "```mermaid",
            "xychart-beta",
            `  title "${useCost ? "Cost per day (USD)" : "Tokens per day"}"`,
            `  x-axis [${report.byDay.map((d) => `"${d.key.slice(5)}"`).join(", ")}]`,
            `  y-axis "${useCost ? "USD" : "tokens"}" 0 --> ${useCost ? Math.ceil(max * 1.1 * 100) / 100 : Math.ceil(max * 1.1)}`,
            `  bar [${values.map((v) => (useCost ? v.toFixed(2) : String(v))).join(", ")}]`,
            "```",
        ].join("\n"));
        out.push(`<details><summary>Table</summary>\n\n${mdTable(["day", "requests", "tokens", "cost"], report.byDay.map((d) => [d.key, fmtInt(d.requests), fmtInt(d.tokens), fmtUsd(d.cost)]))}\n\n</details>`);
    }
    out.push(`### Top ${top} users`);
    out.push(mdData(userTable(report.byUser.slice(0, top))) +
        (report.byUser.length > top
            ? `\n\n_${report.byUser.length - top} more users in the CSV/JSON report._`
            : ""));
    out.push("### By team");
    out.push(rowsTable("team", report.byTeam, top));
    if (report.byTool.some((r) => r.key !== "")) {
        out.push("### By tool");
        out.push(rowsTable("tool", report.byTool, top));
    }
    if (report.budgetAlerts.length > 0) {
        out.push("### Budget alerts");
        out.push(mdData(budgetTable(report.budgetAlerts)));
    }
    if (report.quotaBreaches.length > 0) {
        out.push("### Quota breaches");
        out.push(mdData(quotaTable(report.quotaBreaches.slice(0, top * 2))) +
            (report.quotaBreaches.length > top * 2
                ? `\n\n_${report.quotaBreaches.length - top * 2} more in quota-breaches.csv._`
                : ""));
    }
    if (report.dashboard?.alerts.some((a) => a.firing.length > 0)) {
        out.push("### Dashboard alerts");
        out.push(mdTable(["alert", "severity", "rule", "firing"], report.dashboard.alerts.map((a) => [a.name, a.severity, a.rule, String(a.firing.length)])));
    }
    if (report.unpricedModels.length > 0) {
        out.push("### Unpriced");
        out.push(mdData(unpricedTable(report.unpricedModels)));
    }
    if (report.reconciliation) {
        const r = report.reconciliation;
        out.push("### Reconciliation with Anthropic cost_report");
        out.push(mdData(reconciliationTable(r)));
        out.push(`_${r.notes.join(" ")}_`);
    }
    if (report.malformed.total > 0) {
        out.push("### Malformed input");
        out.push(`${fmtInt(report.malformed.total)} line(s) skipped. First samples:`);
        out.push(mdTable(["file", "line", "reason"], report.malformed.samples.slice(0, 5).map((s) => [s.file, String(s.line), s.reason])));
    }
    const i = report.input;
    out.push(`<sub>${fmtInt(i.files)} files, ${fmtInt(i.lines)} lines, ${fmtInt(i.records)} records; ${fmtInt(i.duplicates)} duplicate transcript lines dropped, ${fmtInt(i.synthetic)} synthetic, ${fmtInt(i.outOfRange)} outside the period.</sub>`);
    for (const n of report.notes)
        out.push(`<sub>${n}</sub>`);
    return `${out.join("\n\n")}\n`;
}
// ---------- HTML ----------
function escapeHtml(s) {
    return s
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
/**
 * A table in a horizontally scrolling wrapper, so a wide table never widens the
 * page on a phone. `cols` has one letter per column: `t` text, `n` number
 * (right-aligned, tabular figures), `w` free text that may wrap.
 */
const htmlData = (t, cols) => htmlTable(t.headers, t.rows, cols);
function htmlTable(headers, rows, cols) {
    const cls = (i) => {
        const c = cols[i] ?? "t";
        return c === "n" ? ' class="n"' : c === "w" ? ' class="w"' : "";
    };
    const th = headers.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join("");
    const trs = rows
        .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join("")}</tr>`)
        .join("\n");
    return `<div class="tw"><table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table></div>`;
}
const fmtTick = (n) => n.toLocaleString("en-US", { maximumFractionDigits: n >= 100 ? 0 : n >= 1 ? 2 : 4 });
/**
 * A vertical bar chart as inline SVG, drawn at its natural pixel size (labels
 * stay readable) inside a wrapper that scrolls sideways when the screen is
 * narrower than the chart. Y axis: 0, half and the maximum, with grid lines.
 */
function svgBars(points, caption) {
    const n = Math.max(points.length, 1);
    const left = 56;
    // 8-48 px per day, 900 px for a month; a few days still fill a 320 px chart.
    const slot = Math.max(Math.min(48, Math.max(8, 900 / n)), (320 - left - 8) / n);
    const w = Math.round(left + n * slot + 8);
    const h = 220;
    const base = h - 28;
    const plot = base - 12;
    const max = Math.max(...points.map((p) => p.value), 1e-9);
    const labelPx = Math.max(...points.map((p) => p.label.length), 2) * 7 + 6;
    const every = Math.ceil(labelPx / slot); // labels never overlap
    const grid = [0, 0.5, 1]
        .map((f) => {
        const y = (base - f * plot).toFixed(1);
        return `<line x1="${left - 4}" y1="${y}" x2="${w}" y2="${y}" class="${f === 0 ? "axis" : "grid"}"/><text x="${left - 8}" y="${(Number(y) + 4).toFixed(1)}" class="lbl" text-anchor="end">${escapeHtml(fmtTick(f * max))}</text>`;
    })
        .join("");
    const bars = points
        .map((p, i) => {
        const bh = (p.value / max) * plot;
        const x = left + i * slot + slot * 0.1;
        return `<rect x="${x.toFixed(1)}" y="${(base - bh).toFixed(1)}" width="${(slot * 0.8).toFixed(1)}" height="${bh.toFixed(1)}" class="bar"><title>${escapeHtml(p.title)}</title></rect>${i % every === 0
            ? `<text x="${(x + slot * 0.4).toFixed(1)}" y="${h - 10}" class="lbl" text-anchor="middle">${escapeHtml(p.label)}</text>`
            : ""}`;
    })
        .join("");
    return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption><div class="sw"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${grid}${bars}</svg></div></figure>`;
}
/**
 * Horizontal share bars (models) as inline SVG: the name and figure on one line,
 * the bar under it, scaled to the largest share. 380 px wide, so it fits a phone
 * without shrinking its text.
 */
function svgShares(points, caption) {
    const total = points.reduce((s, p) => s + p.value, 0) || 1;
    const max = Math.max(...points.map((p) => p.value), 1e-9);
    const w = 380;
    const rowH = 34;
    const h = points.length * rowH + 4;
    const rows = points
        .map((p, i) => {
        const y = i * rowH;
        const share = `${((p.value / total) * 100).toFixed(1)}%`;
        const wpx = (p.value / max) * (w - 56);
        return `<text x="0" y="${y + 12}" class="lbl">${escapeHtml(p.label.slice(0, 48))}</text><text x="${w}" y="${y + 12}" class="lbl" text-anchor="end">${escapeHtml(p.figure)}</text><rect x="0" y="${y + 17}" width="${wpx.toFixed(1)}" height="12" class="share"><title>${escapeHtml(p.title)}</title></rect><text x="${(wpx + 4).toFixed(1)}" y="${y + 27}" class="lbl">${share}</text>`;
    })
        .join("");
    return `<figure class="chart"><figcaption>${escapeHtml(caption)}</figcaption><div class="sw"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">${rows}</svg></div></figure>`;
}
/** A self-contained HTML report (inline CSS + SVG; no scripts, fonts or images from anywhere). */
function renderHtml(report, options = {}) {
    const top = options.top ?? 20;
    const title = options.title ?? "Claude Code cost report";
    const t = report.totals;
    const useCost = Number(t.cost) > 0;
    const sections = [];
    // Dates and timestamps never break at their hyphens.
    const nw = (s) => `<span class="nw">${escapeHtml(s)}</span>`;
    const since = report.period.since ?? report.period.firstRecord?.slice(0, 10) ?? "?";
    const until = report.period.until ?? report.period.lastRecord?.slice(0, 10) ?? "?";
    sections.push(`<p class="big">${escapeHtml(fmtUsd(t.cost))}</p><p>${escapeHtml(`${fmtInt(t.tokens)} tokens, ${fmtInt(t.requests)} requests, ${fmtInt(report.byUser.length)} users,`)} ${nw(since)} to ${nw(until)}. Generated ${nw(report.generatedAt)}; prices checked ${nw(report.catalogCheckedAt)}.</p>`);
    /** "Top 20 of 45 users by cost; ..." when a table is cut at `top`. */
    const cut = (shown, all, what) => all > shown
        ? `<p class="note">${escapeHtml(`Top ${shown} of ${fmtInt(all)} ${what} by cost; all of them are in the JSON and CSV reports.`)}</p>`
        : "";
    if (t.unpricedTokens > 0)
        sections.push(`<p class="warn">${escapeHtml(`${fmtInt(t.unpricedTokens)} tokens could not be priced and are not in the cost.`)}</p>`);
    if (report.byDay.length) {
        const spansMonths = new Set(report.byDay.map((d) => d.key.slice(0, 7))).size > 1;
        sections.push(`<h2>By day</h2>${svgBars(report.byDay.map((d) => ({
            // day of the month; month-day when the period spans months
            label: d.key.slice(spansMonths ? 5 : 8),
            value: useCost ? d.costUsd : d.tokens,
            title: `${d.key}: ${fmtUsd(d.cost)}, ${fmtInt(d.tokens)} tokens`,
        })), useCost ? "Cost per day (USD)" : "Tokens per day")}${htmlTable(["day", "requests", "tokens", "cost"], report.byDay.map((d) => [d.key, fmtInt(d.requests), fmtInt(d.tokens), fmtUsd(d.cost)]), "tnnn")}`);
    }
    if (report.byModel.length) {
        const models = report.byModel.slice(0, top);
        sections.push(`<h2>By model</h2>${svgShares(models.map((m) => ({
            label: label(m.key, "(no model)"),
            value: useCost ? m.costUsd : m.tokens,
            title: `${label(m.key, "(no model)")}: ${fmtUsd(m.cost)}, ${fmtInt(m.tokens)} tokens`,
            figure: !useCost
                ? `${fmtInt(m.tokens)} tokens`
                : m.costUsd === 0 && m.unpricedTokens > 0
                    ? "unpriced"
                    : fmtUsd(m.cost),
        })), useCost ? "Share of cost by model" : "Share of tokens by model")}${htmlTable(["model", "lifecycle", "requests", "tokens", "unpriced tokens", "cost"], models.map((m) => [
            label(m.key, "(no model)"),
            m.lifecycle,
            fmtInt(m.requests),
            fmtInt(m.tokens),
            fmtInt(m.unpricedTokens),
            fmtUsd(m.cost),
        ]), "ttnnnn")}${cut(models.length, report.byModel.length, "models")}`);
    }
    sections.push(`<h2>Users</h2>${htmlData(userTable(report.byUser.slice(0, top)), "ttnnnn")}${cut(Math.min(top, report.byUser.length), report.byUser.length, "users")}`);
    sections.push(`<h2>Teams</h2>${htmlTable(["team", "requests", "tokens", "cost"], report.byTeam.map((r) => [r.key, fmtInt(r.requests), fmtInt(r.tokens), fmtUsd(r.cost)]), "tnnn")}`);
    if (report.budgetAlerts.length)
        sections.push(`<h2>Budget alerts</h2>${htmlData(budgetTable(report.budgetAlerts), "ttnnnt")}`);
    if (report.quotaBreaches.length)
        sections.push(`<h2>Quota breaches</h2>${htmlData(quotaTable(report.quotaBreaches), "ttttnnnt")}`);
    if (report.unpricedModels.length)
        sections.push(`<h2>Unpriced</h2>${htmlData(unpricedTable(report.unpricedModels), "ttnn")}`);
    if (report.reconciliation) {
        const r = report.reconciliation;
        sections.push(`<h2>Reconciliation</h2>${htmlData(reconciliationTable(r), "tnnnn")}<p class="note">${escapeHtml(r.notes.join(" "))}</p>`);
    }
    if (report.malformed.total)
        sections.push(`<h2>Malformed input</h2><p>${fmtInt(report.malformed.total)} line(s) skipped.</p>${htmlTable(["file", "line", "reason"], report.malformed.samples.map((s) => [s.file, String(s.line), s.reason]), "wnw")}`);
    for (const n of report.notes)
        sections.push(`<p class="note">${escapeHtml(n)}</p>`);
    const css = "body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#1f2328;background:#fff}" +
        "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}" +
        ".tw,.sw{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0;width:100%}" +
        "th,td{padding:.25rem .5rem;border-bottom:1px solid #eaeef2;text-align:left;white-space:nowrap}" +
        "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.w{white-space:normal;overflow-wrap:anywhere;min-width:8rem}" +
        ".big{font-size:2rem;font-weight:600;margin:.2rem 0}.chart{margin:.75rem 0}figcaption{color:#57606a;font-size:12px;margin-bottom:.25rem}" +
        ".nw{white-space:nowrap}svg{display:block}.bar{fill:#0969da}.share{fill:#8250df}.axis{stroke:#8c959f}.grid{stroke:#eaeef2}" +
        ".lbl{font-size:11px;fill:#57606a}.warn{color:#9a6700}.note{color:#57606a;font-size:12px}" +
        "@media (max-width:600px){body{margin:1rem auto}th,td{padding:.25rem .4rem}}";
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${css}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${sections.join("\n")}
</body></html>
`;
}

;// CONCATENATED MODULE: ./shared/reports/cost/pipeline.ts




/** `until` is an inclusive day; the reader bound is exclusive. */
function dayBounds(since, until) {
    return {
        ...(since ? { since: Date.parse(`${since}T00:00:00Z`) } : {}),
        ...(until ? { until: Date.parse(`${until}T00:00:00Z`) + 86_400_000 } : {}),
    };
}
/** Reads every source into one partial. With no sources it returns an empty partial. */
async function pipeline_collectPartial(options) {
    if (options.sources.length === 0)
        return (0,aggregate/* emptyPartial */.pP)();
    const files = await expandSources(options.sources, options.cwd);
    return (0,parallel.readFilesToPartial)(files, {
        ...(options.kind ? { kind: options.kind } : {}),
        ...dayBounds(options.since, options.until),
        ...(options.userMap ? { userMap: options.userMap } : {}),
        ...(options.defaultUser ? { defaultUser: options.defaultUser } : {}),
        ...(options.catalog ? { catalog: options.catalog } : {}),
        ...(options.onFile ? { onFile: options.onFile } : {}),
        ...(options.onPlan ? { onPlan: options.onPlan } : {}),
        ...(options.threads ? { threads: options.threads } : {}),
        ...(options.env ? { env: options.env } : {}),
    });
}
/** Merges partials without changing any of them. */
function pipeline_mergeAll(partials) {
    const some = partials.filter((p) => !(0,aggregate/* isEmptyPartial */.Fz)(p));
    // one partial is its own merge: no copy of its cells
    if (some.length <= 1)
        return some[0] ?? (0,aggregate/* emptyPartial */.pP)();
    // one copy (the first merge's), which the rest are added into: not a copy per partial
    const [a, b, ...rest] = some;
    return rest.reduce(aggregate/* mergeOwnedPartials */._H, (0,aggregate/* mergePartials */.p8)(a, b));
}
/** File name -> content for each requested format. */
function pipeline_renderFormats(report, formats, options = {}) {
    const out = new Map();
    for (const f of formats) {
        if (f === "json")
            out.set("report.json", renderJson(report));
        if (f === "md")
            out.set("report.md", renderMarkdown(report, options));
        if (f === "html")
            out.set("report.html", renderHtml(report, options));
        if (f === "csv")
            for (const [name, text] of renderCsv(report))
                out.set(name, text);
    }
    return out;
}

// EXTERNAL MODULE: ./shared/usage/anthropic-api.ts
var anthropic_api = __webpack_require__(8475);
;// CONCATENATED MODULE: ./shared/reports/cost/request.ts
/**
 * One cost-report run, as both `steward report cost` and the cost-report
 * action ask for it: read the organisation files, collect the sources into a
 * partial, merge partials from other shards, reconcile with Anthropic's
 * cost_report when asked, build the report and render the formats. File
 * reading happens here; writing the rendered files is the caller's.
 */









const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Checks a YYYY-MM-DD value, naming the option on error. */
function checkDay(name, value) {
    if (value === undefined)
        return undefined;
    if (!DAY_PATTERN.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw new errors/* ConfigurationError */.j1(`${name} expects a date YYYY-MM-DD, got "${value}".`);
    }
    return value;
}
/** Reads one of the report's input files; a missing or unreadable file is a ConfigurationError naming it. */
async function readText(cwd, file, what) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), "utf8");
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j1(`Cannot read ${what} ${file}: ${code === "ENOENT" ? "no such file" : (code ?? "error")}.`, {
            file,
            cause: error,
        });
    }
}
/** The files a report is priced and grouped with, read and checked (each error names its file). */
async function readReportInputs(cwd, files) {
    let catalog = pricing_catalog/* defaultCatalog */.Dd;
    if (files.prices)
        catalog = (0,pricing_catalog/* applyPriceOverrides */.$B)(await readText(cwd, files.prices, "price overrides"), files.prices);
    let org = org_emptyOrg();
    if (files.roles)
        org = withRoleMappings(org, await readText(cwd, files.roles, "role mappings"), files.roles);
    if (files.users)
        org = withUsersFile(org, await readText(cwd, files.users, "users file"), files.users);
    if (files.budgets)
        org = withBudgets(org, await readText(cwd, files.budgets, "budgets file"), files.budgets);
    const dashboard = files.dashboard
        ? { text: await readText(cwd, files.dashboard, "dashboard config"), file: files.dashboard }
        : undefined;
    return { catalog, org, dashboard };
}
async function runCostReport(request, ports) {
    const { cwd, logger } = ports;
    if (request.sources.length === 0 && (request.merge ?? []).length === 0) {
        throw new ConfigurationError("A cost report needs at least one source or partial to merge.");
    }
    if (request.since && request.until && request.since > request.until) {
        throw new ConfigurationError(`The period starts (${request.since}) after it ends (${request.until}).`);
    }
    const { catalog, org, dashboard } = await readReportInputs(cwd, request);
    const started = Date.now();
    const local = await collectPartial({
        sources: request.sources,
        cwd,
        ...(request.kind ? { kind: request.kind } : {}),
        ...(request.since ? { since: request.since } : {}),
        ...(request.until ? { until: request.until } : {}),
        ...(org.aliases.size ? { userMap: Object.fromEntries(org.aliases) } : {}),
        catalog,
        ...(ports.onFile ? { onFile: ports.onFile } : {}),
        onPlan: (threads, files) => logger.debug(`reading ${files} files on ${threads} thread(s)`),
    });
    logger.debug(`read ${local.stats.records} records from ${local.stats.files} files in ${Date.now() - started} ms`);
    if (local.malformed.total > 0) {
        const first = local.malformed.samples[0];
        logger.warning(`${local.malformed.total} malformed line(s) skipped${first ? `; first: ${first.reason}` : ""}.`, first ? { file: first.file, line: first.line } : undefined);
    }
    const others = [];
    for (const m of request.merge ?? [])
        others.push(partialFromJson(await readText(cwd, m, "partial"), m));
    let partial = mergeAll([local, ...others]);
    if (request.reconcile) {
        if (!request.since || !request.until)
            throw new ConfigurationError("Reconciliation needs a period (since and until).");
        const end = new Date(Date.parse(`${request.until}T00:00:00Z`) + 86_400_000)
            .toISOString()
            .replace(".000", "");
        const byDay = await fetchCostReport({ startingAt: `${request.since}T00:00:00Z`, endingAt: end }, {
            auth: request.reconcile.auth,
            ...(request.reconcile.baseUrl ? { baseUrl: request.reconcile.baseUrl } : {}),
            logger,
        });
        partial = withReferenceCost(partial, byDay);
    }
    const report = buildCostReport(partial, {
        catalog,
        org,
        generatedAt: ports.now().toISOString(),
        ...(request.since ? { since: request.since } : {}),
        ...(request.until ? { until: request.until } : {}),
        ...(dashboard ? { dashboard } : {}),
    });
    const files = renderFormats(report, request.formats, { top: request.top ?? 10 });
    // Serialised on first read only: most runs write no partial, and over
    // hundreds of thousands of cells its JSON is tens of megabytes.
    let partialJson;
    return {
        report,
        get partialJson() {
            partialJson ??= `${JSON.stringify(partialToJson(local))}\n`;
            return partialJson;
        },
        files,
    };
}
/** The alert levels present in a report (quota breaches and budget alerts). */
function alertLevels(report) {
    return [...report.quotaBreaches.map((b) => b.severity), ...report.budgetAlerts.map((b) => b.severity)];
}

// EXTERNAL MODULE: ./shared/cli/args.ts
var cli_args = __webpack_require__(9006);
;// CONCATENATED MODULE: ./shared/cli/commands/report-cost.ts
/** `steward report cost`: usage logs, transcripts and Admin API data -> cost report. */









const HELP = `Usage: steward report cost --source <path|glob|dir>... [options]

Reads usage from the seed's usage logs ({timestamp,user,tool,tokens} per line),
Steward hook records ({v:1,ts,user,model,input,output,cacheWrite5m,...}) and
Claude Code transcripts (~/.claude/projects/**/*.jsonl, de-duplicated on
message.id + requestId), prices it with Steward's model catalog and writes a
cost report: totals, by user / team / model / day / tool, quota breaches per
role, budget alerts per team, unpriced models and malformed input.

Sources:
  --source <p>           a file, a directory (read recursively: *.json, *.jsonl,
                         *.ndjson, *.log, also .gz) or a quoted glob ("logs/**/*.jsonl");
                         repeatable. Transcript users come from the folder that
                         holds .claude (alice/.claude/projects/...) or the first
                         folder above projects/ (alice/projects/...).
  --source-kind <k>      auto (default: per line), seed, hook or transcripts
  --since <YYYY-MM-DD>   first day (UTC, inclusive)
  --until <YYYY-MM-DD>   last day (UTC, inclusive)
  --merge <partial.json> add a partial written by another run (repeatable)
  --partial-out <file>   also write this run's partial (for --merge in a later job)

Organisation:
  --roles <file>         role-mappings.json: roleMappings.<role>.quotas.daily/monthly,
                         optional roleMappings.<role>.members, defaultRole
  --users <file>         user -> team/role: JSON map, JSON roster [{login,email,team,role}]
                         (logins become aliases of the e-mail) or CSV user,team,role
  --budgets <file>       {"teams": {"<team>": {"monthlyUsd": "1500"}}, "thresholds": {"warning": 80, "critical": 100}}
  --prices <file>        price overrides ({"models": {...}, "aliases": {...}})
  --dashboard <file>     usage-dashboard-config.json: evaluate its metrics and alerts

Anthropic Admin API (optional; needs --since/--until and ANTHROPIC_ADMIN_KEY
(x-api-key) or ANTHROPIC_ADMIN_OAUTH_TOKEN (org:admin bearer) in the environment):
  --api-usage            add usage_report/messages (daily, per model and account) as a source
  --api-claude-code      add the Claude Code Analytics API (per user, day and model) as a source
  --reconcile            fetch cost_report for the period and compare it with the local estimate
  --api-base-url <url>   default https://api.anthropic.com

Output:
  --format <f>           json, csv, md or html (repeatable; default json and md)
  --out <dir>            write report.json, report.md, report.html, cost-by-*.csv there;
                         without it the Markdown (or the one format asked for) goes to stdout
  --top <n>              rows in Markdown/HTML tables (default 10)
  --fail-on <level>      exit 2 when a quota/budget alert at this level exists: warning or critical

Example:
  steward report cost --source ~/.claude/usage --source "homes/*/.claude/projects" \\
    --roles policy/role-mappings.json --users users.json --since 2026-10-01 --until 2026-10-31 \\
    --format json --format md --format html --out report/
`;
const FORMATS = new Set(["json", "csv", "md", "html"]);
const KINDS = new Set(["auto", "seed", "hook", "transcripts"]);
const command = {
    path: ["report", "cost"],
    summary: "Cost report from usage logs, hook records, transcripts and partials",
    help: HELP,
    async run(args, io) {
        const { values } = (0,cli_args/* parseCommandArgs */.Q)("report cost", args, {
            source: { type: "string", multiple: true },
            "source-kind": { type: "string" },
            roles: { type: "string" },
            users: { type: "string" },
            budgets: { type: "string" },
            prices: { type: "string" },
            dashboard: { type: "string" },
            since: { type: "string" },
            until: { type: "string" },
            format: { type: "string", multiple: true },
            out: { type: "string" },
            "partial-out": { type: "string" },
            merge: { type: "string", multiple: true },
            top: { type: "string" },
            reconcile: { type: "boolean" },
            "api-usage": { type: "boolean" },
            "api-claude-code": { type: "boolean" },
            "api-base-url": { type: "string" },
            "fail-on": { type: "string" },
        }, false);
        if (values.help) {
            io.stdout.write(HELP);
            return 0;
        }
        const sources = values.source ?? [];
        const merges = values.merge ?? [];
        if (sources.length === 0 && merges.length === 0 && !values["api-usage"] && !values["api-claude-code"]) {
            throw new errors/* ConfigurationError */.j1("steward report cost: give at least one --source, --merge, --api-usage or --api-claude-code.", {
                hint: "Run 'steward report cost --help' for the options it accepts.",
            });
        }
        const kind = (values["source-kind"] ?? "auto");
        if (!KINDS.has(kind))
            throw new errors/* ConfigurationError */.j1(`--source-kind must be auto, seed, hook or transcripts, got "${kind}".`);
        const formats = (values.format ?? ["json", "md"]);
        for (const f of formats)
            if (!FORMATS.has(f))
                throw new errors/* ConfigurationError */.j1(`--format must be json, csv, md or html, got "${f}".`);
        const since = checkDay("--since", values.since);
        const until = checkDay("--until", values.until);
        if (since && until && since > until)
            throw new errors/* ConfigurationError */.j1(`--since ${since} is after --until ${until}.`);
        const top = (0,cli_args/* parseIntegerFlag */.e)("top", values.top, 10);
        const failOn = values["fail-on"];
        if (failOn !== undefined && failOn !== "warning" && failOn !== "critical") {
            throw new errors/* ConfigurationError */.j1(`--fail-on must be warning or critical, got "${failOn}".`);
        }
        const usesApi = values.reconcile || values["api-usage"] || values["api-claude-code"];
        if (usesApi && (!since || !until)) {
            throw new errors/* ConfigurationError */.j1("--reconcile, --api-usage and --api-claude-code need --since and --until.");
        }
        let api;
        if (usesApi) {
            const key = io.env.ANTHROPIC_ADMIN_KEY;
            const token = io.env.ANTHROPIC_ADMIN_OAUTH_TOKEN;
            const auth = key
                ? { kind: "admin-key", key }
                : token
                    ? { kind: "bearer", token }
                    : undefined;
            if (!auth) {
                throw new errors/* ConfigurationError */.j1("The Admin API options need ANTHROPIC_ADMIN_KEY or ANTHROPIC_ADMIN_OAUTH_TOKEN in the environment.");
            }
            api = {
                auth,
                ...(values["api-base-url"] ? { baseUrl: values["api-base-url"] } : {}),
                logger: io.logger,
            };
        }
        const { catalog, org, dashboard } = await readReportInputs(io.cwd, {
            ...(values.prices ? { prices: values.prices } : {}),
            ...(values.roles ? { roles: values.roles } : {}),
            ...(values.users ? { users: values.users } : {}),
            ...(values.budgets ? { budgets: values.budgets } : {}),
            ...(values.dashboard ? { dashboard: values.dashboard } : {}),
        });
        const tty = io.stderr.isTTY === true;
        const started = Date.now();
        const local = await pipeline_collectPartial({
            sources,
            cwd: io.cwd,
            kind,
            ...(since ? { since } : {}),
            ...(until ? { until } : {}),
            ...(org.aliases.size ? { userMap: Object.fromEntries(org.aliases) } : {}),
            catalog,
            onPlan: (threads, files) => io.logger.debug(`reading ${files} files on ${threads} thread(s)`),
            ...(tty
                ? {
                    onFile: (file, i, n) => {
                        const name = file.path.length > 60 ? `...${file.path.slice(-57)}` : file.path;
                        io.stderr.write(`\r\u001b[K[${i + 1}/${n}] ${name}`);
                    },
                }
                : {}),
        });
        if (tty)
            io.stderr.write("\r\u001b[K");
        io.logger.debug(`read ${local.stats.records} records from ${local.stats.files} files in ${Date.now() - started} ms`);
        if (local.malformed.total > 0) {
            const first = local.malformed.samples[0];
            io.logger.warning(`${local.malformed.total} malformed line(s) skipped${first ? `; first: ${first.reason}` : ""}.`, first ? { file: first.file, line: first.line } : undefined);
        }
        if (values["partial-out"]) {
            const file = (0,external_node_path_.resolve)(io.cwd, values["partial-out"]);
            await (0,promises_.writeFile)(file, `${JSON.stringify((0,aggregate/* partialToJson */.Hb)(local))}\n`);
            io.logger.info(`partial written to ${values["partial-out"]}`);
        }
        const others = [];
        for (const m of merges)
            others.push((0,aggregate/* partialFromJson */.S6)(await readText(io.cwd, m, "partial"), m));
        let partial = pipeline_mergeAll([local, ...others]);
        if (api && since && until) {
            const end = new Date(Date.parse(`${until}T00:00:00Z`) + 86_400_000).toISOString().replace(".000", "");
            const range = { startingAt: `${since}T00:00:00Z`, endingAt: end };
            const userMap = org.aliases.size ? Object.fromEntries(org.aliases) : undefined;
            const mapped = async function* (records) {
                for await (const r of records)
                    yield userMap && Object.hasOwn(userMap, r.user) ? { ...r, user: userMap[r.user] } : r;
            };
            const dayAfter = new Date(Date.parse(`${until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
            if (values["api-usage"]) {
                partial = (0,aggregate/* mergePartials */.p8)(partial, await (0,aggregate/* aggregateStream */.CQ)(mapped((0,anthropic_api/* fetchMessagesUsage */.gm)(range, api)), { catalog }));
            }
            if (values["api-claude-code"]) {
                partial = (0,aggregate/* mergePartials */.p8)(partial, await (0,aggregate/* aggregateStream */.CQ)(mapped((0,anthropic_api/* fetchClaudeCodeUsage */.h5)({ since, until: dayAfter }, api)), { catalog }));
            }
            if (values.reconcile)
                partial = (0,aggregate/* withReferenceCost */.Te)(partial, await (0,anthropic_api/* fetchCostReport */.uk)(range, api));
        }
        const report = build_buildCostReport(partial, {
            catalog,
            org,
            generatedAt: io.now().toISOString(),
            ...(since ? { since } : {}),
            ...(until ? { until } : {}),
            ...(dashboard ? { dashboard } : {}),
        });
        const files = pipeline_renderFormats(report, formats, { top });
        if (values.out) {
            const dir = (0,external_node_path_.resolve)(io.cwd, values.out);
            await (0,promises_.mkdir)(dir, { recursive: true });
            for (const [name, text] of files)
                await (0,promises_.writeFile)((0,external_node_path_.join)(dir, name), text);
            io.logger.info(`cost report: ${[...files.keys()].join(", ")} written to ${values.out}`);
        }
        else {
            const preferred = files.get("report.md") ??
                files.get("report.json") ??
                files.get("report.html") ??
                [...files.values()][0];
            io.stdout.write(preferred ?? "");
        }
        const levels = [
            ...report.quotaBreaches.map((b) => b.severity),
            ...report.budgetAlerts.map((b) => b.severity),
        ];
        if (failOn === "critical" && levels.includes("critical"))
            return 2;
        if (failOn === "warning" && levels.length > 0)
            return 2;
        return 0;
    },
};
/* harmony default export */ const report_cost = (command);


/***/ }),

/***/ 5122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ tableCost),
/* harmony export */   Xx: () => (/* binding */ formatPicoUsd),
/* harmony export */   _y: () => (/* binding */ priceRule)
/* harmony export */ });
/* unused harmony exports splitTotal, promptTokens, tierForRequest, pricesFor, picoToUsd, picoToMicros, priceUsage */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(912);
/**
 * Cost arithmetic. Prices are integer micro-USD per million tokens, which is
 * pico-USD per token, so `tokens * price` is an exact integer number of
 * pico-dollars (kept as bigint: sums of billions of tokens overflow 2^53).
 * Nothing is ever rounded until it is displayed.
 */

function splitTotal(t) {
    return t.input + t.output + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead;
}
/** Prompt size of one request, for long-context tiers. */
function promptTokens(t) {
    return t.input + t.cacheWrite5m + t.cacheWrite1h + t.cacheRead;
}
/**
 * The tier one request falls in (the long tier applies to the whole request
 * when its prompt exceeds the threshold). Fast mode has its own table, with
 * no long-context or batch variant.
 */
function tierForRequest(t, model, batch = false, fast = false) {
    if (fast)
        return "fast";
    const long = model?.longContext !== undefined && promptTokens(t) > model.longContext.aboveInputTokens;
    if (batch)
        return long ? "batch-long" : "batch";
    return long ? "long" : "standard";
}
/** The price table that applies to a model at a tier, or undefined when unpriced. */
function pricesFor(model, tier) {
    if (!model.prices)
        return undefined;
    if (tier === "fast")
        return model.fast;
    const base = (tier === "long" || tier === "batch-long") && model.longContext ? model.longContext.prices : model.prices;
    return base;
}
const PICO_PER_USD = 1000000000000n;
/** Pico-USD -> USD as a number (display only). */
function picoToUsd(pico) {
    const whole = pico / PICO_PER_USD;
    const frac = pico % PICO_PER_USD;
    return Number(whole) + Number(frac) / 1e12;
}
/** Pico-USD -> exact decimal string of USD ("12.345678901234", trailing zeros trimmed). */
function formatPicoUsd(pico) {
    const neg = pico < 0n;
    const abs = neg ? -pico : pico;
    const whole = abs / PICO_PER_USD;
    const frac = (abs % PICO_PER_USD).toString().padStart(12, "0").replace(/0+$/, "");
    return `${neg ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`;
}
/** Pico-USD rounded half-up to micro-USD. */
function picoToMicros(pico) {
    const neg = pico < 0n;
    const abs = neg ? -pico : pico;
    const r = (abs + 500000n) / 1000000n;
    return neg ? -r : r;
}
/**
 * The rule for a model (`named`: the request names one; `entry`: the catalog's
 * entry for it, if any) at a tier. priceUsage and the report's cell pricer
 * both decide through it.
 */
function priceRule(named, entry, tier) {
    if (!named)
        return { table: undefined, reason: "no-model", keep: 100 };
    if (entry === undefined)
        return { table: undefined, reason: "unknown-model", keep: 100 };
    const table = pricesFor(entry, tier);
    if (table === undefined)
        return { table: undefined, reason: "no-price", keep: 100 };
    const batch = tier === "batch" || tier === "batch-long";
    return { table, reason: "no-price", keep: batch ? 100 - entry.batchDiscountPercent : 100 };
}
/**
 * Exact cost in pico-USD of split token counts at a price table, of which
 * `keepPercent` is paid: 100 minus the Batch API discount on batch tiers. The
 * Batch API discount applies to input and output; cache line items are
 * discounted the same way on the pricing page. Exact: prices are multiples of
 * 1000 micro-USD.
 */
function tableCost(table, tokens, keepPercent = 100) {
    const pico = BigInt(tokens.input) * BigInt(table.input) +
        BigInt(tokens.output) * BigInt(table.output) +
        BigInt(tokens.cacheWrite5m) * BigInt(table.cacheWrite5m) +
        BigInt(tokens.cacheWrite1h) * BigInt(table.cacheWrite1h) +
        BigInt(tokens.cacheRead) * BigInt(table.cacheRead);
    return keepPercent === 100 ? pico : (pico * BigInt(keepPercent)) / 100n;
}
/**
 * Exact cost of token counts for a model at a tier. Token counts here may be a
 * single request or an aggregate of requests of the same tier; the tier must
 * be decided per request (see {@link tierForRequest}) — when `tier` is not
 * given it is decided from these counts as if they were one request.
 */
function priceUsage(tokens, model, options = {}) {
    const unsplit = tokens.unsplit ?? 0;
    const split = splitTotal(tokens);
    const entry = typeof model === "string" ? resolveModel(model, options.catalog ?? defaultCatalog) : model;
    const tier = options.tier ?? tierForRequest(tokens, entry, options.batch ?? false);
    const unpriced = (reason) => ({
        costPicoUsd: 0n,
        costUsd: 0,
        pricedTokens: 0,
        unpricedTokens: split + unsplit,
        unpricedReason: split === 0 && unsplit > 0 ? "unsplit" : reason,
        ...(entry ? { model: entry } : {}),
        tier,
    });
    const rule = priceRule(model !== undefined && model !== "", entry, tier);
    if (rule.table === undefined || entry === undefined)
        return unpriced(rule.reason);
    const pico = tableCost(rule.table, tokens, rule.keep);
    return {
        costPicoUsd: pico,
        costUsd: picoToUsd(pico),
        pricedTokens: split,
        unpricedTokens: unsplit,
        ...(unsplit > 0 ? { unpricedReason: "unsplit" } : {}),
        model: entry,
        tier,
    };
}


/***/ }),

/***/ 8475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ paginate),
/* harmony export */   gm: () => (/* binding */ fetchMessagesUsage),
/* harmony export */   h5: () => (/* binding */ fetchClaudeCodeUsage),
/* harmony export */   oz: () => (/* binding */ reportClient),
/* harmony export */   uk: () => (/* binding */ fetchCostReport)
/* harmony export */ });
/* unused harmony export centsToPico */
/* harmony import */ var _anthropic_admin_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5588);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/**
 * Anthropic Admin API usage sources (docs/reference/anthropic-apis.md 4-5):
 *
 * - `GET /v1/organizations/usage_report/messages` -> UsageRecord per bucket x group
 * - `GET /v1/organizations/cost_report` -> authoritative cost per UTC day (reconciliation)
 * - `GET /v1/organizations/usage_report/claude_code` -> UsageRecord per actor x day x model
 *
 * Paginated with `page` / `has_more` / `next_page`. Every request goes
 * through the one Admin API client (shared/anthropic/admin-client.ts: auth
 * as an admin key or an `org:admin` OAuth bearer, retry policy, pagination);
 * the credential is never put in an error, a log line or a record. Every
 * failure is a ConfigurationError carrying the API's error type, message and
 * request id.
 */



/** The client for the report endpoints: 5 attempts (they allow ~1 request a minute), every failure the user's to see. */
function reportClient(options, maxAttempts = 5) {
    return new _anthropic_admin_client_js__WEBPACK_IMPORTED_MODULE_0__/* .AdminApiClient */ .TU({
        auth: options.auth,
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        retry: { maxAttempts, baseDelayMs: 1000, ...options.retry },
        ...(options.retryPorts ? { ports: options.retryPorts } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
        configurationErrors: "all",
    });
}
/** All pages of a report (`page` cursor), page by page. */
function paginate(path, params, options) {
    return reportClient(options).pages({
        path,
        query: params,
        paging: "page",
        ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    });
}
const n = (v) => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : 0);
/** Usage per day (or hour) and group, as records; the user is the account, service account or API key. */
async function* fetchMessagesUsage(range, options) {
    const groupBy = range.groupBy ?? [
        "model",
        "account_id",
        "service_account_id",
        "api_key_id",
        "service_tier",
        "context_window",
    ];
    const width = range.bucketWidth ?? "1d";
    for await (const buckets of paginate("/v1/organizations/usage_report/messages", {
        starting_at: range.startingAt,
        ending_at: range.endingAt,
        bucket_width: width,
        limit: width === "1d" ? 31 : 168,
        group_by: groupBy,
    }, options)) {
        for (const bucket of buckets) {
            const time = Date.parse(bucket.starting_at);
            for (const r of bucket.results ?? []) {
                const user = r.account_id ?? r.service_account_id ?? r.api_key_id ?? r.workspace_id ?? "organization";
                yield {
                    time,
                    user,
                    ...(r.model ? { model: r.model } : {}),
                    input: n(r.uncached_input_tokens),
                    output: n(r.output_tokens),
                    cacheWrite5m: n(r.cache_creation?.ephemeral_5m_input_tokens),
                    cacheWrite1h: n(r.cache_creation?.ephemeral_1h_input_tokens),
                    cacheRead: n(r.cache_read_input_tokens),
                    unsplit: 0,
                    requests: 0,
                    source: "anthropic-usage-api",
                    ...(r.service_tier === "batch" ? { batch: true } : {}),
                    ...(r.context_window === "200k-1M" ? { longContext: true } : {}),
                };
            }
        }
    }
}
/** "123.45" cents (a decimal string) -> pico-USD, exact to 1e-10 cent, half-up beyond. */
function centsToPico(amount) {
    const s = typeof amount === "number" ? amount.toFixed(10) : amount.trim();
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Anthropic cost amount "${s}" is not a decimal number of cents.`);
    const frac = (m[3] ?? "").padEnd(11, "0");
    let pico = BigInt(m[2]) * 10000000000n + BigInt(frac.slice(0, 10));
    if (Number(frac[10]) >= 5)
        pico += 1n;
    return m[1] ? -pico : pico;
}
/** The organisation's cost per UTC day, pico-USD (cost_report, `bucket_width=1d`). */
async function fetchCostReport(range, options) {
    const byDay = new Map();
    for await (const buckets of paginate("/v1/organizations/cost_report", { starting_at: range.startingAt, ending_at: range.endingAt, bucket_width: "1d", limit: 31 }, options)) {
        for (const b of buckets) {
            const day = b.starting_at.slice(0, 10);
            let sum = byDay.get(day) ?? 0n;
            for (const r of b.results ?? []) {
                if (r.currency && r.currency !== "USD") {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cost_report returned currency ${r.currency}; Steward reconciles USD only.`);
                }
                if (r.amount !== undefined)
                    sum += centsToPico(r.amount);
            }
            byDay.set(day, sum);
        }
    }
    return byDay;
}
/**
 * Claude Code Analytics rows for each UTC day in [since, until) as records.
 * The API does not split cache creation into 5m/1h: it is counted as 5m writes.
 */
async function* fetchClaudeCodeUsage(days, options) {
    for (let t = Date.parse(`${days.since}T00:00:00Z`); t < Date.parse(`${days.until}T00:00:00Z`); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        for await (const rows of paginate("/v1/organizations/usage_report/claude_code", { starting_at: day, limit: 1000 }, options)) {
            for (const row of rows) {
                const user = row.actor?.email_address ?? row.actor?.api_key_name ?? "unknown";
                const time = Date.parse(row.date) || t;
                for (const m of row.model_breakdown ?? []) {
                    yield {
                        time,
                        user,
                        ...(m.model ? { model: m.model } : {}),
                        input: n(m.tokens?.input),
                        output: n(m.tokens?.output),
                        cacheWrite5m: n(m.tokens?.cache_creation),
                        cacheWrite1h: 0,
                        cacheRead: n(m.tokens?.cache_read),
                        unsplit: 0,
                        requests: 0,
                        source: "claude-code-analytics-api",
                    };
                }
            }
        }
    }
}


/***/ })

};
;