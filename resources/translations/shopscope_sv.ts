<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AreaTables</name>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Vågor</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Testköpare</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Results by wave</source>
        <translation>Resultat per våg</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Avsnittsrubrik</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>E/T</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Varumärke</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Startar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Tilldelade</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Våg</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Enhetsnamn</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Lucka</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Daypart</source>
        <translation>Tid på dagen</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Per wave</source>
        <translation>Per våg</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testköpare</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tilldelad av</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besökt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Planerade besök</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Inkomna rapporter</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Återsända</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Frågeformulär</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Egna och konkurrenters</translation>
    </message>
    <message>
        <source>Own locations</source>
        <translation>Egna enheter</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurrentenheter</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktiva och inaktiva</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alla orter</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Alla vågor</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign a wave's open visits to shoppers optimally, with the reasons for those left over; show or set the rules.</source>
        <translation>Tilldela en vågs öppna besök till testköpare optimalt, med skälen för dem som blir över; visa eller ange reglerna.</translation>
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
        <translation>Tilldelning av testköpare till besök.

  FILE --wave NAME [--dry-run] [--keep-assigned] [--seed N] [--list] [--json]
  rules FILE [--set JSON | --reset] [--json]

Vågens planerade besök som inte är låsta får testköpare så att så många som möjligt tilldelas
och, bland de tilldelningarna, den totala kostnaden blir lägst (bevisat om inte utdata säger
annat; se docs/assignment.md). Besök som tilldelats manuellt, accepterats, genomförts eller låsts lämnas orörda;
besök som tilldelats automatiskt tidigare och ännu inte accepterats planeras om, om inte
--keep-assigned anges. Varje besök som förblir otilldelat förklaras med den regel som uteslöt dess sista
kandidater. --seed ordnar testköpare som kostar lika mycket. Hela körningen är ett ångrasteg i
fönstret. rules visar programmets regler; --set ändrar de fält som anges, t.ex.
  assign rules demo.shopscope --set '{"distance":{"max_km":60},"lockout":{"days":90}}'</translation>
    </message>
    <message>
        <source>The project file (or: rules FILE).</source>
        <translation>Projektfilen (eller: rules FILE).</translation>
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation>Vågen, med kod eller namn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show the result; write nothing.</source>
        <translation>Visa resultatet; skriv ingenting.</translation>
    </message>
    <message>
        <source>Keep the visits assigned automatically earlier as they are.</source>
        <translation>Behåll besök som tilldelats automatiskt tidigare som de är.</translation>
    </message>
    <message>
        <source>The order of shoppers who cost the same (default 1).</source>
        <translation>Ordningen för testköpare som kostar lika mycket (standard 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List every assignment with its cost.</source>
        <translation>Lista varje tilldelning med dess kostnad.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maskinläsbar utdata.</translation>
    </message>
    <message>
        <source>rules: change the fields of this JSON document.</source>
        <translation>rules: ändra fälten i det här JSON-dokumentet.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>rules: back to the defaults.</source>
        <translation>rules: återställ standardvärdena.</translation>
    </message>
    <message>
        <source>assign: expected FILE --wave NAME or rules FILE (see 'shopscope-cli assign --help')</source>
        <translation>assign: förväntade FILE --wave NAME eller rules FILE (se 'shopscope-cli assign --help')</translation>
    </message>
    <message>
        <source>assign rules: give --set or --reset, not both</source>
        <translation>assign rules: ange --set eller --reset, inte båda</translation>
    </message>
    <message>
        <source>assign rules: --set is not a JSON object: %1</source>
        <translation>assign rules: --set är inget JSON-objekt: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>inget objekt</translation>
    </message>
    <message>
        <source>assign rules: %1</source>
        <translation>assign rules: %1</translation>
    </message>
    <message>
        <source>assign rules: nothing written: %1</source>
        <translation>assign rules: inget skrevs: %1</translation>
    </message>
    <message>
        <source>Rules from: %1</source>
        <translation>Regler från: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lockout: %n day(s), the programme's setting</source>
        <translation>
            <numerusform>Karenstid: %n dag, programmets inställning</numerusform>
            <numerusform>Karenstid: %n dagar, programmets inställning</numerusform>
        </translation>
    </message>
    <message>
        <source>assign: give the wave with --wave NAME</source>
        <translation>assign: ange vågen med --wave NAME</translation>
    </message>
    <message>
        <source>assign: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation>assign: --seed måste vara ett heltal, 0 eller större, inte ”%1”</translation>
    </message>
    <message>
        <source>assign: --set and --reset belong to 'assign rules FILE'</source>
        <translation>assign: --set och --reset hör till 'assign rules FILE'</translation>
    </message>
    <message>
        <source>assign: %1</source>
        <translation>assign: %1</translation>
    </message>
    <message>
        <source>assign: nothing written: %1</source>
        <translation>assign: inget skrevs: %1</translation>
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):</source>
        <translation>Testkörning för våg %1 (inget skrevs):</translation>
    </message>
    <message>
        <source>Assigned wave %1:</source>
        <translation>Tilldelade våg %1:</translation>
    </message>
    <message>
        <source>Wave %1: nothing to change.</source>
        <translation>Våg %1: inget att ändra.</translation>
    </message>
    <message>
        <source>  %1 open visits</source>
        <translation>  %1 öppna besök</translation>
    </message>
    <message>
        <source>  %1 assigned, %2 unassigned</source>
        <translation>  %1 tilldelade, %2 otilldelade</translation>
    </message>
    <message>
        <source>  total cost %1 points</source>
        <translation>  total kostnad %1 poäng</translation>
    </message>
    <message>
        <source>(optimal, proven)</source>
        <translation>(optimalt, bevisat)</translation>
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many)</source>
        <translation>(den bästa som hittades; ingen tilldelning kan ge fler än %1 besök en testköpare eller kosta mindre än %2 med lika många)</translation>
    </message>
    <message>
        <source>  %1 visits change, in %2 s</source>
        <translation>  %1 besök ändras, på %2 s</translation>
    </message>
    <message>
        <source>Why visits stay unassigned:</source>
        <translation>Varför besök förblir otilldelade:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Assignments:</source>
        <translation>Tilldelningar:</translation>
    </message>
</context>
<context>
    <name>AssignmentExplainer</name>
    <message>
        <source>needed for other visits</source>
        <translation>behövs för andra besök</translation>
    </message>
    <message>
        <source>%1, %2 km away: travel %3 + fee %4 + workload %5 + rating %6 + manager %7 = %8 points.</source>
        <translation>%1, %2 km bort: resa %3 + arvode %4 + arbetsbelastning %5 + betyg %6 + chef %7 = %8 poäng.</translation>
    </message>
    <message>
        <source>%1: fee %2 + workload %3 + rating %4 + manager %5 = %6 points.</source>
        <translation>%1: arvode %2 + arbetsbelastning %3 + betyg %4 + chef %5 = %6 poäng.</translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Den billigaste av den %n testköpare som får ta det.</numerusform>
            <numerusform>Den billigaste av de %n testköpare som får ta det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it: the cheaper ones are needed for other visits.</source>
        <translation>
            <numerusform>Nummer %1 av den %n testköpare som får ta det: de billigare behövs för andra besök.</numerusform>
            <numerusform>Nummer %1 av de %n testköpare som får ta det: de billigare behövs för andra besök.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next best: %1 at %2 points before workload.</source>
        <translation>Näst bäst: %1 med %2 poäng före arbetsbelastning.</translation>
    </message>
    <message>
        <source>the wave's dates</source>
        <translation>under vågens period</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) qualify, but each is needed for other visits of this wave (capacity, or the lockout within the wave).</source>
        <translation>
            <numerusform>%n testköpare uppfyller kraven, men behövs för andra besök i den här vågen (kapacitet eller karenstiden inom vågen).</numerusform>
            <numerusform>%n testköpare uppfyller kraven, men var och en behövs för andra besök i den här vågen (kapacitet eller karenstiden inom vågen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No shopper of the panel is active.</source>
        <translation>Ingen testköpare i panelen är aktiv.</translation>
    </message>
    <message>
        <source>No active shopper fits the profile “%1”.</source>
        <translation>Ingen aktiv testköpare passar profilen ”%1”.</translation>
    </message>
    <message>
        <source>No shopper within %1 km fits the profile “%2”.</source>
        <translation>Ingen testköpare inom %1 km passar profilen ”%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n would qualify at %1 km.</source>
        <translation>
            <numerusform>%n skulle uppfylla kraven vid %1 km.</numerusform>
            <numerusform>%n skulle uppfylla kraven vid %1 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>None would within %1 km either.</source>
        <translation>Ingen skulle göra det inom %1 km heller.</translation>
    </message>
    <message>
        <source>No shopper who fits the profile “%1” lives in %2 (without coordinates only the same city counts).</source>
        <translation>Ingen testköpare som passar profilen ”%1” bor i %2 (utan koordinater räknas bara samma ort).</translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) within reach who fit the profile are unavailable on %1.</source>
        <translation>
            <numerusform>Den %n testköpare inom räckhåll som passar profilen är inte tillgänglig %1.</numerusform>
            <numerusform>De %n testköpare inom räckhåll som passar profilen är inte tillgängliga %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise declared a conflict of interest with %1 or its brand.</source>
        <translation>
            <numerusform>Den %n testköpare som annars uppfyller kraven har uppgett en intressekonflikt med enheten %1 eller dess varumärke.</numerusform>
            <numerusform>De %n testköpare som annars uppfyller kraven har uppgett en intressekonflikt med enheten %1 eller dess varumärke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise shopped %1 too recently (the lockout).</source>
        <translation>
            <numerusform>Den %n testköpare som annars uppfyller kraven har besökt %1 för nyligen (karenstiden).</numerusform>
            <numerusform>De %n testköpare som annars uppfyller kraven har besökt %1 för nyligen (karenstiden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise have no visits left in the wave or on %1.</source>
        <translation>
            <numerusform>Den %n testköpare som annars uppfyller kraven har inga besök kvar i vågen eller %1.</numerusform>
            <numerusform>De %n testköpare som annars uppfyller kraven har inga besök kvar i vågen eller %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentLoader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>There is no wave with the id %1.</source>
        <translation>Det finns ingen våg med id %1.</translation>
    </message>
    <message>
        <source>Wave %1 is %2: its fieldwork is over and its visits are not assigned any more.</source>
        <translation>Våg %1 har status %2: dess fältarbete är avslutat och dess besök tilldelas inte längre.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
</context>
<context>
    <name>AssignmentProposalModel</name>
    <message>
        <source>No shopper: %1</source>
        <translation>Ingen testköpare: %1</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>vilken dag som helst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testköpare</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Why none</source>
        <translation>Varför ingen</translation>
    </message>
</context>
<context>
    <name>AssignmentRule</name>
    <message>
        <source>no rule</source>
        <translation>ingen regel</translation>
    </message>
    <message>
        <source>status not active</source>
        <translation>status inte aktiv</translation>
    </message>
    <message>
        <source>profile does not fit</source>
        <translation>profilen passar inte</translation>
    </message>
    <message>
        <source>too far away</source>
        <translation>för långt bort</translation>
    </message>
    <message>
        <source>unavailable on the date</source>
        <translation>inte tillgänglig på datumet</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>intressekonflikt</translation>
    </message>
    <message>
        <source>lockout (shopped recently)</source>
        <translation>karenstid (nyligen besökt)</translation>
    </message>
    <message>
        <source>no capacity left</source>
        <translation>ingen kapacitet kvar</translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation>okänd inställning (kända: %1)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>måste vara ett tal från %1 till %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1, or null for no limit</source>
        <translation>måste vara ett tal större än 0 och högst %1, eller null för ingen gräns</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>måste vara ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>måste vara en lista med texter</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>ogiltig JSON vid tecken %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>reglerna måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation>okänd kanal ”%1” (kända: %2)</translation>
    </message>
    <message>
        <source>the stored assignment rules cannot be read: %1</source>
        <translation>de sparade tilldelningsreglerna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>the assignment rules are like that already</source>
        <translation>tilldelningsreglerna är redan sådana</translation>
    </message>
    <message>
        <source>Reset the assignment rules</source>
        <translation>Återställ tilldelningsreglerna</translation>
    </message>
    <message>
        <source>Change the assignment rules</source>
        <translation>Ändra tilldelningsreglerna</translation>
    </message>
</context>
<context>
    <name>AssignmentSession</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>in this wave</source>
        <translation>i den här vågen</translation>
    </message>
    <message>
        <source>%1 already has a visit to %2 (%3) on %4, too close for the lockout.</source>
        <translation>%1 har redan ett besök på %2 (%3) %4, för nära med hänsyn till karenstiden.</translation>
    </message>
    <message>
        <source>%1 would have %2 visits in this wave; the limit is %3.</source>
        <translation>%1 skulle få %2 besök i den här vågen; gränsen är %3.</translation>
    </message>
    <message>
        <source>%1 would have %2 visits on %3; the limit is %4.</source>
        <translation>%1 skulle få %2 besök den %3; gränsen är %4.</translation>
    </message>
    <message>
        <source>%1 lives %2 km away, near the %3 km limit.</source>
        <translation>%1 bor %2 km bort, nära gränsen på %3 km.</translation>
    </message>
    <message>
        <source>%1 is rated %2, below the %3 preferred for the demanding scenario %4.</source>
        <translation>%1 har betyget %2, under de %3 som föredras för det krävande scenariot %4.</translation>
    </message>
    <message>
        <source>%1 has no rating yet (counted as %2), below the %3 preferred for the demanding scenario %4.</source>
        <translation>%1 har inget betyg än (räknas som %2), under de %3 som föredras för det krävande scenariot %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has shopped locations of the same region manager (%2) %n time(s) lately.</source>
        <translation>
            <numerusform>%1 har besökt enheter hos samma regionchef (%2) %n gång nyligen.</numerusform>
            <numerusform>%1 har besökt enheter hos samma regionchef (%2) %n gånger nyligen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n visit(s) in this wave; one more adds %2 workload points.</source>
        <translation>
            <numerusform>%1 har redan %n besök i den här vågen; ett till lägger till %2 poäng i arbetsbelastning.</numerusform>
            <numerusform>%1 har redan %n besök i den här vågen; ett till lägger till %2 poäng i arbetsbelastning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) would cost less; the cheapest is %1 at %2 points against %3.</source>
        <translation>
            <numerusform>%n testköpare skulle kosta mindre; den billigaste är %1 med %2 poäng mot %3.</numerusform>
            <numerusform>%n testköpare skulle kosta mindre; den billigaste är %1 med %2 poäng mot %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>det finns inget besök %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) may take it; the cheapest is %1 at %2 points. Auto-assign or assign it by hand.</source>
        <translation>
            <numerusform>%n testköpare kan ta det; billigast är %1 för %2 poäng. Tilldela automatiskt eller för hand.</numerusform>
            <numerusform>%n testköpare kan ta det; billigast är %1 för %2 poäng. Tilldela automatiskt eller för hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This assignment breaks %n rule(s) now.</source>
        <translation>
            <numerusform>Den här tilldelningen bryter nu mot %n regel.</numerusform>
            <numerusform>Den här tilldelningen bryter nu mot %n regler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Den billigaste av den %n testköpare som får ta det.</numerusform>
            <numerusform>Den billigaste av de %n testköpare som får ta det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Nummer %1 av de %n testköpare som kan ta det.</numerusform>
            <numerusform>Nummer %1 av de %n testköpare som kan ta det.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentSessionCache</name>
    <message>
        <source>choose a wave first</source>
        <translation>välj en våg först</translation>
    </message>
    <message>
        <source>Reading the wave's visits and the shopper panel…</source>
        <translation>Läser vågens besök och testköparpanelen…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
</context>
<context>
    <name>AssignmentSolver</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>the flow solver failed</source>
        <translation>flödeslösaren misslyckades</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n visit(s) of %1 automatically</source>
        <translation>
            <numerusform>Tilldela %n besök i %1 automatiskt</numerusform>
            <numerusform>Tilldela %n besök i %1 automatiskt</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since they were read (visit %2); run the assignment again</source>
        <translation>besöken i våg %1 har ändrats sedan de lästes (besök %2); kör tilldelningen igen</translation>
    </message>
    <message>
        <source>nothing to change in wave %1</source>
        <translation>inget att ändra i våg %1</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <source>Plan again the visits assigned automatically earlier that nobody accepted, changed or locked since</source>
        <translation>Planera om besök som tilldelats automatiskt tidigare och som ingen har accepterat, ändrat eller låst sedan dess</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Föreslå</translation>
    </message>
    <message>
        <source>Auto-assign</source>
        <translation>Tilldela automatiskt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Visits assigned by hand, accepted, done or locked always keep their shopper.</source>
        <translation>Besök som tilldelats för hand, accepterats, genomförts eller låsts behåller alltid sin testköpare.</translation>
    </message>
    <message>
        <source>Why no shopper</source>
        <translation>Varför ingen testköpare</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Till exempel</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Våg:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Every wave's fieldwork is over: there is nothing to assign.</source>
        <translation>Fältarbetet i alla vågor är avslutat: det finns inget att tilldela.</translation>
    </message>
    <message>
        <source>Propose works out the cheapest way to give as many open visits as possible a shopper under the programme's rules. Nothing is written until you choose Assign.</source>
        <translation>Föreslå tar fram det billigaste sättet att ge så många öppna besök som möjligt en testköpare enligt programmets regler. Inget skrivs förrän du väljer Tilldela.</translation>
    </message>
    <message>
        <source>Assigning the visits of %1…</source>
        <translation>Tilldelar besöken i %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed or written.</source>
        <translation>Avbrutet; inget föreslogs eller skrevs.</translation>
    </message>
    <message>
        <source>No proposal: %1</source>
        <translation>Inget förslag: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 open visits get a shopper&lt;/b&gt;; %3 stay without one.</source>
        <translation>&lt;b&gt;%1 av %2 öppna besök får en testköpare&lt;/b&gt;; %3 förblir utan.</translation>
    </message>
    <message>
        <source>Total cost %1 points</source>
        <translation>Total kostnad %1 poäng</translation>
    </message>
    <message>
        <source>(optimal, proven).</source>
        <translation>(optimalt, bevisat).</translation>
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many).</source>
        <translation>(det bästa som hittades; ingen tilldelning kan ge fler än %1 besök en testköpare eller kosta mindre än %2 med lika många).</translation>
    </message>
    <message numerus="yes">
        <source>Assign changes %Ln visit(s); it is one step you can undo.</source>
        <translation>
            <numerusform>Tilldela ändrar %Ln besök; det är ett steg som du kan ångra.</numerusform>
            <numerusform>Tilldela ändrar %Ln besök; det är ett steg som du kan ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has these shoppers already: nothing to change.</source>
        <translation>Filen har redan dessa testköpare: inget att ändra.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln visit(s)</source>
        <translation>
            <numerusform>Tilldela %Ln besök</numerusform>
            <numerusform>Tilldela %Ln besök</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2 %3</source>
        <translation>&lt;b&gt;Besök %1&lt;/b&gt; · %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the shoppers of %Ln visit(s)…</source>
        <translation>
            <numerusform>Skriver testköparna för %Ln besök…</numerusform>
            <numerusform>Skriver testköparna för %Ln besök…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>Inget skrevs: %1.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CandidateRules</name>
    <message>
        <source>age %1–%2</source>
        <translation>%1–%2 år</translation>
    </message>
    <message>
        <source>age %1+</source>
        <translation>%1+ år</translation>
    </message>
    <message>
        <source>age up to %1</source>
        <translation>upp till %1 år</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>talar %1</translation>
    </message>
    <message>
        <source>any shopper</source>
        <translation>valfri testköpare</translation>
    </message>
    <message>
        <source>%1 is %2, not active.</source>
        <translation>%1 är %2, inte aktiv.</translation>
    </message>
    <message>
        <source>birth year unknown</source>
        <translation>födelseår okänt</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>gender unknown</source>
        <translation>kön okänt</translation>
    </message>
    <message>
        <source>does not speak %1</source>
        <translation>talar inte %1</translation>
    </message>
    <message>
        <source>not “%1”</source>
        <translation>inte ”%1”</translation>
    </message>
    <message>
        <source>%1 does not fit the profile “%2”: %3.</source>
        <translation>%1 passar inte profilen ”%2”: %3.</translation>
    </message>
    <message>
        <source>%1 lives %2 km from %3; the limit is %4 km.</source>
        <translation>%1 bor %2 km från %3; gränsen är %4 km.</translation>
    </message>
    <message>
        <source>%1 lives in “%2”, not in “%3”, and without coordinates the distance is unknown.</source>
        <translation>%1 bor i ”%2”, inte i ”%3”, och utan koordinater är avståndet okänt.</translation>
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3.</source>
        <translation>%1 är inte tillgänglig från %2 till %3.</translation>
    </message>
    <message>
        <source>%1 is unavailable then.</source>
        <translation>%1 är inte tillgänglig då.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2.</source>
        <translation>%1 har uppgett en intressekonflikt med %2.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with the brand %2.</source>
        <translation>%1 har uppgett en intressekonflikt med varumärket %2.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest.</source>
        <translation>%1 har uppgett en intressekonflikt.</translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation>i våg %1</translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n day(s)</source>
        <translation>
            <numerusform>karenstiden är %n dag</numerusform>
            <numerusform>karenstiden är %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s)</source>
        <translation>
            <numerusform>%n våg</numerusform>
            <numerusform>%n vågor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n wave(s)</source>
        <translation>
            <numerusform>karenstiden är %n våg</numerusform>
            <numerusform>karenstiden är %n vågor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shopped %2 (%3) on %4; %5.</source>
        <translation>%1 besökte %2 (%3) %4; %5.</translation>
    </message>
    <message>
        <source>%1 shopped this location too recently.</source>
        <translation>%1 har besökt den här enheten för nyligen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed in this wave.</source>
        <translation>
            <numerusform>%1 har redan %2 av %n tillåtet besök i den här vågen.</numerusform>
            <numerusform>%1 har redan %2 av %n tillåtna besök i den här vågen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed on %3.</source>
        <translation>
            <numerusform>%1 har redan %2 av %n tillåtet besök den %3.</numerusform>
            <numerusform>%1 har redan %2 av %n tillåtna besök den %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>there are no approved reports yet: charts show approved results</source>
        <translation>det finns inga godkända rapporter än: diagrammen visar godkända resultat</translation>
    </message>
    <message>
        <source>there is no wave “%1”</source>
        <translation>det finns ingen våg ”%1”</translation>
    </message>
    <message>
        <source>a score by place is per region, area, location, channel, scenario, brand or staff, not per %1</source>
        <translation>ett resultat per plats delas upp per region, område, enhet, kanal, scenario, varumärke eller personal, inte per %1</translation>
    </message>
    <message>
        <source>a trend is of the whole programme or per region, channel, scenario or another place, not per %1</source>
        <translation>en trend gäller hela programmet eller per region, kanal, scenario eller annan plats, inte per %1</translation>
    </message>
    <message>
        <source>a heat map is per region, area, location or another place, not per %1</source>
        <translation>en värmekarta är per region, område, enhet eller annan plats, inte per %1</translation>
    </message>
    <message>
        <source>a distribution is of the whole wave or per region or another place, not per %1</source>
        <translation>en fördelning gäller hela vågen eller per region eller annan plats, inte per %1</translation>
    </message>
    <message>
        <source>the questionnaire has no NPS question</source>
        <translation>frågeformuläret har ingen NPS-fråga</translation>
    </message>
    <message>
        <source>%1 is not an NPS question</source>
        <translation>%1 är ingen NPS-fråga</translation>
    </message>
    <message>
        <source>%1 is not an NPS, rating or number question: a driver analysis needs an outcome on a scale</source>
        <translation>%1 är ingen NPS-, betygs- eller sifferfråga: en drivkraftsanalys behöver ett utfall på en skala</translation>
    </message>
    <message>
        <source>the questionnaire has no NPS or rating question to explain</source>
        <translation>frågeformuläret har ingen NPS- eller betygsfråga att förklara</translation>
    </message>
    <message>
        <source>the questionnaire has no rating question</source>
        <translation>frågeformuläret har ingen skalfråga</translation>
    </message>
    <message>
        <source>a question filter goes with the compliance chart only</source>
        <translation>ett frågefilter hör bara till diagrammet över efterlevnad</translation>
    </message>
    <message>
        <source>a section filter goes with the sections, compliance and heat map charts only</source>
        <translation>ett avsnittsfilter hör bara till diagrammen över avsnitt, efterlevnad och värmekarta</translation>
    </message>
    <message>
        <source>the dashboard is of whole visits: a section or question filter does not go with it</source>
        <translation>översikten gäller hela besök: ett avsnitts- eller frågefilter hör inte dit</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>No approved results match this choice.</source>
        <translation>Inga godkända resultat matchar det här valet.</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a standard chart as PNG, SVG or PDF (or its data as CSV or XLSX)</source>
        <translation>Rita ett standarddiagram som PNG, SVG eller PDF (eller dess data som CSV eller XLSX)</translation>
    </message>
    <message>
        <source>The data behind a standard chart as CSV, XLSX or JSON</source>
        <translation>Data bakom ett standarddiagram som CSV, XLSX eller JSON</translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation>Diagrammet: %1.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>The wave (code or name); default: the newest with approved reports.</source>
        <translation>Vågen (kod eller namn); standard: den senaste med godkända rapporter.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only reports with this value, e.g. region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (repeatable).</source>
        <translation>Endast rapporter med det här värdet, t.ex. region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (kan upprepas).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSION=VALUE</translation>
    </message>
    <message>
        <source>What bars, lines, rows or boxes are per: region, area, location, channel, scenario, brand or staff (by-location, heatmap: region by default; trend, distribution: none).</source>
        <translation>Vad staplar, linjer, rader eller lådor delas upp efter: region, area, location, channel, scenario, brand eller staff (by-location, heatmap: region som standard; trend, distribution: none).</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>drivers, nps: the question code of the outcome (default: the first NPS question).</source>
        <translation>drivers, nps: frågekoden för utfallet (standard: den första NPS-frågan).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation>Räkna inskickade rapporter utöver godkända.</translation>
    </message>
    <message>
        <source>90, 95 (default) or 99 % for margins and significance.</source>
        <translation>90, 95 (standard) eller 99 % för marginaler och signifikans.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>--view is needed: %1</source>
        <translation>--view krävs: %1</translation>
    </message>
    <message>
        <source>--view must be one of %1, not “%2”</source>
        <translation>--view måste vara en av %1, inte ”%2”</translation>
    </message>
    <message>
        <source>--filter must look like region=Vidzeme (any dimension but wave: use --wave), not “%1”</source>
        <translation>--filter måste se ut som region=Vidzeme (valfri dimension utom wave: använd --wave), inte ”%1”</translation>
    </message>
    <message>
        <source>--per must be region, area, location, channel, scenario, brand, staff or none, not “%1”</source>
        <translation>--per måste vara region, area, location, channel, scenario, brand, staff eller none, inte ”%1”</translation>
    </message>
    <message>
        <source>--confidence must be 90, 95 or 99, not “%1”</source>
        <translation>--confidence måste vara 90, 95 eller 99, inte ”%1”</translation>
    </message>
    <message>
        <source>Draws one of the standard charts (docs/charts.md) offscreen, exactly as the window shows it, in the programme's colours and report language.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG is --width x --height pixels (default 1600 x 1000) at --dpi (default 160; 300 for print); SVG and PDF have the same proportions. A .csv or .xlsx --out writes the data behind the chart.
Example:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</source>
        <translation>Ritar ett av standarddiagrammen (docs/charts.md) utanför skärmen, precis som fönstret visar det, i programmets färger och rapportspråk.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG är --width x --height pixlar (standard 1600 x 1000) vid --dpi (standard 160; 300 för tryck); SVG och PDF har samma proportioner. En .csv- eller .xlsx-fil som --out skriver data bakom diagrammet.
Exempel:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</translation>
    </message>
    <message>
        <source>The programme file.</source>
        <translation>Programfilen.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg, .pdf, .csv or .xlsx.</source>
        <translation>Filen som ska skrivas: .png, .svg, .pdf, .csv eller .xlsx.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Width in pixels (PNG; default 1600).</source>
        <translation>Bredd i pixlar (PNG; standard 1600).</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PIXELS</translation>
    </message>
    <message>
        <source>Height in pixels (PNG; default 1000).</source>
        <translation>Höjd i pixlar (PNG; standard 1000).</translation>
    </message>
    <message>
        <source>Resolution (default 160; 300 for print).</source>
        <translation>Upplösning (standard 160; 300 för tryck).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Print what was written and the chart's data as JSON.</source>
        <translation>Skriv ut det som skrevs och diagrammets data som JSON.</translation>
    </message>
    <message>
        <source>The data behind a standard chart: every category and series with its value, base (n), margin of error, change since the previous wave and small-base flag.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Without --out the data is printed (CSV, or JSON with --format json).</source>
        <translation>Data bakom ett standarddiagram: varje kategori och serie med sitt värde, underlag (n), felmarginal, förändring sedan föregående våg och flagga för litet underlag.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Utan --out skrivs data ut (CSV, eller JSON med --format json).</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>Filen som ska skrivas: .csv eller .xlsx.</translation>
    </message>
    <message>
        <source>Printed format: csv (default) or json.</source>
        <translation>Utskriftsformat: csv (standard) eller json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>Samma som --format json.</translation>
    </message>
    <message>
        <source>chart: --out PATH is needed (.png, .svg, .pdf, .csv or .xlsx)</source>
        <translation>chart: --out PATH krävs (.png, .svg, .pdf, .csv eller .xlsx)</translation>
    </message>
    <message>
        <source>chart: --out must end in .png, .svg, .pdf, .csv or .xlsx, not “%1”</source>
        <translation>chart: --out måste sluta på .png, .svg, .pdf, .csv eller .xlsx, inte ”%1”</translation>
    </message>
    <message>
        <source>export-data: --out must end in .csv or .xlsx, not “%1”</source>
        <translation>export-data: --out måste sluta på .csv eller .xlsx, inte ”%1”</translation>
    </message>
    <message>
        <source>export-data: --format must be csv or json, not “%1”</source>
        <translation>export-data: --format måste vara csv eller json, inte ”%1”</translation>
    </message>
    <message>
        <source>%1 written: %2</source>
        <translation>%1 skrevs: %2</translation>
    </message>
    <message>
        <source>chart: --dpi must be a whole number from 30 to 1200, not “%1”</source>
        <translation>chart: --dpi måste vara ett heltal från 30 till 1200, inte ”%1”</translation>
    </message>
    <message>
        <source>chart: --%1 must be a whole number of pixels from 50 to 20000, not “%2”</source>
        <translation>chart: --%1 måste vara ett helt antal pixlar från 50 till 20000, inte ”%2”</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>Screen (1600 × 1000)</source>
        <translation>Skärm (1600 × 1000)</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation>Bild 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>Print, 28 × 18 cm at 300 dpi</source>
        <translation>Tryck, 28 × 18 cm vid 300 dpi</translation>
    </message>
    <message>
        <source>Print, A4 landscape at 300 dpi</source>
        <translation>Tryck, A4 liggande vid 300 dpi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
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
        <translation>&amp;Förval:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Bredd:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höjd:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Upplösning:</translation>
    </message>
    <message>
        <source>%1 × %2 cm when printed</source>
        <translation>%1 × %2 cm vid utskrift</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: the size must be 50–20000 pixels a side and the resolution 30–1200 dpi</source>
        <translation>%1: storleken måste vara 50–20000 pixlar per sida och upplösningen 30–1200 dpi</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kan inte skrivas (%2)</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: bilden kunde inte skrivas</translation>
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: välj .png, .svg, .pdf, .csv eller .xlsx</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Median %1, quartiles %2–%3, range %4–%5</source>
        <translation>Median %1, kvartiler %2–%3, variationsbredd %4–%5</translation>
    </message>
    <message>
        <source>Importance %1 %, performance %2 % yes</source>
        <translation>Betydelse %1 %, prestation %2 % ja</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 till %2)</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Inget resultat</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Fewer than %1 visits: read with care</source>
        <translation>Färre än %1 besök: tolkas med försiktighet</translation>
    </message>
    <message>
        <source>%1 since the previous wave, significant</source>
        <translation>%1 sedan föregående våg, signifikant</translation>
    </message>
    <message>
        <source>%1 since the previous wave, not significant</source>
        <translation>%1 sedan föregående våg, inte signifikant</translation>
    </message>
