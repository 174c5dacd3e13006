/**
 * Words the demo generator combines. Every person and organisation made from them is invented; the
 * names are put together at random, so that no real person is described.
 */

export const FIRST_NAMES = [
  'An', 'Karim', 'Lise', 'Joren', 'Nadia', 'Bram', 'Salma', 'Wout', 'Elodie', 'Tijs', 'Ines', 'Mehdi', 'Griet', 'Yasmina',
  'Pieter-Jan', 'Chloé', 'Stijn', 'Amal', 'Femke', 'Olivier', 'Zeynep', 'Lotte', 'Hamza', 'Margaux', 'Sander', 'Ilse',
  'Youssef', 'Noor', 'Arnaud', 'Fien', 'Dries', 'Aïcha', 'Jelle', 'Camille', 'Rania', 'Tom', 'Sofie', 'Bilal', 'Eline', 'Mathis',
];

export const FAMILY_NAMES = [
  'Verlinden', 'Dubois-Amrani', 'Marchal', 'Van Rompaey', 'Benali', 'De Clercq', 'Lambrechts', 'Ouazzani', 'Moreau-Peeters',
  'Van den Broeck', 'Kaya', 'Declercq', 'Vandamme', 'El Idrissi', 'Goossens', 'Lemaire', 'Wouters-Diallo', 'Segers',
  'Hermans', 'Noël', 'Claeys', 'Bouzid', 'Vermeulen', 'Dumont', 'Mertens', 'Aydin', 'Renard', 'Maes', 'Lejeune', 'Smets',
  'Nijs', 'Haddou', 'Collignon', 'Verbruggen', 'Fontaine', 'Baert', 'Özdemir', 'Thys', 'Delvaux', 'Cools',
];

export const PARTIES = ['Burgerlijst Samen', 'Groen Kanaal', 'Lijst Open Stad'];

/** Invented organisations that officials meet. */
export const ORGANISATION_PARTS = {
  first: [
    'Fietsersvereniging', 'Huurdersbond', 'Coöperatie', 'Wijkcomité', 'Association des riverains', 'Chambre des artisans',
    'Ondernemersplatform', 'Collectif', 'Federatie', 'Union des commerçants', 'Stichting', 'Jongerenraad', 'Cercle',
    'Bouwgroep', 'Energiecoöperatie', 'Vzw', 'Asbl', 'Netwerk', 'Atelier', 'Maison de quartier',
  ],
  second: [
    'Noordkant', 'Zonnedak', 'Kanaalzone', 'Les Tilleuls', 'Oude Haven', 'Parc Sud', 'De Brug', 'Vieux Marché', 'Groene Gordel',
    'Rivage', 'Molenwijk', 'Pont-Neuf', 'Zuiderpoort', 'Les Glycines', 'Vaartkom', 'Beauval', 'Heidebos', 'Clairval',
    'Koolmijn', 'Sint-Anna-Oost',
  ],
};

/** Where appointments take place; a plain text field, so in the default language (Dutch). */
export const LOCATIONS = ['Stadhuis, zaal 2', 'Stadhuis, collegezaal', 'Buurthuis Kanaal', 'Online', 'Vaartkaai 12 (kantoor)', 'Buurthuis Les Tilleuls', 'Ter plaatse', 'Raadzaal'];

export const TOPICS = ['mobility', 'housing', 'climate', 'budget', 'culture', 'education', 'public-space', 'economy', 'social-affairs', 'safety', 'participation', 'health'];

/** Agenda titles per category, in Dutch, French and English. */
export const AGENDA_TITLES: Record<string, Array<[string, string, string]>> = {
  'interest-representatives': [
    ['Overleg over {topic}', 'Concertation sur {topic}', 'Consultation on {topic}'],
    ['Kennismaking en toelichting van een voorstel', "Rencontre et présentation d'une proposition", 'Introduction and presentation of a proposal'],
    ['Werkbezoek', 'Visite de travail', 'Working visit'],
  ],
  'public-event': [
    ['Opening van een buurtproject', "Inauguration d'un projet de quartier", 'Opening of a neighbourhood project'],
    ['Debatavond over {topic}', 'Soirée-débat sur {topic}', 'Evening debate on {topic}'],
  ],
  'council-work': [
    ['Voorbereiding gemeenteraad', 'Préparation du conseil communal', 'Preparation of the city council'],
    ['Commissievergadering {topic}', 'Réunion de commission {topic}', 'Committee meeting on {topic}'],
  ],
  internal: [
    ['Fractieoverleg', 'Réunion de groupe', 'Group meeting'],
    ['Teamoverleg kabinet', 'Réunion du cabinet', 'Cabinet team meeting'],
  ],
  media: [['Interview over {topic}', 'Interview sur {topic}', 'Interview on {topic}']],
  citizens: [
    ['Bewonersavond', "Soirée d'information aux habitants", "Residents' evening"],
    ['Zitdag voor inwoners', 'Permanence pour les habitants', 'Open office hours for residents'],
  ],
  other: [['Werkbezoek in de wijk', 'Visite dans le quartier', 'Visit to the neighbourhood']],
};

export const TOPIC_WORDS: Record<string, [string, string, string]> = {
  mobility: ['mobiliteit', 'la mobilité', 'mobility'],
  housing: ['wonen', 'le logement', 'housing'],
  climate: ['klimaat', 'le climat', 'climate'],
  budget: ['de begroting', 'le budget', 'the budget'],
  culture: ['cultuur', 'la culture', 'culture'],
  education: ['onderwijs', "l'enseignement", 'education'],
  'public-space': ['publieke ruimte', "l'espace public", 'public space'],
  economy: ['lokale economie', "l'économie locale", 'the local economy'],
  'social-affairs': ['welzijn', "l'action sociale", 'social affairs'],
  safety: ['veiligheid', 'la sécurité', 'safety'],
  participation: ['inspraak', 'la participation', 'participation'],
  health: ['gezondheid', 'la santé', 'health'],
};

/** Why a gift under the threshold was accepted, in Dutch, French and English. */
export const GIFT_REASONS: Array<[string, string, string]> = [
  ['Protocollair geschenk van geringe waarde', 'Cadeau protocolaire de faible valeur', 'Protocol gift of little value'],
  ['Aangeboden bij een officieel bezoek', 'Offert lors d’une visite officielle', 'Offered during an official visit'],
];
