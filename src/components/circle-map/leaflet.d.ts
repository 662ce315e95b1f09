// Leaflet's ES module build (the package's `main` is a UMD file): the same API as @types/leaflet.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
