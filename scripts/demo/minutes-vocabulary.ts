/**
 * Words the demo's meetings are made of, in Dutch, French and English: the items each kind of body
 * decides, what members say about them, their questions, and the sentences of the minutes. Invented,
 * like everything in the demo.
 *
 * Longer than 300 lines because it is vocabulary, three languages side by side: split, one item's
 * three translations would be in different files.
 */
import type { Lang, Tri } from './format.ts';

export interface ItemWords {
  title: Tri;
  /** What the proposal is, to follow "presents the proposal:". */
  summary: Tri;
  /** Months (1–12) in which the item comes up; any month if absent. */
  months?: number[];
}

export const APPROVAL_OF_MINUTES: ItemWords = {
  title: ['Goedkeuring van de notulen van de vorige zitting', 'Approbation du procès-verbal de la séance précédente', 'Approval of the minutes of the previous meeting'],
  summary: ['de notulen van de vorige zitting', 'le procès-verbal de la séance précédente', 'the minutes of the previous meeting'],
};

/** What a city council decides, one item at most once a meeting. `{prev}` and `{next}` are years. */
export const COUNCIL_ITEMS: ItemWords[] = [
  {
    title: ['Mobiliteitsplan voor de binnenstad', 'Plan de mobilité du centre-ville', 'Mobility plan for the city centre'],
    summary: ['het plan maakt de binnenstad autoluw, legt drie fietsstraten aan en verlegt twee buslijnen naar de ring', 'le plan réduit la circulation automobile au centre, crée trois rues cyclables et déplace deux lignes de bus vers le ring', 'the plan cuts car traffic in the centre, creates three cycle streets and moves two bus routes to the ring road'],
  },
  {
    title: ['Begrotingswijziging', 'Modification budgétaire', 'Budget amendment'],
    summary: ['de wijziging verschuift 1,2 miljoen euro naar het onderhoud van voetpaden en schoolgebouwen', 'la modification transfère 1,2 million d’euros vers l’entretien des trottoirs et des bâtiments scolaires', 'the amendment moves 1.2 million euros to the upkeep of pavements and school buildings'],
  },
  {
    title: ['Subsidiereglement voor verenigingen', 'Règlement de subsides aux associations', 'Grant rules for associations'],
    summary: ['het reglement vervangt zes afzonderlijke subsidies door één aanvraag met vaste criteria', 'le règlement remplace six subsides distincts par une seule demande aux critères fixes', 'the rules replace six separate grants with a single application with fixed criteria'],
  },
  {
    title: ['Renovatie van het stedelijk zwembad', 'Rénovation de la piscine communale', 'Renovation of the municipal swimming pool'],
    summary: ['de renovatie kost 8,4 miljoen euro, waarvan een derde gesubsidieerd wordt; het zwembad sluit achttien maanden', 'la rénovation coûte 8,4 millions d’euros, dont un tiers est subsidié ; la piscine ferme dix-huit mois', 'the renovation costs 8.4 million euros, a third of it covered by grants; the pool closes for eighteen months'],
  },
  {
    title: ['Aankoop van elektrische dienstvoertuigen', 'Achat de véhicules de service électriques', 'Purchase of electric service vehicles'],
    summary: ['de stad vervangt twaalf dieselwagens door elektrische bestelwagens en plaatst laadpalen aan de stadsloods', 'la ville remplace douze véhicules diesel par des camionnettes électriques et installe des bornes au dépôt communal', 'the city replaces twelve diesel vans with electric ones and installs chargers at the municipal depot'],
  },
  {
    title: ['Woonbeleidsplan', 'Plan communal du logement', 'Housing policy plan'],
    summary: ['het plan voorziet 400 betaalbare woningen tegen 2030 en een strengere aanpak van leegstand', 'le plan prévoit 400 logements abordables d’ici 2030 et une lutte plus stricte contre les logements vides', 'the plan provides for 400 affordable homes by 2030 and a firmer approach to empty housing'],
  },
  {
    title: ['Reglement op terrassen', 'Règlement sur les terrasses', 'Rules for café terraces'],
    summary: ['terrassen mogen het hele jaar blijven staan, als er anderhalve meter vrije doorgang voor voetgangers blijft', 'les terrasses peuvent rester toute l’année si un passage libre d’un mètre et demi reste ouvert aux piétons', 'terraces may stay all year round, provided a clear path of one and a half metres is left for pedestrians'],
  },
  {
    title: ['Heraanleg van het stationsplein', 'Réaménagement de la place de la Gare', 'Redesign of the station square'],
    summary: ['het ontwerp maakt van het plein een groene verblijfsruimte met een overdekte stalling voor 900 fietsen', 'le projet fait de la place un espace vert de séjour avec un parking couvert pour 900 vélos', 'the design turns the square into a green public space with covered parking for 900 bicycles'],
  },
  {
    title: ['Klimaatactieplan', 'Plan d’action climat', 'Climate action plan'],
    summary: ['het plan wil de uitstoot van de stad tegen 2030 met 40 procent verminderen, onder meer door de renovatie van openbare gebouwen', 'le plan vise à réduire de 40 % les émissions de la ville d’ici 2030, notamment en rénovant les bâtiments publics', 'the plan aims to cut the city’s emissions by 40 per cent by 2030, among other things by renovating public buildings'],
  },
  {
    title: ['Retributiereglement parkeren', 'Règlement-redevance sur le stationnement', 'Parking charges'],
    summary: ['het tarief in de betalende zone stijgt naar 2 euro per uur; de eerste bewonerskaart blijft gratis', 'le tarif en zone payante passe à 2 euros l’heure ; la première carte de riverain reste gratuite', 'the charge in the paid zone rises to 2 euros an hour; the first resident’s permit stays free'],
  },
  {
    title: ['Samenwerking met de buurgemeenten voor de afvalophaling', 'Collaboration avec les communes voisines pour la collecte des déchets', 'Joint waste collection with the neighbouring municipalities'],
    summary: ['de stad treedt toe tot de intercommunale en haalt voortaan ook gft-afval huis aan huis op', 'la ville rejoint l’intercommunale et collecte désormais aussi les déchets organiques en porte-à-porte', 'the city joins the intermunicipal company and will also collect organic waste door to door'],
  },
  {
    title: ['Jaarrekening {prev}', 'Comptes annuels {prev}', 'Annual accounts {prev}'],
    summary: ['de rekening sluit af met een overschot van 3,1 miljoen euro, vooral door lagere energiekosten dan geraamd', 'les comptes se clôturent sur un excédent de 3,1 millions d’euros, surtout grâce à des coûts énergétiques inférieurs aux prévisions', 'the accounts close with a surplus of 3.1 million euros, mainly because energy cost less than forecast'],
    months: [5, 6],
  },
  {
    title: ['Budget {next}', 'Budget {next}', 'Budget {next}'],
    summary: ['het budget investeert vooral in scholen, fietspaden en de renovatie van sociale woningen', 'le budget investit surtout dans les écoles, les pistes cyclables et la rénovation des logements sociaux', 'the budget invests above all in schools, cycle paths and the renovation of social housing'],
    months: [12],
  },
  {
    title: ['Aanpassing van het meerjarenplan', 'Adaptation du plan pluriannuel', 'Revision of the multi-year plan'],
    summary: ['de aanpassing schuift twee investeringen een jaar op om de schuld onder het afgesproken plafond te houden', 'l’adaptation reporte deux investissements d’un an pour maintenir la dette sous le plafond convenu', 'the revision moves two investments back a year to keep the debt under the agreed ceiling'],
    months: [10, 11],
  },
];

