/** The Logger port on top of @actions/core: warnings and errors become annotations. */
import * as core from "@actions/core";
import type { SourceLocation } from "../errors.js";
import type { Logger } from "../logging.js";

/** Maps our location shape onto the toolkit's annotation properties. */
export function toAnnotation(location?: SourceLocation & { title?: string }): core.AnnotationProperties {
  if (!location) return {};
  const props: core.AnnotationProperties = {};
  if (location.title) props.title = location.title;
  if (location.file) props.file = location.file;
  if (location.line) {
    props.startLine = location.line;
    // GitHub only accepts columns when the annotation spans one line
    const endLine = location.endLine ?? location.line;
    if (endLine !== location.line) props.endLine = endLine;
    else if (location.column) {
      props.startColumn = location.column;
      if (location.endColumn && location.endColumn > location.column) props.endColumn = location.endColumn;
    }
  }
  return props;
}

export function createActionsLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m, l) => core.warning(m, toAnnotation(l)),
    error: (m, l) => core.error(m, toAnnotation(l)),
    notice: (m, l) => core.notice(m, toAnnotation(l)),
    startGroup: (n) => core.startGroup(n),
    endGroup: () => core.endGroup(),
  };
}
