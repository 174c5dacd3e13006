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

export const LOCATIONS = ['Stadhuis, zaal 2', 'Hôtel de ville, salle du conseil', 'Buurthuis Kanaal', 'Online', 'Vaartkaai 12 (kantoor)', 'Maison de quartier Les Tilleuls', 'Ter plaatse', 'Raadzaal'];

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

export const MEETING_ITEMS: Array<[string, string, string]> = [
  ['Goedkeuring van de notulen', 'Approbation du procès-verbal', 'Approval of the minutes'],
  ['Begrotingswijziging', 'Modification budgétaire', 'Budget amendment'],
  ['Mobiliteitsplan', 'Plan de mobilité', 'Mobility plan'],
  ['Subsidiereglement voor verenigingen', 'Règlement de subsides aux associations', 'Grant rules for associations'],
  ['Renovatie van het zwembad', 'Rénovation de la piscine', 'Renovation of the swimming pool'],
  ['Jaarverslag integriteit', "Rapport annuel d'intégrité", 'Annual integrity report'],
  ['Aankoop van elektrische bussen', "Achat de bus électriques", 'Purchase of electric buses'],
  ['Huisvestingsplan', 'Plan logement', 'Housing plan'],
  ['Vragen van inwoners', 'Questions des habitants', "Residents' questions"],
  ['Auditrapport', "Rapport d'audit", 'Audit report'],
];

export const DECISIONS: Array<[string, string, string]> = [
  ['Goedgekeurd', 'Approuvé', 'Approved'],
  ['Goedgekeurd met amendement', 'Approuvé avec amendement', 'Approved as amended'],
  ['Verdaagd naar de volgende zitting', 'Reporté à la prochaine séance', 'Postponed to the next meeting'],
  ['Verworpen', 'Rejeté', 'Rejected'],
];

export const PAYEES: Record<string, string[]> = {
  staff: ['Sociaal Secretariaat Kade', 'Secrétariat social Horizon'],
  rent: ['Vastgoed Vaartkom', 'Immobilière Beauval'],
  campaign: ['Drukkerij Noordlicht', 'Affichage Clairval', 'Reclamebureau Zuiderpoort'],
  communication: ['Webatelier Molenwijk', 'Studio Pont-Neuf', 'Drukkerij Noordlicht'],
  events: ['Zaalverhuur De Brug', 'Traiteur Les Glycines', 'Geluidstechniek Heidebos'],
  travel: ['Spoorvervoer Binnenland', 'Taxi Coöperatie Oost', 'Fietsherstel Kanaal'],
  office: ['Kantoorbenodigdheden Segers', 'Papeterie Rivage', 'IT-diensten Koolmijn'],
  fees: ['Boekhoudkantoor Haven', 'Cabinet juridique Parc Sud', 'Bank Kanaalzone'],
  training: ['Vormingscentrum Groene Gordel', 'Centre de formation Vieux Marché'],
  other: ['Diverse kleine leveranciers', 'Fournisseurs divers'],
};

export const EXPENSE_DESCRIPTIONS: Record<string, string[]> = {
  staff: ['Loonkosten medewerkers', 'Salaires du personnel'],
  rent: ['Huur kantoor', 'Loyer du bureau'],
  campaign: ['Affiches en flyers', 'Campagne en ligne', 'Panneaux électoraux'],
  communication: ['Onderhoud website', 'Nieuwsbrief', 'Impression du journal'],
  events: ['Zaalhuur ledenvergadering', 'Catering debatavond', 'Sonorisation'],
  travel: ['Treinticket werkbezoek', 'Taxi na late raadszitting', 'Fietsonderhoud'],
  office: ['Papier en toner', 'Licentie software', 'Matériel de bureau'],
  fees: ['Boekhouding', 'Bankkosten', 'Avis juridique'],
  training: ['Opleiding integriteit', 'Formation budget communal'],
  other: ['Diverse kosten', 'Frais divers'],
};

export const MINUTES_SENTENCES: Record<'nl' | 'fr' | 'en', string[]> = {
  nl: [
    'De voorzitter opent de zitting en stelt vast dat het quorum bereikt is.',
    'Na een toelichting door de bevoegde schepen volgt een debat.',
    'Verschillende leden stellen vragen over de kostprijs en de planning.',
    'De voorzitter sluit de zitting en dankt de aanwezigen.',
  ],
  fr: [
    "La présidente ouvre la séance et constate que le quorum est atteint.",
    "Après une présentation par l'échevin compétent, un débat a lieu.",
    'Plusieurs membres posent des questions sur le coût et le calendrier.',
    'La présidente clôt la séance et remercie les personnes présentes.',
  ],
  en: [
    'The chair opens the meeting and notes that a quorum is present.',
    'After a presentation by the responsible alderman, a debate follows.',
    'Several members ask about the cost and the timetable.',
    'The chair closes the meeting and thanks those present.',
  ],
};