/** What the mayor and aldermen decide at their weekly table. */
export const EXECUTIVE_ITEMS: ItemWords[] = [
  {
    title: ['Omgevingsvergunningen', 'Permis d’environnement', 'Environmental permits'],
    summary: ['het college behandelt negen aanvragen, waarvan twee voor meergezinswoningen', 'le collège examine neuf demandes, dont deux pour des immeubles à appartements', 'the board considers nine applications, two of them for blocks of flats'],
  },
  {
    title: ['Gunning van de opdracht voor straatverlichting', 'Attribution du marché d’éclairage public', 'Award of the street lighting contract'],
    summary: ['drie offertes werden ontvangen; de laagste regelmatige offerte bedraagt 412.000 euro', 'trois offres ont été reçues ; la plus basse offre régulière s’élève à 412.000 euros', 'three bids were received; the lowest compliant bid is 412,000 euros'],
  },
  {
    title: ['Toelatingen voor evenementen', 'Autorisations d’événements', 'Permits for events'],
    summary: ['elf buurtfeesten en het stadsfestival vragen een toelating en een tijdelijke wegafsluiting', 'onze fêtes de quartier et le festival de la ville demandent une autorisation et une fermeture temporaire de rue', 'eleven street parties and the city festival ask for a permit and a temporary road closure'],
  },
  {
    title: ['Aanwerving van een preventiewerker', 'Recrutement d’un travailleur de prévention', 'Recruitment of a prevention worker'],
    summary: ['de functie wordt open verklaard via een externe selectieprocedure', 'le poste est déclaré vacant par une procédure de sélection externe', 'the post is opened through an external selection procedure'],
  },
  {
    title: ['Voorbereiding van de gemeenteraad', 'Préparation du conseil communal', 'Preparation of the city council'],
    summary: ['het college legt de agenda van de volgende gemeenteraad vast', 'le collège arrête l’ordre du jour du prochain conseil communal', 'the board sets the agenda of the next city council'],
  },
  {
    title: ['Subsidies voor buurtinitiatieven', 'Subsides aux initiatives de quartier', 'Grants for neighbourhood initiatives'],
    summary: ['veertien projecten krijgen samen 36.000 euro', 'quatorze projets reçoivent ensemble 36.000 euros', 'fourteen projects receive 36,000 euros between them'],
  },
  {
    title: ['Antwoord op een klacht over nachtlawaai', 'Réponse à une plainte pour tapage nocturne', 'Reply to a complaint about night-time noise'],
    summary: ['het college laat geluidsmetingen uitvoeren en overlegt met de uitbater', 'le collège fait réaliser des mesures de bruit et se concerte avec l’exploitant', 'the board has noise measured and talks to the operator'],
  },
  {
    title: ['Tijdelijke verkeersmaatregelen', 'Mesures de circulation temporaires', 'Temporary traffic measures'],
    summary: ['wegenwerken in drie straten vragen een omleiding voor het doorgaand verkeer', 'des travaux dans trois rues imposent une déviation pour le trafic de transit', 'roadworks in three streets need a diversion for through traffic'],
  },
];