</context>
<context>
    <name>ChartPackCommand</name>
    <message>
        <source>Write a wave's chart pack: every chart as PNG and SVG, and the PDF report with a page per location</source>
        <translation>Skriv en vågs diagrampaket: varje diagram som PNG och SVG, och PDF-rapporten med en sida per enhet</translation>
    </message>
    <message>
        <source>Writes the chart pack of a wave (docs/charts.md) into a folder: every standard chart as PNG and SVG, and report.pdf with a title page, the dashboard, the standard charts, a page per region and a one-pager per location of the own network (score, sections against the network, trend, the shoppers' comments; shoppers are never named).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</source>
        <translation>Skriver en vågs diagrampaket (docs/charts.md) till en mapp: varje standarddiagram som PNG och SVG, och report.pdf med en titelsida, översikten, standarddiagrammen, en sida per region och en ensidig sammanfattning per enhet i det egna nätet (resultat, avsnitt jämfört med nätet, trend, testköparnas kommentarer; testköpare namnges aldrig).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</translation>
    </message>
    <message>
        <source>The programme file.</source>
        <translation>Programfilen.</translation>
    </message>
    <message>
        <source>The folder to write into (made when missing).</source>
        <translation>Mappen att skriva till (skapas om den saknas).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the progress on standard error.</source>
        <translation>Skriv ut förloppet på standardfel (stderr).</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Skriv ut det som skrevs som JSON.</translation>
    </message>
    <message>
        <source>chartpack: --out DIR is needed</source>
        <translation>chartpack: --out DIR krävs</translation>
    </message>
    <message>
        <source>chartpack: %1</source>
        <translation>chartpack: %1</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 pages)</source>
        <translation>%1 % (%2 av %3 sidor)</translation>
    </message>
    <message>
        <source>%1: %2 pages; %3 chart files in %4 (%5 s)</source>
        <translation>%1: %2 sidor; %3 diagramfiler i %4 (%5 s)</translation>
    </message>
</context>
<context>
    <name>ChartPackWriter</name>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1: mappen kan inte skapas</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 utelämnades: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kan inte skrivas</translation>
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>Score by place</source>
        <translation>Resultat per plats</translation>
    </message>
    <message>
        <source>Trend over waves</source>
        <translation>Trend över vågor</translation>
    </message>
    <message>
        <source>Section profile</source>
        <translation>Avsnittsprofil</translation>
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation>Efterlevnad per standard</translation>
    </message>
    <message>
        <source>Heat map of sections</source>
        <translation>Värmekarta över avsnitt</translation>
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation>Fördelning av besöksresultat</translation>
    </message>
    <message>
        <source>Competitor benchmark</source>
        <translation>Jämförelse med konkurrenter</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Driver analysis</source>
        <translation>Drivkraftsanalys</translation>
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation>Svar på betygsskalorna</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kop&amp;iera</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Exportera &amp;data…</translation>
    </message>
    <message>
        <source>Chart &amp;pack…</source>
        <translation>Diagrampa&amp;ket…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Tillbaka</translation>
    </message>
    <message>
        <source>Back to the previous level (Alt+Left)</source>
        <translation>Tillbaka till föregående nivå (Alt+Vänsterpil)</translation>
    </message>
    <message>
        <source>Copy the chart as an image (Ctrl+Shift+C)</source>
        <translation>Kopiera diagrammet som en bild (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX</source>
        <translation>Spara diagrammet som PNG, SVG eller PDF, eller dess data som CSV eller XLSX</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Dia&amp;gram:</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Våg:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Every chart of the wave as PNG and SVG, and one PDF report with the dashboard, a page per region and a one-pager per location</source>
        <translation>Vågens alla diagram som PNG och SVG, och en PDF-rapport med översikten, en sida per region och en ensidig sammanfattning per enhet</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>Alla scenarier</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Eget nät</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Egna och konkurrenters</translation>
    </message>
    <message>
        <source>Competitors only</source>
        <translation>Endast konkurrenters</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Hela programmet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Varumärke</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Drawn in %1 ms</source>
        <translation>Ritat på %1 ms</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testköpare</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Betjänad av</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s): double-click one to open its report</source>
        <translation>
            <numerusform>%n besök: dubbelklicka på det för att öppna dess rapport</numerusform>
            <numerusform>%n besök: dubbelklicka på ett för att öppna dess rapport</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv);;Data as Excel workbook (*.xlsx)</source>
        <translation>PNG-bild (*.png);;SVG-ritning (*.svg);;PDF-dokument (*.pdf);;Data som CSV (*.csv);;Data som Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: välj .png, .svg, .pdf, .csv eller .xlsx</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Skrivet: %1</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Kan inte exportera diagrammet</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>Diagrammet finns i urklipp.</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Exportera diagramdata</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Kan inte exportera data</translation>
    </message>
    <message>
        <source>Folder for the Chart Pack</source>
        <translation>Mapp för diagrampaketet</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Läser resultaten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Chart Pack</source>
        <translation>Diagrampaket</translation>
    </message>
    <message>
        <source>Cannot write the chart pack</source>
        <translation>Kan inte skriva diagrampaketet</translation>
    </message>
    <message>
        <source>The chart pack was cancelled; nothing of it is left.</source>
        <translation>Diagrampaketet avbröts; inget av det finns kvar.</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>Sida %1 av %2…</translation>
    </message>
    <message>
        <source>Chart pack written: %1 (%2 pages) and %3 chart files</source>
        <translation>Diagrampaketet skrevs: %1 (%2 sidor) och %3 diagramfiler</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Use SQLite's quicker structure check (skips index contents).</source>
        <translation>Använd SQLites snabbare strukturkontroll (hoppar över indexinnehållet).</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: inga problem hittades</translation>
    </message>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema, the programme's rules and the stored scores against a fresh rescoring. Exits with 1 when anything is wrong.</source>
        <translation>Kontrollera en projektfil: SQLite-integritet, främmande nycklar, schemat, programmets regler och de lagrade poängen mot en ny poängsättning. Avslutar med 1 när något är fel.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: shopscope-cli COMMAND [options] [arguments]

ShopScope on the command line: every capability of the window, with machine-readable output (--json).

Commands:
</source>
        <translation>Användning: shopscope-cli COMMAND [alternativ] [argument]

ShopScope på kommandoraden: allt som fönstret kan, med maskinläsbar utdata (--json).

Kommandon:
</translation>
    </message>
    <message>
        <source>
Run 'shopscope-cli COMMAND --help' for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation>
Kör 'shopscope-cli COMMAND --help' för att se alternativen för ett kommando.
Avslutningsstatus: 0 lyckades, 1 arbetet misslyckades, 2 felaktiga argument.
</translation>
    </message>
    <message>
        <source>unknown command “%1” (run 'shopscope-cli --help' for the list)</source>
        <translation>okänt kommando ”%1” (kör 'shopscope-cli --help' för att se listan)</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Visa denna hjälp.</translation>
    </message>
    <message>
        <source>%1: %2 (see 'shopscope-cli %1 --help')</source>
        <translation>%1: %2 (se 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see 'shopscope-cli %1 --help')</source>
        <translation>%1: argumentet FILE saknas (se 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation>%1: en FILE förväntades, fick %2 argument</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>kan inte läsa standardindata</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>kan inte läsa ”%1”: %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>This version has reports and is frozen. Create a new version to change it.</source>
        <translation>Den här versionen har rapporter och är fryst. Skapa en ny version för att ändra den.</translation>
    </message>
    <message>
        <source>Add questionnaire %1</source>
        <translation>Lägg till frågeformulär %1</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Ny version av %1</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>Det finns inget avsnitt %1.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <source>Duplicate question %1</source>
        <translation>Duplicera fråga %1</translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation>Det finns ingen fråga %1.</translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation>Ta bort fråga %1</translation>
    </message>
    <message>
        <source>Move question %1</source>
        <translation>Flytta fråga %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>Ta bort avsnitt %1</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Flytta avsnitt %1</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Redigera texten för %1</translation>
    </message>
    <message>
        <source>%1 is not one of the programme's languages; add it first.</source>
        <translation>%1 är inte ett av programmets språk; lägg till det först.</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>“%1” needs at least one condition.</source>
        <translation>”%1” behöver minst ett villkor.</translation>
    </message>
    <message>
        <source>Unknown comparison “%1” (use eq, ne, any_of, lt, le, gt or ge).</source>
        <translation>Okänd jämförelse ”%1” (använd eq, ne, any_of, lt, le, gt eller ge).</translation>
    </message>
    <message>
        <source>“any_of” needs a non-empty “values” list.</source>
        <translation>”any_of” behöver en lista ”values” som inte är tom.</translation>
    </message>
    <message>
        <source>The comparison “%1” needs a “value”.</source>
        <translation>Jämförelsen ”%1” behöver ett ”value”.</translation>
    </message>
    <message>
        <source>The comparison “%1” needs a number as its value.</source>
        <translation>Jämförelsen ”%1” behöver ett tal som värde.</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>or as JSON, e.g. {"all": [ … ]}</source>
        <translation>eller som JSON, t.ex. {"all": [ … ]}</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Visas alltid</translation>
    </message>
    <message>
        <source>Never required</source>
        <translation>Krävs aldrig</translation>
    </message>
    <message>
        <source>When this answer…</source>
        <translation>När svaret på den här frågan…</translation>
    </message>
    <message>
        <source>is</source>
        <translation>är</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>är inte</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>är under</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>är högst</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>är över</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>är minst</translation>
    </message>
    <message>
        <source>Not a condition: %1</source>
        <translation>Ogiltigt villkor: %1</translation>
    </message>
</context>
<context>
    <name>CsvImportCli</name>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>Kontrollera filen och rapportera; skriv inget.</translation>
    </message>
    <message>
        <source>Import the rows without problems and leave the others out.</source>
        <translation>Importera raderna utan problem och hoppa över de övriga.</translation>
    </message>
    <message>
        <source>Which column holds which field.</source>
        <translation>Vilken kolumn som innehåller vilket fält.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN,...</source>
        <translation>FIELD=COLUMN,...</translation>
    </message>
    <message>
        <source>The file's encoding, when detection guesses wrong.</source>
        <translation>Filens teckenkodning, när identifieringen gissar fel.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The delimiter: , ; tab or |.</source>
        <translation>Avgränsaren: , ; tab eller |.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>Numbers are written with a decimal comma.</source>
        <translation>Tal skrivs med decimalkomma.</translation>
    </message>
    <message>
        <source>export: write here instead of standard output.</source>
        <translation>export: skriv till den här filen i stället för till standardutdata.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>export: UTF-8 with a byte-order mark and ; as delimiter, as Excel opens it.</source>
        <translation>export: UTF-8 med byteordningsmarkering och ; som avgränsare, så som Excel öppnar det.</translation>
    </message>
    <message>
        <source>%1: --delimiter must be , ; tab or |, not “%2”</source>
        <translation>%1: --delimiter måste vara , ; tab eller |, inte ”%2”</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read; nothing was imported</source>
        <translation>%1: %2 kan inte läsas; inget importerades</translation>
    </message>
    <message>
        <source>%1: --map %2: %3</source>
        <translation>%1: --map %2: %3</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>okänt fält</translation>
    </message>
    <message>
        <source>no such column in the file</source>
        <translation>filen har ingen sådan kolumn</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (testkörning: inget skrevs)</translation>
    </message>
    <message>
        <source>: imported</source>
        <translation>: importerat</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 problem(s)%6</source>
        <translation>%1: %2 nya, %3 uppdaterade, %4 oförändrade, %5 problem%6</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 problem(s)%5</source>
        <translation>%1: %2 nya, %3 uppdaterade, %4 problem%5</translation>
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
        <translation>Decimalkomma i tal (56,9496)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Importera bara &amp;giltiga rader</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Lodstreck |</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>Vilken kolumn som innehåller vad:</translation>
    </message>
    <message>
        <source>The file (first rows):</source>
        <translation>Filen (första raderna):</translation>
    </message>
    <message>
        <source>Problems (nothing is written while there are any, unless you import the valid rows only):</source>
        <translation>Problem (inget skrivs så länge det finns några, om du inte importerar bara de giltiga raderna):</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Läsningen av %1 avbröts.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Automatiskt (%1)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— importeras inte —</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>Kontrollen av %1 avbröts.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
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
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>detta är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>the file is %1; files over %2 are not read</source>
        <translation>filen är på %1; filer över %2 läses inte</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan inte öppna filen: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan inte läsa filen: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; such files are not read</source>
        <translation>filen är större än %1; sådana filer läses inte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>unknown encoding "%1"</source>
        <translation>okänd teckenkodning ”%1”</translation>
    </message>
    <message>
        <source>the delimiter and the quote must be two different ASCII characters</source>
        <translation>avgränsaren och citattecknet måste vara två olika ASCII-tecken</translation>
    </message>
    <message>
        <source>line %1, column %2: field too long (%3; at most %4)</source>
        <translation>rad %1, kolumn %2: fältet är för långt (%3; högst %4)</translation>
    </message>
    <message>
        <source>line %1 has 1 field, the header has %2</source>
        <translation>rad %1 har 1 fält, rubrikraden har %2</translation>
    </message>
    <message>
        <source>line %1 has 1 field, the first row has %2</source>
        <translation>rad %1 har 1 fält, första raden har %2</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>rad %1 har %2 fält, rubrikraden har %3</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the first row has %3</source>
        <translation>rad %1 har %2 fält, första raden har %3</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside a field that is not quoted, or text after a closing quote (a field with quotes in it must be quoted as a whole, each inner quote doubled)</source>
        <translation>rad %1, kolumn %2: ett citattecken i ett fält som inte står inom citattecken, eller text efter ett avslutande citattecken (ett fält som innehåller citattecken måste i sin helhet stå inom citattecken, och varje inre citattecken måste dubbleras)</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 (column %2) has no closing quote</source>
        <translation>fältet inom citattecken som börjar på rad %1 (kolumn %2) saknar avslutande citattecken</translation>
    </message>
    <message>
        <source>line %1: not enough memory to read this field</source>
        <translation>rad %1: inte tillräckligt med minne för att läsa fältet</translation>
    </message>
    <message>
        <source>line %1 contains a NUL byte: is this a binary file?</source>
        <translation>rad %1 innehåller en NUL-byte: är detta en binärfil?</translation>
    </message>
    <message>
        <source>line %1 is not valid %2 text; is the file in another encoding?</source>
        <translation>rad %1 är inte giltig %2-text; har filen en annan teckenkodning?</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>läsningen avbröts</translation>
    </message>
    <message>
        <source>the file holds no rows, only empty lines</source>
        <translation>filen innehåller inga datarader, bara tomma rader</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>filen har en rubrikrad men inga datarader</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>nothing to write: the file was not opened</source>
        <translation>inget att skriva: filen öppnades inte</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Best locations (recognition)</source>
        <translation>Bästa enheterna (erkännande)</translation>
    </message>
    <message>
        <source>Lowest locations (training)</source>
        <translation>Lägsta enheterna (utbildning)</translation>
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation>Bäst bedömd personal</translation>
    </message>
    <message>
        <source>Staff to coach</source>
        <translation>Personal att coacha</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: no approved results</source>
        <translation>%1: inga godkända resultat</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) at %1 location(s)</source>
        <translation>
            <numerusform>%n besök, antal enheter: %1</numerusform>
            <numerusform>%n besök, antal enheter: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>margin of error ±%1 points</source>
        <translation>felmarginal ±%1 poäng</translation>
    </message>
    <message>
        <source>the change since %1 is significant</source>
        <translation>förändringen sedan %1 är signifikant</translation>
    </message>
    <message>
        <source>the change since %1 is within the margin of error</source>
        <translation>förändringen sedan %1 ligger inom felmarginalen</translation>
    </message>
    <message>
        <source>target %1 % reached</source>
        <translation>målet %1 % uppnått</translation>
    </message>
    <message>
        <source>target %1 % not reached</source>
        <translation>målet %1 % inte uppnått</translation>
    </message>
    <message>
        <source>No location has %1 or more visits in this wave.</source>
        <translation>Ingen enhet har %1 eller fler besök i den här vågen.</translation>
    </message>
    <message>
        <source>No staff member was described in %1 or more visits.</source>
        <translation>Ingen anställd beskrevs i %1 eller fler besök.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo programme (the bank Nordbank, twelve monthly waves around today) to a new project file.</source>
        <translation>Skriv ett demoprogram (banken Nordbank, tolv månadsvågor kring dagens datum) till en ny projektfil.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Projektfilen som ska skrivas.</translation>
    </message>
    <message>
        <source>small (about 100 locations, 1,500 visits, 400 shoppers) or large (about 1,500 locations, 200,000 visits, 60,000 shoppers). Default: small.</source>
        <translation>small (cirka 100 enheter, 1 500 besök, 400 testköpare) eller large (cirka 1 500 enheter, 200 000 besök, 60 000 testköpare). Standard: small.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Random seed; the same seed and date give the same programme.</source>
        <translation>Slumpfrö; samma frö och datum ger samma program.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD); waves are placed around it.</source>
        <translation>Låtsas att dagens datum är DATE (YYYY-MM-DD); vågorna placeras kring det.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Replace FILE if it exists (only once the new one is complete).</source>
        <translation>Ersätt FILE om den finns (först när den nya är klar).</translation>
    </message>
    <message>
        <source>Show progress on stderr.</source>
        <translation>Visa förlopp på stderr.</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Skriv ut det som skrevs som JSON.</translation>
    </message>
    <message>
        <source>demo: unknown preset “%1” (use small or large)</source>
        <translation>demo: okänd förinställning ”%1” (använd small eller large)</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number from 0 to 18446744073709551615, not “%1”</source>
        <translation>demo: --seed måste vara ett heltal från 0 till 18446744073709551615, inte ”%1”</translation>
    </message>
    <message>
        <source>demo: --today must be a date like 2026-11-22, not “%1”</source>
        <translation>demo: --today måste vara ett datum som 2026-11-22, inte ”%1”</translation>
    </message>
    <message>
        <source>Wrote %1: %2 locations, %3 shoppers, %4 visits, %5 reports, %6 answers (%7 rows in %8 s)</source>
        <translation>Skrev %1: %2 enheter, %3 testköpare, %4 besök, %5 rapporter, %6 svar (%7 rader på %8 s)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it explicitly.</source>
        <translation>”%1” finns redan; välj ett annat namn eller ange uttryckligen att den ska ersättas.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for “today”.</source>
        <translation>Demot behöver ett giltigt datum för ”i dag”.</translation>
    </message>
    <message>
        <source>The demo material is broken: %1</source>
        <translation>Demomaterialet är trasigt: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation>Kan inte skriva i mappen ”%1”.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is full.</source>
        <translation>Kunde inte skriva ”%1”: disken är full.</translation>
    </message>
    <message>
        <source>Could not write the demo programme “%1”: %2.</source>
        <translation>Kunde inte skriva demoprogrammet ”%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Kan inte skapa ”%1”: %2.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Yes / No</source>
        <translation>Ja / Nej</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>NPS 0–10</source>
        <translation>NPS 0–10</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Enkelval</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Flerval</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planering</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Fältarbete</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporterad</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Tilldelat</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inskickat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Återsänt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgon</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Mitt på dagen</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Eftermiddag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Kväll</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuellt</translation>
    </message>
    <message>
        <source>Zeroes section</source>
        <translation>Nollställer avsnittet</translation>
    </message>
    <message>
        <source>Zeroes visit</source>
        <translation>Nollställer besöket</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
</context>
<context>
    <name>DriverAnalysis</name>
    <message>
        <source>“%1” has %2 answers for %3 respondents.</source>
        <translation>”%1” har %2 svar för %3 respondenter.</translation>
    </message>
    <message>
        <source>A driver analysis needs at least %1 respondents with an outcome, not %2.</source>
        <translation>En drivkraftsanalys behöver minst %1 respondenter med ett utfall, inte %2.</translation>
    </message>
    <message>
        <source>Every respondent has the same outcome, so no standard can explain it.</source>
        <translation>Alla respondenter har samma utfall, så ingen standard kan förklara det.</translation>
    </message>
    <message>
        <source>Left out, fewer than %1 answers from respondents with an outcome: %2.</source>
        <translation>Utelämnade, färre än %1 svar från respondenter med ett utfall: %2.</translation>
    </message>
    <message>
        <source>Left out, the same answer from every respondent: %1.</source>
        <translation>Utelämnade, samma svar från alla respondenter: %1.</translation>
    </message>
    <message>
        <source>%1 % of the answers were missing (not applicable or unanswered); for the importance they count as the standard's average.</source>
        <translation>%1 % av svaren saknades (ej aktuellt eller obesvarat); för betydelsen räknas de som standardens medelvärde.</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>chosen by the user</source>
        <translation>vald av användaren</translation>
    </message>
    <message>
        <source>byte order mark (%1)</source>
        <translation>byteordningsmarkering (%1)</translation>
    </message>
    <message>
        <source>no byte order mark, but every other byte is zero (%1)</source>
        <translation>ingen byteordningsmarkering, men varannan byte är noll (%1)</translation>
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation>ren ASCII-text, läses som UTF-8</translation>
    </message>
    <message>
        <source>valid UTF-8 text</source>
        <translation>giltig UTF-8-text</translation>
    </message>
    <message>
        <source>guessed by uchardet (%1)</source>
        <translation>gissad av uchardet (%1)</translation>
    </message>
    <message>
        <source>could not tell the encoding; assuming windows-1252</source>
        <translation>kunde inte avgöra teckenkodningen; antar windows-1252</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>uchardet suggested %1; decoded as %2 the text reads most like Nordic, Baltic or Polish</source>
        <translation>uchardet föreslog %1; avkodad som %2 liknar texten mest nordiska, baltiska eller polska</translation>
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message numerus="yes">
        <source>The panel of %Ln shopper(s), rule by rule:</source>
        <translation>
            <numerusform>Panelen på %Ln testköpare, regel för regel:</numerusform>
            <numerusform>Panelen på %Ln testköpare, regel för regel:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
</context>
<context>
    <name>FieldworkLists</name>
    <message>
        <source>there is no wave %1</source>
        <translation>det finns ingen våg %1</translation>
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation>Besök för %1 i %2</translation>
    </message>
    <message>
        <source>Your visits in %1</source>
        <translation>Dina besök i %1</translation>
    </message>
    <message numerus="yes">
        <source>Shopper %1%2 · %n visit(s) · fees %3</source>
        <translation>
            <numerusform>Testköpare %1%2 · %n besök · arvoden %3</numerusform>
            <numerusform>Testköpare %1%2 · %n besök · arvoden %3</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Briefing: %1 — %2</source>
        <translation>Instruktion: %1 — %2</translation>
    </message>
    <message>
        <source>(no script written)</source>
        <translation>(inget manus skrivet)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>“%1” looks like a spreadsheet formula; it is kept as text (exports write it so that spreadsheets do not run it)</source>
        <translation>”%1” ser ut som en kalkylbladsformel; den behålls som text (exporter skriver den så att kalkylprogram inte kör den)</translation>
    </message>
    <message>
        <source>a coordinate needs both latitude and longitude</source>
        <translation>en koordinat kräver både latitud och longitud</translation>
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation>, med decimalkomma</translation>
    </message>
    <message>
        <source>“%1” is not a latitude (a number from -90 to 90%2)</source>
        <translation>”%1” är ingen latitud (ett tal från -90 till 90%2)</translation>
    </message>
    <message>
        <source>“%1” is not a longitude (a number from -180 to 180%2)</source>
        <translation>”%1” är ingen longitud (ett tal från -180 till 180%2)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>”%1” är ingen e-postadress</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>rad %1, kolumn %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show what a project file holds: the programme and counts of everything in it.</source>
        <translation>Visa vad en projektfil innehåller: programmet och antalet av allt som finns i det.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>File:        %1
</source>
        <translation>Fil:         %1
</translation>
    </message>
    <message>
        <source>Client:      %1
</source>
        <translation>Kund:        %1
</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>Programme:   %1
</source>
        <translation>Program:     %1
</translation>
    </message>
    <message>
        <source>Languages:   %1
</source>
        <translation>Språk:       %1
</translation>
    </message>
    <message>
        <source>Format:      %1
</source>
        <translation>Format:      %1
</translation>
    </message>
    <message>
        <source>Size:        %1
</source>
        <translation>Storlek:     %1
</translation>
    </message>
    <message>
        <source>Contents:
</source>
        <translation>Innehåll:
</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>frågeformulär</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>frågor</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>enheter</translation>
    </message>
    <message>
        <source>competitor locations</source>
        <translation>konkurrentenheter</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scenarier</translation>
    </message>
    <message>
        <source>waves</source>
        <translation>vågor</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>besök</translation>
    </message>
    <message>
        <source>shoppers</source>
        <translation>testköpare</translation>
    </message>
    <message>
        <source>active shoppers</source>
        <translation>aktiva testköpare</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>rapporter</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>QC decisions</source>
        <translation>QC-beslut</translation>
    </message>
    <message>
        <source>Visits by status:
</source>
        <translation>Besök per status:
</translation>
    </message>
</context>
<context>
    <name>LocationActions</name>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importera CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Select a location first.</source>
        <translation>Välj en enhet först.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation>Importera enheter</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated</source>
        <translation>Importerade %1: %2 nya, %3 uppdaterade</translation>
    </message>
    <message>
        <source>Export locations</source>
        <translation>Exportera enheter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inget exporterades</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n location(s)</source>
        <translation>
            <numerusform>Exporterade %n enhet</numerusform>
            <numerusform>Exporterade %n enheter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>A competitor's location (for the benchmark)</source>
        <translation>En konkurrents enhet (för jämförelsen)</translation>
    </message>
    <message>
        <source>Active (evaluated in new waves)</source>
        <translation>Aktiv (utvärderas i nya vågor)</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Enhet %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Varumärke:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dress:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>Lat&amp;itud:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>Lon&amp;gitud:</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>P&amp;ersonal:</translation>
    </message>
    <message>
        <source>Si&amp;ze class:</source>
        <translation>&amp;Storleksklass:</translation>
    </message>
    <message>
        <source>&amp;Manager's e-mail:</source>
        <translation>&amp;Chefens e-post:</translation>
    </message>
    <message>
        <source>Cop&amp;y Monday to Tuesday–Friday</source>
        <translation>Kopiera måndag till tisdag–&amp;fredag</translation>
    </message>
    <message>
        <source>Ne&amp;w attribute</source>
        <translation>N&amp;ytt attribut</translation>
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation>Ta &amp;bort attribut</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;mänt</translation>
    </message>
    <message>
        <source>Op&amp;ening hours</source>
        <translation>&amp;Öppettider</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>Attrib&amp;ut</translation>
    </message>
    <message>
        <source>e.g. S, M, L or flagship</source>
        <translation>t.ex. S, M, L eller flaggskepp</translation>
    </message>
    <message>
        <source>name@client.example</source>
        <translation>namn@kund.example</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Write 09:00–17:00, or split hours as 09:00–12:00, 13:00–18:00. Leave a day empty when the location is closed.</source>
        <translation>Skriv 09:00–17:00, eller delade tider som 09:00–12:00, 13:00–18:00. Lämna en dag tom när enheten är stängd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Facts about the location that have no field of their own, such as the floor, the format or the number of cash desks.</source>
        <translation>Uppgifter om enheten som inte har ett eget fält, till exempel våningsplan, format eller antal kassor.</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>Bes&amp;ök</translation>
    </message>
</context>
<context>
    <name>LocationImport</name>
    <message>
        <source>Import locations from %1</source>
        <translation>Importera enheter från %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>rad %1 (%2): %3</translation>
    </message>
    <message>
        <source>the imported locations are in use by now and stay</source>
        <translation>de importerade enheterna används redan och blir kvar</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation>%1 har problem; inget importerades</translation>
    </message>
    <message>
        <source>%1 holds no location to import</source>
        <translation>%1 innehåller ingen enhet att importera</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Varumärke</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Storleksklass</translation>
    </message>
    <message>
        <source>Manager e-mail</source>
        <translation>Chefens e-post</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation>ingen kolumn är vald för %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>the location code is empty</source>
        <translation>enhetskoden är tom</translation>
    </message>
    <message>
        <source>the location code “%1” is longer than 40 characters</source>
        <translation>enhetskoden ”%1” är längre än 40 tecken</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>koden %1 finns redan på rad %2</translation>
    </message>
    <message>
        <source>the name of %1 is empty</source>
        <translation>namnet på %1 är tomt</translation>
    </message>
    <message>
        <source>“%1” is not a channel (use visit, call, email, web, social or audit)</source>
        <translation>”%1” är ingen kanal (använd visit, call, email, web, social eller audit)</translation>
    </message>
    <message>
        <source>“%1” is not a number of staff</source>
        <translation>”%1” är inget giltigt antal anställda</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>”%1” är varken ja eller nej</translation>
    </message>
    <message>
        <source>a region or area needs its country</source>
        <translation>en region eller ett område måste ha ett land</translation>
    </message>
    <message>
        <source>an area needs its region</source>
        <translation>ett område måste ha en region</translation>
    </message>
    <message>
        <source>“%1” is not a known %2 of the programme</source>
        <translation>%2 ”%1” finns inte i programmet</translation>
    </message>
    <message>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>area</source>
        <translation>område</translation>
    </message>
    <message>
        <source>the file holds no locations</source>
        <translation>filen innehåller inga enheter</translation>
    </message>
    <message>
        <source>Delete location %1</source>
        <translation>Ta bort enhet %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n location(s)</source>
        <translation>
            <numerusform>Ta bort %n enhet</numerusform>
            <numerusform>Ta bort %n enheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s); deactivate it instead of deleting it</source>
        <translation>
            <numerusform>%1 har %n besök; inaktivera den i stället för att ta bort den</numerusform>
            <numerusform>%1 har %n besök; inaktivera den i stället för att ta bort den</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit location %1</source>
        <translation>Redigera enhet %1</translation>
    </message>
    <message>
        <source>Add location %1</source>
        <translation>Lägg till enhet %1</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>det finns ingen enhet %1</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Öppettider (%1)</translation>
    </message>
    <message>
        <source>Attributes: the value “%1” needs a name</source>
        <translation>Attribut: värdet ”%1” behöver ett namn</translation>
    </message>
    <message>
        <source>Attributes: “%1” is given twice</source>
        <translation>Attribut: ”%1” anges två gånger</translation>
    </message>
</context>
<context>
    <name>LocationImportDialog</name>
    <message>
        <source>Only countries, regions and areas the programme has</source>
        <translation>Endast länder, regioner och områden som finns i programmet</translation>
    </message>
    <message>
        <source>Import locations from %1</source>
        <translation>Importera enheter från %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new location(s)</source>
        <translation>
            <numerusform>%n ny enhet</numerusform>
            <numerusform>%n nya enheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n uppdaterad via koden</numerusform>
            <numerusform>%n uppdaterade via koden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nya: %1</translation>
    </message>
</context>
<context>
    <name>LocationTreeModel</name>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n enhet</numerusform>
            <numerusform>%n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Enheter</translation>
    </message>
</context>
<context>
    <name>LocationsCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Refuse countries, regions and areas the programme lacks.</source>
        <translation>Avvisa länder, regioner och områden som programmet saknar.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n location(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n enhet till %1</numerusform>
            <numerusform>Exporterade %n enheter till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show and browse locations by region; import them from a client's CSV file, or export them.</source>
        <translation>Lista, visa och bläddra bland enheter per region; importera dem från en kunds CSV-fil eller exportera dem.</translation>
    </message>
    <message>
        <source>list, tree, show, import or export</source>
        <translation>list, tree, show, import eller export</translation>
    </message>
    <message>
        <source>list: only the locations of this region.</source>
        <translation>list: endast enheterna i den här regionen.</translation>
    </message>
    <message>
        <source>list: only this channel (visit, call, email, web, social, audit).</source>
        <translation>list: endast den här kanalen (visit, call, email, web, social, audit).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>list: yes for competitors' locations only, no for own ones.</source>
        <translation>list: yes för endast konkurrenternas enheter, no för endast egna.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>list: yes for active locations only, no for inactive ones.</source>
        <translation>list: yes för endast aktiva enheter, no för endast inaktiva.</translation>
    </message>
    <message>
        <source>list: only locations whose code, name, city or brand contains TEXT.</source>
        <translation>list: endast enheter vars kod, namn, ort eller varumärke innehåller TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>locations: expected 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE' (see 'shopscope-cli locations --help')</source>
        <translation>locations: 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' eller 'export FILE' förväntades (se 'shopscope-cli locations --help')</translation>
    </message>
    <message>
        <source>there is no region “%1”</source>
        <translation>det finns ingen region ”%1”</translation>
    </message>
    <message>
        <source>“%1” is a region of %2; write COUNTRY/%1</source>
        <translation>”%1” är en region i %2; skriv COUNTRY/%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>locations list: --channel must be visit, call, email, web, social or audit, not “%1”</source>
        <translation>locations list: --channel måste vara visit, call, email, web, social eller audit, inte ”%1”</translation>
    </message>
    <message>
        <source>locations list: --%1 must be yes or no, not “%2”</source>
        <translation>locations list: --%1 måste vara yes eller no, inte ”%2”</translation>
    </message>
    <message>
        <source>locations list: %1: %2</source>
        <translation>locations list: %1: %2</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>konkurrent</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n location(s)</source>
        <translation>
            <numerusform>%1 av %n enhet</numerusform>
            <numerusform>%1 av %n enheter</numerusform>
        </translation>
    </message>
    <message>
        <source>locations tree: %1: %2</source>
        <translation>locations tree: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) in all</source>
        <translation>
            <numerusform>%n enhet totalt</numerusform>
            <numerusform>%n enheter totalt</numerusform>
        </translation>
    </message>
    <message>
        <source>locations show: %1: %2</source>
        <translation>locations show: %1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Öppettider:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribut:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
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
        <translation>Enheter i ett program.

  list FILE [--region NAME] [--channel C] [--competitor yes|no] [--active yes|no] [--search TEXT] [--json]
  tree FILE [--json]                 land &gt; region &gt; område med antalet enheter i varje
  show FILE CODE [--json]            en enhet med dess öppettider, attribut och besök
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--known-regions-only] [--json]
  export FILE [-o OUT.csv] [--delimiter CHAR] [--excel]

