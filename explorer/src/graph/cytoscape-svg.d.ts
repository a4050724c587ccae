// cytoscape-svg ships no types: it is a Cytoscape extension adding cy.svg(options).
declare module "cytoscape-svg" {
  import type cytoscape from "cytoscape";
  const ext: cytoscape.Ext;
  export default ext;
}