/** What an audit and integrity committee looks at; other committees prepare council items. */
export const COMMITTEE_ITEMS: ItemWords[] = [
  {
    title: ['Register van geschenken', 'Registre des cadeaux', 'Gifts register'],
    summary: ['het comité overloopt de geschenken van het voorbije kwartaal en wat ermee gebeurde', 'le comité passe en revue les cadeaux du trimestre écoulé et la suite qui leur a été donnée', 'the committee reviews the gifts of the past quarter and what became of them'],
  },
  {
    title: ['Opvolging van de klachten', 'Suivi des plaintes', 'Follow-up of complaints'],
    summary: ['het comité bespreekt de klachten van het voorbije kwartaal en de antwoordtermijnen', 'le comité examine les plaintes du trimestre écoulé et les délais de réponse', 'the committee discusses the complaints of the past quarter and the response times'],
  },
  {
    title: ['Jaarverslag integriteit', 'Rapport annuel d’intégrité', 'Annual integrity report'],
    summary: ['het verslag telt de meldingen, de signalen van de code en wat ermee gedaan werd', 'le rapport recense les signalements, les signaux du code et les suites données', 'the report counts the reports received, the signals of the code and what was done about them'],
    months: [2, 5],
  },
  {
    title: ['Auditrapport over het aankoopbeleid', 'Rapport d’audit sur la politique d’achat', 'Audit report on procurement'],
    summary: ['de interne audit vond geen onregelmatigheden, maar beveelt een strengere scheiding van taken aan', 'l’audit interne n’a relevé aucune irrégularité mais recommande une séparation plus stricte des tâches', 'the internal audit found no irregularities but recommends a stricter separation of duties'],
  },
  {
    title: ['Controle van de aangiften', 'Contrôle des déclarations', 'Check of the declarations'],
    summary: ['het comité gaat na of alle mandatarissen hun jaarlijkse aangifte tijdig indienden', 'le comité vérifie si tous les mandataires ont déposé leur déclaration annuelle à temps', 'the committee checks whether every official filed their yearly declaration on time'],
    months: [5, 9],
  },
  {
    title: ['Risicoanalyse van de subsidies', 'Analyse des risques des subsides', 'Risk analysis of grants'],
    summary: ['de analyse toont welke subsidies zonder tweede controle worden uitbetaald', 'l’analyse montre quels subsides sont versés sans second contrôle', 'the analysis shows which grants are paid without a second check'],
  },
  {
    title: ['Opvolging van de aanbevelingen van de vorige audit', 'Suivi des recommandations de l’audit précédent', 'Follow-up of the previous audit’s recommendations'],
    summary: ['vijf van de zeven aanbevelingen zijn uitgevoerd; twee lopen nog', 'cinq des sept recommandations sont mises en œuvre ; deux sont en cours', 'five of the seven recommendations have been carried out; two are under way'],
  },
];