--region tar en regions namn (COUNTRY/REGION när två länder har en region med det namnet) eller
none för enheterna utan region. Öppettiderna importeras och exporteras i kolumnerna hours_mon ...
hours_sun, t.ex. 09:00-12:00;13:00-18:00 (tom: stängt).
Teckenkodningen (UTF-8, UTF-16, Windows-1252, Windows-1257...), avgränsaren och rubrikraden
identifieras automatiskt; kolumnerna matchas efter sina rubriker (på engelska, svenska, norska,
lettiska eller polska) om inte --map anger dem, t.ex. --map code=Filiāles kods,name=Nosaukums.
Fält: %1. Varje problem listas med rad och kolumn och inget skrivs, om inte --valid-rows
importerar raderna utan problem. En kod som redan finns uppdateras i stället för att dupliceras.</translation>
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
        <translation>ShopScope-program (*.shopscope);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Create &amp;Demo Programme…</source>
        <translation>Skapa &amp;demoprogram…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About ShopScope</source>
        <translation>&amp;Om ShopScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Frågeformulär</translation>
    </message>
    <message>
        <source>Locations &amp; scenarios</source>
        <translation>Enheter och scenarier</translation>
    </message>
    <message>
        <source>The units evaluated and the scripts shoppers play.</source>
        <translation>De utvärderade enheterna och de manus som testköparna spelar.</translation>
    </message>
    <message>
        <source>Waves &amp; sample</source>
        <translation>Vågor och urval</translation>
    </message>
    <message>
        <source>Fieldwork periods and the planned visits of each.</source>
        <translation>Fältperioder och de planerade besöken i var och en.</translation>
    </message>
    <message>
        <source>Shoppers &amp; assignment</source>
        <translation>Testköpare och tilldelning</translation>
    </message>
    <message>
        <source>The shopper panel and who carries out which visit.</source>
        <translation>Testköparpanelen och vem som genomför vilket besök.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reports that came back from the field and their review status.</source>
        <translation>Rapporter som kommit in från fältet och deras granskningsstatus.</translation>
    </message>
    <message>
        <source>Charts &amp; reports</source>
        <translation>Diagram och rapporter</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Öppna skrivskyddat?</translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation>Vill du öppna det skrivskyddat i stället?</translation>
    </message>
    <message>
        <source>Cannot open the programme</source>
        <translation>Kan inte öppna programmet</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>Öppnade %1 skrivskyddat</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>%1 (read-only) — ShopScope</source>
        <translation>%1 (skrivskyddat) — ShopScope</translation>
    </message>
    <message>
        <source>%1 — ShopScope</source>
        <translation>%1 — ShopScope</translation>
    </message>
    <message>
        <source>New Programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name; ShopScope does not overwrite programmes.</source>
        <translation>”%1” finns redan. Välj ett nytt namn; ShopScope skriver inte över program.</translation>
    </message>
    <message>
        <source>Cannot create the programme</source>
        <translation>Kan inte skapa programmet</translation>
    </message>
    <message>
        <source>Open Programme</source>
        <translation>Öppna program</translation>
    </message>
    <message>
        <source>Create Demo Programme</source>
        <translation>Skapa demoprogram</translation>
    </message>
    <message>
        <source>Choose another file than the open programme.</source>
        <translation>Välj en annan fil än det öppna programmet.</translation>
    </message>
    <message>
        <source>Writing the demo programme…</source>
        <translation>Skriver demoprogrammet…</translation>
    </message>
    <message>
        <source>Cannot create the demo programme</source>
        <translation>Kan inte skapa demoprogrammet</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-kopia</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopian sparades inte</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Sparade en kopia som %1</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Det gick inte att ångra</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Det gick inte att göra om</translation>
    </message>
    <message>
        <source>About ShopScope</source>
        <translation>Om ShopScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Mystery-shopping programmes for agencies: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Testköpsprogram för byråer: frågeformulär, vågor och urval, tilldelning av testköpare, kvalitetskontroll, resultat och diagram redo för kunden.&lt;/p&gt;&lt;p&gt;Fri programvara under GNU General Public License, version 3 eller senare.&lt;/p&gt;&lt;p&gt;Byggd med Qt %2 och SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language takes effect when ShopScope starts next.</source>
        <translation>Det nya språket börjar gälla nästa gång ShopScope startas.</translation>
    </message>
    <message>
        <source>No recent programmes</source>
        <translation>Inga senaste program</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>Writing a copy of %1…</source>
        <translation>Skriver en kopia av %1…</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Kopieringen avbröts.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>&amp;Sample Size Calculator…</source>
        <translation>Kalkylator för &amp;urvalsstorlek…</translation>
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation>Kalkylator för urvalsstorlek</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Planöversikt</translation>
    </message>
    <message>
        <source>The dashboard, the standard charts and their exports for clients; fieldwork and results wave by wave.</source>
        <translation>Översikten, standarddiagrammen och deras export för kunder; fältarbete och resultat våg för våg.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create a new, empty ShopScope project file.</source>
        <translation>Skapa en ny, tom ShopScope-projektfil.</translation>
    </message>
    <message>
        <source>The project file to create (e.g. client.shopscope).</source>
        <translation>Projektfilen som ska skapas (t.ex. kund.shopscope).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Skapade %1</translation>
    </message>
</context>
<context>
    <name>OdkExportDialog</name>
    <message>
        <source>Export for ODK fielding</source>
        <translation>Exportera för fältarbete med ODK</translation>
    </message>
    <message>
        <source>XForm (.xml) for ODK Collect, ODK Central and Enketo</source>
        <translation>XForm (.xml) för ODK Collect, ODK Central och Enketo</translation>
    </message>
    <message>
        <source>XLSForm (.xlsx) for KoboToolbox and ODK Central</source>
        <translation>XLSForm (.xlsx) för KoboToolbox och ODK Central</translation>
    </message>
    <message>
        <source>Ask the shopper for the visit ID</source>
        <translation>Be testköparen ange besöks-id</translation>
    </message>
    <message>
        <source>Without this, the visit ID is a hidden field filled in by the link you send each shopper (Enketo and KoboToolbox prefill: ?d[/data/ss_visit_id]=1234).</source>
        <translation>Om rutan inte är markerad är besöks-id ett dolt fält som fylls i via länken du skickar till varje testköpare (förifyllning i Enketo och KoboToolbox: ?d[/data/ss_visit_id]=1234).</translation>
    </message>
    <message>
        <source>A comment field after every question</source>
        <translation>Ett kommentarsfält efter varje fråga</translation>
    </message>
    <message>
        <source>Otherwise only questions with a required comment get a comment field.</source>
        <translation>Annars får bara frågor med obligatorisk kommentar ett kommentarsfält.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in %1, with the visit in hidden fields and ShopScope's score as a calculated field. Before you export, what the form cannot carry as ShopScope does:</source>
        <translation>
            <numerusform>%n fråga (språk: %1), besöket i dolda fält och ShopScopes resultat som ett beräknat fält. Innan du exporterar – det här kan formuläret inte hantera på samma sätt som ShopScope:</numerusform>
            <numerusform>%n frågor (språk: %1), besöket i dolda fält och ShopScopes resultat som ett beräknat fält. Innan du exporterar – det här kan formuläret inte hantera på samma sätt som ShopScope:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing: every question, option, condition, translation and scoring rule carries over.</source>
        <translation>Inget: alla frågor, alternativ, villkor, översättningar och poängregler följer med.</translation>
    </message>
</context>
<context>
    <name>OdkFormBuilder</name>
    <message numerus="yes">
        <source>%n text(s) have no %1 translation; the form shows the source language (%2) there</source>
        <translation>
            <numerusform>%n text saknar översättning till %1; där visar formuläret källspråket (%2)</numerusform>
            <numerusform>%n texter saknar översättning till %1; där visar formuläret källspråket (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>ODK number fields cannot hold “not applicable”: the shopper leaves %1 empty instead, and it comes back unanswered</source>
        <translation>ODK:s sifferfält kan inte innehålla ”ej tillämpligt”: testköparen lämnar i stället fråga %1 tom, och den kommer tillbaka obesvarad</translation>
    </message>
    <message>
        <source>the name “%1” is used twice in the form (letter case aside); ODK tools will refuse it</source>
        <translation>namnet ”%1” används två gånger i formuläret (om man bortser från versaler och gemener); ODK-verktygen kommer att avvisa det</translation>
    </message>
    <message>
        <source>the %1 condition on %2 (%3) never holds in ShopScope, and not in the ODK form either</source>
        <translation>%1 som gäller %2 (%3) uppfylls aldrig i ShopScope, och inte heller i ODK-formuläret</translation>
    </message>
    <message>
        <source>show-if</source>
        <translation>visningsvillkoret</translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation>kommentarsvillkoret</translation>
    </message>
</context>
<context>
    <name>OdkFormImporter</name>
    <message>
        <source>a repeat becomes a plain section: its questions are asked once per visit</source>
        <translation>en upprepning (repeat) blir ett vanligt avsnitt: dess frågor ställs en gång per besök</translation>
    </message>
    <message>
        <source>the group name “%1” cannot be a section code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>gruppnamnet ”%1” kan inte bli en avsnittskod (1-40 bokstäver, siffror, ”_”, ”-” eller ”.”)</translation>
    </message>
    <message>
        <source>the group name “%1” is used twice</source>
        <translation>gruppnamnet ”%1” används två gånger</translation>
    </message>
    <message>
        <source>groups nest only two deep in a questionnaire: its questions join the group around it</source>
        <translation>grupper kan bara nästlas två nivåer djupt i ett frågeformulär: gruppens frågor hamnar i den omgivande gruppen</translation>
    </message>
    <message>
        <source>the name “%1” cannot be a question code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>namnet ”%1” kan inte bli en frågekod (1-40 bokstäver, siffror, ”_”, ”-” eller ”.”)</translation>
    </message>
    <message>
        <source>unknown shopscope_type “%1”</source>
        <translation>okänd shopscope_type ”%1”</translation>
    </message>
    <message>
        <source>“or_other” becomes an option “other”; the text the shopper types for it has no question of its own</source>
        <translation>”or_other” blir alternativet ”other”; texten som testköparen skriver för det får ingen egen fråga</translation>
    </message>
    <message>
        <source>a date and time becomes a date question</source>
        <translation>datum och tid blir en datumfråga</translation>
    </message>
    <message>
        <source>the choice name “%1” cannot be an option code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>namnet ”%1” i choices kan inte bli en alternativkod (1-40 bokstäver, siffror, ”_”, ”-” eller ”.”)</translation>
    </message>
    <message>
        <source>a range of more than 20 steps becomes a number question</source>
        <translation>ett intervall (range) med fler än 20 steg blir en sifferfråga</translation>
    </message>
    <message>
        <source>“required” only under a condition (%1) is not kept: the question is optional</source>
        <translation>”required” som bara gäller under ett villkor (%1) behålls inte: frågan är valfri</translation>
    </message>
    <message>
        <source>the %1 condition %2 cannot be read (%3); it is left out</source>
        <translation>%1-villkoret %2 kan inte läsas (%3); det utelämnas</translation>
    </message>
    <message>
        <source>the condition “%1” is left out, the question is always shown: %2</source>
        <translation>villkoret ”%1” utelämnas och frågan visas alltid: %2</translation>
    </message>
    <message>
        <source>the constraint “%1” is not kept</source>
        <translation>begränsningen ”%1” behålls inte</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have no %1 version; another language's text stands in</source>
        <translation>
            <numerusform>%n text finns inte på %1; en text på ett annat språk används i stället</numerusform>
            <numerusform>%n texter finns inte på %1; texter på ett annat språk används i stället</numerusform>
        </translation>
    </message>
    <message>
        <source>notes (survey rows %1) are texts, not questions: left out</source>
        <translation>anteckningar (raderna %1 i bladet survey) är texter, inte frågor: utelämnas</translation>
    </message>
    <message>
        <source>ShopScope has no “%1” question (survey rows %2): left out</source>
        <translation>ShopScope har ingen fråga av typen ”%1” (raderna %2 i bladet survey): utelämnas</translation>
    </message>
    <message>
        <source>the form has no question ShopScope can take</source>
        <translation>formuläret har ingen fråga som ShopScope kan ta emot</translation>
    </message>
    <message>
        <source>survey row %1 (%2)</source>
        <translation>bladet survey, rad %1 (%2)</translation>
    </message>
    <message>
        <source>choices row %1</source>
        <translation>bladet choices, rad %1</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1 (rad %2)</translation>
    </message>
    <message>
        <source>device data and calculations are not answers: left out %1</source>
        <translation>enhetsdata och beräkningar är inte svar, så de utelämnas: %1</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>“%1” is not opening hours (write 09:00-17:00, or 09:00-12:00, 13:00-18:00 for split hours; leave it empty when closed)</source>
        <translation>”%1” är inga öppettider (skriv 09:00-17:00, eller 09:00-12:00, 13:00-18:00 för delade tider; lämna tomt när det är stängt)</translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation>”%1” är inget giltigt klockslag</translation>
    </message>
    <message>
        <source>%1 is not after %2</source>
        <translation>%1 är inte efter %2</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation>%1 överlappar %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Söndag</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show a wave's sample plan rules and generate its visits with a quota check.</source>
        <translation>Visa en vågs urvalsplansregler och generera dess besök med en kvotkontroll.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Show the proposal and its quota check; write nothing.</source>
        <translation>Visa förslaget och dess kvotkontroll; skriv ingenting.</translation>
    </message>
    <message>
        <source>The seed that makes the plan reproducible (default 1).</source>
        <translation>Fröet som gör planen reproducerbar (standard 1).</translation>
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
        <translation>Läs reglerna från ett JSON-dokument.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Store the rules for the wave (default), the programme, or not.</source>
        <translation>Spara reglerna för vågen (standard), för programmet eller inte alls.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WHERE</translation>
    </message>
    <message>
        <source>Visits per location.</source>
        <translation>Besök per enhet.</translation>
    </message>
    <message>
        <source>Visits per location of a channel, e.g. call=10 (repeatable).</source>
        <translation>Besök per enhet i en kanal, t.ex. call=10 (kan upprepas).</translation>
    </message>
    <message>
        <source>CHANNEL=N</source>
        <translation>CHANNEL=N</translation>
    </message>
    <message>
        <source>Scenario codes in rotation order, comma-separated.</source>
        <translation>Scenariokoder i rotationsordning, kommaseparerade.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>rotation or fixed.</source>
        <translation>rotation eller fixed.</translation>
    </message>
    <message>
        <source>Only locations of these channels, comma-separated.</source>
        <translation>Endast enheter i dessa kanaler, kommaseparerade.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Only locations in these regions, comma-separated.</source>
        <translation>Endast enheter i dessa regioner, kommaseparerade.</translation>
    </message>
    <message>
        <source>exclude, include or only.</source>
        <translation>exclude, include eller only.</translation>
    </message>
    <message>
        <source>A weekday quota, e.g. saturday=0.3 or 6=30% (repeatable).</source>
        <translation>En veckodagskvot, t.ex. saturday=0.3 eller 6=30% (kan upprepas).</translation>
    </message>
    <message>
        <source>DAY=SHARE</source>
        <translation>DAY=SHARE</translation>
    </message>
    <message>
        <source>A daypart quota, e.g. evening=0.2 (repeatable).</source>
        <translation>En kvot för tid på dagen, t.ex. evening=0.2 (kan upprepas).</translation>
    </message>
    <message>
        <source>PART=SHARE</source>
        <translation>PART=SHARE</translation>
    </message>
    <message>
        <source>even (spread over the weeks of the wave) or free.</source>
        <translation>even (fördelat över vågens veckor) eller free.</translation>
    </message>
    <message>
        <source>plan: cannot read %1: %2</source>
        <translation>plan: kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>plan: %1: %2</source>
        <translation>plan: %1: %2</translation>
    </message>
    <message>
        <source>plan: --visits must be a whole number of 0 or more, not “%1”</source>
        <translation>plan: --visits måste vara ett heltal, 0 eller större, inte ”%1”</translation>
    </message>
    <message>
        <source>plan: --channel-visits must look like call=10, not “%1”</source>
        <translation>plan: --channel-visits måste se ut som call=10, inte ”%1”</translation>
    </message>
    <message>
        <source>plan: --%1 must look like %2, not “%3”</source>
        <translation>plan: --%1 måste se ut som %2, inte ”%3”</translation>
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
        <translation>Regler från: %1
%2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfång</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Begärt</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Uppfylld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEJ</translation>
    </message>
    <message>
        <source>plan generate: give the wave with --wave NAME</source>
        <translation>plan generate: ange vågen med --wave NAME</translation>
    </message>
    <message>
        <source>plan generate: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation>plan generate: --seed måste vara ett heltal, 0 eller större, inte ”%1”</translation>
    </message>
    <message>
        <source>plan generate: --by must be region or scenario, not “%1”</source>
        <translation>plan generate: --by måste vara region eller scenario, inte ”%1”</translation>
    </message>
    <message>
        <source>plan generate: --save-rules must be wave, programme or no, not “%1”</source>
        <translation>plan generate: --save-rules måste vara wave, programme eller no, inte ”%1”</translation>
    </message>
    <message>
        <source>plan generate: %1</source>
        <translation>plan generate: %1</translation>
    </message>
    <message>
        <source>plan generate: the plan is impossible: %1</source>
        <translation>plan generate: planen är omöjlig: %1</translation>
    </message>
    <message>
        <source>plan generate: nothing written: %1</source>
        <translation>plan generate: inget skrevs: %1</translation>
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):
</source>
        <translation>Testkörning för våg %1 (inget skrevs):
</translation>
    </message>
    <message>
        <source>Generated wave %1:
</source>
        <translation>Genererade våg %1:
</translation>
    </message>
    <message numerus="yes">
        <source>  %n location(s)
</source>
        <translation>
            <numerusform>  %n enhet
</numerusform>
            <numerusform>  %n enheter
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n new visit(s), </source>
        <translation>
            <numerusform>  %n nytt besök, </numerusform>
            <numerusform>  %n nya besök, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced, </source>
        <translation>
            <numerusform>%n ersatt, </numerusform>
            <numerusform>%n ersatta, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept
</source>
        <translation>
            <numerusform>%n behållet
</numerusform>
            <numerusform>%n behållna
</numerusform>
        </translation>
    </message>
    <message>
        <source>  fieldwork budget %1
</source>
        <translation>  fältarbetsbudget %1
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
        <translation>Urvalsplanen: regler som omvandlar enheter, scenarier och kvoter till en vågs besök.

  rules FILE [--wave NAME] [--json]
  summary FILE [--wave NAME] [--by wave,region,scenario,channel,location|none] [--json|--csv]
  generate FILE --wave NAME [--dry-run] [--seed N] [--by region|scenario] [--json]
                [--rules RULES.json] [regelalternativ] [--save-rules wave|programme|no]

