// The modules of Leaflet's ES sources (node_modules/leaflet/src/) that map-view.ts imports, typed
// with @types/leaflet (the same classes; the package's `main` is a UMD file of all of Leaflet).
declare module 'leaflet/src/map/Map.js' {
  export { Map } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export { Marker } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export { DivIcon } from 'leaflet';
}
declare module 'leaflet/src/layer/Popup.js' {
  export { Popup } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { TileLayer } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { LatLngBounds } from 'leaflet';
}
declare module 'leaflet/src/geometry/Point.js' {
  export { Point } from 'leaflet';
}
// The map's handlers, imported for their side effect (each registers itself on the map class).
declare module 'leaflet/src/map/handler/*';