export type DecisionKind = 'approved' | 'amended' | 'rejected' | 'postponed' | 'conditions' | 'noted' | 'favourable' | 'remarks';

/** The decision as the front matter records it. */
export const DECISIONS: Record<DecisionKind, Tri> = {
  approved: ['Goedgekeurd', 'Approuvé', 'Approved'],
  amended: ['Goedgekeurd met amendement', 'Approuvé avec amendement', 'Approved as amended'],
  rejected: ['Verworpen', 'Rejeté', 'Rejected'],
  postponed: ['Verdaagd naar de volgende zitting', 'Reporté à la prochaine séance', 'Postponed to the next meeting'],
  conditions: ['Goedgekeurd onder voorwaarden', 'Approuvé sous conditions', 'Approved with conditions'],
  noted: ['Kennis genomen', 'Pris acte', 'Noted'],
  favourable: ['Gunstig advies', 'Avis favorable', 'Favourable opinion'],
  remarks: ['Advies met opmerkingen aan het college', 'Avis assorti de remarques au collège', 'Opinion with remarks to the board'],
};

export interface DebateWords {
  /** What a member says; `{name}` is the member. */
  remarks: Tri[];
  /** The answer of whoever presented the item; `{name}` is they. */
  answers: Tri[];
  /** What a postponed item waits for. */
  postponements: Tri[];
}

