/** Steward's version, from package.json (bundled into every action and the CLI). */
import pkg from "../package.json" with { type: "json" };

export const STEWARD_VERSION: string = pkg.version;
