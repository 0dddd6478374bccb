/**
 * @relais/points: help points with no DOM. Loaders for the France Services
 * list and the lieux de médiation numérique standard, the OSM opening-hours
 * subset they use, geocoding of a postcode or commune, the nearest points,
 * open now in each place's own time zone, and the published points file.
 */
export { parseCsv, csvRecords } from './csv.js';
export { boxAround, distanceKm, distanceToBoxKm, validPosition } from './geo.js';
export type { BBox } from './geo.js';
export { formatOpeningHours, formatMinutes, mergeRanges, OSM_DAYS, parseOpeningHours } from './opening-hours.js';
export type { DayRanges, ParsedHours, WeekHours } from './opening-hours.js';
export { ADMIN_SERVICE, offers } from './model.js';
export type { HelpPoint, PointKind } from './model.js';
export { calendarOf, depOf, pointSchedule, pointStatus, pointToday, zoneOf } from './status.js';
export { detectFormat, displayPhone, loadFranceServices, loadMediationCsv, loadMediationJson, loadSource, SourceFormatError } from './loaders.js';
export type { Loaded, LoadOptions, LoadReport, Locate, MediationFilter, Repair, SkipReason, Skipped, SourceFormat } from './loaders.js';
export { buildGeoTable, geocodeWithTable, geocoderUrl, locator, matchName, nameKey, postcodeKey, readGeocoderAnswer, readQuery } from './geocode.js';
export type { GeocodeResult, GeoPlace, GeoTable, NameEntry, PostcodeEntry, Query } from './geocode.js';
export { linearNearest, PointIndex } from './nearest.js';
export type { Nearby, NearestOptions } from './nearest.js';
export { buildPointsFiles, POINTS_FORMAT, POINTS_VERSION, PointsDataError, readEntry, readPoint } from './format.js';
export type { BuildOptions, GeoShards, NameShardFile, PointsEntry, PostcodeShardFile, PublishedPoint, ShardFile, ShardRef, SourceSummary } from './format.js';
export { geocodeWithService, openPoints, PointsError, PointsSource } from './client.js';
export type { OpenOptions } from './client.js';
export { core, editDistance, fileWord, fold } from './text.js';
