import type { ViewProps } from "../main.js";

export default function View(_props: ViewProps) {
  return <h1 tabIndex={-1}>timeline</h1>;
}
