<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>AreaTables</name>
    <message>
        <source>Questions</source>
        <translation>Jautājumi</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Vietas</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenāriji</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Viļņi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Pircēji</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Uzdevumi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <source>Results by wave</source>
        <translation>Rezultāti pa viļņiem</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sadaļa</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Sadaļas nosaukums</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Svars</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Neattiecas</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisks</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Zīmols</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurents</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktīva</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Atlīdzība</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minūtes</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Vecums</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Prasības</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Piešķirti</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Apstiprināti</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vilnis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Vietas nosaukums</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānotais datums</translation>
    </message>
    <message>
        <source>Daypart</source>
        <translation>Dienas daļa</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Dzimšanas gads</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Valodas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Per wave</source>
        <translation>Vilnī</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Pircējs</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Piešķīra</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloķēts</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Apmeklēts</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atbildes</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Plānotie apmeklējumi</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Saņemtie pārskati</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Atgrieztas</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Anketa</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Visi reģioni</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(bez reģiona)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Visi kanāli</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Savas un konkurentu</translation>
    </message>
    <message>
        <source>Own locations</source>
        <translation>Savas vietas</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurentu vietas</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktīvās un neaktīvās</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktīva</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Visas pilsētas</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Visas valodas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Birka</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Visas birkas</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Visi viļņi</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign a wave's open visits to shoppers optimally, with the reasons for those left over; show or set the rules.</source>
        <translation>Optimāli piešķirt viļņa atvērtos apmeklējumus pircējiem, norādot iemeslus tiem, kas paliek nepiešķirti; parādīt vai iestatīt noteikumus.</translation>
    </message>
    <message>
        <source>Assignment of shoppers to visits.

  FILE --wave NAME [--dry-run] [--keep-assigned] [--seed N] [--list] [--json]
  rules FILE [--set JSON | --reset] [--json]

The wave's planned visits that are not locked get shoppers so that as many as possible are
assigned and, among those assignments, the total cost is the lowest (proven unless the output says
otherwise; see docs/assignment.md). Visits assigned by hand, accepted, done or locked stay as they are;
visits assigned automatically earlier and not accepted yet are planned again unless
--keep-assigned. Each visit left unassigned is explained by the rule that excluded its last
candidates. --seed orders shoppers who cost the same. The whole run is one undo step in the
window. rules shows the programme's rules; --set changes the fields it names, e.g.
  assign rules demo.shopscope --set '{"distance":{"max_km":60},"lockout":{"days":90}}'</source>
        <translation>Pircēju piešķiršana apmeklējumiem.

  FILE --wave NAME [--dry-run] [--keep-assigned] [--seed N] [--list] [--json]
  rules FILE [--set JSON | --reset] [--json]

Viļņa plānotie apmeklējumi, kas nav bloķēti, saņem pircējus tā, lai tiktu piešķirts pēc iespējas vairāk
apmeklējumu un starp šiem piešķīrumiem kopējās izmaksas būtu viszemākās (pierādīts, ja vien izvadē nav
norādīts citādi; skatiet docs/assignment.md). Manuāli piešķirti, pieņemti, veikti vai bloķēti apmeklējumi paliek nemainīti;
agrāk automātiski piešķirti un vēl nepieņemti apmeklējumi tiek plānoti no jauna, ja vien nav norādīts
--keep-assigned. Katram nepiešķirtajam apmeklējumam ir paskaidrojums ar noteikumu, kas izslēdza tā pēdējos
kandidātus. --seed sakārto pircējus ar vienādām izmaksām. Visa palaišana ir viens atsaukšanas solis
logā. rules parāda programmas noteikumus; --set maina norādītos laukus, piem.,
  assign rules demo.shopscope --set '{"distance":{"max_km":60},"lockout":{"days":90}}'</translation>
    </message>
    <message>
        <source>The project file (or: rules FILE).</source>
        <translation>Projekta fails (vai: rules FILE).</translation>
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation>Vilnis pēc koda vai nosaukuma.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show the result; write nothing.</source>
        <translation>Parādīt rezultātu; neko neierakstīt.</translation>
    </message>
    <message>
        <source>Keep the visits assigned automatically earlier as they are.</source>
        <translation>Atstāt agrāk automātiski piešķirtos apmeklējumus nemainītus.</translation>
    </message>
    <message>
        <source>The order of shoppers who cost the same (default 1).</source>
        <translation>Pircēju ar vienādām izmaksām secība (noklusējums: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List every assignment with its cost.</source>
        <translation>Uzskaitīt katru piešķīrumu ar tā izmaksām.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Mašīnlasāma izvade.</translation>
    </message>
    <message>
        <source>rules: change the fields of this JSON document.</source>
        <translation>rules: mainīt šī JSON dokumenta laukus.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>rules: back to the defaults.</source>
        <translation>rules: atjaunot noklusējuma vērtības.</translation>
    </message>
    <message>
        <source>assign: expected FILE --wave NAME or rules FILE (see 'shopscope-cli assign --help')</source>
        <translation>assign: tika gaidīts FILE --wave NAME vai rules FILE (skatiet 'shopscope-cli assign --help')</translation>
    </message>
    <message>
        <source>assign rules: give --set or --reset, not both</source>
        <translation>assign rules: norādiet --set vai --reset, ne abus</translation>
    </message>
    <message>
        <source>assign rules: --set is not a JSON object: %1</source>
        <translation>assign rules: --set nav JSON objekts: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>nav objekts</translation>
    </message>
    <message>
        <source>assign rules: %1</source>
        <translation>assign rules: %1</translation>
    </message>
    <message>
        <source>assign rules: nothing written: %1</source>
        <translation>assign rules: nekas netika ierakstīts: %1</translation>
    </message>
    <message>
        <source>Rules from: %1</source>
        <translation>Noteikumu avots: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lockout: %n day(s), the programme's setting</source>
        <translation>
            <numerusform>Atkārtota apmeklējuma liegums: %n diena, programmas iestatījums</numerusform>
            <numerusform>Atkārtota apmeklējuma liegums: %n dienas, programmas iestatījums</numerusform>
            <numerusform>Atkārtota apmeklējuma liegums: %n dienas, programmas iestatījums</numerusform>
        </translation>
    </message>
    <message>
        <source>assign: give the wave with --wave NAME</source>
        <translation>assign: norādiet vilni ar --wave NAME</translation>
    </message>
    <message>
        <source>assign: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation>assign: --seed jābūt veselam skaitlim, kas ir 0 vai lielāks, nevis „%1”</translation>
    </message>
    <message>
        <source>assign: --set and --reset belong to 'assign rules FILE'</source>
        <translation>assign: --set un --reset attiecas uz 'assign rules FILE'</translation>
    </message>
    <message>
        <source>assign: %1</source>
        <translation>assign: %1</translation>
    </message>
    <message>
        <source>assign: nothing written: %1</source>
        <translation>assign: nekas netika ierakstīts: %1</translation>
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):</source>
        <translation>Izmēģinājums vilnim %1 (nekas netika ierakstīts):</translation>
    </message>
    <message>
        <source>Assigned wave %1:</source>
        <translation>Vilnis %1 piešķirts:</translation>
    </message>
    <message>
        <source>Wave %1: nothing to change.</source>
        <translation>Vilnis %1: nav ko mainīt.</translation>
    </message>
    <message>
        <source>  %1 open visits</source>
        <translation>  atvērtie apmeklējumi: %1</translation>
    </message>
    <message>
        <source>  %1 assigned, %2 unassigned</source>
        <translation>  piešķirti: %1, nepiešķirti: %2</translation>
    </message>
    <message>
        <source>  total cost %1 points</source>
        <translation>  kopējās izmaksas: %1 punkti</translation>
    </message>
    <message>
        <source>(optimal, proven)</source>
        <translation>(optimāli, pierādīts)</translation>
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many)</source>
        <translation>(labākais atrastais; neviens piešķīrums nevar nodrošināt ar pircēju vairāk nekā %1 apmeklējumus vai izmaksāt mazāk par %2 ar tikpat daudziem)</translation>
    </message>
    <message>
        <source>  %1 visits change, in %2 s</source>
        <translation>  mainīti apmeklējumi: %1, %2 s</translation>
    </message>
    <message>
        <source>Why visits stay unassigned:</source>
        <translation>Kāpēc apmeklējumi paliek nepiešķirti:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Piemērs</translation>
    </message>
    <message>
        <source>Assignments:</source>
        <translation>Piešķīrumi:</translation>
    </message>
</context>
<context>
    <name>AssignmentExplainer</name>
    <message>
        <source>needed for other visits</source>
        <translation>aizņemti citos apmeklējumos</translation>
    </message>
    <message>
        <source>%1, %2 km away: travel %3 + fee %4 + workload %5 + rating %6 + manager %7 = %8 points.</source>
        <translation>%1, %2 km attālumā: ceļš %3 + atlīdzība %4 + noslodze %5 + vērtējums %6 + vadītājs %7 = %8 punkti.</translation>
    </message>
    <message>
        <source>%1: fee %2 + workload %3 + rating %4 + manager %5 = %6 points.</source>
        <translation>%1: atlīdzība %2 + noslodze %3 + vērtējums %4 + vadītājs %5 = %6 punkti.</translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Lētākais no %n pircēja, kas drīkst to veikt.</numerusform>
            <numerusform>Lētākais no %n pircējiem, kas drīkst to veikt.</numerusform>
            <numerusform>Lētākais no %n pircējiem, kas drīkst to veikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it: the cheaper ones are needed for other visits.</source>
        <translation>
            <numerusform>%1. no %n pircēja, kas drīkst to veikt: lētākie ir vajadzīgi citiem apmeklējumiem.</numerusform>
            <numerusform>%1. no %n pircējiem, kas drīkst to veikt: lētākie ir vajadzīgi citiem apmeklējumiem.</numerusform>
            <numerusform>%1. no %n pircējiem, kas drīkst to veikt: lētākie ir vajadzīgi citiem apmeklējumiem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next best: %1 at %2 points before workload.</source>
        <translation>Nākamais labākais: %1 ar %2 punktiem pirms noslodzes.</translation>
    </message>
    <message>
        <source>the wave's dates</source>
        <translation>viļņa laikā</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) qualify, but each is needed for other visits of this wave (capacity, or the lockout within the wave).</source>
        <translation>
            <numerusform>%n pircējs atbilst, bet ir vajadzīgs citiem šī viļņa apmeklējumiem (kapacitāte vai atkārtota apmeklējuma liegums viļņa ietvaros).</numerusform>
            <numerusform>%n pircēji atbilst, bet katrs ir vajadzīgs citiem šī viļņa apmeklējumiem (kapacitāte vai atkārtota apmeklējuma liegums viļņa ietvaros).</numerusform>
            <numerusform>%n pircēji atbilst, bet katrs ir vajadzīgs citiem šī viļņa apmeklējumiem (kapacitāte vai atkārtota apmeklējuma liegums viļņa ietvaros).</numerusform>
        </translation>
    </message>
    <message>
        <source>No shopper of the panel is active.</source>
        <translation>Neviens paneļa pircējs nav aktīvs.</translation>
    </message>
    <message>
        <source>No active shopper fits the profile “%1”.</source>
        <translation>Neviens aktīvs pircējs neatbilst profilam „%1”.</translation>
    </message>
    <message>
        <source>No shopper within %1 km fits the profile “%2”.</source>
        <translation>Neviens pircējs %1 km rādiusā neatbilst profilam „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n would qualify at %1 km.</source>
        <translation>
            <numerusform>%n atbilstu %1 km rādiusā.</numerusform>
            <numerusform>%n atbilstu %1 km rādiusā.</numerusform>
            <numerusform>%n atbilstu %1 km rādiusā.</numerusform>
        </translation>
    </message>
    <message>
        <source>None would within %1 km either.</source>
        <translation>Arī %1 km rādiusā neviens neatbilstu.</translation>
    </message>
    <message>
        <source>No shopper who fits the profile “%1” lives in %2 (without coordinates only the same city counts).</source>
        <translation>Vietā %2 nedzīvo neviens pircējs, kas atbilst profilam „%1” (bez koordinātām tiek ņemta vērā tikai tā pati pilsēta).</translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) within reach who fit the profile are unavailable on %1.</source>
        <translation>
            <numerusform>%n sasniedzamais pircējs, kas atbilst profilam, nav pieejams %1.</numerusform>
            <numerusform>%n sasniedzamie pircēji, kas atbilst profilam, nav pieejami %1.</numerusform>
            <numerusform>%n sasniedzamie pircēji, kas atbilst profilam, nav pieejami %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise declared a conflict of interest with %1 or its brand.</source>
        <translation>
            <numerusform>%n pircējs, kas citādi atbilst, ir deklarējis interešu konfliktu ar vietu %1 vai tās zīmolu.</numerusform>
            <numerusform>%n pircēji, kas citādi atbilst, ir deklarējuši interešu konfliktu ar vietu %1 vai tās zīmolu.</numerusform>
            <numerusform>%n pircēji, kas citādi atbilst, ir deklarējuši interešu konfliktu ar vietu %1 vai tās zīmolu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise shopped %1 too recently (the lockout).</source>
        <translation>
            <numerusform>%n pircējs, kas citādi atbilst, vietu %1 apmeklēja pārāk nesen (atkārtota apmeklējuma liegums).</numerusform>
            <numerusform>%n pircēji, kas citādi atbilst, vietu %1 apmeklēja pārāk nesen (atkārtota apmeklējuma liegums).</numerusform>
            <numerusform>%n pircēji, kas citādi atbilst, vietu %1 apmeklēja pārāk nesen (atkārtota apmeklējuma liegums).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise have no visits left in the wave or on %1.</source>
        <translation>
            <numerusform>%n pircējam, kas citādi atbilst, vairs nav brīvu apmeklējumu vilnī vai %1.</numerusform>
            <numerusform>%n pircējiem, kas citādi atbilst, vairs nav brīvu apmeklējumu vilnī vai %1.</numerusform>
            <numerusform>%n pircējiem, kas citādi atbilst, vairs nav brīvu apmeklējumu vilnī vai %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentLoader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Failu nevar nolasīt: %1</translation>
    </message>
    <message>
        <source>There is no wave with the id %1.</source>
        <translation>Nav viļņa ar ID %1.</translation>
    </message>
    <message>
        <source>Wave %1 is %2: its fieldwork is over and its visits are not assigned any more.</source>
        <translation>Viļņa %1 statuss ir %2: tā lauka darbs ir beidzies, un tā apmeklējumi vairs netiek piešķirti.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
</context>
<context>
    <name>AssignmentProposalModel</name>
    <message>
        <source>No shopper: %1</source>
        <translation>Nav pircēja: %1</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>jebkura diena</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Pircējs</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Attālums</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <source>Why none</source>
        <translation>Kāpēc neviena</translation>
    </message>
</context>
<context>
    <name>AssignmentRule</name>
    <message>
        <source>no rule</source>
        <translation>nav noteikuma</translation>
    </message>
    <message>
        <source>status not active</source>
        <translation>statuss nav aktīvs</translation>
    </message>
    <message>
        <source>profile does not fit</source>
        <translation>profils neatbilst</translation>
    </message>
    <message>
        <source>too far away</source>
        <translation>pārāk tālu</translation>
    </message>
    <message>
        <source>unavailable on the date</source>
        <translation>nav pieejams datumā</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>interešu konflikts</translation>
    </message>
    <message>
        <source>lockout (shopped recently)</source>
        <translation>liegums (nesen apmeklēts)</translation>
    </message>
    <message>
        <source>no capacity left</source>
        <translation>nav atlikušās kapacitātes</translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>must be an object</source>
        <translation>jābūt objektam</translation>
    </message>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation>nezināms iestatījums (zināmie: %1)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>jābūt true vai false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>jābūt skaitlim no %1 līdz %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1, or null for no limit</source>
        <translation>jābūt skaitlim, kas ir lielāks par 0 un nepārsniedz %1, vai null, ja ierobežojuma nav</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>jābūt veselam skaitlim no %1 līdz %2</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>jābūt tekstu sarakstam</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>nederīgs JSON pie %1. rakstzīmes: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>noteikumiem jābūt JSON objektam</translation>
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation>nezināms kanāls „%1” (zināmie: %2)</translation>
    </message>
    <message>
        <source>the stored assignment rules cannot be read: %1</source>
        <translation>saglabātos piešķiršanas noteikumus nevar nolasīt: %1</translation>
    </message>
    <message>
        <source>the assignment rules are like that already</source>
        <translation>piešķiršanas noteikumi jau ir tādi</translation>
    </message>
    <message>
        <source>Reset the assignment rules</source>
        <translation>Atiestatīt piešķiršanas noteikumus</translation>
    </message>
    <message>
        <source>Change the assignment rules</source>
        <translation>Mainīt piešķiršanas noteikumus</translation>
    </message>
</context>
<context>
    <name>AssignmentSession</name>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <source>in this wave</source>
        <translation>šajā vilnī</translation>
    </message>
    <message>
        <source>%1 already has a visit to %2 (%3) on %4, too close for the lockout.</source>
        <translation>Pircējam %1 jau ir apmeklējums vietā %2 (%3) %4 — pārāk tuvu atkārtota apmeklējuma lieguma dēļ.</translation>
    </message>
    <message>
        <source>%1 would have %2 visits in this wave; the limit is %3.</source>
        <translation>Pircēja %1 apmeklējumu skaits šajā vilnī būtu %2; ierobežojums ir %3.</translation>
    </message>
    <message>
        <source>%1 would have %2 visits on %3; the limit is %4.</source>
        <translation>Pircēja %1 apmeklējumu skaits %3 būtu %2; ierobežojums ir %4.</translation>
    </message>
    <message>
        <source>%1 lives %2 km away, near the %3 km limit.</source>
        <translation>Pircējs %1 dzīvo %2 km attālumā, tuvu %3 km ierobežojumam.</translation>
    </message>
    <message>
        <source>%1 is rated %2, below the %3 preferred for the demanding scenario %4.</source>
        <translation>Pircēja %1 vērtējums ir %2 — zemāks par %3, kas vēlams sarežģītajam scenārijam %4.</translation>
    </message>
    <message>
        <source>%1 has no rating yet (counted as %2), below the %3 preferred for the demanding scenario %4.</source>
        <translation>Pircējam %1 vēl nav vērtējuma (tiek pieņemts %2) — zemāk par %3, kas vēlams sarežģītajam scenārijam %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has shopped locations of the same region manager (%2) %n time(s) lately.</source>
        <translation>
            <numerusform>Pircējs %1 nesen %n reizi apmeklējis tā paša reģiona vadītāja (%2) vietas.</numerusform>
            <numerusform>Pircējs %1 nesen %n reizes apmeklējis tā paša reģiona vadītāja (%2) vietas.</numerusform>
            <numerusform>Pircējs %1 nesen %n reizes apmeklējis tā paša reģiona vadītāja (%2) vietas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n visit(s) in this wave; one more adds %2 workload points.</source>
        <translation>
            <numerusform>Pircējam %1 šajā vilnī jau ir %n apmeklējums; vēl viens pievieno %2 noslodzes punktus.</numerusform>
            <numerusform>Pircējam %1 šajā vilnī jau ir %n apmeklējumi; vēl viens pievieno %2 noslodzes punktus.</numerusform>
            <numerusform>Pircējam %1 šajā vilnī jau ir %n apmeklējumi; vēl viens pievieno %2 noslodzes punktus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) would cost less; the cheapest is %1 at %2 points against %3.</source>
        <translation>
            <numerusform>%n pircējs izmaksātu mazāk; lētākais ir %1 ar %2 punktiem pret %3.</numerusform>
            <numerusform>%n pircēji izmaksātu mazāk; lētākais ir %1 ar %2 punktiem pret %3.</numerusform>
            <numerusform>%n pircēji izmaksātu mazāk; lētākais ir %1 ar %2 punktiem pret %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>apmeklējums %1 neeksistē</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) may take it; the cheapest is %1 at %2 points. Auto-assign or assign it by hand.</source>
        <translation>
            <numerusform>%n pircējs to var uzņemties; lētākais ir %1 par %2 punktiem. Piešķiriet automātiski vai manuāli.</numerusform>
            <numerusform>%n pircēji to var uzņemties; lētākais ir %1 par %2 punktiem. Piešķiriet automātiski vai manuāli.</numerusform>
            <numerusform>%n pircēju to var uzņemties; lētākais ir %1 par %2 punktiem. Piešķiriet automātiski vai manuāli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This assignment breaks %n rule(s) now.</source>
        <translation>
            <numerusform>Šis piešķīrums tagad pārkāpj %n noteikumu.</numerusform>
            <numerusform>Šis piešķīrums tagad pārkāpj %n noteikumus.</numerusform>
            <numerusform>Šis piešķīrums tagad pārkāpj %n noteikumu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Lētākais no %n pircēja, kas drīkst to veikt.</numerusform>
            <numerusform>Lētākais no %n pircējiem, kas drīkst to veikt.</numerusform>
            <numerusform>Lētākais no %n pircējiem, kas drīkst to veikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Numurs %1 no %n pircēja, kas to var uzņemties.</numerusform>
            <numerusform>Numurs %1 no %n pircējiem, kas to var uzņemties.</numerusform>
            <numerusform>Numurs %1 no %n pircējiem, kas to var uzņemties.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentSessionCache</name>
    <message>
        <source>choose a wave first</source>
        <translation>vispirms izvēlieties vilni</translation>
    </message>
    <message>
        <source>Reading the wave's visits and the shopper panel…</source>
        <translation>Nolasa viļņa apmeklējumus un pircēju paneli…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
</context>
<context>
    <name>AssignmentSolver</name>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <source>the flow solver failed</source>
        <translation>plūsmas risinātāja kļūda</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n visit(s) of %1 automatically</source>
        <translation>
            <numerusform>Automātiski piešķirt %n viļņa %1 apmeklējumu</numerusform>
            <numerusform>Automātiski piešķirt %n viļņa %1 apmeklējumus</numerusform>
            <numerusform>Automātiski piešķirt %n viļņa %1 apmeklējumus</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since they were read (visit %2); run the assignment again</source>
        <translation>viļņa %1 apmeklējumi ir mainījušies kopš nolasīšanas (apmeklējums %2); palaidiet piešķiršanu vēlreiz</translation>
    </message>
    <message>
        <source>nothing to change in wave %1</source>
        <translation>vilnī %1 nav ko mainīt</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <source>Plan again the visits assigned automatically earlier that nobody accepted, changed or locked since</source>
        <translation>Plānot no jauna apmeklējumus, kas agrāk piešķirti automātiski un kurus kopš tā laika neviens nav pieņēmis, mainījis vai bloķējis</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Ieteikt</translation>
    </message>
    <message>
        <source>Auto-assign</source>
        <translation>Automātiska piešķiršana</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Visits assigned by hand, accepted, done or locked always keep their shopper.</source>
        <translation>Manuāli piešķirti, pieņemti, veikti vai bloķēti apmeklējumi vienmēr saglabā savu pircēju.</translation>
    </message>
    <message>
        <source>Why no shopper</source>
        <translation>Kāpēc nav pircēja</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Piemēram</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Priekšlikums</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Iemesli</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Vilnis:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Piešķirt</translation>
    </message>
    <message>
        <source>Every wave's fieldwork is over: there is nothing to assign.</source>
        <translation>Visu viļņu lauka darbs ir beidzies: nav ko piešķirt.</translation>
    </message>
    <message>
        <source>Propose works out the cheapest way to give as many open visits as possible a shopper under the programme's rules. Nothing is written until you choose Assign.</source>
        <translation>Ieteikt atrod lētāko veidu, kā pēc iespējas vairākiem atvērtiem apmeklējumiem piešķirt pircēju saskaņā ar programmas noteikumiem. Nekas netiek ierakstīts, kamēr neizvēlaties Piešķirt.</translation>
    </message>
    <message>
        <source>Assigning the visits of %1…</source>
        <translation>Piešķir %1 apmeklējumus…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed or written.</source>
        <translation>Atcelts; nekas netika ieteikts vai ierakstīts.</translation>
    </message>
    <message>
        <source>No proposal: %1</source>
        <translation>Nav priekšlikuma: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 open visits get a shopper&lt;/b&gt;; %3 stay without one.</source>
        <translation>&lt;b&gt;%1 no %2 atvērtajiem apmeklējumiem saņem pircēju&lt;/b&gt;; %3 paliek bez tā.</translation>
    </message>
    <message>
        <source>Total cost %1 points</source>
        <translation>Kopējās izmaksas %1 punkti</translation>
    </message>
    <message>
        <source>(optimal, proven).</source>
        <translation>(optimāli, pierādīts).</translation>
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many).</source>
        <translation>(labākais atrastais; neviens piešķīrums nevar dot pircēju vairāk nekā %1 apmeklējumiem vai izmaksāt mazāk par %2 ar tikpat daudziem).</translation>
    </message>
    <message numerus="yes">
        <source>Assign changes %Ln visit(s); it is one step you can undo.</source>
        <translation>
            <numerusform>Piešķirt maina %Ln apmeklējumu; tas ir viens solis, ko varat atsaukt.</numerusform>
            <numerusform>Piešķirt maina %Ln apmeklējumus; tas ir viens solis, ko varat atsaukt.</numerusform>
            <numerusform>Piešķirt maina %Ln apmeklējumu; tas ir viens solis, ko varat atsaukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has these shoppers already: nothing to change.</source>
        <translation>Failā jau ir šie pircēji: nav ko mainīt.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln visit(s)</source>
        <translation>
            <numerusform>Piešķirt %Ln apmeklējumu</numerusform>
            <numerusform>Piešķirt %Ln apmeklējumus</numerusform>
            <numerusform>Piešķirt %Ln apmeklējumu</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2 %3</source>
        <translation>&lt;b&gt;Apmeklējums %1&lt;/b&gt; · %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the shoppers of %Ln visit(s)…</source>
        <translation>
            <numerusform>Ieraksta pircējus %Ln apmeklējumam…</numerusform>
            <numerusform>Ieraksta pircējus %Ln apmeklējumiem…</numerusform>
            <numerusform>Ieraksta pircējus %Ln apmeklējumiem…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>Nekas netika ierakstīts: %1.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>CandidateRules</name>
    <message>
        <source>age %1–%2</source>
        <translation>vecums %1–%2</translation>
    </message>
    <message>
        <source>age %1+</source>
        <translation>vecums %1+</translation>
    </message>
    <message>
        <source>age up to %1</source>
        <translation>vecums līdz %1</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>runā valodā %1</translation>
    </message>
    <message>
        <source>any shopper</source>
        <translation>jebkurš pircējs</translation>
    </message>
    <message>
        <source>%1 is %2, not active.</source>
        <translation>Pircējs %1 ir %2, nevis aktīvs.</translation>
    </message>
    <message>
        <source>birth year unknown</source>
        <translation>dzimšanas gads nav zināms</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>vecums %1</translation>
    </message>
    <message>
        <source>gender unknown</source>
        <translation>dzimums nav zināms</translation>
    </message>
    <message>
        <source>does not speak %1</source>
        <translation>nerunā valodā %1</translation>
    </message>
    <message>
        <source>not “%1”</source>
        <translation>nav „%1”</translation>
    </message>
    <message>
        <source>%1 does not fit the profile “%2”: %3.</source>
        <translation>Pircējs %1 neatbilst profilam „%2”: %3.</translation>
    </message>
    <message>
        <source>%1 lives %2 km from %3; the limit is %4 km.</source>
        <translation>Pircējs %1 dzīvo %2 km no vietas %3; ierobežojums ir %4 km.</translation>
    </message>
    <message>
        <source>%1 lives in “%2”, not in “%3”, and without coordinates the distance is unknown.</source>
        <translation>Pircējs %1 dzīvo pilsētā „%2”, nevis „%3”, un bez koordinātām attālums nav zināms.</translation>
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3.</source>
        <translation>Pircējs %1 nav pieejams no %2 līdz %3.</translation>
    </message>
    <message>
        <source>%1 is unavailable then.</source>
        <translation>Pircējs %1 tad nav pieejams.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2.</source>
        <translation>Pircējs %1 ir deklarējis interešu konfliktu ar vietu %2.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with the brand %2.</source>
        <translation>Pircējs %1 ir deklarējis interešu konfliktu ar zīmolu %2.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest.</source>
        <translation>Pircējs %1 ir deklarējis interešu konfliktu.</translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation>vilnī %1</translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n day(s)</source>
        <translation>
            <numerusform>liegums ir %n diena</numerusform>
            <numerusform>liegums ir %n dienas</numerusform>
            <numerusform>liegums ir %n dienas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s)</source>
        <translation>
            <numerusform>%n vilnis</numerusform>
            <numerusform>%n viļņi</numerusform>
            <numerusform>%n viļņi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n wave(s)</source>
        <translation>
            <numerusform>liegums ir %n vilnis</numerusform>
            <numerusform>liegums ir %n viļņi</numerusform>
            <numerusform>liegums ir %n viļņi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shopped %2 (%3) on %4; %5.</source>
        <translation>Pircējs %1 apmeklēja vietu %2 (%3) %4; %5.</translation>
    </message>
    <message>
        <source>%1 shopped this location too recently.</source>
        <translation>Pircējs %1 šo vietu apmeklēja pārāk nesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed in this wave.</source>
        <translation>
            <numerusform>Pircējam %1 šajā vilnī jau ir %2 no %n atļautā apmeklējuma.</numerusform>
            <numerusform>Pircējam %1 šajā vilnī jau ir %2 no %n atļautajiem apmeklējumiem.</numerusform>
            <numerusform>Pircējam %1 šajā vilnī jau ir %2 no %n atļautajiem apmeklējumiem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed on %3.</source>
        <translation>
            <numerusform>Pircējam %1 %3 jau ir %2 no %n atļautā apmeklējuma.</numerusform>
            <numerusform>Pircējam %1 %3 jau ir %2 no %n atļautajiem apmeklējumiem.</numerusform>
            <numerusform>Pircējam %1 %3 jau ir %2 no %n atļautajiem apmeklējumiem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>there are no approved reports yet: charts show approved results</source>
        <translation>vēl nav neviena apstiprināta pārskata: diagrammas rāda apstiprinātos rezultātus</translation>
    </message>
    <message>
        <source>there is no wave “%1”</source>
        <translation>nav viļņa „%1”</translation>
    </message>
    <message>
        <source>a score by place is per region, area, location, channel, scenario, brand or staff, not per %1</source>
        <translation>rezultātu pa vietām var sadalīt pa reģioniem, apgabaliem, vietām, kanāliem, scenārijiem, zīmoliem vai darbiniekiem, nevis pēc %1</translation>
    </message>
    <message>
        <source>a trend is of the whole programme or per region, channel, scenario or another place, not per %1</source>
        <translation>tendence ir par visu programmu vai pa reģioniem, kanāliem, scenārijiem vai citu vietas līmeni, nevis pēc %1</translation>
    </message>
    <message>
        <source>a heat map is per region, area, location or another place, not per %1</source>
        <translation>siltuma karte ir pa reģioniem, apgabaliem, vietām vai citu vietas līmeni, nevis pēc %1</translation>
    </message>
    <message>
        <source>a distribution is of the whole wave or per region or another place, not per %1</source>
        <translation>sadalījums ir par visu vilni vai pa reģioniem vai citu vietas līmeni, nevis pēc %1</translation>
    </message>
    <message>
        <source>the questionnaire has no NPS question</source>
        <translation>anketā nav NPS jautājuma</translation>
    </message>
    <message>
        <source>%1 is not an NPS question</source>
        <translation>%1 nav NPS jautājums</translation>
    </message>
    <message>
        <source>%1 is not an NPS, rating or number question: a driver analysis needs an outcome on a scale</source>
        <translation>%1 nav NPS, vērtējuma vai skaitļa jautājums: ietekmes faktoru analīzei nepieciešams iznākums skalā</translation>
    </message>
    <message>
        <source>the questionnaire has no NPS or rating question to explain</source>
        <translation>anketā nav NPS vai vērtējuma jautājuma, ko skaidrot</translation>
    </message>
    <message>
        <source>the questionnaire has no rating question</source>
        <translation>anketē nav neviena skalas jautājuma</translation>
    </message>
    <message>
        <source>a question filter goes with the compliance chart only</source>
        <translation>jautājuma filtrs ir tikai atbilstības diagrammai</translation>
    </message>
    <message>
        <source>a section filter goes with the sections, compliance and heat map charts only</source>
        <translation>sadaļas filtrs ir tikai sadaļu, atbilstības un siltuma kartes diagrammām</translation>
    </message>
    <message>
        <source>the dashboard is of whole visits: a section or question filter does not go with it</source>
        <translation>pārskata panelis attiecas uz veseliem apmeklējumiem: sadaļas vai jautājuma filtrs tam neder</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>No approved results match this choice.</source>
        <translation>Šai izvēlei neatbilst neviens apstiprināts rezultāts.</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a standard chart as PNG, SVG or PDF (or its data as CSV or XLSX)</source>
        <translation>Zīmēt standarta diagrammu PNG, SVG vai PDF formātā (vai tās datus CSV vai XLSX formātā)</translation>
    </message>
    <message>
        <source>The data behind a standard chart as CSV, XLSX or JSON</source>
        <translation>Standarta diagrammas dati CSV, XLSX vai JSON formātā</translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation>Diagramma: %1.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>The wave (code or name); default: the newest with approved reports.</source>
        <translation>Vilnis (kods vai nosaukums); pēc noklusējuma: jaunākais ar apstiprinātiem pārskatiem.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only reports with this value, e.g. region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (repeatable).</source>
        <translation>Tikai pārskati ar šo vērtību, piem., region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (var atkārtot).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSION=VALUE</translation>
    </message>
    <message>
        <source>What bars, lines, rows or boxes are per: region, area, location, channel, scenario, brand or staff (by-location, heatmap: region by default; trend, distribution: none).</source>
        <translation>Pēc kā tiek dalīti stabiņi, līnijas, rindas vai kastes: region, area, location, channel, scenario, brand vai staff (by-location, heatmap: pēc noklusējuma region; trend, distribution: none).</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>drivers, nps: the question code of the outcome (default: the first NPS question).</source>
        <translation>drivers, nps: iznākuma jautājuma kods (pēc noklusējuma: pirmais NPS jautājums).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation>Ieskaitīt iesniegtos pārskatus papildus apstiprinātajiem.</translation>
    </message>
    <message>
        <source>90, 95 (default) or 99 % for margins and significance.</source>
        <translation>90, 95 (pēc noklusējuma) vai 99 % kļūdas robežām un statistiskajai nozīmībai.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>--view is needed: %1</source>
        <translation>nepieciešams --view: %1</translation>
    </message>
    <message>
        <source>--view must be one of %1, not “%2”</source>
        <translation>--view jābūt vienam no %1, nevis „%2”</translation>
    </message>
    <message>
        <source>--filter must look like region=Vidzeme (any dimension but wave: use --wave), not “%1”</source>
        <translation>--filter jāizskatās kā region=Vidzeme (jebkura dimensija, izņemot wave: izmantojiet --wave), nevis „%1”</translation>
    </message>
    <message>
        <source>--per must be region, area, location, channel, scenario, brand, staff or none, not “%1”</source>
        <translation>--per jābūt region, area, location, channel, scenario, brand, staff vai none, nevis „%1”</translation>
    </message>
    <message>
        <source>--confidence must be 90, 95 or 99, not “%1”</source>
        <translation>--confidence jābūt 90, 95 vai 99, nevis „%1”</translation>
    </message>
    <message>
        <source>Draws one of the standard charts (docs/charts.md) offscreen, exactly as the window shows it, in the programme's colours and report language.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG is --width x --height pixels (default 1600 x 1000) at --dpi (default 160; 300 for print); SVG and PDF have the same proportions. A .csv or .xlsx --out writes the data behind the chart.
Example:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</source>
        <translation>Zīmē vienu no standarta diagrammām (docs/charts.md) ārpus ekrāna tieši tā, kā to rāda logs, programmas krāsās un atskaišu valodā.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG ir --width x --height pikseļi (pēc noklusējuma 1600 x 1000) ar --dpi (pēc noklusējuma 160; drukai 300); SVG un PDF ir tādas pašas proporcijas. Ja --out ir .csv vai .xlsx, tiek ierakstīti diagrammas dati.
Piemērs:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</translation>
    </message>
    <message>
        <source>The programme file.</source>
        <translation>Programmas fails.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg, .pdf, .csv or .xlsx.</source>
        <translation>Ierakstāmais fails: .png, .svg, .pdf, .csv vai .xlsx.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Width in pixels (PNG; default 1600).</source>
        <translation>Platums pikseļos (PNG; pēc noklusējuma 1600).</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PIXELS</translation>
    </message>
    <message>
        <source>Height in pixels (PNG; default 1000).</source>
        <translation>Augstums pikseļos (PNG; pēc noklusējuma 1000).</translation>
    </message>
    <message>
        <source>Resolution (default 160; 300 for print).</source>
        <translation>Izšķirtspēja (pēc noklusējuma 160; drukai 300).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Print what was written and the chart's data as JSON.</source>
        <translation>Izvadīt ierakstīto un diagrammas datus JSON formātā.</translation>
    </message>
    <message>
        <source>The data behind a standard chart: every category and series with its value, base (n), margin of error, change since the previous wave and small-base flag.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Without --out the data is printed (CSV, or JSON with --format json).</source>
        <translation>Standarta diagrammas dati: katra kategorija un sērija ar tās vērtību, bāzi (n), kļūdas robežu, izmaiņām kopš iepriekšējā viļņa un maza bāzes apjoma pazīmi.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Bez --out dati tiek izvadīti (CSV vai JSON ar --format json).</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>Ierakstāmais fails: .csv vai .xlsx.</translation>
    </message>
    <message>
        <source>Printed format: csv (default) or json.</source>
        <translation>Izvades formāts: csv (pēc noklusējuma) vai json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>Tas pats, kas --format json.</translation>
    </message>
    <message>
        <source>chart: --out PATH is needed (.png, .svg, .pdf, .csv or .xlsx)</source>
        <translation>chart: nepieciešams --out PATH (.png, .svg, .pdf, .csv vai .xlsx)</translation>
    </message>
    <message>
        <source>chart: --out must end in .png, .svg, .pdf, .csv or .xlsx, not “%1”</source>
        <translation>chart: --out jābeidzas ar .png, .svg, .pdf, .csv vai .xlsx, nevis „%1”</translation>
    </message>
    <message>
        <source>export-data: --out must end in .csv or .xlsx, not “%1”</source>
        <translation>export-data: --out jābeidzas ar .csv vai .xlsx, nevis „%1”</translation>
    </message>
    <message>
        <source>export-data: --format must be csv or json, not “%1”</source>
        <translation>export-data: --format jābūt csv vai json, nevis „%1”</translation>
    </message>
    <message>
        <source>%1 written: %2</source>
        <translation>%1 ierakstīts: %2</translation>
    </message>
    <message>
        <source>chart: --dpi must be a whole number from 30 to 1200, not “%1”</source>
        <translation>chart: --dpi jābūt veselam skaitlim no 30 līdz 1200, nevis “%1”</translation>
    </message>
    <message>
        <source>chart: --%1 must be a whole number of pixels from 50 to 20000, not “%2”</source>
        <translation>chart: --%1 jābūt veselam pikseļu skaitam no 50 līdz 20000, nevis “%2”</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Eksportēt diagrammu</translation>
    </message>
    <message>
        <source>Screen (1600 × 1000)</source>
        <translation>Ekrāns (1600 × 1000)</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation>Slaids 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>Print, 28 × 18 cm at 300 dpi</source>
        <translation>Druka, 28 × 18 cm ar 300 dpi</translation>
    </message>
    <message>
        <source>Print, A4 landscape at 300 dpi</source>
        <translation>Druka, A4 ainavorientācijā ar 300 dpi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Pielāgots</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Sagatave:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Platums:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Augstums:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Izšķirtspēja:</translation>
    </message>
    <message>
        <source>%1 × %2 cm when printed</source>
        <translation>%1 × %2 cm izdrukā</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: the size must be 50–20000 pixels a side and the resolution 30–1200 dpi</source>
        <translation>%1: izmēram jābūt 50–20000 pikseļu katrai malai un izšķirtspējai 30–1200 dpi</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: nevar ierakstīt (%2)</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: attēlu neizdevās ierakstīt</translation>
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: izvēlieties .png, .svg, .pdf, .csv vai .xlsx</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Median %1, quartiles %2–%3, range %4–%5</source>
        <translation>Mediāna %1, kvartiles %2–%3, diapazons %4–%5</translation>
    </message>
    <message>
        <source>Importance %1 %, performance %2 % yes</source>
        <translation>Nozīmīgums %1 %, izpilde %2 % jā</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (no %1 līdz %2)</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Nav rezultāta</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Fewer than %1 visits: read with care</source>
        <translation>Mazāk par %1 apmeklējumiem: interpretēt piesardzīgi</translation>
    </message>
    <message>
        <source>%1 since the previous wave, significant</source>
        <translation>%1 kopš iepriekšējā viļņa, statistiski nozīmīga izmaiņa</translation>
    </message>
    <message>
        <source>%1 since the previous wave, not significant</source>
        <translation>%1 kopš iepriekšējā viļņa, statistiski nenozīmīga izmaiņa</translation>
    </message>
</context>
<context>
    <name>ChartPackCommand</name>
    <message>
        <source>Write a wave's chart pack: every chart as PNG and SVG, and the PDF report with a page per location</source>
        <translation>Ierakstīt viļņa diagrammu paketi: katru diagrammu PNG un SVG formātā un PDF atskaiti ar lapu katrai vietai</translation>
    </message>
    <message>
        <source>Writes the chart pack of a wave (docs/charts.md) into a folder: every standard chart as PNG and SVG, and report.pdf with a title page, the dashboard, the standard charts, a page per region and a one-pager per location of the own network (score, sections against the network, trend, the shoppers' comments; shoppers are never named).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</source>
        <translation>Ieraksta mapē viļņa diagrammu paketi (docs/charts.md): katru standarta diagrammu PNG un SVG formātā un report.pdf ar titullapu, pārskata paneli, standarta diagrammām, lapu katram reģionam un vienas lapas kopsavilkumu katrai sava tīkla vietai (rezultāts, sadaļas salīdzinājumā ar tīklu, tendence, slepeno pircēju komentāri; pircēju vārdi nekad netiek norādīti).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</translation>
    </message>
    <message>
        <source>The programme file.</source>
        <translation>Programmas fails.</translation>
    </message>
    <message>
        <source>The folder to write into (made when missing).</source>
        <translation>Mape, kurā rakstīt (tiek izveidota, ja tās nav).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the progress on standard error.</source>
        <translation>Izvadīt progresu standarta kļūdu izvadē (stderr).</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Izvadīt ierakstīto JSON formātā.</translation>
    </message>
    <message>
        <source>chartpack: --out DIR is needed</source>
        <translation>chartpack: nepieciešams --out DIR</translation>
    </message>
    <message>
        <source>chartpack: %1</source>
        <translation>chartpack: %1</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 pages)</source>
        <translation>%1 % (%2 no %3 lapām)</translation>
    </message>
    <message>
        <source>%1: %2 pages; %3 chart files in %4 (%5 s)</source>
        <translation>%1: lapas: %2; diagrammu faili: %3 mapē %4 (%5 s)</translation>
    </message>
</context>
<context>
    <name>ChartPackWriter</name>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1: mapi nevar izveidot</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 izlaists: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: nevar ierakstīt</translation>
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>Score by place</source>
        <translation>Rezultāts pa vietām</translation>
    </message>
    <message>
        <source>Trend over waves</source>
        <translation>Tendence pa viļņiem</translation>
    </message>
    <message>
        <source>Section profile</source>
        <translation>Sadaļu profils</translation>
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation>Atbilstība katram standartam</translation>
    </message>
    <message>
        <source>Heat map of sections</source>
        <translation>Sadaļu siltuma karte</translation>
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation>Apmeklējumu rezultātu sadalījums</translation>
    </message>
    <message>
        <source>Competitor benchmark</source>
        <translation>Salīdzinājums ar konkurentiem</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Driver analysis</source>
        <translation>Ietekmes faktoru analīze</translation>
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation>Atbildes vērtējuma skalās</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportēt…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopēt</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Eksportēt &amp;datus…</translation>
    </message>
    <message>
        <source>Chart &amp;pack…</source>
        <translation>Diagrammu &amp;pakete…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pārskata panelis</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atpakaļ</translation>
    </message>
    <message>
        <source>Back to the previous level (Alt+Left)</source>
        <translation>Atpakaļ uz iepriekšējo līmeni (Alt+Kreisā bultiņa)</translation>
    </message>
    <message>
        <source>Copy the chart as an image (Ctrl+Shift+C)</source>
        <translation>Kopēt diagrammu kā attēlu (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX</source>
        <translation>Saglabāt diagrammu PNG, SVG vai PDF formātā vai tās datus CSV vai XLSX formātā</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Diagra&amp;mma:</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Vilnis:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>Sadalīt pē&amp;c:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Reģions:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Ap&amp;gabals:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kanā&amp;ls:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenārijs:</translation>
    </message>
    <message>
        <source>Every chart of the wave as PNG and SVG, and one PDF report with the dashboard, a page per region and a one-pager per location</source>
        <translation>Visas viļņa diagrammas PNG un SVG formātā un viena PDF atskaite ar pārskata paneli, lapu katram reģionam un vienas lapas kopsavilkumu katrai vietai</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Visi reģioni</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Visi apgabali</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Visi kanāli</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>Visi scenāriji</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Savs tīkls</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Savas un konkurentu</translation>
    </message>
    <message>
        <source>Competitors only</source>
        <translation>Tikai konkurentu</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Visa programma</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Apgabals</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Zīmols</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <source>Drawn in %1 ms</source>
        <translation>Uzzīmēts %1 ms laikā</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Pircējs</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Apkalpoja</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s): double-click one to open its report</source>
        <translation>
            <numerusform>%n apmeklējums: veiciet dubultklikšķi uz apmeklējuma, lai atvērtu tā pārskatu</numerusform>
            <numerusform>%n apmeklējumi: veiciet dubultklikšķi uz apmeklējuma, lai atvērtu tā pārskatu</numerusform>
            <numerusform>%n apmeklējumi: veiciet dubultklikšķi uz apmeklējuma, lai atvērtu tā pārskatu</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Eksportēt diagrammu</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv);;Data as Excel workbook (*.xlsx)</source>
        <translation>PNG attēls (*.png);;SVG zīmējums (*.svg);;PDF dokuments (*.pdf);;Dati CSV formātā (*.csv);;Dati Excel darbgrāmatā (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: izvēlieties .png, .svg, .pdf, .csv vai .xlsx</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Ierakstīts: %1</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Nevar eksportēt diagrammu</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>Diagramma ir starpliktuvē.</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Eksportēt diagrammas datus</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel darbgrāmata (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Nevar eksportēt datus</translation>
    </message>
    <message>
        <source>Folder for the Chart Pack</source>
        <translation>Mape diagrammu paketei</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Nolasa rezultātus…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Chart Pack</source>
        <translation>Diagrammu pakete</translation>
    </message>
    <message>
        <source>Cannot write the chart pack</source>
        <translation>Nevar ierakstīt diagrammu paketi</translation>
    </message>
    <message>
        <source>The chart pack was cancelled; nothing of it is left.</source>
        <translation>Diagrammu paketes veidošana tika atcelta; nekas no tās nav palicis.</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>Lapa %1 no %2…</translation>
    </message>
    <message>
        <source>Chart pack written: %1 (%2 pages) and %3 chart files</source>
        <translation>Diagrammu pakete ierakstīta: %1 (lapas: %2) un diagrammu faili: %3</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>Use SQLite's quicker structure check (skips index contents).</source>
        <translation>Izmantot ātrāko SQLite struktūras pārbaudi (izlaiž indeksu saturu).</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: problēmas nav atrastas</translation>
    </message>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema, the programme's rules and the stored scores against a fresh rescoring. Exits with 1 when anything is wrong.</source>
        <translation>Pārbaudīt projekta failu: SQLite integritāti, ārējās atslēgas, shēmu, programmas noteikumus un saglabātos vērtējumus pret jaunu vērtēšanu. Beidzas ar 1, ja kaut kas nav kārtībā.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: shopscope-cli COMMAND [options] [arguments]

ShopScope on the command line: every capability of the window, with machine-readable output (--json).

Commands:
</source>
        <translation>Lietojums: shopscope-cli COMMAND [opcijas] [argumenti]

ShopScope komandrindā: visas loga iespējas ar mašīnlasāmu izvadi (--json).

Komandas:
</translation>
    </message>
    <message>
        <source>
Run 'shopscope-cli COMMAND --help' for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation>
Palaidiet 'shopscope-cli COMMAND --help', lai redzētu vienas komandas opcijas.
Izejas statuss: 0 — veiksmīgi, 1 — darbs neizdevās, 2 — nederīgi argumenti.
</translation>
    </message>
    <message>
        <source>unknown command “%1” (run 'shopscope-cli --help' for the list)</source>
        <translation>nezināma komanda „%1” (sarakstu skatiet ar 'shopscope-cli --help')</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Rādīt šo palīdzību.</translation>
    </message>
    <message>
        <source>%1: %2 (see 'shopscope-cli %1 --help')</source>
        <translation>%1: %2 (skatiet 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see 'shopscope-cli %1 --help')</source>
        <translation>%1: trūkst argumenta FILE (skatiet 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation>%1: gaidīts viens FILE, saņemto argumentu skaits: %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>nevar nolasīt standarta ievadi</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>nevar nolasīt „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>This version has reports and is frozen. Create a new version to change it.</source>
        <translation>Šai versijai ir pārskati, un tā ir iesaldēta. Lai to mainītu, izveidojiet jaunu versiju.</translation>
    </message>
    <message>
        <source>Add questionnaire %1</source>
        <translation>Pievienot anketu %1</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Jauna versija: %1</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Pievienot jautājumu</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>Sadaļa %1 neeksistē.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Jauns jautājums</translation>
    </message>
    <message>
        <source>Duplicate question %1</source>
        <translation>Dublēt jautājumu %1</translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation>Jautājums %1 neeksistē.</translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation>Dzēst jautājumu %1</translation>
    </message>
    <message>
        <source>Move question %1</source>
        <translation>Pārvietot jautājumu %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Pievienot sadaļu</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Jauna sadaļa</translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>Dzēst sadaļu %1</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Pārvietot sadaļu %1</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Rediģēt jautājuma %1 tekstu</translation>
    </message>
    <message>
        <source>%1 is not one of the programme's languages; add it first.</source>
        <translation>%1 nav starp programmas valodām; vispirms pievienojiet to.</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>“%1” needs at least one condition.</source>
        <translation>„%1” nepieciešams vismaz viens nosacījums.</translation>
    </message>
    <message>
        <source>Unknown comparison “%1” (use eq, ne, any_of, lt, le, gt or ge).</source>
        <translation>Nezināms salīdzinājums „%1” (izmantojiet eq, ne, any_of, lt, le, gt vai ge).</translation>
    </message>
    <message>
        <source>“any_of” needs a non-empty “values” list.</source>
        <translation>„any_of” nepieciešams netukšs saraksts „values”.</translation>
    </message>
    <message>
        <source>The comparison “%1” needs a “value”.</source>
        <translation>Salīdzinājumam „%1” nepieciešams lauks „value”.</translation>
    </message>
    <message>
        <source>The comparison “%1” needs a number as its value.</source>
        <translation>Salīdzinājumam „%1” kā vērtība nepieciešams skaitlis.</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>or as JSON, e.g. {"all": [ … ]}</source>
        <translation>vai JSON formātā, piem., {"all": [ … ]}</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Vienmēr rādīts</translation>
    </message>
    <message>
        <source>Never required</source>
        <translation>Nekad nav obligāts</translation>
    </message>
    <message>
        <source>When this answer…</source>
        <translation>Ja šī atbilde…</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ir</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>ir zem</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ir ne vairāk kā</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>ir virs</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ir vismaz</translation>
    </message>
    <message>
        <source>Not a condition: %1</source>
        <translation>Nederīgs nosacījums: %1</translation>
    </message>
</context>
<context>
    <name>CsvImportCli</name>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>Pārbaudīt failu un ziņot; neko neierakstīt.</translation>
    </message>
    <message>
        <source>Import the rows without problems and leave the others out.</source>
        <translation>Importēt rindas bez problēmām un izlaist pārējās.</translation>
    </message>
    <message>
        <source>Which column holds which field.</source>
        <translation>Kurā kolonnā ir kurš lauks.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN,...</source>
        <translation>FIELD=COLUMN,...</translation>
    </message>
    <message>
        <source>The file's encoding, when detection guesses wrong.</source>
        <translation>Faila kodējums, ja automātiskā noteikšana kļūdās.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The delimiter: , ; tab or |.</source>
        <translation>Atdalītājs: , ; tab vai |.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>Numbers are written with a decimal comma.</source>
        <translation>Skaitļi ir rakstīti ar decimālkomatu.</translation>
    </message>
    <message>
        <source>export: write here instead of standard output.</source>
        <translation>export: rakstīt šajā failā, nevis standarta izvadē.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>export: UTF-8 with a byte-order mark and ; as delimiter, as Excel opens it.</source>
        <translation>export: UTF-8 ar baitu secības zīmi un ; kā atdalītāju, kā to atver Excel.</translation>
    </message>
    <message>
        <source>%1: --delimiter must be , ; tab or |, not “%2”</source>
        <translation>%1: --delimiter jābūt , ; tab vai |, nevis „%2”</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read; nothing was imported</source>
        <translation>%1: failu %2 nevar nolasīt; nekas netika importēts</translation>
    </message>
    <message>
        <source>%1: --map %2: %3</source>
        <translation>%1: --map %2: %3</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>nezināms lauks</translation>
    </message>
    <message>
        <source>no such column in the file</source>
        <translation>failā nav šādas kolonnas</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (izmēģinājums: nekas netika ierakstīts)</translation>
    </message>
    <message>
        <source>: imported</source>
        <translation>: importēts</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 problem(s)%6</source>
        <translation>%1: jauni: %2, atjaunināti: %3, nemainīti: %4, problēmas: %5%6</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 problem(s)%5</source>
        <translation>%1: jauni: %2, atjaunināti: %3, problēmas: %4%5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Decimal comma in numbers (56,9496)</source>
        <translation>Decimālkomats skaitļos (56,9496)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Importēt tikai &amp;derīgās rindas</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automātiski</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komats ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikols ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulācija</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Vertikāla svītra |</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonna failā</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodējums:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Atdalītājs:</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>Kurā kolonnā ir kurš lauks:</translation>
    </message>
    <message>
        <source>The file (first rows):</source>
        <translation>Fails (pirmās rindas):</translation>
    </message>
    <message>
        <source>Problems (nothing is written while there are any, unless you import the valid rows only):</source>
        <translation>Problēmas (kamēr tās ir, nekas netiek ierakstīts, ja vien neimportējat tikai derīgās rindas):</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lasa %1…</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 lasīšana tika atcelta.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Automātiski (%1)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— netiek importēts —</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Pārbauda %1…</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>%1 pārbaude tika atcelta.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>fails neeksistē</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>šī ir mape, nevis fails</translation>
    </message>
    <message>
        <source>the file is %1; files over %2 are not read</source>
        <translation>faila izmērs ir %1; faili, kas lielāki par %2, netiek nolasīti</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nevar atvērt failu: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nevar nolasīt failu: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; such files are not read</source>
        <translation>fails ir lielāks par %1; šādi faili netiek nolasīti</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>fails ir tukšs</translation>
    </message>
    <message>
        <source>unknown encoding "%1"</source>
        <translation>nezināms kodējums „%1”</translation>
    </message>
    <message>
        <source>the delimiter and the quote must be two different ASCII characters</source>
        <translation>atdalītājam un pēdiņai jābūt divām dažādām ASCII rakstzīmēm</translation>
    </message>
    <message>
        <source>line %1, column %2: field too long (%3; at most %4)</source>
        <translation>%1. rinda, %2. kolonna: lauks ir pārāk garš (%3; atļauts ne vairāk kā %4)</translation>
    </message>
    <message>
        <source>line %1 has 1 field, the header has %2</source>
        <translation>lauku skaits %1. rindā: 1, galvenes rindā: %2</translation>
    </message>
    <message>
        <source>line %1 has 1 field, the first row has %2</source>
        <translation>lauku skaits %1. rindā: 1, pirmajā rindā: %2</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>lauku skaits %1. rindā: %2, galvenes rindā: %3</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the first row has %3</source>
        <translation>lauku skaits %1. rindā: %2, pirmajā rindā: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside a field that is not quoted, or text after a closing quote (a field with quotes in it must be quoted as a whole, each inner quote doubled)</source>
        <translation>%1. rinda, %2. kolonna: pēdiņa laukā, kas nav ietverts pēdiņās, vai teksts aiz noslēdzošās pēdiņas (lauks, kurā ir pēdiņas, viss jāietver pēdiņās, un katra iekšējā pēdiņa jādublē)</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 (column %2) has no closing quote</source>
        <translation>pēdiņās ietvertajam laukam, kas sākas %1. rindā (%2. kolonnā), nav noslēdzošās pēdiņas</translation>
    </message>
    <message>
        <source>line %1: not enough memory to read this field</source>
        <translation>%1. rinda: nepietiek atmiņas šī lauka nolasīšanai</translation>
    </message>
    <message>
        <source>line %1 contains a NUL byte: is this a binary file?</source>
        <translation>%1. rindā ir NUL baits: vai tas ir binārs fails?</translation>
    </message>
    <message>
        <source>line %1 is not valid %2 text; is the file in another encoding?</source>
        <translation>%1. rinda nav derīgs teksts kodējumā %2; vai failam ir cits kodējums?</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>nolasīšana tika atcelta</translation>
    </message>
    <message>
        <source>the file holds no rows, only empty lines</source>
        <translation>failā nav datu rindu, tikai tukšas rindas</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>failā ir galvenes rinda, bet nav datu rindu</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>nothing to write: the file was not opened</source>
        <translation>nav ko rakstīt: fails netika atvērts</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Best locations (recognition)</source>
        <translation>Labākās vietas (atzinība)</translation>
    </message>
    <message>
        <source>Lowest locations (training)</source>
        <translation>Zemākās vietas (apmācība)</translation>
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation>Visaugstāk novērtētie darbinieki</translation>
    </message>
    <message>
        <source>Staff to coach</source>
        <translation>Darbinieki, kurus apmācīt</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: no approved results</source>
        <translation>%1: nav apstiprinātu rezultātu</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) at %1 location(s)</source>
        <translation>
            <numerusform>%n apmeklējums, vietu skaits: %1</numerusform>
            <numerusform>%n apmeklējumi, vietu skaits: %1</numerusform>
            <numerusform>%n apmeklējumi, vietu skaits: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>margin of error ±%1 points</source>
        <translation>kļūdas robeža ±%1 punkti</translation>
    </message>
    <message>
        <source>the change since %1 is significant</source>
        <translation>izmaiņa kopš %1 ir statistiski nozīmīga</translation>
    </message>
    <message>
        <source>the change since %1 is within the margin of error</source>
        <translation>izmaiņa kopš %1 ir kļūdas robežās</translation>
    </message>
    <message>
        <source>target %1 % reached</source>
        <translation>mērķis %1 % sasniegts</translation>
    </message>
    <message>
        <source>target %1 % not reached</source>
        <translation>mērķis %1 % nav sasniegts</translation>
    </message>
    <message>
        <source>No location has %1 or more visits in this wave.</source>
        <translation>Nevienai vietai šajā vilnī nav %1 vai vairāk apmeklējumu.</translation>
    </message>
    <message>
        <source>No staff member was described in %1 or more visits.</source>
        <translation>Neviens darbinieks nav aprakstīts %1 vai vairāk apmeklējumos.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo programme (the bank Nordbank, twelve monthly waves around today) to a new project file.</source>
        <translation>Ierakstīt demonstrācijas programmu (banka Nordbank, divpadsmit ikmēneša viļņi ap šodienu) jaunā projekta failā.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Projekta fails, kurā rakstīt.</translation>
    </message>
    <message>
        <source>small (about 100 locations, 1,500 visits, 400 shoppers) or large (about 1,500 locations, 200,000 visits, 60,000 shoppers). Default: small.</source>
        <translation>small (aptuveni 100 vietas, 1 500 apmeklējumi, 400 pircēji) vai large (aptuveni 1 500 vietas, 200 000 apmeklējumi, 60 000 pircēji). Noklusējums: small.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Random seed; the same seed and date give the same programme.</source>
        <translation>Nejaušības sēkla; vienāda sēkla un datums dod vienādu programmu.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD); waves are placed around it.</source>
        <translation>Uzskatīt, ka šodien ir DATE (YYYY-MM-DD); viļņi tiek izvietoti ap šo datumu.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Replace FILE if it exists (only once the new one is complete).</source>
        <translation>Aizstāt FILE, ja tas eksistē (tikai tad, kad jaunais ir pabeigts).</translation>
    </message>
    <message>
        <source>Show progress on stderr.</source>
        <translation>Rādīt gaitu izvadē stderr.</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Izvadīt ierakstīto JSON formātā.</translation>
    </message>
    <message>
        <source>demo: unknown preset “%1” (use small or large)</source>
        <translation>demo: nezināma sagatave „%1” (izmantojiet small vai large)</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number from 0 to 18446744073709551615, not “%1”</source>
        <translation>demo: --seed jābūt veselam skaitlim no 0 līdz 18446744073709551615, nevis „%1”</translation>
    </message>
    <message>
        <source>demo: --today must be a date like 2026-11-22, not “%1”</source>
        <translation>demo: --today jābūt datumam, piemēram, 2026-11-22, nevis „%1”</translation>
    </message>
    <message>
        <source>Wrote %1: %2 locations, %3 shoppers, %4 visits, %5 reports, %6 answers (%7 rows in %8 s)</source>
        <translation>Ierakstīts %1: vietas: %2, pircēji: %3, apmeklējumi: %4, pārskati: %5, atbildes: %6 (rindas: %7, laiks: %8 s)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it explicitly.</source>
        <translation>„%1” jau eksistē; izvēlieties citu nosaukumu vai skaidri norādiet, ka to aizstāt.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for “today”.</source>
        <translation>Demonstrācijai nepieciešams derīgs datums „šodienai”.</translation>
    </message>
    <message>
        <source>The demo material is broken: %1</source>
        <translation>Demonstrācijas materiāls ir bojāts: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation>Nevar rakstīt mapē „%1”.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is full.</source>
        <translation>Neizdevās ierakstīt „%1”: disks ir pilns.</translation>
    </message>
    <message>
        <source>Could not write the demo programme “%1”: %2.</source>
        <translation>Neizdevās ierakstīt demonstrācijas programmu „%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Nevar izveidot „%1”: %2.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Yes / No</source>
        <translation>Jā / Nē</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>NPS 0–10</source>
        <translation>NPS 0–10</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Viena izvēle</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Vairākas izvēles</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Skaitlis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zvans</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Tīmeklis</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociālie tīkli</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Plānošana</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Lauka darbs</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slēgts</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Pārskats iesniegts</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plānots</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Piešķirts</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Pieņemts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Veikts</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Iesniegts</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Atgriezts</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atcelts</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Rīts</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Pusdiena</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Pēcpusdiena</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Vakars</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktīvs</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Apturēts</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloķēts</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Sieviete</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Vīrietis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automātiski</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuāli</translation>
    </message>
    <message>
        <source>Zeroes section</source>
        <translation>Nonullē sadaļu</translation>
    </message>
    <message>
        <source>Zeroes visit</source>
        <translation>Nonullē apmeklējumu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
</context>
<context>
    <name>DriverAnalysis</name>
    <message>
        <source>“%1” has %2 answers for %3 respondents.</source>
        <translation>„%1”: %2 atbildes no %3 respondentiem.</translation>
    </message>
    <message>
        <source>A driver analysis needs at least %1 respondents with an outcome, not %2.</source>
        <translation>Ietekmes faktoru analīzei nepieciešami vismaz %1 respondenti ar iznākumu, nevis %2.</translation>
    </message>
    <message>
        <source>Every respondent has the same outcome, so no standard can explain it.</source>
        <translation>Visiem respondentiem ir vienāds iznākums, tāpēc neviens standarts to nevar izskaidrot.</translation>
    </message>
    <message>
        <source>Left out, fewer than %1 answers from respondents with an outcome: %2.</source>
        <translation>Izlaisti, mazāk par %1 atbildēm no respondentiem ar iznākumu: %2.</translation>
    </message>
    <message>
        <source>Left out, the same answer from every respondent: %1.</source>
        <translation>Izlaisti, visu respondentu atbilde ir vienāda: %1.</translation>
    </message>
    <message>
        <source>%1 % of the answers were missing (not applicable or unanswered); for the importance they count as the standard's average.</source>
        <translation>%1 % atbilžu trūka (nav attiecināms vai nav atbildēts); nozīmīgumam tās tiek uzskatītas par standarta vidējo vērtību.</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>chosen by the user</source>
        <translation>izvēlējies lietotājs</translation>
    </message>
    <message>
        <source>byte order mark (%1)</source>
        <translation>baitu secības zīme (%1)</translation>
    </message>
    <message>
        <source>no byte order mark, but every other byte is zero (%1)</source>
        <translation>nav baitu secības zīmes, bet katrs otrais baits ir nulle (%1)</translation>
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation>vienkāršs ASCII teksts, nolasīts kā UTF-8</translation>
    </message>
    <message>
        <source>valid UTF-8 text</source>
        <translation>derīgs UTF-8 teksts</translation>
    </message>
    <message>
        <source>guessed by uchardet (%1)</source>
        <translation>uchardet minējums (%1)</translation>
    </message>
    <message>
        <source>could not tell the encoding; assuming windows-1252</source>
        <translation>kodējumu neizdevās noteikt; pieņemts windows-1252</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>uchardet suggested %1; decoded as %2 the text reads most like Nordic, Baltic or Polish</source>
        <translation>uchardet ieteikums: %1; dekodējot kā %2, teksts visvairāk līdzinās Ziemeļvalstu, Baltijas vai poļu valodai</translation>
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message numerus="yes">
        <source>The panel of %Ln shopper(s), rule by rule:</source>
        <translation>
            <numerusform>Panelis ar %Ln pircēju, noteikums pa noteikumam:</numerusform>
            <numerusform>Panelis ar %Ln pircējiem, noteikums pa noteikumam:</numerusform>
            <numerusform>Panelis ar %Ln pircējiem, noteikums pa noteikumam:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>atlikuši %1</translation>
    </message>
</context>
<context>
    <name>FieldworkLists</name>
    <message>
        <source>there is no wave %1</source>
        <translation>vilnis %1 neeksistē</translation>
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation>Pircēja %1 apmeklējumi vilnī %2</translation>
    </message>
    <message>
        <source>Your visits in %1</source>
        <translation>Jūsu apmeklējumi vilnī %1</translation>
    </message>
    <message numerus="yes">
        <source>Shopper %1%2 · %n visit(s) · fees %3</source>
        <translation>
            <numerusform>Pircējs %1%2 · %n apmeklējums · atlīdzība %3</numerusform>
            <numerusform>Pircējs %1%2 · %n apmeklējumi · atlīdzība %3</numerusform>
            <numerusform>Pircējs %1%2 · %n apmeklējumi · atlīdzība %3</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Atlīdzība</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez datuma</translation>
    </message>
    <message>
        <source>Briefing: %1 — %2</source>
        <translation>Instruktāža: %1 — %2</translation>
    </message>
    <message>
        <source>(no script written)</source>
        <translation>(teksts nav uzrakstīts)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Notīrīt filtrus</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>“%1” looks like a spreadsheet formula; it is kept as text (exports write it so that spreadsheets do not run it)</source>
        <translation>„%1” izskatās pēc izklājlapas formulas; tā tiek saglabāta kā teksts (eksportā tā tiek ierakstīta tā, lai izklājlapas to neizpildītu)</translation>
    </message>
    <message>
        <source>a coordinate needs both latitude and longitude</source>
        <translation>koordinātām nepieciešams gan platums, gan garums</translation>
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation>, ar decimālkomatu</translation>
    </message>
    <message>
        <source>“%1” is not a latitude (a number from -90 to 90%2)</source>
        <translation>„%1” nav platums (skaitlis no -90 līdz 90%2)</translation>
    </message>
    <message>
        <source>“%1” is not a longitude (a number from -180 to 180%2)</source>
        <translation>„%1” nav garums (skaitlis no -180 līdz 180%2)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1” nav e-pasta adrese</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>%1. rinda, %2. kolonna (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1. rinda</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show what a project file holds: the programme and counts of everything in it.</source>
        <translation>Parādīt, kas ir projekta failā: programmu un visa tajā esošā skaitu.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>File:        %1
</source>
        <translation>Fails:       %1
</translation>
    </message>
    <message>
        <source>Client:      %1
</source>
        <translation>Klients:     %1
</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nav iestatīts)</translation>
    </message>
    <message>
        <source>Programme:   %1
</source>
        <translation>Programma:   %1
</translation>
    </message>
    <message>
        <source>Languages:   %1
</source>
        <translation>Valodas:     %1
</translation>
    </message>
    <message>
        <source>Format:      %1
</source>
        <translation>Formāts:     %1
</translation>
    </message>
    <message>
        <source>Size:        %1
</source>
        <translation>Izmērs:      %1
</translation>
    </message>
    <message>
        <source>Contents:
</source>
        <translation>Saturs:
</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>anketas</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>jautājumi</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>vietas</translation>
    </message>
    <message>
        <source>competitor locations</source>
        <translation>konkurentu vietas</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scenāriji</translation>
    </message>
    <message>
        <source>waves</source>
        <translation>viļņi</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>apmeklējumi</translation>
    </message>
    <message>
        <source>shoppers</source>
        <translation>pircēji</translation>
    </message>
    <message>
        <source>active shoppers</source>
        <translation>aktīvie pircēji</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>pārskati</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>atbildes</translation>
    </message>
    <message>
        <source>QC decisions</source>
        <translation>QC lēmumi</translation>
    </message>
    <message>
        <source>Visits by status:
</source>
        <translation>Apmeklējumi pēc statusa:
</translation>
    </message>
</context>
<context>
    <name>LocationActions</name>
    <message>
        <source>Add…</source>
        <translation>Pievienot…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediģēt…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importēt CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportēt CSV…</translation>
    </message>
    <message>
        <source>Select a location first.</source>
        <translation>Vispirms atlasiet vietu.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Vieta netika dzēsta</translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation>Importēt vietas</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated</source>
        <translation>Importēts fails %1: jaunas: %2, atjauninātas: %3</translation>
    </message>
    <message>
        <source>Export locations</source>
        <translation>Eksportēt vietas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nekas netika eksportēts</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n location(s)</source>
        <translation>
            <numerusform>Eksportēta %n vieta</numerusform>
            <numerusform>Eksportētas %n vietas</numerusform>
            <numerusform>Eksportētas %n vietas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>A competitor's location (for the benchmark)</source>
        <translation>Konkurenta vieta (salīdzinājumam)</translation>
    </message>
    <message>
        <source>Active (evaluated in new waves)</source>
        <translation>Aktīva (tiek vērtēta jaunajos viļņos)</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Jauna vieta</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Vieta %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nav iestatīts</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kanā&amp;ls:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Zīmols:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Valsts:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Reģions:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Ap&amp;gabals:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adrese:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Pasta indekss:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>P&amp;ilsēta:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>Pla&amp;tums:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>Gar&amp;ums:</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Darbinieki:</translation>
    </message>
    <message>
        <source>Si&amp;ze class:</source>
        <translation>Lielu&amp;ma klase:</translation>
    </message>
    <message>
        <source>&amp;Manager's e-mail:</source>
        <translation>Vadītāja &amp;e-pasts:</translation>
    </message>
    <message>
        <source>Cop&amp;y Monday to Tuesday–Friday</source>
        <translation>K&amp;opēt pirmdienu uz otrdienu–piektdienu</translation>
    </message>
    <message>
        <source>Ne&amp;w attribute</source>
        <translation>&amp;Jauns atribūts</translation>
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation>N&amp;oņemt atribūtu</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Vi&amp;spārīgi</translation>
    </message>
    <message>
        <source>Op&amp;ening hours</source>
        <translation>Dar&amp;ba laiks</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>A&amp;tribūti</translation>
    </message>
    <message>
        <source>e.g. S, M, L or flagship</source>
        <translation>piem., S, M, L vai flagmaņveikals</translation>
    </message>
    <message>
        <source>name@client.example</source>
        <translation>vards@klients.example</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slēgts</translation>
    </message>
    <message>
        <source>Write 09:00–17:00, or split hours as 09:00–12:00, 13:00–18:00. Leave a day empty when the location is closed.</source>
        <translation>Rakstiet 09:00–17:00 vai, ja darba laiks ir dalīts, 09:00–12:00, 13:00–18:00. Atstājiet dienu tukšu, ja vieta ir slēgta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Facts about the location that have no field of their own, such as the floor, the format or the number of cash desks.</source>
        <translation>Ziņas par vietu, kurām nav sava lauka, piemēram, stāvs, formāts vai kasu skaits.</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>Apmeklē&amp;jumi</translation>
    </message>
</context>
<context>
    <name>LocationImport</name>
    <message>
        <source>Import locations from %1</source>
        <translation>Importēt vietas no faila %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>%1. rinda (%2): %3</translation>
    </message>
    <message>
        <source>the imported locations are in use by now and stay</source>
        <translation>importētās vietas jau tiek izmantotas, tāpēc tās paliek</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation>failā %1 ir problēmas; nekas netika importēts</translation>
    </message>
    <message>
        <source>%1 holds no location to import</source>
        <translation>failā %1 nav vietu, ko importēt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Zīmols</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Apgabals</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Platums</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Garums</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Lieluma klase</translation>
    </message>
    <message>
        <source>Manager e-mail</source>
        <translation>Vadītāja e-pasts</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurents</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktīva</translation>
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation>nav izvēlēta kolonna šādiem laukiem: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> un </translation>
    </message>
    <message>
        <source>the location code is empty</source>
        <translation>vietas kods ir tukšs</translation>
    </message>
    <message>
        <source>the location code “%1” is longer than 40 characters</source>
        <translation>vietas kods „%1” ir garāks par 40 rakstzīmēm</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>kods %1 jau ir %2. rindā</translation>
    </message>
    <message>
        <source>the name of %1 is empty</source>
        <translation>vietas %1 nosaukums ir tukšs</translation>
    </message>
    <message>
        <source>“%1” is not a channel (use visit, call, email, web, social or audit)</source>
        <translation>„%1” nav kanāls (izmantojiet visit, call, email, web, social vai audit)</translation>
    </message>
    <message>
        <source>“%1” is not a number of staff</source>
        <translation>„%1” nav derīgs darbinieku skaits</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1” nav ne jā, ne nē</translation>
    </message>
    <message>
        <source>a region or area needs its country</source>
        <translation>reģionam vai apgabalam jānorāda valsts</translation>
    </message>
    <message>
        <source>an area needs its region</source>
        <translation>apgabalam jānorāda reģions</translation>
    </message>
    <message>
        <source>“%1” is not a known %2 of the programme</source>
        <translation>%2 „%1” programmā neeksistē</translation>
    </message>
    <message>
        <source>country</source>
        <translation>valsts</translation>
    </message>
    <message>
        <source>region</source>
        <translation>reģions</translation>
    </message>
    <message>
        <source>area</source>
        <translation>apgabals</translation>
    </message>
    <message>
        <source>the file holds no locations</source>
        <translation>failā nav vietu</translation>
    </message>
    <message>
        <source>Delete location %1</source>
        <translation>Dzēst vietu %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n location(s)</source>
        <translation>
            <numerusform>Dzēst %n vietu</numerusform>
            <numerusform>Dzēst %n vietas</numerusform>
            <numerusform>Dzēst %n vietas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s); deactivate it instead of deleting it</source>
        <translation>
            <numerusform>vietai %1 ir %n apmeklējums; deaktivizējiet to, nevis dzēsiet</numerusform>
            <numerusform>vietai %1 ir %n apmeklējumi; deaktivizējiet to, nevis dzēsiet</numerusform>
            <numerusform>vietai %1 ir %n apmeklējumi; deaktivizējiet to, nevis dzēsiet</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit location %1</source>
        <translation>Rediģēt vietu %1</translation>
    </message>
    <message>
        <source>Add location %1</source>
        <translation>Pievienot vietu %1</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>vieta %1 neeksistē</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Darba laiks (%1)</translation>
    </message>
    <message>
        <source>Attributes: the value “%1” needs a name</source>
        <translation>Atribūti: vērtībai „%1” nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>Attributes: “%1” is given twice</source>
        <translation>Atribūti: „%1” ir norādīts divreiz</translation>
    </message>
</context>
<context>
    <name>LocationImportDialog</name>
    <message>
        <source>Only countries, regions and areas the programme has</source>
        <translation>Tikai programmā esošās valstis, reģioni un apgabali</translation>
    </message>
    <message>
        <source>Import locations from %1</source>
        <translation>Importēt vietas no faila %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new location(s)</source>
        <translation>
            <numerusform>%n jauna vieta</numerusform>
            <numerusform>%n jaunas vietas</numerusform>
            <numerusform>%n jaunas vietas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n atjaunināta pēc koda</numerusform>
            <numerusform>%n atjauninātas pēc koda</numerusform>
            <numerusform>%n atjauninātas pēc koda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problēma</numerusform>
            <numerusform>%n problēmas</numerusform>
            <numerusform>%n problēmas</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Jauni: %1</translation>
    </message>
</context>
<context>
    <name>LocationTreeModel</name>
    <message>
        <source>(no region)</source>
        <translation>(bez reģiona)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n vieta</numerusform>
            <numerusform>%n vietas</numerusform>
            <numerusform>%n vietas</numerusform>
        </translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Vietas</translation>
    </message>
</context>
<context>
    <name>LocationsCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Refuse countries, regions and areas the programme lacks.</source>
        <translation>Noraidīt valstis, reģionus un apgabalus, kuru programmā nav.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n location(s) to %1</source>
        <translation>
            <numerusform>%n vieta eksportēta failā %1</numerusform>
            <numerusform>%n vietas eksportētas failā %1</numerusform>
            <numerusform>%n vietas eksportētas failā %1</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show and browse locations by region; import them from a client's CSV file, or export them.</source>
        <translation>Uzskaitīt, parādīt un pārlūkot vietas pa reģioniem; importēt tās no klienta CSV faila vai eksportēt.</translation>
    </message>
    <message>
        <source>list, tree, show, import or export</source>
        <translation>list, tree, show, import vai export</translation>
    </message>
    <message>
        <source>list: only the locations of this region.</source>
        <translation>list: tikai šī reģiona vietas.</translation>
    </message>
    <message>
        <source>list: only this channel (visit, call, email, web, social, audit).</source>
        <translation>list: tikai šis kanāls (visit, call, email, web, social, audit).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>list: yes for competitors' locations only, no for own ones.</source>
        <translation>list: yes — tikai konkurentu vietas, no — tikai savas.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>list: yes for active locations only, no for inactive ones.</source>
        <translation>list: yes — tikai aktīvās vietas, no — tikai neaktīvās.</translation>
    </message>
    <message>
        <source>list: only locations whose code, name, city or brand contains TEXT.</source>
        <translation>list: tikai vietas, kuru kods, nosaukums, pilsēta vai zīmols satur TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>locations: expected 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE' (see 'shopscope-cli locations --help')</source>
        <translation>locations: gaidīts 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' vai 'export FILE' (skatiet 'shopscope-cli locations --help')</translation>
    </message>
    <message>
        <source>there is no region “%1”</source>
        <translation>reģions „%1” neeksistē</translation>
    </message>
    <message>
        <source>“%1” is a region of %2; write COUNTRY/%1</source>
        <translation>„%1” ir reģions šādās valstīs: %2; rakstiet COUNTRY/%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> un </translation>
    </message>
    <message>
        <source>locations list: --channel must be visit, call, email, web, social or audit, not “%1”</source>
        <translation>locations list: --channel jābūt visit, call, email, web, social vai audit, nevis „%1”</translation>
    </message>
    <message>
        <source>locations list: --%1 must be yes or no, not “%2”</source>
        <translation>locations list: --%1 jābūt yes vai no, nevis „%2”</translation>
    </message>
    <message>
        <source>locations list: %1: %2</source>
        <translation>locations list: %1: %2</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>konkurents</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>neaktīva</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n location(s)</source>
        <translation>
            <numerusform>%1 no %n vietas</numerusform>
            <numerusform>%1 no %n vietām</numerusform>
            <numerusform>%1 no %n vietām</numerusform>
        </translation>
    </message>
    <message>
        <source>locations tree: %1: %2</source>
        <translation>locations tree: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) in all</source>
        <translation>
            <numerusform>%n vieta kopā</numerusform>
            <numerusform>%n vietas kopā</numerusform>
            <numerusform>%n vietas kopā</numerusform>
        </translation>
    </message>
    <message>
        <source>locations show: %1: %2</source>
        <translation>locations show: %1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Darba laiks:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>slēgts</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Atribūti:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>Locations of a programme.

  list FILE [--region NAME] [--channel C] [--competitor yes|no] [--active yes|no] [--search TEXT] [--json]
  tree FILE [--json]                 country &gt; region &gt; area with the number of locations in each
  show FILE CODE [--json]            one location with its opening hours, attributes and visits
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--known-regions-only] [--json]
  export FILE [-o OUT.csv] [--delimiter CHAR] [--excel]

--region takes a region's name (COUNTRY/REGION when two countries have one of that name) or
none for the locations without a region. Opening hours travel in the columns hours_mon ...
hours_sun, e.g. 09:00-12:00;13:00-18:00 (empty: closed).
The encoding (UTF-8, UTF-16, Windows-1252, Windows-1257...), the delimiter and the header are
detected; columns are matched by their header names (in English, Swedish, Norwegian, Latvian or
Polish) unless --map names them, e.g. --map code=Filiāles kods,name=Nosaukums. Fields: %1.
Every problem is listed with its line and column and nothing is written, unless --valid-rows
imports the rows without problems. A code that exists is updated, not duplicated.</source>
        <translation>Programmas vietas.

  list FILE [--region NAME] [--channel C] [--competitor yes|no] [--active yes|no] [--search TEXT] [--json]
  tree FILE [--json]                 valsts &gt; reģions &gt; apgabals ar vietu skaitu katrā
  show FILE CODE [--json]            viena vieta ar tās darba laiku, atribūtiem un apmeklējumiem
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--known-regions-only] [--json]
  export FILE [-o OUT.csv] [--delimiter CHAR] [--excel]

--region norāda reģiona nosaukumu (COUNTRY/REGION, ja divās valstīs ir reģions ar šo nosaukumu) vai
none vietām bez reģiona. Darba laiks tiek importēts un eksportēts kolonnās hours_mon ...
hours_sun, piem., 09:00-12:00;13:00-18:00 (tukšs: slēgts).
Kodējums (UTF-8, UTF-16, Windows-1252, Windows-1257...), atdalītājs un galvenes rinda tiek
noteikti automātiski; kolonnas tiek sasaistītas pēc nosaukumiem galvenē (angļu, zviedru, norvēģu,
latviešu vai poļu valodā), ja vien tās nenorāda --map, piem., --map code=Filiāles kods,name=Nosaukums.
Lauki: %1. Katra problēma tiek uzskaitīta ar rindu un kolonnu, un nekas netiek ierakstīts, ja vien
--valid-rows neimportē rindas bez problēmām. Esošs kods tiek atjaunināts, nevis dublēts.</translation>
    </message>
    <message>
        <source>locations import</source>
        <translation>locations import</translation>
    </message>
    <message>
        <source>locations export</source>
        <translation>locations export</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopScope programmes (*.shopscope);;All files (*)</source>
        <translation>ShopScope programmas (*.shopscope);;Visi faili (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>&amp;Jauna programma…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Atvērt…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Atvērt &amp;nesenos</translation>
    </message>
    <message>
        <source>Create &amp;Demo Programme…</source>
        <translation>Izveidot &amp;demonstrācijas programmu…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Saglabāt &amp;kopiju…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ai&amp;zvērt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>At&amp;kārtot</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Iestatījumi</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistēmas valoda</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;About ShopScope</source>
        <translation>&amp;Par ShopScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Par &amp;Qt</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Anketa</translation>
    </message>
    <message>
        <source>Locations &amp; scenarios</source>
        <translation>Vietas un scenāriji</translation>
    </message>
    <message>
        <source>The units evaluated and the scripts shoppers play.</source>
        <translation>Vērtējamās vienības un scenāriji, ko izspēlē slepenie pircēji.</translation>
    </message>
    <message>
        <source>Waves &amp; sample</source>
        <translation>Viļņi un izlase</translation>
    </message>
    <message>
        <source>Fieldwork periods and the planned visits of each.</source>
        <translation>Lauka darba periodi un katra perioda plānotie apmeklējumi.</translation>
    </message>
    <message>
        <source>Shoppers &amp; assignment</source>
        <translation>Pircēji un uzdevumi</translation>
    </message>
    <message>
        <source>The shopper panel and who carries out which visit.</source>
        <translation>Slepeno pircēju panelis un tas, kurš veic kuru apmeklējumu.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezultāti</translation>
    </message>
    <message>
        <source>Reports that came back from the field and their review status.</source>
        <translation>No lauka saņemtie pārskati un to pārbaudes statuss.</translation>
    </message>
    <message>
        <source>Charts &amp; reports</source>
        <translation>Diagrammas un atskaites</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Atvērt tikai lasīšanai?</translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation>Vai tā vietā atvērt tikai lasīšanai?</translation>
    </message>
    <message>
        <source>Cannot open the programme</source>
        <translation>Nevar atvērt programmu</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Atsaukt: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>At&amp;kārtot: %1</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>%1 atvērts tikai lasīšanai</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 atvērts</translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>%1 (read-only) — ShopScope</source>
        <translation>%1 (tikai lasīšanai) — ShopScope</translation>
    </message>
    <message>
        <source>%1 — ShopScope</source>
        <translation>%1 — ShopScope</translation>
    </message>
    <message>
        <source>New Programme</source>
        <translation>Jauna programma</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name; ShopScope does not overwrite programmes.</source>
        <translation>„%1” jau eksistē. Izvēlieties jaunu nosaukumu; ShopScope nepārraksta programmas.</translation>
    </message>
    <message>
        <source>Cannot create the programme</source>
        <translation>Nevar izveidot programmu</translation>
    </message>
    <message>
        <source>Open Programme</source>
        <translation>Atvērt programmu</translation>
    </message>
    <message>
        <source>Create Demo Programme</source>
        <translation>Izveidot demonstrācijas programmu</translation>
    </message>
    <message>
        <source>Choose another file than the open programme.</source>
        <translation>Izvēlieties citu failu, nevis atvērto programmu.</translation>
    </message>
    <message>
        <source>Writing the demo programme…</source>
        <translation>Raksta demonstrācijas programmu…</translation>
    </message>
    <message>
        <source>Cannot create the demo programme</source>
        <translation>Nevar izveidot demonstrācijas programmu</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Saglabāt kopiju</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-kopija</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopija nav saglabāta</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopija saglabāta kā %1</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Atsaukšana neizdevās</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Atkārtošana neizdevās</translation>
    </message>
    <message>
        <source>About ShopScope</source>
        <translation>Par ShopScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Mystery-shopping programmes for agencies: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Slepeno pircēju programmas aģentūrām: anketas, viļņi un izlases, pircēju piešķiršana, kvalitātes kontrole, rezultāti un klientam gatavas diagrammas.&lt;/p&gt;&lt;p&gt;Brīva programmatūra saskaņā ar GNU General Public License 3. vai jaunāku versiju.&lt;/p&gt;&lt;p&gt;Veidots ar Qt %2 un SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language takes effect when ShopScope starts next.</source>
        <translation>Jaunā valoda stāsies spēkā nākamajā ShopScope palaišanas reizē.</translation>
    </message>
    <message>
        <source>No recent programmes</source>
        <translation>Nav nesen atvērtu programmu</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Notīrīt sarakstu</translation>
    </message>
    <message>
        <source>Writing a copy of %1…</source>
        <translation>Raksta kopiju: %1…</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Kopēšana tika atcelta.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Rī&amp;ki</translation>
    </message>
    <message>
        <source>&amp;Sample Size Calculator…</source>
        <translation>&amp;Izlases lieluma kalkulators…</translation>
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation>Izlases lieluma kalkulators</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Plāna kopsavilkums</translation>
    </message>
    <message>
        <source>The dashboard, the standard charts and their exports for clients; fieldwork and results wave by wave.</source>
        <translation>Pārskata panelis, standarta diagrammas un to eksports klientiem; lauka darbs un rezultāti pa viļņiem.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammas</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create a new, empty ShopScope project file.</source>
        <translation>Izveidot jaunu, tukšu ShopScope projekta failu.</translation>
    </message>
    <message>
        <source>The project file to create (e.g. client.shopscope).</source>
        <translation>Izveidojamais projekta fails (piem., klients.shopscope).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Izveidots %1</translation>
    </message>
</context>
<context>
    <name>OdkExportDialog</name>
    <message>
        <source>Export for ODK fielding</source>
        <translation>Eksportēt lauka darbam ar ODK</translation>
    </message>
    <message>
        <source>XForm (.xml) for ODK Collect, ODK Central and Enketo</source>
        <translation>XForm (.xml) rīkiem ODK Collect, ODK Central un Enketo</translation>
    </message>
    <message>
        <source>XLSForm (.xlsx) for KoboToolbox and ODK Central</source>
        <translation>XLSForm (.xlsx) rīkiem KoboToolbox un ODK Central</translation>
    </message>
    <message>
        <source>Ask the shopper for the visit ID</source>
        <translation>Prasīt pircējam ievadīt apmeklējuma ID</translation>
    </message>
    <message>
        <source>Without this, the visit ID is a hidden field filled in by the link you send each shopper (Enketo and KoboToolbox prefill: ?d[/data/ss_visit_id]=1234).</source>
        <translation>Ja tas nav atzīmēts, apmeklējuma ID ir slēpts lauks, ko aizpilda saite, kuru nosūtāt katram pircējam (iepriekšēja aizpilde Enketo un KoboToolbox: ?d[/data/ss_visit_id]=1234).</translation>
    </message>
    <message>
        <source>A comment field after every question</source>
        <translation>Komentāra lauks pēc katra jautājuma</translation>
    </message>
    <message>
        <source>Otherwise only questions with a required comment get a comment field.</source>
        <translation>Citādi komentāra lauks ir tikai jautājumiem ar obligātu komentāru.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formāts:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportēt…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in %1, with the visit in hidden fields and ShopScope's score as a calculated field. Before you export, what the form cannot carry as ShopScope does:</source>
        <translation>
            <numerusform>%n jautājums (valodas: %1), apmeklējuma dati slēptos laukos un ShopScope rezultāts kā aprēķināts lauks. Pirms eksportēšanas – tas, ko veidlapa nevar pārnest tā, kā to dara ShopScope:</numerusform>
            <numerusform>%n jautājumi (valodas: %1), apmeklējuma dati slēptos laukos un ShopScope rezultāts kā aprēķināts lauks. Pirms eksportēšanas – tas, ko veidlapa nevar pārnest tā, kā to dara ShopScope:</numerusform>
            <numerusform>%n jautājumu (valodas: %1), apmeklējuma dati slēptos laukos un ShopScope rezultāts kā aprēķināts lauks. Pirms eksportēšanas – tas, ko veidlapa nevar pārnest tā, kā to dara ShopScope:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing: every question, option, condition, translation and scoring rule carries over.</source>
        <translation>Nekas: visi jautājumi, varianti, nosacījumi, tulkojumi un vērtēšanas noteikumi tiek pārnesti.</translation>
    </message>
</context>
<context>
    <name>OdkFormBuilder</name>
    <message numerus="yes">
        <source>%n text(s) have no %1 translation; the form shows the source language (%2) there</source>
        <translation>
            <numerusform>%n tekstam nav tulkojuma valodā %1; tur veidlapā tiek rādīta avota valoda (%2)</numerusform>
            <numerusform>%n tekstiem nav tulkojuma valodā %1; tur veidlapā tiek rādīta avota valoda (%2)</numerusform>
            <numerusform>%n tekstiem nav tulkojuma valodā %1; tur veidlapā tiek rādīta avota valoda (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>ODK number fields cannot hold “not applicable”: the shopper leaves %1 empty instead, and it comes back unanswered</source>
        <translation>ODK skaitļu lauki nevar saturēt „neattiecas”: pircējs tā vietā atstāj jautājumu %1 tukšu, un tas atgriežas neatbildēts</translation>
    </message>
    <message>
        <source>the name “%1” is used twice in the form (letter case aside); ODK tools will refuse it</source>
        <translation>nosaukums „%1” veidlapā ir izmantots divreiz (neņemot vērā burtu reģistru); ODK rīki to noraidīs</translation>
    </message>
    <message>
        <source>the %1 condition on %2 (%3) never holds in ShopScope, and not in the ODK form either</source>
        <translation>%1, kas attiecas uz %2 (%3), ShopScope nekad neizpildās, un arī ODK veidlapā ne</translation>
    </message>
    <message>
        <source>show-if</source>
        <translation>rādīšanas nosacījums</translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation>komentāra nosacījums</translation>
    </message>
</context>
<context>
    <name>OdkFormImporter</name>
    <message>
        <source>a repeat becomes a plain section: its questions are asked once per visit</source>
        <translation>atkārtojums (repeat) kļūst par parastu sadaļu: tā jautājumi tiek uzdoti vienu reizi katrā apmeklējumā</translation>
    </message>
    <message>
        <source>the group name “%1” cannot be a section code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>grupas nosaukums „%1” nevar būt sadaļas kods (1-40 burti, cipari, „_”, „-” vai „.”)</translation>
    </message>
    <message>
        <source>the group name “%1” is used twice</source>
        <translation>grupas nosaukums „%1” ir izmantots divreiz</translation>
    </message>
    <message>
        <source>groups nest only two deep in a questionnaire: its questions join the group around it</source>
        <translation>anketā grupas var ligzdot tikai divos līmeņos: šīs grupas jautājumi pievienojas aptverošajai grupai</translation>
    </message>
    <message>
        <source>the name “%1” cannot be a question code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>nosaukums „%1” nevar būt jautājuma kods (1-40 burti, cipari, „_”, „-” vai „.”)</translation>
    </message>
    <message>
        <source>unknown shopscope_type “%1”</source>
        <translation>nezināms shopscope_type „%1”</translation>
    </message>
    <message>
        <source>“or_other” becomes an option “other”; the text the shopper types for it has no question of its own</source>
        <translation>„or_other” kļūst par variantu „other”; tekstam, ko pircējs tam ieraksta, nav sava jautājuma</translation>
    </message>
    <message>
        <source>a date and time becomes a date question</source>
        <translation>datums un laiks kļūst par datuma jautājumu</translation>
    </message>
    <message>
        <source>the choice name “%1” cannot be an option code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>izvēles nosaukums „%1” nevar būt varianta kods (1-40 burti, cipari, „_”, „-” vai „.”)</translation>
    </message>
    <message>
        <source>a range of more than 20 steps becomes a number question</source>
        <translation>diapazons (range) ar vairāk nekā 20 soļiem kļūst par skaitļa jautājumu</translation>
    </message>
    <message>
        <source>“required” only under a condition (%1) is not kept: the question is optional</source>
        <translation>„required” tikai ar nosacījumu (%1) netiek saglabāts: jautājums nav obligāts</translation>
    </message>
    <message>
        <source>the %1 condition %2 cannot be read (%3); it is left out</source>
        <translation>%1 nosacījumu %2 nevar nolasīt (%3); tas tiek izlaists</translation>
    </message>
    <message>
        <source>the condition “%1” is left out, the question is always shown: %2</source>
        <translation>nosacījums „%1” tiek izlaists, jautājums tiek rādīts vienmēr: %2</translation>
    </message>
    <message>
        <source>the constraint “%1” is not kept</source>
        <translation>ierobežojums „%1” netiek saglabāts</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have no %1 version; another language's text stands in</source>
        <translation>
            <numerusform>%n teksts nav pieejams valodā %1; tā vietā tiek izmantots teksts citā valodā</numerusform>
            <numerusform>%n teksti nav pieejami valodā %1; to vietā tiek izmantoti teksti citā valodā</numerusform>
            <numerusform>%n teksti nav pieejami valodā %1; to vietā tiek izmantoti teksti citā valodā</numerusform>
        </translation>
    </message>
    <message>
        <source>notes (survey rows %1) are texts, not questions: left out</source>
        <translation>piezīmes (survey lapas rindas %1) ir teksti, nevis jautājumi: izlaistas</translation>
    </message>
    <message>
        <source>ShopScope has no “%1” question (survey rows %2): left out</source>
        <translation>ShopScope nav jautājumu tipa „%1” (survey lapas rindas %2): izlaisti</translation>
    </message>
    <message>
        <source>the form has no question ShopScope can take</source>
        <translation>veidlapā nav neviena jautājuma, ko ShopScope varētu pārņemt</translation>
    </message>
    <message>
        <source>survey row %1 (%2)</source>
        <translation>survey lapa, %1. rinda (%2)</translation>
    </message>
    <message>
        <source>choices row %1</source>
        <translation>choices lapa, %1. rinda</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1 (rinda %2)</translation>
    </message>
    <message>
        <source>device data and calculations are not answers: left out %1</source>
        <translation>ierīces dati un aprēķini nav atbildes, tāpēc tie tiek izlaisti: %1</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>“%1” is not opening hours (write 09:00-17:00, or 09:00-12:00, 13:00-18:00 for split hours; leave it empty when closed)</source>
        <translation>„%1” nav darba laiks (rakstiet 09:00-17:00 vai, ja darba laiks ir dalīts, 09:00-12:00, 13:00-18:00; ja slēgts, atstājiet tukšu)</translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation>„%1” nav derīgs laiks</translation>
    </message>
    <message>
        <source>%1 is not after %2</source>
        <translation>%1 nav vēlāk par %2</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation>%1 pārklājas ar %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Pirmdiena</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Otrdiena</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Trešdiena</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Ceturtdiena</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Piektdiena</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sestdiena</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Svētdiena</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show a wave's sample plan rules and generate its visits with a quota check.</source>
        <translation>Parādīt viļņa izlases plāna noteikumus un ģenerēt tā apmeklējumus ar kvotu pārbaudi.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>Show the proposal and its quota check; write nothing.</source>
        <translation>Parādīt priekšlikumu un tā kvotu pārbaudi; neko neierakstīt.</translation>
    </message>
    <message>
        <source>The seed that makes the plan reproducible (default 1).</source>
        <translation>Sēkla, kas padara plānu atkārtojamu (noklusējums: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Read the rules from a JSON document.</source>
        <translation>Nolasīt noteikumus no JSON dokumenta.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Store the rules for the wave (default), the programme, or not.</source>
        <translation>Saglabāt noteikumus vilnim (noklusējums), programmai vai nesaglabāt.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WHERE</translation>
    </message>
    <message>
        <source>Visits per location.</source>
        <translation>Apmeklējumi katrā vietā.</translation>
    </message>
    <message>
        <source>Visits per location of a channel, e.g. call=10 (repeatable).</source>
        <translation>Apmeklējumi katrā kanāla vietā, piem., call=10 (var atkārtot).</translation>
    </message>
    <message>
        <source>CHANNEL=N</source>
        <translation>CHANNEL=N</translation>
    </message>
    <message>
        <source>Scenario codes in rotation order, comma-separated.</source>
        <translation>Scenāriju kodi rotācijas secībā, atdalīti ar komatiem.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>rotation or fixed.</source>
        <translation>rotation vai fixed.</translation>
    </message>
    <message>
        <source>Only locations of these channels, comma-separated.</source>
        <translation>Tikai šo kanālu vietas; kanālus atdala ar komatiem.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Only locations in these regions, comma-separated.</source>
        <translation>Tikai šo reģionu vietas; reģionus atdala ar komatiem.</translation>
    </message>
    <message>
        <source>exclude, include or only.</source>
        <translation>exclude, include vai only.</translation>
    </message>
    <message>
        <source>A weekday quota, e.g. saturday=0.3 or 6=30% (repeatable).</source>
        <translation>Nedēļas dienas kvota, piem., saturday=0.3 vai 6=30% (var atkārtot).</translation>
    </message>
    <message>
        <source>DAY=SHARE</source>
        <translation>DAY=SHARE</translation>
    </message>
    <message>
        <source>A daypart quota, e.g. evening=0.2 (repeatable).</source>
        <translation>Dienas daļas kvota, piem., evening=0.2 (var atkārtot).</translation>
    </message>
    <message>
        <source>PART=SHARE</source>
        <translation>PART=SHARE</translation>
    </message>
    <message>
        <source>even (spread over the weeks of the wave) or free.</source>
        <translation>even (sadalīts pa viļņa nedēļām) vai free.</translation>
    </message>
    <message>
        <source>plan: cannot read %1: %2</source>
        <translation>plan: nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>plan: %1: %2</source>
        <translation>plan: %1: %2</translation>
    </message>
    <message>
        <source>plan: --visits must be a whole number of 0 or more, not “%1”</source>
        <translation>plan: --visits jābūt veselam skaitlim, kas ir 0 vai lielāks, nevis „%1”</translation>
    </message>
    <message>
        <source>plan: --channel-visits must look like call=10, not “%1”</source>
        <translation>plan: --channel-visits jābūt formā call=10, nevis „%1”</translation>
    </message>
    <message>
        <source>plan: --%1 must look like %2, not “%3”</source>
        <translation>plan: --%1 jābūt formā %2, nevis „%3”</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <source>plan rules: %1</source>
        <translation>plan rules: %1</translation>
    </message>
    <message>
        <source>Rules from: %1
%2</source>
        <translation>Noteikumu avots: %1
%2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Tvērums</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kvota</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Prasīts</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Sasniegts</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Izpildīta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NĒ</translation>
    </message>
    <message>
        <source>plan generate: give the wave with --wave NAME</source>
        <translation>plan generate: norādiet vilni ar --wave NAME</translation>
    </message>
    <message>
        <source>plan generate: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation>plan generate: --seed jābūt veselam skaitlim, kas ir 0 vai lielāks, nevis „%1”</translation>
    </message>
    <message>
        <source>plan generate: --by must be region or scenario, not “%1”</source>
        <translation>plan generate: --by jābūt region vai scenario, nevis „%1”</translation>
    </message>
    <message>
        <source>plan generate: --save-rules must be wave, programme or no, not “%1”</source>
        <translation>plan generate: --save-rules jābūt wave, programme vai no, nevis „%1”</translation>
    </message>
    <message>
        <source>plan generate: %1</source>
        <translation>plan generate: %1</translation>
    </message>
    <message>
        <source>plan generate: the plan is impossible: %1</source>
        <translation>plan generate: plānu nav iespējams izpildīt: %1</translation>
    </message>
    <message>
        <source>plan generate: nothing written: %1</source>
        <translation>plan generate: nekas netika ierakstīts: %1</translation>
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):
</source>
        <translation>Izmēģinājums vilnim %1 (nekas netika ierakstīts):
</translation>
    </message>
    <message>
        <source>Generated wave %1:
</source>
        <translation>Ģenerēts vilnis %1:
</translation>
    </message>
    <message numerus="yes">
        <source>  %n location(s)
</source>
        <translation>
            <numerusform>  %n vieta
</numerusform>
            <numerusform>  %n vietas
</numerusform>
            <numerusform>  %n vietas
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n new visit(s), </source>
        <translation>
            <numerusform>  %n jauns apmeklējums, </numerusform>
            <numerusform>  %n jauni apmeklējumi, </numerusform>
            <numerusform>  %n jauni apmeklējumi, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced, </source>
        <translation>
            <numerusform>%n aizstāts, </numerusform>
            <numerusform>%n aizstāti, </numerusform>
            <numerusform>%n aizstāti, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept
</source>
        <translation>
            <numerusform>%n saglabāts
</numerusform>
            <numerusform>%n saglabāti
</numerusform>
            <numerusform>%n saglabāti
</numerusform>
        </translation>
    </message>
    <message>
        <source>  fieldwork budget %1
</source>
        <translation>  lauka darba budžets %1
</translation>
    </message>
    <message>
        <source>The sample plan: rules that turn locations, scenarios and quotas into a wave's visits.

  rules FILE [--wave NAME] [--json]
  summary FILE [--wave NAME] [--by wave,region,scenario,channel,location|none] [--json|--csv]
  generate FILE --wave NAME [--dry-run] [--seed N] [--by region|scenario] [--json]
                [--rules RULES.json] [rule options] [--save-rules wave|programme|no]

The rules in effect are the wave's own, else the programme's default, else one visit per active
location rotating through every active scenario of its channel. --rules and the rule options change
them for this run; a generation that changes them stores them for the wave (or with
--save-rules programme as the default of every wave). Visits that are assigned, done, locked or
have a report stay; the wave's other planned visits are replaced. The rules document is described
in docs/sample-plan.md. Example:
  plan generate demo.shopscope --wave W2026-12 --visits 3 --weekday saturday=0.3 --dry-run</source>
        <translation>Izlases plāns: noteikumi, kas no vietām, scenārijiem un kvotām veido viļņa apmeklējumus.

  rules FILE [--wave NAME] [--json]
  summary FILE [--wave NAME] [--by wave,region,scenario,channel,location|none] [--json|--csv]
  generate FILE --wave NAME [--dry-run] [--seed N] [--by region|scenario] [--json]
                [--rules RULES.json] [noteikumu opcijas] [--save-rules wave|programme|no]

Spēkā ir viļņa paša noteikumi, ja tādu nav — programmas noklusējuma noteikumi, ja arī tādu nav — viens
apmeklējums katrā aktīvajā vietā, rotējot visus aktīvos tās kanāla scenārijus. --rules un noteikumu
opcijas tos maina šai palaišanas reizei; ģenerēšana, kas tos maina, saglabā tos vilnim (vai ar
--save-rules programme kā noklusējumu visiem viļņiem). Apmeklējumi, kas ir piešķirti, veikti, bloķēti vai
kuriem ir atskaite, paliek; pārējie viļņa plānotie apmeklējumi tiek aizstāti. Noteikumu dokuments ir
aprakstīts failā docs/sample-plan.md. Piemērs:
  plan generate demo.shopscope --wave W2026-12 --visits 3 --weekday saturday=0.3 --dry-run</translation>
    </message>
    <message>
        <source>rules, generate or summary</source>
        <translation>rules, generate vai summary</translation>
    </message>
    <message>
        <source>plan: expected rules FILE, generate FILE --wave NAME or summary FILE (see 'shopscope-cli plan --help')</source>
        <translation>plan: tika gaidīts rules FILE, generate FILE --wave NAME vai summary FILE (skatiet 'shopscope-cli plan --help')</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>by opening hours</source>
        <translation>pēc darba laika</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation>%1 — %2, no %3 līdz %4</translation>
    </message>
    <message>
        <source>Generate Visits — %1</source>
        <translation>Ģenerēt apmeklējumus — %1</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Vietas</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanāli:</translation>
    </message>
    <message>
        <source>None ticked: every region.</source>
        <translation>Nekas nav atzīmēts: visi reģioni.</translation>
    </message>
    <message>
        <source>Regions (none = all):</source>
        <translation>Reģioni (neviens = visi):</translation>
    </message>
    <message>
        <source>Own locations only</source>
        <translation>Tikai savas vietas</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Savas un konkurentu</translation>
    </message>
    <message>
        <source>Competitors only</source>
        <translation>Tikai konkurentu</translation>
    </message>
    <message>
        <source>Competitors:</source>
        <translation>Konkurenti:</translation>
    </message>
    <message>
        <source>Active locations only</source>
        <translation>Tikai aktīvās vietas</translation>
    </message>
    <message>
        <source>Visits per location</source>
        <translation>Apmeklējumi katrā vietā</translation>
    </message>
    <message>
        <source>A fixed number per channel</source>
        <translation>Fiksēts skaits katram kanālam</translation>
    </message>
    <message>
        <source>By staff count</source>
        <translation>Pēc darbinieku skaita</translation>
    </message>
    <message>
        <source>By size class</source>
        <translation>Pēc lieluma klases</translation>
    </message>
    <message>
        <source>one visit per </source>
        <translation>viens apmeklējums uz </translation>
    </message>
    <message>
        <source> staff</source>
        <translation> darbiniekiem</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Apmeklējumi:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Vismaz:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Ne vairāk kā:</translation>
    </message>
    <message>
        <source>e.g. S=1, M=2, L=4</source>
        <translation>piem., S=1, M=2, L=4</translation>
    </message>
    <message>
        <source>Per size class:</source>
        <translation>Katrai lieluma klasei:</translation>
    </message>
    <message>
        <source>Other sizes:</source>
        <translation>Citi lielumi:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenāriji</translation>
    </message>
    <message>
        <source>Rotate across the waves</source>
        <translation>Rotēt pa viļņiem</translation>
    </message>
    <message>
        <source>The same every wave</source>
        <translation>Vienādi katrā vilnī</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>Sadalījums:</translation>
    </message>
    <message>
        <source>Play:</source>
        <translation>Izspēlēt:</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kvotas</translation>
    </message>
    <message>
        <source>Evenly across the weeks</source>
        <translation>Vienmērīgi pa nedēļām</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Ģenerēšana</translation>
    </message>
    <message>
        <source>The same seed and rules always give the same visits.</source>
        <translation>Vienāda sēkla un noteikumi vienmēr dod vienādus apmeklējumus.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Sēkla:</translation>
    </message>
    <message>
        <source>Keep these rules for this wave</source>
        <translation>Saglabāt šos noteikumus šim vilnim</translation>
    </message>
    <message>
        <source>Keep them as the default for every wave</source>
        <translation>Saglabāt tos kā noklusējumu visiem viļņiem</translation>
    </message>
    <message>
        <source>Do not keep them</source>
        <translation>Nesaglabāt tos</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Noteikumi:</translation>
    </message>
    <message>
        <source>Quota check for:</source>
        <translation>Kvotu pārbaude:</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kvota</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Prasīts</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Sasniegts</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Izpildīta</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Priekšskatīt</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Ģenerēt</translation>
    </message>
    <message>
        <source>Per size class: “%1” should look like M=2</source>
        <translation>Katrai lieluma klasei: „%1” jābūt formā M=2</translation>
    </message>
    <message>
        <source>Scenarios: tick at least one</source>
        <translation>Scenāriji: atzīmējiet vismaz vienu</translation>
    </message>
    <message>
        <source>The rules changed: &lt;b&gt;Preview&lt;/b&gt; to see the visits they give.</source>
        <translation>Noteikumi ir mainīti: noklikšķiniet uz &lt;b&gt;Priekšskatīt&lt;/b&gt;, lai redzētu, kādus apmeklējumus tie dod.</translation>
    </message>
    <message>
        <source>Working out the visits…</source>
        <translation>Aprēķina apmeklējumus…</translation>
    </message>
    <message>
        <source>Generating the visits of %1…</source>
        <translation>Ģenerē viļņa %1 apmeklējumus…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Priekšskatīšana tika atcelta.</translation>
    </message>
    <message>
        <source>No visits can be generated: %1</source>
        <translation>Apmeklējumus nevar ģenerēt: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new visit(s)&lt;/b&gt; at </source>
        <translation>
            <numerusform>&lt;b&gt;%n jauns apmeklējums&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n jauni apmeklējumi&lt;/b&gt; </numerusform>
            <numerusform>&lt;b&gt;%n jauni apmeklējumi&lt;/b&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s); </source>
        <translation>
            <numerusform>%n vietā; </numerusform>
            <numerusform>%n vietās; </numerusform>
            <numerusform>%n vietās; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) replaced, </source>
        <translation>
            <numerusform>%n plānots apmeklējums aizstāts, </numerusform>
            <numerusform>%n plānoti apmeklējumi aizstāti, </numerusform>
            <numerusform>%n plānoti apmeklējumi aizstāti, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (assigned, done or locked).</source>
        <translation>
            <numerusform>%n saglabāts (piešķirts, veikts vai bloķēts).</numerusform>
            <numerusform>%n saglabāti (piešķirti, veikti vai bloķēti).</numerusform>
            <numerusform>%n saglabāti (piešķirti, veikti vai bloķēti).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fieldwork budget: %1</source>
        <translation>Lauka darba budžets: %1</translation>
    </message>
    <message>
        <source>Every quota of the wave holds within one visit.</source>
        <translation>Visas viļņa kvotas ir izpildītas ar ne vairāk kā viena apmeklējuma novirzi.</translation>
    </message>
    <message>
        <source>Some quotas miss by more than one visit: see the check below.</source>
        <translation>Dažas kvotas atšķiras vairāk nekā par vienu apmeklējumu: skatiet pārbaudi zemāk.</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ jā</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ nē</translation>
    </message>
    <message>
        <source>No visits generated</source>
        <translation>Apmeklējumi netika ģenerēti</translation>
    </message>
    <message>
        <source>Writing the visits of %1…</source>
        <translation>Ieraksta %1 apmeklējumus…</translation>
    </message>
</context>
<context>
    <name>PlanProposal</name>
    <message>
        <source>Week %1</source>
        <translation>%1. nedēļa</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>The whole wave</source>
        <translation>Viss vilnis</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Reģions: %1</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(bez reģiona)</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenārijs: %1</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation>nezināms iestatījums (zināmie: %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>jābūt objektam</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>jābūt tekstu sarakstam</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>jābūt veselam skaitlim no %1 līdz %2</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1</source>
        <translation>jābūt īpatsvaram no 0 līdz 1</translation>
    </message>
    <message>
        <source>%1 is not a share between 0 and 1 (write %2 for %1 %)</source>
        <translation>%1 nav īpatsvars no 0 līdz 1 (lai norādītu %1 %, rakstiet %2)</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>nederīgs JSON pie %1. rakstzīmes: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>noteikumiem jābūt JSON objektam</translation>
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation>nezināms kanāls „%1” (zināmie: %2)</translation>
    </message>
    <message>
        <source>must be exclude, include or only</source>
        <translation>jābūt exclude, include vai only</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>jābūt true vai false</translation>
    </message>
    <message>
        <source>unknown channel (known: %1)</source>
        <translation>nezināms kanāls (zināmie: %1)</translation>
    </message>
    <message>
        <source>must be fixed, staff or size_class</source>
        <translation>jābūt fixed, staff vai size_class</translation>
    </message>
    <message>
        <source>must be rotation or fixed</source>
        <translation>jābūt rotation vai fixed</translation>
    </message>
    <message>
        <source>not a weekday (1 = Monday … 7 = Sunday, or a name such as saturday)</source>
        <translation>nav nedēļas diena (1 = pirmdiena … 7 = svētdiena vai nosaukums, piem., saturday)</translation>
    </message>
    <message>
        <source>not a daypart (known: %1)</source>
        <translation>nav dienas daļa (zināmās: %1)</translation>
    </message>
    <message>
        <source>must be even or free</source>
        <translation>jābūt even vai free</translation>
    </message>
    <message>
        <source>weekdays: every share must be between 0 and 1</source>
        <translation>weekdays: katram īpatsvaram jābūt no 0 līdz 1</translation>
    </message>
    <message>
        <source>weekdays: the quotas add up to %1 %, more than 100 %</source>
        <translation>weekdays: kvotu summa ir %1 %, vairāk nekā 100 %</translation>
    </message>
    <message>
        <source>weekdays: every day has a quota but they add up to only %1 %</source>
        <translation>weekdays: katrai dienai ir kvota, bet to summa ir tikai %1 %</translation>
    </message>
    <message>
        <source>dayparts: every share must be between 0 and 1</source>
        <translation>dayparts: katram īpatsvaram jābūt no 0 līdz 1</translation>
    </message>
    <message>
        <source>dayparts: the quotas add up to %1 %, more than 100 %</source>
        <translation>dayparts: kvotu summa ir %1 %, vairāk nekā 100 %</translation>
    </message>
    <message>
        <source>dayparts: every daypart has a quota but they add up to only %1 %</source>
        <translation>dayparts: katrai dienas daļai ir kvota, bet to summa ir tikai %1 %</translation>
    </message>
    <message>
        <source>visits: the minimum %1 is above the maximum %2</source>
        <translation>visits: minimums %1 ir lielāks par maksimumu %2</translation>
    </message>
    <message>
        <source>the stored plan rules cannot be read: %1</source>
        <translation>saglabātos plāna noteikumus nevar nolasīt: %1</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>The plan summary cannot be read: %1</source>
        <translation>Plāna kopsavilkumu nevar nolasīt: %1</translation>
    </message>
    <message>
        <source>The wave chosen for the plan summary no longer exists.</source>
        <translation>Plāna kopsavilkumam izvēlētais vilnis vairs neeksistē.</translation>
    </message>
    <message>
        <source>“%1” is not a grouping: use wave, region, scenario, channel or location, or none.</source>
        <translation>„%1” nav grupējums: izmantojiet wave, region, scenario, channel vai location, vai arī none.</translation>
    </message>
</context>
<context>
    <name>PlanSummaryModel</name>
    <message>
        <source>(no region)</source>
        <translation>(bez reģiona)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>±%1 pts</source>
        <translation>±%1 p.p.</translation>
    </message>
    <message>
        <source>⚠ Too small to report</source>
        <translation>⚠ Par mazu atskaitei</translation>
    </message>
    <message>
        <source>%1 visits: fewer than the programme's small-base threshold of %2, too few to report on their own. Merge it with others or plan more visits.</source>
        <translation>Apmeklējumi: %1 — mazāk par programmas mazas bāzes slieksni %2, tāpēc ar tiem nepietiek atsevišķai atskaitei. Apvienojiet šūnu ar citām vai plānojiet vairāk apmeklējumu.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vilnis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Vietas nosaukums</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžets</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precizitāte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Atskaite</translation>
    </message>
    <message>
        <source>Planned visits: every visit of the cell that is not cancelled.</source>
        <translation>Plānotie apmeklējumi: visi šūnas apmeklējumi, kas nav atcelti.</translation>
    </message>
    <message>
        <source>The fieldwork budget: the scenario fees of the cell's visits, in the currency the fees were entered in.</source>
        <translation>Lauka darba budžets: šūnas apmeklējumu scenāriju atlīdzības tajā valūtā, kurā tās tika ievadītas.</translation>
    </message>
    <message>
        <source>The margin of error at 95 % confidence of a yes/no standard met 80 % of the time, for this many visits.</source>
        <translation>Kļūdas robeža pie ticamības līmeņa 95 % jā/nē standartam, kas tiek izpildīts 80 % gadījumu, pie šāda apmeklējumu skaita.</translation>
    </message>
    <message>
        <source>Whether the cell has enough visits to report on its own.</source>
        <translation>Vai šūnā ir pietiekami daudz apmeklējumu atsevišķai atskaitei.</translation>
    </message>
</context>
<context>
    <name>PlanSummaryPrinter</name>
    <message>
        <source>Wave</source>
        <translation>Vilnis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(bez reģiona)</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 procentpunkti</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>reģioni</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>vietas</translation>
    </message>
    <message>
        <source>One wave, by its code or name (all waves without it).</source>
        <translation>Viens vilnis — pēc koda vai nosaukuma (bez šīs opcijas — visi viļņi).</translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WAVE</translation>
    </message>
    <message>
        <source>Group by these, separated by commas: wave, region, scenario, channel, location; or none. The default is region,scenario for one wave and wave for all waves.</source>
        <translation>Grupēt pēc šiem, atdalot ar komatiem: wave, region, scenario, channel, location; vai none. Noklusējums ir region,scenario vienam vilnim un wave visiem viļņiem.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Izvadīt kopsavilkumu JSON formātā.</translation>
    </message>
    <message>
        <source>Print the cells and the total as CSV.</source>
        <translation>Izvadīt šūnas un kopsummu CSV formātā.</translation>
    </message>
    <message>
        <source>%1: give either --json or --csv, not both</source>
        <translation>%1: norādiet vai nu --json, vai --csv, nevis abus</translation>
    </message>
    <message>
        <source>%1: --by: %2</source>
        <translation>%1: --by: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Plan summary of %1 (%2)</source>
        <translation>Viļņa %1 (%2) plāna kopsavilkums</translation>
    </message>
    <message>
        <source>Plan summary of all waves</source>
        <translation>Visu viļņu plāna kopsavilkums</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, grupēts pēc: %1</translation>
    </message>
    <message>
        <source>No planned visits in this wave.</source>
        <translation>Šajā vilnī nav plānotu apmeklējumu.</translation>
    </message>
    <message>
        <source>No planned visits yet.</source>
        <translation>Vēl nav plānotu apmeklējumu.</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>par mazu</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžets</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Kļūdas robeža</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Margin: of a yes/no standard met 80 % of the time, at 95 % confidence.
Too small: fewer visits than the programme's small-base threshold (%1), too few to report on.
Budget: the scenario fees of the visits, in the currency the fees were entered in.

</source>
        <translation>Kļūdas robeža: jā/nē standartam, kas tiek izpildīts 80 % gadījumu, pie ticamības līmeņa 95 %.
Par mazu: apmeklējumu ir mazāk par programmas mazas bāzes slieksni (%1), ar tiem nepietiek atskaitei.
Budžets: apmeklējumu scenāriju atlīdzības tajā valūtā, kurā tās tika ievadītas.

</translation>
    </message>
    <message>
        <source>Readings per wave</source>
        <translation>Mērījumi katrā vilnī</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Skaits</translation>
    </message>
    <message>
        <source>Smallest base</source>
        <translation>Mazākā bāze</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Par mazu</translation>
    </message>
</context>
<context>
    <name>PlanSummaryView</name>
    <message>
        <source>±%1 pts</source>
        <translation>±%1 p.p.</translation>
    </message>
    <message>
        <source>Sample sizes…</source>
        <translation>Izlases lielumi…</translation>
    </message>
    <message>
        <source>How many visits a cell needs: the calculator, starting from the selected row.</source>
        <translation>Cik apmeklējumu nepieciešams šūnai: kalkulators, sākot ar atlasītās rindas vērtībām.</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Vilnis:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grupēt pēc:</translation>
    </message>
    <message>
        <source>W&amp;ave</source>
        <translation>V&amp;ilnis</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Reģions</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenārijs</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanāls</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Vi&amp;eta</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Visi viļņi</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Skaita…</translation>
    </message>
    <message>
        <source>This programme has no waves yet. Create them on the Waves tab with “New waves…”; their planned visits, budget and precision then show here.</source>
        <translation>Šajā programmā vēl nav viļņu. Izveidojiet tos cilnē „Viļņi” ar komandu „Jauni viļņi…”; pēc tam šeit būs redzami to plānotie apmeklējumi, budžets un precizitāte.</translation>
    </message>
    <message>
        <source>No visits are planned in %1 (%2) yet. Once the wave's visits are planned, their number, budget and precision show here.</source>
        <translation>Vilnī %1 (%2) vēl nav plānotu apmeklējumu. Kad viļņa apmeklējumi būs plānoti, šeit būs redzams to skaits, budžets un precizitāte.</translation>
    </message>
    <message>
        <source>No visits are planned yet. Once visits are planned, their number, budget and precision show here.</source>
        <translation>Vēl nav plānotu apmeklējumu. Kad apmeklējumi būs plānoti, šeit būs redzams to skaits, budžets un precizitāte.</translation>
    </message>
    <message>
        <source>Precision of each wave's readings</source>
        <translation>Katra viļņa mērījumu precizitāte</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mērījumi</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Mazākā</translation>
    </message>
    <message>
        <source>Widest margin</source>
        <translation>Lielākā kļūdas robeža</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Par mazu</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Reģioni</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Vietas</translation>
    </message>
    <message>
        <source>⚠ Too small to report: fewer visits than the programme's small-base threshold (%1; set on the Programme page).
Precision: the margin of error at 95 % confidence of a yes/no standard met 80 % of the time.
Budget: the scenario fees of the planned visits, in the currency the fees were entered in.</source>
        <translation>⚠ Par mazu atskaitei: apmeklējumu ir mazāk par programmas mazas bāzes slieksni (%1; to iestata lapā „Programma”).
Precizitāte: kļūdas robeža pie ticamības līmeņa 95 % jā/nē standartam, kas tiek izpildīts 80 % gadījumu.
Budžets: plānoto apmeklējumu scenāriju atlīdzības tajā valūtā, kurā tās tika ievadītas.</translation>
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation>Izlases lieluma kalkulators</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommand</name>
    <message>
        <source>Show or change the programme's settings and languages.</source>
        <translation>Parādīt vai mainīt programmas iestatījumus un valodas.</translation>
    </message>
    <message>
        <source>show or set</source>
        <translation>show vai set</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation>Izvadīt iestatījumus JSON formātā.</translation>
    </message>
    <message>
        <source>The client's name.</source>
        <translation>Klienta nosaukums.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The programme's name.</source>
        <translation>Programmas nosaukums.</translation>
    </message>
    <message>
        <source>The target score in percent, or none.</source>
        <translation>Mērķa rezultāts procentos vai none.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Figures on fewer visits than this are flagged.</source>
        <translation>Tiek atzīmēti rādītāji, kuru pamatā ir mazāk apmeklējumu par šo skaitu.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days before a shopper may visit the same location again.</source>
        <translation>Dienu skaits, pirms pircējs drīkst atkārtoti apmeklēt to pašu vietu.</translation>
    </message>
    <message>
        <source>Whether reports may name staff: yes or no.</source>
        <translation>Vai pārskatos drīkst norādīt darbinieku vārdus: yes vai no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>The language of reports and charts.</source>
        <translation>Atskaišu un diagrammu valoda.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The programme's languages, comma-separated, in order.</source>
        <translation>Programmas valodas, atdalītas ar komatiem, secībā.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>programme: expected 'show FILE' or 'set FILE [options]' (see 'shopscope-cli programme --help')</source>
        <translation>programme: gaidīts 'show FILE' vai 'set FILE [opcijas]' (skatiet 'shopscope-cli programme --help')</translation>
    </message>
    <message>
        <source>“%1” is not a valid value</source>
        <translation>„%1” nav derīga vērtība</translation>
    </message>
    <message>
        <source>programme set: --%1: %2</source>
        <translation>programme set: --%1: %2</translation>
    </message>
    <message>
        <source>programme set: nothing to change (see 'shopscope-cli programme --help')</source>
        <translation>programme set: nav ko mainīt (skatiet 'shopscope-cli programme --help')</translation>
    </message>
    <message>
        <source>programme set: nothing changed: %1</source>
        <translation>programme set: nekas netika mainīts: %1</translation>
    </message>
    <message>
        <source>Client:           %1
Programme:        %2
Target score:     %3
Small base below: %4 visits
Shopper lockout:  %5 days
Staff names:      %6
Languages:        %7 (source %8, reports %9)</source>
        <translation>Klients:                       %1
Programma:                     %2
Mērķa rezultāts:               %3
Mazas bāzes slieksnis:         %4 (apmeklējumi)
Atkārtota apmeklējuma liegums: %5 (dienas)
Darbinieku vārdi:              %6
Valodas:                       %7 (avota valoda: %8, atskaišu valoda: %9)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>atļauti</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nav atļauti</translation>
    </message>
    <message>
        <source>The programme's settings.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

All changes of one 'set' are checked first and written together, or not at all.</source>
        <translation>Programmas iestatījumi.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

Visas vienas 'set' komandas izmaiņas vispirms tiek pārbaudītas un tad ierakstītas kopā vai netiek ierakstītas vispār.</translation>
    </message>
    <message>
        <source>The font of charts and reports, or default (DejaVu Sans).</source>
        <translation>Diagrammu un pārskatu fonts vai default (DejaVu Sans).</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>SAIME</translation>
    </message>
    <message>
        <source>The client's logo on charts and reports (PNG or JPEG), or none.</source>
        <translation>Klienta logotips diagrammās un pārskatos (PNG vai JPEG) vai none.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>programme set: --logo: %1: %2</source>
        <translation>programme set: --logo: %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeField</name>
    <message>
        <source>Change %1</source>
        <translation>Mainīt lauku „%1”</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klients</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>programmas nosaukums</translation>
    </message>
    <message>
        <source>target score</source>
        <translation>mērķa rezultāts</translation>
    </message>
    <message>
        <source>small-base threshold</source>
        <translation>mazas bāzes slieksnis</translation>
    </message>
    <message>
        <source>shopper lockout</source>
        <translation>atkārtota apmeklējuma liegums</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>darbinieku vārdi</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>atskaišu valoda</translation>
    </message>
    <message>
        <source>The %1 is longer than 200 characters.</source>
        <translation>Lauks „%1” ir garāks par 200 rakstzīmēm.</translation>
    </message>
    <message>
        <source>The target score must be between 0 and 100 %.</source>
        <translation>Mērķa rezultātam jābūt no 0 līdz 100 %.</translation>
    </message>
    <message>
        <source>The small-base threshold must be a whole number of visits from 1 to 1000.</source>
        <translation>Mazas bāzes slieksnim jābūt veselam apmeklējumu skaitam no 1 līdz 1000.</translation>
    </message>
    <message>
        <source>The shopper lockout must be a whole number of days from 0 to 3650.</source>
        <translation>Atkārtota apmeklējuma liegumam jābūt veselam dienu skaitam no 0 līdz 3650.</translation>
    </message>
    <message>
        <source>Choose one of the programme's languages as the report language.</source>
        <translation>Izvēlieties kādu no programmas valodām kā atskaišu valodu.</translation>
    </message>
    <message>
        <source>“%1” is not a language code (use codes such as en, sv, nb, lv, pl)</source>
        <translation>„%1” nav valodas kods (izmantojiet kodus, piemēram, en, sv, nb, lv, pl)</translation>
    </message>
    <message>
        <source>The languages must be distinct and include the source (%1) and report (%2) languages.</source>
        <translation>Valodām jābūt atšķirīgām, un starp tām jābūt avota valodai (%1) un atskaišu valodai (%2).</translation>
    </message>
    <message>
        <source>Change the programme's languages</source>
        <translation>Mainīt programmas valodas</translation>
    </message>
    <message>
        <source>“%1” cannot be removed while texts or reports use it</source>
        <translation>„%1” nevar noņemt, kamēr to izmanto teksti vai pārskati</translation>
    </message>
    <message>
        <source>chart font</source>
        <translation>diagrammu fonts</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotips</translation>
    </message>
    <message>
        <source>The chart font must be one font family's name, such as “Noto Sans”.</source>
        <translation>Diagrammu fontam jābūt vienas fontu saimes nosaukumam, piemēram, “Noto Sans”.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB: save it smaller (a logo on a chart needs about 600 pixels across).</source>
        <translation>Logotips ir lielāks par 2 MB: saglabājiet to mazāku (logotipam diagrammā pietiek ar apmēram 600 pikseļiem platumā).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logotipam jābūt PNG vai JPEG attēlam.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Reports may name the staff member who served the shopper</source>
        <translation>Pārskatos drīkst norādīt darbinieku, kas apkalpoja pircēju</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Nav mērķa</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> apmeklējumi</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienas</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klients:</translation>
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation>&amp;Programmas nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>&amp;Mērķa rezultāts:</translation>
    </message>
    <message>
        <source>&amp;Small base below:</source>
        <translation>Maza &amp;bāze, ja mazāk par:</translation>
    </message>
    <message>
        <source>Shopper &amp;lockout:</source>
        <translation>Atkārtota apmeklējuma &amp;liegums:</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>&amp;Atskaišu valoda:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Valodas:</translation>
    </message>
    <message>
        <source>What this file holds</source>
        <translation>Kas ir šajā failā</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Izmaiņa nav saglabāta</translation>
    </message>
    <message>
        <source>This file's programme settings cannot be read: %1</source>
        <translation>Šī faila programmas iestatījumus nevar nolasīt: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (avota valoda: %2)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Skaita…</translation>
    </message>
    <message>
        <source>The counts could not be read.</source>
        <translation>Skaitus neizdevās nolasīt.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Jautājumi</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Vietas</translation>
    </message>
    <message>
        <source>Competitor locations</source>
        <translation>Konkurentu vietas</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenāriji</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Viļņi</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Pircēji</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atbildes</translation>
    </message>
    <message>
        <source>This programme is empty. Start with the questionnaire, the locations and the waves in the navigator on the left.</source>
        <translation>Šī programma ir tukša. Sāciet ar anketu, vietām un viļņiem navigatorā kreisajā pusē.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Izvēlēties…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Noņemt</translation>
    </message>
    <message>
        <source>The font of the programme's charts and reports (DejaVu Sans by default)</source>
        <translation>Programmas diagrammu un pārskatu fonts (pēc noklusējuma DejaVu Sans)</translation>
    </message>
    <message>
        <source>Chart &amp;font:</source>
        <translation>Diagrammu &amp;fonts:</translation>
    </message>
    <message>
        <source>Client's logo:</source>
        <translation>Klienta logotips:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nav logotipa</translation>
    </message>
    <message>
        <source>Client's Logo</source>
        <translation>Klienta logotips</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Attēli (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation>Logotipu nevar nolasīt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 nav PNG vai JPEG attēls.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
        <translation>„%1” jau ir atvērts programmā %2 (process %3 datorā %4). Vispirms aizveriet to tur vai atveriet tikai lasīšanai.</translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>Cannot edit “%1”: the folder “%2” is not writable. Open it read-only, or copy it to a folder where you can write.</source>
        <translation>Nevar rediģēt „%1”: mapē „%2” nav rakstīšanas tiesību. Atveriet failu tikai lasīšanai vai kopējiet to uz mapi, kurā varat rakstīt.</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation>Nevar izveidot bloķēšanas failu „%1”.</translation>
    </message>
    <message>
        <source>“%1” already exists; ShopScope does not overwrite it.</source>
        <translation>„%1” jau eksistē; ShopScope to nepārraksta.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Mape „%1” neeksistē.</translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation>Nevar izveidot „%1”.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Open it read-only to look at it, or copy it to a file you can write.</source>
        <translation>„%1” ir tikai lasāms. Atveriet to tikai lasīšanai, lai apskatītu, vai kopējiet uz failu, kurā varat rakstīt.</translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project.</source>
        <translation>„%1” nav ShopScope projekts.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2).</source>
        <translation>„%1” ir ierakstīts ar jaunāku ShopScope versiju (faila formāts %2).</translation>
    </message>
    <message>
        <source>“%1” uses the older file format %2 and must be opened for editing once to be brought up to date.</source>
        <translation>„%1” izmanto vecāku faila formātu %2, un tas vienreiz jāatver rediģēšanai, lai to atjauninātu.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>„%1” ir atvērts tikai lasīšanai.</translation>
    </message>
    <message>
        <source>The change was not saved to “%1”: %2.</source>
        <translation>Izmaiņa netika saglabāta failā „%1”: %2.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation>Kopija nevar aizstāt pašu atvērto failu.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2.</source>
        <translation>Neizdevās ierakstīt kopiju „%1”: %2.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Kopēšana tika atcelta.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Nevar ierakstīt „%1”: %2.</translation>
    </message>
    <message>
        <source>An edit ran on a thread without a connection.</source>
        <translation>Labojums tika izpildīts pavedienā bez savienojuma.</translation>
    </message>
    <message>
        <source>The change was cancelled; nothing was written.</source>
        <translation>Izmaiņa tika atcelta; nekas netika ierakstīts.</translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation>programmas iestatījumu rindas trūkst vai tā ir dublēta</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation>
            <numerusform>%n pārskats attiecas uz apmeklējumiem, kas nav veikti</numerusform>
            <numerusform>%n pārskati attiecas uz apmeklējumiem, kas nav veikti</numerusform>
            <numerusform>%n pārskati attiecas uz apmeklējumiem, kas nav veikti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>
            <numerusform>%n apmeklējums ir iesniegts, apstiprināts vai noraidīts, bet tam nav pārskata</numerusform>
            <numerusform>%n apmeklējumi ir iesniegti, apstiprināti vai noraidīti, bet tiem nav pārskata</numerusform>
            <numerusform>%n apmeklējumi ir iesniegti, apstiprināti vai noraidīti, bet tiem nav pārskata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>
            <numerusform>%n atbilde attiecas uz citas anketas versijas jautājumu</numerusform>
            <numerusform>%n atbildes attiecas uz citas anketas versijas jautājumu</numerusform>
            <numerusform>%n atbildes attiecas uz citas anketas versijas jautājumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>
            <numerusform>%n atbildē izvēlēts variants jautājumam, kuram nav atbilžu variantu</numerusform>
            <numerusform>%n atbildēs izvēlēts variants jautājumam, kuram nav atbilžu variantu</numerusform>
            <numerusform>%n atbildēs izvēlēts variants jautājumam, kuram nav atbilžu variantu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>
            <numerusform>%n vairākizvēles atlase attiecas uz jautājumu, kas nav vairākizvēles jautājums</numerusform>
            <numerusform>%n vairākizvēles atlases attiecas uz jautājumu, kas nav vairākizvēles jautājums</numerusform>
            <numerusform>%n vairākizvēles atlases attiecas uz jautājumu, kas nav vairākizvēles jautājums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>
            <numerusform>%n anketas versijai ir pārskati, bet tā nav iesaldēta</numerusform>
            <numerusform>%n anketas versijām ir pārskati, bet tās nav iesaldētas</numerusform>
            <numerusform>%n anketas versijām ir pārskati, bet tās nav iesaldētas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>
            <numerusform>%n svērtajai anketas versijai sadaļu svaru summa nav 100</numerusform>
            <numerusform>%n svērtajām anketas versijām sadaļu svaru summa nav 100</numerusform>
            <numerusform>%n svērtajām anketas versijām sadaļu svaru summa nav 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are planned outside their wave's dates</source>
        <translation>
            <numerusform>%n apmeklējums ir plānots ārpus sava viļņa datumiem</numerusform>
            <numerusform>%n apmeklējumi ir plānoti ārpus sava viļņa datumiem</numerusform>
            <numerusform>%n apmeklējumi ir plānoti ārpus sava viļņa datumiem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) play a scenario of another channel than their location's</source>
        <translation>
            <numerusform>%n apmeklējumā izspēlē scenāriju, kura kanāls atšķiras no vietas kanāla</numerusform>
            <numerusform>%n apmeklējumos izspēlē scenāriju, kura kanāls atšķiras no vietas kanāla</numerusform>
            <numerusform>%n apmeklējumos izspēlē scenāriju, kura kanāls atšķiras no vietas kanāla</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation>SQLite nevar pārbaudīt failu: %1</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>fails ir bojāts: %1</translation>
    </message>
    <message>
        <source>the file is not marked as a ShopScope project</source>
        <translation>fails nav atzīmēts kā ShopScope projekts</translation>
    </message>
    <message>
        <source>the file format is %1, this ShopScope writes %2</source>
        <translation>faila formāts ir %1, šī ShopScope versija raksta %2</translation>
    </message>
    <message>
        <source>missing or altered: %1</source>
        <translation>trūkst vai ir mainīts: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>negaidīts: %1</translation>
    </message>
    <message>
        <source>the schema differs from ShopScope's: %1</source>
        <translation>shēma atšķiras no ShopScope shēmas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table %1 point to rows that do not exist</source>
        <translation>
            <numerusform>%n rinda tabulā %1 norāda uz neesošām rindām</numerusform>
            <numerusform>%n rindas tabulā %1 norāda uz neesošām rindām</numerusform>
            <numerusform>%n rindas tabulā %1 norāda uz neesošām rindām</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule could not be checked: %1</source>
        <translation>noteikumu neizdevās pārbaudīt: %1</translation>
    </message>
    <message>
        <source>the stored scores could not be checked: %1</source>
        <translation>saglabātos vērtējumus nevarēja pārbaudīt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) have stored scores that differ from a fresh rescoring (%1); run “shopscope-cli scores rescore”</source>
        <translation>
            <numerusform>%n pārskatam saglabātie vērtējumi atšķiras no jaunas vērtēšanas (%1); palaidiet “shopscope-cli scores rescore”</numerusform>
            <numerusform>%n pārskatiem saglabātie vērtējumi atšķiras no jaunas vērtēšanas (%1); palaidiet “shopscope-cli scores rescore”</numerusform>
            <numerusform>%n pārskatiem saglabātie vērtējumi atšķiras no jaunas vērtēšanas (%1); palaidiet “shopscope-cli scores rescore”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectError</name>
    <message>
        <source>Below standard</source>
        <translation>Zem standarta</translation>
    </message>
    <message>
        <source>Close to standard</source>
        <translation>Tuvu standartam</translation>
    </message>
    <message>
        <source>On standard</source>
        <translation>Atbilst standartam</translation>
    </message>
    <message>
        <source>Could not write the new programme's settings: %1.</source>
        <translation>Neizdevās ierakstīt jaunās programmas iestatījumus: %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2.</source>
        <translation>Nevar rakstīt mapē „%1”: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disks ir pilns</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Nevar atvērt „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Restore it from a copy.</source>
        <translation>„%1” nevar nolasīt: %2. Atjaunojiet to no kopijas.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: this SQLite build cannot enforce foreign keys.</source>
        <translation>Nevar atvērt „%1”: šī SQLite versija nevar nodrošināt ārējās atslēgas.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Fails „%1” neeksistē.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a ShopScope project.</source>
        <translation>„%1” ir mape, nevis ShopScope projekts.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Nevar nolasīt „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a ShopScope project.</source>
        <translation>„%1” ir tukšs: tas nav ShopScope projekts.</translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project: it is not an SQLite database file.</source>
        <translation>„%1” nav ShopScope projekts: tas nav SQLite datubāzes fails.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its SQLite header is not valid.</source>
        <translation>„%1” ir bojāts: tā SQLite galvene nav derīga.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %L2 bytes of the %L3 its header declares. Restore it from a copy.</source>
        <translation>„%1” ir saīsināts: tajā ir tikai %L2 no galvenē norādītajiem %L3 baitiem. Atjaunojiet to no kopijas.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a ShopScope project.</source>
        <translation>„%1” ir SQLite datubāze, bet ne ShopScope projekts.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application (id 0x%2), not a ShopScope project.</source>
        <translation>„%1” ir citas lietotnes SQLite datubāze (id 0x%2), nevis ShopScope projekts.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2; this version reads up to %3). Update ShopScope to open it.</source>
        <translation>„%1” ir ierakstīts ar jaunāku ShopScope versiju (faila formāts %2; šī versija nolasa līdz %3). Atjauniniet ShopScope, lai to atvērtu.</translation>
    </message>
    <message>
        <source>Cannot read the format version of “%1”.</source>
        <translation>Nevar nolasīt „%1” formāta versiju.</translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation>ārējā atslēga tabulā %1 nenorāda ne uz ko</translation>
    </message>
    <message>
        <source>Could not bring “%1” to file format %2; the file is unchanged: %3</source>
        <translation>Neizdevās pārveidot „%1” uz faila formātu %2; fails nav mainīts: %3</translation>
    </message>
</context>
<context>
    <name>QcChecker</name>
    <message>
        <source>there is no wave with the id %1</source>
        <translation>nav viļņa ar ID %1</translation>
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (less than %4 of it).</source>
        <translation>Ilga %1 min; scenārijam %2 paredzētas aptuveni %3 (mazāk nekā %4 no tā).</translation>
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (more than %4 times as long).</source>
        <translation>Ilga %1 min; scenārijam %2 paredzētas aptuveni %3 (vairāk nekā %4 reizes ilgāk).</translation>
    </message>
    <message>
        <source>Made on %1, outside the wave's %2 – %3.</source>
        <translation>Veikts %1, ārpus viļņa laika %2 – %3.</translation>
    </message>
    <message>
        <source>Made at %1 on %2, when %3 is closed all day.</source>
        <translation>Veikts %1 (%2), kad %3 ir slēgts visu dienu.</translation>
    </message>
    <message>
        <source>Made at %1 on %2; %3 is open %4.</source>
        <translation>Veikts %1 (%2); %3 darba laiks ir %4.</translation>
    </message>
    <message>
        <source>%1 is %2; the question allows %3 to %4.</source>
        <translation>%1 ir %2; jautājums pieļauj no %3 līdz %4.</translation>
    </message>
    <message>
        <source>All %1 yes/no standards answered yes.</source>
        <translation>Visi %1 jā/nē standarti atbildēti ar jā.</translation>
    </message>
    <message>
        <source>No comment where the questionnaire asks for one: %1.</source>
        <translation>Nav komentāra, kur anketa to prasa: %1.</translation>
    </message>
    <message>
        <source>%1 of the %2 questions that allow N/A answered N/A; usually %3 for scenario %4.</source>
        <translation>%1 no %2 jautājumiem, kas pieļauj N/A, atbildēti ar N/A; parasti %3 scenārijam %4.</translation>
    </message>
    <message>
        <source>%1 of %2 answers the same as %3's report on visit %4 at %5, %6 of them unusual in this wave.</source>
        <translation>%1 no %2 atbildēm ir tādas pašas kā %3 pārskatā par apmeklējumu %4 vietā %5, no tām %6 neparastas šajā vilnī.</translation>
    </message>
    <message>
        <source>%1 of %2 answers the same as the report on visit %4 at %5 by %3, %6 of them unusual in this wave.</source>
        <translation>%1 no %2 atbildēm ir tādas pašas kā pārskatā par apmeklējumu %4 vietā %5, ko iesniedza %3, no tām %6 neparastas šajā vilnī.</translation>
    </message>
    <message>
        <source>%1 minutes after visit %2 at %3 ended, %4 km away (%5 minutes at %6 km/h).</source>
        <translation>%1 minūtes pēc apmeklējuma %2 vietā %3 beigām, %4 km attālumā (%5 minūtes ar %6 km/h).</translation>
    </message>
    <message>
        <source>Starts %1 minutes before visit %2 at %3 ended.</source>
        <translation>Sākas %1 minūtes pirms apmeklējuma %2 vietā %3 beigām.</translation>
    </message>
</context>
<context>
    <name>QcCommand</name>
    <message>
        <source>The quality-control flags of a wave's reports, with their evidence.</source>
        <translation>Viļņa pārskatu kvalitātes kontroles atzīmes ar pierādījumiem.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation>Vilnis pēc koda vai nosaukuma.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only these kinds of flag (comma-separated).</source>
        <translation>Tikai šie atzīmju veidi (atdalīti ar komatiem).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Mašīnlasāma izvade.</translation>
    </message>
    <message>
        <source>qc: give the wave with --wave NAME</source>
        <translation>qc: norādiet vilni ar --wave NAME</translation>
    </message>
    <message>
        <source>qc: --kind: “%1” is not a kind of flag (see 'shopscope-cli qc --help')</source>
        <translation>qc: --kind: “%1” nav atzīmes veids (skatiet 'shopscope-cli qc --help')</translation>
    </message>
    <message>
        <source>qc: %1</source>
        <translation>qc: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n atzīme</numerusform>
            <numerusform>%n atzīmes</numerusform>
            <numerusform>%n atzīmju</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 · %2: %3</source>
        <translation>apmeklējums %1 · %2: %3</translation>
    </message>
    <message>
        <source>Quality control of reports.

  FILE --wave NAME [--kind KIND,...] [--json]

Looks at every report of the wave (submitted, approved or rejected) and lists what deserves a
second look, with the figures: %1.
The thresholds are in docs/quality-control.md. Nothing is written; exit 0 also when there are flags.</source>
        <translation>Pārskatu kvalitātes kontrole.

  FILE --wave NAME [--kind KIND,...] [--json]

Pārbauda katru viļņa pārskatu (iesniegtu, apstiprinātu vai nosūtītu atpakaļ) un uzskaita to, kam vajadzīgs
otrs skatiens, ar skaitļiem: %1.
Sliekšņi ir aprakstīti docs/quality-control.md. Nekas netiek ierakstīts; izejas kods ir 0 arī tad, ja ir atzīmes.</translation>
    </message>
</context>
<context>
    <name>QcFlag</name>
    <message>
        <source>implausible duration</source>
        <translation>neticams ilgums</translation>
    </message>
    <message>
        <source>outside the wave's dates</source>
        <translation>ārpus viļņa datumiem</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>ārpus darba laika</translation>
    </message>
    <message>
        <source>answers copied</source>
        <translation>nokopētas atbildes</translation>
    </message>
    <message>
        <source>visits too close together</source>
        <translation>apmeklējumi pārāk tuvu viens otram</translation>
    </message>
    <message>
        <source>every standard met</source>
        <translation>visi standarti izpildīti</translation>
    </message>
    <message>
        <source>mostly N/A</source>
        <translation>pārsvarā N/A</translation>
    </message>
    <message>
        <source>required comment missing</source>
        <translation>trūkst obligātā komentāra</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>skaitlis ārpus diapazona</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Mandatory</source>
        <translation>Obligāts</translation>
    </message>
    <message>
        <source>Offers “not applicable”</source>
        <translation>Piedāvā „neattiecas”</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Vērtē ar punktiem</translation>
    </message>
    <message>
        <source>Bonus (adds to earned only)</source>
        <translation>Bonuss (pieskaita tikai iegūtajiem punktiem)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Atbilžu varianti:</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Pievienot variantu</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Noņemt variantu</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>Nav kritisks</translation>
    </message>
    <message>
        <source>Critical: failing zeroes the section</source>
        <translation>Kritisks: neizpilde nonullē sadaļu</translation>
    </message>
    <message>
        <source>Critical: failing zeroes the visit</source>
        <translation>Kritisks: neizpilde nonullē apmeklējumu</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nav iestatīts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>mērvienība</translation>
    </message>
    <message>
        <source>label of the lowest value</source>
        <translation>zemākās vērtības nosaukums</translation>
    </message>
    <message>
        <source>label of the highest value</source>
        <translation>augstākās vērtības nosaukums</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tips:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Jautājums:</translation>
    </message>
    <message>
        <source>&amp;Help for the shopper:</source>
        <translation>&amp;Palīdzība pircējam:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Svars:</translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation>K&amp;ritisks:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Diapazons:</translation>
    </message>
    <message>
        <source>Scale labels:</source>
        <translation>Skalas nosaukumi:</translation>
    </message>
    <message>
        <source>&amp;Shown when:</source>
        <translation>Rā&amp;da, ja:</translation>
    </message>
    <message>
        <source>Comment &amp;required:</source>
        <translation>Komentārs &amp;obligāts:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Pārdēvēt %1 par %2</translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation>Mainīt jautājuma %1 tipu</translation>
    </message>
    <message>
        <source>Change whether %1 is mandatory</source>
        <translation>Mainīt, vai jautājums %1 ir obligāts</translation>
    </message>
    <message>
        <source>Change whether %1 offers N/A</source>
        <translation>Mainīt, vai jautājumam %1 ir atbilde „neattiecas”</translation>
    </message>
    <message>
        <source>Change whether %1 is scored</source>
        <translation>Mainīt, vai jautājumu %1 vērtē ar punktiem</translation>
    </message>
    <message>
        <source>Change whether %1 is a bonus</source>
        <translation>Mainīt, vai jautājums %1 ir bonuss</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>Mainīt jautājuma %1 svaru</translation>
    </message>
    <message>
        <source>Change whether %1 is critical</source>
        <translation>Mainīt, vai jautājums %1 ir kritisks</translation>
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation>Mainīt jautājuma %1 diapazonu</translation>
    </message>
    <message>
        <source>Change the unit of %1</source>
        <translation>Mainīt jautājuma %1 mērvienību</translation>
    </message>
    <message>
        <source>Change the scale labels of %1</source>
        <translation>Mainīt jautājuma %1 skalas nosaukumus</translation>
    </message>
    <message>
        <source>Add an option to %1</source>
        <translation>Pievienot variantu jautājumam %1</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Jauns variants</translation>
    </message>
    <message>
        <source>Remove an option of %1</source>
        <translation>Noņemt jautājuma %1 variantu</translation>
    </message>
    <message>
        <source>Change when %1 is shown</source>
        <translation>Mainīt, kad jautājums %1 tiek rādīts</translation>
    </message>
    <message>
        <source>Change when %1 needs a comment</source>
        <translation>Mainīt, kad jautājumam %1 nepieciešams komentārs</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Rediģēt jautājuma %1 tekstu</translation>
    </message>
    <message>
        <source>Edit the options of %1</source>
        <translation>Rediģēt jautājuma %1 variantus</translation>
    </message>
    <message>
        <source>An option needs a code.</source>
        <translation>Variantam nepieciešams kods.</translation>
    </message>
    <message>
        <source>“%1” is not a number of points.</source>
        <translation>„%1” nav derīgs punktu skaits.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Neattiecas</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommand</name>
    <message>
        <source>List, export, import, validate questionnaires and score answers.</source>
        <translation>Uzskaitīt, eksportēt, importēt un validēt anketas un novērtēt atbildes.</translation>
    </message>
    <message>
        <source>list, templates, export, import, validate or score</source>
        <translation>list, templates, export, import, validate vai score</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>The questionnaire version (CODE or CODE:N).</source>
        <translation>Anketas versija (CODE vai CODE:N).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Rakstīt šajā failā, nevis standarta izvadē.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Read the questionnaire from a JSON file instead of a project.</source>
        <translation>Nolasīt anketu no JSON faila, nevis no projekta.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Import this template (see 'templates').</source>
        <translation>Importēt šo veidni (skatiet 'templates').</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The answers to score (JSON file, or - for standard input).</source>
        <translation>Novērtējamās atbildes (JSON fails vai - standarta ievadei).</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANSWERS</translation>
    </message>
    <message>
        <source>Check the import and report, but write nothing.</source>
        <translation>Pārbaudīt importu un ziņot, bet neko neierakstīt.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the language of the briefing or scoring sheet.</source>
        <translation>export: pircēja instruktāžas vai vērtēšanas lapas valoda.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>questionnaire: the ACTION is missing (list, templates, export, import, validate or score)</source>
        <translation>questionnaire: trūkst ACTION (list, templates, export, import, validate vai score)</translation>
    </message>
    <message>
        <source>questionnaire: unknown action “%1” (list, templates, export, import, validate or score)</source>
        <translation>questionnaire: nezināma darbība „%1” (list, templates, export, import, validate vai score)</translation>
    </message>
    <message>
        <source>questionnaire list: expected one FILE</source>
        <translation>questionnaire list: gaidīts viens FILE</translation>
    </message>
    <message>
        <source>No questionnaires yet. Import one: shopscope-cli questionnaire import FILE --template bank-branch-visit</source>
        <translation>Vēl nav anketu. Importējiet kādu: shopscope-cli questionnaire import FILE --template bank-branch-visit</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2  %3  (%4, %5, %n question(s), %6 reports)</source>
        <translation>
            <numerusform>%1:%2  %3  (%4, %5, jautājumi: %n, pārskati: %6)</numerusform>
            <numerusform>%1:%2  %3  (%4, %5, jautājumi: %n, pārskati: %6)</numerusform>
            <numerusform>%1:%2  %3  (%4, %5, jautājumi: %n, pārskati: %6)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid questionnaire (%n problem(s))</source>
        <translation>
            <numerusform>„%1” nav derīga anketa (%n problēma)</numerusform>
            <numerusform>„%1” nav derīga anketa (%n problēmas)</numerusform>
            <numerusform>„%1” nav derīga anketa (%n problēmas)</numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire: give a FILE (with --questionnaire) or --json-file</source>
        <translation>questionnaire: norādiet FILE (ar --questionnaire) vai --json-file</translation>
    </message>
    <message>
        <source>the programme has no questionnaire</source>
        <translation>programmai nav anketas</translation>
    </message>
    <message>
        <source>the programme has %1 questionnaire versions: choose one with --questionnaire</source>
        <translation>programmai ir vairākas anketas versijas (%1): izvēlieties vienu ar --questionnaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>questionnaire export: “%1” is not one of the questionnaire's languages (%2)</source>
        <translation>questionnaire export: „%1” nav starp anketas valodām (%2)</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>nevar ierakstīt „%1”: %2</translation>
    </message>
    <message>
        <source>questionnaire import: %1 (see 'shopscope-cli questionnaire templates')</source>
        <translation>questionnaire import: %1 (skatiet 'shopscope-cli questionnaire templates')</translation>
    </message>
    <message numerus="yes">
        <source>questionnaire import: nothing imported from %1 (%n problem(s) to fix)</source>
        <translation>
            <numerusform>questionnaire import: no %1 nekas netika importēts (jānovērš %n problēma)</numerusform>
            <numerusform>questionnaire import: no %1 nekas netika importēts (jānovērš %n problēmas)</numerusform>
            <numerusform>questionnaire import: no %1 nekas netika importēts (jānovērš %n problēmas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported (dry run: nothing written)</source>
        <translation>%1 var importēt (izmēģinājums: nekas netika ierakstīts)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n question(s)) into %2</source>
        <translation>
            <numerusform>Anketa %1 (%n jautājums) importēta projektā %2</numerusform>
            <numerusform>Anketa %1 (%n jautājumi) importēta projektā %2</numerusform>
            <numerusform>Anketa %1 (%n jautājumi) importēta projektā %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>brīdinājums: </translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: problēmas nav atrastas</translation>
    </message>
    <message>
        <source>questionnaire score: --answers is missing</source>
        <translation>questionnaire score: trūkst --answers</translation>
    </message>
    <message>
        <source>%1: the answers must be one JSON object of answers by question code (%2)</source>
        <translation>%1: atbildēm jābūt vienam JSON objektam ar atbildēm pēc jautājuma koda (%2)</translation>
    </message>
    <message>
        <source>found something else</source>
        <translation>atrasts kaut kas cits</translation>
    </message>
    <message>
        <source>%1: there is no such question in %2</source>
        <translation>%1: %2 nav tāda jautājuma</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) cannot be scored</source>
        <translation>
            <numerusform>%1: %n atbildi nevar novērtēt</numerusform>
            <numerusform>%1: %n atbildes nevar novērtēt</numerusform>
            <numerusform>%1: %n atbildes nevar novērtēt</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaires of a programme.

  list FILE                               the questionnaire versions in FILE
  templates                               the ready-made templates
  export FILE [-q REF] [-o OUT] [--format json|briefing|scoring|xform|xlsform] [--language L]
                                          a version as JSON (docs/questionnaire-format.md),
                                          the shopper briefing or scoring sheet as HTML, or an
                                          ODK XForm or XLSForm for fielding (docs/odk.md)
  import FILE (JSON | XLSFORM.xlsx | --template ID) [--dry-run]
                                          add a questionnaire (a new version if the code exists)
  validate (FILE [-q REF] | --json-file JSON)
                                          list what is wrong; exit 1 on errors
  score (FILE -q REF | --json-file JSON) --answers ANSWERS
                                          visit, section and question scores of one set of answers

REF is a questionnaire code (its latest version) or CODE:VERSION. ANSWERS is a JSON object
of answers by question code, e.g. {"GRT01": "yes", "GRT02": "na", "OVR01": 4,
"OFR08": ["loan", "card"]}; "-" reads standard input.</source>
        <translation>Programmas anketas.

  list FILE                               anketas versijas failā FILE
  templates                               gatavās veidnes
  export FILE [-q REF] [-o OUT] [--format json|briefing|scoring|xform|xlsform] [--language L]
                                          versija JSON formātā (docs/questionnaire-format.md),
                                          pircēja instruktāža vai vērtēšanas lapa HTML formātā vai
                                          ODK veidlapa XForm vai XLSForm formātā lauka darbam (docs/odk.md)
  import FILE (JSON | XLSFORM.xlsx | --template ID) [--dry-run]
                                          pievienot anketu (jaunu versiju, ja kods jau eksistē)
  validate (FILE [-q REF] | --json-file JSON)
                                          uzskaitīt kļūdas; kļūdu gadījumā izejas kods 1
  score (FILE -q REF | --json-file JSON) --answers ANSWERS
                                          apmeklējuma, sadaļu un jautājumu rezultāti vienai atbilžu kopai

REF ir anketas kods (tās jaunākā versija) vai CODE:VERSION. ANSWERS ir JSON objekts
ar atbildēm pēc jautājuma koda, piem., {"GRT01": "yes", "GRT02": "na", "OVR01": 4,
"OFR08": ["loan", "card"]}; "-" nolasa standarta ievadi.</translation>
    </message>
    <message>
        <source>export: json (default), briefing or scoring (HTML documents), xform or xlsform (ODK).</source>
        <translation>export: json (noklusējums), briefing vai scoring (HTML dokumenti), xform vai xlsform (ODK).</translation>
    </message>
    <message>
        <source>xform/xlsform: ask the shopper for the visit ID instead of a hidden field filled by the link.</source>
        <translation>xform/xlsform: prasīt pircējam ievadīt apmeklējuma ID, nevis izmantot slēptu lauku, ko aizpilda saite.</translation>
    </message>
    <message>
        <source>xform/xlsform: an optional comment field after every question, not only where one is required.</source>
        <translation>xform/xlsform: neobligāts komentāra lauks pēc katra jautājuma, ne tikai tur, kur komentārs ir obligāts.</translation>
    </message>
    <message>
        <source>xform/xlsform: the form version (default: the date and time).</source>
        <translation>xform/xlsform: veidlapas versija (noklusējums: datums un laiks).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>questionnaire export: unknown format “%1” (use json, briefing, scoring, xform or xlsform)</source>
        <translation>questionnaire export: nezināms formāts „%1” (izmantojiet json, briefing, scoring, xform vai xlsform)</translation>
    </message>
    <message>
        <source>questionnaire export: an XLSForm is a workbook: give --out FORM.xlsx</source>
        <translation>questionnaire export: XLSForm ir darbgrāmata: norādiet --out FORM.xlsx</translation>
    </message>
    <message>
        <source>questionnaire export: --json reports on the export: give --out PATH too</source>
        <translation>questionnaire export: --json ziņo par eksportu: norādiet arī --out PATH</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>piezīme: %1</translation>
    </message>
    <message>
        <source>questionnaire export: %1</source>
        <translation>questionnaire export: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 %3, version %4, %n question(s))</source>
        <translation>
            <numerusform>Ierakstīts %1 (%2 %3, versija %4, %n jautājums)</numerusform>
            <numerusform>Ierakstīts %1 (%2 %3, versija %4, %n jautājumi)</numerusform>
            <numerusform>Ierakstīts %1 (%2 %3, versija %4, %n jautājumu)</numerusform>
        </translation>
    </message>
    <message>
        <source>XLSForm</source>
        <translation>XLSForm</translation>
    </message>
    <message>
        <source>XForm</source>
        <translation>XForm</translation>
    </message>
    <message>
        <source>questionnaire import: expected FILE and a JSON file or XLSForm (.xlsx), or FILE --template ID</source>
        <translation>questionnaire import: gaidīts FILE un JSON fails vai XLSForm (.xlsx), vai FILE --template ID</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDocuments</name>
    <message>
        <source> and </source>
        <translation> un </translation>
    </message>
    <message>
        <source> or </source>
        <translation> vai </translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>atbilde</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ir viena no vērtībām: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ir %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 nav %2</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 ir zem %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 ir ne vairāk kā %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 ir virs %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 ir vismaz %2</translation>
    </message>
    <message>
        <source>Questionnaire %1 · answer every question marked * · language: %2</source>
        <translation>Anketa %1 · atbildiet uz katru ar * atzīmēto jautājumu · valoda: %2</translation>
    </message>
    <message>
        <source>☐ Yes ☐ No ☐ Not applicable</source>
        <translation>☐ Jā ☐ Nē ☐ Neattiecas</translation>
    </message>
    <message>
        <source>☐ Yes ☐ No</source>
        <translation>☐ Jā ☐ Nē</translation>
    </message>
    <message>
        <source>(tick all that apply)</source>
        <translation>(atzīmējiet visus atbilstošos)</translation>
    </message>
    <message>
        <source>%1 (%2) … %3 (%4)</source>
        <translation>%1 (%2) … %3 (%4)</translation>
    </message>
    <message>
        <source>Only when %1.</source>
        <translation>Tikai tad, ja %1.</translation>
    </message>
    <message>
        <source>A comment is required when %1.</source>
        <translation>Komentārs ir obligāts, ja %1.</translation>
    </message>
    <message>
        <source>Scoring sheet: %1</source>
        <translation>Vērtēšanas lapa: %1</translation>
    </message>
    <message>
        <source>Sections carry the weights below (they sum to 100); the visit score is the weighted mean of the section scores. A section with nothing applicable drops out and its weight is spread over the others.</source>
        <translation>Sadaļām ir tālāk norādītie svari (to summa ir 100); apmeklējuma rezultāts ir sadaļu rezultātu svērtais vidējais. Sadaļa, kurā nekas neattiecas, netiek ņemta vērā, un tās svars tiek sadalīts pārējām.</translation>
    </message>
    <message>
        <source>All sections' points are pooled: the visit score is points earned / points possible.</source>
        <translation>Visu sadaļu punkti tiek summēti: apmeklējuma rezultāts ir iegūtie punkti / iespējamie punkti.</translation>
    </message>
    <message>
        <source>Not applicable answers count neither as earned nor as possible points. Bonus points add to earned only; every score is capped at 100 %. A failed critical item zeroes its section or the whole visit.</source>
        <translation>Atbildes „neattiecas” netiek skaitītas ne pie iegūtajiem, ne pie iespējamajiem punktiem. Bonusa punkti tiek pieskaitīti tikai iegūtajiem; neviens rezultāts nepārsniedz 100 %. Neizpildīts kritiskais punkts nonullē savu sadaļu vai visu apmeklējumu.</translation>
    </message>
    <message>
        <source> — weight %1</source>
        <translation> — svars %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Svars</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkti</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>netiek vērtēts ar punktiem</translation>
    </message>
    <message>
        <source>%1: N/A</source>
        <translation>%1: neattiecas</translation>
    </message>
    <message>
        <source>%1 → 0, %2 → full</source>
        <translation>%1 → 0, %2 → maksimums</translation>
    </message>
    <message>
        <source>critical: zeroes the section</source>
        <translation>kritisks: nonullē sadaļu</translation>
    </message>
    <message>
        <source>critical: zeroes the visit</source>
        <translation>kritisks: nonullē apmeklējumu</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonuss</translation>
    </message>
</context>
<context>
    <name>QuestionnaireJson</name>
    <message>
        <source>unknown key “%1” (allowed: %2)</source>
        <translation>nezināma atslēga „%1” (atļautās: %2)</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>trūkst „%1”</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>jābūt tekstam</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>jābūt true vai false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>jābūt skaitlim</translation>
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {"en": "..."}</source>
        <translation>jābūt objektam ar tekstiem pa valodām, piem., {"en": "..."}</translation>
    </message>
    <message>
        <source>must be a condition object</source>
        <translation>jābūt nosacījuma objektam</translation>
    </message>
    <message>
        <source>unknown type “%1” (use yes_no, rating, nps, single, multiple, number, date, time or text)</source>
        <translation>nezināms tips „%1” (izmantojiet yes_no, rating, nps, single, multiple, number, date, time vai text)</translation>
    </message>
    <message>
        <source>must be none, section or visit, not “%1”</source>
        <translation>jābūt none, section vai visit, nevis „%1”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>jābūt sarakstam</translation>
    </message>
    <message>
        <source>sections nest one level deep only</source>
        <translation>sadaļas var ligzdot tikai vienu līmeni dziļi</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rinda %1, kolonna %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>failā jābūt vienam JSON objektam</translation>
    </message>
    <message>
        <source>this is not a ShopScope questionnaire ("format" must be "%1")</source>
        <translation>šī nav ShopScope anketa ("format" jābūt "%1")</translation>
    </message>
    <message>
        <source>format version %1 is newer than this ShopScope reads (%2)</source>
        <translation>formāta versija %1 ir jaunāka, nekā šī ShopScope versija spēj nolasīt (%2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>jābūt %1</translation>
    </message>
    <message>
        <source>must be pooled or weighted, not “%1”</source>
        <translation>jābūt pooled vai weighted, nevis „%1”</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Create a &amp;new version to edit</source>
        <translation>Izveidot &amp;jaunu versiju rediģēšanai</translation>
    </message>
    <message>
        <source>Select a section or a question to see its properties.</source>
        <translation>Atlasiet sadaļu vai jautājumu, lai redzētu tā rekvizītus.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Anketa</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Jauna…</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>No veidnes…</translation>
    </message>
    <message>
        <source>Empty questionnaire</source>
        <translation>Tukša anketa</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importēt…</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>Valodas…</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Drukāt PDF failā</translation>
    </message>
    <message>
        <source>Shopper briefing…</source>
        <translation>Pircēja instruktāža…</translation>
    </message>
    <message>
        <source>Scoring sheet for sign-off…</source>
        <translation>Vērtēšanas lapa apstiprināšanai…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versija:</translation>
    </message>
    <message>
        <source>Pooled points</source>
        <translation>Kopējie punkti</translation>
    </message>
    <message>
        <source>Weighted sections</source>
        <translation>Svērtas sadaļas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nosaukums:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Vērtēšana:</translation>
    </message>
    <message>
        <source>Edit in:</source>
        <translation>Rediģēt valodā:</translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation>+ Sadaļa</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Pievienot sadaļu aiz atlasītās</translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation>+ Jautājums</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Insert); the arrow chooses its type</source>
        <translation>Pievienot jautājumu aiz atlasītā (Insert); ar bultiņu var izvēlēties tā tipu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublēt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up); drag to move into another section</source>
        <translation>Pārvietot augšup (Ctrl+Up); velciet, lai pārvietotu uz citu sadaļu</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Pārvietot lejup (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nav pārvietots</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Rekvizīti</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>&amp;Tulkojumi</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Priekšskatījums</translation>
    </message>
    <message>
        <source>Problems (double-click to go there):</source>
        <translation>Problēmas (veiciet dubultklikšķi, lai pārietu uz tām):</translation>
    </message>
    <message>
        <source>This programme has no questionnaire yet. Start from one of the templates (retail, bank, restaurant, hotel, contact centre, e-mail), import one, or start from scratch with New… above.</source>
        <translation>Šai programmai vēl nav anketas. Sāciet ar kādu no veidnēm (mazumtirdzniecība, banka, restorāns, viesnīca, kontaktu centrs, e-pasts), importējiet anketu vai sāciet no nulles ar „Jauna…” augšā.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Sākt ar veidni…</translation>
    </message>
    <message>
        <source>Rename the questionnaire</source>
        <translation>Pārdēvēt anketu</translation>
    </message>
    <message>
        <source>Change how sections are scored</source>
        <translation>Mainīt sadaļu vērtēšanas veidu</translation>
    </message>
    <message numerus="yes">
        <source>frozen, %n report(s)</source>
        <translation>
            <numerusform>iesaldēta, %n pārskats</numerusform>
            <numerusform>iesaldēta, %n pārskati</numerusform>
            <numerusform>iesaldēta, %n pārskati</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>melnraksts</translation>
    </message>
    <message>
        <source>%1 — %2, version %3 (%4)</source>
        <translation>%1 — %2, versija %3 (%4)</translation>
    </message>
    <message>
        <source>This version has reports, so it is frozen: its questions keep the meaning the stored answers had. Create a new version to change it.</source>
        <translation>Šai versijai ir pārskati, tāpēc tā ir iesaldēta: tās jautājumi saglabā to nozīmi, kāda bija saglabātajām atbildēm. Lai to mainītu, izveidojiet jaunu versiju.</translation>
    </message>
    <message>
        <source>The programme is open read-only.</source>
        <translation>Programma ir atvērta tikai lasīšanai.</translation>
    </message>
    <message>
        <source>Draft: every change is saved at once and can be undone.</source>
        <translation>Melnraksts: katra izmaiņa tiek saglabāta uzreiz, un to var atsaukt.</translation>
    </message>
    <message>
        <source>No problems: this questionnaire is ready for fieldwork.</source>
        <translation>Problēmu nav: anketa ir gatava lauka darbam.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Izmaiņa netika veikta</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Pievienot jautājumu</translation>
    </message>
    <message>
        <source>Add a section first.</source>
        <translation>Vispirms pievienojiet sadaļu.</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Pievienot sadaļu</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pārvietot</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Jauna versija</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Valodas</translation>
    </message>
    <message>
        <source>The programme's languages, in order, as codes separated by commas (e.g. en, sv, nb, lv, pl). The source language (%1) stays.</source>
        <translation>Programmas valodas secībā kā komatiem atdalīti kodi (piem., en, sv, nb, lv, pl). Avota valoda (%1) paliek.</translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation>Valodas netika mainītas</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Jauna anketa</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Jauna sadaļa</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n jautājums)</numerusform>
            <numerusform>%1 (%n jautājumi)</numerusform>
            <numerusform>%1 (%n jautājumi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Sākt ar:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Nevar nolasīt „%1”: %2.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nekas netika importēts</translation>
    </message>
    <message>
        <source>“%1” cannot be imported:

%2</source>
        <translation>„%1” nevar importēt:

%2</translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation>Importēt anketu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Nevar ierakstīt „%1”: %2.</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>Eksportēt anketu</translation>
    </message>
    <message>
        <source>ShopScope questionnaires (*.json)</source>
        <translation>ShopScope anketas (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Nevar ierakstīt „%1”.</translation>
    </message>
    <message>
        <source>-scoring-sheet</source>
        <translation>-vērtēšanas-lapa</translation>
    </message>
    <message>
        <source>-briefing</source>
        <translation>-instruktāža</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>Vērtēšanas lapa</translation>
    </message>
    <message>
        <source>Shopper briefing</source>
        <translation>Pircēja instruktāža</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sadaļa</translation>
    </message>
    <message>
        <source>Sub-section of the selected section</source>
        <translation>Atlasītās sadaļas apakšsadaļa</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>Pievienot apakšsadaļu</translation>
    </message>
    <message>
        <source>Select the section that should hold the sub-section.</source>
        <translation>Atlasiet sadaļu, kurā jābūt apakšsadaļai.</translation>
    </message>
    <message>
        <source>Questionnaire file (JSON)…</source>
        <translation>Anketas fails (JSON)…</translation>
    </message>
    <message>
        <source>XForm for ODK Collect, Central and Enketo…</source>
        <translation>XForm rīkiem ODK Collect, Central un Enketo…</translation>
    </message>
    <message>
        <source>XLSForm for KoboToolbox and ODK Central…</source>
        <translation>XLSForm rīkiem KoboToolbox un ODK Central…</translation>
    </message>
    <message>
        <source>Import the XLSForm?</source>
        <translation>Importēt XLSForm?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported from “%1”. Not everything in the form comes along:

%2</source>
        <translation>
            <numerusform>No „%1” var importēt %n jautājumu. Ne viss veidlapas saturs tiek pārņemts:

%2</numerusform>
            <numerusform>No „%1” var importēt %n jautājumus. Ne viss veidlapas saturs tiek pārņemts:

%2</numerusform>
            <numerusform>No „%1” var importēt %n jautājumu. Ne viss veidlapas saturs tiek pārņemts:

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaires (*.json *.xlsx);;ShopScope questionnaires (*.json);;XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation>Anketas (*.json *.xlsx);;ShopScope anketas (*.json);;XLSForm darbgrāmatas (*.xlsx);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Export for ODK fielding</source>
        <translation>Eksportēt lauka darbam ar ODK</translation>
    </message>
    <message>
        <source>XForms (*.xml)</source>
        <translation>XForm faili (*.xml)</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm darbgrāmatas (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>&amp;Clear answers</source>
        <translation>&amp;Notīrīt atbildes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>Forget every answer and start the form again</source>
        <translation>Aizmirst visas atbildes un sākt aizpildīt veidlapu no jauna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [no %2 text]</source>
        <translation>%1 [nav teksta valodā %2]</translation>
    </message>
    <message>
        <source>This questionnaire has no questions yet.</source>
        <translation>Šai anketai vēl nav jautājumu.</translation>
    </message>
    <message>
        <source>No questions in this section yet.</source>
        <translation>Šajā sadaļā vēl nav jautājumu.</translation>
    </message>
    <message>
        <source>Mandatory: the shopper must answer this question</source>
        <translation>Obligāts: pircējam jāatbild uz šo jautājumu</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Neobligāts</translation>
    </message>
    <message>
        <source>Comment (required):</source>
        <translation>Komentārs (obligāts):</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Neattiecas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nav atbildēts</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nav atbildēts</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 % — failed critical item</source>
        <translation>%1 % — neizpildīts kritiskais punkts</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Visit score: %1</source>
        <translation>Apmeklējuma rezultāts: %1</translation>
    </message>
    <message>
        <source>Keys: 1–9 or an option's first letter choose it, a scale takes its number, − is N/A, Delete clears, Enter or Tab goes to the next question.</source>
        <translation>Taustiņi: 1–9 vai iespējas pirmais burts to izvēlas, skalai nospiediet tās skaitli, − ir „Neattiecas”, Delete notīra, Enter vai Tab pāriet uz nākamo jautājumu.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>this questionnaire version has reports and is frozen; create a new version to change it</source>
        <translation>šai anketas versijai ir pārskati, un tā ir iesaldēta; lai to mainītu, izveidojiet jaunu versiju</translation>
    </message>
    <message>
        <source>“%1” is not a version: write CODE or CODE:NUMBER, e.g. NB-EVAL:2</source>
        <translation>„%1” nav versija: rakstiet CODE vai CODE:NUMBER, piem., NB-EVAL:2</translation>
    </message>
    <message>
        <source>there is no version %1 of questionnaire “%2”</source>
        <translation>anketai „%2” nav versijas %1</translation>
    </message>
    <message>
        <source>there is no questionnaire “%1”</source>
        <translation>anketa „%1” neeksistē</translation>
    </message>
    <message>
        <source>questionnaire version %1 does not exist</source>
        <translation>anketas versija %1 neeksistē</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTemplates</name>
    <message>
        <source>there is no template “%1”</source>
        <translation>veidne „%1” neeksistē</translation>
    </message>
    <message>
        <source>the template “%1” is broken: %2</source>
        <translation>veidne „%1” ir bojāta: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <source>weight %1</source>
        <translation>svars %1</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>bez punktiem</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>critical (section)</source>
        <translation>kritisks (sadaļa)</translation>
    </message>
    <message>
        <source>critical (visit)</source>
        <translation>kritisks (apmeklējums)</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonuss</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>nosacīts</translation>
    </message>
    <message>
        <source>Section / question</source>
        <translation>Sadaļa / jautājums</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Vērtēšana</translation>
    </message>
</context>
<context>
    <name>QuestionnaireValidator</name>
    <message>
        <source>the questionnaire code “%1” must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation>anketas kodā „%1” jābūt 1-40 burtiem, cipariem, „_”, „-” vai „.”</translation>
    </message>
    <message>
        <source>the questionnaire has no name</source>
        <translation>anketai nav nosaukuma</translation>
    </message>
    <message>
        <source>the source language “%1” is not among the languages</source>
        <translation>avota valoda „%1” nav starp valodām</translation>
    </message>
    <message>
        <source>the %1 has no text in the source language (%2)</source>
        <translation>%1: nav teksta avota valodā (%2)</translation>
    </message>
    <message>
        <source>the %1 is not translated to %2</source>
        <translation>%1: nav tulkojuma valodā %2</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>sadaļa %1</translation>
    </message>
    <message>
        <source>the code must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation>kodā jābūt 1-40 burtiem, cipariem, „_”, „-” vai „.”</translation>
    </message>
    <message>
        <source>the section code is used twice</source>
        <translation>sadaļas kods ir izmantots divreiz</translation>
    </message>
    <message>
        <source>title</source>
        <translation>nosaukums</translation>
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation>svars nevar būt negatīvs</translation>
    </message>
    <message>
        <source>weighted scoring needs a weight for every top-level section</source>
        <translation>svērtai vērtēšanai katrai augstākā līmeņa sadaļai nepieciešams svars</translation>
    </message>
    <message>
        <source>the section has no questions</source>
        <translation>sadaļā nav jautājumu</translation>
    </message>
    <message>
        <source>the top-level section weights add up to %1, not 100</source>
        <translation>augstākā līmeņa sadaļu svaru summa ir %1, nevis 100</translation>
    </message>
    <message>
        <source>the questionnaire has no questions</source>
        <translation>anketā nav jautājumu</translation>
    </message>
    <message>
        <source>the question code is used twice</source>
        <translation>jautājuma kods ir izmantots divreiz</translation>
    </message>
    <message>
        <source>question</source>
        <translation>jautājums</translation>
    </message>
    <message>
        <source>the option code “%1” is used twice</source>
        <translation>varianta kods „%1” ir izmantots divreiz</translation>
    </message>
    <message>
        <source>option “%1”</source>
        <translation>variants „%1”</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>izvēles jautājumam nepieciešami vismaz divi varianti</translation>
    </message>
    <message>
        <source>a multiple-choice question may have at most 64 options</source>
        <translation>vairākizvēles jautājumam var būt ne vairāk kā 64 varianti</translation>
    </message>
    <message>
        <source>a %1 question has no options</source>
        <translation>%1 tipa jautājumam nevar būt variantu</translation>
    </message>
    <message>
        <source>a rating scale needs whole-number ends with min below max (e.g. 1-5, 1-10)</source>
        <translation>vērtējuma skalas galapunktiem jābūt veseliem skaitļiem, min mazākam par max (piem., 1-5, 1-10)</translation>
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation>minimums ir lielāks par maksimumu</translation>
    </message>
    <message>
        <source>a %1 question cannot be scored</source>
        <translation>%1 tipa jautājumu nevar vērtēt ar punktiem</translation>
    </message>
    <message>
        <source>the question is scored but no option earns points</source>
        <translation>jautājumu vērtē ar punktiem, bet neviens variants nedod punktus</translation>
    </message>
    <message>
        <source>a scored question needs a weight above zero</source>
        <translation>ar punktiem vērtējamam jautājumam nepieciešams svars, kas lielāks par nulli</translation>
    </message>
    <message>
        <source>only a scored question can be critical</source>
        <translation>tikai ar punktiem vērtējams jautājums var būt kritisks</translation>
    </message>
    <message>
        <source>only a scored question can be a bonus</source>
        <translation>tikai ar punktiem vērtējams jautājums var būt bonuss</translation>
    </message>
    <message>
        <source>a bonus question cannot also be critical</source>
        <translation>bonusa jautājums nevar vienlaikus būt kritisks</translation>
    </message>
    <message>
        <source>the %1 condition refers to the question itself</source>
        <translation>%1 attiecas uz pašu jautājumu</translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which comes later in the form</source>
        <translation>%1 attiecas uz %2, kas veidlapā ir vēlāk</translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which does not exist</source>
        <translation>%1 attiecas uz %2, kas neeksistē</translation>
    </message>
    <message>
        <source>the %1 condition compares %2 by size, but it is not a number or scale</source>
        <translation>%1 salīdzina %2 pēc lieluma, bet tas nav skaitlis vai skala</translation>
    </message>
    <message>
        <source>the %1 condition expects option “%2” of %3, which has only %4</source>
        <translation>%1 sagaida jautājuma %3 variantu „%2”, bet tam ir tikai %4</translation>
    </message>
    <message>
        <source>show-if</source>
        <translation>rādīšanas nosacījums</translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation>komentāra nosacījums</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>the file has no new or changed report</source>
        <translation>failā nav neviena jauna vai mainīta pārskata</translation>
    </message>
    <message numerus="yes">
        <source>Import %n report(s) from %1</source>
        <translation>
            <numerusform>Importēt %n pārskatu no %1</numerusform>
            <numerusform>Importēt %n pārskatus no %1</numerusform>
            <numerusform>Importēt %n pārskatu no %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the report of visit %1</source>
        <translation>Iesniegt apmeklējuma %1 pārskatu</translation>
    </message>
    <message>
        <source>Save the draft report of visit %1</source>
        <translation>Saglabāt apmeklējuma %1 pārskata melnrakstu</translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Atbilde</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentārs</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Lēmums</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Piešķīra</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atbildes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lēmumi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality control&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kvalitātes kontrole&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a report to review it.</source>
        <translation>Atlasiet pārskatu, lai to pārbaudītu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report of visit %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Apmeklējuma %1 pārskats&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>%1 %2, scenario %3, shopper %4</source>
        <translation>%1 %2, scenārijs %3, pircējs %4</translation>
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation>%1 plkst. %2, %3 min</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>nav laika</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Apkalpoja: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Atgriezts</translation>
    </message>
    <message>
        <source>Check this wave's reports</source>
        <translation>Pārbaudīt viļņa pārskatus</translation>
    </message>
</context>
<context>
    <name>ReportEntry</name>
    <message>
        <source>There is no visit %1 in this file.</source>
        <translation>Šajā failā nav apmeklējuma %1.</translation>
    </message>
    <message>
        <source>Visit %1 has no shopper yet: assign one before entering the report.</source>
        <translation>Apmeklējumam %1 vēl nav pircēja: piešķiriet to, pirms ievadāt pārskatu.</translation>
    </message>
    <message>
        <source>Visit %1 is cancelled: it has no report.</source>
        <translation>Apmeklējums %1 ir atcelts: tam nav pārskata.</translation>
    </message>
    <message>
        <source>Scenario %1 of visit %2 has no questionnaire: choose one for the scenario first.</source>
        <translation>Apmeklējuma %2 scenārijam %1 nav anketas: vispirms izvēlieties anketu šim scenārijam.</translation>
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation>Anketā %2 nav jautājuma %1.</translation>
    </message>
    <message>
        <source>%1 does not allow N/A.</source>
        <translation>Jautājumam %1 nav atļauta atbilde „Neattiecas”.</translation>
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels).</source>
        <translation>„%1” nav atbilde uz %2 (%3 vai to nosaukumi).</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2 (%3).</source>
        <translation>„%1” nav jautājuma %2 iespēja (%3).</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>„%1” nav skaitlis (%2).</translation>
    </message>
    <message>
        <source>%1: N/A cannot be chosen together with other options.</source>
        <translation>%1: „Neattiecas” nevar izvēlēties kopā ar citām iespējām.</translation>
    </message>
    <message>
        <source>The report of visit %1 is approved: it can no longer be changed.</source>
        <translation>Apmeklējuma %1 pārskats ir apstiprināts: to vairs nevar mainīt.</translation>
    </message>
    <message>
        <source>The report of visit %1 is already submitted: correct it and submit it again, it does not go back to a draft.</source>
        <translation>Apmeklējuma %1 pārskats jau ir iesniegts: izlabojiet to un iesniedziet vēlreiz, tas vairs nekļūst par melnrakstu.</translation>
    </message>
    <message>
        <source>“%1” is not a language of the programme (%2).</source>
        <translation>„%1” nav programmas valoda (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a visit date such as 2026-11-22.</source>
        <translation>„%1” nav apmeklējuma datums, piemēram, 2026-11-22.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day such as 14:05.</source>
        <translation>„%1” nav diennakts laiks, piemēram, 14:05.</translation>
    </message>
    <message>
        <source>%1 minutes is not a visit duration (0 to 1440).</source>
        <translation>%1 min nav derīgs apmeklējuma ilgums (no 0 līdz 1440).</translation>
    </message>
    <message>
        <source>%1 is mandatory and has no answer.</source>
        <translation>%1 ir obligāts, un tam nav atbildes.</translation>
    </message>
    <message>
        <source>%1 needs a comment for this answer.</source>
        <translation>Jautājumam %1 pie šīs atbildes vajadzīgs komentārs.</translation>
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>Saglabāt &amp;melnrakstu</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Iesniegt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Report of visit %1</source>
        <translation>Apmeklējuma %1 pārskats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · %5 · shopper %6</source>
        <translation>Apmeklējums %1 · vilnis %2 · %3 %4 · %5 · pircējs %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>The day of the visit; the planned day is %1</source>
        <translation>Apmeklējuma diena; plānotā diena ir %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nav iestatīts</translation>
    </message>
    <message>
        <source>14:05</source>
        <translation>14:05</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nav reģistrēts</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Served &amp;by:</source>
        <translation>&amp;Apkalpoja:</translation>
    </message>
    <message>
        <source>name or description of the staff member</source>
        <translation>darbinieka vārds vai apraksts</translation>
    </message>
    <message>
        <source>Served &amp;by (no names):</source>
        <translation>&amp;Apkalpoja (bez vārdiem):</translation>
    </message>
    <message>
        <source>a description only, e.g. young man at the till</source>
        <translation>tikai apraksts, piem., jauns vīrietis pie kases</translation>
    </message>
    <message>
        <source>This client forbids staff names in reports: describe the person instead.</source>
        <translation>Šis klients aizliedz pārskatos norādīt darbinieku vārdus: tā vietā aprakstiet personu.</translation>
    </message>
    <message>
        <source>the shopper's general remarks on the visit</source>
        <translation>pircēja vispārīgās piezīmes par apmeklējumu</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>Apmeklējuma &amp;datums:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Laiks:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Il&amp;gums:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentārs:</translation>
    </message>
    <message>
        <source>Check the report and hand it to review (Ctrl+Enter)</source>
        <translation>Pārbaudīt pārskatu un nodot to izskatīšanai (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep the report as it is, unsubmitted, to finish later (Ctrl+S)</source>
        <translation>Saglabāt pārskatu tādu, kāds tas ir, neiesniegtu, lai pabeigtu vēlāk (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Submit correction</source>
        <translation>&amp;Iesniegt labojumu</translation>
    </message>
    <message>
        <source>Enter report</source>
        <translation>Ievadīt pārskatu</translation>
    </message>
    <message>
        <source>Approved: this report counts in the results and can no longer be changed.</source>
        <translation>Apstiprināts: šis pārskats tiek ieskaitīts rezultātos, un to vairs nevar mainīt.</translation>
    </message>
    <message>
        <source>Submitted for review: a correction is submitted again.</source>
        <translation>Iesniegts pārbaudei: labojums tiek iesniegts vēlreiz.</translation>
    </message>
    <message>
        <source>Draft: not yet submitted.</source>
        <translation>Melnraksts: vēl nav iesniegts.</translation>
    </message>
    <message>
        <source>New report.</source>
        <translation>Jauns pārskats.</translation>
    </message>
    <message>
        <source>Every mandatory question is answered.</source>
        <translation>Visi obligātie jautājumi ir atbildēti.</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer.</source>
        <translation>
            <numerusform>%n obligātajam jautājumam vēl nav atbildes.</numerusform>
            <numerusform>%n obligātajiem jautājumiem vēl nav atbildes.</numerusform>
            <numerusform>%n obligātajiem jautājumiem vēl nav atbildes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer, %1 required comment(s) missing.</source>
        <translation>
            <numerusform>%n obligātajam jautājumam vēl nav atbildes, trūkstošie obligātie komentāri: %1.</numerusform>
            <numerusform>%n obligātajiem jautājumiem vēl nav atbildes, trūkstošie obligātie komentāri: %1.</numerusform>
            <numerusform>%n obligātajiem jautājumiem vēl nav atbildes, trūkstošie obligātie komentāri: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… un vēl %n.</numerusform>
            <numerusform>… un vēl %n.</numerusform>
            <numerusform>… un vēl %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation>Nesaglabāts pārskats</translation>
    </message>
    <message>
        <source>The report of visit %1 has changes that are not saved. Save them as a draft?</source>
        <translation>Apmeklējuma %1 pārskatā ir nesaglabātas izmaiņas. Saglabāt tās kā melnrakstu?</translation>
    </message>
    <message>
        <source>The correction of visit %1's report is not submitted. Close without it?</source>
        <translation>Apmeklējuma %1 pārskata labojums nav iesniegts. Aizvērt bez tā?</translation>
    </message>
</context>
<context>
    <name>ReportImport</name>
    <message>
        <source>the file needs a visit id column, or location, shopper and date columns, to match its rows to visits</source>
        <translation>failā vajadzīga apmeklējuma ID kolonna vai vietas, pircēja un datuma kolonnas, lai rindas sasaistītu ar apmeklējumiem</translation>
    </message>
    <message>
        <source>“%1” is not a visit id</source>
        <translation>“%1” nav apmeklējuma ID</translation>
    </message>
    <message>
        <source>“%1” is not a date (2026-11-05 or 05.11.2026)</source>
        <translation>“%1” nav datums (2026-11-05 vai 05.11.2026)</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>apmeklējums %1 neeksistē</translation>
    </message>
    <message>
        <source>no visit of %1 by %2 in a wave around %3</source>
        <translation>nav %2 apmeklējuma vietā %1 vilnī ap %3</translation>
    </message>
    <message>
        <source>%1 visits match (%2); add a visit id column</source>
        <translation>atbilst %1 apmeklējumi (%2); pievienojiet apmeklējuma ID kolonnu</translation>
    </message>
    <message>
        <source>visit %1 is on line %2 already</source>
        <translation>apmeklējums %1 jau ir rindā %2</translation>
    </message>
    <message>
        <source>visit %1 is %2: it has no shopper to report on it</source>
        <translation>apmeklējums %1 ir %2: tam nav pircēja, kas par to ziņotu</translation>
    </message>
    <message>
        <source>scenario %1 of visit %2 has no questionnaire version</source>
        <translation>apmeklējuma %2 scenārijam %1 nav anketas versijas</translation>
    </message>
    <message>
        <source>the questionnaire of visit %1 cannot be read</source>
        <translation>apmeklējuma %1 anketu nevar nolasīt</translation>
    </message>
    <message>
        <source>the visit date is missing</source>
        <translation>trūkst apmeklējuma datuma</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (14:05)</source>
        <translation>“%1” nav diennakts laiks (14:05)</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes</source>
        <translation>“%1” nav minūšu skaits</translation>
    </message>
    <message>
        <source>“%1” is not a language of the programme</source>
        <translation>“%1” nav programmas valoda</translation>
    </message>
    <message>
        <source>%1 does not allow N/A</source>
        <translation>%1 nepieļauj N/A</translation>
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels)</source>
        <translation>“%1” nav atbilde uz %2 (%3 vai to nosaukumi)</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2</source>
        <translation>“%1” nav %2 izvēles iespēja</translation>
    </message>
    <message>
        <source>“%1” says neither chosen (1, x, yes) nor not chosen (0, empty, no)</source>
        <translation>“%1” nenorāda ne izvēlēts (1, x, yes), ne neizvēlēts (0, tukšs, no)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” nav skaitlis</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 ir ārpus robežām no %2 līdz %3</translation>
    </message>
    <message>
        <source>%1 is mandatory but has no answer</source>
        <translation>%1 ir obligāts, bet tam nav atbildes</translation>
    </message>
    <message>
        <source>%1 is answered although its condition hides it; the answer is kept</source>
        <translation>%1 ir atbildēts, lai gan tā nosacījums to paslēpj; atbilde tiek saglabāta</translation>
    </message>
    <message>
        <source>the report of visit %1 is approved: send it back before importing a changed one</source>
        <translation>apmeklējuma %1 pārskats ir apstiprināts: nosūtiet to atpakaļ, pirms importējat mainītu</translation>
    </message>
    <message>
        <source>not a question of the questionnaire or a field of the report; the column is left out</source>
        <translation>nav ne anketas jautājums, ne pārskata lauks; kolonna tiek izlaista</translation>
    </message>
    <message numerus="yes">
        <source>no column for %n question(s): %1; they stay unanswered</source>
        <translation>
            <numerusform>nav kolonnas %n jautājumam: %1; tas paliek neatbildēts</numerusform>
            <numerusform>nav kolonnu %n jautājumiem: %1; tie paliek neatbildēti</numerusform>
            <numerusform>nav kolonnu %n jautājumiem: %1; tie paliek neatbildēti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <source>Import reports from %1</source>
        <translation>Importēt pārskatus no %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n jauns pārskats</numerusform>
            <numerusform>%n jauni pārskati</numerusform>
            <numerusform>%n jaunu pārskatu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n mainīts</numerusform>
            <numerusform>%n mainīti</numerusform>
            <numerusform>%n mainītu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n nemainīts</numerusform>
            <numerusform>%n nemainīti</numerusform>
            <numerusform>%n nemainīti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problēma</numerusform>
            <numerusform>%n problēmas</numerusform>
            <numerusform>%n problēmas</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a KoboToolbox / ODK Central export: </source>
        <translation>Nolasīts kā KoboToolbox / ODK Central eksports: </translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Share of yes (%)</source>
        <translation>Jā īpatsvars (%)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Rezultāts (%)</translation>
    </message>
    <message>
        <source>Hatched: fewer than %1 visits, read with care.</source>
        <translation>Iesvītrots: mazāk par %1 apmeklējumiem, interpretēt piesardzīgi.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurentu vietas</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Savs tīkls</translation>
    </message>
    <message>
        <source>n = %1 visits</source>
        <translation>n = %1 (apmeklējumi)</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vilnis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Reģions</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Apgabals</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanāls</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurents</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Zīmols</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sadaļa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Score by %1</source>
        <translation>Rezultāts pa grupām: %1</translation>
    </message>
    <message>
        <source>Score over the waves by %1</source>
        <translation>Rezultāts pa viļņiem un grupām: %1</translation>
    </message>
    <message>
        <source>Score over the waves</source>
        <translation>Rezultāts pa viļņiem</translation>
    </message>
    <message>
        <source>Bands: margin of error at %1 %. A marker: a significant change since the wave before.</source>
        <translation>Joslas: kļūdas robeža pie %1 %. Marķieris: statistiski nozīmīga izmaiņa kopš iepriekšējā viļņa.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Score by section</source>
        <translation>Rezultāts pa sadaļām</translation>
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation>Atbilstība katram standartam</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standarts</translation>
    </message>
    <message>
        <source>Section scores by %1</source>
        <translation>Sadaļu rezultāti pa grupām: %1</translation>
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation>Apmeklējumu rezultātu sadalījums</translation>
    </message>
    <message>
        <source>Visit score (%)</source>
        <translation>Apmeklējuma rezultāts (%)</translation>
    </message>
    <message>
        <source>Visit scores by %1</source>
        <translation>Apmeklējumu rezultāti pa grupām: %1</translation>
    </message>
    <message>
        <source>Own network and competitors by section</source>
        <translation>Savs tīkls un konkurenti pa sadaļām</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Share of customers (%)</source>
        <translation>Klientu īpatsvars (%)</translation>
    </message>
    <message>
        <source>NPS: promoters (9–10) minus detractors (0–6), in points.</source>
        <translation>NPS: atbalstītāji (9–10) mīnus kritiķi (0–6), punktos.</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Kritiķi (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Neitrālie (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Atbalstītāji (9–10)</translation>
    </message>
    <message>
        <source>What drives %1: importance and performance</source>
        <translation>Kas ietekmē %1: nozīmīgums un izpilde</translation>
    </message>
    <message>
        <source>Importance (% of the explained variance)</source>
        <translation>Nozīmīgums (% no izskaidrotās dispersijas)</translation>
    </message>
    <message>
        <source>Performance (share of yes, %)</source>
        <translation>Izpilde (jā īpatsvars, %)</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Labot vispirms</translation>
    </message>
    <message>
        <source>Keep up</source>
        <translation>Saglabāt līmeni</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Otršķirīgi</translation>
    </message>
    <message>
        <source>Possibly overdone</source>
        <translation>Iespējams, pārspīlēti</translation>
    </message>
    <message>
        <source>Importance: relative weights (Johnson) of a regression of %1 on the standards, R² = %2. Fix first: important and below the average performance.</source>
        <translation>Nozīmīgums: relatīvie svari (Johnson) regresijā %1 pret standartiem, R² = %2. Labot vispirms: nozīmīgi un zem vidējās izpildes.</translation>
    </message>
    <message>
        <source>%1: score by location</source>
        <translation>%1: rezultāts pa vietām</translation>
    </message>
    <message>
        <source>Sections against the network</source>
        <translation>Sadaļas salīdzinājumā ar tīklu</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Tīkls</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mērķis %1</translation>
    </message>
    <message>
        <source>Mystery shopping results: %1</source>
        <translation>Slepenā pircēja pētījuma rezultāti: %1</translation>
    </message>
    <message>
        <source>%1 visits at %2 locations</source>
        <translation>Apmeklējumi: %1, vietas: %2</translation>
    </message>
    <message>
        <source>Overall score %1 %</source>
        <translation>Kopējais rezultāts %1 %</translation>
    </message>
    <message>
        <source>Contents: the dashboard, the standard charts, a page per region and a page per location. Shoppers are never named.</source>
        <translation>Saturs: pārskata panelis, standarta diagrammas, lapa katram reģionam un lapa katrai vietai. Slepeno pircēju vārdi nekad netiek norādīti.</translation>
    </message>
    <message>
        <source>a significant change since %1</source>
        <translation>statistiski nozīmīga izmaiņa kopš %1</translation>
    </message>
    <message>
        <source>within the margin of error of %1</source>
        <translation>kļūdas robežās salīdzinājumā ar %1</translation>
    </message>
    <message>
        <source>none with enough visits</source>
        <translation>nav neviena ar pietiekami daudz apmeklējumu</translation>
    </message>
    <message>
        <source>Best locations</source>
        <translation>Labākās vietas</translation>
    </message>
    <message>
        <source>Locations for training</source>
        <translation>Vietas apmācībai</translation>
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation>Visaugstāk novērtētie darbinieki</translation>
    </message>
    <message>
        <source>Staff to coach</source>
        <translation>Darbinieki, kurus apmācīt</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>apmeklējumi: %1</translation>
    </message>
    <message>
        <source>score %1 %</source>
        <translation>rezultāts %1 %</translation>
    </message>
    <message>
        <source>network %1 %</source>
        <translation>tīkls %1 %</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>%1. vieta no %2</translation>
    </message>
    <message>
        <source>What the shoppers wrote</source>
        <translation>Ko rakstīja slepenie pircēji</translation>
    </message>
    <message>
        <source>No comments in this wave.</source>
        <translation>Šajā vilnī nav komentāru.</translation>
    </message>
    <message>
        <source>… and %1 more comments</source>
        <translation>… un vēl komentāri: %1</translation>
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation>Atbildes vērtējuma skalās</translation>
    </message>
    <message>
        <source>Share of answers (%)</source>
        <translation>Atbilžu īpatsvars (%)</translation>
    </message>
    <message>
        <source>Shares of the answers given; not applicable left out.</source>
        <translation>Sniegto atbilžu īpatsvars; „nav attiecināms” nav ieskaitīts.</translation>
    </message>
    <message>
        <source>General comment about the visit</source>
        <translation>Vispārīgs komentārs par apmeklējumu</translation>
    </message>
    <message>
        <source>Visit ID</source>
        <translation>Apmeklējuma ID</translation>
    </message>
    <message>
        <source>The number of the visit on your assignment</source>
        <translation>Apmeklējuma numurs jūsu apmeklējumu sarakstā</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Apmeklējums</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Apmeklējuma datums</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Apmeklējuma laiks</translation>
    </message>
    <message>
        <source>How long did the visit take (minutes)?</source>
        <translation>Cik ilgi ilga apmeklējums (minūtēs)?</translation>
    </message>
    <message>
        <source>From 0 to 1440 minutes</source>
        <translation>No 0 līdz 1440 minūtēm</translation>
    </message>
    <message>
        <source>Who served you?</source>
        <translation>Kas jūs apkalpoja?</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nav attiecināms</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>“Not applicable” cannot be chosen together with other answers</source>
        <translation>„Nav attiecināms” nevar izvēlēties kopā ar citām atbildēm</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Skaitlis no %1 līdz %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation>Skaitlis, kas nav mazāks par %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation>Skaitlis, kas nav lielāks par %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentārs</translation>
    </message>
    <message>
        <source>Please explain this answer in a comment</source>
        <translation>Lūdzu, paskaidrojiet šo atbildi komentārā</translation>
    </message>
</context>
<context>
    <name>ResponseScorer</name>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
</context>
<context>
    <name>ResultsAggregator</name>
    <message>
        <source>Not applicable</source>
        <translation>Nav attiecināms</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nav reģistrēts)</translation>
    </message>
    <message>
        <source>the confidence must be between 0 and 1, such as 0.95</source>
        <translation>ticamībai jābūt starp 0 un 1, piemēram, 0.95</translation>
    </message>
    <message>
        <source>the reports can be grouped by a report's own dimensions only, not by %1</source>
        <translation>pārskatus var grupēt tikai pēc pārskata paša dimensijām, nevis pēc %1</translation>
    </message>
</context>
<context>
    <name>ResultsCatalog</name>
    <message>
        <source>(no country)</source>
        <translation>(nav valsts)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(bez reģiona)</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(nav apgabala)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>%1=%2: there is no such %1</source>
        <translation>%1=%2: šāda %1 nav</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(bez zīmola)</translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Mašīnlasāma izvade.</translation>
    </message>
    <message>
        <source>nothing was imported: the file has errors (--valid-rows imports the rows without any)</source>
        <translation>nekas netika importēts: failā ir kļūdas (--valid-rows importē rindas bez kļūdām)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>nekas netika importēts: %1</translation>
    </message>
    <message>
        <source>Enter, show or import shopper reports.</source>
        <translation>Ievadīt, parādīt vai importēt pircēju pārskatus.</translation>
    </message>
    <message>
        <source>import, show or enter</source>
        <translation>import, show vai enter</translation>
    </message>
    <message>
        <source>The reports (import), or the visit's number.</source>
        <translation>Pārskati (import) vai apmeklējuma numurs.</translation>
    </message>
    <message>
        <source>An answer, CODE=VALUE (repeatable).</source>
        <translation>Atbilde, CODE=VALUE (var atkārtot).</translation>
    </message>
    <message>
        <source>A question's comment, CODE=TEXT (repeatable).</source>
        <translation>Jautājuma komentārs, CODE=TEXT (var atkārtot).</translation>
    </message>
    <message>
        <source>The day of the visit (2026-11-22).</source>
        <translation>Apmeklējuma diena (2026-11-22).</translation>
    </message>
    <message>
        <source>The time of the visit (14:05); empty clears it.</source>
        <translation>Apmeklējuma laiks (14:05); tukša vērtība to notīra.</translation>
    </message>
    <message>
        <source>How long the visit took; empty clears it.</source>
        <translation>Cik ilgi ilga apmeklējums; tukša vērtība to notīra.</translation>
    </message>
    <message>
        <source>The staff member who served the shopper (a description where the programme forbids names).</source>
        <translation>Darbinieks, kas apkalpoja pircēju (apraksts, ja programma aizliedz vārdus).</translation>
    </message>
    <message>
        <source>The language the report was filled in.</source>
        <translation>Valoda, kurā pārskats tika aizpildīts.</translation>
    </message>
    <message>
        <source>The shopper's general comment.</source>
        <translation>Pircēja vispārīgais komentārs.</translation>
    </message>
    <message>
        <source>Save as a draft instead of submitting.</source>
        <translation>Saglabāt kā melnrakstu, nevis iesniegt.</translation>
    </message>
    <message>
        <source>results: expected import FILE CSV, show FILE VISIT or enter FILE VISIT (see 'shopscope-cli results --help')</source>
        <translation>results: gaidīts import FILE CSV, show FILE VISIT vai enter FILE VISIT (skatiet 'shopscope-cli results --help')</translation>
    </message>
    <message>
        <source>%1: “%2” is not a visit number</source>
        <translation>%1: „%2” nav apmeklējuma numurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --answer “%2”: expected CODE=VALUE</source>
        <translation>%1: --answer „%2”: gaidīts CODE=VALUE</translation>
    </message>
    <message>
        <source>%1: --comment-for “%2”: expected CODE=TEXT</source>
        <translation>%1: --comment-for „%2”: gaidīts CODE=TEXT</translation>
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation>Anketā %2 nav jautājuma %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation>„%1” nav minūšu skaits.</translation>
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · scenario %5 · shopper %6
</source>
        <translation>Apmeklējums %1 · vilnis %2 · %3 %4 · scenārijs %5 · pircējs %6
</translation>
    </message>
    <message>
        <source>Report: %1 · %2 · visited %3 · %4 min · staff: %5
</source>
        <translation>Pārskats: %1 · %2 · apmeklēts %3 · %4 min · darbinieks: %5
</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>komentārs: %1</translation>
    </message>
    <message>
        <source>comment required</source>
        <translation>vajadzīgs komentārs</translation>
    </message>
    <message>
        <source>Score: %1
</source>
        <translation>Punkti: %1
</translation>
    </message>
    <message>
        <source>Mandatory without an answer: %1
</source>
        <translation>Obligātie bez atbildes: %1
</translation>
    </message>
    <message>
        <source>Nothing changed.
</source>
        <translation>Nekas netika mainīts.
</translation>
    </message>
    <message>
        <source>Saved as a draft.
</source>
        <translation>Saglabāts kā melnraksts.
</translation>
    </message>
    <message>
        <source>Submitted for review.
</source>
        <translation>Iesniegts pārbaudei.
</translation>
    </message>
    <message>
        <source>%1: visit %2: %3</source>
        <translation>%1: apmeklējums %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing was saved</source>
        <translation>%1: nekas netika saglabāts</translation>
    </message>
    <message>
        <source>Shopper reports.

  import FILE CSV [--format shopscope|odk] [--dry-run] [--valid-rows] [--encoding NAME] [--delimiter CHAR]
         [--decimal-comma] [--json]

One row per visit. The visit is found by a 'visit' (id) column, or by 'location', 'shopper' and
'date' columns. Optional columns: time, duration (minutes), staff, language, comment. Every other
column is a question code; CODE_comment holds its comment; a multiple choice is one cell with
options separated by ; or | or a column per option (CODE/option, 1 or x for chosen). Answers are
option codes or labels in any of the programme's languages; N/A in the usual spellings (n/a, na,
-, ej aktuellt, nie dotyczy...). All or nothing unless --valid-rows; a report the file leaves as it
is stays unchanged, so importing the same file twice changes nothing; an approved report is never
changed. Imported visits become 'submitted' for review (docs/results-import.md).
--format odk reads a KoboToolbox or ODK Central export of a form ShopScope wrote (questionnaire
export --format xform|xlsform): group prefixes, ss_* visit fields, space-separated choices and the
submission metadata are understood (docs/odk.md).

  show FILE VISIT [--json]
  enter FILE VISIT [--answer CODE=VALUE]... [--comment-for CODE=TEXT]... [--date DATE] [--time HH:MM]
        [--minutes N] [--staff TEXT] [--language CODE] [--report-comment TEXT] [--draft] [--json]

'show' prints one visit's report with the running score and what a submission still needs.
'enter' changes the visit's report (a draft or a submitted one) as given and submits it, or
with --draft keeps it as a draft; a submission needs every visible mandatory question
answered and every required comment. VALUE as in a file; CODE= clears an answer. Nothing is
written when anything is wrong (docs/report-entry.md).</source>
        <translation>Pircēju pārskati.

  import FILE CSV [--format shopscope|odk] [--dry-run] [--valid-rows] [--encoding NAME] [--delimiter CHAR]
         [--decimal-comma] [--json]

Viena rinda katram apmeklējumam. Apmeklējumu atrod pēc kolonnas 'visit' (ID) vai pēc kolonnām 'location',
'shopper' un 'date'. Neobligātas kolonnas: time, duration (minūtes), staff, language, comment. Katra
cita kolonna ir jautājuma kods; CODE_comment satur tā komentāru; vairākizvēle ir viena šūna ar iespējām,
atdalītām ar ; vai |, vai kolonna katrai iespējai (CODE/option, 1 vai x nozīmē izvēlēts). Atbildes ir
iespēju kodi vai nosaukumi jebkurā programmas valodā; N/A ierastajos pierakstos (n/a, na, -, ej aktuellt,
nie dotyczy...). Viss vai nekas, ja vien nav --valid-rows; pārskats, ko fails atstāj nemainītu, paliek
nemainīts, tāpēc tas pats fails divreiz neko nemaina; apstiprināts pārskats nekad netiek mainīts. Importētie
apmeklējumi kļūst 'submitted' pārbaudei (docs/results-import.md).
--format odk nolasa KoboToolbox vai ODK Central eksportu no veidlapas, ko izveidojis ShopScope
(questionnaire export --format xform|xlsform): tiek atpazīti grupu prefiksi, apmeklējuma lauki ss_*,
ar atstarpēm atdalīti izvēlētie varianti un iesniegšanas metadati (docs/odk.md).

  show FILE VISIT [--json]
  enter FILE VISIT [--answer CODE=VALUE]... [--comment-for CODE=TEXT]... [--date DATE] [--time HH:MM]
        [--minutes N] [--staff TEXT] [--language CODE] [--report-comment TEXT] [--draft] [--json]

'show' izvada viena apmeklējuma pārskatu ar pašreizējiem punktiem un to, kas vēl vajadzīgs iesniegšanai.
'enter' maina apmeklējuma pārskatu (melnrakstu vai iesniegtu) atbilstoši norādītajam un iesniedz to, vai
ar --draft saglabā to kā melnrakstu; iesniegšanai jābūt atbildētiem visiem redzamajiem obligātajiem
jautājumiem un jābūt visiem obligātajiem komentāriem. VALUE kā failā; CODE= notīra atbildi. Nekas netiek
ierakstīts, ja kaut kas ir nepareizi (docs/report-entry.md).</translation>
    </message>
    <message>
        <source>import: shopscope (default) or odk (KoboToolbox / ODK Central CSV).</source>
        <translation>import: shopscope (noklusējums) vai odk (KoboToolbox / ODK Central CSV).</translation>
    </message>
    <message>
        <source>results import: unknown --format “%1” (use shopscope or odk)</source>
        <translation>results import: nezināms --format „%1” (izmantojiet shopscope vai odk)</translation>
    </message>
</context>
<context>
    <name>ResultsQuery</name>
    <message>
        <source>“%1” is not a dimension (use %2)</source>
        <translation>“%1” nav dimensija (izmantojiet %2)</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>“%1” norādīts divreiz</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Approve</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Sūtīt atpakaļ…</translation>
    </message>
    <message>
        <source>Check the wave's reports</source>
        <translation>Pārbaudīt viļņa pārskatus</translation>
    </message>
    <message>
        <source>No flags: nothing unusual found.</source>
        <translation>Nav atzīmju: nekas neparasts netika atrasts.</translation>
    </message>
    <message>
        <source>Select a report of the wave first.</source>
        <translation>Vispirms atlasiet viļņa pārskatu.</translation>
    </message>
    <message>
        <source>Checking the wave's reports…</source>
        <translation>Pārbauda viļņa pārskatus…</translation>
    </message>
    <message>
        <source>The reports were not checked: %1</source>
        <translation>Pārskati netika pārbaudīti: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) in the wave's reports</source>
        <translation>
            <numerusform>%n atzīme viļņa pārskatos</numerusform>
            <numerusform>%n atzīmes viļņa pārskatos</numerusform>
            <numerusform>%n atzīmju viļņa pārskatos</numerusform>
        </translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Sūtīt atpakaļ</translation>
    </message>
    <message>
        <source>What the shopper should correct (kept with the decision):</source>
        <translation>Kas pircējam jālabo (tiek saglabāts kopā ar lēmumu):</translation>
    </message>
    <message>
        <source>Select one or more reports first.</source>
        <translation>Vispirms atlasiet vienu vai vairākus pārskatus.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Nekas netika mainīts: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Apstiprināts: %n pārskats</numerusform>
            <numerusform>Apstiprināti: %n pārskati</numerusform>
            <numerusform>Apstiprināti: %n pārskatu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Nosūtīts atpakaļ: %n pārskats</numerusform>
            <numerusform>Nosūtīti atpakaļ: %n pārskati</numerusform>
            <numerusform>Nosūtīti atpakaļ: %n pārskatu</numerusform>
        </translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation>Importēt pārskatus…</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Importēt pārskatus</translation>
    </message>
    <message>
        <source>%1 changes nothing: the programme already holds these reports.</source>
        <translation>%1 neko nemaina: programmā šie pārskati jau ir.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged reports</source>
        <translation>Importēts %1: %2 jauni, %3 mainīti, %4 nemainīti pārskati</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>Atvērt pārskatu…</translation>
    </message>
    <message>
        <source>The selected report in the entry form: finish a draft or correct a report sent back</source>
        <translation>Atlasītais pārskats ievades veidlapā: pabeidziet melnrakstu vai izlabojiet atpakaļ nosūtītu pārskatu</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>no report chosen</source>
        <translation>nav izvēlēts neviens pārskats</translation>
    </message>
    <message>
        <source>a report is sent back with a reason for the shopper</source>
        <translation>pārskatu sūta atpakaļ ar iemeslu pircējam</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>apmeklējums %1 neeksistē</translation>
    </message>
    <message>
        <source>visit %1 has no report yet</source>
        <translation>apmeklējumam %1 vēl nav pārskata</translation>
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted report can be approved</source>
        <translation>apmeklējuma %1 pārskata statuss ir %2: apstiprināt var tikai iesniegtu pārskatu</translation>
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted or approved report can be sent back</source>
        <translation>apmeklējuma %1 pārskata statuss ir %2: atpakaļ var sūtīt tikai iesniegtu vai apstiprinātu pārskatu</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n report(s)</source>
        <translation>
            <numerusform>Apstiprināt %n pārskatu</numerusform>
            <numerusform>Apstiprināt %n pārskatus</numerusform>
            <numerusform>Apstiprināt %n pārskatu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send back %n report(s)</source>
        <translation>
            <numerusform>Sūtīt atpakaļ %n pārskatu</numerusform>
            <numerusform>Sūtīt atpakaļ %n pārskatus</numerusform>
            <numerusform>Sūtīt atpakaļ %n pārskatu</numerusform>
        </translation>
    </message>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation>pa to laiku kāds apmeklējums tika dzēsts</translation>
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The confidence level must be 90 %, 95 % or 99 %, not %1.</source>
        <translation>Ticamības līmenim jābūt 90 %, 95 % vai 99 %, nevis %1.</translation>
    </message>
    <message>
        <source>Student's t needs at least 1 degree of freedom, not %1.</source>
        <translation>Stjūdenta t sadalījumam nepieciešama vismaz 1 brīvības pakāpe, nevis %1.</translation>
    </message>
    <message>
        <source>The number of visits must be at least 1, not %1.</source>
        <translation>Apmeklējumu skaitam jābūt vismaz 1, nevis %1.</translation>
    </message>
    <message>
        <source>A mean needs at least %1 visits, not %2.</source>
        <translation>Vidējās vērtības aprēķinam apmeklējumu skaitam jābūt vismaz %1, nevis %2.</translation>
    </message>
    <message>
        <source>The population must be at least 1, not %1.</source>
        <translation>Ģenerālkopas lielumam jābūt vismaz 1, nevis %1.</translation>
    </message>
    <message>
        <source>The number of visits (%1) cannot exceed the population (%2).</source>
        <translation>Apmeklējumu skaits (%1) nevar pārsniegt ģenerālkopas lielumu (%2).</translation>
    </message>
    <message>
        <source>The proportion must be between 0 and 1 (0.8 for 80 %), not %1.</source>
        <translation>Īpatsvaram jābūt no 0 līdz 1 (0.8 nozīmē 80 %), nevis %1.</translation>
    </message>
    <message>
        <source>The standard deviation must be 0 or more, not %1.</source>
        <translation>Standartnovirzei jābūt 0 vai lielākai, nevis %1.</translation>
    </message>
    <message>
        <source>The population must be at least %1, not %2.</source>
        <translation>Ģenerālkopas lielumam jābūt vismaz %1, nevis %2.</translation>
    </message>
    <message>
        <source>The target margin is too small: it would need more than %1 visits.</source>
        <translation>Vēlamā kļūdas robeža ir pārāk maza: būtu nepieciešams vairāk nekā %1 apmeklējumu.</translation>
    </message>
    <message>
        <source>The target margin must be above 0 and below 1 (0.05 for ±5 points), not %1.</source>
        <translation>Vēlamajai kļūdas robežai jābūt lielākai par 0 un mazākai par 1 (0.05 nozīmē ±5 procentpunktus), nevis %1.</translation>
    </message>
    <message>
        <source>The target margin must be above 0, not %1.</source>
        <translation>Vēlamajai kļūdas robežai jābūt lielākai par 0, nevis %1.</translation>
    </message>
</context>
<context>
    <name>SampleSizeCalculator</name>
    <message>
        <source>Share of &amp;yes answers</source>
        <translation>&amp;Jā atbilžu īpatsvars</translation>
    </message>
    <message>
        <source>&amp;Mean score</source>
        <translation>&amp;Vidējais rezultāts</translation>
    </message>
    <message>
        <source>The share you expect (or last measured). 50 % gives the widest margin.</source>
        <translation>Sagaidāmais (vai pēdējoreiz izmērītais) īpatsvars. Pie 50 % kļūdas robeža ir vislielākā.</translation>
    </message>
    <message>
        <source>The spread of the score between visits, from an earlier wave.</source>
        <translation>Rezultāta izkliede starp apmeklējumiem pēc kāda iepriekšējā viļņa datiem.</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> apmeklējumi</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Neierobežota</translation>
    </message>
    <message>
        <source> units</source>
        <translation> vienības</translation>
    </message>
    <message>
        <source>How many locations (or calls, or staff) the visits are drawn from. Knowing it narrows the margin when a large part of them is visited.</source>
        <translation>No cik vietām (vai zvaniem, vai darbiniekiem) tiek atlasīti apmeklējumi. Ja šis skaits ir zināms, kļūdas robeža sašaurinās, kad tiek apmeklēta liela daļa no tām.</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Rādītājs:</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>Īpat&amp;svars:</translation>
    </message>
    <message>
        <source>Standard &amp;deviation:</source>
        <translation>Standart&amp;novirze:</translation>
    </message>
    <message>
        <source>&amp;Visits (n):</source>
        <translation>&amp;Apmeklējumi (n):</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Ticamības līmenis:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>Ģenerāl&amp;kopa:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> procentpunkti</translation>
    </message>
    <message>
        <source>&amp;Target margin:</source>
        <translation>Vēlamā kļūdas &amp;robeža:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apmeklējumi</translation>
    </message>
    <message>
        <source>Margin of error</source>
        <translation>Kļūdas robeža</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Izlase</translation>
    </message>
    <message>
        <source>Visits needed</source>
        <translation>Nepieciešamais apmeklējumu skaits</translation>
    </message>
    <message>
        <source>Margin by number of visits</source>
        <translation>Kļūdas robeža atkarībā no apmeklējumu skaita</translation>
    </message>
    <message>
        <source>Margin (points)</source>
        <translation>Kļūdas robeža (procentpunkti)</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 procentpunkti</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 pie ticamības līmeņa %2</translation>
    </message>
    <message>
        <source>Student's t with %1 degrees of freedom: with fewer than %2 visits the spread itself is uncertain.</source>
        <translation>Stjūdenta t sadalījums (brīvības pakāpes: %1): ja apmeklējumu ir mazāk par %2, nenoteikta ir arī pati izkliede.</translation>
    </message>
    <message>
        <source>Normal distribution (z = %1).</source>
        <translation>Normālais sadalījums (z = %1).</translation>
    </message>
    <message>
        <source>%1 % measured on %2 visits: the true share is likely between %3 % and %4 %.</source>
        <translation>Izmērīts %1 % (apmeklējumi: %2): patiesais īpatsvars, visticamāk, ir no %3 % līdz %4 %.</translation>
    </message>
    <message>
        <source>Corrected for a population of %1 units.</source>
        <translation>Piemērota galīgās ģenerālkopas korekcija (vienību skaits: %1).</translation>
    </message>
    <message>
        <source>Small base: fewer than %1 visits are too few to report on their own.</source>
        <translation>Maza bāze: ja apmeklējumu ir mazāk par %1, ar tiem nepietiek atsevišķai atskaitei.</translation>
    </message>
    <message>
        <source>Visits needed: %1 for %2 at %3</source>
        <translation>Nepieciešamais apmeklējumu skaits: %1, lai kļūdas robeža būtu %2 pie ticamības līmeņa %3</translation>
    </message>
    <message>
        <source>more than the population</source>
        <translation>vairāk nekā ģenerālkopā</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>visas vienības</translation>
    </message>
    <message>
        <source>small base</source>
        <translation>maza bāze</translation>
    </message>
</context>
<context>
    <name>SampleSizeCommand</name>
    <message>
        <source>Margin of error of a share or a mean for n visits, or the visits needed for a target margin.</source>
        <translation>Īpatsvara vai vidējās vērtības kļūdas robeža pie n apmeklējumiem vai apmeklējumu skaits, kas nepieciešams vēlamajai kļūdas robežai.</translation>
    </message>
    <message>
        <source>The share measured, as a proportion from 0 to 1 (0.8 for 80 %).</source>
        <translation>Izmērītais īpatsvars kā daļa no 0 līdz 1 (0.8 nozīmē 80 %).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Measure a mean score instead of a share (needs --sd).</source>
        <translation>Mērīt vidējo rezultātu, nevis īpatsvaru (nepieciešams --sd).</translation>
    </message>
    <message>
        <source>The standard deviation of the score, for --mean.</source>
        <translation>Rezultāta standartnovirze (opcijai --mean).</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>The number of visits: prints the margin of error.</source>
        <translation>Apmeklējumu skaits: izvada kļūdas robežu.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The target margin of error: prints the visits needed. A proportion for a share (0.05 for ±5 points), in the score's unit for a mean.</source>
        <translation>Vēlamā kļūdas robeža: izvada nepieciešamo apmeklējumu skaitu. Īpatsvaram — kā daļa (0.05 nozīmē ±5 procentpunktus), vidējai vērtībai — rezultāta mērvienībās.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The confidence level: 90, 95 (the default) or 99.</source>
        <translation>Ticamības līmenis: 90, 95 (noklusējums) vai 99.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>The number of units sampled from (locations, calls), for the finite population correction. Without it the population counts as unlimited.</source>
        <translation>Vienību skaits, no kurām veido izlasi (vietas, zvani), galīgās ģenerālkopas korekcijai. Ja tas nav norādīts, ģenerālkopa tiek uzskatīta par neierobežotu.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>%1: --%2 expects a number, got “%3”</source>
        <translation>%1: --%2 gaida skaitli, saņemts „%3”</translation>
    </message>
    <message>
        <source>%1: --%2 expects a whole number, got “%3”</source>
        <translation>%1: --%2 gaida veselu skaitli, saņemts „%3”</translation>
    </message>
    <message>
        <source>%1: --confidence expects 90, 95 or 99, got “%2”</source>
        <translation>%1: --confidence gaida 90, 95 vai 99, saņemts „%2”</translation>
    </message>
    <message>
        <source>%1: --confidence must be 90, 95 or 99, not “%2”</source>
        <translation>%1: --confidence jābūt 90, 95 vai 99, nevis „%2”</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2” (see 'shopscope-cli %1 --help')</source>
        <translation>%1: negaidīts arguments „%2” (skatiet 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: give either --p for a share or --mean --sd for a mean, not both</source>
        <translation>%1: norādiet vai nu --p īpatsvaram, vai --mean --sd vidējai vērtībai, nevis abus</translation>
    </message>
    <message>
        <source>%1: give --p P for a share or --mean --sd SD for a mean (see 'shopscope-cli %1 --help')</source>
        <translation>%1: norādiet --p P īpatsvaram vai --mean --sd SD vidējai vērtībai (skatiet 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: --mean needs --sd, the standard deviation of the score</source>
        <translation>%1: --mean nepieciešams --sd (rezultāta standartnovirze)</translation>
    </message>
    <message>
        <source>%1: --sd is for a mean: add --mean and leave out --p</source>
        <translation>%1: --sd ir paredzēts vidējai vērtībai: pievienojiet --mean un izlaidiet --p</translation>
    </message>
    <message>
        <source>%1: give either --n (for the margin) or --moe (for the visits needed), not both</source>
        <translation>%1: norādiet vai nu --n (kļūdas robežai), vai --moe (nepieciešamajam apmeklējumu skaitam), nevis abus</translation>
    </message>
    <message>
        <source>%1: give --n N for the margin of error or --moe M for the visits needed</source>
        <translation>%1: norādiet --n N kļūdas robežai vai --moe M nepieciešamajam apmeklējumu skaitam</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 procentpunkti</translation>
    </message>
    <message>
        <source>sd = %1</source>
        <translation>sd = %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>population %1, finite population correction</source>
        <translation>ģenerālkopa %1, galīgās ģenerālkopas korekcija</translation>
    </message>
    <message>
        <source>t = %1 with %2 degrees of freedom</source>
        <translation>t = %1, brīvības pakāpes: %2</translation>
    </message>
    <message>
        <source>z = %1</source>
        <translation>z = %1</translation>
    </message>
    <message>
        <source>Margin of error: %1 at %2 % confidence (%3)</source>
        <translation>Kļūdas robeža: %1 pie ticamības līmeņa %2 % (%3)</translation>
    </message>
    <message>
        <source>Visits needed: %1 for a margin of %2 at %3 % confidence (%4; %5 with %1 visits)</source>
        <translation>Nepieciešamais apmeklējumu skaits: %1, lai kļūdas robeža būtu %2 pie ticamības līmeņa %3 % (%4; ja apmeklējumu skaits ir %1: %5)</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <source>Add…</source>
        <translation>Pievienot…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediģēt…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediģēt</translation>
    </message>
    <message>
        <source>Select a scenario first.</source>
        <translation>Vispirms atlasiet scenāriju.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublēt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Scenārijs netika kopēts</translation>
    </message>
    <message>
        <source>Copied %1 as %2: edit the copy to make it a variant</source>
        <translation>%1 nokopēts kā %2: rediģējiet kopiju, lai izveidotu variantu</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Scenārijs netika dzēsts</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Active (used in new waves)</source>
        <translation>Aktīvs (tiek izmantots jaunajos viļņos)</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Jauns scenārijs</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenārijs %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>e.g. MORTGAGE</source>
        <translation>piem., HIPOTEKA</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kanā&amp;ls:</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Vēl nav</translation>
    </message>
    <message>
        <source>%1 v%2 (%3)</source>
        <translation>%1 v%2 (%3)</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>iesaldēta</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>melnraksts</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Anketa:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>Atlīd&amp;zība:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nav iestatīts</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Ilgums:</translation>
    </message>
    <message>
        <source>Shopper profile</source>
        <translation>Pircēja profils</translation>
    </message>
    <message>
        <source>any</source>
        <translation>jebkurš</translation>
    </message>
    <message>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Vecums:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Jebkurš</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Dzimums:</translation>
    </message>
    <message>
        <source>The shopper must speak every ticked language.</source>
        <translation>Pircējam jārunā visās atzīmētajās valodās.</translation>
    </message>
    <message>
        <source>Other language code, e.g. ru</source>
        <translation>Cits valodas kods, piem., ru</translation>
    </message>
    <message>
        <source>Type a language code and press Enter to add it to the list.</source>
        <translation>Ierakstiet valodas kodu un nospiediet Enter, lai pievienotu to sarakstam.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Val&amp;odas:</translation>
    </message>
    <message>
        <source>The shopper must carry every tag listed, e.g. customer or has-car.</source>
        <translation>Pircējam jābūt visām sarakstā norādītajām birkām, piem., customer vai has-car.</translation>
    </message>
    <message>
        <source>New tag, e.g. has-car</source>
        <translation>Jauna birka, piem., has-car</translation>
    </message>
    <message>
        <source>Type a tag (tags in use are offered) and press Enter to add it.</source>
        <translation>Ierakstiet birku (tiek piedāvātas jau izmantotās birkas) un nospiediet Enter, lai to pievienotu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Birkas:</translation>
    </message>
    <message>
        <source>Title and script</source>
        <translation>Nosaukums un teksts</translation>
    </message>
    <message>
        <source>The title is required in %1, the programme's source language. A language still to be translated is marked; its fields show the source text.</source>
        <translation>Nosaukums ir obligāts programmas avota valodā: %1. Valoda, kas vēl jātulko, ir atzīmēta; tās laukos redzams avota teksts.</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Teksts:</translation>
    </message>
    <message>
        <source>%1 – source</source>
        <translation>%1 – avota valoda</translation>
    </message>
    <message>
        <source>%1 – missing</source>
        <translation>%1 – trūkst</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation>Vēl nav iztulkots</translation>
    </message>
    <message>
        <source>This questionnaire is made for the channel “%1”; it may serve this scenario too.</source>
        <translation>Šī anketa ir paredzēta kanālam „%1”; to var izmantot arī šim scenārijam.</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>Delete scenario %1</source>
        <translation>Dzēst scenāriju %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scenario(s)</source>
        <translation>
            <numerusform>Dzēst %n scenāriju</numerusform>
            <numerusform>Dzēst %n scenārijus</numerusform>
            <numerusform>Dzēst %n scenārijus</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario %1</source>
        <translation>scenārijs %1 neeksistē</translation>
    </message>
    <message numerus="yes">
        <source>%1 is played by %n visit(s); make it inactive instead of deleting it</source>
        <translation>
            <numerusform>scenārijs %1 tiek izspēlēts %n apmeklējumā; padariet to neaktīvu, nevis dzēsiet</numerusform>
            <numerusform>scenārijs %1 tiek izspēlēts %n apmeklējumos; padariet to neaktīvu, nevis dzēsiet</numerusform>
            <numerusform>scenārijs %1 tiek izspēlēts %n apmeklējumos; padariet to neaktīvu, nevis dzēsiet</numerusform>
        </translation>
    </message>
    <message>
        <source>the scenario is played by visits by now and stays</source>
        <translation>scenārijs jau tiek izspēlēts apmeklējumos, tāpēc tas paliek</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Pievienot scenāriju %1</translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation>Rediģēt scenāriju %1</translation>
    </message>
    <message>
        <source>Edit scenario %1 (now %2)</source>
        <translation>Rediģēt scenāriju %1 (tagad %2)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Dublēt scenāriju %1 kā %2</translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>Code: there is no scenario %1 to change</source>
        <translation>Kods: nav scenārija %1, ko mainīt</translation>
    </message>
    <message>
        <source>Code: must not be empty</source>
        <translation>Kods: nedrīkst būt tukšs</translation>
    </message>
    <message>
        <source>Code: %1 is the code of another scenario</source>
        <translation>Kods: %1 ir cita scenārija kods</translation>
    </message>
    <message>
        <source>Channel: “%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation>Kanāls: „%1” nav kanāls; izmantojiet visit, call, email, web, social vai audit</translation>
    </message>
    <message numerus="yes">
        <source>Channel: %n visit(s) play this scenario at locations of another channel; it cannot become %1</source>
        <translation>
            <numerusform>Kanāls: %n apmeklējumā šis scenārijs tiek izspēlēts cita kanāla vietās; tas nevar kļūt par %1</numerusform>
            <numerusform>Kanāls: %n apmeklējumos šis scenārijs tiek izspēlēts cita kanāla vietās; tas nevar kļūt par %1</numerusform>
            <numerusform>Kanāls: %n apmeklējumos šis scenārijs tiek izspēlēts cita kanāla vietās; tas nevar kļūt par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire: the chosen questionnaire version does not exist (any more)</source>
        <translation>Anketa: izvēlētā anketas versija (vairs) neeksistē</translation>
    </message>
    <message>
        <source>Fee: must be a number of 0 or more</source>
        <translation>Atlīdzība: jābūt skaitlim, kas ir 0 vai lielāks</translation>
    </message>
    <message>
        <source>Duration: must be 1 to %1 minutes, not %2</source>
        <translation>Ilgums: jābūt no 1 līdz %1 minūtēm, nevis %2</translation>
    </message>
    <message>
        <source>Age: must be between %1 and %2, not %3</source>
        <translation>Vecums: jābūt no %1 līdz %2, nevis %3</translation>
    </message>
    <message>
        <source>Age: minimum %1 is above maximum %2</source>
        <translation>Vecums: minimums %1 ir lielāks par maksimumu %2</translation>
    </message>
    <message>
        <source>Gender: must be female, male, other or any, not “%1”</source>
        <translation>Dzimums: jābūt female, male, other vai any, nevis „%1”</translation>
    </message>
    <message>
        <source>Languages: “%1” is not a language code such as lv or en</source>
        <translation>Valodas: „%1” nav valodas kods, piemēram, lv vai en</translation>
    </message>
    <message>
        <source>Tags: “%1” holds a comma; give each tag on its own</source>
        <translation>Birkas: „%1” satur komatu; norādiet katru birku atsevišķi</translation>
    </message>
    <message>
        <source>Title (%1): required in the programme's source language</source>
        <translation>Nosaukums (%1): obligāts programmas avota valodā</translation>
    </message>
    <message>
        <source>Title (%1): %1 is not a language of this programme; add it first</source>
        <translation>Nosaukums (%1): %1 nav starp programmas valodām; vispirms pievienojiet to</translation>
    </message>
    <message>
        <source>Title (%1): the %1 script needs a title too</source>
        <translation>Nosaukums (%1): arī tekstam valodā %1 nepieciešams nosaukums</translation>
    </message>
</context>
<context>
    <name>ScenariosCommand</name>
    <message>
        <source>any age</source>
        <translation>jebkurš vecums</translation>
    </message>
    <message>
        <source>aged %1 or more</source>
        <translation>vecums no %1</translation>
    </message>
    <message>
        <source>aged up to %1</source>
        <translation>vecums līdz %1</translation>
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation>vecums %1–%2</translation>
    </message>
    <message>
        <source>List, show, add, change, duplicate and delete scenarios.</source>
        <translation>Uzskaitīt, parādīt, pievienot, mainīt, dublēt un dzēst scenārijus.</translation>
    </message>
    <message>
        <source>Scenarios: the scripts shoppers play, with the shopper profile they need and their fee.

  list FILE [--json]
  show FILE CODE [--json]
  save FILE --code CODE [--rename NEW] [--channel visit|call|email|web|social|audit]
       [--version QCODE[:N]|none] [--fee X] [--minutes N|none] [--age MIN-MAX|none]
       [--gender female|male|other|any] [--language CODE|none]... [--tag TAG|none]...
       [--title LANG=TEXT]... [--script LANG=TEXT]... [--script-file LANG=PATH]...
       [--active yes|no] [--json]
  duplicate FILE CODE [NEWCODE] [--json]
  delete FILE CODE... [--json]

'save' adds the scenario when the code is new and changes it otherwise; options not given
keep their value. --language and --tag replace the whole list (none empties it); an age band
may be open (25- or -45). A title is required in the programme's source language; other
languages may wait for their translation (an empty --title LANG= removes one). A scenario
that visits play cannot be deleted: make it inactive with --active no.</source>
        <translation>Scenāriji: slepeno pircēju izspēlējamie teksti ar nepieciešamo pircēja profilu un atlīdzību.

  list FILE [--json]
  show FILE CODE [--json]
  save FILE --code CODE [--rename NEW] [--channel visit|call|email|web|social|audit]
       [--version QCODE[:N]|none] [--fee X] [--minutes N|none] [--age MIN-MAX|none]
       [--gender female|male|other|any] [--language CODE|none]... [--tag TAG|none]...
       [--title LANG=TEXT]... [--script LANG=TEXT]... [--script-file LANG=PATH]...
       [--active yes|no] [--json]
  duplicate FILE CODE [NEWCODE] [--json]
  delete FILE CODE... [--json]

'save' pievieno scenāriju, ja kods ir jauns, un citādi to maina; nenorādītās opcijas
saglabā savu vērtību. --language un --tag aizstāj visu sarakstu (none to iztukšo); vecuma
intervāls var būt atvērts (25- vai -45). Nosaukums ir obligāts programmas avota valodā; citas
valodas var gaidīt tulkojumu (tukšs --title LANG= noņem nosaukumu). Scenāriju, kas izspēlēts
apmeklējumos, nevar dzēst: padariet to neaktīvu ar --active no.</translation>
    </message>
    <message>
        <source>list, show, save, duplicate or delete</source>
        <translation>list, show, save, duplicate vai delete</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>The scenario to add or change.</source>
        <translation>Scenārijs, ko pievienot vai mainīt.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A new code for the scenario.</source>
        <translation>Jauns scenārija kods.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>visit, call, email, web, social or audit.</source>
        <translation>visit, call, email, web, social vai audit.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>The questionnaire version its reports answer (CODE = the latest), or none.</source>
        <translation>Anketas versija, uz kuru atbild tā pārskati (CODE = jaunākā), vai none.</translation>
    </message>
    <message>
        <source>QCODE:N</source>
        <translation>QCODE:N</translation>
    </message>
    <message>
        <source>What the shopper is paid.</source>
        <translation>Cik saņem pircējs.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The expected duration in minutes, or none.</source>
        <translation>Paredzamais ilgums minūtēs vai none.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The shopper's age band, e.g. 25-45, 25- or -45, or none.</source>
        <translation>Pircēja vecuma intervāls, piem., 25-45, 25- vai -45, vai none.</translation>
    </message>
    <message>
        <source>MIN-MAX</source>
        <translation>MIN-MAX</translation>
    </message>
    <message>
        <source>female, male, other or any.</source>
        <translation>female, male, other vai any.</translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation>GENDER</translation>
    </message>
    <message>
        <source>A language the shopper must speak (repeat for more).</source>
        <translation>Valoda, kurā pircējam jārunā (atkārtojiet, lai norādītu vairākas).</translation>
    </message>
    <message>
        <source>A tag the shopper must carry (repeat for more).</source>
        <translation>Birka, kurai jābūt pircējam (atkārtojiet, lai norādītu vairākas).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>The title in one language.</source>
        <translation>Nosaukums vienā valodā.</translation>
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation>LANG=TEXT</translation>
    </message>
    <message>
        <source>The script in one language.</source>
        <translation>Scenārija teksts vienā valodā.</translation>
    </message>
    <message>
        <source>The script in one language, read from a UTF-8 file.</source>
        <translation>Scenārija teksts vienā valodā, nolasīts no UTF-8 faila.</translation>
    </message>
    <message>
        <source>LANG=PATH</source>
        <translation>LANG=PATH</translation>
    </message>
    <message>
        <source>Whether new waves use it: yes or no.</source>
        <translation>Vai jaunie viļņi to izmanto: yes vai no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>scenarios: expected list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE or delete FILE CODE... (see 'shopscope-cli scenarios --help')</source>
        <translation>scenarios: gaidīts list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE vai delete FILE CODE... (skatiet 'shopscope-cli scenarios --help')</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (neaktīvs)</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</source>
        <translation>Vēl nav scenāriju. Pievienojiet scenāriju: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</translation>
    </message>
    <message>
        <source>scenarios show: %1</source>
        <translation>scenarios show: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>Scenario:       %1%2
Channel:        %3
Questionnaire:  %4
Fee:            %5
Duration:       %6
Shopper:        %7, %8
Languages:      %9
</source>
        <translation>Scenārijs:      %1%2
Kanāls:         %3
Anketa:         %4
Atlīdzība:      %5
Ilgums:         %6
Pircējs:        %7, %8
Valodas:        %9
</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (neaktīvs)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minūte</numerusform>
            <numerusform>%n minūtes</numerusform>
            <numerusform>%n minūtes</numerusform>
        </translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>jebkurš dzimums</translation>
    </message>
    <message>
        <source>Tags:           %1
Visits:         %2
</source>
        <translation>Birkas:         %1
Apmeklējumi:    %2
</translation>
    </message>
    <message>
        <source>
[%1] (missing: not translated yet)
</source>
        <translation>
[%1] (trūkst: vēl nav iztulkots)
</translation>
    </message>
    <message>
        <source>scenarios save: --%1: %2</source>
        <translation>scenarios save: --%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation>„%1” nav kanāls; izmantojiet visit, call, email, web, social vai audit</translation>
    </message>
    <message>
        <source>“%1” is not a number (write 12.50)</source>
        <translation>„%1” nav skaitlis (rakstiet 12.50)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minutes</source>
        <translation>„%1” nav vesels minūšu skaits</translation>
    </message>
    <message>
        <source>“%1” is not an age band (write 25-45, 25- or -45)</source>
        <translation>„%1” nav vecuma intervāls (rakstiet 25-45, 25- vai -45)</translation>
    </message>
    <message>
        <source>“%1” is not female, male, other or any</source>
        <translation>„%1” nav female, male, other vai any</translation>
    </message>
    <message>
        <source>“%1” is not LANG=%2</source>
        <translation>„%1” nav formā LANG=%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nevar nolasīt %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1” nav ne jā, ne nē</translation>
    </message>
    <message>
        <source>scenarios save: --code is missing (the scenario to add or change)</source>
        <translation>scenarios save: trūkst --code (scenārijs, ko pievienot vai mainīt)</translation>
    </message>
    <message>
        <source>scenarios save: nothing saved: %1</source>
        <translation>scenarios save: nekas netika saglabāts: %1</translation>
    </message>
    <message>
        <source>Added scenario %1</source>
        <translation>Pievienots scenārijs %1</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Saglabāts scenārijs %1</translation>
    </message>
    <message>
        <source>scenarios duplicate: nothing copied: %1</source>
        <translation>scenarios duplicate: nekas netika nokopēts: %1</translation>
    </message>
    <message>
        <source>Copied scenario %1 as %2</source>
        <translation>Scenārijs %1 nokopēts kā %2</translation>
    </message>
    <message>
        <source>scenarios delete: nothing deleted: %1</source>
        <translation>scenarios delete: nekas netika dzēsts: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scenario(s): %1</source>
        <translation>
            <numerusform>Dzēsts %n scenārijs: %1</numerusform>
            <numerusform>Dzēsti %n scenāriji: %1</numerusform>
            <numerusform>Dzēsti %n scenāriji: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreRefresher</name>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score…</source>
        <translation>
            <numerusform>Atjaunina rezultātus: jānovērtē %Ln pārskats…</numerusform>
            <numerusform>Atjaunina rezultātus: jānovērtē %Ln pārskati…</numerusform>
            <numerusform>Atjaunina rezultātus: jānovērtē %Ln pārskatu…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score, %1 %</source>
        <translation>
            <numerusform>Atjaunina rezultātus: jānovērtē %Ln pārskats, %1 %</numerusform>
            <numerusform>Atjaunina rezultātus: jānovērtē %Ln pārskati, %1 %</numerusform>
            <numerusform>Atjaunina rezultātus: jānovērtē %Ln pārskatu, %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Results refreshed: %1 reports scored.</source>
        <translation>Rezultāti atjaunināti: novērtēti %1 pārskati.</translation>
    </message>
    <message>
        <source>The results could not be refreshed: %1</source>
        <translation>Rezultātus nevarēja atjaunināt: %1</translation>
    </message>
</context>
<context>
    <name>ScoreStore</name>
    <message>
        <source>report %1: %2</source>
        <translation>pārskats %1: %2</translation>
    </message>
    <message>
        <source>no stored scores</source>
        <translation>nav saglabātu vērtējumu</translation>
    </message>
    <message>
        <source>scored under other scoring rules</source>
        <translation>novērtēts pēc citiem vērtēšanas noteikumiem</translation>
    </message>
    <message>
        <source>visit score %1 stored, %2 computed</source>
        <translation>apmeklējuma vērtējums: saglabāts %1, aprēķināts %2</translation>
    </message>
    <message>
        <source>section scores differ</source>
        <translation>sadaļu vērtējumi atšķiras</translation>
    </message>
    <message>
        <source>question scores differ</source>
        <translation>jautājumu vērtējumi atšķiras</translation>
    </message>
    <message>
        <source>the answers kept for charts differ from the answers</source>
        <translation>diagrammām saglabātās atbildes atšķiras no atbildēm</translation>
    </message>
</context>
<context>
    <name>ScoredVersion</name>
    <message>
        <source>questionnaire version %1 cannot be read: %2</source>
        <translation>anketas versiju %1 nevar nolasīt: %2</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Results from the stored scores: mean scores, shares of yes, NPS and distributions by any grouping, with margins of error; rescore every report.</source>
        <translation>Rezultāti no saglabātajiem vērtējumiem: vidējie vērtējumi, jā īpatsvars, NPS un sadalījumi pēc jebkura grupējuma ar kļūdas robežām; visu pārskatu atkārtota vērtēšana.</translation>
    </message>
    <message>
        <source>The project file (after rescore for a rescoring).</source>
        <translation>Projekta fails (pēc rescore — atkārtotai vērtēšanai).</translation>
    </message>
    <message>
        <source>Group by these dimensions, comma-separated (default: none).</source>
        <translation>Grupēt pēc šīm dimensijām, atdalot ar komatiem (pēc noklusējuma: nav).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Only this wave (its code or name); the same as --filter wave=NAME.</source>
        <translation>Tikai šis vilnis (tā kods vai nosaukums); tas pats, kas --filter wave=NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only reports of this value of a dimension, e.g. region=Rīga (repeatable).</source>
        <translation>Tikai pārskati ar šo dimensijas vērtību, piem., region=Rīga (var atkārtot).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSION=VALUE</translation>
    </message>
    <message>
        <source>mean (default), yes, nps or distribution.</source>
        <translation>mean (pēc noklusējuma), yes, nps vai distribution.</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MEASURE</translation>
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation>Ieskaitīt iesniegtos pārskatus papildus apstiprinātajiem.</translation>
    </message>
    <message>
        <source>The confidence of the margins: 90, 95 (default) or 99.</source>
        <translation>Robežu ticamība: 90, 95 (pēc noklusējuma) vai 99.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (pēc noklusējuma) vai json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print JSON (the same as --format json).</source>
        <translation>Izvadīt JSON (tas pats, kas --format json).</translation>
    </message>
    <message>
        <source>scores: expected FILE [options] or rescore FILE (see 'shopscope-cli scores --help')</source>
        <translation>scores: gaidīts FILE [opcijas] vai rescore FILE (skatiet 'shopscope-cli scores --help')</translation>
    </message>
    <message>
        <source>scores: --by: %1</source>
        <translation>scores: --by: %1</translation>
    </message>
    <message>
        <source>scores: --measure must be mean, yes, nps or distribution, not “%1”</source>
        <translation>scores: --measure jābūt mean, yes, nps vai distribution, nevis “%1”</translation>
    </message>
    <message>
        <source>scores: --filter must look like region=Vidzeme with a dimension of --by, not “%1”</source>
        <translation>scores: --filter jāizskatās kā region=Vidzeme ar dimensiju no --by, nevis “%1”</translation>
    </message>
    <message>
        <source>scores: --confidence must be 90, 95 or 99, not “%1”</source>
        <translation>scores: --confidence jābūt 90, 95 vai 99, nevis “%1”</translation>
    </message>
    <message>
        <source>scores: --format must be csv or json, not “%1”</source>
        <translation>scores: --format jābūt csv vai json, nevis “%1”</translation>
    </message>
    <message>
        <source>scores: %1</source>
        <translation>scores: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rescored %1: %2 reports of %3 questionnaire version(s), %4 section scores, %5 question scores in %6 s</source>
        <translation>Atkārtoti novērtēts %1: %2 pārskati no %3 anketas versijām, %4 sadaļu vērtējumi, %5 jautājumu vērtējumi %6 s laikā</translation>
    </message>
    <message>
        <source>The scored results store (docs/results.md).

  scores FILE [--by DIMENSIONS] [--wave NAME] [--filter DIMENSION=VALUE]... [--measure MEASURE]
              [--include-pending] [--confidence 90|95|99] [--format csv|json]
  scores rescore FILE [--json]

Dimensions: wave, country, region, area, location, channel, scenario, competitor, brand, staff, section,
question. Measures: mean (the mean visit score; of each section with section, of each question with
question), yes (the share of yes among yes and no answers of each yes/no question), nps (promoters 9-10
minus detractors 0-6 of each NPS question, in points), distribution (answers per option or scale point
with question, else scores per score band). Every value comes with its base n, its margin of error and
the small-base flag (n below the programme's small-base threshold). Only approved reports count;
--include-pending adds the submitted ones. Filter values are codes or names; repeat --filter for more
dimensions, give one dimension several times for any of its values. rescore replaces every stored score
by a fresh scoring of the answers (one transaction). Example:
  scores demo.shopscope --by wave,region --measure mean --filter channel=visit --format json</source>
        <translation>Novērtēto rezultātu krātuve (docs/results.md).

  scores FILE [--by DIMENSIONS] [--wave NAME] [--filter DIMENSION=VALUE]... [--measure MEASURE]
              [--include-pending] [--confidence 90|95|99] [--format csv|json]
  scores rescore FILE [--json]

Dimensijas: wave, country, region, area, location, channel, scenario, competitor, brand, staff, section,
question. Rādītāji: mean (vidējais apmeklējuma rezultāts; katrai sadaļai ar section, katram jautājumam ar
question), yes (jā īpatsvars starp jā un nē atbildēm katram jā/nē jautājumam), nps (atbalstītāji 9-10
mīnus kritiķi 0-6 katram NPS jautājumam, punktos), distribution (atbildes pa variantiem vai skalas punktiem
ar question, citādi rezultāti pa rezultātu intervāliem). Katrai vērtībai ir sava bāze n, kļūdas robeža un
maza bāzes apjoma pazīme (n zem programmas maza bāzes apjoma sliekšņa). Tiek ieskaitīti tikai apstiprinātie pārskati;
--include-pending pievieno iesniegtos. Filtru vērtības ir kodi vai nosaukumi; atkārtojiet --filter citām
dimensijām, norādiet vienu dimensiju vairākas reizes jebkurai no tās vērtībām. rescore aizstāj katru saglabāto rezultātu
ar jaunu atbilžu novērtējumu (vienā transakcijā). Piemērs:
  scores demo.shopscope --by wave,region --measure mean --filter channel=visit --format json</translation>
    </message>
</context>
<context>
    <name>ScoringPlan</name>
    <message>
        <source>%1: %2 is not an answer to this question (it accepts %3)</source>
        <translation>%1: %2 nav atbilde uz šo jautājumu (tas pieņem %3)</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>vienu no: %1</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>sarakstu no: %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>skaitli</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>veselu skaitli no %1 līdz %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekstu</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>skaitli no %1 līdz %2</translation>
    </message>
    <message>
        <source>a date such as 2026-11-22</source>
        <translation>datumu, piemēram, 2026-11-22</translation>
    </message>
    <message>
        <source>a time such as 14:30</source>
        <translation>laiku, piemēram, 14:30</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>no weight</source>
        <translation>bez svara</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Svars:</translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation>Pārdēvēt sadaļu %1 par %2</translation>
    </message>
    <message>
        <source>Edit the title of %1</source>
        <translation>Rediģēt sadaļas %1 nosaukumu</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>Mainīt sadaļas %1 svaru</translation>
    </message>
</context>
<context>
    <name>ShopperActions</name>
    <message>
        <source>Add…</source>
        <translation>Pievienot…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediģēt…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediģēt</translation>
    </message>
    <message>
        <source>Select a shopper first.</source>
        <translation>Vispirms atlasiet pircēju.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importēt CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportēt CSV…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nav dzēsts</translation>
    </message>
    <message>
        <source>Import shoppers</source>
        <translation>Importēt pircējus</translation>
    </message>
    <message>
        <source>%1 changes nothing: the panel already holds it.</source>
        <translation>Fails %1 neko nemaina: panelī tas viss jau ir.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>Importēts fails %1: jauni: %2, atjaunināti: %3, nemainīti: %4</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nekas netika eksportēts</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, with personal data</source>
        <translation>
            <numerusform>%n pircējs eksportēts failā %1 ar personas datiem</numerusform>
            <numerusform>%n pircēji eksportēti failā %1 ar personas datiem</numerusform>
            <numerusform>%n pircēji eksportēti failā %1 ar personas datiem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>%n pircējs eksportēts failā %1 bez personas datiem</numerusform>
            <numerusform>%n pircēji eksportēti failā %1 bez personas datiem</numerusform>
            <numerusform>%n pircēji eksportēti failā %1 bez personas datiem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperDialog</name>
    <message>
        <source>&amp;Add a period</source>
        <translation>Pievienot peri&amp;odu</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>&amp;Noņemt periodu</translation>
    </message>
    <message>
        <source>Add a &amp;location</source>
        <translation>Pievienot &amp;vietu</translation>
    </message>
    <message>
        <source>Add a &amp;brand</source>
        <translation>Pievienot &amp;zīmolu</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Noņemt</translation>
    </message>
    <message>
        <source>New shopper</source>
        <translation>Jauns pircējs</translation>
    </message>
    <message>
        <source>Shopper %1</source>
        <translation>Pircējs %1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>P&amp;ersonal data</source>
        <translation>P&amp;ersonas dati</translation>
    </message>
    <message>
        <source>A&amp;vailability</source>
        <translation>Pieej&amp;amība</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest</source>
        <translation>Interešu kon&amp;flikti</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>Apmeklē&amp;jumi</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kods:</translation>
    </message>
    <message>
        <source>the pseudonymous code used everywhere, e.g. S000123</source>
        <translation>pseidonīmais kods, ko izmanto visur, piem., S000123</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nav norādīts</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Dzimums:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nav norādīts</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Dzimšanas &amp;gads:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Val&amp;odas:</translation>
    </message>
    <message>
        <source>codes such as lv, en, ru</source>
        <translation>kodi, piemēram, lv, en, ru</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Birkas:</translation>
    </message>
    <message>
        <source>e.g. has-car, customer, student</source>
        <translation>piem., has-car, customer, student</translation>
    </message>
    <message>
        <source>Tags in use: %1</source>
        <translation>Izmantotās birkas: %1</translation>
    </message>
    <message>
        <source>where the shopper lives</source>
        <translation>kur dzīvo pircējs</translation>
    </message>
    <message>
        <source>Home c&amp;ity:</source>
        <translation>Dzīvesvietas p&amp;ilsēta:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nav iestatīts</translation>
    </message>
    <message>
        <source>Home l&amp;atitude:</source>
        <translation>Dzīvesvietas pla&amp;tums:</translation>
    </message>
    <message>
        <source>Home l&amp;ongitude:</source>
        <translation>Dzīvesvietas gar&amp;ums:</translation>
    </message>
    <message>
        <source>Visits per &amp;wave:</source>
        <translation>Apmeklējumi &amp;vilnī:</translation>
    </message>
    <message>
        <source>Visits per &amp;day:</source>
        <translation>Apmeklējumi die&amp;nā:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nav novērtēts</translation>
    </message>
    <message>
        <source>&amp;Rating (0–5):</source>
        <translation>Vē&amp;rtējums (0–5):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nav zināms</translation>
    </message>
    <message>
        <source>&amp;Joined the panel:</source>
        <translation>Pievienojās pane&amp;lim:</translation>
    </message>
    <message>
        <source>Who the shopper is. This is kept apart from the profile: assignment and analysis use only the code, exports leave it out unless asked for, and clients never see it.</source>
        <translation>Kas ir pircējs. Šie dati tiek glabāti atsevišķi no profila: piešķiršana un analīze izmanto tikai kodu, eksportā tie netiek iekļauti, ja vien tas nav pieprasīts, un klienti tos nekad neredz.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vārds, uzvārds:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-pa&amp;sts:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>vards@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Tālrunis:</translation>
    </message>
    <message>
        <source>+371 2612 3456</source>
        <translation>+371 2612 3456</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;drese:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Pasta &amp;indekss:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Līdz (ieskaitot)</translation>
    </message>
    <message>
        <source>Days on which the shopper cannot do visits (holidays, travel), both ends included. Periods that overlap are joined when saved.</source>
        <translation>Dienas, kurās pircējs nevar veikt apmeklējumus (atvaļinājums, ceļojumi), ieskaitot abas robežas. Periodi, kas pārklājas, saglabājot tiek apvienoti.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Attiecas uz</translation>
    </message>
    <message>
        <source>Location code or brand</source>
        <translation>Vietas kods vai zīmols</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Where the shopper must never be sent: a location where family or friends work, or a whole brand they work for or used to. Type a location's code or part of it to choose it.</source>
        <translation>Kur pircēju nekad nedrīkst sūtīt: vieta, kurā strādā ģimenes locekļi vai draugi, vai viss zīmols, kurā pircējs strādā vai ir strādājis. Lai izvēlētos vietu, ierakstiet tās kodu vai koda daļu.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Zīmols</translation>
    </message>
    <message>
        <source>location code</source>
        <translation>vietas kods</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>zīmols</translation>
    </message>
    <message>
        <source>(no such location)</source>
        <translation>(šādas vietas nav)</translation>
    </message>
    <message>
        <source>e.g. sister works here</source>
        <translation>piem., šeit strādā māsa</translation>
    </message>
</context>
<context>
    <name>ShopperExportDialog</name>
    <message>
        <source>Include &amp;personal data (name, e-mail, phone, address, postcode)</source>
        <translation>Iekļaut &amp;personas datus (vārds, e-pasts, tālrunis, adrese, pasta indekss)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportēt</translation>
    </message>
    <message>
        <source>Export shoppers</source>
        <translation>Eksportēt pircējus</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pār&amp;lūkot…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) with their codes, profiles, availability and conflicts of interest: what planning needs, and nothing that tells who they are.</source>
        <translation>
            <numerusform>%n pircējs ar kodu, profilu, pieejamību un interešu konfliktiem: tas, kas vajadzīgs plānošanai, un nekas, kas atklāj, kas viņš ir.</numerusform>
            <numerusform>%n pircēji ar kodiem, profiliem, pieejamību un interešu konfliktiem: tas, kas vajadzīgs plānošanai, un nekas, kas atklāj, kas viņi ir.</numerusform>
            <numerusform>%n pircēji ar kodiem, profiliem, pieejamību un interešu konfliktiem: tas, kas vajadzīgs plānošanai, un nekas, kas atklāj, kas viņi ir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will say who the shoppers are and how to reach them. Keep it inside the agency, never send it to a client, and delete it when it has served its purpose (data protection: GDPR, and the ESOMAR and MSPA codes).</source>
        <translation>Failā būs redzams, kas ir pircēji un kā ar viņiem sazināties. Glabājiet to aģentūrā, nekad nesūtiet klientam un izdzēsiet, kad tas vairs nav vajadzīgs (datu aizsardzība: VDAR (GDPR), kā arī ESOMAR un MSPA kodeksi).</translation>
    </message>
    <message>
        <source>&amp;Export with personal data</source>
        <translation>&amp;Eksportēt ar personas datiem</translation>
    </message>
</context>
<context>
    <name>ShopperFields</name>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adrese</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Dzimšanas gads</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Dzimums</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Valodas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Platums</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Garums</translation>
    </message>
    <message>
        <source>Visits per wave</source>
        <translation>Apmeklējumi vilnī</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Apmeklējumi dienā</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Pievienojies</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nav pieejams</translation>
    </message>
    <message>
        <source>Conflicting locations</source>
        <translation>Vietas ar interešu konfliktu</translation>
    </message>
    <message>
        <source>Conflicting brands</source>
        <translation>Zīmoli ar interešu konfliktu</translation>
    </message>
</context>
<context>
    <name>ShopperImport</name>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation>failā %1 ir problēmas; nekas netika importēts</translation>
    </message>
    <message>
        <source>%1 holds no shopper to import</source>
        <translation>failā %1 nav pircēju, ko importēt</translation>
    </message>
    <message>
        <source>Import shoppers from %1</source>
        <translation>Importēt pircējus no faila %1</translation>
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation>nav izvēlēta kolonna šādiem laukiem: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are imported together: choose a column for both or for neither</source>
        <translation>%1 un %2 tiek importēti kopā: izvēlieties kolonnu abiem vai nevienam</translation>
    </message>
    <message>
        <source>the shopper code is empty</source>
        <translation>pircēja kods ir tukšs</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>kods %1 jau ir %2. rindā</translation>
    </message>
    <message>
        <source>“%1” is not a year of birth (such as 1987, or a date)</source>
        <translation>„%1” nav dzimšanas gads (piemēram, 1987 vai datums)</translation>
    </message>
    <message>
        <source>“%1” is not a gender (female, male or other)</source>
        <translation>„%1” nav dzimums (sieviete, vīrietis vai cits)</translation>
    </message>
    <message>
        <source>“%1” is not a status (active, paused or blocked)</source>
        <translation>„%1” nav statuss (aktīvs, apturēts vai bloķēts)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of visits</source>
        <translation>„%1” nav vesels apmeklējumu skaits</translation>
    </message>
    <message>
        <source>“%1” is not a rating (a number from 0 to 5%2)</source>
        <translation>„%1” nav vērtējums (skaitlis no 0 līdz 5%2)</translation>
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation>, ar decimālkomatu</translation>
    </message>
    <message>
        <source>“%1” is not a date (2024-03-01 or 01.03.2024)</source>
        <translation>„%1” nav datums (2024-03-01 vai 01.03.2024)</translation>
    </message>
    <message>
        <source>“%1” is not a list of periods (2026-07-01..2026-07-14, 2026-12-24)</source>
        <translation>„%1” nav periodu saraksts (2026-07-01..2026-07-14, 2026-12-24)</translation>
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>programmā nav vietas %1</translation>
    </message>
    <message>
        <source>the file holds no shoppers</source>
        <translation>failā nav pircēju</translation>
    </message>
</context>
<context>
    <name>ShopperImportDialog</name>
    <message>
        <source>Import shoppers from %1</source>
        <translation>Importēt pircējus no faila %1</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1 (personas dati)</translation>
    </message>
    <message numerus="yes">
        <source>%n new shopper(s)</source>
        <translation>
            <numerusform>%n jauns pircējs</numerusform>
            <numerusform>%n jauni pircēji</numerusform>
            <numerusform>%n jauni pircēji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n atjaunināts pēc koda</numerusform>
            <numerusform>%n atjaunināti pēc koda</numerusform>
            <numerusform>%n atjaunināti pēc koda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n nemainīts</numerusform>
            <numerusform>%n nemainīti</numerusform>
            <numerusform>%n nemainīti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problēma</numerusform>
            <numerusform>%n problēmas</numerusform>
            <numerusform>%n problēmas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperPickerDialog</name>
    <message>
        <source>Assign visit %1 by hand</source>
        <translation>Manuāli piešķirt apmeklējumu %1</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Pircējs</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dzīvesvieta</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Attālums</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Visits in the wave</source>
        <translation>Apmeklējumi vilnī</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Why by hand (kept in the visit's history)</source>
        <translation>Kāpēc manuāli (tiek saglabāts apmeklējuma vēsturē)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Piešķirt</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Piezīme:</translation>
    </message>
    <message>
        <source>any day of the wave</source>
        <translation>jebkura viļņa diena</translation>
    </message>
    <message>
        <source>Who carries out visit %1 at &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenario %5, %6?</source>
        <translation>Kurš veic apmeklējumu %1 vietā &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenārijs %5, %6?</translation>
    </message>
    <message>
        <source>Now with %1.</source>
        <translation>Pašlaik pie %1.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Izmaksas</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Atlīdzība</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Noslodze</translation>
    </message>
    <message>
        <source>The engine's cost of this choice in points: travel, fee, workload, rating and region manager terms (docs/assignment.md).</source>
        <translation>Dzinēja aprēķinātās šīs izvēles izmaksas punktos: ceļš, honorārs, noslodze, vērtējums un reģiona vadītājs (docs/assignment.md).</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>attālināti</translation>
    </message>
    <message>
        <source>Search by code or city; a code not listed says why</source>
        <translation>Meklēt pēc koda vai pilsētas; nesarakstīts kods pasaka, kāpēc</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shopper(s) may take this visit under the programme's rules, cheapest first.</source>
        <translation>
            <numerusform>%Ln pircējs var uzņemties šo apmeklējumu saskaņā ar programmas noteikumiem, lētākie vispirms.</numerusform>
            <numerusform>%Ln pircēji var uzņemties šo apmeklējumu saskaņā ar programmas noteikumiem, lētākie vispirms.</numerusform>
            <numerusform>%Ln pircēju var uzņemties šo apmeklējumu saskaņā ar programmas noteikumiem, lētākie vispirms.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has this visit already.</source>
        <translation>%1 jau ir šis apmeklējums.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 may not take this visit:&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 nedrīkst uzņemties šo apmeklējumu:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a shopper; what the choice weighs against shows here.</source>
        <translation>Izvēlieties pircēju; šeit redzams, kas runā pret šo izvēli.</translation>
    </message>
    <message>
        <source>%1: %2 points.</source>
        <translation>%1: %2 punkti.</translation>
    </message>
    <message>
        <source>Keeps every rule and costs the least.</source>
        <translation>Ievēro visus noteikumus un izmaksā vismazāk.</translation>
    </message>
</context>
<context>
    <name>ShopperStore</name>
    <message numerus="yes">
        <source>%1 has %n visit(s); pause or block the shopper instead of deleting</source>
        <translation>
            <numerusform>pircējam %1 ir %n apmeklējums; dzēšanas vietā apturiet vai bloķējiet pircēju</numerusform>
            <numerusform>pircējam %1 ir %n apmeklējumi; dzēšanas vietā apturiet vai bloķējiet pircēju</numerusform>
            <numerusform>pircējam %1 ir %n apmeklējumi; dzēšanas vietā apturiet vai bloķējiet pircēju</numerusform>
        </translation>
    </message>
    <message>
        <source>shopper %1: %2</source>
        <translation>pircējs %1: %2</translation>
    </message>
    <message>
        <source>shopper %1 is in use by now and stays</source>
        <translation>pircējs %1 jau tiek izmantots, tāpēc paliek</translation>
    </message>
    <message>
        <source>Add shopper %1</source>
        <translation>Pievienot pircēju %1</translation>
    </message>
    <message>
        <source>Edit shopper %1</source>
        <translation>Rediģēt pircēju %1</translation>
    </message>
    <message>
        <source>Edit shopper %1 (now %2)</source>
        <translation>Rediģēt pircēju %1 (tagad %2)</translation>
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation>pircējs %1 neeksistē</translation>
    </message>
    <message>
        <source>Delete shopper %1</source>
        <translation>Dzēst pircēju %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shopper(s)</source>
        <translation>
            <numerusform>Dzēst %n pircēju</numerusform>
            <numerusform>Dzēst %n pircējus</numerusform>
            <numerusform>Dzēst %n pircējus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperValidator</name>
    <message>
        <source>must not be empty</source>
        <translation>nedrīkst būt tukšs</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters</source>
        <translation>„%1…” ir garāks par %2 rakstzīmēm</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are kept</source>
        <translation>ir %1 rakstzīmju garš; tiek saglabātas ne vairāk kā %2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1” nav e-pasta adrese</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (digits, spaces and + ( ) - . / only)</source>
        <translation>„%1” nav tālruņa numurs (tikai cipari, atstarpes un + ( ) - . /)</translation>
    </message>
    <message>
        <source>must be from %1 to %2 (shoppers are %3 or older), not %4</source>
        <translation>jābūt no %1 līdz %2 (pircējiem jābūt vismaz %3 gadus veciem), nevis %4</translation>
    </message>
    <message>
        <source>must be female, male, other or not given, not “%1”</source>
        <translation>jābūt sieviete, vīrietis, cits vai nav norādīts, nevis „%1”</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as lv or en</source>
        <translation>„%1” nav valodas kods, piemēram, lv vai en</translation>
    </message>
    <message>
        <source>“%1” holds a comma or semicolon; give each tag on its own</source>
        <translation>„%1” satur komatu vai semikolu; norādiet katru birku atsevišķi</translation>
    </message>
    <message>
        <source>“%1…” is longer than 60 characters</source>
        <translation>„%1…” ir garāks par 60 rakstzīmēm</translation>
    </message>
    <message>
        <source>a home needs both latitude and longitude, or neither</source>
        <translation>dzīvesvietai vajadzīgs gan platums, gan garums vai neviens no tiem</translation>
    </message>
    <message>
        <source>must be from -90 to 90, not %1</source>
        <translation>jābūt no -90 līdz 90, nevis %1</translation>
    </message>
    <message>
        <source>must be from -180 to 180, not %1</source>
        <translation>jābūt no -180 līdz 180, nevis %1</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1, not %2</source>
        <translation>jābūt veselam skaitlim no 0 līdz %1, nevis %2</translation>
    </message>
    <message>
        <source>must be active, paused or blocked, not “%1”</source>
        <translation>jābūt aktīvs, apturēts vai bloķēts, nevis „%1”</translation>
    </message>
    <message>
        <source>must be from 0 to 5, not %1</source>
        <translation>jābūt no 0 līdz 5, nevis %1</translation>
    </message>
    <message>
        <source>a period needs a first and a last day</source>
        <translation>periodam vajadzīga pirmā un pēdējā diena</translation>
    </message>
    <message>
        <source>%1 to %2 ends before it starts</source>
        <translation>periods no %1 līdz %2 beidzas, pirms tas sākas</translation>
    </message>
    <message>
        <source>two periods start on %1</source>
        <translation>divi periodi sākas %1</translation>
    </message>
    <message>
        <source>a conflict of interest is with one location or one brand</source>
        <translation>interešu konflikts attiecas uz vienu vietu vai vienu zīmolu</translation>
    </message>
    <message>
        <source>there is no shopper %1 to change</source>
        <translation>nav pircēja %1, ko mainīt</translation>
    </message>
    <message>
        <source>%1 is the code of another shopper</source>
        <translation>%1 ir cita pircēja kods</translation>
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>programmā nav vietas %1</translation>
    </message>
</context>
<context>
    <name>ShopperWriter</name>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>programmā nav vietas %1</translation>
    </message>
</context>
<context>
    <name>ShoppersCommand</name>
    <message>
        <source>List and show the shopper panel with visit histories; import it from a CSV file, or export it.</source>
        <translation>Uzskaitīt un parādīt pircēju paneli ar apmeklējumu vēsturi; importēt to no CSV faila vai eksportēt.</translation>
    </message>
    <message>
        <source>The shopper panel of a programme.

  list FILE [--status S] [--city C] [--language L] [--tag T] [--search TEXT] [--json]
  show FILE CODE [--json]            one shopper with personal data, availability, conflicts and visits
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--json]
  export FILE [OUT.csv] [-o OUT.csv] [--personal] [--delimiter CHAR] [--excel]

The export leaves personal data (name, e-mail, phone, address, postcode) out unless --personal
asks for it: a file with names in it may only go where data protection allows.
The encoding, the delimiter and the header are detected; columns are matched by their header
names (in English, Swedish, Norwegian, Latvian or Polish) unless --map names them, e.g.
--map code=Kods,name=Vārds uzvārds. Fields: %1.
Lists (languages, tags, conflicts) are separated by commas; unavailable dates are periods such
as 2026-07-01..2026-07-14, 2026-12-24. Every problem is listed with its line and column and
nothing is written, unless --valid-rows imports the rows without problems. A code that exists
is updated in the columns the file has, not duplicated.</source>
        <translation>Programmas pircēju panelis.

  list FILE [--status S] [--city C] [--language L] [--tag T] [--search TEXT] [--json]
  show FILE CODE [--json]            viens pircējs ar personas datiem, pieejamību, konfliktiem un apmeklējumiem
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--json]
  export FILE [OUT.csv] [-o OUT.csv] [--personal] [--delimiter CHAR] [--excel]

Eksportā personas dati (vārds, e-pasts, tālrunis, adrese, pasta indekss) netiek iekļauti, ja vien tos
nepieprasa --personal: failu ar vārdiem drīkst nodot tikai tur, kur to atļauj datu aizsardzības prasības.
Kodējums, atdalītājs un galvenes rinda tiek noteikti automātiski; kolonnas tiek sasaistītas pēc
nosaukumiem galvenē (angļu, zviedru, norvēģu, latviešu vai poļu valodā), ja vien tās nenorāda --map, piem.,
--map code=Kods,name=Vārds uzvārds. Lauki: %1.
Saraksti (valodas, birkas, konflikti) tiek atdalīti ar komatiem; nepieejamības datumi ir periodi, piemēram,
2026-07-01..2026-07-14, 2026-12-24. Katra problēma tiek uzskaitīta ar rindu un kolonnu, un nekas netiek
ierakstīts, ja vien --valid-rows neimportē rindas bez problēmām. Esošs kods tiek atjaunināts tajās
kolonnās, kas ir failā, nevis dublēts.</translation>
    </message>
    <message>
        <source>list, show, import or export</source>
        <translation>list, show, import vai export</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>export: include personal data (name, e-mail, phone, address, postcode).</source>
        <translation>export: iekļaut personas datus (vārds, e-pasts, tālrunis, adrese, pasta indekss).</translation>
    </message>
    <message>
        <source>list: only shoppers with this status (active, paused, blocked).</source>
        <translation>list: tikai pircēji ar šo statusu (active, paused, blocked).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>list: only shoppers living in this city.</source>
        <translation>list: tikai pircēji, kas dzīvo šajā pilsētā.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>list: only shoppers speaking this language (a code such as lv).</source>
        <translation>list: tikai pircēji, kas runā šajā valodā (kods, piemēram, lv).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>list: only shoppers with this tag.</source>
        <translation>list: tikai pircēji ar šo birku.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>list: only shoppers whose code, name, city or e-mail contains TEXT.</source>
        <translation>list: tikai pircēji, kuru kods, vārds, pilsēta vai e-pasts satur TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>shoppers export: give the output file once, as OUT or with -o</source>
        <translation>shoppers export: norādiet izvades failu vienreiz — kā OUT vai ar -o</translation>
    </message>
    <message>
        <source>shoppers: expected 'list FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE [OUT]' (see 'shopscope-cli shoppers --help')</source>
        <translation>shoppers: gaidīts 'list FILE', 'show FILE CODE', 'import FILE CSV' vai 'export FILE [OUT]' (skatiet 'shopscope-cli shoppers --help')</translation>
    </message>
    <message>
        <source>shoppers import</source>
        <translation>shoppers import</translation>
    </message>
    <message>
        <source>shoppers export: %1: %2</source>
        <translation>shoppers export: %1: %2</translation>
    </message>
    <message>
        <source>shoppers export</source>
        <translation>shoppers export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, with personal data</source>
        <translation>
            <numerusform>%n pircējs eksportēts failā %1 ar personas datiem</numerusform>
            <numerusform>%n pircēji eksportēti failā %1 ar personas datiem</numerusform>
            <numerusform>%n pircēji eksportēti failā %1 ar personas datiem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>%n pircējs eksportēts failā %1 bez personas datiem</numerusform>
            <numerusform>%n pircēji eksportēti failā %1 bez personas datiem</numerusform>
            <numerusform>%n pircēji eksportēti failā %1 bez personas datiem</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers list: --status must be active, paused or blocked, not “%1”</source>
        <translation>shoppers list: --status jābūt active, paused vai blocked, nevis „%1”</translation>
    </message>
    <message>
        <source>shoppers list: %1: %2</source>
        <translation>shoppers list: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shopper(s)</source>
        <translation>
            <numerusform>%1 no %n pircēja</numerusform>
            <numerusform>%1 no %n pircējiem</numerusform>
            <numerusform>%1 no %n pircējiem</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers show: %1: %2</source>
        <translation>shoppers show: %1: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nekad</translation>
    </message>
    <message>
        <source>Conflicts of interest:</source>
        <translation>Interešu konflikti:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>brand %1</source>
        <translation>zīmols %1</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>vieta %1</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV un teksta faili (*.csv *.txt *.tsv);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Nevar importēt</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importē %1…</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing changed.</source>
        <translation>%1 imports tika atcelts; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nekas netika importēts</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search %1…</source>
        <translation>Meklēt: %1…</translation>
    </message>
    <message>
        <source>Nothing here yet: this programme has no %1.</source>
        <translation>Šeit vēl nekā nav: šajā programmā nav datu (%1).</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>Nekas neatbilst „%2” (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rinda</numerusform>
            <numerusform>%Ln rindas</numerusform>
            <numerusform>%Ln rindas</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 match the filters.</source>
        <translation>Nekas neatbilst filtriem (%1).</translation>
    </message>
    <message>
        <source>No %1 match “%2” with these filters.</source>
        <translation>Ar šiem filtriem nekas neatbilst „%2” (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>atbilst: %1 (kopā %2)</translation>
    </message>
</context>
<context>
    <name>TranslationTable</name>
    <message>
        <source>Compare</source>
        <translation>Salīdzināt</translation>
    </message>
    <message>
        <source>with</source>
        <translation>ar</translation>
    </message>
    <message>
        <source>Translate %1</source>
        <translation>Tulkot: %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Missing %1 text</source>
        <translation>Trūkst teksta valodā %1</translation>
    </message>
    <message>
        <source>%1 (section)</source>
        <translation>%1 (sadaļa)</translation>
    </message>
    <message>
        <source>%1 help</source>
        <translation>Palīdzība: %1</translation>
    </message>
    <message>
        <source>All texts are there</source>
        <translation>Visi teksti ir ievadīti</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing</source>
        <translation>
            <numerusform>trūkst %n teksta</numerusform>
            <numerusform>trūkst %n tekstu</numerusform>
            <numerusform>trūkst %n tekstu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitAction</name>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation>pa to laiku kāds apmeklējums tika dzēsts</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>apmeklējums %1 neeksistē</translation>
    </message>
    <message>
        <source>no visit chosen</source>
        <translation>nav izvēlēts neviens apmeklējums</translation>
    </message>
    <message>
        <source>%1: visit %2</source>
        <translation>%1: apmeklējums %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n apmeklējums</numerusform>
            <numerusform>%1: %n apmeklējumi</numerusform>
            <numerusform>%1: %n apmeklējumi</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 was carried out already; its shopper stays</source>
        <translation>apmeklējums %1 jau ir veikts; tā pircējs paliek</translation>
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation>pircējs %1 neeksistē</translation>
    </message>
    <message>
        <source>visit %1 is with %2 already</source>
        <translation>apmeklējums %1 jau ir piešķirts pircējam %2</translation>
    </message>
    <message>
        <source>Assign visit %1 to %2</source>
        <translation>Piešķirt apmeklējumu %1 pircējam %2</translation>
    </message>
    <message>
        <source>visit %1 has no shopper to swap</source>
        <translation>apmeklējumam %1 nav pircēja, ko samainīt</translation>
    </message>
    <message>
        <source>visits %1 and %2 have the same shopper</source>
        <translation>apmeklējumiem %1 un %2 ir viens un tas pats pircējs</translation>
    </message>
    <message>
        <source>swapped with visit %1</source>
        <translation>samainīts ar apmeklējumu %1</translation>
    </message>
    <message>
        <source>Swap the shoppers of visits %1 and %2</source>
        <translation>Samainīt apmeklējumu %1 un %2 pircējus</translation>
    </message>
    <message>
        <source>Accepted by the shopper</source>
        <translation>Pircējs pieņēmis</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Apmeklējums veikts</translation>
    </message>
    <message>
        <source>Back to the pool (shopper dropped out)</source>
        <translation>Atpakaļ brīvo apmeklējumu kopā (pircējs atteicās)</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Atcelt apmeklējumu</translation>
    </message>
    <message>
        <source>Reinstate the visit</source>
        <translation>Atjaunot apmeklējumu</translation>
    </message>
    <message>
        <source>Lock the shopper</source>
        <translation>Bloķēt pircēja piešķīrumu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Atbloķēt</translation>
    </message>
    <message>
        <source>visit %1 is %2: %3</source>
        <translation>apmeklējums %1 ir %2: %3</translation>
    </message>
    <message>
        <source>only an assigned visit can be accepted</source>
        <translation>pieņemt var tikai piešķirtu apmeklējumu</translation>
    </message>
    <message>
        <source>only an assigned or accepted visit can be done</source>
        <translation>par veiktu var atzīmēt tikai piešķirtu vai pieņemtu apmeklējumu</translation>
    </message>
    <message>
        <source>only an assigned or accepted visit can go back to the pool</source>
        <translation>brīvo apmeklējumu kopā var atgriezt tikai piešķirtu vai pieņemtu apmeklējumu</translation>
    </message>
    <message>
        <source>a visit that was carried out cannot be cancelled</source>
        <translation>veiktu apmeklējumu nevar atcelt</translation>
    </message>
    <message>
        <source>only a cancelled visit can be reinstated</source>
        <translation>atjaunot var tikai atceltu apmeklējumu</translation>
    </message>
    <message>
        <source>visit %1 is locked already</source>
        <translation>apmeklējums %1 jau ir bloķēts</translation>
    </message>
    <message>
        <source>only a visit with a shopper can be locked</source>
        <translation>bloķēt var tikai apmeklējumu, kuram ir pircējs</translation>
    </message>
    <message>
        <source>visit %1 is not locked</source>
        <translation>apmeklējums %1 nav bloķēts</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Assign by hand…</source>
        <translation>Piešķirt manuāli…</translation>
    </message>
    <message>
        <source>Swap shoppers</source>
        <translation>Samainīt pircējus</translation>
    </message>
    <message>
        <source>Fieldwork status</source>
        <translation>Lauka darba statuss</translation>
    </message>
    <message>
        <source>Export fieldwork lists…</source>
        <translation>Eksportēt lauka darba sarakstus…</translation>
    </message>
    <message>
        <source>Why (kept in the visits' history):</source>
        <translation>Kāpēc (tiek saglabāts apmeklējumu vēsturē):</translation>
    </message>
    <message>
        <source>Select one or more visits first.</source>
        <translation>Vispirms atlasiet vienu vai vairākus apmeklējumus.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Nekas netika mainīts: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n apmeklējums</numerusform>
            <numerusform>%1: %n apmeklējumi</numerusform>
            <numerusform>%1: %n apmeklējumi</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign by hand</source>
        <translation>Piešķirt manuāli</translation>
    </message>
    <message>
        <source>Select one visit first.</source>
        <translation>Vispirms atlasiet vienu apmeklējumu.</translation>
    </message>
    <message>
        <source>Select exactly two visits whose shoppers should change places.</source>
        <translation>Atlasiet tieši divus apmeklējumus, kuru pircējiem jāsamainās vietām.</translation>
    </message>
    <message>
        <source>Export fieldwork lists</source>
        <translation>Eksportēt lauka darba sarakstus</translation>
    </message>
    <message>
        <source>Choose a wave in the filter, or select one of its visits.</source>
        <translation>Izvēlieties vilni filtrā vai atlasiet kādu no tā apmeklējumiem.</translation>
    </message>
    <message>
        <source>Folder for the fieldwork lists</source>
        <translation>Mape lauka darba sarakstiem</translation>
    </message>
    <message>
        <source>The lists were not written: %1</source>
        <translation>Saraksti netika ierakstīti: %1</translation>
    </message>
    <message>
        <source>Writing the shoppers' lists of %1…</source>
        <translation>Raksta viļņa %1 pircēju sarakstus…</translation>
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation>Pircēja %1 apmeklējumi vilnī %2</translation>
    </message>
    <message>
        <source>Export of the fieldwork lists of %1 cancelled; the files written so far stay in %2</source>
        <translation>Viļņa %1 lauka darba sarakstu eksports atcelts; līdz šim ierakstītie faili paliek mapē %2</translation>
    </message>
    <message numerus="yes">
        <source>Fieldwork sheet and the lists of %n shopper(s) written to %1</source>
        <translation>
            <numerusform>Lauka darba tabula un %n pircēja saraksts ierakstīti mapē %1</numerusform>
            <numerusform>Lauka darba tabula un %n pircēju saraksti ierakstīti mapē %1</numerusform>
            <numerusform>Lauka darba tabula un %n pircēju saraksti ierakstīti mapē %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-assign…</source>
        <translation>Piešķirt automātiski…</translation>
    </message>
    <message>
        <source>No explanation: %1.</source>
        <translation>Nav skaidrojuma: %1.</translation>
    </message>
    <message>
        <source>A cancelled visit gets no shopper.</source>
        <translation>Atceltam apmeklējumam pircēju nepiešķir.</translation>
    </message>
    <message>
        <source>Shoppers assigned automatically; Undo takes the whole run back.</source>
        <translation>Pircēji piešķirti automātiski; Atsaukt atceļ visu palaišanu.</translation>
    </message>
    <message>
        <source>The rules allow this choice, but:</source>
        <translation>Noteikumi atļauj šo izvēli, taču:</translation>
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation>Tomēr turpināt?</translation>
    </message>
    <message>
        <source>visit %1 is cancelled</source>
        <translation>apmeklējums %1 ir atcelts</translation>
    </message>
    <message>
        <source>%1 may not take visit %2:
%3

Nothing changed.</source>
        <translation>%1 nedrīkst uzņemties apmeklējumu %2:
%3

Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Visit %1 assigned to %2 by hand</source>
        <translation>Apmeklējums %1 manuāli piešķirts %2</translation>
    </message>
    <message>
        <source>The shoppers of visits %1 and %2 may not change places:
%3

Nothing changed.</source>
        <translation>Apmeklējumu %1 un %2 pircēji nedrīkst samainīties vietām:
%3

Nekas netika mainīts.</translation>
    </message>
    <message>
        <source>Enter report…</source>
        <translation>Ievadīt pārskatu…</translation>
    </message>
    <message>
        <source>Type the selected visit's report from the shopper's paper or e-mail (Ctrl+E)</source>
        <translation>Ievadīt atlasītā apmeklējuma pārskatu no pircēja papīra veidlapas vai e-pasta (Ctrl+E)</translation>
    </message>
    <message>
        <source>Report of visit %1 saved; Undo takes it back.</source>
        <translation>Apmeklējuma %1 pārskats saglabāts; Atsaukt to atceļ.</translation>
    </message>
</context>
<context>
    <name>VisitDetailPanel</name>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Pircējs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vēsture&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a visit to see who carries it out and its history.</source>
        <translation>Atlasiet apmeklējumu, lai redzētu, kurš to veic, un tā vēsturi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Apmeklējums %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Scenario %1, %2 %3</source>
        <translation>Scenārijs %1, %2 %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez datuma</translation>
    </message>
    <message>
        <source>shopper %1 (%2), %3</source>
        <translation>pircējs %1 (%2), %3</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloķēts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Piešķīrums&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why this shopper, or why none?</source>
        <translation>Kāpēc šis pircējs vai kāpēc neviena?</translation>
    </message>
</context>
<context>
    <name>VisitGenerator</name>
    <message numerus="yes">
        <source>Generate %n visit(s) for %1</source>
        <translation>
            <numerusform>Ģenerēt %n apmeklējumu vilnim %1</numerusform>
            <numerusform>Ģenerēt %n apmeklējumus vilnim %1</numerusform>
            <numerusform>Ģenerēt %n apmeklējumus vilnim %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since the preview; generate again</source>
        <translation>viļņa %1 apmeklējumi kopš priekšskatīšanas ir mainījušies; ģenerējiet vēlreiz</translation>
    </message>
    <message>
        <source>some generated visits of wave %1 are gone already</source>
        <translation>daži viļņa %1 ģenerētie apmeklējumi jau ir dzēsti</translation>
    </message>
    <message>
        <source>wave %1 already has every visit the plan asks for</source>
        <translation>vilnim %1 jau ir visi plānā paredzētie apmeklējumi</translation>
    </message>
    <message>
        <source>wave %1 is %2: a closed wave takes no new visits</source>
        <translation>vilnim %1 ir statuss %2: slēgtam vilnim nevar pievienot jaunus apmeklējumus</translation>
    </message>
    <message>
        <source>the programme has no active scenario to plan</source>
        <translation>programmā nav neviena aktīva scenārija, ko plānot</translation>
    </message>
    <message>
        <source>scenarios.codes: no scenario has the code “%1”</source>
        <translation>scenarios.codes: nevienam scenārijam nav koda „%1”</translation>
    </message>
    <message>
        <source>scenarios.codes: scenario %1 is inactive</source>
        <translation>scenarios.codes: scenārijs %1 nav aktīvs</translation>
    </message>
    <message>
        <source>locations.regions: no region is named “%1”</source>
        <translation>locations.regions: nav reģiona ar nosaukumu „%1”</translation>
    </message>
    <message>
        <source>no location matches the plan's location rules</source>
        <translation>neviena vieta neatbilst plāna vietu noteikumiem</translation>
    </message>
    <message numerus="yes">
        <source>%n kept visit(s) are at locations outside these rules and stay as they are</source>
        <translation>
            <numerusform>%n saglabātais apmeklējums ir vietā ārpus šiem noteikumiem un paliek nemainīts</numerusform>
            <numerusform>%n saglabātie apmeklējumi ir vietās ārpus šiem noteikumiem un paliek nemainīti</numerusform>
            <numerusform>%n saglabātie apmeklējumi ir vietās ārpus šiem noteikumiem un paliek nemainīti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps %2 visits where the plan asks for %3</source>
        <translation>vietā %1 saglabājas apmeklējumi: %2, lai gan plāns paredz %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is never open during wave %3, but the plan asks for %n visit(s) there</source>
        <translation>
            <numerusform>vieta %1 %2 viļņa %3 laikā nekad nav atvērta, bet plāns tur paredz %n apmeklējumu</numerusform>
            <numerusform>vieta %1 %2 viļņa %3 laikā nekad nav atvērta, bet plāns tur paredz %n apmeklējumus</numerusform>
            <numerusform>vieta %1 %2 viļņa %3 laikā nekad nav atvērta, bet plāns tur paredz %n apmeklējumus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the plan asks for %3 visits but its opening hours allow only %4 in wave %5</source>
        <translation>%1 %2: plānā paredzēto apmeklējumu skaits ir %3, bet darba laiks vilnī %5 ļauj tikai %4</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) have no scenario of the plan for their channel: %1</source>
        <translation>
            <numerusform>%n vietai nav neviena plāna scenārija tās kanālam: %1</numerusform>
            <numerusform>%n vietām nav neviena plāna scenārija to kanālam: %1</numerusform>
            <numerusform>%n vietām nav neviena plāna scenārija to kanālam: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <source>%1 % of the visits on %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation>%1 % apmeklējumu dienā %2 prasa apmeklējumu skaitu %3, bet vietu darba laiks ļauj ne vairāk kā %4</translation>
    </message>
    <message>
        <source>%1 % of the visits in the %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation>%1 % apmeklējumu dienas daļā %2 prasa apmeklējumu skaitu %3, bet vietu darba laiks ļauj ne vairāk kā %4</translation>
    </message>
    <message>
        <source>the weekday quotas leave %1 visits for the other days, but the locations are open for at most %2 of them on those days</source>
        <translation>pēc nedēļas dienu kvotām pārējām dienām paliek apmeklējumi: %1, bet šajās dienās vietas ir atvērtas ne vairāk kā %2 no tiem</translation>
    </message>
    <message>
        <source>%1 %2 has no free opening hours left for its visits in wave %3</source>
        <translation>vietai %1 %2 vilnī %3 vairs nav brīva darba laika tās apmeklējumiem</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>there is no shopper %1</source>
        <translation>pircējs %1 neeksistē</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>vieta %1 neeksistē</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Vēl nav apmeklējumu</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n apmeklējums</numerusform>
            <numerusform>%n apmeklējumi</numerusform>
            <numerusform>%n apmeklējumi</numerusform>
        </translation>
    </message>
    <message>
        <source>, the last on %1</source>
        <translation>, pēdējais %1</translation>
    </message>
    <message>
        <source>, average score %1</source>
        <translation>, vidējais rezultāts %1</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Visited on %1</source>
        <translation>Apmeklēts %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Plānots %1</translation>
    </message>
    <message>
        <source>(no shopper)</source>
        <translation>(nav pircēja)</translation>
    </message>
    <message>
        <source>Taken off (now %1)</source>
        <translation>Noņemts (tagad %1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vilnis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Pircējs</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenārijs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Rezultāts</translation>
    </message>
</context>
<context>
    <name>VisitHistoryPrinter</name>
    <message>
        <source>Visits: %1</source>
        <translation>Apmeklējumi: %1</translation>
    </message>
    <message>
        <source>(no shopper)</source>
        <translation>(nav pircēja)</translation>
    </message>
    <message>
        <source>taken off (now %1)</source>
        <translation>noņemts (tagad %1)</translation>
    </message>
</context>
<context>
    <name>VisitHistoryView</name>
    <message>
        <source>No visits yet: the history starts once this one is saved and given visits.</source>
        <translation>Vēl nav apmeklējumu: vēsture sāksies, kad šis ieraksts būs saglabāts un tam būs apmeklējumi.</translation>
    </message>
</context>
<context>
    <name>VisitsCommand</name>
    <message>
        <source>List visits; accept, finish, cancel, return to the pool, lock or assign them by hand; their history.</source>
        <translation>Uzskaitīt apmeklējumus; pieņemt, pabeigt, atcelt, atgriezt brīvo apmeklējumu kopā, bloķēt vai piešķirt tos manuāli; to vēsture.</translation>
    </message>
    <message>
        <source>list, set, assign, swap or history</source>
        <translation>list, set, assign, swap vai history</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>Only the visits of this wave (code or name).</source>
        <translation>Tikai šī viļņa apmeklējumi (kods vai nosaukums).</translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WAVE</translation>
    </message>
    <message>
        <source>Only visits with this status.</source>
        <translation>Tikai apmeklējumi ar šo statusu.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>accept, done, return, cancel, reinstate, lock or unlock.</source>
        <translation>accept, done, return, cancel, reinstate, lock vai unlock.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>The shopper's code.</source>
        <translation>Pircēja kods.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why (kept in the visit's history).</source>
        <translation>Kāpēc (tiek saglabāts apmeklējuma vēsturē).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>visits: expected list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID or history FILE ID (see 'shopscope-cli visits --help')</source>
        <translation>visits: tika gaidīts list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID vai history FILE ID (skatiet 'shopscope-cli visits --help')</translation>
    </message>
    <message>
        <source>visits list: %1: %2</source>
        <translation>visits list: %1: %2</translation>
    </message>
    <message>
        <source>visits list: --status: “%1” is not a visit status (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</source>
        <translation>visits list: --status: „%1” nav apmeklējuma statuss (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</translation>
    </message>
    <message>
        <source>visits list: %1: cannot read the visits</source>
        <translation>visits list: %1: nevar nolasīt apmeklējumus</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (bloķēts)</translation>
    </message>
    <message>
        <source>No visits match.</source>
        <translation>Neviens apmeklējums neatbilst.</translation>
    </message>
    <message>
        <source>visits set: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation>visits set: „%1” nav apmeklējumu numuru saraksts (piem., 12,15,18)</translation>
    </message>
    <message>
        <source>visits set: --action: expected accept, done, return, cancel, reinstate, lock or unlock</source>
        <translation>visits set: --action: tika gaidīts accept, done, return, cancel, reinstate, lock vai unlock</translation>
    </message>
    <message>
        <source>visits set: %1: %2; nothing changed</source>
        <translation>visits set: %1: %2; nekas netika mainīts</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n apmeklējums</numerusform>
            <numerusform>%1: %n apmeklējumi</numerusform>
            <numerusform>%1: %n apmeklējumi</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: “%1” is not a visit number</source>
        <translation>visits assign: „%1” nav apmeklējuma numurs</translation>
    </message>
    <message>
        <source>visits assign: --shopper CODE is required</source>
        <translation>visits assign: --shopper CODE ir obligāts</translation>
    </message>
    <message>
        <source>visits assign: %1: %2; nothing changed</source>
        <translation>visits assign: %1: %2; nekas netika mainīts</translation>
    </message>
    <message>
        <source>Visit %1 assigned to %2</source>
        <translation>Apmeklējums %1 piešķirts pircējam %2</translation>
    </message>
    <message>
        <source>visits swap: expected two visit numbers</source>
        <translation>visits swap: tika gaidīti divi apmeklējumu numuri</translation>
    </message>
    <message>
        <source>visits swap: %1: %2; nothing changed</source>
        <translation>visits swap: %1: %2; nekas netika mainīts</translation>
    </message>
    <message>
        <source>Visits %1 and %2 swapped their shoppers</source>
        <translation>Apmeklējumi %1 un %2 samainīja pircējus</translation>
    </message>
    <message>
        <source>visits history: “%1” is not a visit number</source>
        <translation>visits history: „%1” nav apmeklējuma numurs</translation>
    </message>
    <message>
        <source>visits history: %1: there is no visit %2</source>
        <translation>visits history: %1: apmeklējums %2 neeksistē</translation>
    </message>
    <message>
        <source>Visit %1 has no history yet.</source>
        <translation>Apmeklējumam %1 vēl nav vēstures.</translation>
    </message>
    <message>
        <source>The folder the fieldwork lists go to.</source>
        <translation>Mape, kurā tiek ierakstīti lauka darba saraksti.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>visits history: %1: cannot read the history of visit %2</source>
        <translation>visits history: %1: nevar nolasīt apmeklējuma %2 vēsturi</translation>
    </message>
    <message>
        <source>visits export: --wave and --out FOLDER are required</source>
        <translation>visits export: --wave un --out FOLDER ir obligāti</translation>
    </message>
    <message>
        <source>visits export: cannot create the folder %1</source>
        <translation>visits export: nevar izveidot mapi %1</translation>
    </message>
    <message>
        <source>visits export: %1: %2</source>
        <translation>visits export: %1: %2</translation>
    </message>
    <message>
        <source>visits export: %1</source>
        <translation>visits export: %1</translation>
    </message>
    <message>
        <source>visits export: cannot write %1</source>
        <translation>visits export: nevar ierakstīt %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: fieldwork sheet and the lists of %n shopper(s) written to %2</source>
        <translation>
            <numerusform>%1: lauka darba tabula un %n pircēja saraksts ierakstīti mapē %2</numerusform>
            <numerusform>%1: lauka darba tabula un %n pircēju saraksti ierakstīti mapē %2</numerusform>
            <numerusform>%1: lauka darba tabula un %n pircēju saraksti ierakstīti mapē %2</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: %1: visit %2 cannot go to %3: %4; nothing changed</source>
        <translation>visits assign: %1: apmeklējumu %2 nevar piešķirt %3: %4; nekas netika mainīts</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>brīdinājums: %1</translation>
    </message>
    <message>
        <source>visits swap: %1: visit %2 cannot change its shopper: %3; nothing changed</source>
        <translation>visits swap: %1: apmeklējumam %2 nevar mainīt pircēju: %3; nekas netika mainīts</translation>
    </message>
    <message>
        <source>Visits during fieldwork.

  list FILE [--wave CODE|NAME] [--status STATUS] [--json]
  set FILE ID[,ID...] --action accept|done|return|cancel|reinstate|lock|unlock [--note TEXT]
  assign FILE ID --shopper CODE [--note TEXT] [--json]
  swap FILE ID ID [--json]
  history FILE ID [--json]
  export FILE --wave CODE|NAME --out FOLDER [--json]
  review FILE ID[,ID...] --approve | --send-back --reason TEXT [--by NAME] [--json]

'review' approves submitted reports (they count in results) or sends submitted or approved
ones back to the shopper with a reason (the visit is then 'rejected'); each decision is kept
with who made it (--by, else the account name) and shows in the visit's history.
'export' writes the wave's fieldwork sheet (every visit, status, shopper code), the shoppers'
lists in one CSV, and each shopper's list with the scenarios' briefings as a page to print.
'return' sends a visit whose shopper dropped out back to the pool (planned, no shopper); a
locked visit keeps its shopper when the assignment runs again. 'assign' and 'swap' check the
programme's assignment rules: a hard rule (distance, profile, lockout, capacity, conflict,
availability, status) refuses the choice with its reason; a soft one (cost, workload, rating)
prints a warning. Every change is one step that
the window can undo, and leaves an event in the visit's history. All or nothing: when one of
the visits does not allow the action, none changes.</source>
        <translation>Apmeklējumi lauka darba laikā.

  list FILE [--wave CODE|NAME] [--status STATUS] [--json]
  set FILE ID[,ID...] --action accept|done|return|cancel|reinstate|lock|unlock [--note TEXT]
  assign FILE ID --shopper CODE [--note TEXT] [--json]
  swap FILE ID ID [--json]
  history FILE ID [--json]
  export FILE --wave CODE|NAME --out FOLDER [--json]
  review FILE ID[,ID...] --approve | --send-back --reason TEXT [--by NAME] [--json]

'review' apstiprina iesniegtus pārskatus (tie tiek ieskaitīti rezultātos) vai sūta iesniegtus vai apstiprinātus
atpakaļ pircējam ar iemeslu (apmeklējums tad kļūst 'rejected'); katrs lēmums tiek saglabāts
ar tā pieņēmēju (--by, citādi konta nosaukums) un redzams apmeklējuma vēsturē.
'export' ieraksta viļņa lauka darba tabulu (katrs apmeklējums, statuss, pircēja kods), pircēju
sarakstus vienā CSV failā un katra pircēja sarakstu ar scenāriju instruktāžām kā drukājamu lapu.
'return' atgriež brīvo apmeklējumu kopā apmeklējumu, kura pircējs atteicās (plānots, bez pircēja);
bloķēts apmeklējums saglabā savu pircēju, kad piešķiršana tiek palaista vēlreiz. 'assign' un 'swap' pārbauda
programmas piešķiršanas noteikumus: stingrs noteikums (attālums, profils, pārtraukums, kapacitāte, interešu konflikts,
pieejamība, statuss) noraida izvēli, norādot iemeslu; mīksts (izmaksas, noslodze, vērtējums)
izdrukā brīdinājumu. Katra izmaiņa ir viens
solis, ko logā var atsaukt, un apmeklējuma vēsturē paliek notikums. Viss vai nekas: ja kāds no
apmeklējumiem neatļauj darbību, nekas netiek mainīts.</translation>
    </message>
    <message>
        <source>review: approve the reports.</source>
        <translation>review: apstiprināt pārskatus.</translation>
    </message>
    <message>
        <source>review: send the reports back to their shoppers.</source>
        <translation>review: nosūtīt pārskatus atpakaļ to pircējiem.</translation>
    </message>
    <message>
        <source>review: why the reports go back (required with --send-back).</source>
        <translation>review: kāpēc pārskati tiek sūtīti atpakaļ (obligāti ar --send-back).</translation>
    </message>
    <message>
        <source>review: who decides (default: the account name).</source>
        <translation>review: kas pieņem lēmumu (pēc noklusējuma: konta nosaukums).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>visits review: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation>visits review: “%1” nav apmeklējumu numuru saraksts (piem., 12,15,18)</translation>
    </message>
    <message>
        <source>visits review: give either --approve or --send-back</source>
        <translation>visits review: norādiet --approve vai --send-back</translation>
    </message>
    <message>
        <source>visits review: --send-back needs --reason TEXT for the shopper</source>
        <translation>visits review: --send-back nepieciešams --reason TEXT pircējam</translation>
    </message>
    <message>
        <source>visits review: %1: %2; nothing changed</source>
        <translation>visits review: %1: %2; nekas netika mainīts</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Apstiprināts: %n pārskats</numerusform>
            <numerusform>Apstiprināti: %n pārskati</numerusform>
            <numerusform>Apstiprināti: %n pārskatu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Nosūtīts atpakaļ: %n pārskats</numerusform>
            <numerusform>Nosūtīti atpakaļ: %n pārskati</numerusform>
            <numerusform>Nosūtīti atpakaļ: %n pārskatu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveActions</name>
    <message>
        <source>New waves…</source>
        <translation>Jauni viļņi…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Iestatīt statusu</translation>
    </message>
    <message>
        <source>No waves created</source>
        <translation>Viļņi netika izveidoti</translation>
    </message>
    <message>
        <source>Select a wave first.</source>
        <translation>Vispirms atlasiet vilni.</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statuss nav mainīts</translation>
    </message>
    <message>
        <source>Generate visits…</source>
        <translation>Ģenerēt apmeklējumus…</translation>
    </message>
    <message>
        <source>Generate visits</source>
        <translation>Ģenerēt apmeklējumus</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n visit(s) for %1</source>
        <translation>
            <numerusform>Vilnim %1 ģenerēts %n apmeklējums</numerusform>
            <numerusform>Vilnim %1 ģenerēti %n apmeklējumi</numerusform>
            <numerusform>Vilnim %1 ģenerēti %n apmeklējumi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveLookup</name>
    <message>
        <source>The waves cannot be read: %1</source>
        <translation>Viļņus nevar nolasīt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waves are named “%1”: give the wave's code instead.</source>
        <translation>
            <numerusform>%n vilnim ir nosaukums „%1”: tā vietā norādiet viļņa kodu.</numerusform>
            <numerusform>%n viļņiem ir nosaukums „%1”: tā vietā norādiet viļņa kodu.</numerusform>
            <numerusform>%n viļņiem ir nosaukums „%1”: tā vietā norādiet viļņa kodu.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no wave with the code or name “%1”.</source>
        <translation>Nav viļņa ar kodu vai nosaukumu „%1”.</translation>
    </message>
</context>
<context>
    <name>WaveSeries</name>
    <message>
        <source>Add wave %1</source>
        <translation>Pievienot vilni %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n wave(s)</source>
        <translation>
            <numerusform>Pievienot %n vilni</numerusform>
            <numerusform>Pievienot %n viļņus</numerusform>
            <numerusform>Pievienot %n viļņus</numerusform>
        </translation>
    </message>
    <message>
        <source>a wave with the code %1 exists already</source>
        <translation>vilnis ar kodu %1 jau eksistē</translation>
    </message>
    <message>
        <source>the waves have visits by now and stay</source>
        <translation>viļņiem jau ir apmeklējumi, tāpēc tie paliek</translation>
    </message>
    <message>
        <source>Set wave %1 to %2</source>
        <translation>Mainīt viļņa %1 statusu: %2</translation>
    </message>
    <message>
        <source>no waves to add</source>
        <translation>nav viļņu, ko pievienot</translation>
    </message>
    <message>
        <source>every wave needs a code and a name</source>
        <translation>katram vilnim nepieciešams kods un nosaukums</translation>
    </message>
    <message>
        <source>wave %1 ends before it starts</source>
        <translation>vilnis %1 beidzas, pirms tas sākas</translation>
    </message>
    <message>
        <source>the code %1 is used twice</source>
        <translation>kods %1 ir izmantots divreiz</translation>
    </message>
    <message>
        <source>there is no wave %1</source>
        <translation>vilnis %1 neeksistē</translation>
    </message>
    <message>
        <source>Wave %1: %2.</source>
        <translation>Vilnis %1: %2.</translation>
    </message>
    <message>
        <source>the series needs a valid start date</source>
        <translation>sērijai nepieciešams derīgs sākuma datums</translation>
    </message>
    <message>
        <source>a series has 1 to 120 waves, not %1</source>
        <translation>sērijā var būt no 1 līdz 120 viļņiem, nevis %1</translation>
    </message>
    <message>
        <source>a wave lasts 1 to 366 days, not %1</source>
        <translation>vilnis var ilgt no 1 līdz 366 dienām, nevis %1</translation>
    </message>
</context>
<context>
    <name>WaveSeriesDialog</name>
    <message>
        <source>Days per wave:</source>
        <translation>Dienas vienā vilnī:</translation>
    </message>
    <message>
        <source>New waves</source>
        <translation>Jauni viļņi</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Reizi mēnesī</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Reizi ceturksnī</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Reizi nedēļā</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Ik pēc N dienām</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Izveidot</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Biežums:</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>&amp;Sākot no:</translation>
    </message>
    <message>
        <source>&amp;Number of waves:</source>
        <translation>&amp;Viļņu skaits:</translation>
    </message>
    <message>
        <source>Will create:</source>
        <translation>Tiks izveidoti:</translation>
    </message>
</context>
<context>
    <name>WaveStatusRules</name>
    <message>
        <source>“%1” is not a wave status (planning, fieldwork, closed, reported)</source>
        <translation>„%1” nav viļņa statuss (planning, fieldwork, closed, reported)</translation>
    </message>
    <message>
        <source>a wave moves one step at a time: from %1 it can go to %2</source>
        <translation>vilnis maina statusu pa vienam solim: pašreizējais statuss ir %1, nākamais var būt %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 vai %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) of this wave already have a shopper; it cannot go back to planning</source>
        <translation>
            <numerusform>%n šī viļņa apmeklējumam jau ir piešķirts pircējs; vilni nevar atgriezt plānošanas statusā</numerusform>
            <numerusform>%n šī viļņa apmeklējumiem jau ir piešķirts pircējs; vilni nevar atgriezt plānošanas statusā</numerusform>
            <numerusform>%n šī viļņa apmeklējumiem jau ir piešķirts pircējs; vilni nevar atgriezt plānošanas statusā</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavesCommand</name>
    <message>
        <source>List waves, create one or a series, change a wave's status.</source>
        <translation>Uzskaitīt viļņus, izveidot vienu vilni vai sēriju, mainīt viļņa statusu.</translation>
    </message>
    <message>
        <source>Waves: the fieldwork periods of a programme.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

A series of monthly waves starting 2027-01-15 covers whole months from January; codes say the
period (W2027-01, W2027-Q1, W2027-W03). A wave moves one status step at a time.</source>
        <translation>Viļņi: programmas lauka darba periodi.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

Ikmēneša viļņu sērija, kas sākas 2027-01-15, aptver pilnus mēnešus, sākot ar janvāri; kodi norāda
periodu (W2027-01, W2027-Q1, W2027-W03). Vilnis maina statusu pa vienam solim.</translation>
    </message>
    <message>
        <source>list, create or status</source>
        <translation>list, create vai status</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projekta fails.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Izvadīt rezultātu JSON formātā.</translation>
    </message>
    <message>
        <source>monthly, quarterly, weekly or days.</source>
        <translation>monthly, quarterly, weekly vai days.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The first day (or a day in the first period).</source>
        <translation>Pirmā diena (vai kāda diena pirmajā periodā).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day of a single wave.</source>
        <translation>Atsevišķa viļņa pēdējā diena.</translation>
    </message>
    <message>
        <source>How many waves the series has.</source>
        <translation>Cik viļņu ir sērijā.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The length of each wave of a 'days' series.</source>
        <translation>Katra viļņa ilgums 'days' sērijā.</translation>
    </message>
    <message>
        <source>The code of a single wave.</source>
        <translation>Atsevišķa viļņa kods.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The name of a single wave.</source>
        <translation>Atsevišķa viļņa nosaukums.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>waves: expected list FILE, create FILE ..., or status FILE CODE STATUS (see 'shopscope-cli waves --help')</source>
        <translation>waves: gaidīts list FILE, create FILE ... vai status FILE CODE STATUS (skatiet 'shopscope-cli waves --help')</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n apmeklējums</numerusform>
            <numerusform>%n apmeklējumi</numerusform>
            <numerusform>%n apmeklējumi</numerusform>
        </translation>
    </message>
    <message>
        <source>No waves yet. Create some: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</source>
        <translation>Vēl nav viļņu. Izveidojiet tos: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</translation>
    </message>
    <message>
        <source>waves create: --%1 must be a date like 2027-01-01, not “%2”</source>
        <translation>waves create: --%1 jābūt datumam, piemēram, 2027-01-01, nevis „%2”</translation>
    </message>
    <message>
        <source>waves create: --series must be monthly, quarterly, weekly or days, not “%1”</source>
        <translation>waves create: --series jābūt monthly, quarterly, weekly vai days, nevis „%1”</translation>
    </message>
    <message>
        <source>waves create: --count must be a whole number</source>
        <translation>waves create: --count jābūt veselam skaitlim</translation>
    </message>
    <message>
        <source>waves create: --days must be a whole number</source>
        <translation>waves create: --days jābūt veselam skaitlim</translation>
    </message>
    <message>
        <source>waves create: %1</source>
        <translation>waves create: %1</translation>
    </message>
    <message>
        <source>waves create: give --series ... or --code, --name, --start and --end</source>
        <translation>waves create: norādiet --series ... vai --code, --name, --start un --end</translation>
    </message>
    <message>
        <source>waves create: nothing created: %1</source>
        <translation>waves create: nekas netika izveidots: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %n wave(s): %1 … %2</source>
        <translation>
            <numerusform>Izveidots %n vilnis: %1 … %2</numerusform>
            <numerusform>Izveidoti %n viļņi: %1 … %2</numerusform>
            <numerusform>Izveidoti %n viļņi: %1 … %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 is now %2</source>
        <translation>Viļņa %1 jaunais statuss: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>Mystery-shopping programmes: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.</source>
        <translation>Slepeno pircēju programmas: anketas, viļņi un izlases, pircēju piešķiršana, kvalitātes kontrole, rezultāti un klientam gatavas diagrammas.</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Jauna programma…</translation>
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation>&amp;Atvērt programmu…</translation>
    </message>
    <message>
        <source>Create a &amp;demo programme…</source>
        <translation>Izveidot &amp;demonstrācijas programmu…</translation>
    </message>
    <message>
        <source>Recent programmes</source>
        <translation>Nesen atvērtās programmas</translation>
    </message>
    <message>
        <source>No recent programmes yet.</source>
        <translation>Vēl nav nesen atvērtu programmu.</translation>
    </message>
</context>
<context>
    <name>XFormWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nevarēja ierakstīt %1: %2</translation>
    </message>
</context>
<context>
    <name>XPathConditionParser</name>
    <message>
        <source>unexpected “%1”</source>
        <translation>negaidīts „%1”</translation>
    </message>
    <message>
        <source>“%1 != ''” on its own cannot be a ShopScope condition</source>
        <translation>„%1 != ''” viens pats nevar būt ShopScope nosacījums</translation>
    </message>
    <message>
        <source>cannot read “%1”</source>
        <translation>nevar nolasīt „%1”</translation>
    </message>
    <message>
        <source>a “(” is not closed</source>
        <translation>iekava „(” nav aizvērta</translation>
    </message>
    <message>
        <source>selected needs “(”</source>
        <translation>selected nepieciešama „(”</translation>
    </message>
    <message>
        <source>selected() needs a question and a quoted choice</source>
        <translation>selected() nepieciešams jautājums un izvēle pēdiņās</translation>
    </message>
    <message>
        <source>selected() is not closed</source>
        <translation>selected() nav aizvērts</translation>
    </message>
    <message>
        <source>a condition on a choice of multiple-choice question %1 cannot be expressed in ShopScope</source>
        <translation>nosacījumu par vairākizvēles jautājuma %1 izvēli ShopScope nevar izteikt</translation>
    </message>
    <message>
        <source>“%1()” is not a condition on an answer</source>
        <translation>„%1()” nav nosacījums par atbildi</translation>
    </message>
    <message>
        <source>the function “%1” is not one of the forms ShopScope reads</source>
        <translation>funkcija „%1” nav starp formām, ko ShopScope nolasa</translation>
    </message>
    <message>
        <source>a comparison is missing after “%1”</source>
        <translation>pēc „%1” trūkst salīdzinājuma</translation>
    </message>
    <message>
        <source>a comparison needs a question on one side</source>
        <translation>salīdzinājumam vienā pusē jābūt jautājumam</translation>
    </message>
    <message>
        <source>“%1” must be compared with a value</source>
        <translation>„%1” jāsalīdzina ar vērtību</translation>
    </message>
    <message>
        <source>there is no question %1 before this one</source>
        <translation>pirms šī jautājuma nav jautājuma %1</translation>
    </message>
    <message>
        <source>“is unanswered” cannot be a ShopScope condition</source>
        <translation>„nav atbildēts” nevar būt ShopScope nosacījums</translation>
    </message>
    <message>
        <source>%1 is compared by size with “%2”, which is not a number</source>
        <translation>%1 tiek salīdzināts pēc lieluma ar „%2”, kas nav skaitlis</translation>
    </message>
    <message>
        <source>parentheses nest deeper than 64 levels</source>
        <translation>iekavas ir ligzdotas dziļāk par 64 līmeņiem</translation>
    </message>
</context>
<context>
    <name>XlsFormReader</name>
    <message>
        <source>an XLSForm needs a “survey” sheet; this workbook has %1</source>
        <translation>XLSForm nepieciešama lapa „survey”; šajā darbgrāmatā ir: %1</translation>
    </message>
    <message>
        <source>there is no “%1” column</source>
        <translation>nav kolonnas „%1”</translation>
    </message>
    <message>
        <source>the language “%1” has no code such as “(en)”; it becomes “%2”</source>
        <translation>valodai „%1” nav koda, piemēram, „(en)”; tā kļūst par „%2”</translation>
    </message>
    <message>
        <source>the %1 row has no name</source>
        <translation>rindai ar tipu %1 nav nosaukuma</translation>
    </message>
    <message>
        <source>a choice of list “%1” has no name</source>
        <translation>izvēlei sarakstā „%1” nav nosaukuma</translation>
    </message>
    <message>
        <source>%1 uses the choice list “%2”, which the choices sheet does not have</source>
        <translation>%1 izmanto izvēļu sarakstu „%2”, kura choices lapā nav</translation>
    </message>
    <message>
        <source>“%1” closes a group that was never opened</source>
        <translation>„%1” aizver grupu, kas netika atvērta</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) are opened in the survey sheet but never closed</source>
        <translation>
            <numerusform>%n grupa survey lapā ir atvērta, bet netiek aizvērta</numerusform>
            <numerusform>%n grupas survey lapā ir atvērtas, bet netiek aizvērtas</numerusform>
            <numerusform>%n grupas survey lapā ir atvērtas, bet netiek aizvērtas</numerusform>
        </translation>
    </message>
    <message>
        <source>survey sheet, row 1</source>
        <translation>survey lapa, 1. rinda</translation>
    </message>
    <message>
        <source>survey sheet, row %1</source>
        <translation>survey lapa, %1. rinda</translation>
    </message>
    <message>
        <source>choices sheet, row %1</source>
        <translation>choices lapa, %1. rinda</translation>
    </message>
    <message>
        <source>“%1” has no type: left out</source>
        <translation>„%1” nav tipa: izlaists</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: this is an OpenDocument file (.ods), not an Excel workbook; save it as .xlsx</source>
        <translation>%1: šis ir OpenDocument fails (.ods), nevis Excel darbgrāmata; saglabājiet to kā .xlsx</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the archive has no %2</source>
        <translation>%1: nav Excel darbgrāmata (.xlsx): arhīvā nav %2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: darbgrāmatā nav lapu</translation>
    </message>
    <message>
        <source>%1: sheet “%2” is damaged: %3 has no relationship “%4” to tell where it is</source>
        <translation>%1: lapa „%2” ir bojāta: %3 nav relācijas „%4”, kas norāda, kur tā atrodas</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>daļa %1</translation>
    </message>
    <message>
        <source>sheet “%1” (part %2)</source>
        <translation>lapa „%1” (daļa %2)</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation>%1: %2 ir bojāta (%3)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
    <message>
        <source>%1: %2 is missing from the archive</source>
        <translation>%1: %2 arhīvā nav atrodama</translation>
    </message>
    <message>
        <source>%1: %2 is too large to read (over %3 MB uncompressed)</source>
        <translation>%1: %2 ir pārāk liela, lai to nolasītu (vairāk nekā %3 MB nesaspiestā veidā)</translation>
    </message>
    <message>
        <source>it refers to shared text number %1, which does not exist</source>
        <translation>tā atsaucas uz koplietojamo tekstu nr. %1, kas neeksistē</translation>
    </message>
    <message>
        <source>row number “%1” is not valid</source>
        <translation>rindas numurs „%1” nav derīgs</translation>
    </message>
    <message>
        <source>cell reference “%1” is not valid</source>
        <translation>šūnas atsauce „%1” nav derīga</translation>
    </message>
    <message>
        <source>a cell lies beyond row %1 or column %2</source>
        <translation>šūna atrodas aiz rindas %1 vai kolonnas %2</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>šūna %1: %2</translation>
    </message>
    <message>
        <source>%1: sheet “%2” is too large to read (%3 rows × %4 columns; at most %5 cells)</source>
        <translation>%1: lapa „%2” ir pārāk liela, lai to nolasītu (rindas: %3, kolonnas: %4; ne vairāk kā %5 šūnu)</translation>
    </message>
    <message>
        <source>%1: this workbook is protected with a password, so it is encrypted and cannot be read; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>%1: šī darbgrāmata ir aizsargāta ar paroli, tāpēc tā ir šifrēta un to nevar nolasīt; atveriet to programmā Excel, noņemiet paroli (Fails &gt; Informācija &gt; Aizsargāt darbgrāmatu) un saglabājiet to vēlreiz</translation>
    </message>
    <message>
        <source>%1: this is an Excel 97-2003 .xls file; save it as .xlsx</source>
        <translation>%1: šis ir Excel 97-2003 .xls fails; saglabājiet to kā .xlsx</translation>
    </message>
    <message>
        <source>%1: this is an older Microsoft Office file, not an Excel workbook (.xlsx)</source>
        <translation>%1: šis ir vecāks Microsoft Office fails, nevis Excel darbgrāmata (.xlsx)</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: nevar atvērt (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: fails ir tukšs</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation>%1: nav Excel darbgrāmata (.xlsx): fails nav zip arhīvs</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged or incomplete (it starts as a zip archive but its directory is missing or broken); was the copy or download cut short?</source>
        <translation>%1: darbgrāmata ir bojāta vai nepilnīga (tā sākas kā zip arhīvs, bet tās katalogs trūkst vai ir bojāts); vai kopēšana vai lejupielāde tika pārtraukta?</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: nevar nolasīt (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: nevar ierakstīt</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: nevar ierakstīt (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ShopScope: mystery-shopping programmes.</source>
        <translation>ShopScope: slepeno pircēju programmas.</translation>
    </message>
    <message>
        <source>A programme to open.</source>
        <translation>Atveramā programma.</translation>
    </message>
</context>
</TS>