De regler som gäller är vågens egna, annars programmets standardregler, annars ett besök per aktiv
enhet som roterar genom alla aktiva scenarier i enhetens kanal. --rules och regelalternativen ändrar
dem för den här körningen; en generering som ändrar dem sparar dem för vågen (eller med
--save-rules programme som standard för alla vågor). Besök som är tilldelade, genomförda, låsta eller
har en rapport ligger kvar; vågens övriga planerade besök ersätts. Regeldokumentet beskrivs
i docs/sample-plan.md. Exempel:
  plan generate demo.shopscope --wave W2026-12 --visits 3 --weekday saturday=0.3 --dry-run</translation>
    </message>
    <message>
        <source>rules, generate or summary</source>
        <translation>rules, generate eller summary</translation>
    </message>
    <message>
        <source>plan: expected rules FILE, generate FILE --wave NAME or summary FILE (see 'shopscope-cli plan --help')</source>
        <translation>plan: förväntade rules FILE, generate FILE --wave NAME eller summary FILE (se 'shopscope-cli plan --help')</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>by opening hours</source>
        <translation>enligt öppettider</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation>%1 — %2, %3 till %4</translation>
    </message>
    <message>
        <source>Generate Visits — %1</source>
        <translation>Generera besök — %1</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanaler:</translation>
    </message>
    <message>
        <source>None ticked: every region.</source>
        <translation>Ingen markerad: alla regioner.</translation>
    </message>
    <message>
        <source>Regions (none = all):</source>
        <translation>Regioner (ingen = alla):</translation>
    </message>
    <message>
        <source>Own locations only</source>
        <translation>Endast egna enheter</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Egna och konkurrenters</translation>
    </message>
    <message>
        <source>Competitors only</source>
        <translation>Endast konkurrenters</translation>
    </message>
    <message>
        <source>Competitors:</source>
        <translation>Konkurrenter:</translation>
    </message>
    <message>
        <source>Active locations only</source>
        <translation>Endast aktiva enheter</translation>
    </message>
    <message>
        <source>Visits per location</source>
        <translation>Besök per enhet</translation>
    </message>
    <message>
        <source>A fixed number per channel</source>
        <translation>Ett fast antal per kanal</translation>
    </message>
    <message>
        <source>By staff count</source>
        <translation>Efter antal anställda</translation>
    </message>
    <message>
        <source>By size class</source>
        <translation>Efter storleksklass</translation>
    </message>
    <message>
        <source>one visit per </source>
        <translation>ett besök per </translation>
    </message>
    <message>
        <source> staff</source>
        <translation> anställda</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Besök:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Minst:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Högst:</translation>
    </message>
    <message>
        <source>e.g. S=1, M=2, L=4</source>
        <translation>t.ex. S=1, M=2, L=4</translation>
    </message>
    <message>
        <source>Per size class:</source>
        <translation>Per storleksklass:</translation>
    </message>
    <message>
        <source>Other sizes:</source>
        <translation>Övriga storlekar:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Rotate across the waves</source>
        <translation>Rotera över vågorna</translation>
    </message>
    <message>
        <source>The same every wave</source>
        <translation>Samma i varje våg</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>Fördelning:</translation>
    </message>
    <message>
        <source>Play:</source>
        <translation>Spela:</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kvoter</translation>
    </message>
    <message>
        <source>Evenly across the weeks</source>
        <translation>Jämnt över veckorna</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generering</translation>
    </message>
    <message>
        <source>The same seed and rules always give the same visits.</source>
        <translation>Samma frö och regler ger alltid samma besök.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Frö:</translation>
    </message>
    <message>
        <source>Keep these rules for this wave</source>
        <translation>Spara reglerna för den här vågen</translation>
    </message>
    <message>
        <source>Keep them as the default for every wave</source>
        <translation>Spara dem som standard för alla vågor</translation>
    </message>
    <message>
        <source>Do not keep them</source>
        <translation>Spara dem inte</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regler:</translation>
    </message>
    <message>
        <source>Quota check for:</source>
        <translation>Kvotkontroll för:</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Begärt</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Uppfylld</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generera</translation>
    </message>
    <message>
        <source>Per size class: “%1” should look like M=2</source>
        <translation>Per storleksklass: ”%1” ska se ut som M=2</translation>
    </message>
    <message>
        <source>Scenarios: tick at least one</source>
        <translation>Scenarier: markera minst ett</translation>
    </message>
    <message>
        <source>The rules changed: &lt;b&gt;Preview&lt;/b&gt; to see the visits they give.</source>
        <translation>Reglerna har ändrats: klicka på &lt;b&gt;Förhandsgranska&lt;/b&gt; för att se vilka besök de ger.</translation>
    </message>
    <message>
        <source>Working out the visits…</source>
        <translation>Beräknar besöken…</translation>
    </message>
    <message>
        <source>Generating the visits of %1…</source>
        <translation>Genererar besöken för %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Förhandsgranskningen avbröts.</translation>
    </message>
    <message>
        <source>No visits can be generated: %1</source>
        <translation>Inga besök kan genereras: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new visit(s)&lt;/b&gt; at </source>
        <translation>
            <numerusform>&lt;b&gt;%n nytt besök&lt;/b&gt; på </numerusform>
            <numerusform>&lt;b&gt;%n nya besök&lt;/b&gt; på </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s); </source>
        <translation>
            <numerusform>%n enhet; </numerusform>
            <numerusform>%n enheter; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) replaced, </source>
        <translation>
            <numerusform>%n planerat besök ersatt, </numerusform>
            <numerusform>%n planerade besök ersatta, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (assigned, done or locked).</source>
        <translation>
            <numerusform>%n behållet (tilldelat, genomfört eller låst).</numerusform>
            <numerusform>%n behållna (tilldelade, genomförda eller låsta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fieldwork budget: %1</source>
        <translation>Fältarbetsbudget: %1</translation>
    </message>
    <message>
        <source>Every quota of the wave holds within one visit.</source>
        <translation>Alla kvoter i vågen uppfylls inom ett besök.</translation>
    </message>
    <message>
        <source>Some quotas miss by more than one visit: see the check below.</source>
        <translation>Vissa kvoter avviker med mer än ett besök: se kontrollen nedan.</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ nej</translation>
    </message>
    <message>
        <source>No visits generated</source>
        <translation>Inga besök genererades</translation>
    </message>
    <message>
        <source>Writing the visits of %1…</source>
        <translation>Skriver besöken för %1…</translation>
    </message>
</context>
<context>
    <name>PlanProposal</name>
    <message>
        <source>Week %1</source>
        <translation>Vecka %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>The whole wave</source>
        <translation>Hela vågen</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation>okänd inställning (kända: %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>måste vara en lista med texter</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>måste vara ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1</source>
        <translation>måste vara en andel mellan 0 och 1</translation>
    </message>
    <message>
        <source>%1 is not a share between 0 and 1 (write %2 for %1 %)</source>
        <translation>%1 är ingen andel mellan 0 och 1 (skriv %2 för %1 %)</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>ogiltig JSON vid tecken %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>reglerna måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation>okänd kanal ”%1” (kända: %2)</translation>
    </message>
    <message>
        <source>must be exclude, include or only</source>
        <translation>måste vara exclude, include eller only</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>unknown channel (known: %1)</source>
        <translation>okänd kanal (kända: %1)</translation>
    </message>
    <message>
        <source>must be fixed, staff or size_class</source>
        <translation>måste vara fixed, staff eller size_class</translation>
    </message>
    <message>
        <source>must be rotation or fixed</source>
        <translation>måste vara rotation eller fixed</translation>
    </message>
    <message>
        <source>not a weekday (1 = Monday … 7 = Sunday, or a name such as saturday)</source>
        <translation>ingen veckodag (1 = måndag … 7 = söndag, eller ett namn som saturday)</translation>
    </message>
    <message>
        <source>not a daypart (known: %1)</source>
        <translation>ingen tid på dagen (kända: %1)</translation>
    </message>
    <message>
        <source>must be even or free</source>
        <translation>måste vara even eller free</translation>
    </message>
    <message>
        <source>weekdays: every share must be between 0 and 1</source>
        <translation>weekdays: varje andel måste vara mellan 0 och 1</translation>
    </message>
    <message>
        <source>weekdays: the quotas add up to %1 %, more than 100 %</source>
        <translation>weekdays: kvoterna summerar till %1 %, mer än 100 %</translation>
    </message>
    <message>
        <source>weekdays: every day has a quota but they add up to only %1 %</source>
        <translation>weekdays: varje dag har en kvot men de summerar bara till %1 %</translation>
    </message>
    <message>
        <source>dayparts: every share must be between 0 and 1</source>
        <translation>dayparts: varje andel måste vara mellan 0 och 1</translation>
    </message>
    <message>
        <source>dayparts: the quotas add up to %1 %, more than 100 %</source>
        <translation>dayparts: kvoterna summerar till %1 %, mer än 100 %</translation>
    </message>
    <message>
        <source>dayparts: every daypart has a quota but they add up to only %1 %</source>
        <translation>dayparts: varje tid på dagen har en kvot men de summerar bara till %1 %</translation>
    </message>
    <message>
        <source>visits: the minimum %1 is above the maximum %2</source>
        <translation>visits: minimum %1 är större än maximum %2</translation>
    </message>
    <message>
        <source>the stored plan rules cannot be read: %1</source>
        <translation>de sparade planreglerna kan inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>The plan summary cannot be read: %1</source>
        <translation>Planöversikten kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The wave chosen for the plan summary no longer exists.</source>
        <translation>Vågen som valts för planöversikten finns inte längre.</translation>
    </message>
    <message>
        <source>“%1” is not a grouping: use wave, region, scenario, channel or location, or none.</source>
        <translation>”%1” är ingen gruppering: använd wave, region, scenario, channel eller location, eller none.</translation>
    </message>
</context>
<context>
    <name>PlanSummaryModel</name>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>±%1 pts</source>
        <translation>±%1 p.e.</translation>
    </message>
    <message>
        <source>⚠ Too small to report</source>
        <translation>⚠ För liten för att redovisas</translation>
    </message>
    <message>
        <source>%1 visits: fewer than the programme's small-base threshold of %2, too few to report on their own. Merge it with others or plan more visits.</source>
        <translation>%1 besök: färre än programmets gräns för liten bas på %2, för få för att redovisas separat. Slå ihop cellen med andra eller planera fler besök.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Våg</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Enhetsnamn</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Planned visits: every visit of the cell that is not cancelled.</source>
        <translation>Planerade besök: alla besök i cellen som inte är inställda.</translation>
    </message>
    <message>
        <source>The fieldwork budget: the scenario fees of the cell's visits, in the currency the fees were entered in.</source>
        <translation>Fältarbetsbudgeten: scenariernas arvoden för cellens besök, i den valuta som arvodena angavs i.</translation>
    </message>
    <message>
        <source>The margin of error at 95 % confidence of a yes/no standard met 80 % of the time, for this many visits.</source>
        <translation>Felmarginalen vid konfidensnivå 95 % för en ja/nej-standard som uppfylls i 80 % av fallen, vid så här många besök.</translation>
    </message>
    <message>
        <source>Whether the cell has enough visits to report on its own.</source>
        <translation>Om cellen har tillräckligt många besök för att redovisas separat.</translation>
    </message>
</context>
<context>
    <name>PlanSummaryPrinter</name>
    <message>
        <source>Wave</source>
        <translation>Våg</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 procentenheter</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regioner</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>enheter</translation>
    </message>
    <message>
        <source>One wave, by its code or name (all waves without it).</source>
        <translation>En våg, med kod eller namn (utan alternativet: alla vågor).</translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WAVE</translation>
    </message>
    <message>
        <source>Group by these, separated by commas: wave, region, scenario, channel, location; or none. The default is region,scenario for one wave and wave for all waves.</source>
        <translation>Gruppera efter dessa, kommaseparerade: wave, region, scenario, channel, location; eller none. Standard är region,scenario för en våg och wave för alla vågor.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Skriv ut översikten som JSON.</translation>
    </message>
    <message>
        <source>Print the cells and the total as CSV.</source>
        <translation>Skriv ut cellerna och totalen som CSV.</translation>
    </message>
    <message>
        <source>%1: give either --json or --csv, not both</source>
        <translation>%1: ange antingen --json eller --csv, inte båda</translation>
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
        <translation>Planöversikt för %1 (%2)</translation>
    </message>
    <message>
        <source>Plan summary of all waves</source>
        <translation>Planöversikt för alla vågor</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, efter %1</translation>
    </message>
    <message>
        <source>No planned visits in this wave.</source>
        <translation>Inga planerade besök i den här vågen.</translation>
    </message>
    <message>
        <source>No planned visits yet.</source>
        <translation>Inga planerade besök än.</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>för liten</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Felmarginal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Margin: of a yes/no standard met 80 % of the time, at 95 % confidence.
Too small: fewer visits than the programme's small-base threshold (%1), too few to report on.
Budget: the scenario fees of the visits, in the currency the fees were entered in.

</source>
        <translation>Felmarginal: för en ja/nej-standard som uppfylls i 80 % av fallen, vid konfidensnivå 95 %.
För liten: färre besök än programmets gräns för liten bas (%1), för få för att redovisas.
Budget: scenariernas arvoden för besöken, i den valuta som arvodena angavs i.

</translation>
    </message>
    <message>
        <source>Readings per wave</source>
        <translation>Mätningar per våg</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Smallest base</source>
        <translation>Minsta bas</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>För små</translation>
    </message>
</context>
<context>
    <name>PlanSummaryView</name>
    <message>
        <source>±%1 pts</source>
        <translation>±%1 p.e.</translation>
    </message>
    <message>
        <source>Sample sizes…</source>
        <translation>Urvalsstorlekar…</translation>
    </message>
    <message>
        <source>How many visits a cell needs: the calculator, starting from the selected row.</source>
        <translation>Hur många besök en cell behöver: kalkylatorn, med utgångspunkt i den markerade raden.</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Våg:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppera efter:</translation>
    </message>
    <message>
        <source>W&amp;ave</source>
        <translation>Vå&amp;g</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Alla vågor</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>This programme has no waves yet. Create them on the Waves tab with “New waves…”; their planned visits, budget and precision then show here.</source>
        <translation>Programmet har inga vågor än. Skapa dem på fliken Vågor med ”Nya vågor…”; deras planerade besök, budget och precision visas sedan här.</translation>
    </message>
    <message>
        <source>No visits are planned in %1 (%2) yet. Once the wave's visits are planned, their number, budget and precision show here.</source>
        <translation>Inga besök är planerade i %1 (%2) än. När vågens besök har planerats visas deras antal, budget och precision här.</translation>
    </message>
    <message>
        <source>No visits are planned yet. Once visits are planned, their number, budget and precision show here.</source>
        <translation>Inga besök är planerade än. När besök har planerats visas deras antal, budget och precision här.</translation>
    </message>
    <message>
        <source>Precision of each wave's readings</source>
        <translation>Precisionen i mätningarna för varje våg</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Minsta</translation>
    </message>
    <message>
        <source>Widest margin</source>
        <translation>Största felmarginal</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>För små</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>⚠ Too small to report: fewer visits than the programme's small-base threshold (%1; set on the Programme page).
Precision: the margin of error at 95 % confidence of a yes/no standard met 80 % of the time.
Budget: the scenario fees of the planned visits, in the currency the fees were entered in.</source>
        <translation>⚠ För liten för att redovisas: färre besök än programmets gräns för liten bas (%1; anges på sidan Program).
Precision: felmarginalen vid konfidensnivå 95 % för en ja/nej-standard som uppfylls i 80 % av fallen.
Budget: scenariernas arvoden för de planerade besöken, i den valuta som arvodena angavs i.</translation>
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation>Kalkylator för urvalsstorlek</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommand</name>
    <message>
        <source>Show or change the programme's settings and languages.</source>
        <translation>Visa eller ändra programmets inställningar och språk.</translation>
    </message>
    <message>
        <source>show or set</source>
        <translation>show eller set</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation>Skriv ut inställningarna som JSON.</translation>
    </message>
    <message>
        <source>The client's name.</source>
        <translation>Kundens namn.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The programme's name.</source>
        <translation>Programmets namn.</translation>
    </message>
    <message>
        <source>The target score in percent, or none.</source>
        <translation>Målvärdet i procent, eller none.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Figures on fewer visits than this are flagged.</source>
        <translation>Siffror som bygger på färre besök än detta flaggas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days before a shopper may visit the same location again.</source>
        <translation>Antal dagar innan en testköpare får besöka samma enhet igen.</translation>
    </message>
    <message>
        <source>Whether reports may name staff: yes or no.</source>
        <translation>Om rapporter får ange personalens namn: yes eller no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>The language of reports and charts.</source>
        <translation>Språket för rapporter och diagram.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The programme's languages, comma-separated, in order.</source>
        <translation>Programmets språk, kommaseparerade, i ordning.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>programme: expected 'show FILE' or 'set FILE [options]' (see 'shopscope-cli programme --help')</source>
        <translation>programme: 'show FILE' eller 'set FILE [alternativ]' förväntades (se 'shopscope-cli programme --help')</translation>
    </message>
    <message>
        <source>“%1” is not a valid value</source>
        <translation>”%1” är inget giltigt värde</translation>
    </message>
    <message>
        <source>programme set: --%1: %2</source>
        <translation>programme set: --%1: %2</translation>
    </message>
    <message>
        <source>programme set: nothing to change (see 'shopscope-cli programme --help')</source>
        <translation>programme set: inget att ändra (se 'shopscope-cli programme --help')</translation>
    </message>
    <message>
        <source>programme set: nothing changed: %1</source>
        <translation>programme set: inget ändrades: %1</translation>
    </message>
    <message>
        <source>Client:           %1
Programme:        %2
Target score:     %3
Small base below: %4 visits
Shopper lockout:  %5 days
Staff names:      %6
Languages:        %7 (source %8, reports %9)</source>
        <translation>Kund:             %1
Program:          %2
Målvärde:         %3
Liten bas under:  %4 besök
Karenstid:        %5 dagar
Personalnamn:     %6
Språk:            %7 (källspråk %8, rapportspråk %9)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>tillåtna</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>inte tillåtna</translation>
    </message>
    <message>
        <source>The programme's settings.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

All changes of one 'set' are checked first and written together, or not at all.</source>
        <translation>Programmets inställningar.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

Alla ändringar i ett 'set' kontrolleras först och skrivs sedan tillsammans, eller inte alls.</translation>
    </message>
    <message>
        <source>The font of charts and reports, or default (DejaVu Sans).</source>
        <translation>Typsnittet i diagram och rapporter, eller default (DejaVu Sans).</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILJ</translation>
    </message>
    <message>
        <source>The client's logo on charts and reports (PNG or JPEG), or none.</source>
        <translation>Kundens logotyp i diagram och rapporter (PNG eller JPEG), eller none.</translation>
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
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>programnamn</translation>
    </message>
    <message>
        <source>target score</source>
        <translation>målvärde</translation>
    </message>
    <message>
        <source>small-base threshold</source>
        <translation>gräns för liten bas</translation>
    </message>
    <message>
        <source>shopper lockout</source>
        <translation>karenstid för testköpare</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>personalnamn</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>rapportspråk</translation>
    </message>
    <message>
        <source>The %1 is longer than 200 characters.</source>
        <translation>Fältet ”%1” är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>The target score must be between 0 and 100 %.</source>
        <translation>Målvärdet måste vara mellan 0 och 100 %.</translation>
    </message>
    <message>
        <source>The small-base threshold must be a whole number of visits from 1 to 1000.</source>
        <translation>Gränsen för liten bas måste vara ett heltal från 1 till 1000 besök.</translation>
    </message>
    <message>
        <source>The shopper lockout must be a whole number of days from 0 to 3650.</source>
        <translation>Karenstiden för testköpare måste vara ett heltal från 0 till 3650 dagar.</translation>
    </message>
    <message>
        <source>Choose one of the programme's languages as the report language.</source>
        <translation>Välj ett av programmets språk som rapportspråk.</translation>
    </message>
    <message>
        <source>“%1” is not a language code (use codes such as en, sv, nb, lv, pl)</source>
        <translation>”%1” är ingen språkkod (använd koder som en, sv, nb, lv, pl)</translation>
    </message>
    <message>
        <source>The languages must be distinct and include the source (%1) and report (%2) languages.</source>
        <translation>Språken måste vara olika och omfatta källspråket (%1) och rapportspråket (%2).</translation>
    </message>
    <message>
        <source>Change the programme's languages</source>
        <translation>Ändra programmets språk</translation>
    </message>
    <message>
        <source>“%1” cannot be removed while texts or reports use it</source>
        <translation>”%1” kan inte tas bort så länge texter eller rapporter använder det</translation>
    </message>
    <message>
        <source>chart font</source>
        <translation>diagramtypsnitt</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotyp</translation>
    </message>
    <message>
        <source>The chart font must be one font family's name, such as “Noto Sans”.</source>
        <translation>Diagramtypsnittet måste vara namnet på en typsnittsfamilj, till exempel ”Noto Sans”.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB: save it smaller (a logo on a chart needs about 600 pixels across).</source>
        <translation>Logotypen är större än 2 MB: spara den mindre (en logotyp i ett diagram behöver ungefär 600 pixlar i bredd).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logotypen måste vara en PNG- eller JPEG-bild.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Reports may name the staff member who served the shopper</source>
        <translation>Rapporter får ange namnet på den anställda som betjänade testköparen</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Inget målvärde</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> besök</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kund:</translation>
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation>&amp;Programnamn:</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>&amp;Målvärde:</translation>
    </message>
    <message>
        <source>&amp;Small base below:</source>
        <translation>Liten &amp;bas under:</translation>
    </message>
    <message>
        <source>Shopper &amp;lockout:</source>
        <translation>Kare&amp;nstid för testköpare:</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>&amp;Rapportspråk:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>What this file holds</source>
        <translation>Vad filen innehåller</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Ändringen sparades inte</translation>
    </message>
    <message>
        <source>This file's programme settings cannot be read: %1</source>
        <translation>Programinställningarna i filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (källspråk: %2)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>The counts could not be read.</source>
        <translation>Antalen kunde inte läsas.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Competitor locations</source>
        <translation>Konkurrentenheter</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Vågor</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Testköpare</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>This programme is empty. Start with the questionnaire, the locations and the waves in the navigator on the left.</source>
        <translation>Programmet är tomt. Börja med frågeformuläret, enheterna och vågorna i navigeringen till vänster.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>The font of the programme's charts and reports (DejaVu Sans by default)</source>
        <translation>Typsnittet i programmets diagram och rapporter (DejaVu Sans som standard)</translation>
    </message>
    <message>
        <source>Chart &amp;font:</source>
        <translation>Diagram&amp;typsnitt:</translation>
    </message>
    <message>
        <source>Client's logo:</source>
        <translation>Kundens logotyp:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Client's Logo</source>
        <translation>Kundens logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation>Logotypen kan inte läsas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 är inte en PNG- eller JPEG-bild.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
        <translation>”%1” är redan öppet i %2 (process %3 på %4). Stäng det där först eller öppna det skrivskyddat.</translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>Cannot edit “%1”: the folder “%2” is not writable. Open it read-only, or copy it to a folder where you can write.</source>
        <translation>Kan inte redigera ”%1”: mappen ”%2” är skrivskyddad. Öppna filen skrivskyddat eller kopiera den till en mapp där du kan skriva.</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation>Kan inte skapa låsfilen ”%1”.</translation>
    </message>
    <message>
        <source>“%1” already exists; ShopScope does not overwrite it.</source>
        <translation>”%1” finns redan; ShopScope skriver inte över den.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Mappen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation>Kan inte skapa ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Open it read-only to look at it, or copy it to a file you can write.</source>
        <translation>”%1” är skrivskyddad. Öppna den skrivskyddat för att titta på den eller kopiera den till en fil som du kan skriva i.</translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project.</source>
        <translation>”%1” är inte ett ShopScope-projekt.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2).</source>
        <translation>”%1” skrevs av en nyare version av ShopScope (filformat %2).</translation>
    </message>
    <message>
        <source>“%1” uses the older file format %2 and must be opened for editing once to be brought up to date.</source>
        <translation>”%1” använder det äldre filformatet %2 och måste öppnas för redigering en gång för att uppdateras.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>”%1” är öppen skrivskyddat.</translation>
    </message>
    <message>
        <source>The change was not saved to “%1”: %2.</source>
        <translation>Ändringen sparades inte i ”%1”: %2.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation>En kopia kan inte ersätta själva den öppna filen.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2.</source>
        <translation>Kunde inte skriva kopian ”%1”: %2.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Kopieringen avbröts.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Kan inte skriva ”%1”: %2.</translation>
    </message>
    <message>
        <source>An edit ran on a thread without a connection.</source>
        <translation>En ändring kördes i en tråd utan anslutning.</translation>
    </message>
    <message>
        <source>The change was cancelled; nothing was written.</source>
        <translation>Ändringen avbröts; inget skrevs.</translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation>raden med programinställningar saknas eller är dubblerad</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation>
            <numerusform>%n rapport hör till besök som aldrig genomfördes</numerusform>
            <numerusform>%n rapporter hör till besök som aldrig genomfördes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>
            <numerusform>%n besök är inskickat, godkänt eller avvisat men saknar rapport</numerusform>
            <numerusform>%n besök är inskickade, godkända eller avvisade men saknar rapport</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>
            <numerusform>%n svar hör till en fråga i en annan version av frågeformuläret</numerusform>
            <numerusform>%n svar hör till en fråga i en annan version av frågeformuläret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>
            <numerusform>%n svar väljer ett alternativ för en fråga som saknar alternativ</numerusform>
            <numerusform>%n svar väljer ett alternativ för en fråga som saknar alternativ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>
            <numerusform>%n flervalsmarkering hör till en fråga som inte är en flervalsfråga</numerusform>
            <numerusform>%n flervalsmarkeringar hör till en fråga som inte är en flervalsfråga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>
            <numerusform>%n version av frågeformulär har rapporter men är inte fryst</numerusform>
            <numerusform>%n versioner av frågeformulär har rapporter men är inte frysta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>
            <numerusform>%n viktad version av frågeformulär har avsnittsvikter som inte summeras till 100</numerusform>
            <numerusform>%n viktade versioner av frågeformulär har avsnittsvikter som inte summeras till 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are planned outside their wave's dates</source>
        <translation>
            <numerusform>%n besök är planerat utanför vågens datum</numerusform>
            <numerusform>%n besök är planerade utanför vågens datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) play a scenario of another channel than their location's</source>
        <translation>
            <numerusform>%n besök spelar ett scenario för en annan kanal än enhetens</numerusform>
            <numerusform>%n besök spelar ett scenario för en annan kanal än enhetens</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation>SQLite kan inte kontrollera filen: %1</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>filen är skadad: %1</translation>
    </message>
    <message>
        <source>the file is not marked as a ShopScope project</source>
        <translation>filen är inte märkt som ett ShopScope-projekt</translation>
    </message>
    <message>
        <source>the file format is %1, this ShopScope writes %2</source>
        <translation>filformatet är %1, den här versionen av ShopScope skriver %2</translation>
    </message>
    <message>
        <source>missing or altered: %1</source>
        <translation>saknas eller har ändrats: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>oväntat: %1</translation>
    </message>
    <message>
        <source>the schema differs from ShopScope's: %1</source>
        <translation>schemat skiljer sig från ShopScopes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table %1 point to rows that do not exist</source>
        <translation>
            <numerusform>%n rad i tabellen %1 pekar på rader som inte finns</numerusform>
            <numerusform>%n rader i tabellen %1 pekar på rader som inte finns</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule could not be checked: %1</source>
        <translation>regeln kunde inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>the stored scores could not be checked: %1</source>
        <translation>de lagrade poängen kunde inte kontrolleras: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) have stored scores that differ from a fresh rescoring (%1); run “shopscope-cli scores rescore”</source>
        <translation>
            <numerusform>%n rapport har lagrade poäng som skiljer sig från en ny poängsättning (%1); kör ”shopscope-cli scores rescore”</numerusform>
            <numerusform>%n rapporter har lagrade poäng som skiljer sig från en ny poängsättning (%1); kör ”shopscope-cli scores rescore”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectError</name>
    <message>
        <source>Below standard</source>
        <translation>Under standard</translation>
    </message>
    <message>
        <source>Close to standard</source>
        <translation>Nära standard</translation>
    </message>
    <message>
        <source>On standard</source>
        <translation>Enligt standard</translation>
    </message>
    <message>
        <source>Could not write the new programme's settings: %1.</source>
        <translation>Kunde inte skriva det nya programmets inställningar: %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2.</source>
        <translation>Kan inte skriva i mappen ”%1”: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Kan inte öppna ”%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Restore it from a copy.</source>
        <translation>”%1” kan inte läsas: %2. Återställ den från en kopia.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: this SQLite build cannot enforce foreign keys.</source>
        <translation>Kan inte öppna ”%1”: den här SQLite-versionen kan inte upprätthålla främmande nycklar.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Det finns ingen fil ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a ShopScope project.</source>
        <translation>”%1” är en mapp, inte ett ShopScope-projekt.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Kan inte läsa ”%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a ShopScope project.</source>
        <translation>”%1” är tom: det är inte ett ShopScope-projekt.</translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project: it is not an SQLite database file.</source>
        <translation>”%1” är inte ett ShopScope-projekt: det är ingen SQLite-databasfil.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its SQLite header is not valid.</source>
        <translation>”%1” är skadad: SQLite-huvudet är ogiltigt.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %L2 bytes of the %L3 its header declares. Restore it from a copy.</source>
        <translation>”%1” är avkortad: den innehåller %L2 byte av de %L3 som huvudet anger. Återställ den från en kopia.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a ShopScope project.</source>
        <translation>”%1” är en SQLite-databas men inte ett ShopScope-projekt.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application (id 0x%2), not a ShopScope project.</source>
        <translation>”%1” är en SQLite-databas från ett annat program (id 0x%2), inte ett ShopScope-projekt.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2; this version reads up to %3). Update ShopScope to open it.</source>
        <translation>”%1” skrevs av en nyare version av ShopScope (filformat %2; den här versionen läser upp till %3). Uppdatera ShopScope för att öppna den.</translation>
    </message>
    <message>
        <source>Cannot read the format version of “%1”.</source>
        <translation>Kan inte läsa formatversionen för ”%1”.</translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation>en främmande nyckel i tabellen %1 pekar ingenstans</translation>
    </message>
    <message>
        <source>Could not bring “%1” to file format %2; the file is unchanged: %3</source>
        <translation>Kunde inte uppdatera ”%1” till filformat %2; filen är oförändrad: %3</translation>
    </message>
</context>
<context>
    <name>QcChecker</name>
    <message>
        <source>there is no wave with the id %1</source>
        <translation>det finns ingen våg med id %1</translation>
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (less than %4 of it).</source>
        <translation>Tog %1 min; scenario %2 förväntas ta cirka %3 (mindre än %4 av det).</translation>
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (more than %4 times as long).</source>
        <translation>Tog %1 min; scenario %2 förväntas ta cirka %3 (mer än %4 gånger så länge).</translation>
    </message>
    <message>
        <source>Made on %1, outside the wave's %2 – %3.</source>
        <translation>Gjort %1, utanför vågens %2 – %3.</translation>
    </message>
    <message>
        <source>Made at %1 on %2, when %3 is closed all day.</source>
        <translation>Gjort kl. %1 på %2, när %3 är stängt hela dagen.</translation>
    </message>
    <message>
        <source>Made at %1 on %2; %3 is open %4.</source>
        <translation>Gjort kl. %1 på %2; %3 har öppet %4.</translation>
    </message>
    <message>
        <source>%1 is %2; the question allows %3 to %4.</source>
        <translation>%1 är %2; frågan tillåter %3 till %4.</translation>
    </message>
    <message>
        <source>All %1 yes/no standards answered yes.</source>
        <translation>Alla %1 ja/nej-standarder besvarade med ja.</translation>
    </message>
    <message>
        <source>No comment where the questionnaire asks for one: %1.</source>
        <translation>Ingen kommentar där frågeformuläret kräver en: %1.</translation>
    </message>
    <message>
        <source>%1 of the %2 questions that allow N/A answered N/A; usually %3 for scenario %4.</source>
        <translation>%1 av de %2 frågor som tillåter Ej aktuellt besvarade med Ej aktuellt; vanligtvis %3 för scenario %4.</translation>
    </message>
    <message>
        <source>%1 of %2 answers the same as %3's report on visit %4 at %5, %6 of them unusual in this wave.</source>
        <translation>%1 av %2 svar är desamma som i %3s rapport om besök %4 på %5, varav %6 ovanliga i den här vågen.</translation>
    </message>
    <message>
        <source>%1 of %2 answers the same as the report on visit %4 at %5 by %3, %6 of them unusual in this wave.</source>
        <translation>%1 av %2 svar är desamma som i rapporten om besök %4 på %5 av %3, varav %6 ovanliga i den här vågen.</translation>
    </message>
    <message>
        <source>%1 minutes after visit %2 at %3 ended, %4 km away (%5 minutes at %6 km/h).</source>
        <translation>%1 minuter efter att besök %2 på %3 slutade, %4 km bort (%5 minuter i %6 km/h).</translation>
    </message>
    <message>
        <source>Starts %1 minutes before visit %2 at %3 ended.</source>
        <translation>Börjar %1 minuter innan besök %2 på %3 slutade.</translation>
    </message>
</context>
<context>
    <name>QcCommand</name>
    <message>
        <source>The quality-control flags of a wave's reports, with their evidence.</source>
        <translation>Kvalitetskontrollens flaggor för en vågs rapporter, med underlag.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation>Vågen, med kod eller namn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only these kinds of flag (comma-separated).</source>
        <translation>Endast dessa slags flaggor (kommaseparerade).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maskinläsbar utdata.</translation>
    </message>
    <message>
        <source>qc: give the wave with --wave NAME</source>
        <translation>qc: ange vågen med --wave NAME</translation>
    </message>
    <message>
        <source>qc: --kind: “%1” is not a kind of flag (see 'shopscope-cli qc --help')</source>
        <translation>qc: --kind: ”%1” är inte ett slags flagga (se 'shopscope-cli qc --help')</translation>
    </message>
    <message>
        <source>qc: %1</source>
        <translation>qc: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flagga</numerusform>
            <numerusform>%n flaggor</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 · %2: %3</source>
        <translation>besök %1 · %2: %3</translation>
    </message>
    <message>
        <source>Quality control of reports.

  FILE --wave NAME [--kind KIND,...] [--json]

Looks at every report of the wave (submitted, approved or rejected) and lists what deserves a
second look, with the figures: %1.
The thresholds are in docs/quality-control.md. Nothing is written; exit 0 also when there are flags.</source>
        <translation>Kvalitetskontroll av rapporter.

  FILE --wave NAME [--kind KIND,...] [--json]

Går igenom varje rapport i vågen (inskickad, godkänd eller tillbakaskickad) och listar det som förtjänar en
andra titt, med siffrorna: %1.
Trösklarna finns i docs/quality-control.md. Inget skrivs; slutkoden är 0 även när det finns flaggor.</translation>
    </message>
</context>
<context>
    <name>QcFlag</name>
    <message>
        <source>implausible duration</source>
        <translation>orimlig tidsåtgång</translation>
    </message>
    <message>
        <source>outside the wave's dates</source>
        <translation>utanför vågens datum</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>utanför öppettiderna</translation>
    </message>
    <message>
        <source>answers copied</source>
        <translation>kopierade svar</translation>
    </message>
    <message>
        <source>visits too close together</source>
        <translation>besök för tätt inpå varandra</translation>
    </message>
    <message>
        <source>every standard met</source>
        <translation>alla standarder uppfyllda</translation>
    </message>
    <message>
        <source>mostly N/A</source>
        <translation>mestadels Ej aktuellt</translation>
    </message>
    <message>
        <source>required comment missing</source>
        <translation>obligatorisk kommentar saknas</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>tal utanför intervallet</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Offers “not applicable”</source>
        <translation>Erbjuder ”ej tillämpligt”</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Poängsätts</translation>
    </message>
    <message>
        <source>Bonus (adds to earned only)</source>
        <translation>Bonus (läggs bara till uppnådda poäng)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Lägg till alternativ</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Ta bort alternativ</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>Inte kritisk</translation>
    </message>
    <message>
        <source>Critical: failing zeroes the section</source>
        <translation>Kritisk: underkänt nollställer avsnittet</translation>
    </message>
    <message>
        <source>Critical: failing zeroes the visit</source>
        <translation>Kritisk: underkänt nollställer besöket</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>måttenhet</translation>
    </message>
    <message>
        <source>label of the lowest value</source>
        <translation>etikett för det lägsta värdet</translation>
    </message>
    <message>
        <source>label of the highest value</source>
        <translation>etikett för det högsta värdet</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Help for the shopper:</source>
        <translation>&amp;Hjälp för testköparen:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Vikt:</translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation>K&amp;ritisk:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Intervall:</translation>
    </message>
    <message>
        <source>Scale labels:</source>
        <translation>Skaletiketter:</translation>
    </message>
    <message>
        <source>&amp;Shown when:</source>
        <translation>Visas &amp;när:</translation>
    </message>
    <message>
        <source>Comment &amp;required:</source>
        <translation>Kommentar kräv&amp;s:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Byt namn på %1 till %2</translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation>Ändra typen för %1</translation>
    </message>
    <message>
        <source>Change whether %1 is mandatory</source>
        <translation>Ändra om %1 är obligatorisk</translation>
    </message>
    <message>
        <source>Change whether %1 offers N/A</source>
        <translation>Ändra om %1 erbjuder E/T</translation>
    </message>
    <message>
        <source>Change whether %1 is scored</source>
        <translation>Ändra om %1 poängsätts</translation>
    </message>
    <message>
        <source>Change whether %1 is a bonus</source>
        <translation>Ändra om %1 är en bonus</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>Ändra vikten för %1</translation>
    </message>
    <message>
        <source>Change whether %1 is critical</source>
        <translation>Ändra om %1 är kritisk</translation>
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation>Ändra intervallet för %1</translation>
    </message>
    <message>
        <source>Change the unit of %1</source>
        <translation>Ändra måttenheten för %1</translation>
    </message>
    <message>
        <source>Change the scale labels of %1</source>
        <translation>Ändra skaletiketterna för %1</translation>
    </message>
    <message>
        <source>Add an option to %1</source>
        <translation>Lägg till ett alternativ i %1</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <source>Remove an option of %1</source>
        <translation>Ta bort ett alternativ i %1</translation>
    </message>
    <message>
        <source>Change when %1 is shown</source>
        <translation>Ändra när %1 visas</translation>
    </message>
    <message>
        <source>Change when %1 needs a comment</source>
        <translation>Ändra när %1 kräver en kommentar</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Redigera texten för %1</translation>
    </message>
    <message>
        <source>Edit the options of %1</source>
        <translation>Redigera alternativen för %1</translation>
    </message>
    <message>
        <source>An option needs a code.</source>
        <translation>Ett alternativ behöver en kod.</translation>
    </message>
    <message>
        <source>“%1” is not a number of points.</source>
        <translation>”%1” är inget giltigt poängtal.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>E/T</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommand</name>
    <message>
        <source>List, export, import, validate questionnaires and score answers.</source>
        <translation>Lista, exportera, importera och validera frågeformulär samt poängsätt svar.</translation>
    </message>
    <message>
        <source>list, templates, export, import, validate or score</source>
        <translation>list, templates, export, import, validate eller score</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>The questionnaire version (CODE or CODE:N).</source>
        <translation>Frågeformulärets version (CODE eller CODE:N).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Skriv till den här filen i stället för till standardutdata.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Read the questionnaire from a JSON file instead of a project.</source>
        <translation>Läs frågeformuläret från en JSON-fil i stället för från ett projekt.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Import this template (see 'templates').</source>
        <translation>Importera den här mallen (se 'templates').</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The answers to score (JSON file, or - for standard input).</source>
        <translation>Svaren som ska poängsättas (JSON-fil, eller - för standardindata).</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANSWERS</translation>
    </message>
    <message>
        <source>Check the import and report, but write nothing.</source>
        <translation>Kontrollera importen och rapportera, men skriv ingenting.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the language of the briefing or scoring sheet.</source>
        <translation>export: språket för testköparinstruktionen eller poängsättningsschemat.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>questionnaire: the ACTION is missing (list, templates, export, import, validate or score)</source>
        <translation>questionnaire: ACTION saknas (list, templates, export, import, validate eller score)</translation>
    </message>
    <message>
        <source>questionnaire: unknown action “%1” (list, templates, export, import, validate or score)</source>
        <translation>questionnaire: okänd åtgärd ”%1” (list, templates, export, import, validate eller score)</translation>
    </message>
    <message>
        <source>questionnaire list: expected one FILE</source>
        <translation>questionnaire list: en FILE förväntades</translation>
    </message>
    <message>
        <source>No questionnaires yet. Import one: shopscope-cli questionnaire import FILE --template bank-branch-visit</source>
        <translation>Inga frågeformulär än. Importera ett: shopscope-cli questionnaire import FILE --template bank-branch-visit</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2  %3  (%4, %5, %n question(s), %6 reports)</source>
        <translation>
            <numerusform>%1:%2  %3  (%4, %5, %n fråga, %6 rapporter)</numerusform>
            <numerusform>%1:%2  %3  (%4, %5, %n frågor, %6 rapporter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid questionnaire (%n problem(s))</source>
        <translation>
            <numerusform>”%1” är inte ett giltigt frågeformulär (%n problem)</numerusform>
            <numerusform>”%1” är inte ett giltigt frågeformulär (%n problem)</numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire: give a FILE (with --questionnaire) or --json-file</source>
        <translation>questionnaire: ange en FILE (med --questionnaire) eller --json-file</translation>
    </message>
    <message>
        <source>the programme has no questionnaire</source>
        <translation>programmet har inget frågeformulär</translation>
    </message>
    <message>
        <source>the programme has %1 questionnaire versions: choose one with --questionnaire</source>
        <translation>programmet har %1 versioner av frågeformulär: välj en med --questionnaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>questionnaire export: “%1” is not one of the questionnaire's languages (%2)</source>
        <translation>questionnaire export: ”%1” är inte ett av frågeformulärets språk (%2)</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>kan inte skriva ”%1”: %2</translation>
    </message>
    <message>
        <source>questionnaire import: %1 (see 'shopscope-cli questionnaire templates')</source>
        <translation>questionnaire import: %1 (se 'shopscope-cli questionnaire templates')</translation>
    </message>
    <message numerus="yes">
        <source>questionnaire import: nothing imported from %1 (%n problem(s) to fix)</source>
        <translation>
            <numerusform>questionnaire import: inget importerades från %1 (%n problem att åtgärda)</numerusform>
            <numerusform>questionnaire import: inget importerades från %1 (%n problem att åtgärda)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported (dry run: nothing written)</source>
        <translation>%1 kan importeras (testkörning: inget skrevs)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n question(s)) into %2</source>
        <translation>
            <numerusform>Importerade %1 (%n fråga) till %2</numerusform>
            <numerusform>Importerade %1 (%n frågor) till %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>varning: </translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: inga problem hittades</translation>
    </message>
    <message>
        <source>questionnaire score: --answers is missing</source>
        <translation>questionnaire score: --answers saknas</translation>
    </message>
    <message>
        <source>%1: the answers must be one JSON object of answers by question code (%2)</source>
        <translation>%1: svaren måste vara ett enda JSON-objekt med svar per frågekod (%2)</translation>
    </message>
    <message>
        <source>found something else</source>
        <translation>hittade något annat</translation>
    </message>
    <message>
        <source>%1: there is no such question in %2</source>
        <translation>%1: det finns ingen sådan fråga i %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) cannot be scored</source>
        <translation>
            <numerusform>%1: %n svar kan inte poängsättas</numerusform>
            <numerusform>%1: %n svar kan inte poängsättas</numerusform>
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
        <translation>Frågeformulär i ett program.

  list FILE                               versionerna av frågeformulär i FILE
  templates                               de färdiga mallarna
  export FILE [-q REF] [-o OUT] [--format json|briefing|scoring|xform|xlsform] [--language L]
                                          en version som JSON (docs/questionnaire-format.md),
                                          testköparinstruktionen eller poängsättningsschemat som HTML, eller
                                          ett ODK-formulär som XForm eller XLSForm för fältarbete (docs/odk.md)
  import FILE (JSON | XLSFORM.xlsx | --template ID) [--dry-run]
                                          lägg till ett frågeformulär (en ny version om koden finns)
  validate (FILE [-q REF] | --json-file JSON)
                                          lista vad som är fel; avslutas med 1 vid fel
  score (FILE -q REF | --json-file JSON) --answers ANSWERS
                                          besöks-, avsnitts- och frågeresultat för en uppsättning svar