/** The debate of each kind of body: a council's, the board's, the audit committee's. */
export const DEBATE: Record<'council' | 'executive' | 'audit', DebateWords> = {
  council: {
    remarks: [
      ['{name} vraagt naar de kostprijs en de financiering.', '{name} s’interroge sur le coût et le financement.', '{name} asks about the cost and how it will be paid for.'],
      ['{name} wil weten hoe de buurtbewoners betrokken worden.', '{name} demande comment les riverains seront associés.', '{name} wants to know how residents will be involved.'],
      ['{name} vindt de planning te krap.', '{name} estime le calendrier trop serré.', '{name} finds the timetable too tight.'],
      ['{name} steunt het voorstel, maar vraagt een evaluatie na één jaar.', '{name} soutient la proposition mais demande une évaluation après un an.', '{name} supports the proposal but asks for a review after one year.'],
      ['{name} wijst op de gevolgen voor de kleine handelaars.', '{name} attire l’attention sur les conséquences pour les petits commerçants.', '{name} points to the effect on small shops.'],
      ['{name} vraagt of het advies van de jeugdraad gevolgd werd.', '{name} demande si l’avis du conseil des jeunes a été suivi.', '{name} asks whether the youth council’s advice was followed.'],
      ['{name} vraagt hoe de toegankelijkheid voor mensen met een beperking gegarandeerd wordt.', '{name} demande comment l’accessibilité pour les personnes handicapées sera garantie.', '{name} asks how access for people with disabilities will be ensured.'],
    ],
    answers: [
      ['{name} antwoordt dat de kosten binnen het meerjarenplan blijven.', '{name} répond que les coûts restent dans le plan pluriannuel.', '{name} replies that the costs stay within the multi-year plan.'],
      ['{name} antwoordt dat er in het voorjaar twee informatieavonden komen.', '{name} répond que deux soirées d’information auront lieu au printemps.', '{name} replies that there will be two information evenings in the spring.'],
      ['{name} antwoordt dat de adviesraden een positief advies gaven.', '{name} répond que les conseils consultatifs ont rendu un avis favorable.', '{name} replies that the advisory councils gave a favourable opinion.'],
      ['{name} antwoordt dat de diensten de planning haalbaar achten.', '{name} répond que les services jugent le calendrier réaliste.', '{name} replies that the departments consider the timetable feasible.'],
    ],
    postponements: [
      ['het advies van de brandweer', 'l’avis des pompiers', 'the fire service’s advice'],
      ['een bijkomende kostenraming', 'une estimation complémentaire des coûts', 'a further cost estimate'],
      ['het overleg met de buurtbewoners', 'la concertation avec les riverains', 'the consultation of residents'],
    ],
  },
  executive: {
    remarks: [
      ['{name} vraagt naar de kostprijs.', '{name} s’interroge sur le coût.', '{name} asks about the cost.'],
      ['{name} vraagt of de buurtbewoners op de hoogte werden gebracht.', '{name} demande si les riverains ont été informés.', '{name} asks whether residents have been informed.'],
      ['{name} wil weten wanneer de dienst met de uitvoering kan starten.', '{name} demande quand le service pourra commencer.', '{name} asks when the department can start.'],
      ['{name} vraagt of de financieel directeur een advies gaf.', '{name} demande si le directeur financier a rendu un avis.', '{name} asks whether the finance director has given an opinion.'],
    ],
    answers: [
      ['{name} antwoordt dat de kosten binnen het budget blijven.', '{name} répond que les coûts restent dans le budget.', '{name} replies that the costs stay within the budget.'],
      ['{name} antwoordt dat de diensten een gunstig advies gaven.', '{name} répond que les services ont rendu un avis favorable.', '{name} replies that the departments gave a favourable opinion.'],
      ['{name} antwoordt dat de dienst tegen de volgende zitting een nota opmaakt.', '{name} répond que le service rédigera une note pour la prochaine séance.', '{name} replies that the department will draft a note by the next meeting.'],
    ],
    postponements: [
      ['het advies van de financieel directeur', 'l’avis du directeur financier', 'the finance director’s opinion'],
      ['bijkomende informatie van de dienst', 'des informations complémentaires du service', 'further information from the department'],
    ],
  },
  audit: {
    remarks: [
      ['{name} vraagt hoe vaak de tweede controle steekproefsgewijs gebeurt.', '{name} demande à quelle fréquence le second contrôle se fait par sondage.', '{name} asks how often the second check is done by sampling.'],
      ['{name} wil dat de cijfers voortaan per kwartaal gepubliceerd worden.', '{name} souhaite que les chiffres soient désormais publiés chaque trimestre.', '{name} wants the figures published every quarter from now on.'],
      ['{name} vraagt of alle mandatarissen de nieuwe versie van de code ondertekenden.', '{name} demande si tous les mandataires ont signé la nouvelle version du code.', '{name} asks whether every official has signed the new version of the code.'],
      ['{name} wijst op de lange antwoordtermijn bij één klacht.', '{name} relève le long délai de réponse pour une plainte.', '{name} points to the long response time for one complaint.'],
      ['{name} vraagt de aanbevelingen met een tijdslijn op te volgen.', '{name} demande un calendrier pour le suivi des recommandations.', '{name} asks for the recommendations to be followed up against a timetable.'],
    ],
    answers: [
      ['{name} antwoordt dat het secretariaat een tijdslijn zal voorleggen.', '{name} répond que le secrétariat présentera un calendrier.', '{name} replies that the secretariat will present a timetable.'],
      ['{name} antwoordt dat de interne auditor dit in het volgende rapport opneemt.', '{name} répond que l’auditeur interne l’intégrera dans son prochain rapport.', '{name} replies that the internal auditor will include it in the next report.'],
      ['{name} stelt voor het punt op de volgende vergadering opnieuw te bekijken.', '{name} propose de réexaminer le point à la prochaine réunion.', '{name} suggests looking at the item again at the next meeting.'],
    ],
    postponements: [['het rapport van de interne auditor', 'le rapport de l’auditeur interne', 'the internal auditor’s report']],
  },
};

