// The map's shapes (world.geo.json, 200 kB) are bundled by Vite as JSON; declared here so the
// type checker does not infer a type from every coordinate.
declare module '*.geo.json' {
  const value: { type: 'FeatureCollection'; features: object[] };
  export default value;
}
