import type { CountryPack } from './country-pack';

/** France (a destination: women from Romania, Bulgaria, Ukraine, Nigeria and China work in Paris, Lyon, Marseille and on the roads). */
export const FR: CountryPack = {
  country: 'FR',
  name: 'France',
  // (Ten digits with the trunk 0, 06 12 34 56 78: tried only with +33, the region's own countries first.)
  phone: { trunk: '0', national: false },
  plates: [
    // Two letters, three digits, two letters, with their dashes: AB-123-CD.
    { pattern: String.raw`[A-Z]{2}-\d{3}-[A-Z]{2}`, standalone: false },
  ],
  address: {
    // The house is written before the street's word: 14 rue de la Paix, 3 bis avenue Jean-Jaurès.
    street: ['рю', 'авеню', 'пляс', 'rue', 'boulevard', 'bd', 'bvd', 'allée', 'impasse', 'quai', 'chaussée', 'faubourg', 'fg', 'cité', 'résidence', 'chemin'],
    // Bâtiment (building), escalier (staircase), étage (floor), appartement, porte (door).
    unit: ['bâtiment', 'bât', 'bat', 'escalier', 'esc', 'étage', 'appartement', 'appt', 'porte', 'chambre', 'droite', 'gauche'],
  },
  names: {
    given: ['Corinne', 'Sophie', 'Nathalie', 'Isabelle', 'Sylvie', 'Céline', 'Julie', 'Camille', 'Manon', 'Chloé', 'Léa', 'Amélie', 'Aurélie', 'Sandrine', 'Valérie', 'Véronique', 'Brigitte', 'Françoise', 'Martine', 'Monique', 'Christine', 'Catherine', 'Claire', 'Delphine', 'Élodie', 'Émilie', 'Hélène', 'Marion', 'Pauline', 'Virginie', 'Stéphanie', 'Laetitia', 'Mathilde', 'Océane', 'Jean', 'Pierre', 'Jacques', 'Michel', 'Philippe', 'Alain', 'Patrick', 'Nicolas', 'Christophe', 'Laurent', 'Thierry', 'Olivier', 'Stéphane', 'Frédéric', 'Sébastien', 'Julien', 'Mathieu', 'Guillaume', 'Jérôme', 'Franck', 'Didier', 'Éric', 'Pascal', 'Antoine', 'Benoît', 'Bruno', 'Cédric', 'Damien', 'Fabrice', 'Gilles', 'Grégory', 'Hervé', 'Lionel', 'Ludovic', 'Mickaël', 'Romain', 'Sylvain', 'Vincent', 'Xavier', 'Yannick', 'Yves', 'Rachid', 'Mehdi', 'Moussa', 'Mamadou', 'Fatou', 'Aminata', 'Awa', 'Mariama', 'Пьер', 'Жан', 'Мишель', 'Франсуа', 'Селин'],
    titles: ['madame', 'mme', 'monsieur', 'mademoiselle', 'mlle', 'maître', 'brigadier', 'gardien', 'lieutenant', 'commandant', 'capitaine'],
  },
  notNames: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  commonWords: ['étage', 'rue'],
  institutions: ['commissariat', 'préfecture', 'prefecture', 'gendarmerie', 'tribunal', 'parquet', 'hôpital', 'hopital', 'mairie', 'gare', 'ofpra', 'cra'],
  places: ['Berne', 'Neuchâtel', 'Genève', 'Geneva', 'Lausanne', 'Bienne', 'Fribourg', 'Servette', 'Plainpalais', 'Pâquis', 'Paquis', 'Paris', 'Париж', 'Lyon', 'Лион', 'Marseille', 'Марсель', 'Nice', 'Ницца', 'Toulouse', 'Bordeaux', 'Lille', 'Strasbourg', 'Montpellier', 'Nantes', 'Rennes', 'Belleville', 'Pigalle', 'Barbès', 'Vincennes'],
  vehicleWords: ['voiture', 'immatriculation', 'camionnette'],
};
