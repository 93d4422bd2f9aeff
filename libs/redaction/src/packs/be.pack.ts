import type { CountryPack } from './country-pack';

/** Belgium (a destination: women from Bulgaria, Romania and Nigeria work in the windows of Brussels' Nord quarter and Antwerp). */
export const BE: CountryPack = {
  country: 'BE',
  name: 'Belgium',
  // (Nine or ten digits with the trunk 0, 0470 12 34 56: tried only with +32.)
  phone: { trunk: '0', national: false },
  plates: [
    // A digit, three letters, three digits, with their dashes: 1-ABC-123.
    { pattern: String.raw`\d-[A-Z]{3}-\d{3}`, standalone: false },
  ],
  address: {
    // Brussels writes the street before the house, in French or Dutch: rue d'Aerschot 45, Aarschotstraat 45, bte 3.
    street: ['rue', 'avenue', 'chaussée', 'boulevard', 'quai', 'impasse', 'steenweg', 'dreef'],
    // Boîte (a flat's letterbox), bus (the same in Dutch), étage.
    unit: ['boîte', 'bte', 'bt', 'étage', 'bus'],
  },
  names: { given: ['Bart', 'Koen', 'Pieter', 'Wim', 'Dirk', 'Geert', 'Joris', 'Stijn', 'Kris', 'Filip', 'Luc', 'Marc', 'Els', 'Griet', 'Lien', 'Katrien', 'Inge', 'Veerle', 'Hilde', 'Liesbeth', 'Nele', 'Kathleen', 'Eline', 'Jef', 'Jeroen', 'Wouter', 'Sofie'], titles: ['madame', 'mme', 'monsieur', 'mevrouw', 'meneer', 'maître', 'inspecteur', 'inspectrice', 'agent'] },
  institutions: ['commissariat', 'politie', 'police', 'tribunal', 'rechtbank', 'parquet', 'cpas', 'ocmw', 'hôpital', 'ziekenhuis', 'gare', 'station', 'myria', 'payoke', 'pag-asa', 'sürya'],
  places: ['Bruxelles', 'Brussel', 'Brussels', 'Брюссель', 'Antwerpen', 'Antwerp', 'Anvers', 'Антверпен', 'Gent', 'Ghent', 'Gand', 'Liège', 'Luik', 'Charleroi', 'Schaerbeek', 'Schaarbeek', 'Saint-Josse', 'Molenbeek', 'Anderlecht', 'Ixelles', 'Ostende', 'Oostende', 'Namur', 'Mons'],
  vehicleWords: ['voiture', 'auto', 'nummerplaat', 'plaque'],
};