/** What an amendment adds (after "to"). */
export const AMENDMENTS: Tri[] = [
  ['een evaluatie na twaalf maanden toe te voegen', 'ajouter une évaluation après douze mois', 'add a review after twelve months'],
  ['de adviesraden vooraf te horen', 'consulter au préalable les conseils consultatifs', 'hear the advisory councils first'],
  ['de toegankelijkheid voor rolstoelgebruikers uitdrukkelijk op te nemen', 'inscrire explicitement l’accessibilité pour les personnes en fauteuil roulant', 'write in access for wheelchair users explicitly'],
];

/** Questions members put to the board, with the answer. */
export const QUESTIONS: Array<{ question: Tri; answer: Tri }> = [
  { question: ['naar de stand van de wegenwerken in de Kanaalstraat', 'où en sont les travaux de voirie rue du Canal', 'about progress on the roadworks in Canal Street'], answer: ['de werken volgens planning eind volgende maand klaar zijn', 'les travaux devraient être terminés à la fin du mois prochain, comme prévu', 'the works should be finished at the end of next month, as planned'] },
  { question: ['naar de aanpak van zwerfvuil rond het station', 'comment la ville compte lutter contre les déchets sauvages autour de la gare', 'how litter around the station will be dealt with'], answer: ['de stad extra vuilnisbakken plaatst en de ophaling verdubbelt', 'la ville installe des poubelles supplémentaires et double les collectes', 'the city is adding bins and doubling collections'] },
  { question: ['naar de wachtlijst in de kinderopvang', 'ce qu’il en est de la liste d’attente dans l’accueil de la petite enfance', 'about the waiting list for childcare'], answer: ['er in september veertig plaatsen bijkomen', 'quarante places s’ajouteront en septembre', 'forty places will be added in September'] },
  { question: ['naar de verlichting in het Rivagepark', 'ce qu’il en est de l’éclairage du parc Rivage', 'about the lighting in Rivage Park'], answer: ['de nieuwe ledverlichting in het voorjaar geplaatst wordt', 'le nouvel éclairage LED sera installé au printemps', 'the new LED lighting will be installed in the spring'] },
  { question: ['naar de veiligheid aan de schoolpoort in de Molenwijk', 'ce qu’il en est de la sécurité devant l’école de Molenwijk', 'about safety at the school gate in Molenwijk'], answer: ['de politie er ’s ochtends extra controleert en het zebrapad verlegd wordt', 'la police y renforce les contrôles le matin et le passage pour piétons sera déplacé', 'the police are checking there in the mornings and the zebra crossing will be moved'] },
  { question: ['naar de sluiting van het postkantoor in Sint-Anna-Oost', 'ce qu’il en est de la fermeture du bureau de poste de Sint-Anna-Oost', 'about the closure of the post office in Sint-Anna-Oost'], answer: ['de stad in gesprek is over een postpunt in de bibliotheek', 'la ville négocie un point poste à la bibliothèque', 'the city is negotiating a postal counter in the library'] },
  { question: ['naar de openingsuren van het recyclagepark', 'ce qu’il en est des heures d’ouverture du parc à conteneurs', 'about the opening hours of the recycling centre'], answer: ['het recyclagepark vanaf volgende maand ook op zaterdagnamiddag open is', 'le parc à conteneurs sera aussi ouvert le samedi après-midi dès le mois prochain', 'the recycling centre will also open on Saturday afternoons from next month'] },
  { question: ['naar de eindafrekening van het stadsfestival', 'quel est le décompte final du festival de la ville', 'about the final accounts of the city festival'], answer: ['de eindafrekening op de volgende zitting wordt voorgelegd', 'le décompte final sera présenté à la prochaine séance', 'the final accounts will be presented at the next meeting'] },
];

