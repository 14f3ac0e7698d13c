export * from "./build.js";
export * from "./org.js";
export * from "./query.js";
export * from "./render.js";
