/** Bundle entry: run the action. */
import { run } from "./main.js";

await run();
