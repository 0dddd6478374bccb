/** @relais/points: Help points: loaders for France Services and the lieux de médiation numérique standard, geocoding, nearest points, opening status. No DOM. */
export {};