export interface Votes {
  for: number;
  against: number;
  abstain: number;
}

/** The sentences of minutes in one language. */
export interface MinutesWords {
  /** Opening: who chairs, when, who is there. */
  opening: (chair: string, role: string, time: string, present: number, excused: string[]) => string;
  closing: (chair: string, time: string) => string;
  time: (hhmm: string) => string;
  presents: (name: string, role: string, summary: string) => string;
  /** In a committee, an item is introduced rather than proposed. */
  introduces: (name: string, role: string, summary: string) => string;
  approval: string;
  amendment: (name: string, what: string) => string;
  postponement: (name: string, what: string) => string;
  rejection: string;
  /** The label before the decision, with its colon. */
  decision: string;
  /** The decision with its vote, as a sentence that starts lower case. */
  outcome: (kind: DecisionKind, votes?: Votes) => string;
  questionsHeading: string;
  question: (asker: string, question: string, answerer: string, answer: string) => string;
  noQuestions: string;
  closingHeading: string;
  roles: { mayor: string; alderman: string; councillor: string; chair: string; member: string };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const MINUTES_WORDS: Record<Lang, MinutesWords> = {
  nl: {
    opening: (chair, role, time, present, excused) => `${chair} (${role}) opent de zitting om ${time}. Er zijn ${present} leden aanwezig${excused.length ? `; ${excused.join(' en ')} ${excused.length === 1 ? 'is' : 'zijn'} verontschuldigd` : ''}. Het quorum is bereikt.`,
    closing: (chair, time) => `${chair} sluit de zitting om ${time}.`,
    time: (hhmm) => `${hhmm.replace(':', '.')} uur`,
    presents: (name, role, summary) => `${name} (${role}) licht het voorstel toe: ${summary}.`,
    introduces: (name, role, summary) => `${name} (${role}) leidt het punt in: ${summary}.`,
    approval: 'De notulen van de vorige zitting worden zonder opmerkingen goedgekeurd.',
    amendment: (name, what) => `${name} dient een amendement in om ${what}; het amendement wordt aangenomen.`,
    postponement: (name, what) => `${name} vraagt het punt te verdagen in afwachting van ${what}. Niemand verzet zich daartegen.`,
    rejection: 'Een meerderheid vindt het voorstel onvoldoende onderbouwd.',
    decision: 'Besluit:',
    outcome: (kind, votes) => {
      const word = { approved: 'goedgekeurd', amended: 'goedgekeurd met amendement', rejected: 'verworpen', postponed: 'verdaagd naar de volgende zitting', conditions: 'goedgekeurd onder voorwaarden', noted: 'kennis genomen', favourable: 'gunstig advies', remarks: 'advies met opmerkingen aan het college' }[kind];
      if (!votes) return `${word}.`;
      if (votes.against === 0 && votes.abstain === 0) return `${word}, eenparig (${plural(votes.for, 'stem', 'stemmen')} voor).`;
      const [more, fewer] = kind === 'rejected' ? [`${plural(votes.against, 'stem', 'stemmen')} tegen`, `${votes.for} voor`] : [`${plural(votes.for, 'stem', 'stemmen')} voor`, `${votes.against} tegen`];
      return `${word} met ${more}, ${fewer} en ${plural(votes.abstain, 'onthouding', 'onthoudingen')}.`;
    },
    questionsHeading: 'Vragen van raadsleden',
    question: (asker, question, answerer, answer) => `${asker} vraagt ${question}. ${answerer} antwoordt dat ${answer}.`,
    noQuestions: 'Er worden geen vragen gesteld.',
    closingHeading: 'Slot',
    roles: { mayor: 'burgemeester', alderman: 'schepen', councillor: 'raadslid', chair: 'voorzitter', member: 'lid' },
  },
  fr: {
    opening: (chair, role, time, present, excused) => `${chair} (${role}) ouvre la séance à ${time}. ${present} membres sont présents${excused.length ? ` ; ${excused.join(' et ')} ${excused.length === 1 ? 's’est fait excuser' : 'se sont fait excuser'}` : ''}. Le quorum est atteint.`,
    closing: (chair, time) => `${chair} lève la séance à ${time}.`,
    time: (hhmm) => `${Number(hhmm.slice(0, 2))} h ${hhmm.slice(3)}`,
    presents: (name, role, summary) => `${name} (${role}) présente la proposition : ${summary}.`,
    introduces: (name, role, summary) => `${name} (${role}) introduit le point : ${summary}.`,
    approval: 'Le procès-verbal de la séance précédente est approuvé sans remarque.',
    amendment: (name, what) => `${name} dépose un amendement visant à ${what} ; l’amendement est adopté.`,
    postponement: (name, what) => `${name} demande de reporter le point dans l’attente de ${what}. Personne ne s’y oppose.`,
    rejection: 'Une majorité juge la proposition insuffisamment étayée.',
    decision: 'Décision :',
    outcome: (kind, votes) => {
      const word = { approved: 'approuvé', amended: 'approuvé avec amendement', rejected: 'rejeté', postponed: 'reporté à la prochaine séance', conditions: 'approuvé sous conditions', noted: 'pris acte', favourable: 'avis favorable', remarks: 'avis assorti de remarques au collège' }[kind];
      if (!votes) return `${word}.`;
      if (votes.against === 0 && votes.abstain === 0) return `${word} à l’unanimité (${plural(votes.for, 'voix', 'voix')}).`;
      const [more, fewer] = kind === 'rejected' ? [`${votes.against} voix contre`, `${votes.for} pour`] : [`${votes.for} voix pour`, `${votes.against} contre`];
      return `${word} par ${more}, ${fewer} et ${votes.abstain} ${votes.abstain > 1 ? 'abstentions' : 'abstention'}.`;
    },
    questionsHeading: 'Questions des membres du conseil',
    question: (asker, question, answerer, answer) => `${asker} demande ${question}. ${answerer} répond que ${answer}.`,
    noQuestions: 'Aucune question n’est posée.',
    closingHeading: 'Clôture',
    roles: { mayor: 'bourgmestre', alderman: 'membre du collège', councillor: 'membre du conseil', chair: 'présidence', member: 'membre' },
  },
  en: {
    opening: (chair, role, time, present, excused) => `${chair} (${role}) opens the meeting at ${time}. ${present} members are present${excused.length ? `; ${excused.join(' and ')} sent apologies` : ''}. There is a quorum.`,
    closing: (chair, time) => `${chair} closes the meeting at ${time}.`,
    time: (hhmm) => hhmm,
    presents: (name, role, summary) => `${name} (${role}) presents the proposal: ${summary}.`,
    introduces: (name, role, summary) => `${name} (${role}) introduces the item: ${summary}.`,
    approval: 'The minutes of the previous meeting are approved without comment.',
    amendment: (name, what) => `${name} moves an amendment to ${what}; the amendment is carried.`,
    postponement: (name, what) => `${name} asks for the item to be postponed until ${what} is available. No one objects.`,
    rejection: 'A majority finds the proposal insufficiently substantiated.',
    decision: 'Decision:',
    outcome: (kind, votes) => {
      const word = { approved: 'approved', amended: 'approved as amended', rejected: 'rejected', postponed: 'postponed to the next meeting', conditions: 'approved with conditions', noted: 'noted', favourable: 'favourable opinion', remarks: 'opinion with remarks to the board' }[kind];
      if (!votes) return `${word}.`;
      if (votes.against === 0 && votes.abstain === 0) return `${word} unanimously (${plural(votes.for, 'vote', 'votes')}).`;
      const [more, fewer] = kind === 'rejected' ? [votes.against, votes.for] : [votes.for, votes.against];
      return `${word} by ${plural(more, 'vote', 'votes')} to ${fewer}, with ${plural(votes.abstain, 'abstention', 'abstentions')}.`;
    },
    questionsHeading: 'Questions from members',
    question: (asker, question, answerer, answer) => `${asker} asks ${question}. ${answerer} replies that ${answer}.`,
    noQuestions: 'No questions are asked.',
    closingHeading: 'Close',
    roles: { mayor: 'mayor', alderman: 'alderman', councillor: 'councillor', chair: 'chair', member: 'member' },
  },
};