REF är en frågeformulärskod (dess senaste version) eller CODE:VERSION. ANSWERS är ett JSON-objekt
med svar per frågekod, t.ex. {"GRT01": "yes", "GRT02": "na", "OVR01": 4,
"OFR08": ["loan", "card"]}; "-" läser standardindata.</translation>
    </message>
    <message>
        <source>export: json (default), briefing or scoring (HTML documents), xform or xlsform (ODK).</source>
        <translation>export: json (standard), briefing eller scoring (HTML-dokument), xform eller xlsform (ODK).</translation>
    </message>
    <message>
        <source>xform/xlsform: ask the shopper for the visit ID instead of a hidden field filled by the link.</source>
        <translation>xform/xlsform: be testköparen ange besöks-id i stället för ett dolt fält som fylls i via länken.</translation>
    </message>
    <message>
        <source>xform/xlsform: an optional comment field after every question, not only where one is required.</source>
        <translation>xform/xlsform: ett valfritt kommentarsfält efter varje fråga, inte bara där en kommentar krävs.</translation>
    </message>
    <message>
        <source>xform/xlsform: the form version (default: the date and time).</source>
        <translation>xform/xlsform: formulärets version (standard: datum och tid).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>questionnaire export: unknown format “%1” (use json, briefing, scoring, xform or xlsform)</source>
        <translation>questionnaire export: okänt format ”%1” (använd json, briefing, scoring, xform eller xlsform)</translation>
    </message>
    <message>
        <source>questionnaire export: an XLSForm is a workbook: give --out FORM.xlsx</source>
        <translation>questionnaire export: ett XLSForm är en arbetsbok: ange --out FORM.xlsx</translation>
    </message>
    <message>
        <source>questionnaire export: --json reports on the export: give --out PATH too</source>
        <translation>questionnaire export: --json rapporterar om exporten: ange även --out PATH</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>obs: %1</translation>
    </message>
    <message>
        <source>questionnaire export: %1</source>
        <translation>questionnaire export: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 %3, version %4, %n question(s))</source>
        <translation>
            <numerusform>Skrev %1 (%2 %3, version %4, %n fråga)</numerusform>
            <numerusform>Skrev %1 (%2 %3, version %4, %n frågor)</numerusform>
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
        <translation>questionnaire import: FILE och en JSON-fil eller ett XLSForm (.xlsx) förväntades, eller FILE --template ID</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDocuments</name>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>svaret</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 är något av %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 är %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 är inte %2</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 är under %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 är högst %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 är över %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 är minst %2</translation>
    </message>
    <message>
        <source>Questionnaire %1 · answer every question marked * · language: %2</source>
        <translation>Frågeformulär %1 · besvara varje fråga som är märkt med * · språk: %2</translation>
    </message>
    <message>
        <source>☐ Yes ☐ No ☐ Not applicable</source>
        <translation>☐ Ja ☐ Nej ☐ Ej tillämpligt</translation>
    </message>
    <message>
        <source>☐ Yes ☐ No</source>
        <translation>☐ Ja ☐ Nej</translation>
    </message>
    <message>
        <source>(tick all that apply)</source>
        <translation>(kryssa för alla som stämmer)</translation>
    </message>
    <message>
        <source>%1 (%2) … %3 (%4)</source>
        <translation>%1 (%2) … %3 (%4)</translation>
    </message>
    <message>
        <source>Only when %1.</source>
        <translation>Endast när %1.</translation>
    </message>
    <message>
        <source>A comment is required when %1.</source>
        <translation>En kommentar krävs när %1.</translation>
    </message>
    <message>
        <source>Scoring sheet: %1</source>
        <translation>Poängsättningsschema: %1</translation>
    </message>
    <message>
        <source>Sections carry the weights below (they sum to 100); the visit score is the weighted mean of the section scores. A section with nothing applicable drops out and its weight is spread over the others.</source>
        <translation>Avsnitten har vikterna nedan (de summeras till 100); besöksresultatet är det viktade medelvärdet av avsnittens resultat. Ett avsnitt där inget är tillämpligt utgår, och dess vikt fördelas på de övriga.</translation>
    </message>
    <message>
        <source>All sections' points are pooled: the visit score is points earned / points possible.</source>
        <translation>Alla avsnitts poäng räknas samman: besöksresultatet är uppnådda poäng / möjliga poäng.</translation>
    </message>
    <message>
        <source>Not applicable answers count neither as earned nor as possible points. Bonus points add to earned only; every score is capped at 100 %. A failed critical item zeroes its section or the whole visit.</source>
        <translation>Svar som är ej tillämpliga räknas varken som uppnådda eller möjliga poäng. Bonuspoäng läggs bara till uppnådda poäng; varje resultat begränsas till högst 100 %. En underkänd kritisk punkt nollställer sitt avsnitt eller hela besöket.</translation>
    </message>
    <message>
        <source> — weight %1</source>
        <translation> — vikt %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>poängsätts inte</translation>
    </message>
    <message>
        <source>%1: N/A</source>
        <translation>%1: E/T</translation>
    </message>
    <message>
        <source>%1 → 0, %2 → full</source>
        <translation>%1 → 0, %2 → full poäng</translation>
    </message>
    <message>
        <source>critical: zeroes the section</source>
        <translation>kritisk: nollställer avsnittet</translation>
    </message>
    <message>
        <source>critical: zeroes the visit</source>
        <translation>kritisk: nollställer besöket</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
</context>
<context>
    <name>QuestionnaireJson</name>
    <message>
        <source>unknown key “%1” (allowed: %2)</source>
        <translation>okänd nyckel ”%1” (tillåtna: %2)</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>”%1” saknas</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>måste vara ett tal</translation>
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {"en": "..."}</source>
        <translation>måste vara ett objekt med texter per språk, t.ex. {"en": "..."}</translation>
    </message>
    <message>
        <source>must be a condition object</source>
        <translation>måste vara ett villkorsobjekt</translation>
    </message>
    <message>
        <source>unknown type “%1” (use yes_no, rating, nps, single, multiple, number, date, time or text)</source>
        <translation>okänd typ ”%1” (använd yes_no, rating, nps, single, multiple, number, date, time eller text)</translation>
    </message>
    <message>
        <source>must be none, section or visit, not “%1”</source>
        <translation>måste vara none, section eller visit, inte ”%1”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>sections nest one level deep only</source>
        <translation>avsnitt kan bara kapslas en nivå djupt</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>filen måste innehålla ett enda JSON-objekt</translation>
    </message>
    <message>
        <source>this is not a ShopScope questionnaire ("format" must be "%1")</source>
        <translation>detta är inte ett ShopScope-frågeformulär ("format" måste vara "%1")</translation>
    </message>
    <message>
        <source>format version %1 is newer than this ShopScope reads (%2)</source>
        <translation>formatversion %1 är nyare än vad den här versionen av ShopScope kan läsa (%2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>måste vara %1</translation>
    </message>
    <message>
        <source>must be pooled or weighted, not “%1”</source>
        <translation>måste vara pooled eller weighted, inte ”%1”</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Create a &amp;new version to edit</source>
        <translation>Skapa en &amp;ny version för att redigera</translation>
    </message>
    <message>
        <source>Select a section or a question to see its properties.</source>
        <translation>Markera ett avsnitt eller en fråga för att se dess egenskaper.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Frågeformulär</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nytt…</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>Från en mall…</translation>
    </message>
    <message>
        <source>Empty questionnaire</source>
        <translation>Tomt frågeformulär</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>Språk…</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Skriv ut till PDF</translation>
    </message>
    <message>
        <source>Shopper briefing…</source>
        <translation>Testköparinstruktion…</translation>
    </message>
    <message>
        <source>Scoring sheet for sign-off…</source>
        <translation>Poängsättningsschema för godkännande…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Pooled points</source>
        <translation>Sammanlagda poäng</translation>
    </message>
    <message>
        <source>Weighted sections</source>
        <translation>Viktade avsnitt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Poängsättning:</translation>
    </message>
    <message>
        <source>Edit in:</source>
        <translation>Redigera på:</translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation>+ Avsnitt</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Lägg till ett avsnitt efter det markerade</translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation>+ Fråga</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Insert); the arrow chooses its type</source>
        <translation>Lägg till en fråga efter den markerade (Insert); med pilen väljer du dess typ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up); drag to move into another section</source>
        <translation>Flytta upp (Ctrl+Up); dra för att flytta till ett annat avsnitt</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Flytta ned (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Inte flyttad</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>&amp;Översättningar</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranskning</translation>
    </message>
    <message>
        <source>Problems (double-click to go there):</source>
        <translation>Problem (dubbelklicka för att gå dit):</translation>
    </message>
    <message>
        <source>This programme has no questionnaire yet. Start from one of the templates (retail, bank, restaurant, hotel, contact centre, e-mail), import one, or start from scratch with New… above.</source>
        <translation>Programmet har inget frågeformulär än. Utgå från en av mallarna (detaljhandel, bank, restaurang, hotell, kundtjänst, e-post), importera ett eller börja från grunden med Nytt… ovan.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Utgå från en mall…</translation>
    </message>
    <message>
        <source>Rename the questionnaire</source>
        <translation>Byt namn på frågeformuläret</translation>
    </message>
    <message>
        <source>Change how sections are scored</source>
        <translation>Ändra hur avsnitten poängsätts</translation>
    </message>
    <message numerus="yes">
        <source>frozen, %n report(s)</source>
        <translation>
            <numerusform>fryst, %n rapport</numerusform>
            <numerusform>fryst, %n rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>%1 — %2, version %3 (%4)</source>
        <translation>%1 — %2, version %3 (%4)</translation>
    </message>
    <message>
        <source>This version has reports, so it is frozen: its questions keep the meaning the stored answers had. Create a new version to change it.</source>
        <translation>Den här versionen har rapporter och är därför fryst: frågorna behåller den betydelse som de lagrade svaren hade. Skapa en ny version för att ändra den.</translation>
    </message>
    <message>
        <source>The programme is open read-only.</source>
        <translation>Programmet är öppnat skrivskyddat.</translation>
    </message>
    <message>
        <source>Draft: every change is saved at once and can be undone.</source>
        <translation>Utkast: varje ändring sparas direkt och kan ångras.</translation>
    </message>
    <message>
        <source>No problems: this questionnaire is ready for fieldwork.</source>
        <translation>Inga problem: frågeformuläret är klart för fältarbete.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Ändringen gjordes inte</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Add a section first.</source>
        <translation>Lägg till ett avsnitt först.</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The programme's languages, in order, as codes separated by commas (e.g. en, sv, nb, lv, pl). The source language (%1) stays.</source>
        <translation>Programmets språk i ordning, som koder åtskilda med kommatecken (t.ex. en, sv, nb, lv, pl). Källspråket (%1) finns kvar.</translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation>Språken ändrades inte</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Nytt frågeformulär</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nytt avsnitt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n fråga)</numerusform>
            <numerusform>%1 (%n frågor)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Utgå från:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Kan inte läsa ”%1”: %2.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Inget importerades</translation>
    </message>
    <message>
        <source>“%1” cannot be imported:

%2</source>
        <translation>”%1” kan inte importeras:

%2</translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation>Importera ett frågeformulär</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Kan inte skriva ”%1”: %2.</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>Exportera frågeformuläret</translation>
    </message>
    <message>
        <source>ShopScope questionnaires (*.json)</source>
        <translation>ShopScope-frågeformulär (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Kan inte skriva ”%1”.</translation>
    </message>
    <message>
        <source>-scoring-sheet</source>
        <translation>-poängsättningsschema</translation>
    </message>
    <message>
        <source>-briefing</source>
        <translation>-testköparinstruktion</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>Poängsättningsschema</translation>
    </message>
    <message>
        <source>Shopper briefing</source>
        <translation>Testköparinstruktion</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Sub-section of the selected section</source>
        <translation>Underavsnitt till det valda avsnittet</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>Lägg till underavsnitt</translation>
    </message>
    <message>
        <source>Select the section that should hold the sub-section.</source>
        <translation>Välj det avsnitt som ska innehålla underavsnittet.</translation>
    </message>
    <message>
        <source>Questionnaire file (JSON)…</source>
        <translation>Frågeformulärsfil (JSON)…</translation>
    </message>
    <message>
        <source>XForm for ODK Collect, Central and Enketo…</source>
        <translation>XForm för ODK Collect, Central och Enketo…</translation>
    </message>
    <message>
        <source>XLSForm for KoboToolbox and ODK Central…</source>
        <translation>XLSForm för KoboToolbox och ODK Central…</translation>
    </message>
    <message>
        <source>Import the XLSForm?</source>
        <translation>Importera XLSForm-filen?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported from “%1”. Not everything in the form comes along:

%2</source>
        <translation>
            <numerusform>%n fråga kan importeras från ”%1”. Allt i formuläret följer inte med:

%2</numerusform>
            <numerusform>%n frågor kan importeras från ”%1”. Allt i formuläret följer inte med:

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaires (*.json *.xlsx);;ShopScope questionnaires (*.json);;XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation>Frågeformulär (*.json *.xlsx);;ShopScope-frågeformulär (*.json);;XLSForm-arbetsböcker (*.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export for ODK fielding</source>
        <translation>Exportera för fältarbete med ODK</translation>
    </message>
    <message>
        <source>XForms (*.xml)</source>
        <translation>XForm-filer (*.xml)</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>&amp;Clear answers</source>
        <translation>&amp;Rensa svar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Forget every answer and start the form again</source>
        <translation>Glöm alla svar och börja om formuläret från början</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [no %2 text]</source>
        <translation>%1 [ingen text på %2]</translation>
    </message>
    <message>
        <source>This questionnaire has no questions yet.</source>
        <translation>Frågeformuläret har inga frågor än.</translation>
    </message>
    <message>
        <source>No questions in this section yet.</source>
        <translation>Inga frågor i det här avsnittet än.</translation>
    </message>
    <message>
        <source>Mandatory: the shopper must answer this question</source>
        <translation>Obligatorisk: testköparen måste besvara frågan</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valfri</translation>
    </message>
    <message>
        <source>Comment (required):</source>
        <translation>Kommentar (obligatorisk):</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>E/T</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>obesvarad</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Obesvarad</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 % — failed critical item</source>
        <translation>%1 % — underkänd kritisk punkt</translation>
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
        <translation>Besöksresultat: %1</translation>
    </message>
    <message>
        <source>Keys: 1–9 or an option's first letter choose it, a scale takes its number, − is N/A, Delete clears, Enter or Tab goes to the next question.</source>
        <translation>Tangenter: 1–9 eller ett alternativs första bokstav väljer det, en skala tar sitt tal, − är Ej aktuellt, Delete rensar, Enter eller Tab går till nästa fråga.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>this questionnaire version has reports and is frozen; create a new version to change it</source>
        <translation>den här versionen av frågeformuläret har rapporter och är fryst; skapa en ny version för att ändra den</translation>
    </message>
    <message>
        <source>“%1” is not a version: write CODE or CODE:NUMBER, e.g. NB-EVAL:2</source>
        <translation>”%1” är ingen version: skriv CODE eller CODE:NUMBER, t.ex. NB-EVAL:2</translation>
    </message>
    <message>
        <source>there is no version %1 of questionnaire “%2”</source>
        <translation>frågeformuläret ”%2” har ingen version %1</translation>
    </message>
    <message>
        <source>there is no questionnaire “%1”</source>
        <translation>det finns inget frågeformulär ”%1”</translation>
    </message>
    <message>
        <source>questionnaire version %1 does not exist</source>
        <translation>frågeformulärsversion %1 finns inte</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTemplates</name>
    <message>
        <source>there is no template “%1”</source>
        <translation>det finns ingen mall ”%1”</translation>
    </message>
    <message>
        <source>the template “%1” is broken: %2</source>
        <translation>mallen ”%1” är trasig: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <source>weight %1</source>
        <translation>vikt %1</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>ej poängsatt</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>critical (section)</source>
        <translation>kritisk (avsnitt)</translation>
    </message>
    <message>
        <source>critical (visit)</source>
        <translation>kritisk (besök)</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>villkorad</translation>
    </message>
    <message>
        <source>Section / question</source>
        <translation>Avsnitt / fråga</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Poängsättning</translation>
    </message>
</context>
<context>
    <name>QuestionnaireValidator</name>
    <message>
        <source>the questionnaire code “%1” must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation>frågeformulärets kod ”%1” måste bestå av 1-40 bokstäver, siffror, ”_”, ”-” eller ”.”</translation>
    </message>
    <message>
        <source>the questionnaire has no name</source>
        <translation>frågeformuläret har inget namn</translation>
    </message>
    <message>
        <source>the source language “%1” is not among the languages</source>
        <translation>källspråket ”%1” finns inte bland språken</translation>
    </message>
    <message>
        <source>the %1 has no text in the source language (%2)</source>
        <translation>%1 saknar text på källspråket (%2)</translation>
    </message>
    <message>
        <source>the %1 is not translated to %2</source>
        <translation>%1 är inte översatt till %2</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>avsnitt %1</translation>
    </message>
    <message>
        <source>the code must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation>koden måste bestå av 1-40 bokstäver, siffror, ”_”, ”-” eller ”.”</translation>
    </message>
    <message>
        <source>the section code is used twice</source>
        <translation>avsnittskoden används två gånger</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubriken</translation>
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation>vikten får inte vara negativ</translation>
    </message>
    <message>
        <source>weighted scoring needs a weight for every top-level section</source>
        <translation>viktad poängsättning kräver en vikt för varje avsnitt på översta nivån</translation>
    </message>
    <message>
        <source>the section has no questions</source>
        <translation>avsnittet har inga frågor</translation>
    </message>
    <message>
        <source>the top-level section weights add up to %1, not 100</source>
        <translation>vikterna för avsnitten på översta nivån summeras till %1, inte 100</translation>
    </message>
    <message>
        <source>the questionnaire has no questions</source>
        <translation>frågeformuläret har inga frågor</translation>
    </message>
    <message>
        <source>the question code is used twice</source>
        <translation>frågekoden används två gånger</translation>
    </message>
    <message>
        <source>question</source>
        <translation>frågan</translation>
    </message>
    <message>
        <source>the option code “%1” is used twice</source>
        <translation>alternativkoden ”%1” används två gånger</translation>
    </message>
    <message>
        <source>option “%1”</source>
        <translation>alternativet ”%1”</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>en valfråga behöver minst två alternativ</translation>
    </message>
    <message>
        <source>a multiple-choice question may have at most 64 options</source>
        <translation>en flervalsfråga får ha högst 64 alternativ</translation>
    </message>
    <message>
        <source>a %1 question has no options</source>
        <translation>en fråga av typen %1 kan inte ha alternativ</translation>
    </message>
    <message>
        <source>a rating scale needs whole-number ends with min below max (e.g. 1-5, 1-10)</source>
        <translation>en betygsskala behöver heltal som ändpunkter, med min under max (t.ex. 1-5, 1-10)</translation>
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation>minimum är större än maximum</translation>
    </message>
    <message>
        <source>a %1 question cannot be scored</source>
        <translation>en fråga av typen %1 kan inte poängsättas</translation>
    </message>
    <message>
        <source>the question is scored but no option earns points</source>
        <translation>frågan poängsätts men inget alternativ ger poäng</translation>
    </message>
    <message>
        <source>a scored question needs a weight above zero</source>
        <translation>en poängsatt fråga behöver en vikt över noll</translation>
    </message>
    <message>
        <source>only a scored question can be critical</source>
        <translation>endast en poängsatt fråga kan vara kritisk</translation>
    </message>
    <message>
        <source>only a scored question can be a bonus</source>
        <translation>endast en poängsatt fråga kan vara en bonus</translation>
    </message>
    <message>
        <source>a bonus question cannot also be critical</source>
        <translation>en bonusfråga kan inte samtidigt vara kritisk</translation>
    </message>
    <message>
        <source>the %1 condition refers to the question itself</source>
        <translation>%1 hänvisar till frågan själv</translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which comes later in the form</source>
        <translation>%1 hänvisar till %2, som kommer senare i formuläret</translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which does not exist</source>
        <translation>%1 hänvisar till %2, som inte finns</translation>
    </message>
    <message>
        <source>the %1 condition compares %2 by size, but it is not a number or scale</source>
        <translation>%1 jämför %2 efter storlek, men frågan är varken ett tal eller en skala</translation>
    </message>
    <message>
        <source>the %1 condition expects option “%2” of %3, which has only %4</source>
        <translation>%1 förväntar sig alternativet ”%2” för %3, som bara har %4</translation>
    </message>
    <message>
        <source>show-if</source>
        <translation>visningsvillkoret</translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation>kommentarsvillkoret</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>the file has no new or changed report</source>
        <translation>filen har ingen ny eller ändrad rapport</translation>
    </message>
    <message numerus="yes">
        <source>Import %n report(s) from %1</source>
        <translation>
            <numerusform>Importera %n rapport från %1</numerusform>
            <numerusform>Importera %n rapporter från %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the report of visit %1</source>
        <translation>Skicka in rapporten för besök %1</translation>
    </message>
    <message>
        <source>Save the draft report of visit %1</source>
        <translation>Spara utkastet till rapporten för besök %1</translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tilldelad av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Svar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beslut&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality control&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kvalitetskontroll&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a report to review it.</source>
        <translation>Välj en rapport för att granska den.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report of visit %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Rapport för besök %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>%1 %2, scenario %3, shopper %4</source>
        <translation>%1 %2, scenario %3, testköpare %4</translation>
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation>%1 kl. %2, %3 min</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>ingen tid</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Betjänad av: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Återsänt</translation>
    </message>
    <message>
        <source>Check this wave's reports</source>
        <translation>Kontrollera vågens rapporter</translation>
    </message>
</context>
<context>
    <name>ReportEntry</name>
    <message>
        <source>There is no visit %1 in this file.</source>
        <translation>Det finns inget besök %1 i den här filen.</translation>
    </message>
    <message>
        <source>Visit %1 has no shopper yet: assign one before entering the report.</source>
        <translation>Besök %1 har ingen testköpare än: tilldela en innan du matar in rapporten.</translation>
    </message>
    <message>
        <source>Visit %1 is cancelled: it has no report.</source>
        <translation>Besök %1 är inställt: det har ingen rapport.</translation>
    </message>
    <message>
        <source>Scenario %1 of visit %2 has no questionnaire: choose one for the scenario first.</source>
        <translation>Scenario %1 för besök %2 har inget frågeformulär: välj först ett för scenariot.</translation>
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation>Det finns ingen fråga %1 i frågeformuläret %2.</translation>
    </message>
    <message>
        <source>%1 does not allow N/A.</source>
        <translation>%1 tillåter inte Ej aktuellt.</translation>
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels).</source>
        <translation>”%1” är inget svar på %2 (%3 eller deras etiketter).</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2 (%3).</source>
        <translation>”%1” är inget alternativ i %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>”%1” är inte ett tal (%2).</translation>
    </message>
    <message>
        <source>%1: N/A cannot be chosen together with other options.</source>
        <translation>%1: Ej aktuellt kan inte väljas tillsammans med andra alternativ.</translation>
    </message>
    <message>
        <source>The report of visit %1 is approved: it can no longer be changed.</source>
        <translation>Rapporten för besök %1 är godkänd: den kan inte längre ändras.</translation>
    </message>
    <message>
        <source>The report of visit %1 is already submitted: correct it and submit it again, it does not go back to a draft.</source>
        <translation>Rapporten för besök %1 är redan inskickad: rätta den och skicka in den igen, den blir inte ett utkast igen.</translation>
    </message>
    <message>
        <source>“%1” is not a language of the programme (%2).</source>
        <translation>”%1” är inte ett av programmets språk (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a visit date such as 2026-11-22.</source>
        <translation>”%1” är inget besöksdatum som 2026-11-22.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day such as 14:05.</source>
        <translation>”%1” är inget klockslag som 14:05.</translation>
    </message>
    <message>
        <source>%1 minutes is not a visit duration (0 to 1440).</source>
        <translation>%1 minuter är ingen giltig besökslängd (0 till 1440).</translation>
    </message>
    <message>
        <source>%1 is mandatory and has no answer.</source>
        <translation>%1 är obligatorisk och saknar svar.</translation>
    </message>
    <message>
        <source>%1 needs a comment for this answer.</source>
        <translation>%1 kräver en kommentar för det här svaret.</translation>
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>Spara &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Skicka in</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Report of visit %1</source>
        <translation>Rapport för besök %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · %5 · shopper %6</source>
        <translation>Besök %1 · våg %2 · %3 %4 · %5 · testköpare %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>The day of the visit; the planned day is %1</source>
        <translation>Besöksdagen; den planerade dagen är %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>14:05</source>
        <translation>14:05</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Served &amp;by:</source>
        <translation>&amp;Betjänad av:</translation>
    </message>
    <message>
        <source>name or description of the staff member</source>
        <translation>den anställdas namn eller en beskrivning</translation>
    </message>
    <message>
        <source>Served &amp;by (no names):</source>
        <translation>&amp;Betjänad av (inga namn):</translation>
    </message>
    <message>
        <source>a description only, e.g. young man at the till</source>
        <translation>endast en beskrivning, t.ex. ung man i kassan</translation>
    </message>
    <message>
        <source>This client forbids staff names in reports: describe the person instead.</source>
        <translation>Den här kunden tillåter inte personalnamn i rapporter: beskriv personen i stället.</translation>
    </message>
    <message>
        <source>the shopper's general remarks on the visit</source>
        <translation>testköparens allmänna synpunkter på besöket</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>Besöks&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Check the report and hand it to review (Ctrl+Enter)</source>
        <translation>Kontrollera rapporten och lämna den till granskning (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep the report as it is, unsubmitted, to finish later (Ctrl+S)</source>
        <translation>Behåll rapporten som den är, ej inskickad, för att slutföra den senare (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Submit correction</source>
        <translation>&amp;Skicka in rättelse</translation>
    </message>
    <message>
        <source>Enter report</source>
        <translation>Mata in rapport</translation>
    </message>
    <message>
        <source>Approved: this report counts in the results and can no longer be changed.</source>
        <translation>Godkänd: rapporten räknas i resultaten och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Submitted for review: a correction is submitted again.</source>
        <translation>Inskickad för granskning: en rättelse skickas in på nytt.</translation>
    </message>
    <message>
        <source>Draft: not yet submitted.</source>
        <translation>Utkast: inte inskickat än.</translation>
    </message>
    <message>
        <source>New report.</source>
        <translation>Ny rapport.</translation>
    </message>
    <message>
        <source>Every mandatory question is answered.</source>
        <translation>Alla obligatoriska frågor är besvarade.</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer.</source>
        <translation>
            <numerusform>%n obligatorisk fråga saknar fortfarande svar.</numerusform>
            <numerusform>%n obligatoriska frågor saknar fortfarande svar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer, %1 required comment(s) missing.</source>
        <translation>
            <numerusform>%n obligatorisk fråga saknar fortfarande svar, saknade obligatoriska kommentarer: %1.</numerusform>
            <numerusform>%n obligatoriska frågor saknar fortfarande svar, saknade obligatoriska kommentarer: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation>Osparad rapport</translation>
    </message>
    <message>
        <source>The report of visit %1 has changes that are not saved. Save them as a draft?</source>
        <translation>Rapporten för besök %1 har ändringar som inte har sparats. Spara dem som utkast?</translation>
    </message>
    <message>
        <source>The correction of visit %1's report is not submitted. Close without it?</source>
        <translation>Rättelsen av rapporten för besök %1 är inte inskickad. Stäng utan den?</translation>
    </message>
</context>
<context>
    <name>ReportImport</name>
    <message>
        <source>the file needs a visit id column, or location, shopper and date columns, to match its rows to visits</source>
        <translation>filen behöver en kolumn med besöks-id, eller kolumner för plats, testköpare och datum, för att matcha raderna mot besök</translation>
    </message>
    <message>
        <source>“%1” is not a visit id</source>
        <translation>”%1” är inte ett besöks-id</translation>
    </message>
    <message>
        <source>“%1” is not a date (2026-11-05 or 05.11.2026)</source>
        <translation>”%1” är inte ett datum (2026-11-05 eller 05.11.2026)</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>det finns inget besök %1</translation>
    </message>
    <message>
        <source>no visit of %1 by %2 in a wave around %3</source>
        <translation>inget besök på %1 av %2 i en våg kring %3</translation>
    </message>
    <message>
        <source>%1 visits match (%2); add a visit id column</source>
        <translation>%1 besök matchar (%2); lägg till en kolumn med besöks-id</translation>
    </message>
    <message>
        <source>visit %1 is on line %2 already</source>
        <translation>besök %1 finns redan på rad %2</translation>
    </message>
    <message>
        <source>visit %1 is %2: it has no shopper to report on it</source>
        <translation>besök %1 är %2: det har ingen testköpare som kan rapportera</translation>
    </message>
    <message>
        <source>scenario %1 of visit %2 has no questionnaire version</source>
        <translation>scenario %1 för besök %2 har ingen frågeformulärsversion</translation>
    </message>
    <message>
        <source>the questionnaire of visit %1 cannot be read</source>
        <translation>frågeformuläret för besök %1 kan inte läsas</translation>
    </message>
    <message>
        <source>the visit date is missing</source>
        <translation>besöksdatum saknas</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (14:05)</source>
        <translation>”%1” är inte en tid på dagen (14:05)</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes</source>
        <translation>”%1” är inte ett antal minuter</translation>
    </message>
    <message>
        <source>“%1” is not a language of the programme</source>
        <translation>”%1” är inte ett språk i programmet</translation>
    </message>
    <message>
        <source>%1 does not allow N/A</source>
        <translation>%1 tillåter inte Ej aktuellt</translation>
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels)</source>
        <translation>”%1” är inte ett svar på %2 (%3, eller deras etiketter)</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2</source>
        <translation>”%1” är inte ett alternativ för %2</translation>
    </message>
    <message>
        <source>“%1” says neither chosen (1, x, yes) nor not chosen (0, empty, no)</source>
        <translation>”%1” anger varken valt (1, x, yes) eller inte valt (0, tomt, no)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>”%1” är inte ett tal</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 ligger utanför %2 till %3</translation>
    </message>
    <message>
        <source>%1 is mandatory but has no answer</source>
        <translation>%1 är obligatorisk men saknar svar</translation>
    </message>
    <message>
        <source>%1 is answered although its condition hides it; the answer is kept</source>
        <translation>%1 är besvarad fast dess villkor döljer den; svaret behålls</translation>
    </message>
    <message>
        <source>the report of visit %1 is approved: send it back before importing a changed one</source>
        <translation>rapporten för besök %1 är godkänd: skicka tillbaka den innan du importerar en ändrad</translation>
    </message>
    <message>
        <source>not a question of the questionnaire or a field of the report; the column is left out</source>
        <translation>inte en fråga i frågeformuläret eller ett fält i rapporten; kolumnen utelämnas</translation>
    </message>
    <message numerus="yes">
        <source>no column for %n question(s): %1; they stay unanswered</source>
        <translation>
            <numerusform>ingen kolumn för %n fråga: %1; den förblir obesvarad</numerusform>
            <numerusform>ingen kolumn för %n frågor: %1; de förblir obesvarade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <source>Import reports from %1</source>
        <translation>Importera rapporter från %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n ny rapport</numerusform>
            <numerusform>%n nya rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a KoboToolbox / ODK Central export: </source>
        <translation>Läses som en export från KoboToolbox / ODK Central: </translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Share of yes (%)</source>
        <translation>Andel ja (%)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Resultat (%)</translation>
    </message>
    <message>
        <source>Hatched: fewer than %1 visits, read with care.</source>
        <translation>Skrafferat: färre än %1 besök, tolkas med försiktighet.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurrentenheter</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Eget nät</translation>
    </message>
    <message>
        <source>n = %1 visits</source>
        <translation>n = %1 besök</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Våg</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Varumärke</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Score by %1</source>
        <translation>Resultat per %1</translation>
    </message>
    <message>
        <source>Score over the waves by %1</source>
        <translation>Resultat över vågorna per %1</translation>
    </message>
    <message>
        <source>Score over the waves</source>
        <translation>Resultat över vågorna</translation>
    </message>
    <message>
        <source>Bands: margin of error at %1 %. A marker: a significant change since the wave before.</source>
        <translation>Band: felmarginal vid %1 %. Markering: en signifikant förändring sedan vågen innan.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Score by section</source>
        <translation>Resultat per avsnitt</translation>
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation>Efterlevnad per standard</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Section scores by %1</source>
        <translation>Avsnittsresultat per %1</translation>
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation>Fördelning av besöksresultat</translation>
    </message>
    <message>
        <source>Visit score (%)</source>
        <translation>Besöksresultat (%)</translation>
    </message>
    <message>
        <source>Visit scores by %1</source>
        <translation>Besöksresultat per %1</translation>
    </message>
    <message>
        <source>Own network and competitors by section</source>
        <translation>Eget nät och konkurrenter per avsnitt</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Share of customers (%)</source>
        <translation>Andel kunder (%)</translation>
    </message>
    <message>
        <source>NPS: promoters (9–10) minus detractors (0–6), in points.</source>
        <translation>NPS: promotorer (9–10) minus kritiker (0–6), i poäng.</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Kritiker (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passiva (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotorer (9–10)</translation>
    </message>
    <message>
        <source>What drives %1: importance and performance</source>
        <translation>Vad som driver %1: betydelse och prestation</translation>
    </message>
    <message>
        <source>Importance (% of the explained variance)</source>
        <translation>Betydelse (% av den förklarade variansen)</translation>
    </message>
    <message>
        <source>Performance (share of yes, %)</source>
        <translation>Prestation (andel ja, %)</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Åtgärda först</translation>
    </message>
    <message>
        <source>Keep up</source>
        <translation>Behåll nivån</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundärt</translation>
    </message>
    <message>
        <source>Possibly overdone</source>
        <translation>Möjligen överdrivet</translation>
    </message>
    <message>
        <source>Importance: relative weights (Johnson) of a regression of %1 on the standards, R² = %2. Fix first: important and below the average performance.</source>
        <translation>Betydelse: relativa vikter (Johnson) i en regression av %1 på standarderna, R² = %2. Åtgärda först: viktiga och under den genomsnittliga prestationen.</translation>
    </message>
    <message>
        <source>%1: score by location</source>
        <translation>%1: resultat per enhet</translation>
    </message>
    <message>
        <source>Sections against the network</source>
        <translation>Avsnitt jämfört med nätet</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätet</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mål %1</translation>
    </message>
    <message>
        <source>Mystery shopping results: %1</source>
        <translation>Resultat från testköp: %1</translation>
    </message>
    <message>
        <source>%1 visits at %2 locations</source>
        <translation>%1 besök på %2 enheter</translation>
    </message>
    <message>
        <source>Overall score %1 %</source>
        <translation>Totalresultat %1 %</translation>
    </message>
    <message>
        <source>Contents: the dashboard, the standard charts, a page per region and a page per location. Shoppers are never named.</source>
        <translation>Innehåll: översikten, standarddiagrammen, en sida per region och en sida per enhet. Testköpare namnges aldrig.</translation>
    </message>
    <message>
        <source>a significant change since %1</source>
        <translation>en signifikant förändring sedan %1</translation>
    </message>
    <message>
        <source>within the margin of error of %1</source>
        <translation>inom felmarginalen jämfört med %1</translation>
    </message>
    <message>
        <source>none with enough visits</source>
        <translation>ingen med tillräckligt många besök</translation>
    </message>
    <message>
        <source>Best locations</source>
        <translation>Bästa enheterna</translation>
    </message>
    <message>
        <source>Locations for training</source>
        <translation>Enheter för utbildning</translation>
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation>Bäst bedömd personal</translation>
    </message>
    <message>
        <source>Staff to coach</source>
        <translation>Personal att coacha</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 besök</translation>
    </message>
    <message>
        <source>score %1 %</source>
        <translation>resultat %1 %</translation>
    </message>
    <message>
        <source>network %1 %</source>
        <translation>nätet %1 %</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>plats %1 av %2</translation>
    </message>
    <message>
        <source>What the shoppers wrote</source>
        <translation>Vad testköparna skrev</translation>
    </message>
    <message>
        <source>No comments in this wave.</source>
        <translation>Inga kommentarer i den här vågen.</translation>
    </message>
    <message>
        <source>… and %1 more comments</source>
        <translation>… och %1 kommentarer till</translation>
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation>Svar på betygsskalorna</translation>
    </message>
    <message>
        <source>Share of answers (%)</source>
        <translation>Andel av svaren (%)</translation>
    </message>
    <message>
        <source>Shares of the answers given; not applicable left out.</source>
        <translation>Andelar av de givna svaren; ej tillämpligt utelämnat.</translation>
    </message>
    <message>
        <source>General comment about the visit</source>
        <translation>Allmän kommentar om besöket</translation>
    </message>
    <message>
        <source>Visit ID</source>
        <translation>Besöks-id</translation>
    </message>
    <message>
        <source>The number of the visit on your assignment</source>
        <translation>Besökets nummer i din besökslista</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Datum för besöket</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Tidpunkt för besöket</translation>
    </message>
    <message>
        <source>How long did the visit take (minutes)?</source>
        <translation>Hur lång tid tog besöket (minuter)?</translation>
    </message>
    <message>
        <source>From 0 to 1440 minutes</source>
        <translation>Från 0 till 1440 minuter</translation>
    </message>
    <message>
        <source>Who served you?</source>
        <translation>Vem betjänade dig?</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ej aktuellt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>“Not applicable” cannot be chosen together with other answers</source>
        <translation>”Ej aktuellt” kan inte väljas tillsammans med andra svar</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Ett tal från %1 till %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation>Ett tal som är minst %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation>Ett tal som är högst %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Please explain this answer in a comment</source>
        <translation>Förklara det här svaret i en kommentar</translation>
    </message>
</context>
<context>
    <name>ResponseScorer</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
</context>
<context>
    <name>ResultsAggregator</name>
    <message>
        <source>Not applicable</source>
        <translation>Ej aktuellt</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte registrerat)</translation>
    </message>
    <message>
        <source>the confidence must be between 0 and 1, such as 0.95</source>
        <translation>konfidensen måste ligga mellan 0 och 1, t.ex. 0.95</translation>
    </message>
    <message>
        <source>the reports can be grouped by a report's own dimensions only, not by %1</source>
        <translation>rapporterna kan bara grupperas efter en rapports egna dimensioner, inte efter %1</translation>
    </message>
</context>
<context>
    <name>ResultsCatalog</name>
    <message>
        <source>(no country)</source>
        <translation>(inget land)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(inget område)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1=%2: there is no such %1</source>
        <translation>%1=%2: det finns ingen sådan %1</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(inget varumärke)</translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maskinläsbar utdata.</translation>
    </message>
    <message>
        <source>nothing was imported: the file has errors (--valid-rows imports the rows without any)</source>
        <translation>inget importerades: filen har fel (--valid-rows importerar raderna utan fel)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>inget importerades: %1</translation>
    </message>
    <message>
        <source>Enter, show or import shopper reports.</source>
        <translation>Mata in, visa eller importera testköparrapporter.</translation>
    </message>
    <message>
        <source>import, show or enter</source>
        <translation>import, show eller enter</translation>
    </message>
    <message>
        <source>The reports (import), or the visit's number.</source>
        <translation>Rapporterna (import) eller besökets nummer.</translation>
    </message>
    <message>
        <source>An answer, CODE=VALUE (repeatable).</source>
        <translation>Ett svar, CODE=VALUE (kan upprepas).</translation>
    </message>
    <message>
        <source>A question's comment, CODE=TEXT (repeatable).</source>
        <translation>En frågas kommentar, CODE=TEXT (kan upprepas).</translation>
    </message>
    <message>
        <source>The day of the visit (2026-11-22).</source>
        <translation>Besöksdagen (2026-11-22).</translation>
    </message>
    <message>
        <source>The time of the visit (14:05); empty clears it.</source>
        <translation>Besökets klockslag (14:05); tomt rensar det.</translation>
    </message>
    <message>
        <source>How long the visit took; empty clears it.</source>
        <translation>Hur länge besöket varade; tomt rensar det.</translation>
    </message>
    <message>
        <source>The staff member who served the shopper (a description where the programme forbids names).</source>
        <translation>Den anställda som betjänade testköparen (en beskrivning där programmet inte tillåter namn).</translation>
    </message>
    <message>
        <source>The language the report was filled in.</source>
        <translation>Språket som rapporten fylldes i på.</translation>
    </message>
    <message>
        <source>The shopper's general comment.</source>
        <translation>Testköparens allmänna kommentar.</translation>
    </message>
    <message>
        <source>Save as a draft instead of submitting.</source>
        <translation>Spara som utkast i stället för att skicka in.</translation>
    </message>
    <message>
        <source>results: expected import FILE CSV, show FILE VISIT or enter FILE VISIT (see 'shopscope-cli results --help')</source>
        <translation>results: förväntade import FILE CSV, show FILE VISIT eller enter FILE VISIT (se 'shopscope-cli results --help')</translation>
    </message>
    <message>
        <source>%1: “%2” is not a visit number</source>
        <translation>%1: ”%2” är inget besöksnummer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --answer “%2”: expected CODE=VALUE</source>
        <translation>%1: --answer ”%2”: förväntade CODE=VALUE</translation>
    </message>
    <message>
        <source>%1: --comment-for “%2”: expected CODE=TEXT</source>
        <translation>%1: --comment-for ”%2”: förväntade CODE=TEXT</translation>
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation>Det finns ingen fråga %1 i frågeformuläret %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation>”%1” är inte ett antal minuter.</translation>
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · scenario %5 · shopper %6
</source>
        <translation>Besök %1 · våg %2 · %3 %4 · scenario %5 · testköpare %6
</translation>
    </message>
    <message>
        <source>Report: %1 · %2 · visited %3 · %4 min · staff: %5
</source>
        <translation>Rapport: %1 · %2 · besökt %3 · %4 min · personal: %5
</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>kommentar: %1</translation>
    </message>
    <message>
        <source>comment required</source>
        <translation>kommentar krävs</translation>
    </message>
    <message>
        <source>Score: %1
</source>
        <translation>Poäng: %1
</translation>
    </message>
    <message>
        <source>Mandatory without an answer: %1
</source>
        <translation>Obligatoriska utan svar: %1
</translation>
    </message>
    <message>
        <source>Nothing changed.
</source>
        <translation>Inget ändrades.
</translation>
    </message>
    <message>
        <source>Saved as a draft.
</source>
        <translation>Sparad som utkast.
</translation>
    </message>
    <message>
        <source>Submitted for review.
</source>
        <translation>Inskickad för granskning.
</translation>
    </message>
    <message>
        <source>%1: visit %2: %3</source>
        <translation>%1: besök %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing was saved</source>
        <translation>%1: inget sparades</translation>
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
        <translation>Testköparrapporter.

  import FILE CSV [--format shopscope|odk] [--dry-run] [--valid-rows] [--encoding NAME] [--delimiter CHAR]
         [--decimal-comma] [--json]

En rad per besök. Besöket hittas med en kolumn 'visit' (id), eller med kolumnerna 'location', 'shopper'
och 'date'. Valfria kolumner: time, duration (minuter), staff, language, comment. Varje annan kolumn
är en frågekod; CODE_comment innehåller dess kommentar; ett flerval är en cell med alternativ åtskilda
av ; eller | eller en kolumn per alternativ (CODE/option, 1 eller x för valt). Svar är alternativens
koder eller etiketter på något av programmets språk; Ej aktuellt i de vanliga stavningarna (n/a, na,
-, ej aktuellt, nie dotyczy...). Allt eller inget om inte --valid-rows; en rapport som filen lämnar
som den är förblir oförändrad, så samma fil två gånger ändrar inget; en godkänd rapport ändras aldrig.
Importerade besök blir 'submitted' för granskning (docs/results-import.md).
--format odk läser en export från KoboToolbox eller ODK Central av ett formulär som ShopScope har skrivit
(questionnaire export --format xform|xlsform): gruppprefix, besöksfälten ss_*, svarsalternativ åtskilda
med mellanslag och metadata för inskickningen tolkas (docs/odk.md).

  show FILE VISIT [--json]
  enter FILE VISIT [--answer CODE=VALUE]... [--comment-for CODE=TEXT]... [--date DATE] [--time HH:MM]
        [--minutes N] [--staff TEXT] [--language CODE] [--report-comment TEXT] [--draft] [--json]

'show' skriver ut ett besöks rapport med aktuell poäng och vad som fortfarande krävs för att skicka in.
'enter' ändrar besökets rapport (ett utkast eller en inskickad) enligt angivelserna och skickar in den, eller
behåller den som utkast med --draft; för att skicka in krävs att varje synlig obligatorisk fråga är
besvarad och att varje obligatorisk kommentar finns. VALUE som i en fil; CODE= rensar ett svar. Inget
skrivs när något är fel (docs/report-entry.md).</translation>
    </message>
    <message>
        <source>import: shopscope (default) or odk (KoboToolbox / ODK Central CSV).</source>
        <translation>import: shopscope (standard) eller odk (CSV från KoboToolbox / ODK Central).</translation>
    </message>
    <message>
        <source>results import: unknown --format “%1” (use shopscope or odk)</source>
        <translation>results import: okänt --format ”%1” (använd shopscope eller odk)</translation>
    </message>
</context>
<context>
    <name>ResultsQuery</name>
    <message>
        <source>“%1” is not a dimension (use %2)</source>
        <translation>”%1” är ingen dimension (använd %2)</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>”%1” anges två gånger</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Skicka tillbaka…</translation>
    </message>
    <message>
        <source>Check the wave's reports</source>
        <translation>Kontrollera vågens rapporter</translation>
    </message>
    <message>
        <source>No flags: nothing unusual found.</source>
        <translation>Inga flaggor: inget ovanligt hittades.</translation>
    </message>
    <message>
        <source>Select a report of the wave first.</source>
        <translation>Välj först en rapport från vågen.</translation>
    </message>
    <message>
        <source>Checking the wave's reports…</source>
        <translation>Kontrollerar vågens rapporter…</translation>
    </message>
    <message>
        <source>The reports were not checked: %1</source>
        <translation>Rapporterna kontrollerades inte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) in the wave's reports</source>
        <translation>
            <numerusform>%n flagga i vågens rapporter</numerusform>
            <numerusform>%n flaggor i vågens rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Skicka tillbaka</translation>
    </message>
    <message>
        <source>What the shopper should correct (kept with the decision):</source>
        <translation>Vad testköparen ska rätta (sparas med beslutet):</translation>
    </message>
    <message>
        <source>Select one or more reports first.</source>
        <translation>Välj först en eller flera rapporter.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Inget ändrades: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Godkänd: %n rapport</numerusform>
            <numerusform>Godkända: %n rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Skickad tillbaka: %n rapport</numerusform>
            <numerusform>Skickade tillbaka: %n rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation>Importera rapporter…</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Importera rapporter</translation>
    </message>
    <message>
        <source>%1 changes nothing: the programme already holds these reports.</source>
        <translation>%1 ändrar inget: programmet har redan dessa rapporter.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged reports</source>
        <translation>Importerade %1: %2 nya, %3 ändrade, %4 oförändrade rapporter</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>Öppna rapport…</translation>
    </message>
    <message>
        <source>The selected report in the entry form: finish a draft or correct a report sent back</source>
        <translation>Den valda rapporten i inmatningsformuläret: slutför ett utkast eller rätta en återsänd rapport</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>no report chosen</source>
        <translation>ingen rapport vald</translation>
    </message>
    <message>
        <source>a report is sent back with a reason for the shopper</source>
        <translation>en rapport skickas tillbaka med ett skäl till testköparen</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>det finns inget besök %1</translation>
    </message>
    <message>
        <source>visit %1 has no report yet</source>
        <translation>besök %1 har ingen rapport än</translation>
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted report can be approved</source>
        <translation>rapporten för besök %1 är %2: bara en inskickad rapport kan godkännas</translation>
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted or approved report can be sent back</source>
        <translation>rapporten för besök %1 är %2: bara en inskickad eller godkänd rapport kan skickas tillbaka</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n report(s)</source>
        <translation>
            <numerusform>Godkänn %n rapport</numerusform>
            <numerusform>Godkänn %n rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send back %n report(s)</source>
        <translation>
            <numerusform>Skicka tillbaka %n rapport</numerusform>
            <numerusform>Skicka tillbaka %n rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation>ett besök har tagits bort under tiden</translation>
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The confidence level must be 90 %, 95 % or 99 %, not %1.</source>
        <translation>Konfidensnivån måste vara 90 %, 95 % eller 99 %, inte %1.</translation>
    </message>
    <message>
        <source>Student's t needs at least 1 degree of freedom, not %1.</source>
        <translation>Students t kräver minst 1 frihetsgrad, inte %1.</translation>
    </message>
    <message>
        <source>The number of visits must be at least 1, not %1.</source>
        <translation>Antalet besök måste vara minst 1, inte %1.</translation>
    </message>
    <message>
        <source>A mean needs at least %1 visits, not %2.</source>
        <translation>Ett medelvärde kräver minst %1 besök, inte %2.</translation>
    </message>
    <message>
        <source>The population must be at least 1, not %1.</source>
        <translation>Populationen måste vara minst 1, inte %1.</translation>
    </message>
    <message>
        <source>The number of visits (%1) cannot exceed the population (%2).</source>
        <translation>Antalet besök (%1) kan inte överstiga populationen (%2).</translation>
    </message>
    <message>
        <source>The proportion must be between 0 and 1 (0.8 for 80 %), not %1.</source>
        <translation>Andelen måste vara mellan 0 och 1 (0.8 för 80 %), inte %1.</translation>
    </message>
    <message>
        <source>The standard deviation must be 0 or more, not %1.</source>
        <translation>Standardavvikelsen måste vara 0 eller mer, inte %1.</translation>
    </message>
    <message>
        <source>The population must be at least %1, not %2.</source>
        <translation>Populationen måste vara minst %1, inte %2.</translation>
    </message>
    <message>
        <source>The target margin is too small: it would need more than %1 visits.</source>
        <translation>Den önskade felmarginalen är för liten: den skulle kräva fler än %1 besök.</translation>
    </message>
    <message>
        <source>The target margin must be above 0 and below 1 (0.05 for ±5 points), not %1.</source>
        <translation>Den önskade felmarginalen måste vara större än 0 och mindre än 1 (0.05 för ±5 procentenheter), inte %1.</translation>
    </message>
    <message>
        <source>The target margin must be above 0, not %1.</source>
        <translation>Den önskade felmarginalen måste vara större än 0, inte %1.</translation>
    </message>
</context>
<context>
    <name>SampleSizeCalculator</name>
    <message>
        <source>Share of &amp;yes answers</source>
        <translation>Andel &amp;ja-svar</translation>
    </message>
    <message>
        <source>&amp;Mean score</source>
        <translation>&amp;Medelresultat</translation>
    </message>
    <message>
        <source>The share you expect (or last measured). 50 % gives the widest margin.</source>
        <translation>Den andel du förväntar dig (eller senast uppmätte). 50 % ger den största felmarginalen.</translation>
    </message>
    <message>
        <source>The spread of the score between visits, from an earlier wave.</source>
        <translation>Resultatets spridning mellan besök, från en tidigare våg.</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> besök</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Obegränsad</translation>
    </message>
    <message>
        <source> units</source>
        <translation> enheter</translation>
    </message>
    <message>
        <source>How many locations (or calls, or staff) the visits are drawn from. Knowing it narrows the margin when a large part of them is visited.</source>
        <translation>Hur många enheter (eller samtal, eller anställda) besöken dras från. Om antalet är känt blir felmarginalen mindre när en stor del av dem besöks.</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Mått:</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>&amp;Andel:</translation>
    </message>
    <message>
        <source>Standard &amp;deviation:</source>
        <translation>&amp;Standardavvikelse:</translation>
    </message>
    <message>
        <source>&amp;Visits (n):</source>
        <translation>&amp;Besök (n):</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Konfidensnivå:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Population:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> procentenheter</translation>
    </message>
    <message>
        <source>&amp;Target margin:</source>
        <translation>Önskad &amp;felmarginal:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Margin of error</source>
        <translation>Felmarginal</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>Visits needed</source>
        <translation>Antal besök som behövs</translation>
    </message>
    <message>
        <source>Margin by number of visits</source>
        <translation>Felmarginal efter antal besök</translation>
    </message>
    <message>
        <source>Margin (points)</source>
        <translation>Felmarginal (procentenheter)</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 procentenheter</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 vid konfidensnivå %2</translation>
    </message>
    <message>
        <source>Student's t with %1 degrees of freedom: with fewer than %2 visits the spread itself is uncertain.</source>
        <translation>Students t med %1 frihetsgrader: med färre än %2 besök är själva spridningen osäker.</translation>
    </message>
    <message>
        <source>Normal distribution (z = %1).</source>
        <translation>Normalfördelning (z = %1).</translation>
    </message>
    <message>
        <source>%1 % measured on %2 visits: the true share is likely between %3 % and %4 %.</source>
        <translation>%1 % uppmätt på %2 besök: den verkliga andelen ligger troligen mellan %3 % och %4 %.</translation>
    </message>
    <message>
        <source>Corrected for a population of %1 units.</source>
        <translation>Korrigerad för en population på %1 enheter.</translation>
    </message>
    <message>
        <source>Small base: fewer than %1 visits are too few to report on their own.</source>
        <translation>Liten bas: färre än %1 besök är för få för att redovisas separat.</translation>
    </message>
    <message>
        <source>Visits needed: %1 for %2 at %3</source>
        <translation>Antal besök som behövs: %1 för %2 vid konfidensnivå %3</translation>
    </message>
    <message>
        <source>more than the population</source>
        <translation>fler än populationen</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>alla enheter</translation>
    </message>
    <message>
        <source>small base</source>
        <translation>liten bas</translation>
    </message>
</context>
<context>
    <name>SampleSizeCommand</name>
    <message>
        <source>Margin of error of a share or a mean for n visits, or the visits needed for a target margin.</source>
        <translation>Felmarginalen för en andel eller ett medelvärde vid n besök, eller antalet besök som behövs för en önskad felmarginal.</translation>
    </message>
    <message>
        <source>The share measured, as a proportion from 0 to 1 (0.8 for 80 %).</source>
        <translation>Den uppmätta andelen, som en proportion från 0 till 1 (0.8 för 80 %).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Measure a mean score instead of a share (needs --sd).</source>
        <translation>Mät ett medelresultat i stället för en andel (kräver --sd).</translation>
    </message>
    <message>
        <source>The standard deviation of the score, for --mean.</source>
        <translation>Resultatets standardavvikelse, för --mean.</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>The number of visits: prints the margin of error.</source>
        <translation>Antalet besök: skriver ut felmarginalen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The target margin of error: prints the visits needed. A proportion for a share (0.05 for ±5 points), in the score's unit for a mean.</source>
        <translation>Den önskade felmarginalen: skriver ut antalet besök som behövs. En proportion för en andel (0.05 för ±5 procentenheter), i resultatets enhet för ett medelvärde.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The confidence level: 90, 95 (the default) or 99.</source>
        <translation>Konfidensnivån: 90, 95 (standard) eller 99.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>The number of units sampled from (locations, calls), for the finite population correction. Without it the population counts as unlimited.</source>
        <translation>Storleken på populationen som urvalet dras från (enheter, samtal), för korrektionen för ändlig population. Utan den räknas populationen som obegränsad.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>%1: --%2 expects a number, got “%3”</source>
        <translation>%1: --%2 förväntar sig ett tal, fick ”%3”</translation>
    </message>
    <message>
        <source>%1: --%2 expects a whole number, got “%3”</source>
        <translation>%1: --%2 förväntar sig ett heltal, fick ”%3”</translation>
    </message>
    <message>
        <source>%1: --confidence expects 90, 95 or 99, got “%2”</source>
        <translation>%1: --confidence förväntar sig 90, 95 eller 99, fick ”%2”</translation>
    </message>
    <message>
        <source>%1: --confidence must be 90, 95 or 99, not “%2”</source>
        <translation>%1: --confidence måste vara 90, 95 eller 99, inte ”%2”</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2” (see 'shopscope-cli %1 --help')</source>
        <translation>%1: oväntat argument ”%2” (se 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: give either --p for a share or --mean --sd for a mean, not both</source>
        <translation>%1: ange antingen --p för en andel eller --mean --sd för ett medelvärde, inte båda</translation>
    </message>
    <message>
        <source>%1: give --p P for a share or --mean --sd SD for a mean (see 'shopscope-cli %1 --help')</source>
        <translation>%1: ange --p P för en andel eller --mean --sd SD för ett medelvärde (se 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: --mean needs --sd, the standard deviation of the score</source>
        <translation>%1: --mean kräver --sd, resultatets standardavvikelse</translation>
    </message>
    <message>
        <source>%1: --sd is for a mean: add --mean and leave out --p</source>
        <translation>%1: --sd gäller ett medelvärde: lägg till --mean och utelämna --p</translation>
    </message>
    <message>
        <source>%1: give either --n (for the margin) or --moe (for the visits needed), not both</source>
        <translation>%1: ange antingen --n (för felmarginalen) eller --moe (för antalet besök som behövs), inte båda</translation>
    </message>
    <message>
        <source>%1: give --n N for the margin of error or --moe M for the visits needed</source>
        <translation>%1: ange --n N för felmarginalen eller --moe M för antalet besök som behövs</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 procentenheter</translation>
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
        <translation>population %1, korrektion för ändlig population</translation>
    </message>
    <message>
        <source>t = %1 with %2 degrees of freedom</source>
        <translation>t = %1 med %2 frihetsgrader</translation>
    </message>
    <message>
        <source>z = %1</source>
        <translation>z = %1</translation>
    </message>
    <message>
        <source>Margin of error: %1 at %2 % confidence (%3)</source>
        <translation>Felmarginal: %1 vid konfidensnivå %2 % (%3)</translation>
    </message>
    <message>
        <source>Visits needed: %1 for a margin of %2 at %3 % confidence (%4; %5 with %1 visits)</source>
        <translation>Antal besök som behövs: %1 för en felmarginal på %2 vid konfidensnivå %3 % (%4; %5 med %1 besök)</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Select a scenario first.</source>
        <translation>Välj ett scenario först.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Inte kopierat</translation>
    </message>
    <message>
        <source>Copied %1 as %2: edit the copy to make it a variant</source>
        <translation>Kopierade %1 som %2: redigera kopian för att göra den till en variant</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Active (used in new waves)</source>
        <translation>Aktivt (används i nya vågor)</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>e.g. MORTGAGE</source>
        <translation>t.ex. BOLÅN</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Inget än</translation>
    </message>
    <message>
        <source>%1 v%2 (%3)</source>
        <translation>%1 v%2 (%3)</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>fryst</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Frågeformulär:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>A&amp;rvode:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>Shopper profile</source>
        <translation>Testköparprofil</translation>
    </message>
    <message>
        <source>any</source>
        <translation>valfri</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Ålder:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Kö&amp;n:</translation>
    </message>
    <message>
        <source>The shopper must speak every ticked language.</source>
        <translation>Testköparen måste tala alla markerade språk.</translation>
    </message>
    <message>
        <source>Other language code, e.g. ru</source>
        <translation>Annan språkkod, t.ex. ru</translation>
    </message>
    <message>
        <source>Type a language code and press Enter to add it to the list.</source>
        <translation>Skriv en språkkod och tryck på Enter för att lägga till den i listan.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The shopper must carry every tag listed, e.g. customer or has-car.</source>
        <translation>Testköparen måste ha alla taggar i listan, t.ex. customer eller has-car.</translation>
    </message>
    <message>
        <source>New tag, e.g. has-car</source>
        <translation>Ny tagg, t.ex. has-car</translation>
    </message>
    <message>
        <source>Type a tag (tags in use are offered) and press Enter to add it.</source>
        <translation>Skriv en tagg (taggar som redan används föreslås) och tryck på Enter för att lägga till den.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Taggar:</translation>
    </message>
    <message>
        <source>Title and script</source>
        <translation>Titel och manus</translation>
    </message>
    <message>
        <source>The title is required in %1, the programme's source language. A language still to be translated is marked; its fields show the source text.</source>
        <translation>Titeln krävs på %1, programmets källspråk. Ett språk som ännu inte är översatt är markerat; dess fält visar källtexten.</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Manus:</translation>
    </message>
    <message>
        <source>%1 – source</source>
        <translation>%1 – källspråk</translation>
    </message>
    <message>
        <source>%1 – missing</source>
        <translation>%1 – saknas</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation>Inte översatt än</translation>
    </message>
    <message>
        <source>This questionnaire is made for the channel “%1”; it may serve this scenario too.</source>
        <translation>Det här frågeformuläret är gjort för kanalen ”%1”; det kan användas för det här scenariot också.</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>Delete scenario %1</source>
        <translation>Ta bort scenario %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scenario(s)</source>
        <translation>
            <numerusform>Ta bort %n scenario</numerusform>
            <numerusform>Ta bort %n scenarier</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario %1</source>
        <translation>det finns inget scenario %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is played by %n visit(s); make it inactive instead of deleting it</source>
        <translation>
            <numerusform>%1 spelas av %n besök; gör det inaktivt i stället för att ta bort det</numerusform>
            <numerusform>%1 spelas av %n besök; gör det inaktivt i stället för att ta bort det</numerusform>
        </translation>
    </message>
    <message>
        <source>the scenario is played by visits by now and stays</source>
        <translation>scenariot spelas redan av besök och blir kvar</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Lägg till scenario %1</translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation>Redigera scenario %1</translation>
    </message>
    <message>
        <source>Edit scenario %1 (now %2)</source>
        <translation>Redigera scenario %1 (nu %2)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Duplicera scenario %1 som %2</translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>Code: there is no scenario %1 to change</source>
        <translation>Kod: det finns inget scenario %1 att ändra</translation>
    </message>
    <message>
        <source>Code: must not be empty</source>
        <translation>Kod: får inte vara tom</translation>
    </message>
    <message>
        <source>Code: %1 is the code of another scenario</source>
        <translation>Kod: %1 är koden för ett annat scenario</translation>
    </message>
    <message>
        <source>Channel: “%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation>Kanal: ”%1” är ingen kanal; använd visit, call, email, web, social eller audit</translation>
    </message>
    <message numerus="yes">
        <source>Channel: %n visit(s) play this scenario at locations of another channel; it cannot become %1</source>
        <translation>
            <numerusform>Kanal: %n besök spelar det här scenariot på enheter i en annan kanal; det kan inte bli %1</numerusform>
            <numerusform>Kanal: %n besök spelar det här scenariot på enheter i en annan kanal; det kan inte bli %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire: the chosen questionnaire version does not exist (any more)</source>
        <translation>Frågeformulär: den valda versionen av frågeformuläret finns inte (längre)</translation>
    </message>
    <message>
        <source>Fee: must be a number of 0 or more</source>
        <translation>Arvode: måste vara ett tal, 0 eller större</translation>
    </message>
    <message>
        <source>Duration: must be 1 to %1 minutes, not %2</source>
        <translation>Längd: måste vara 1 till %1 minuter, inte %2</translation>
    </message>
    <message>
        <source>Age: must be between %1 and %2, not %3</source>
        <translation>Ålder: måste vara mellan %1 och %2, inte %3</translation>
    </message>
    <message>
        <source>Age: minimum %1 is above maximum %2</source>
        <translation>Ålder: minimum %1 är högre än maximum %2</translation>
    </message>
    <message>
        <source>Gender: must be female, male, other or any, not “%1”</source>
        <translation>Kön: måste vara female, male, other eller any, inte ”%1”</translation>
    </message>
    <message>
        <source>Languages: “%1” is not a language code such as lv or en</source>
        <translation>Språk: ”%1” är ingen språkkod som lv eller en</translation>
    </message>
    <message>
        <source>Tags: “%1” holds a comma; give each tag on its own</source>
        <translation>Taggar: ”%1” innehåller ett kommatecken; ange varje tagg för sig</translation>
    </message>
    <message>
        <source>Title (%1): required in the programme's source language</source>
        <translation>Titel (%1): krävs på programmets källspråk</translation>
    </message>
    <message>
        <source>Title (%1): %1 is not a language of this programme; add it first</source>
        <translation>Titel (%1): %1 är inte ett av programmets språk; lägg till det först</translation>
    </message>
    <message>
        <source>Title (%1): the %1 script needs a title too</source>
        <translation>Titel (%1): manuset på %1 behöver också en titel</translation>
    </message>
</context>
<context>
    <name>ScenariosCommand</name>
    <message>
        <source>any age</source>
        <translation>alla åldrar</translation>
    </message>
    <message>
        <source>aged %1 or more</source>
        <translation>%1 år eller äldre</translation>
    </message>
    <message>
        <source>aged up to %1</source>
        <translation>upp till %1 år</translation>
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation>%1–%2 år</translation>
    </message>
    <message>
        <source>List, show, add, change, duplicate and delete scenarios.</source>
        <translation>Lista, visa, lägg till, ändra, duplicera och ta bort scenarier.</translation>
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
        <translation>Scenarier: de manus som testköparna spelar, med den testköparprofil de kräver och deras arvode.

  list FILE [--json]
  show FILE CODE [--json]
  save FILE --code CODE [--rename NEW] [--channel visit|call|email|web|social|audit]
       [--version QCODE[:N]|none] [--fee X] [--minutes N|none] [--age MIN-MAX|none]
       [--gender female|male|other|any] [--language CODE|none]... [--tag TAG|none]...
       [--title LANG=TEXT]... [--script LANG=TEXT]... [--script-file LANG=PATH]...
       [--active yes|no] [--json]
  duplicate FILE CODE [NEWCODE] [--json]
  delete FILE CODE... [--json]

'save' lägger till scenariot när koden är ny och ändrar det annars; alternativ som inte anges
behåller sitt värde. --language och --tag ersätter hela listan (none tömmer den); ett åldersintervall
kan vara öppet (25- eller -45). En titel krävs på programmets källspråk; andra språk kan
vänta på sin översättning (ett tomt --title LANG= tar bort en titel). Ett scenario som
spelas av besök kan inte tas bort: gör det inaktivt med --active no.</translation>
    </message>
    <message>
        <source>list, show, save, duplicate or delete</source>
        <translation>list, show, save, duplicate eller delete</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>The scenario to add or change.</source>
        <translation>Scenariot som ska läggas till eller ändras.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A new code for the scenario.</source>
        <translation>En ny kod för scenariot.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>visit, call, email, web, social or audit.</source>
        <translation>visit, call, email, web, social eller audit.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>The questionnaire version its reports answer (CODE = the latest), or none.</source>
        <translation>Frågeformulärsversionen som dess rapporter besvarar (CODE = den senaste), eller none.</translation>
    </message>
    <message>
        <source>QCODE:N</source>
        <translation>QCODE:N</translation>
    </message>
    <message>
        <source>What the shopper is paid.</source>
        <translation>Vad testköparen får betalt.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The expected duration in minutes, or none.</source>
        <translation>Den förväntade längden i minuter, eller none.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The shopper's age band, e.g. 25-45, 25- or -45, or none.</source>
        <translation>Testköparens åldersintervall, t.ex. 25-45, 25- eller -45, eller none.</translation>
    </message>
    <message>
        <source>MIN-MAX</source>
        <translation>MIN-MAX</translation>
    </message>
    <message>
        <source>female, male, other or any.</source>
        <translation>female, male, other eller any.</translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation>GENDER</translation>
    </message>
    <message>
        <source>A language the shopper must speak (repeat for more).</source>
        <translation>Ett språk som testköparen måste tala (upprepa för fler).</translation>
    </message>
    <message>
        <source>A tag the shopper must carry (repeat for more).</source>
        <translation>En tagg som testköparen måste ha (upprepa för fler).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>The title in one language.</source>
        <translation>Titeln på ett språk.</translation>
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation>LANG=TEXT</translation>
    </message>
    <message>
        <source>The script in one language.</source>
        <translation>Manuset på ett språk.</translation>
    </message>
    <message>
        <source>The script in one language, read from a UTF-8 file.</source>
        <translation>Manuset på ett språk, läst från en UTF-8-fil.</translation>
    </message>
    <message>
        <source>LANG=PATH</source>
        <translation>LANG=PATH</translation>
    </message>
    <message>
        <source>Whether new waves use it: yes or no.</source>
        <translation>Om nya vågor använder det: yes eller no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>scenarios: expected list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE or delete FILE CODE... (see 'shopscope-cli scenarios --help')</source>
        <translation>scenarios: list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE eller delete FILE CODE... förväntades (se 'shopscope-cli scenarios --help')</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (inaktivt)</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</source>
        <translation>Inga scenarier än. Lägg till ett: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</translation>
    </message>
    <message>
        <source>scenarios show: %1</source>
        <translation>scenarios show: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
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
        <translation>Scenario:       %1%2
Kanal:          %3
Frågeformulär:  %4
Arvode:         %5
Längd:          %6
Testköpare:     %7, %8
Språk:          %9
</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktivt)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>valfritt kön</translation>
    </message>
    <message>
        <source>Tags:           %1
Visits:         %2
</source>
        <translation>Taggar:         %1
Besök:          %2
</translation>
    </message>
    <message>
        <source>
[%1] (missing: not translated yet)
</source>
        <translation>
[%1] (saknas: inte översatt än)
</translation>
    </message>
    <message>
        <source>scenarios save: --%1: %2</source>
        <translation>scenarios save: --%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation>”%1” är ingen kanal; använd visit, call, email, web, social eller audit</translation>
    </message>
    <message>
        <source>“%1” is not a number (write 12.50)</source>
        <translation>”%1” är inget tal (skriv 12.50)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minutes</source>
        <translation>”%1” är inget helt antal minuter</translation>
    </message>
    <message>
        <source>“%1” is not an age band (write 25-45, 25- or -45)</source>
        <translation>”%1” är inget åldersintervall (skriv 25-45, 25- eller -45)</translation>
    </message>
    <message>
        <source>“%1” is not female, male, other or any</source>
        <translation>”%1” är inte female, male, other eller any</translation>
    </message>
    <message>
        <source>“%1” is not LANG=%2</source>
        <translation>”%1” har inte formen LANG=%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>”%1” är varken ja eller nej</translation>
    </message>
    <message>
        <source>scenarios save: --code is missing (the scenario to add or change)</source>
        <translation>scenarios save: --code saknas (scenariot som ska läggas till eller ändras)</translation>
    </message>
    <message>
        <source>scenarios save: nothing saved: %1</source>
        <translation>scenarios save: inget sparades: %1</translation>
    </message>
    <message>
        <source>Added scenario %1</source>
        <translation>Lade till scenario %1</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Sparade scenario %1</translation>
    </message>
    <message>
        <source>scenarios duplicate: nothing copied: %1</source>
        <translation>scenarios duplicate: inget kopierades: %1</translation>
    </message>
    <message>
        <source>Copied scenario %1 as %2</source>
        <translation>Kopierade scenario %1 som %2</translation>
    </message>
    <message>
        <source>scenarios delete: nothing deleted: %1</source>
        <translation>scenarios delete: inget togs bort: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scenario(s): %1</source>
        <translation>
            <numerusform>Tog bort %n scenario: %1</numerusform>
            <numerusform>Tog bort %n scenarier: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreRefresher</name>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score…</source>
        <translation>
            <numerusform>Uppdaterar resultat: %Ln rapport att poängsätta…</numerusform>
            <numerusform>Uppdaterar resultat: %Ln rapporter att poängsätta…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score, %1 %</source>
        <translation>
            <numerusform>Uppdaterar resultat: %Ln rapport att poängsätta, %1 %</numerusform>
            <numerusform>Uppdaterar resultat: %Ln rapporter att poängsätta, %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Results refreshed: %1 reports scored.</source>
        <translation>Resultaten uppdaterade: %1 rapporter poängsatta.</translation>
    </message>
    <message>
        <source>The results could not be refreshed: %1</source>
        <translation>Resultaten kunde inte uppdateras: %1</translation>
    </message>
</context>
<context>
    <name>ScoreStore</name>
    <message>
        <source>report %1: %2</source>
        <translation>rapport %1: %2</translation>
    </message>
    <message>
        <source>no stored scores</source>
        <translation>inga lagrade poäng</translation>
    </message>
    <message>
        <source>scored under other scoring rules</source>
        <translation>poängsatt enligt andra poängregler</translation>
    </message>
    <message>
        <source>visit score %1 stored, %2 computed</source>
        <translation>besökspoäng %1 lagrad, %2 beräknad</translation>
    </message>
    <message>
        <source>section scores differ</source>
        <translation>avsnittspoängen skiljer sig</translation>
    </message>
    <message>
        <source>question scores differ</source>
        <translation>frågepoängen skiljer sig</translation>
    </message>
    <message>
        <source>the answers kept for charts differ from the answers</source>
        <translation>svaren som sparas för diagram skiljer sig från svaren</translation>
    </message>
</context>
<context>
    <name>ScoredVersion</name>
    <message>
        <source>questionnaire version %1 cannot be read: %2</source>
        <translation>frågeformulärsversion %1 kan inte läsas: %2</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Results from the stored scores: mean scores, shares of yes, NPS and distributions by any grouping, with margins of error; rescore every report.</source>
        <translation>Resultat från de lagrade poängen: medelpoäng, andel ja, NPS och fördelningar efter valfri gruppering, med felmarginaler; poängsätt alla rapporter på nytt.</translation>
    </message>
    <message>
        <source>The project file (after rescore for a rescoring).</source>
        <translation>Projektfilen (efter rescore för en ny poängsättning).</translation>
    </message>
    <message>
        <source>Group by these dimensions, comma-separated (default: none).</source>
        <translation>Gruppera efter dessa dimensioner, kommaseparerade (standard: ingen).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Only this wave (its code or name); the same as --filter wave=NAME.</source>
        <translation>Endast den här vågen (dess kod eller namn); samma som --filter wave=NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only reports of this value of a dimension, e.g. region=Rīga (repeatable).</source>
        <translation>Endast rapporter med det här värdet för en dimension, t.ex. region=Rīga (kan upprepas).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSION=VALUE</translation>
    </message>
    <message>
        <source>mean (default), yes, nps or distribution.</source>
        <translation>mean (standard), yes, nps eller distribution.</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MEASURE</translation>
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation>Räkna inskickade rapporter utöver godkända.</translation>
    </message>
    <message>
        <source>The confidence of the margins: 90, 95 (default) or 99.</source>
        <translation>Marginalernas konfidens: 90, 95 (standard) eller 99.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (standard) eller json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print JSON (the same as --format json).</source>
        <translation>Skriv JSON (samma som --format json).</translation>
    </message>
    <message>
        <source>scores: expected FILE [options] or rescore FILE (see 'shopscope-cli scores --help')</source>
        <translation>scores: förväntade FILE [alternativ] eller rescore FILE (se 'shopscope-cli scores --help')</translation>
    </message>
    <message>
        <source>scores: --by: %1</source>
        <translation>scores: --by: %1</translation>
    </message>
    <message>
        <source>scores: --measure must be mean, yes, nps or distribution, not “%1”</source>
        <translation>scores: --measure måste vara mean, yes, nps eller distribution, inte ”%1”</translation>
    </message>
    <message>
        <source>scores: --filter must look like region=Vidzeme with a dimension of --by, not “%1”</source>
        <translation>scores: --filter måste se ut som region=Vidzeme med en dimension från --by, inte ”%1”</translation>
    </message>
    <message>
        <source>scores: --confidence must be 90, 95 or 99, not “%1”</source>
        <translation>scores: --confidence måste vara 90, 95 eller 99, inte ”%1”</translation>
    </message>
    <message>
        <source>scores: --format must be csv or json, not “%1”</source>
        <translation>scores: --format måste vara csv eller json, inte ”%1”</translation>
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
        <translation>Poängsatte %1 på nytt: %2 rapporter från %3 frågeformulärsversion(er), %4 avsnittspoäng, %5 frågepoäng på %6 s</translation>
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
        <translation>Lagret med poängsatta resultat (docs/results.md).

  scores FILE [--by DIMENSIONS] [--wave NAME] [--filter DIMENSION=VALUE]... [--measure MEASURE]
              [--include-pending] [--confidence 90|95|99] [--format csv|json]
  scores rescore FILE [--json]

Dimensioner: wave, country, region, area, location, channel, scenario, competitor, brand, staff, section,
question. Mått: mean (medelresultatet per besök; för varje avsnitt med section, för varje fråga med
question), yes (andelen ja bland ja- och nej-svar för varje ja/nej-fråga), nps (promotorer 9-10
minus kritiker 0-6 för varje NPS-fråga, i poäng), distribution (svar per alternativ eller skalsteg
med question, annars resultat per resultatintervall). Varje värde har sitt underlag n, sin felmarginal och
flaggan för litet underlag (n under programmets gräns för litet underlag). Endast godkända rapporter räknas;
--include-pending lägger till de inskickade. Filtervärden är koder eller namn; upprepa --filter för fler
dimensioner, ange en dimension flera gånger för vilket som helst av dess värden. rescore ersätter varje lagrat resultat
med en ny poängsättning av svaren (en transaktion). Exempel:
  scores demo.shopscope --by wave,region --measure mean --filter channel=visit --format json</translation>
    </message>
</context>
<context>
    <name>ScoringPlan</name>
    <message>
        <source>%1: %2 is not an answer to this question (it accepts %3)</source>
        <translation>%1: %2 är inte ett svar på den här frågan (den accepterar %3)</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>något av: %1</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>en lista med: %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>ett tal från %1 till %2</translation>
    </message>
    <message>
        <source>a date such as 2026-11-22</source>
        <translation>ett datum som 2026-11-22</translation>
    </message>
    <message>
        <source>a time such as 14:30</source>
        <translation>en tid som 14:30</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>no weight</source>
        <translation>ingen vikt</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Vikt:</translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation>Byt namn på avsnitt %1 till %2</translation>
    </message>
    <message>
        <source>Edit the title of %1</source>
        <translation>Redigera rubriken för %1</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>Ändra vikten för %1</translation>
    </message>
</context>
<context>
    <name>ShopperActions</name>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Select a shopper first.</source>
        <translation>Välj en testköpare först.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importera CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <source>Import shoppers</source>
        <translation>Importera testköpare</translation>
    </message>
    <message>
        <source>%1 changes nothing: the panel already holds it.</source>
        <translation>%1 ändrar ingenting: panelen innehåller redan detta.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>Importerade %1: %2 nya, %3 uppdaterade, %4 oförändrade</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inget exporterades</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, with personal data</source>
        <translation>
            <numerusform>Exporterade %n testköpare till %1, med personuppgifter</numerusform>
            <numerusform>Exporterade %n testköpare till %1, med personuppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>Exporterade %n testköpare till %1, utan personuppgifter</numerusform>
            <numerusform>Exporterade %n testköpare till %1, utan personuppgifter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperDialog</name>
    <message>
        <source>&amp;Add a period</source>
        <translation>&amp;Lägg till period</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>Ta &amp;bort period</translation>
    </message>
    <message>
        <source>Add a &amp;location</source>
        <translation>Lägg till e&amp;nhet</translation>
    </message>
    <message>
        <source>Add a &amp;brand</source>
        <translation>Lägg till &amp;varumärke</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>New shopper</source>
        <translation>Ny testköpare</translation>
    </message>
    <message>
        <source>Shopper %1</source>
        <translation>Testköpare %1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>P&amp;ersonal data</source>
        <translation>P&amp;ersonuppgifter</translation>
    </message>
    <message>
        <source>A&amp;vailability</source>
        <translation>T&amp;illgänglighet</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest</source>
        <translation>Int&amp;ressekonflikter</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>Bes&amp;ök</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>the pseudonymous code used everywhere, e.g. S000123</source>
        <translation>den pseudonyma kod som används överallt, t.ex. S000123</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Kö&amp;n:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Födelseår:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>codes such as lv, en, ru</source>
        <translation>koder som lv, en, ru</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Taggar:</translation>
    </message>
    <message>
        <source>e.g. has-car, customer, student</source>
        <translation>t.ex. has-car, customer, student</translation>
    </message>
    <message>
        <source>Tags in use: %1</source>
        <translation>Taggar som används: %1</translation>
    </message>
    <message>
        <source>where the shopper lives</source>
        <translation>där testköparen bor</translation>
    </message>
    <message>
        <source>Home c&amp;ity:</source>
        <translation>Hem&amp;ort:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Home l&amp;atitude:</source>
        <translation>Hemmets &amp;latitud:</translation>
    </message>
    <message>
        <source>Home l&amp;ongitude:</source>
        <translation>Hemmets lon&amp;gitud:</translation>
    </message>
    <message>
        <source>Visits per &amp;wave:</source>
        <translation>Besök per &amp;våg:</translation>
    </message>
    <message>
        <source>Visits per &amp;day:</source>
        <translation>Besök per &amp;dag:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>inget betyg</translation>
    </message>
    <message>
        <source>&amp;Rating (0–5):</source>
        <translation>&amp;Betyg (0–5):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>&amp;Joined the panel:</source>
        <translation>&amp;Med i panelen sedan:</translation>
    </message>
    <message>
        <source>Who the shopper is. This is kept apart from the profile: assignment and analysis use only the code, exports leave it out unless asked for, and clients never see it.</source>
        <translation>Vem testköparen är. Detta hålls åtskilt från profilen: tilldelning och analys använder bara koden, exporter utelämnar det om det inte begärs, och kunder ser det aldrig.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+371 2612 3456</source>
        <translation>+46 70 123 45 67</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Postn&amp;ummer:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Till (inklusive)</translation>
    </message>
    <message>
        <source>Days on which the shopper cannot do visits (holidays, travel), both ends included. Periods that overlap are joined when saved.</source>
        <translation>Dagar då testköparen inte kan göra besök (semester, resor), båda ändpunkterna inräknade. Perioder som överlappar slås ihop när de sparas.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Location code or brand</source>
        <translation>Enhetskod eller varumärke</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Where the shopper must never be sent: a location where family or friends work, or a whole brand they work for or used to. Type a location's code or part of it to choose it.</source>
        <translation>Dit testköparen aldrig får skickas: en enhet där familj eller vänner arbetar, eller ett helt varumärke som testköparen arbetar eller har arbetat för. Skriv en enhets kod eller en del av den för att välja den.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Varumärke</translation>
    </message>
    <message>
        <source>location code</source>
        <translation>enhetskod</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>varumärke</translation>
    </message>
    <message>
        <source>(no such location)</source>
        <translation>(ingen sådan enhet)</translation>
    </message>
    <message>
        <source>e.g. sister works here</source>
        <translation>t.ex. syster arbetar här</translation>
    </message>
</context>
<context>
    <name>ShopperExportDialog</name>
    <message>
        <source>Include &amp;personal data (name, e-mail, phone, address, postcode)</source>
        <translation>Inkludera &amp;personuppgifter (namn, e-post, telefon, adress, postnummer)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Export shoppers</source>
        <translation>Exportera testköpare</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) with their codes, profiles, availability and conflicts of interest: what planning needs, and nothing that tells who they are.</source>
        <translation>
            <numerusform>%n testköpare med kod, profil, tillgänglighet och intressekonflikter: det som planeringen behöver och inget som avslöjar vem det är.</numerusform>
            <numerusform>%n testköpare med koder, profiler, tillgänglighet och intressekonflikter: det som planeringen behöver och inget som avslöjar vilka de är.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will say who the shoppers are and how to reach them. Keep it inside the agency, never send it to a client, and delete it when it has served its purpose (data protection: GDPR, and the ESOMAR and MSPA codes).</source>
        <translation>Filen visar vilka testköparna är och hur de kan nås. Behåll den inom byrån, skicka den aldrig till en kund och radera den när den har tjänat sitt syfte (dataskydd: GDPR samt ESOMAR:s och MSPA:s riktlinjer).</translation>
    </message>
    <message>
        <source>&amp;Export with personal data</source>
        <translation>&amp;Exportera med personuppgifter</translation>
    </message>
</context>
<context>
    <name>ShopperFields</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Visits per wave</source>
        <translation>Besök per våg</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Besök per dag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Ej tillgänglig</translation>
    </message>
    <message>
        <source>Conflicting locations</source>
        <translation>Enheter med intressekonflikt</translation>
    </message>
    <message>
        <source>Conflicting brands</source>
        <translation>Varumärken med intressekonflikt</translation>
    </message>
</context>
<context>
    <name>ShopperImport</name>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation>%1 har problem; inget importerades</translation>
    </message>
    <message>
        <source>%1 holds no shopper to import</source>
        <translation>%1 innehåller ingen testköpare att importera</translation>
    </message>
    <message>
        <source>Import shoppers from %1</source>
        <translation>Importera testköpare från %1</translation>
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation>ingen kolumn är vald för %1</translation>
    </message>
    <message>
        <source>%1 and %2 are imported together: choose a column for both or for neither</source>
        <translation>%1 och %2 importeras tillsammans: välj en kolumn för båda eller för ingen</translation>
    </message>
    <message>
        <source>the shopper code is empty</source>
        <translation>testköparkoden är tom</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>koden %1 finns redan på rad %2</translation>
    </message>
    <message>
        <source>“%1” is not a year of birth (such as 1987, or a date)</source>
        <translation>”%1” är inget födelseår (som 1987, eller ett datum)</translation>
    </message>
    <message>
        <source>“%1” is not a gender (female, male or other)</source>
        <translation>”%1” är inget kön (kvinna, man eller annat)</translation>
    </message>
    <message>
        <source>“%1” is not a status (active, paused or blocked)</source>
        <translation>”%1” är ingen status (aktiv, pausad eller blockerad)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of visits</source>
        <translation>”%1” är inget helt antal besök</translation>
    </message>
    <message>
        <source>“%1” is not a rating (a number from 0 to 5%2)</source>
        <translation>”%1” är inget betyg (ett tal från 0 till 5%2)</translation>
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation>, med decimalkomma</translation>
    </message>
    <message>
        <source>“%1” is not a date (2024-03-01 or 01.03.2024)</source>
        <translation>”%1” är inget datum (2024-03-01 eller 01.03.2024)</translation>
    </message>
    <message>
        <source>“%1” is not a list of periods (2026-07-01..2026-07-14, 2026-12-24)</source>
        <translation>”%1” är ingen lista med perioder (2026-07-01..2026-07-14, 2026-12-24)</translation>
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>det finns ingen enhet %1 i programmet</translation>
    </message>
    <message>
        <source>the file holds no shoppers</source>
        <translation>filen innehåller inga testköpare</translation>
    </message>
</context>
<context>
    <name>ShopperImportDialog</name>
    <message>
        <source>Import shoppers from %1</source>
        <translation>Importera testköpare från %1</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1 (personuppgift)</translation>
    </message>
    <message numerus="yes">
        <source>%n new shopper(s)</source>
        <translation>
            <numerusform>%n ny testköpare</numerusform>
            <numerusform>%n nya testköpare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n uppdaterad via koden</numerusform>
            <numerusform>%n uppdaterade via koden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperPickerDialog</name>
    <message>
        <source>Assign visit %1 by hand</source>
        <translation>Tilldela besök %1 manuellt</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testköpare</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hemort</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Visits in the wave</source>
        <translation>Besök i vågen</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Why by hand (kept in the visit's history)</source>
        <translation>Varför manuellt (sparas i besökets historik)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>any day of the wave</source>
        <translation>vilken dag som helst i vågen</translation>
    </message>
    <message>
        <source>Who carries out visit %1 at &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenario %5, %6?</source>
        <translation>Vem genomför besök %1 på &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenario %5, %6?</translation>
    </message>
    <message>
        <source>Now with %1.</source>
        <translation>Nu hos %1.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbetsbelastning</translation>
    </message>
    <message>
        <source>The engine's cost of this choice in points: travel, fee, workload, rating and region manager terms (docs/assignment.md).</source>
        <translation>Motorns kostnad för det här valet i poäng: resa, arvode, arbetsbelastning, betyg och regionchef (docs/assignment.md).</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>på distans</translation>
    </message>
    <message>
        <source>Search by code or city; a code not listed says why</source>
        <translation>Sök på kod eller ort; en kod som inte listas säger varför</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shopper(s) may take this visit under the programme's rules, cheapest first.</source>
        <translation>
            <numerusform>%Ln testköpare får ta det här besöket enligt programmets regler, billigast först.</numerusform>
            <numerusform>%Ln testköpare får ta det här besöket enligt programmets regler, billigast först.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has this visit already.</source>
        <translation>%1 har redan det här besöket.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 may not take this visit:&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 får inte ta det här besöket:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a shopper; what the choice weighs against shows here.</source>
        <translation>Välj en testköpare; det som talar emot valet visas här.</translation>
    </message>
    <message>
        <source>%1: %2 points.</source>
        <translation>%1: %2 poäng.</translation>
    </message>
    <message>
        <source>Keeps every rule and costs the least.</source>
        <translation>Följer alla regler och kostar minst.</translation>
    </message>
</context>
<context>
    <name>ShopperStore</name>
    <message numerus="yes">
        <source>%1 has %n visit(s); pause or block the shopper instead of deleting</source>
        <translation>
            <numerusform>%1 har %n besök; pausa eller spärra testköparen i stället för att ta bort</numerusform>
            <numerusform>%1 har %n besök; pausa eller spärra testköparen i stället för att ta bort</numerusform>
        </translation>
    </message>
    <message>
        <source>shopper %1: %2</source>
        <translation>testköpare %1: %2</translation>
    </message>
    <message>
        <source>shopper %1 is in use by now and stays</source>
        <translation>testköpare %1 används redan och blir kvar</translation>
    </message>
    <message>
        <source>Add shopper %1</source>
        <translation>Lägg till testköpare %1</translation>
    </message>
    <message>
        <source>Edit shopper %1</source>
        <translation>Redigera testköpare %1</translation>
    </message>
    <message>
        <source>Edit shopper %1 (now %2)</source>
        <translation>Redigera testköpare %1 (nu %2)</translation>
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation>det finns ingen testköpare %1</translation>
    </message>
    <message>
        <source>Delete shopper %1</source>
        <translation>Ta bort testköpare %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shopper(s)</source>
        <translation>
            <numerusform>Ta bort %n testköpare</numerusform>
            <numerusform>Ta bort %n testköpare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperValidator</name>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters</source>
        <translation>”%1…” är längre än %2 tecken</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are kept</source>
        <translation>är %1 tecken lång; högst %2 behålls</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>”%1” är ingen e-postadress</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (digits, spaces and + ( ) - . / only)</source>
        <translation>”%1” är inget telefonnummer (endast siffror, mellanslag och + ( ) - . /)</translation>
    </message>
    <message>
        <source>must be from %1 to %2 (shoppers are %3 or older), not %4</source>
        <translation>måste vara från %1 till %2 (testköpare är minst %3 år), inte %4</translation>
    </message>
    <message>
        <source>must be female, male, other or not given, not “%1”</source>
        <translation>måste vara kvinna, man, annat eller inte angivet, inte ”%1”</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as lv or en</source>
        <translation>”%1” är ingen språkkod som lv eller en</translation>
    </message>
    <message>
        <source>“%1” holds a comma or semicolon; give each tag on its own</source>
        <translation>”%1” innehåller kommatecken eller semikolon; ange varje tagg för sig</translation>
    </message>
    <message>
        <source>“%1…” is longer than 60 characters</source>
        <translation>”%1…” är längre än 60 tecken</translation>
    </message>
    <message>
        <source>a home needs both latitude and longitude, or neither</source>
        <translation>ett hem kräver både latitud och longitud, eller ingen av dem</translation>
    </message>
    <message>
        <source>must be from -90 to 90, not %1</source>
        <translation>måste vara från -90 till 90, inte %1</translation>
    </message>
    <message>
        <source>must be from -180 to 180, not %1</source>
        <translation>måste vara från -180 till 180, inte %1</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1, not %2</source>
        <translation>måste vara ett heltal från 0 till %1, inte %2</translation>
    </message>
    <message>
        <source>must be active, paused or blocked, not “%1”</source>
        <translation>måste vara aktiv, pausad eller spärrad, inte ”%1”</translation>
    </message>
    <message>
        <source>must be from 0 to 5, not %1</source>
        <translation>måste vara från 0 till 5, inte %1</translation>
    </message>
    <message>
        <source>a period needs a first and a last day</source>
        <translation>en period kräver en första och en sista dag</translation>
    </message>
    <message>
        <source>%1 to %2 ends before it starts</source>
        <translation>%1 till %2 slutar innan den börjar</translation>
    </message>
    <message>
        <source>two periods start on %1</source>
        <translation>två perioder börjar den %1</translation>
    </message>
    <message>
        <source>a conflict of interest is with one location or one brand</source>
        <translation>en intressekonflikt gäller en enhet eller ett varumärke</translation>
    </message>
    <message>
        <source>there is no shopper %1 to change</source>
        <translation>det finns ingen testköpare %1 att ändra</translation>
    </message>
    <message>
        <source>%1 is the code of another shopper</source>
        <translation>%1 är koden för en annan testköpare</translation>
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>det finns ingen enhet %1 i programmet</translation>
    </message>
</context>
<context>
    <name>ShopperWriter</name>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>det finns ingen enhet %1 i programmet</translation>
    </message>
</context>
<context>
    <name>ShoppersCommand</name>
    <message>
        <source>List and show the shopper panel with visit histories; import it from a CSV file, or export it.</source>
        <translation>Lista och visa testköparpanelen med besökshistorik; importera den från en CSV-fil eller exportera den.</translation>
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
        <translation>Testköparpanelen i ett program.

  list FILE [--status S] [--city C] [--language L] [--tag T] [--search TEXT] [--json]
  show FILE CODE [--json]            en testköpare med personuppgifter, tillgänglighet, konflikter och besök
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--json]
  export FILE [OUT.csv] [-o OUT.csv] [--personal] [--delimiter CHAR] [--excel]

Exporten utelämnar personuppgifter (namn, e-post, telefon, adress, postnummer) om inte --personal
begär dem: en fil med namn får bara hamna där dataskyddet tillåter det.
Teckenkodningen, avgränsaren och rubrikraden identifieras automatiskt; kolumnerna matchas efter sina
rubriker (på engelska, svenska, norska, lettiska eller polska) om inte --map anger dem, t.ex.
--map code=Kods,name=Vārds uzvārds. Fält: %1.
Listor (språk, taggar, konflikter) avgränsas med kommatecken; datum då testköparen inte är tillgänglig
anges som perioder, t.ex. 2026-07-01..2026-07-14, 2026-12-24. Varje problem listas med rad och
kolumn och inget skrivs, om inte --valid-rows importerar raderna utan problem. En kod som redan finns
uppdateras i de kolumner som filen har i stället för att dupliceras.</translation>
    </message>
    <message>
        <source>list, show, import or export</source>
        <translation>list, show, import eller export</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>export: include personal data (name, e-mail, phone, address, postcode).</source>
        <translation>export: inkludera personuppgifter (namn, e-post, telefon, adress, postnummer).</translation>
    </message>
    <message>
        <source>list: only shoppers with this status (active, paused, blocked).</source>
        <translation>list: endast testköpare med den här statusen (active, paused, blocked).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>list: only shoppers living in this city.</source>
        <translation>list: endast testköpare som bor på den här orten.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>list: only shoppers speaking this language (a code such as lv).</source>
        <translation>list: endast testköpare som talar det här språket (en kod som lv).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>list: only shoppers with this tag.</source>
        <translation>list: endast testköpare med den här taggen.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>list: only shoppers whose code, name, city or e-mail contains TEXT.</source>
        <translation>list: endast testköpare vars kod, namn, ort eller e-post innehåller TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>shoppers export: give the output file once, as OUT or with -o</source>
        <translation>shoppers export: ange utdatafilen en gång, som OUT eller med -o</translation>
    </message>
    <message>
        <source>shoppers: expected 'list FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE [OUT]' (see 'shopscope-cli shoppers --help')</source>
        <translation>shoppers: 'list FILE', 'show FILE CODE', 'import FILE CSV' eller 'export FILE [OUT]' förväntades (se 'shopscope-cli shoppers --help')</translation>
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
            <numerusform>Exporterade %n testköpare till %1, med personuppgifter</numerusform>
            <numerusform>Exporterade %n testköpare till %1, med personuppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>Exporterade %n testköpare till %1, utan personuppgifter</numerusform>
            <numerusform>Exporterade %n testköpare till %1, utan personuppgifter</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers list: --status must be active, paused or blocked, not “%1”</source>
        <translation>shoppers list: --status måste vara active, paused eller blocked, inte ”%1”</translation>
    </message>
    <message>
        <source>shoppers list: %1: %2</source>
        <translation>shoppers list: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shopper(s)</source>
        <translation>
            <numerusform>%1 av %n testköpare</numerusform>
            <numerusform>%1 av %n testköpare</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers show: %1: %2</source>
        <translation>shoppers show: %1: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Conflicts of interest:</source>
        <translation>Intressekonflikter:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>brand %1</source>
        <translation>varumärke %1</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>enhet %1</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- och textfiler (*.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan inte importera</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing changed.</source>
        <translation>Importen av %1 avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Inget importerades</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search %1…</source>
        <translation>Sök %1…</translation>
    </message>
    <message>
        <source>Nothing here yet: this programme has no %1.</source>
        <translation>Här finns inget än: programmet har inga %1.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>Inga %1 matchar ”%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rad</numerusform>
            <numerusform>%Ln rader</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 match the filters.</source>
        <translation>Inga %1 matchar filtren.</translation>
    </message>
    <message>
        <source>No %1 match “%2” with these filters.</source>
        <translation>Inga %1 matchar ”%2” med dessa filter.</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 av %2 matchar</translation>
    </message>
</context>
<context>
    <name>TranslationTable</name>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Translate %1</source>
        <translation>Översätt %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Missing %1 text</source>
        <translation>Text på %1 saknas</translation>
    </message>
    <message>
        <source>%1 (section)</source>
        <translation>%1 (avsnitt)</translation>
    </message>
    <message>
        <source>%1 help</source>
        <translation>Hjälp för %1</translation>
    </message>
    <message>
        <source>All texts are there</source>
        <translation>Alla texter finns</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing</source>
        <translation>
            <numerusform>%n text saknas</numerusform>
            <numerusform>%n texter saknas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitAction</name>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation>ett besök har tagits bort under tiden</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>det finns inget besök %1</translation>
    </message>
    <message>
        <source>no visit chosen</source>
        <translation>inget besök valt</translation>
    </message>
    <message>
        <source>%1: visit %2</source>
        <translation>%1: besök %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n besök</numerusform>
            <numerusform>%1: %n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 was carried out already; its shopper stays</source>
        <translation>besök %1 har redan genomförts; testköparen står kvar</translation>
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation>det finns ingen testköpare %1</translation>
    </message>
    <message>
        <source>visit %1 is with %2 already</source>
        <translation>besök %1 är redan tilldelat %2</translation>
    </message>
    <message>
        <source>Assign visit %1 to %2</source>
        <translation>Tilldela besök %1 till %2</translation>
    </message>
    <message>
        <source>visit %1 has no shopper to swap</source>
        <translation>besök %1 har ingen testköpare att byta</translation>
    </message>
    <message>
        <source>visits %1 and %2 have the same shopper</source>
        <translation>besök %1 och %2 har samma testköpare</translation>
    </message>
    <message>
        <source>swapped with visit %1</source>
        <translation>bytt med besök %1</translation>
    </message>
    <message>
        <source>Swap the shoppers of visits %1 and %2</source>
        <translation>Byt testköpare mellan besök %1 och %2</translation>
    </message>
    <message>
        <source>Accepted by the shopper</source>
        <translation>Accepterat av testköparen</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Besöket genomfört</translation>
    </message>
    <message>
        <source>Back to the pool (shopper dropped out)</source>
        <translation>Tillbaka till poolen (testköparen hoppade av)</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Ställ in besöket</translation>
    </message>
    <message>
        <source>Reinstate the visit</source>
        <translation>Återinför besöket</translation>
    </message>
    <message>
        <source>Lock the shopper</source>
        <translation>Lås testköparen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>visit %1 is %2: %3</source>
        <translation>besök %1 är %2: %3</translation>
    </message>
    <message>
        <source>only an assigned visit can be accepted</source>
        <translation>endast ett tilldelat besök kan accepteras</translation>
    </message>
    <message>
        <source>only an assigned or accepted visit can be done</source>
        <translation>endast ett tilldelat eller accepterat besök kan markeras som genomfört</translation>
    </message>
    <message>
        <source>only an assigned or accepted visit can go back to the pool</source>
        <translation>endast ett tilldelat eller accepterat besök kan gå tillbaka till poolen</translation>
    </message>
    <message>
        <source>a visit that was carried out cannot be cancelled</source>
        <translation>ett besök som har genomförts kan inte ställas in</translation>
    </message>
    <message>
        <source>only a cancelled visit can be reinstated</source>
        <translation>endast ett inställt besök kan återinföras</translation>
    </message>
    <message>
        <source>visit %1 is locked already</source>
        <translation>besök %1 är redan låst</translation>
    </message>
    <message>
        <source>only a visit with a shopper can be locked</source>
        <translation>endast ett besök med testköpare kan låsas</translation>
    </message>
    <message>
        <source>visit %1 is not locked</source>
        <translation>besök %1 är inte låst</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Assign by hand…</source>
        <translation>Tilldela manuellt…</translation>
    </message>
    <message>
        <source>Swap shoppers</source>
        <translation>Byt testköpare</translation>
    </message>
    <message>
        <source>Fieldwork status</source>
        <translation>Fältarbetsstatus</translation>
    </message>
    <message>
        <source>Export fieldwork lists…</source>
        <translation>Exportera fältarbetslistor…</translation>
    </message>
    <message>
        <source>Why (kept in the visits' history):</source>
        <translation>Varför (sparas i besökens historik):</translation>
    </message>
    <message>
        <source>Select one or more visits first.</source>
        <translation>Välj ett eller flera besök först.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Inget ändrades: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n besök</numerusform>
            <numerusform>%1: %n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign by hand</source>
        <translation>Tilldela manuellt</translation>
    </message>
    <message>
        <source>Select one visit first.</source>
        <translation>Välj ett besök först.</translation>
    </message>
    <message>
        <source>Select exactly two visits whose shoppers should change places.</source>
        <translation>Välj exakt två besök vars testköpare ska byta plats.</translation>
    </message>
    <message>
        <source>Export fieldwork lists</source>
        <translation>Exportera fältarbetslistor</translation>
    </message>
    <message>
        <source>Choose a wave in the filter, or select one of its visits.</source>
        <translation>Välj en våg i filtret eller markera ett av dess besök.</translation>
    </message>
    <message>
        <source>Folder for the fieldwork lists</source>
        <translation>Mapp för fältarbetslistorna</translation>
    </message>
    <message>
        <source>The lists were not written: %1</source>
        <translation>Listorna skrevs inte: %1</translation>
    </message>
    <message>
        <source>Writing the shoppers' lists of %1…</source>
        <translation>Skriver testköparnas listor för %1…</translation>
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation>Besök för %1 i %2</translation>
    </message>
    <message>
        <source>Export of the fieldwork lists of %1 cancelled; the files written so far stay in %2</source>
        <translation>Exporten av fältarbetslistorna för %1 avbröts; de filer som redan skrivits finns kvar i %2</translation>
    </message>
    <message numerus="yes">
        <source>Fieldwork sheet and the lists of %n shopper(s) written to %1</source>
        <translation>
            <numerusform>Fältarbetsbladet och listan för %n testköpare skrevs till %1</numerusform>
            <numerusform>Fältarbetsbladet och listorna för %n testköpare skrevs till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-assign…</source>
        <translation>Tilldela automatiskt…</translation>
    </message>
    <message>
        <source>No explanation: %1.</source>
        <translation>Ingen förklaring: %1.</translation>
    </message>
    <message>
        <source>A cancelled visit gets no shopper.</source>
        <translation>Ett inställt besök får ingen testköpare.</translation>
    </message>
    <message>
        <source>Shoppers assigned automatically; Undo takes the whole run back.</source>
        <translation>Testköpare tilldelade automatiskt; Ångra tar tillbaka hela körningen.</translation>
    </message>
    <message>
        <source>The rules allow this choice, but:</source>
        <translation>Reglerna tillåter det här valet, men:</translation>
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation>Fortsätta ändå?</translation>
    </message>
    <message>
        <source>visit %1 is cancelled</source>
        <translation>besök %1 är inställt</translation>
    </message>
    <message>
        <source>%1 may not take visit %2:
%3

Nothing changed.</source>
        <translation>%1 får inte ta besök %2:
%3

Inget ändrades.</translation>
    </message>
    <message>
        <source>Visit %1 assigned to %2 by hand</source>
        <translation>Besök %1 tilldelat %2 för hand</translation>
    </message>
    <message>
        <source>The shoppers of visits %1 and %2 may not change places:
%3

Nothing changed.</source>
        <translation>Testköparna för besök %1 och %2 får inte byta plats:
%3

Inget ändrades.</translation>
    </message>
    <message>
        <source>Enter report…</source>
        <translation>Mata in rapport…</translation>
    </message>
    <message>
        <source>Type the selected visit's report from the shopper's paper or e-mail (Ctrl+E)</source>
        <translation>Skriv in det valda besökets rapport från testköparens pappersformulär eller e-post (Ctrl+E)</translation>
    </message>
    <message>
        <source>Report of visit %1 saved; Undo takes it back.</source>
        <translation>Rapporten för besök %1 har sparats; Ångra tar tillbaka den.</translation>
    </message>
</context>
<context>
    <name>VisitDetailPanel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testköpare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historik&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a visit to see who carries it out and its history.</source>
        <translation>Markera ett besök för att se vem som genomför det och dess historik.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Besök %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Scenario %1, %2 %3</source>
        <translation>Scenario %1, %2 %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>shopper %1 (%2), %3</source>
        <translation>testköpare %1 (%2), %3</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tilldelning&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why this shopper, or why none?</source>
        <translation>Varför den här testköparen, eller varför ingen?</translation>
    </message>
</context>
<context>
    <name>VisitGenerator</name>
    <message numerus="yes">
        <source>Generate %n visit(s) for %1</source>
        <translation>
            <numerusform>Generera %n besök för %1</numerusform>
            <numerusform>Generera %n besök för %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since the preview; generate again</source>
        <translation>besöken i våg %1 har ändrats sedan förhandsgranskningen; generera igen</translation>
    </message>
    <message>
        <source>some generated visits of wave %1 are gone already</source>
        <translation>några genererade besök i våg %1 finns inte längre</translation>
    </message>
    <message>
        <source>wave %1 already has every visit the plan asks for</source>
        <translation>våg %1 har redan alla besök som planen kräver</translation>
    </message>
    <message>
        <source>wave %1 is %2: a closed wave takes no new visits</source>
        <translation>våg %1 har status %2: en stängd våg tar inte emot nya besök</translation>
    </message>
    <message>
        <source>the programme has no active scenario to plan</source>
        <translation>programmet har inget aktivt scenario att planera</translation>
    </message>
    <message>
        <source>scenarios.codes: no scenario has the code “%1”</source>
        <translation>scenarios.codes: inget scenario har koden ”%1”</translation>
    </message>
    <message>
        <source>scenarios.codes: scenario %1 is inactive</source>
        <translation>scenarios.codes: scenario %1 är inaktivt</translation>
    </message>
    <message>
        <source>locations.regions: no region is named “%1”</source>
        <translation>locations.regions: ingen region heter ”%1”</translation>
    </message>
    <message>
        <source>no location matches the plan's location rules</source>
        <translation>ingen enhet matchar planens enhetsregler</translation>
    </message>
    <message numerus="yes">
        <source>%n kept visit(s) are at locations outside these rules and stay as they are</source>
        <translation>
            <numerusform>%n behållet besök finns på en enhet utanför dessa regler och lämnas som det är</numerusform>
            <numerusform>%n behållna besök finns på enheter utanför dessa regler och lämnas som de är</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps %2 visits where the plan asks for %3</source>
        <translation>%1 behåller %2 besök där planen kräver %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is never open during wave %3, but the plan asks for %n visit(s) there</source>
        <translation>
            <numerusform>%1 %2 är aldrig öppen under våg %3, men planen kräver %n besök där</numerusform>
            <numerusform>%1 %2 är aldrig öppen under våg %3, men planen kräver %n besök där</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the plan asks for %3 visits but its opening hours allow only %4 in wave %5</source>
        <translation>%1 %2: planen kräver %3 besök men öppettiderna tillåter bara %4 i våg %5</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) have no scenario of the plan for their channel: %1</source>
        <translation>
            <numerusform>%n enhet har inget av planens scenarier för sin kanal: %1</numerusform>
            <numerusform>%n enheter har inget av planens scenarier för sin kanal: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>%1 % of the visits on %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation>%1 % av besöken på %2 kräver %3 besök, men enheternas öppettider tillåter högst %4</translation>
    </message>
    <message>
        <source>%1 % of the visits in the %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation>%1 % av besöken under tiden %2 kräver %3 besök, men enheternas öppettider tillåter högst %4</translation>
    </message>
    <message>
        <source>the weekday quotas leave %1 visits for the other days, but the locations are open for at most %2 of them on those days</source>
        <translation>veckodagskvoterna lämnar %1 besök till övriga dagar, men enheterna är öppna för högst %2 av dem de dagarna</translation>
    </message>
    <message>
        <source>%1 %2 has no free opening hours left for its visits in wave %3</source>
        <translation>%1 %2 har inga lediga öppettider kvar för sina besök i våg %3</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>there is no shopper %1</source>
        <translation>det finns ingen testköpare %1</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>det finns ingen enhet %1</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Inga besök än</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besök</numerusform>
            <numerusform>%n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>, the last on %1</source>
        <translation>, det senaste %1</translation>
    </message>
    <message>
        <source>, average score %1</source>
        <translation>, genomsnittligt resultat %1</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Visited on %1</source>
        <translation>Besökt %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Planerat till %1</translation>
    </message>
    <message>
        <source>(no shopper)</source>
        <translation>(ingen testköpare)</translation>
    </message>
    <message>
        <source>Taken off (now %1)</source>
        <translation>Borttagen (nu %1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Våg</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testköpare</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>VisitHistoryPrinter</name>
    <message>
        <source>Visits: %1</source>
        <translation>Besök: %1</translation>
    </message>
    <message>
        <source>(no shopper)</source>
        <translation>(ingen testköpare)</translation>
    </message>
    <message>
        <source>taken off (now %1)</source>
        <translation>borttagen (nu %1)</translation>
    </message>
</context>
<context>
    <name>VisitHistoryView</name>
    <message>
        <source>No visits yet: the history starts once this one is saved and given visits.</source>
        <translation>Inga besök än: historiken börjar när den här har sparats och fått besök.</translation>
    </message>
</context>
<context>
    <name>VisitsCommand</name>
    <message>
        <source>List visits; accept, finish, cancel, return to the pool, lock or assign them by hand; their history.</source>
        <translation>Lista besök; acceptera, slutför, ställ in, lämna tillbaka till poolen, lås eller tilldela dem manuellt; deras historik.</translation>
    </message>
    <message>
        <source>list, set, assign, swap or history</source>
        <translation>list, set, assign, swap eller history</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Only the visits of this wave (code or name).</source>
        <translation>Endast besöken i den här vågen (kod eller namn).</translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WAVE</translation>
    </message>
    <message>
        <source>Only visits with this status.</source>
        <translation>Endast besök med den här statusen.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>accept, done, return, cancel, reinstate, lock or unlock.</source>
        <translation>accept, done, return, cancel, reinstate, lock eller unlock.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>The shopper's code.</source>
        <translation>Testköparens kod.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why (kept in the visit's history).</source>
        <translation>Varför (sparas i besökets historik).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>visits: expected list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID or history FILE ID (see 'shopscope-cli visits --help')</source>
        <translation>visits: förväntade list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID eller history FILE ID (se 'shopscope-cli visits --help')</translation>
    </message>
    <message>
        <source>visits list: %1: %2</source>
        <translation>visits list: %1: %2</translation>
    </message>
    <message>
        <source>visits list: --status: “%1” is not a visit status (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</source>
        <translation>visits list: --status: ”%1” är ingen besöksstatus (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</translation>
    </message>
    <message>
        <source>visits list: %1: cannot read the visits</source>
        <translation>visits list: %1: kan inte läsa besöken</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (låst)</translation>
    </message>
    <message>
        <source>No visits match.</source>
        <translation>Inga besök matchar.</translation>
    </message>
    <message>
        <source>visits set: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation>visits set: ”%1” är ingen lista med besöksnummer (t.ex. 12,15,18)</translation>
    </message>
    <message>
        <source>visits set: --action: expected accept, done, return, cancel, reinstate, lock or unlock</source>
        <translation>visits set: --action: förväntade accept, done, return, cancel, reinstate, lock eller unlock</translation>
    </message>
    <message>
        <source>visits set: %1: %2; nothing changed</source>
        <translation>visits set: %1: %2; inget ändrades</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n besök</numerusform>
            <numerusform>%1: %n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: “%1” is not a visit number</source>
        <translation>visits assign: ”%1” är inget besöksnummer</translation>
    </message>
    <message>
        <source>visits assign: --shopper CODE is required</source>
        <translation>visits assign: --shopper CODE krävs</translation>
    </message>
    <message>
        <source>visits assign: %1: %2; nothing changed</source>
        <translation>visits assign: %1: %2; inget ändrades</translation>
    </message>
    <message>
        <source>Visit %1 assigned to %2</source>
        <translation>Besök %1 tilldelat %2</translation>
    </message>
    <message>
        <source>visits swap: expected two visit numbers</source>
        <translation>visits swap: förväntade två besöksnummer</translation>
    </message>
    <message>
        <source>visits swap: %1: %2; nothing changed</source>
        <translation>visits swap: %1: %2; inget ändrades</translation>
    </message>
    <message>
        <source>Visits %1 and %2 swapped their shoppers</source>
        <translation>Besök %1 och %2 bytte testköpare</translation>
    </message>
    <message>
        <source>visits history: “%1” is not a visit number</source>
        <translation>visits history: ”%1” är inget besöksnummer</translation>
    </message>
    <message>
        <source>visits history: %1: there is no visit %2</source>
        <translation>visits history: %1: det finns inget besök %2</translation>
    </message>
    <message>
        <source>Visit %1 has no history yet.</source>
        <translation>Besök %1 har ingen historik än.</translation>
    </message>
    <message>
        <source>The folder the fieldwork lists go to.</source>
        <translation>Mappen som fältarbetslistorna skrivs till.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>visits history: %1: cannot read the history of visit %2</source>
        <translation>visits history: %1: kan inte läsa historiken för besök %2</translation>
    </message>
    <message>
        <source>visits export: --wave and --out FOLDER are required</source>
        <translation>visits export: --wave och --out FOLDER krävs</translation>
    </message>
    <message>
        <source>visits export: cannot create the folder %1</source>
        <translation>visits export: kan inte skapa mappen %1</translation>
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
        <translation>visits export: kan inte skriva %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: fieldwork sheet and the lists of %n shopper(s) written to %2</source>
        <translation>
            <numerusform>%1: fältarbetsbladet och listan för %n testköpare skrevs till %2</numerusform>
            <numerusform>%1: fältarbetsbladet och listorna för %n testköpare skrevs till %2</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: %1: visit %2 cannot go to %3: %4; nothing changed</source>
        <translation>visits assign: %1: besök %2 kan inte gå till %3: %4; inget ändrades</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>visits swap: %1: visit %2 cannot change its shopper: %3; nothing changed</source>
        <translation>visits swap: %1: besök %2 kan inte byta testköpare: %3; inget ändrades</translation>
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
        <translation>Besök under fältarbetet.

  list FILE [--wave CODE|NAME] [--status STATUS] [--json]
  set FILE ID[,ID...] --action accept|done|return|cancel|reinstate|lock|unlock [--note TEXT]
  assign FILE ID --shopper CODE [--note TEXT] [--json]
  swap FILE ID ID [--json]
  history FILE ID [--json]
  export FILE --wave CODE|NAME --out FOLDER [--json]
  review FILE ID[,ID...] --approve | --send-back --reason TEXT [--by NAME] [--json]

'review' godkänner inskickade rapporter (de räknas i resultaten) eller skickar inskickade eller godkända
tillbaka till testköparen med ett skäl (besöket blir då 'rejected'); varje beslut sparas
med vem som fattade det (--by, annars kontonamnet) och syns i besökets historik.
'export' skriver vågens fältarbetsblad (varje besök, status, testköparkod), testköparnas
listor i en CSV-fil och varje testköpares lista med scenariernas instruktioner som en sida att skriva ut.
'return' skickar ett besök vars testköpare har hoppat av tillbaka till poolen (planerat, ingen testköpare);
ett låst besök behåller sin testköpare när tilldelningen körs igen. 'assign' och 'swap' kontrollerar
programmets tilldelningsregler: en hård regel (avstånd, profil, karens, kapacitet, jäv,
tillgänglighet, status) avvisar valet med sitt skäl; en mjuk (kostnad, arbetsbelastning, betyg)
skriver en varning. Varje ändring är ett steg som
fönstret kan ångra och lämnar en händelse i besökets historik. Allt eller inget: när ett av
besöken inte tillåter åtgärden ändras inget.</translation>
    </message>
    <message>
        <source>review: approve the reports.</source>
        <translation>review: godkänn rapporterna.</translation>
    </message>
    <message>
        <source>review: send the reports back to their shoppers.</source>
        <translation>review: skicka tillbaka rapporterna till deras testköpare.</translation>
    </message>
    <message>
        <source>review: why the reports go back (required with --send-back).</source>
        <translation>review: varför rapporterna skickas tillbaka (krävs med --send-back).</translation>
    </message>
    <message>
        <source>review: who decides (default: the account name).</source>
        <translation>review: vem som beslutar (standard: kontonamnet).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>visits review: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation>visits review: ”%1” är inte en lista med besöksnummer (t.ex. 12,15,18)</translation>
    </message>
    <message>
        <source>visits review: give either --approve or --send-back</source>
        <translation>visits review: ange antingen --approve eller --send-back</translation>
    </message>
    <message>
        <source>visits review: --send-back needs --reason TEXT for the shopper</source>
        <translation>visits review: --send-back kräver --reason TEXT till testköparen</translation>
    </message>
    <message>
        <source>visits review: %1: %2; nothing changed</source>
        <translation>visits review: %1: %2; inget ändrades</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Godkänd: %n rapport</numerusform>
            <numerusform>Godkända: %n rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Skickad tillbaka: %n rapport</numerusform>
            <numerusform>Skickade tillbaka: %n rapporter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveActions</name>
    <message>
        <source>New waves…</source>
        <translation>Nya vågor…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Ange status</translation>
    </message>
    <message>
        <source>No waves created</source>
        <translation>Inga vågor skapades</translation>
    </message>
    <message>
        <source>Select a wave first.</source>
        <translation>Välj en våg först.</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statusen ändrades inte</translation>
    </message>
    <message>
        <source>Generate visits…</source>
        <translation>Generera besök…</translation>
    </message>
    <message>
        <source>Generate visits</source>
        <translation>Generera besök</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n visit(s) for %1</source>
        <translation>
            <numerusform>Genererade %n besök för %1</numerusform>
            <numerusform>Genererade %n besök för %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveLookup</name>
    <message>
        <source>The waves cannot be read: %1</source>
        <translation>Vågorna kan inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waves are named “%1”: give the wave's code instead.</source>
        <translation>
            <numerusform>%n våg heter ”%1”: ange vågens kod i stället.</numerusform>
            <numerusform>%n vågor heter ”%1”: ange vågens kod i stället.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no wave with the code or name “%1”.</source>
        <translation>Det finns ingen våg med koden eller namnet ”%1”.</translation>
    </message>
</context>
<context>
    <name>WaveSeries</name>
    <message>
        <source>Add wave %1</source>
        <translation>Lägg till våg %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n wave(s)</source>
        <translation>
            <numerusform>Lägg till %n våg</numerusform>
            <numerusform>Lägg till %n vågor</numerusform>
        </translation>
    </message>
    <message>
        <source>a wave with the code %1 exists already</source>
        <translation>det finns redan en våg med koden %1</translation>
    </message>
    <message>
        <source>the waves have visits by now and stay</source>
        <translation>vågorna har redan besök och blir kvar</translation>
    </message>
    <message>
        <source>Set wave %1 to %2</source>
        <translation>Ändra status för våg %1 till %2</translation>
    </message>
    <message>
        <source>no waves to add</source>
        <translation>inga vågor att lägga till</translation>
    </message>
    <message>
        <source>every wave needs a code and a name</source>
        <translation>varje våg måste ha en kod och ett namn</translation>
    </message>
    <message>
        <source>wave %1 ends before it starts</source>
        <translation>våg %1 slutar innan den börjar</translation>
    </message>
    <message>
        <source>the code %1 is used twice</source>
        <translation>koden %1 används två gånger</translation>
    </message>
    <message>
        <source>there is no wave %1</source>
        <translation>det finns ingen våg %1</translation>
    </message>
    <message>
        <source>Wave %1: %2.</source>
        <translation>Våg %1: %2.</translation>
    </message>
    <message>
        <source>the series needs a valid start date</source>
        <translation>serien behöver ett giltigt startdatum</translation>
    </message>
    <message>
        <source>a series has 1 to 120 waves, not %1</source>
        <translation>en serie har 1 till 120 vågor, inte %1</translation>
    </message>
    <message>
        <source>a wave lasts 1 to 366 days, not %1</source>
        <translation>en våg varar 1 till 366 dagar, inte %1</translation>
    </message>
</context>
<context>
    <name>WaveSeriesDialog</name>
    <message>
        <source>Days per wave:</source>
        <translation>Dagar per våg:</translation>
    </message>
    <message>
        <source>New waves</source>
        <translation>Nya vågor</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månadsvis</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Veckovis</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Var N:e dag</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frekvens:</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>&amp;Number of waves:</source>
        <translation>&amp;Antal vågor:</translation>
    </message>
    <message>
        <source>Will create:</source>
        <translation>Skapas:</translation>
    </message>
</context>
<context>
    <name>WaveStatusRules</name>
    <message>
        <source>“%1” is not a wave status (planning, fieldwork, closed, reported)</source>
        <translation>”%1” är ingen vågstatus (planning, fieldwork, closed, reported)</translation>
    </message>
    <message>
        <source>a wave moves one step at a time: from %1 it can go to %2</source>
        <translation>en våg flyttas ett steg i taget: från %1 kan den gå till %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) of this wave already have a shopper; it cannot go back to planning</source>
        <translation>
            <numerusform>%n besök i den här vågen har redan en testköpare; vågen kan inte gå tillbaka till planering</numerusform>
            <numerusform>%n besök i den här vågen har redan en testköpare; vågen kan inte gå tillbaka till planering</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavesCommand</name>
    <message>
        <source>List waves, create one or a series, change a wave's status.</source>
        <translation>Lista vågor, skapa en våg eller en serie, ändra en vågs status.</translation>
    </message>
    <message>
        <source>Waves: the fieldwork periods of a programme.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

A series of monthly waves starting 2027-01-15 covers whole months from January; codes say the
period (W2027-01, W2027-Q1, W2027-W03). A wave moves one status step at a time.</source>
        <translation>Vågor: ett programs fältperioder.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

En serie månadsvågor som börjar 2027-01-15 omfattar hela månader från januari; koderna anger
perioden (W2027-01, W2027-Q1, W2027-W03). En våg flyttas ett statussteg i taget.</translation>
    </message>
    <message>
        <source>list, create or status</source>
        <translation>list, create eller status</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>monthly, quarterly, weekly or days.</source>
        <translation>monthly, quarterly, weekly eller days.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The first day (or a day in the first period).</source>
        <translation>Den första dagen (eller en dag i den första perioden).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day of a single wave.</source>
        <translation>Den sista dagen i en enskild våg.</translation>
    </message>
    <message>
        <source>How many waves the series has.</source>
        <translation>Hur många vågor serien har.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The length of each wave of a 'days' series.</source>
        <translation>Längden på varje våg i en 'days'-serie.</translation>
    </message>
    <message>
        <source>The code of a single wave.</source>
        <translation>Koden för en enskild våg.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The name of a single wave.</source>
        <translation>Namnet på en enskild våg.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>waves: expected list FILE, create FILE ..., or status FILE CODE STATUS (see 'shopscope-cli waves --help')</source>
        <translation>waves: list FILE, create FILE ... eller status FILE CODE STATUS förväntades (se 'shopscope-cli waves --help')</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besök</numerusform>
            <numerusform>%n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>No waves yet. Create some: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</source>
        <translation>Inga vågor än. Skapa några: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</translation>
    </message>
    <message>
        <source>waves create: --%1 must be a date like 2027-01-01, not “%2”</source>
        <translation>waves create: --%1 måste vara ett datum som 2027-01-01, inte ”%2”</translation>
    </message>
    <message>
        <source>waves create: --series must be monthly, quarterly, weekly or days, not “%1”</source>
        <translation>waves create: --series måste vara monthly, quarterly, weekly eller days, inte ”%1”</translation>
    </message>
    <message>
        <source>waves create: --count must be a whole number</source>
        <translation>waves create: --count måste vara ett heltal</translation>
    </message>
    <message>
        <source>waves create: --days must be a whole number</source>
        <translation>waves create: --days måste vara ett heltal</translation>
    </message>
    <message>
        <source>waves create: %1</source>
        <translation>waves create: %1</translation>
    </message>
    <message>
        <source>waves create: give --series ... or --code, --name, --start and --end</source>
        <translation>waves create: ange --series ... eller --code, --name, --start och --end</translation>
    </message>
    <message>
        <source>waves create: nothing created: %1</source>
        <translation>waves create: inget skapades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %n wave(s): %1 … %2</source>
        <translation>
            <numerusform>Skapade %n våg: %1 … %2</numerusform>
            <numerusform>Skapade %n vågor: %1 … %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 is now %2</source>
        <translation>Våg %1 har nu status: %2</translation>
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
        <translation>Testköpsprogram: frågeformulär, vågor och urval, tilldelning av testköpare, kvalitetskontroll, resultat och diagram redo för kunden.</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation>&amp;Öppna program…</translation>
    </message>
    <message>
        <source>Create a &amp;demo programme…</source>
        <translation>Skapa ett &amp;demoprogram…</translation>
    </message>
    <message>
        <source>Recent programmes</source>
        <translation>Senaste program</translation>
    </message>
    <message>
        <source>No recent programmes yet.</source>
        <translation>Inga senaste program än.</translation>
    </message>
</context>
<context>
    <name>XFormWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>XPathConditionParser</name>
    <message>
        <source>unexpected “%1”</source>
        <translation>oväntat ”%1”</translation>
    </message>
    <message>
        <source>“%1 != ''” on its own cannot be a ShopScope condition</source>
        <translation>”%1 != ''” ensamt kan inte vara ett villkor i ShopScope</translation>
    </message>
    <message>
        <source>cannot read “%1”</source>
        <translation>kan inte läsa ”%1”</translation>
    </message>
    <message>
        <source>a “(” is not closed</source>
        <translation>en ”(” stängs inte</translation>
    </message>
    <message>
        <source>selected needs “(”</source>
        <translation>selected behöver ”(”</translation>
    </message>
    <message>
        <source>selected() needs a question and a quoted choice</source>
        <translation>selected() behöver en fråga och ett val inom citattecken</translation>
    </message>
    <message>
        <source>selected() is not closed</source>
        <translation>selected() stängs inte</translation>
    </message>
    <message>
        <source>a condition on a choice of multiple-choice question %1 cannot be expressed in ShopScope</source>
        <translation>ett villkor på ett val i flervalsfrågan %1 kan inte uttryckas i ShopScope</translation>
    </message>
    <message>
        <source>“%1()” is not a condition on an answer</source>
        <translation>”%1()” är inget villkor på ett svar</translation>
    </message>
    <message>
        <source>the function “%1” is not one of the forms ShopScope reads</source>
        <translation>funktionen ”%1” hör inte till de former som ShopScope läser</translation>
    </message>
    <message>
        <source>a comparison is missing after “%1”</source>
        <translation>en jämförelse saknas efter ”%1”</translation>
    </message>
    <message>
        <source>a comparison needs a question on one side</source>
        <translation>en jämförelse behöver en fråga på ena sidan</translation>
    </message>
    <message>
        <source>“%1” must be compared with a value</source>
        <translation>”%1” måste jämföras med ett värde</translation>
    </message>
    <message>
        <source>there is no question %1 before this one</source>
        <translation>det finns ingen fråga %1 före den här</translation>
    </message>
    <message>
        <source>“is unanswered” cannot be a ShopScope condition</source>
        <translation>”är obesvarad” kan inte vara ett villkor i ShopScope</translation>
    </message>
    <message>
        <source>%1 is compared by size with “%2”, which is not a number</source>
        <translation>%1 jämförs efter storlek med ”%2”, som inte är ett tal</translation>
    </message>
    <message>
        <source>parentheses nest deeper than 64 levels</source>
        <translation>parenteserna är nästlade djupare än 64 nivåer</translation>
    </message>
</context>
<context>
    <name>XlsFormReader</name>
    <message>
        <source>an XLSForm needs a “survey” sheet; this workbook has %1</source>
        <translation>ett XLSForm behöver ett blad med namnet ”survey”; den här arbetsboken har: %1</translation>
    </message>
    <message>
        <source>there is no “%1” column</source>
        <translation>det finns ingen kolumn ”%1”</translation>
    </message>
    <message>
        <source>the language “%1” has no code such as “(en)”; it becomes “%2”</source>
        <translation>språket ”%1” saknar en kod som ”(en)”; det blir ”%2”</translation>
    </message>
    <message>
        <source>the %1 row has no name</source>
        <translation>raden av typen %1 saknar namn</translation>
    </message>
    <message>
        <source>a choice of list “%1” has no name</source>
        <translation>ett val i listan ”%1” saknar namn</translation>
    </message>
    <message>
        <source>%1 uses the choice list “%2”, which the choices sheet does not have</source>
        <translation>%1 använder vallistan ”%2”, som inte finns i bladet choices</translation>
    </message>
    <message>
        <source>“%1” closes a group that was never opened</source>
        <translation>”%1” stänger en grupp som aldrig öppnades</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) are opened in the survey sheet but never closed</source>
        <translation>
            <numerusform>%n grupp öppnas i bladet survey men stängs aldrig</numerusform>
            <numerusform>%n grupper öppnas i bladet survey men stängs aldrig</numerusform>
        </translation>
    </message>
    <message>
        <source>survey sheet, row 1</source>
        <translation>bladet survey, rad 1</translation>
    </message>
    <message>
        <source>survey sheet, row %1</source>
        <translation>bladet survey, rad %1</translation>
    </message>
    <message>
        <source>choices sheet, row %1</source>
        <translation>bladet choices, rad %1</translation>
    </message>
    <message>
        <source>“%1” has no type: left out</source>
        <translation>”%1” saknar typ: utelämnad</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: this is an OpenDocument file (.ods), not an Excel workbook; save it as .xlsx</source>
        <translation>%1: det här är en OpenDocument-fil (.ods), inte en Excel-arbetsbok; spara den som .xlsx</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the archive has no %2</source>
        <translation>%1: inte en Excel-arbetsbok (.xlsx): arkivet saknar %2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: arbetsboken har inga blad</translation>
    </message>
    <message>
        <source>%1: sheet “%2” is damaged: %3 has no relationship “%4” to tell where it is</source>
        <translation>%1: bladet ”%2” är skadat: %3 saknar relationen ”%4” som anger var det finns</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>delen %1</translation>
    </message>
    <message>
        <source>sheet “%1” (part %2)</source>
        <translation>bladet ”%1” (delen %2)</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation>%1: skadat innehåll i %2 (%3)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is missing from the archive</source>
        <translation>%1: %2 saknas i arkivet</translation>
    </message>
    <message>
        <source>%1: %2 is too large to read (over %3 MB uncompressed)</source>
        <translation>%1: %2 överskrider storleksgränsen för läsning (över %3 MB okomprimerat)</translation>
    </message>
    <message>
        <source>it refers to shared text number %1, which does not exist</source>
        <translation>den hänvisar till delad text nummer %1, som inte finns</translation>
    </message>
    <message>
        <source>row number “%1” is not valid</source>
        <translation>radnumret ”%1” är ogiltigt</translation>
    </message>
    <message>
        <source>cell reference “%1” is not valid</source>
        <translation>cellreferensen ”%1” är ogiltig</translation>
    </message>
    <message>
        <source>a cell lies beyond row %1 or column %2</source>
        <translation>en cell ligger bortom rad %1 eller kolumn %2</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>cell %1: %2</translation>
    </message>
    <message>
        <source>%1: sheet “%2” is too large to read (%3 rows × %4 columns; at most %5 cells)</source>
        <translation>%1: bladet ”%2” är för stort för att läsas (%3 rader × %4 kolumner; högst %5 celler)</translation>
    </message>
    <message>
        <source>%1: this workbook is protected with a password, so it is encrypted and cannot be read; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>%1: arbetsboken är lösenordsskyddad och därmed krypterad, så den kan inte läsas; öppna den i Excel, ta bort lösenordet (Arkiv &gt; Info &gt; Skydda arbetsbok) och spara den igen</translation>
    </message>
    <message>
        <source>%1: this is an Excel 97-2003 .xls file; save it as .xlsx</source>
        <translation>%1: det här är en .xls-fil från Excel 97-2003; spara den som .xlsx</translation>
    </message>
    <message>
        <source>%1: this is an older Microsoft Office file, not an Excel workbook (.xlsx)</source>
        <translation>%1: det här är en äldre Microsoft Office-fil, inte en Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: kan inte öppnas (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: filen är tom</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation>%1: inte en Excel-arbetsbok (.xlsx): filen är inget zip-arkiv</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged or incomplete (it starts as a zip archive but its directory is missing or broken); was the copy or download cut short?</source>
        <translation>%1: arbetsboken är skadad eller ofullständig (den börjar som ett zip-arkiv, men dess katalog saknas eller är trasig); avbröts kopieringen eller nedladdningen?</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan inte läsas (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kan inte skrivas</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kan inte skrivas (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ShopScope: mystery-shopping programmes.</source>
        <translation>ShopScope: testköpsprogram.</translation>
    </message>
    <message>
        <source>A programme to open.</source>
        <translation>Ett program att öppna.</translation>
    </message>
</context>
</TS>
