<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AreaTables</name>
    <message>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Bølger</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Testkunder</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Oppdrag</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Results by wave</source>
        <translation>Resultater per bølge</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Seksjonstittel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>I/A</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
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
        <translation>Merkevare</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Bølge</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Lokasjonsnavn</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Luke</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Daypart</source>
        <translation>Tid på dagen</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Per wave</source>
        <translation>Per bølge</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testkunde</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tildelt av</translation>
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
        <translation>Besøkt</translation>
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
        <translation>Planlagte besøk</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Innkomne rapporter</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sendt tilbake</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spørreskjema</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regioner</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Egne og konkurrenters</translation>
    </message>
    <message>
        <source>Own locations</source>
        <translation>Egne lokasjoner</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurrentlokasjoner</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktive og inaktive</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle byer</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle språk</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle etiketter</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Alle bølger</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign a wave's open visits to shoppers optimally, with the reasons for those left over; show or set the rules.</source>
        <translation>Tildel en bølges åpne besøk til testkunder optimalt, med årsakene for dem som blir til overs; vis eller angi reglene.</translation>
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
        <translation>Tildeling av testkunder til besøk.

  FILE --wave NAME [--dry-run] [--keep-assigned] [--seed N] [--list] [--json]
  rules FILE [--set JSON | --reset] [--json]

Bølgens planlagte besøk som ikke er låst, får testkunder slik at så mange som mulig blir tildelt
og, blant disse tildelingene, den totale kostnaden blir lavest (bevist med mindre utdataene sier
noe annet; se docs/assignment.md). Besøk som er tildelt manuelt, akseptert, utført eller låst, forblir som de er;
besøk som ble tildelt automatisk tidligere og ennå ikke er akseptert, planlegges på nytt med mindre
--keep-assigned er angitt. Hvert besøk som forblir utildelt, forklares med regelen som utelukket de siste
kandidatene. --seed ordner testkunder som koster det samme. Hele kjøringen er ett angretrinn i
vinduet. rules viser programmets regler; --set endrer feltene som angis, f.eks.
  assign rules demo.shopscope --set '{"distance":{"max_km":60},"lockout":{"days":90}}'</translation>
    </message>
    <message>
        <source>The project file (or: rules FILE).</source>
        <translation>Prosjektfilen (eller: rules FILE).</translation>
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation>Bølgen, etter kode eller navn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show the result; write nothing.</source>
        <translation>Vis resultatet; skriv ingenting.</translation>
    </message>
    <message>
        <source>Keep the visits assigned automatically earlier as they are.</source>
        <translation>Behold besøk som ble tildelt automatisk tidligere, som de er.</translation>
    </message>
    <message>
        <source>The order of shoppers who cost the same (default 1).</source>
        <translation>Rekkefølgen for testkunder som koster det samme (standard 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List every assignment with its cost.</source>
        <translation>List opp hver tildeling med kostnaden.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maskinlesbar utdata.</translation>
    </message>
    <message>
        <source>rules: change the fields of this JSON document.</source>
        <translation>rules: endre feltene i dette JSON-dokumentet.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>rules: back to the defaults.</source>
        <translation>rules: tilbake til standardverdiene.</translation>
    </message>
    <message>
        <source>assign: expected FILE --wave NAME or rules FILE (see 'shopscope-cli assign --help')</source>
        <translation>assign: forventet FILE --wave NAME eller rules FILE (se 'shopscope-cli assign --help')</translation>
    </message>
    <message>
        <source>assign rules: give --set or --reset, not both</source>
        <translation>assign rules: angi --set eller --reset, ikke begge</translation>
    </message>
    <message>
        <source>assign rules: --set is not a JSON object: %1</source>
        <translation>assign rules: --set er ikke et JSON-objekt: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ikke et objekt</translation>
    </message>
    <message>
        <source>assign rules: %1</source>
        <translation>assign rules: %1</translation>
    </message>
    <message>
        <source>assign rules: nothing written: %1</source>
        <translation>assign rules: ingenting ble skrevet: %1</translation>
    </message>
    <message>
        <source>Rules from: %1</source>
        <translation>Regler fra: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lockout: %n day(s), the programme's setting</source>
        <translation>
            <numerusform>Karantenetid: %n dag, programmets innstilling</numerusform>
            <numerusform>Karantenetid: %n dager, programmets innstilling</numerusform>
        </translation>
    </message>
    <message>
        <source>assign: give the wave with --wave NAME</source>
        <translation>assign: angi bølgen med --wave NAME</translation>
    </message>
    <message>
        <source>assign: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation>assign: --seed må være et heltall, 0 eller større, ikke «%1»</translation>
    </message>
    <message>
        <source>assign: --set and --reset belong to 'assign rules FILE'</source>
        <translation>assign: --set og --reset hører til 'assign rules FILE'</translation>
    </message>
    <message>
        <source>assign: %1</source>
        <translation>assign: %1</translation>
    </message>
    <message>
        <source>assign: nothing written: %1</source>
        <translation>assign: ingenting ble skrevet: %1</translation>
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):</source>
        <translation>Prøvekjøring for bølge %1 (ingenting ble skrevet):</translation>
    </message>
    <message>
        <source>Assigned wave %1:</source>
        <translation>Tildelte bølge %1:</translation>
    </message>
    <message>
        <source>Wave %1: nothing to change.</source>
        <translation>Bølge %1: ingenting å endre.</translation>
    </message>
    <message>
        <source>  %1 open visits</source>
        <translation>  %1 åpne besøk</translation>
    </message>
    <message>
        <source>  %1 assigned, %2 unassigned</source>
        <translation>  %1 tildelt, %2 ikke tildelt</translation>
    </message>
    <message>
        <source>  total cost %1 points</source>
        <translation>  total kostnad %1 poeng</translation>
    </message>
    <message>
        <source>(optimal, proven)</source>
        <translation>(optimalt, bevist)</translation>
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many)</source>
        <translation>(den beste som ble funnet; ingen tildeling kan gi flere enn %1 besøk en testkunde eller koste mindre enn %2 med like mange)</translation>
    </message>
    <message>
        <source>  %1 visits change, in %2 s</source>
        <translation>  %1 besøk endres, på %2 s</translation>
    </message>
    <message>
        <source>Why visits stay unassigned:</source>
        <translation>Hvorfor besøk forblir utildelt:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Assignments:</source>
        <translation>Tildelinger:</translation>
    </message>
</context>
<context>
    <name>AssignmentExplainer</name>
    <message>
        <source>needed for other visits</source>
        <translation>trengs til andre besøk</translation>
    </message>
    <message>
        <source>%1, %2 km away: travel %3 + fee %4 + workload %5 + rating %6 + manager %7 = %8 points.</source>
        <translation>%1, %2 km unna: reise %3 + honorar %4 + arbeidsbelastning %5 + vurdering %6 + leder %7 = %8 poeng.</translation>
    </message>
    <message>
        <source>%1: fee %2 + workload %3 + rating %4 + manager %5 = %6 points.</source>
        <translation>%1: honorar %2 + arbeidsbelastning %3 + vurdering %4 + leder %5 = %6 poeng.</translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Den billigste av den %n testkunden som kan ta det.</numerusform>
            <numerusform>Den billigste av de %n testkundene som kan ta det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it: the cheaper ones are needed for other visits.</source>
        <translation>
            <numerusform>Nummer %1 av den %n testkunden som kan ta det: de billigere trengs til andre besøk.</numerusform>
            <numerusform>Nummer %1 av de %n testkundene som kan ta det: de billigere trengs til andre besøk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next best: %1 at %2 points before workload.</source>
        <translation>Nest best: %1 med %2 poeng før arbeidsbelastning.</translation>
    </message>
    <message>
        <source>the wave's dates</source>
        <translation>i bølgens periode</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) qualify, but each is needed for other visits of this wave (capacity, or the lockout within the wave).</source>
        <translation>
            <numerusform>%n testkunde oppfyller kravene, men trengs til andre besøk i denne bølgen (kapasitet eller karantenetiden innenfor bølgen).</numerusform>
            <numerusform>%n testkunder oppfyller kravene, men hver av dem trengs til andre besøk i denne bølgen (kapasitet eller karantenetiden innenfor bølgen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No shopper of the panel is active.</source>
        <translation>Ingen testkunder i panelet er aktive.</translation>
    </message>
    <message>
        <source>No active shopper fits the profile “%1”.</source>
        <translation>Ingen aktiv testkunde passer profilen «%1».</translation>
    </message>
    <message>
        <source>No shopper within %1 km fits the profile “%2”.</source>
        <translation>Ingen testkunde innenfor %1 km passer profilen «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n would qualify at %1 km.</source>
        <translation>
            <numerusform>%n ville oppfylt kravene ved %1 km.</numerusform>
            <numerusform>%n ville oppfylt kravene ved %1 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>None would within %1 km either.</source>
        <translation>Ingen ville gjort det innenfor %1 km heller.</translation>
    </message>
    <message>
        <source>No shopper who fits the profile “%1” lives in %2 (without coordinates only the same city counts).</source>
        <translation>Ingen testkunde som passer profilen «%1», bor i %2 (uten koordinater teller bare samme by).</translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) within reach who fit the profile are unavailable on %1.</source>
        <translation>
            <numerusform>Den %n testkunden innenfor rekkevidde som passer profilen, er utilgjengelig %1.</numerusform>
            <numerusform>De %n testkundene innenfor rekkevidde som passer profilen, er utilgjengelige %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise declared a conflict of interest with %1 or its brand.</source>
        <translation>
            <numerusform>Den %n testkunden som ellers oppfyller kravene, har oppgitt en interessekonflikt med lokasjonen %1 eller merkevaren.</numerusform>
            <numerusform>De %n testkundene som ellers oppfyller kravene, har oppgitt en interessekonflikt med lokasjonen %1 eller merkevaren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise shopped %1 too recently (the lockout).</source>
        <translation>
            <numerusform>Den %n testkunden som ellers oppfyller kravene, har besøkt %1 for nylig (karantenetiden).</numerusform>
            <numerusform>De %n testkundene som ellers oppfyller kravene, har besøkt %1 for nylig (karantenetiden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise have no visits left in the wave or on %1.</source>
        <translation>
            <numerusform>Den %n testkunden som ellers oppfyller kravene, har ingen besøk igjen i bølgen eller %1.</numerusform>
            <numerusform>De %n testkundene som ellers oppfyller kravene, har ingen besøk igjen i bølgen eller %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentLoader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>There is no wave with the id %1.</source>
        <translation>Det finnes ingen bølge med id %1.</translation>
    </message>
    <message>
        <source>Wave %1 is %2: its fieldwork is over and its visits are not assigned any more.</source>
        <translation>Bølge %1 har status %2: feltarbeidet er over, og besøkene tildeles ikke lenger.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
</context>
<context>
    <name>AssignmentProposalModel</name>
    <message>
        <source>No shopper: %1</source>
        <translation>Ingen testkunde: %1</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>hvilken som helst dag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testkunde</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstand</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Why none</source>
        <translation>Hvorfor ingen</translation>
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
        <translation>status ikke aktiv</translation>
    </message>
    <message>
        <source>profile does not fit</source>
        <translation>profilen passer ikke</translation>
    </message>
    <message>
        <source>too far away</source>
        <translation>for langt unna</translation>
    </message>
    <message>
        <source>unavailable on the date</source>
        <translation>utilgjengelig på datoen</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>interessekonflikt</translation>
    </message>
    <message>
        <source>lockout (shopped recently)</source>
        <translation>karantenetid (nylig besøkt)</translation>
    </message>
    <message>
        <source>no capacity left</source>
        <translation>ingen kapasitet igjen</translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>must be an object</source>
        <translation>må være et objekt</translation>
    </message>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation>ukjent innstilling (kjente: %1)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>må være true eller false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>må være et tall fra %1 til %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1, or null for no limit</source>
        <translation>må være et tall over 0 og høyst %1, eller null for ingen grense</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>må være et heltall fra %1 til %2</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>må være en liste med tekster</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>ugyldig JSON ved tegn %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>reglene må være et JSON-objekt</translation>
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation>ukjent kanal «%1» (kjente: %2)</translation>
    </message>
    <message>
        <source>the stored assignment rules cannot be read: %1</source>
        <translation>de lagrede tildelingsreglene kan ikke leses: %1</translation>
    </message>
    <message>
        <source>the assignment rules are like that already</source>
        <translation>tildelingsreglene er allerede slik</translation>
    </message>
    <message>
        <source>Reset the assignment rules</source>
        <translation>Tilbakestill tildelingsreglene</translation>
    </message>
    <message>
        <source>Change the assignment rules</source>
        <translation>Endre tildelingsreglene</translation>
    </message>
</context>
<context>
    <name>AssignmentSession</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>in this wave</source>
        <translation>i denne bølgen</translation>
    </message>
    <message>
        <source>%1 already has a visit to %2 (%3) on %4, too close for the lockout.</source>
        <translation>%1 har allerede et besøk hos %2 (%3) %4, for nær med tanke på karantenetiden.</translation>
    </message>
    <message>
        <source>%1 would have %2 visits in this wave; the limit is %3.</source>
        <translation>%1 ville fått %2 besøk i denne bølgen; grensen er %3.</translation>
    </message>
    <message>
        <source>%1 would have %2 visits on %3; the limit is %4.</source>
        <translation>%1 ville fått %2 besøk den %3; grensen er %4.</translation>
    </message>
    <message>
        <source>%1 lives %2 km away, near the %3 km limit.</source>
        <translation>%1 bor %2 km unna, nær grensen på %3 km.</translation>
    </message>
    <message>
        <source>%1 is rated %2, below the %3 preferred for the demanding scenario %4.</source>
        <translation>%1 har vurderingen %2, under %3 som foretrekkes for det krevende scenarioet %4.</translation>
    </message>
    <message>
        <source>%1 has no rating yet (counted as %2), below the %3 preferred for the demanding scenario %4.</source>
        <translation>%1 har ingen vurdering ennå (regnes som %2), under %3 som foretrekkes for det krevende scenarioet %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has shopped locations of the same region manager (%2) %n time(s) lately.</source>
        <translation>
            <numerusform>%1 har besøkt lokasjoner under samme regionleder (%2) %n gang i det siste.</numerusform>
            <numerusform>%1 har besøkt lokasjoner under samme regionleder (%2) %n ganger i det siste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n visit(s) in this wave; one more adds %2 workload points.</source>
        <translation>
            <numerusform>%1 har allerede %n besøk i denne bølgen; ett til legger til %2 poeng for arbeidsbelastning.</numerusform>
            <numerusform>%1 har allerede %n besøk i denne bølgen; ett til legger til %2 poeng for arbeidsbelastning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) would cost less; the cheapest is %1 at %2 points against %3.</source>
        <translation>
            <numerusform>%n testkunde ville kostet mindre; den billigste er %1 med %2 poeng mot %3.</numerusform>
            <numerusform>%n testkunder ville kostet mindre; den billigste er %1 med %2 poeng mot %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>det finnes ikke noe besøk %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) may take it; the cheapest is %1 at %2 points. Auto-assign or assign it by hand.</source>
        <translation>
            <numerusform>%n testkunde kan ta det; billigst er %1 til %2 poeng. Tildel automatisk eller for hånd.</numerusform>
            <numerusform>%n testkunder kan ta det; billigst er %1 til %2 poeng. Tildel automatisk eller for hånd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This assignment breaks %n rule(s) now.</source>
        <translation>
            <numerusform>Denne tildelingen bryter nå %n regel.</numerusform>
            <numerusform>Denne tildelingen bryter nå %n regler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Den billigste av den %n testkunden som kan ta det.</numerusform>
            <numerusform>Den billigste av de %n testkundene som kan ta det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Nummer %1 av den %n testkunden som kan ta det.</numerusform>
            <numerusform>Nummer %1 av de %n testkundene som kan ta det.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentSessionCache</name>
    <message>
        <source>choose a wave first</source>
        <translation>velg en bølge først</translation>
    </message>
    <message>
        <source>Reading the wave's visits and the shopper panel…</source>
        <translation>Leser bølgens besøk og testkundepanelet…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
</context>
<context>
    <name>AssignmentSolver</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>the flow solver failed</source>
        <translation>flytløseren mislyktes</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n visit(s) of %1 automatically</source>
        <translation>
            <numerusform>Tildel %n besøk i %1 automatisk</numerusform>
            <numerusform>Tildel %n besøk i %1 automatisk</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since they were read (visit %2); run the assignment again</source>
        <translation>besøkene i bølge %1 er endret siden de ble lest (besøk %2); kjør tildelingen på nytt</translation>
    </message>
    <message>
        <source>nothing to change in wave %1</source>
        <translation>ingenting å endre i bølge %1</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <source>Plan again the visits assigned automatically earlier that nobody accepted, changed or locked since</source>
        <translation>Planlegg på nytt besøk som ble tildelt automatisk tidligere og som ingen har akseptert, endret eller låst siden</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Foreslå</translation>
    </message>
    <message>
        <source>Auto-assign</source>
        <translation>Tildel automatisk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Visits assigned by hand, accepted, done or locked always keep their shopper.</source>
        <translation>Besøk som er tildelt for hånd, akseptert, utført eller låst, beholder alltid testkunden sin.</translation>
    </message>
    <message>
        <source>Why no shopper</source>
        <translation>Hvorfor ingen testkunde</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>For eksempel</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Årsaker</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Bølge:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Every wave's fieldwork is over: there is nothing to assign.</source>
        <translation>Feltarbeidet i alle bølger er over: det er ingenting å tildele.</translation>
    </message>
    <message>
        <source>Propose works out the cheapest way to give as many open visits as possible a shopper under the programme's rules. Nothing is written until you choose Assign.</source>
        <translation>Foreslå finner den billigste måten å gi så mange åpne besøk som mulig en testkunde etter programmets regler. Ingenting skrives før du velger Tildel.</translation>
    </message>
    <message>
        <source>Assigning the visits of %1…</source>
        <translation>Tildeler besøkene i %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed or written.</source>
        <translation>Avbrutt; ingenting ble foreslått eller skrevet.</translation>
    </message>
    <message>
        <source>No proposal: %1</source>
        <translation>Ikke noe forslag: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 open visits get a shopper&lt;/b&gt;; %3 stay without one.</source>
        <translation>&lt;b&gt;%1 av %2 åpne besøk får en testkunde&lt;/b&gt;; %3 blir stående uten.</translation>
    </message>
    <message>
        <source>Total cost %1 points</source>
        <translation>Total kostnad %1 poeng</translation>
    </message>
    <message>
        <source>(optimal, proven).</source>
        <translation>(optimalt, bevist).</translation>
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many).</source>
        <translation>(det beste som ble funnet; ingen tildeling kan gi flere enn %1 besøk en testkunde eller koste mindre enn %2 med like mange).</translation>
    </message>
    <message numerus="yes">
        <source>Assign changes %Ln visit(s); it is one step you can undo.</source>
        <translation>
            <numerusform>Tildel endrer %Ln besøk; det er ett trinn du kan angre.</numerusform>
            <numerusform>Tildel endrer %Ln besøk; det er ett trinn du kan angre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has these shoppers already: nothing to change.</source>
        <translation>Filen har allerede disse testkundene: ingenting å endre.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln visit(s)</source>
        <translation>
            <numerusform>Tildel %Ln besøk</numerusform>
            <numerusform>Tildel %Ln besøk</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2 %3</source>
        <translation>&lt;b&gt;Besøk %1&lt;/b&gt; · %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the shoppers of %Ln visit(s)…</source>
        <translation>
            <numerusform>Skriver testkundene for %Ln besøk…</numerusform>
            <numerusform>Skriver testkundene for %Ln besøk…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>Ingenting ble skrevet: %1.</translation>
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
        <translation>opptil %1 år</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>snakker %1</translation>
    </message>
    <message>
        <source>any shopper</source>
        <translation>hvilken som helst testkunde</translation>
    </message>
    <message>
        <source>%1 is %2, not active.</source>
        <translation>%1 er %2, ikke aktiv.</translation>
    </message>
    <message>
        <source>birth year unknown</source>
        <translation>fødselsår ukjent</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>gender unknown</source>
        <translation>kjønn ukjent</translation>
    </message>
    <message>
        <source>does not speak %1</source>
        <translation>snakker ikke %1</translation>
    </message>
    <message>
        <source>not “%1”</source>
        <translation>ikke «%1»</translation>
    </message>
    <message>
        <source>%1 does not fit the profile “%2”: %3.</source>
        <translation>%1 passer ikke profilen «%2»: %3.</translation>
    </message>
    <message>
        <source>%1 lives %2 km from %3; the limit is %4 km.</source>
        <translation>%1 bor %2 km fra %3; grensen er %4 km.</translation>
    </message>
    <message>
        <source>%1 lives in “%2”, not in “%3”, and without coordinates the distance is unknown.</source>
        <translation>%1 bor i «%2», ikke i «%3», og uten koordinater er avstanden ukjent.</translation>
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3.</source>
        <translation>%1 er utilgjengelig fra %2 til %3.</translation>
    </message>
    <message>
        <source>%1 is unavailable then.</source>
        <translation>%1 er utilgjengelig da.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2.</source>
        <translation>%1 har oppgitt en interessekonflikt med %2.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with the brand %2.</source>
        <translation>%1 har oppgitt en interessekonflikt med merkevaren %2.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest.</source>
        <translation>%1 har oppgitt en interessekonflikt.</translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation>i bølge %1</translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n day(s)</source>
        <translation>
            <numerusform>karantenetiden er %n dag</numerusform>
            <numerusform>karantenetiden er %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s)</source>
        <translation>
            <numerusform>%n bølge</numerusform>
            <numerusform>%n bølger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n wave(s)</source>
        <translation>
            <numerusform>karantenetiden er %n bølge</numerusform>
            <numerusform>karantenetiden er %n bølger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shopped %2 (%3) on %4; %5.</source>
        <translation>%1 besøkte %2 (%3) %4; %5.</translation>
    </message>
    <message>
        <source>%1 shopped this location too recently.</source>
        <translation>%1 har besøkt denne lokasjonen for nylig.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed in this wave.</source>
        <translation>
            <numerusform>%1 har allerede %2 av %n tillatt besøk i denne bølgen.</numerusform>
            <numerusform>%1 har allerede %2 av %n tillatte besøk i denne bølgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed on %3.</source>
        <translation>
            <numerusform>%1 har allerede %2 av %n tillatt besøk den %3.</numerusform>
            <numerusform>%1 har allerede %2 av %n tillatte besøk den %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>there are no approved reports yet: charts show approved results</source>
        <translation>det finnes ingen godkjente rapporter ennå: diagrammene viser godkjente resultater</translation>
    </message>
    <message>
        <source>there is no wave “%1”</source>
        <translation>det finnes ingen bølge «%1»</translation>
    </message>
    <message>
        <source>a score by place is per region, area, location, channel, scenario, brand or staff, not per %1</source>
        <translation>et resultat per sted deles opp per region, område, lokasjon, kanal, scenario, merkevare eller ansatte, ikke per %1</translation>
    </message>
    <message>
        <source>a trend is of the whole programme or per region, channel, scenario or another place, not per %1</source>
        <translation>en trend gjelder hele programmet eller per region, kanal, scenario eller et annet sted, ikke per %1</translation>
    </message>
    <message>
        <source>a heat map is per region, area, location or another place, not per %1</source>
        <translation>et varmekart er per region, område, lokasjon eller et annet sted, ikke per %1</translation>
    </message>
    <message>
        <source>a distribution is of the whole wave or per region or another place, not per %1</source>
        <translation>en fordeling gjelder hele bølgen eller per region eller et annet sted, ikke per %1</translation>
    </message>
    <message>
        <source>the questionnaire has no NPS question</source>
        <translation>spørreskjemaet har ikke noe NPS-spørsmål</translation>
    </message>
    <message>
        <source>%1 is not an NPS question</source>
        <translation>%1 er ikke et NPS-spørsmål</translation>
    </message>
    <message>
        <source>%1 is not an NPS, rating or number question: a driver analysis needs an outcome on a scale</source>
        <translation>%1 er ikke et NPS-, vurderings- eller tallspørsmål: en driveranalyse trenger et utfall på en skala</translation>
    </message>
    <message>
        <source>the questionnaire has no NPS or rating question to explain</source>
        <translation>spørreskjemaet har ikke noe NPS- eller vurderingsspørsmål å forklare</translation>
    </message>
    <message>
        <source>the questionnaire has no rating question</source>
        <translation>spørreskjemaet har ingen skalaspørsmål</translation>
    </message>
    <message>
        <source>a question filter goes with the compliance chart only</source>
        <translation>et spørsmålsfilter hører bare til diagrammet over etterlevelse</translation>
    </message>
    <message>
        <source>a section filter goes with the sections, compliance and heat map charts only</source>
        <translation>et seksjonsfilter hører bare til diagrammene over seksjoner, etterlevelse og varmekart</translation>
    </message>
    <message>
        <source>the dashboard is of whole visits: a section or question filter does not go with it</source>
        <translation>oversikten gjelder hele besøk: et seksjons- eller spørsmålsfilter hører ikke til den</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>No approved results match this choice.</source>
        <translation>Ingen godkjente resultater samsvarer med dette valget.</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a standard chart as PNG, SVG or PDF (or its data as CSV or XLSX)</source>
        <translation>Tegn et standarddiagram som PNG, SVG eller PDF (eller dataene som CSV eller XLSX)</translation>
    </message>
    <message>
        <source>The data behind a standard chart as CSV, XLSX or JSON</source>
        <translation>Dataene bak et standarddiagram som CSV, XLSX eller JSON</translation>
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
        <translation>Bølgen (kode eller navn); standard: den nyeste med godkjente rapporter.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only reports with this value, e.g. region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (repeatable).</source>
        <translation>Bare rapporter med denne verdien, f.eks. region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (kan gjentas).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSION=VALUE</translation>
    </message>
    <message>
        <source>What bars, lines, rows or boxes are per: region, area, location, channel, scenario, brand or staff (by-location, heatmap: region by default; trend, distribution: none).</source>
        <translation>Hva søyler, linjer, rader eller bokser deles opp etter: region, area, location, channel, scenario, brand eller staff (by-location, heatmap: region som standard; trend, distribution: none).</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>drivers, nps: the question code of the outcome (default: the first NPS question).</source>
        <translation>drivers, nps: spørsmålskoden for utfallet (standard: det første NPS-spørsmålet).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation>Tell innsendte rapporter i tillegg til godkjente.</translation>
    </message>
    <message>
        <source>90, 95 (default) or 99 % for margins and significance.</source>
        <translation>90, 95 (standard) eller 99 % for marginer og signifikans.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>--view is needed: %1</source>
        <translation>--view er påkrevd: %1</translation>
    </message>
    <message>
        <source>--view must be one of %1, not “%2”</source>
        <translation>--view må være en av %1, ikke «%2»</translation>
    </message>
    <message>
        <source>--filter must look like region=Vidzeme (any dimension but wave: use --wave), not “%1”</source>
        <translation>--filter må se ut som region=Vidzeme (hvilken som helst dimensjon unntatt wave: bruk --wave), ikke «%1»</translation>
    </message>
    <message>
        <source>--per must be region, area, location, channel, scenario, brand, staff or none, not “%1”</source>
        <translation>--per må være region, area, location, channel, scenario, brand, staff eller none, ikke «%1»</translation>
    </message>
    <message>
        <source>--confidence must be 90, 95 or 99, not “%1”</source>
        <translation>--confidence må være 90, 95 eller 99, ikke «%1»</translation>
    </message>
    <message>
        <source>Draws one of the standard charts (docs/charts.md) offscreen, exactly as the window shows it, in the programme's colours and report language.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG is --width x --height pixels (default 1600 x 1000) at --dpi (default 160; 300 for print); SVG and PDF have the same proportions. A .csv or .xlsx --out writes the data behind the chart.
Example:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</source>
        <translation>Tegner et av standarddiagrammene (docs/charts.md) utenfor skjermen, nøyaktig slik vinduet viser det, i programmets farger og rapportspråk.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG er --width x --height piksler (standard 1600 x 1000) ved --dpi (standard 160; 300 for trykk); SVG og PDF har de samme proporsjonene. En .csv- eller .xlsx-fil som --out skriver dataene bak diagrammet.
Eksempel:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</translation>
    </message>
    <message>
        <source>The programme file.</source>
        <translation>Programfilen.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg, .pdf, .csv or .xlsx.</source>
        <translation>Filen som skal skrives: .png, .svg, .pdf, .csv eller .xlsx.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Width in pixels (PNG; default 1600).</source>
        <translation>Bredde i piksler (PNG; standard 1600).</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PIXELS</translation>
    </message>
    <message>
        <source>Height in pixels (PNG; default 1000).</source>
        <translation>Høyde i piksler (PNG; standard 1000).</translation>
    </message>
    <message>
        <source>Resolution (default 160; 300 for print).</source>
        <translation>Oppløsning (standard 160; 300 for trykk).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Print what was written and the chart's data as JSON.</source>
        <translation>Skriv ut det som ble skrevet, og diagrammets data som JSON.</translation>
    </message>
    <message>
        <source>The data behind a standard chart: every category and series with its value, base (n), margin of error, change since the previous wave and small-base flag.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Without --out the data is printed (CSV, or JSON with --format json).</source>
        <translation>Dataene bak et standarddiagram: hver kategori og serie med verdi, grunnlag (n), feilmargin, endring siden forrige bølge og flagg for lite grunnlag.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Uten --out skrives dataene ut (CSV, eller JSON med --format json).</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>Filen som skal skrives: .csv eller .xlsx.</translation>
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
        <translation>Det samme som --format json.</translation>
    </message>
    <message>
        <source>chart: --out PATH is needed (.png, .svg, .pdf, .csv or .xlsx)</source>
        <translation>chart: --out PATH er påkrevd (.png, .svg, .pdf, .csv eller .xlsx)</translation>
    </message>
    <message>
        <source>chart: --out must end in .png, .svg, .pdf, .csv or .xlsx, not “%1”</source>
        <translation>chart: --out må slutte på .png, .svg, .pdf, .csv eller .xlsx, ikke «%1»</translation>
    </message>
    <message>
        <source>export-data: --out must end in .csv or .xlsx, not “%1”</source>
        <translation>export-data: --out må slutte på .csv eller .xlsx, ikke «%1»</translation>
    </message>
    <message>
        <source>export-data: --format must be csv or json, not “%1”</source>
        <translation>export-data: --format må være csv eller json, ikke «%1»</translation>
    </message>
    <message>
        <source>%1 written: %2</source>
        <translation>%1 skrevet: %2</translation>
    </message>
    <message>
        <source>chart: --dpi must be a whole number from 30 to 1200, not “%1”</source>
        <translation>chart: --dpi må være et heltall fra 30 til 1200, ikke «%1»</translation>
    </message>
    <message>
        <source>chart: --%1 must be a whole number of pixels from 50 to 20000, not “%2”</source>
        <translation>chart: --%1 må være et helt antall piksler fra 50 til 20000, ikke «%2»</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Eksporter diagram</translation>
    </message>
    <message>
        <source>Screen (1600 × 1000)</source>
        <translation>Skjerm (1600 × 1000)</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation>Lysbilde 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>Print, 28 × 18 cm at 300 dpi</source>
        <translation>Trykk, 28 × 18 cm ved 300 dpi</translation>
    </message>
    <message>
        <source>Print, A4 landscape at 300 dpi</source>
        <translation>Trykk, A4 liggende ved 300 dpi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
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
        <translation>&amp;Forhåndsvalg:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Bredde:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Høyde:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Oppløsning:</translation>
    </message>
    <message>
        <source>%1 × %2 cm when printed</source>
        <translation>%1 × %2 cm ved utskrift</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: the size must be 50–20000 pixels a side and the resolution 30–1200 dpi</source>
        <translation>%1: størrelsen må være 50–20000 piksler per side og oppløsningen 30–1200 dpi</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kan ikke skrives (%2)</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: bildet kunne ikke skrives</translation>
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: velg .png, .svg, .pdf, .csv eller .xlsx</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Median %1, quartiles %2–%3, range %4–%5</source>
        <translation>Median %1, kvartiler %2–%3, variasjonsbredde %4–%5</translation>
    </message>
    <message>
        <source>Importance %1 %, performance %2 % yes</source>
        <translation>Betydning %1 %, prestasjon %2 % ja</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 til %2)</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Ingen resultat</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Fewer than %1 visits: read with care</source>
        <translation>Færre enn %1 besøk: tolkes med forsiktighet</translation>
    </message>
    <message>
        <source>%1 since the previous wave, significant</source>
        <translation>%1 siden forrige bølge, signifikant</translation>
    </message>
    <message>
        <source>%1 since the previous wave, not significant</source>
        <translation>%1 siden forrige bølge, ikke signifikant</translation>
    </message>
</context>
<context>
    <name>ChartPackCommand</name>
    <message>
        <source>Write a wave's chart pack: every chart as PNG and SVG, and the PDF report with a page per location</source>
        <translation>Skriv en bølges diagrampakke: hvert diagram som PNG og SVG, og PDF-rapporten med én side per lokasjon</translation>
    </message>
    <message>
        <source>Writes the chart pack of a wave (docs/charts.md) into a folder: every standard chart as PNG and SVG, and report.pdf with a title page, the dashboard, the standard charts, a page per region and a one-pager per location of the own network (score, sections against the network, trend, the shoppers' comments; shoppers are never named).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</source>
        <translation>Skriver en bølges diagrampakke (docs/charts.md) til en mappe: hvert standarddiagram som PNG og SVG, og report.pdf med en tittelside, oversikten, standarddiagrammene, én side per region og ett ensidig sammendrag per lokasjon i eget nettverk (resultat, seksjoner sammenlignet med nettverket, trend, testkundenes kommentarer; testkunder navngis aldri).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</translation>
    </message>
    <message>
        <source>The programme file.</source>
        <translation>Programfilen.</translation>
    </message>
    <message>
        <source>The folder to write into (made when missing).</source>
        <translation>Mappen det skal skrives til (opprettes hvis den mangler).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the progress on standard error.</source>
        <translation>Skriv fremdriften til standard feil (stderr).</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Skriv ut det som ble skrevet, som JSON.</translation>
    </message>
    <message>
        <source>chartpack: --out DIR is needed</source>
        <translation>chartpack: --out DIR er påkrevd</translation>
    </message>
    <message>
        <source>chartpack: %1</source>
        <translation>chartpack: %1</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 pages)</source>
        <translation>%1 % (%2 av %3 sider)</translation>
    </message>
    <message>
        <source>%1: %2 pages; %3 chart files in %4 (%5 s)</source>
        <translation>%1: %2 sider; %3 diagramfiler i %4 (%5 s)</translation>
    </message>
</context>
<context>
    <name>ChartPackWriter</name>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1: mappen kan ikke opprettes</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 utelatt: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kan ikke skrives</translation>
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>Score by place</source>
        <translation>Resultat per sted</translation>
    </message>
    <message>
        <source>Trend over waves</source>
        <translation>Trend over bølger</translation>
    </message>
    <message>
        <source>Section profile</source>
        <translation>Delprofil</translation>
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation>Etterlevelse per standard</translation>
    </message>
    <message>
        <source>Heat map of sections</source>
        <translation>Varmekart over seksjoner</translation>
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation>Fordeling av besøksresultater</translation>
    </message>
    <message>
        <source>Competitor benchmark</source>
        <translation>Sammenligning med konkurrenter</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Driver analysis</source>
        <translation>Driveranalyse</translation>
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation>Svar på vurderingsskalaene</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Eksporter &amp;data…</translation>
    </message>
    <message>
        <source>Chart &amp;pack…</source>
        <translation>Diagr&amp;ampakke…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Tilbake</translation>
    </message>
    <message>
        <source>Back to the previous level (Alt+Left)</source>
        <translation>Tilbake til forrige nivå (Alt+Venstre pil)</translation>
    </message>
    <message>
        <source>Copy the chart as an image (Ctrl+Shift+C)</source>
        <translation>Kopier diagrammet som et bilde (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX</source>
        <translation>Lagre diagrammet som PNG, SVG eller PDF, eller dataene som CSV eller XLSX</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Dia&amp;gram:</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Bølge:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Reg&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kana&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Every chart of the wave as PNG and SVG, and one PDF report with the dashboard, a page per region and a one-pager per location</source>
        <translation>Alle bølgens diagrammer som PNG og SVG, og én PDF-rapport med oversikten, én side per region og ett ensidig sammendrag per lokasjon</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle regioner</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle områder</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>Alle scenarioer</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Eget nettverk</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Egne og konkurrenters</translation>
    </message>
    <message>
        <source>Competitors only</source>
        <translation>Bare konkurrenters</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Hele programmet</translation>
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
        <translation>Lokasjon</translation>
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
        <translation>Merkevare</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Drawn in %1 ms</source>
        <translation>Tegnet på %1 ms</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testkunde</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Betjent av</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s): double-click one to open its report</source>
        <translation>
            <numerusform>%n besøk: dobbeltklikk på det for å åpne rapporten</numerusform>
            <numerusform>%n besøk: dobbeltklikk på ett for å åpne rapporten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Eksporter diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv);;Data as Excel workbook (*.xlsx)</source>
        <translation>PNG-bilde (*.png);;SVG-tegning (*.svg);;PDF-dokument (*.pdf);;Data som CSV (*.csv);;Data som Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: velg .png, .svg, .pdf, .csv eller .xlsx</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Skrevet: %1</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Kan ikke eksportere diagrammet</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>Diagrammet er på utklippstavlen.</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Eksporter diagramdata</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Kan ikke eksportere dataene</translation>
    </message>
    <message>
        <source>Folder for the Chart Pack</source>
        <translation>Mappe for diagrampakken</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Leser resultatene…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Chart Pack</source>
        <translation>Diagrampakke</translation>
    </message>
    <message>
        <source>Cannot write the chart pack</source>
        <translation>Kan ikke skrive diagrampakken</translation>
    </message>
    <message>
        <source>The chart pack was cancelled; nothing of it is left.</source>
        <translation>Diagrampakken ble avbrutt; ingenting av den er igjen.</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>Side %1 av %2…</translation>
    </message>
    <message>
        <source>Chart pack written: %1 (%2 pages) and %3 chart files</source>
        <translation>Diagrampakken er skrevet: %1 (%2 sider) og %3 diagramfiler</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Use SQLite's quicker structure check (skips index contents).</source>
        <translation>Bruk SQLites raskere strukturkontroll (hopper over indeksinnholdet).</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: ingen problemer funnet</translation>
    </message>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema, the programme's rules and the stored scores against a fresh rescoring. Exits with 1 when anything is wrong.</source>
        <translation>Kontroller en prosjektfil: SQLite-integritet, fremmednøkler, skjemaet, programmets regler og de lagrede poengene mot en ny poengberegning. Avslutter med 1 når noe er galt.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: shopscope-cli COMMAND [options] [arguments]

ShopScope on the command line: every capability of the window, with machine-readable output (--json).

Commands:
</source>
        <translation>Bruk: shopscope-cli COMMAND [valg] [argumenter]

ShopScope på kommandolinjen: alt vinduet kan gjøre, med maskinlesbar utdata (--json).

Kommandoer:
</translation>
    </message>
    <message>
        <source>
Run 'shopscope-cli COMMAND --help' for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation>
Kjør 'shopscope-cli COMMAND --help' for å se valgene for én kommando.
Avslutningsstatus: 0 vellykket, 1 arbeidet mislyktes, 2 ugyldige argumenter.
</translation>
    </message>
    <message>
        <source>unknown command “%1” (run 'shopscope-cli --help' for the list)</source>
        <translation>ukjent kommando «%1» (kjør 'shopscope-cli --help' for å se listen)</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>%1: %2 (see 'shopscope-cli %1 --help')</source>
        <translation>%1: %2 (se 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see 'shopscope-cli %1 --help')</source>
        <translation>%1: argumentet FILE mangler (se 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation>%1: forventet én FILE, fikk %2 argumenter</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>kan ikke lese standardinndata</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>kan ikke lese «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>This version has reports and is frozen. Create a new version to change it.</source>
        <translation>Denne versjonen har rapporter og er frosset. Opprett en ny versjon for å endre den.</translation>
    </message>
    <message>
        <source>Add questionnaire %1</source>
        <translation>Legg til spørreskjema %1</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Ny versjon av %1</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Legg til spørsmål</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>Det finnes ingen seksjon %1.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nytt spørsmål</translation>
    </message>
    <message>
        <source>Duplicate question %1</source>
        <translation>Dupliser spørsmål %1</translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation>Det finnes ikke noe spørsmål %1.</translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation>Slett spørsmål %1</translation>
    </message>
    <message>
        <source>Move question %1</source>
        <translation>Flytt spørsmål %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Legg til seksjon</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Ny seksjon</translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>Slett seksjon %1</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Flytt seksjon %1</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Rediger teksten til %1</translation>
    </message>
    <message>
        <source>%1 is not one of the programme's languages; add it first.</source>
        <translation>%1 er ikke et av programmets språk; legg det til først.</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>“%1” needs at least one condition.</source>
        <translation>«%1» trenger minst én betingelse.</translation>
    </message>
    <message>
        <source>Unknown comparison “%1” (use eq, ne, any_of, lt, le, gt or ge).</source>
        <translation>Ukjent sammenligning «%1» (bruk eq, ne, any_of, lt, le, gt eller ge).</translation>
    </message>
    <message>
        <source>“any_of” needs a non-empty “values” list.</source>
        <translation>«any_of» trenger en «values»-liste som ikke er tom.</translation>
    </message>
    <message>
        <source>The comparison “%1” needs a “value”.</source>
        <translation>Sammenligningen «%1» trenger en «value».</translation>
    </message>
    <message>
        <source>The comparison “%1” needs a number as its value.</source>
        <translation>Sammenligningen «%1» trenger et tall som verdi.</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>or as JSON, e.g. {"all": [ … ]}</source>
        <translation>eller som JSON, f.eks. {"all": [ … ]}</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Vises alltid</translation>
    </message>
    <message>
        <source>Never required</source>
        <translation>Kreves aldri</translation>
    </message>
    <message>
        <source>When this answer…</source>
        <translation>Når svaret på dette spørsmålet…</translation>
    </message>
    <message>
        <source>is</source>
        <translation>er</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>er ikke</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>er under</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>er høyst</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>er over</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>er minst</translation>
    </message>
    <message>
        <source>Not a condition: %1</source>
        <translation>Ugyldig betingelse: %1</translation>
    </message>
</context>
<context>
    <name>CsvImportCli</name>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>Kontroller filen og rapporter; skriv ingenting.</translation>
    </message>
    <message>
        <source>Import the rows without problems and leave the others out.</source>
        <translation>Importer radene uten problemer og hopp over de andre.</translation>
    </message>
    <message>
        <source>Which column holds which field.</source>
        <translation>Hvilken kolonne som inneholder hvilket felt.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN,...</source>
        <translation>FIELD=COLUMN,...</translation>
    </message>
    <message>
        <source>The file's encoding, when detection guesses wrong.</source>
        <translation>Filens tegnkoding, når gjenkjenningen gjetter feil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The delimiter: , ; tab or |.</source>
        <translation>Skilletegnet: , ; tab eller |.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>Numbers are written with a decimal comma.</source>
        <translation>Tall skrives med desimalkomma.</translation>
    </message>
    <message>
        <source>export: write here instead of standard output.</source>
        <translation>export: skriv til denne filen i stedet for til standardutdata.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>export: UTF-8 with a byte-order mark and ; as delimiter, as Excel opens it.</source>
        <translation>export: UTF-8 med byte-rekkefølgemerke og ; som skilletegn, slik Excel åpner det.</translation>
    </message>
    <message>
        <source>%1: --delimiter must be , ; tab or |, not “%2”</source>
        <translation>%1: --delimiter må være , ; tab eller |, ikke «%2»</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read; nothing was imported</source>
        <translation>%1: %2 kan ikke leses; ingenting ble importert</translation>
    </message>
    <message>
        <source>%1: --map %2: %3</source>
        <translation>%1: --map %2: %3</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>ukjent felt</translation>
    </message>
    <message>
        <source>no such column in the file</source>
        <translation>filen har ingen slik kolonne</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (prøvekjøring: ingenting ble skrevet)</translation>
    </message>
    <message>
        <source>: imported</source>
        <translation>: importert</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 problem(s)%6</source>
        <translation>%1: %2 nye, %3 oppdatert, %4 uendret, %5 problem(er)%6</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 problem(s)%5</source>
        <translation>%1: %2 nye, %3 oppdatert, %4 problem(er)%5</translation>
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
        <translation>Desimalkomma i tall (56,9496)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Importer bare &amp;gyldige rader</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisk</translation>
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
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Loddrett strek |</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>Hvilken kolonne som inneholder hva:</translation>
    </message>
    <message>
        <source>The file (first rows):</source>
        <translation>Filen (første rader):</translation>
    </message>
    <message>
        <source>Problems (nothing is written while there are any, unless you import the valid rows only):</source>
        <translation>Problemer (ingenting skrives så lenge det finnes noen, med mindre du importerer bare de gyldige radene):</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Lesingen av %1 ble avbrutt.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Automatisk (%1)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— importeres ikke —</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1…</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>Kontrollen av %1 ble avbrutt.</translation>
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
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dette er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the file is %1; files over %2 are not read</source>
        <translation>filen er på %1; filer over %2 leses ikke</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan ikke åpne filen: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; such files are not read</source>
        <translation>filen er større enn %1; slike filer leses ikke</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>unknown encoding "%1"</source>
        <translation>ukjent tegnkoding «%1»</translation>
    </message>
    <message>
        <source>the delimiter and the quote must be two different ASCII characters</source>
        <translation>skilletegnet og anførselstegnet må være to forskjellige ASCII-tegn</translation>
    </message>
    <message>
        <source>line %1, column %2: field too long (%3; at most %4)</source>
        <translation>linje %1, kolonne %2: feltet er for langt (%3; maks. %4)</translation>
    </message>
    <message>
        <source>line %1 has 1 field, the header has %2</source>
        <translation>linje %1 har 1 felt, overskriftsraden har %2</translation>
    </message>
    <message>
        <source>line %1 has 1 field, the first row has %2</source>
        <translation>linje %1 har 1 felt, første rad har %2</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>linje %1 har %2 felt, overskriftsraden har %3</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the first row has %3</source>
        <translation>linje %1 har %2 felt, første rad har %3</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside a field that is not quoted, or text after a closing quote (a field with quotes in it must be quoted as a whole, each inner quote doubled)</source>
        <translation>linje %1, kolonne %2: et anførselstegn i et felt som ikke står i anførselstegn, eller tekst etter et avsluttende anførselstegn (et felt som inneholder anførselstegn, må stå i anførselstegn i sin helhet, og hvert indre anførselstegn må dobles)</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 (column %2) has no closing quote</source>
        <translation>feltet i anførselstegn som begynner på linje %1 (kolonne %2), mangler avsluttende anførselstegn</translation>
    </message>
    <message>
        <source>line %1: not enough memory to read this field</source>
        <translation>linje %1: ikke nok minne til å lese dette feltet</translation>
    </message>
    <message>
        <source>line %1 contains a NUL byte: is this a binary file?</source>
        <translation>linje %1 inneholder en NUL-byte: er dette en binærfil?</translation>
    </message>
    <message>
        <source>line %1 is not valid %2 text; is the file in another encoding?</source>
        <translation>linje %1 er ikke gyldig %2-tekst; har filen en annen tegnkoding?</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>lesingen ble avbrutt</translation>
    </message>
    <message>
        <source>the file holds no rows, only empty lines</source>
        <translation>filen inneholder ingen datarader, bare tomme linjer</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>filen har en overskriftsrad, men ingen datarader</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>nothing to write: the file was not opened</source>
        <translation>ingenting å skrive: filen ble ikke åpnet</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Best locations (recognition)</source>
        <translation>Beste lokasjoner (anerkjennelse)</translation>
    </message>
    <message>
        <source>Lowest locations (training)</source>
        <translation>Laveste lokasjoner (opplæring)</translation>
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation>Best vurderte ansatte</translation>
    </message>
    <message>
        <source>Staff to coach</source>
        <translation>Ansatte som bør coaches</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: no approved results</source>
        <translation>%1: ingen godkjente resultater</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) at %1 location(s)</source>
        <translation>
            <numerusform>%n besøk, antall lokasjoner: %1</numerusform>
            <numerusform>%n besøk, antall lokasjoner: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>margin of error ±%1 points</source>
        <translation>feilmargin ±%1 poeng</translation>
    </message>
    <message>
        <source>the change since %1 is significant</source>
        <translation>endringen siden %1 er signifikant</translation>
    </message>
    <message>
        <source>the change since %1 is within the margin of error</source>
        <translation>endringen siden %1 er innenfor feilmarginen</translation>
    </message>
    <message>
        <source>target %1 % reached</source>
        <translation>målet %1 % nådd</translation>
    </message>
    <message>
        <source>target %1 % not reached</source>
        <translation>målet %1 % ikke nådd</translation>
    </message>
    <message>
        <source>No location has %1 or more visits in this wave.</source>
        <translation>Ingen lokasjon har %1 eller flere besøk i denne bølgen.</translation>
    </message>
    <message>
        <source>No staff member was described in %1 or more visits.</source>
        <translation>Ingen ansatt ble beskrevet i %1 eller flere besøk.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo programme (the bank Nordbank, twelve monthly waves around today) to a new project file.</source>
        <translation>Skriv et demoprogram (banken Nordbank, tolv månedlige bølger rundt dagens dato) til en ny prosjektfil.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Prosjektfilen som skal skrives.</translation>
    </message>
    <message>
        <source>small (about 100 locations, 1,500 visits, 400 shoppers) or large (about 1,500 locations, 200,000 visits, 60,000 shoppers). Default: small.</source>
        <translation>small (ca. 100 lokasjoner, 1 500 besøk, 400 testkunder) eller large (ca. 1 500 lokasjoner, 200 000 besøk, 60 000 testkunder). Standard: small.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Random seed; the same seed and date give the same programme.</source>
        <translation>Tilfeldig frø; samme frø og dato gir samme program.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD); waves are placed around it.</source>
        <translation>Lat som om dagens dato er DATE (YYYY-MM-DD); bølgene plasseres rundt den.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Replace FILE if it exists (only once the new one is complete).</source>
        <translation>Erstatt FILE hvis den finnes (først når den nye er ferdig).</translation>
    </message>
    <message>
        <source>Show progress on stderr.</source>
        <translation>Vis fremdrift på stderr.</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Skriv ut det som ble skrevet, som JSON.</translation>
    </message>
    <message>
        <source>demo: unknown preset “%1” (use small or large)</source>
        <translation>demo: ukjent forhåndsinnstilling «%1» (bruk small eller large)</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number from 0 to 18446744073709551615, not “%1”</source>
        <translation>demo: --seed må være et heltall fra 0 til 18446744073709551615, ikke «%1»</translation>
    </message>
    <message>
        <source>demo: --today must be a date like 2026-11-22, not “%1”</source>
        <translation>demo: --today må være en dato som 2026-11-22, ikke «%1»</translation>
    </message>
    <message>
        <source>Wrote %1: %2 locations, %3 shoppers, %4 visits, %5 reports, %6 answers (%7 rows in %8 s)</source>
        <translation>Skrev %1: %2 lokasjoner, %3 testkunder, %4 besøk, %5 rapporter, %6 svar (%7 rader på %8 s)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it explicitly.</source>
        <translation>«%1» finnes allerede; velg et annet navn eller angi uttrykkelig at den skal erstattes.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for “today”.</source>
        <translation>Demoen trenger en gyldig dato for «i dag».</translation>
    </message>
    <message>
        <source>The demo material is broken: %1</source>
        <translation>Demomaterialet er ødelagt: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation>Kan ikke skrive i mappen «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is full.</source>
        <translation>Kunne ikke skrive «%1»: disken er full.</translation>
    </message>
    <message>
        <source>Could not write the demo programme “%1”: %2.</source>
        <translation>Kunne ikke skrive demoprogrammet «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Kan ikke opprette «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Yes / No</source>
        <translation>Ja / Nei</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>NPS 0–10</source>
        <translation>NPS 0–10</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Enkeltvalg</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Flervalg</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Nett</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sosiale medier</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Revisjon</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Feltarbeid</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapportert</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Sendt inn</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sendt tilbake</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Midt på dagen</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Ettermiddag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Kveld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinne</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuelt</translation>
    </message>
    <message>
        <source>Zeroes section</source>
        <translation>Nuller seksjonen</translation>
    </message>
    <message>
        <source>Zeroes visit</source>
        <translation>Nuller besøket</translation>
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
        <translation>«%1» har %2 svar for %3 respondenter.</translation>
    </message>
    <message>
        <source>A driver analysis needs at least %1 respondents with an outcome, not %2.</source>
        <translation>En driveranalyse trenger minst %1 respondenter med et utfall, ikke %2.</translation>
    </message>
    <message>
        <source>Every respondent has the same outcome, so no standard can explain it.</source>
        <translation>Alle respondentene har samme utfall, så ingen standard kan forklare det.</translation>
    </message>
    <message>
        <source>Left out, fewer than %1 answers from respondents with an outcome: %2.</source>
        <translation>Utelatt, færre enn %1 svar fra respondenter med et utfall: %2.</translation>
    </message>
    <message>
        <source>Left out, the same answer from every respondent: %1.</source>
        <translation>Utelatt, samme svar fra alle respondenter: %1.</translation>
    </message>
    <message>
        <source>%1 % of the answers were missing (not applicable or unanswered); for the importance they count as the standard's average.</source>
        <translation>%1 % av svarene manglet (ikke relevant eller ubesvart); for betydningen teller de som standardens gjennomsnitt.</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>chosen by the user</source>
        <translation>valgt av brukeren</translation>
    </message>
    <message>
        <source>byte order mark (%1)</source>
        <translation>byte-rekkefølgemerke (%1)</translation>
    </message>
    <message>
        <source>no byte order mark, but every other byte is zero (%1)</source>
        <translation>ikke noe byte-rekkefølgemerke, men annenhver byte er null (%1)</translation>
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation>ren ASCII-tekst, leses som UTF-8</translation>
    </message>
    <message>
        <source>valid UTF-8 text</source>
        <translation>gyldig UTF-8-tekst</translation>
    </message>
    <message>
        <source>guessed by uchardet (%1)</source>
        <translation>gjettet av uchardet (%1)</translation>
    </message>
    <message>
        <source>could not tell the encoding; assuming windows-1252</source>
        <translation>kunne ikke avgjøre tegnkodingen; antar windows-1252</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>uchardet suggested %1; decoded as %2 the text reads most like Nordic, Baltic or Polish</source>
        <translation>uchardet foreslo %1; dekodet som %2 ligner teksten mest på nordisk, baltisk eller polsk</translation>
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message numerus="yes">
        <source>The panel of %Ln shopper(s), rule by rule:</source>
        <translation>
            <numerusform>Panelet på %Ln testkunde, regel for regel:</numerusform>
            <numerusform>Panelet på %Ln testkunder, regel for regel:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 igjen</translation>
    </message>
</context>
<context>
    <name>FieldworkLists</name>
    <message>
        <source>there is no wave %1</source>
        <translation>det finnes ingen bølge %1</translation>
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation>Besøk for %1 i %2</translation>
    </message>
    <message>
        <source>Your visits in %1</source>
        <translation>Dine besøk i %1</translation>
    </message>
    <message numerus="yes">
        <source>Shopper %1%2 · %n visit(s) · fees %3</source>
        <translation>
            <numerusform>Testkunde %1%2 · %n besøk · honorarer %3</numerusform>
            <numerusform>Testkunde %1%2 · %n besøk · honorarer %3</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>Briefing: %1 — %2</source>
        <translation>Instruks: %1 — %2</translation>
    </message>
    <message>
        <source>(no script written)</source>
        <translation>(manus er ikke skrevet)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>“%1” looks like a spreadsheet formula; it is kept as text (exports write it so that spreadsheets do not run it)</source>
        <translation>«%1» ser ut som en regnearkformel; den beholdes som tekst (eksporter skriver den slik at regneark ikke kjører den)</translation>
    </message>
    <message>
        <source>a coordinate needs both latitude and longitude</source>
        <translation>en koordinat krever både breddegrad og lengdegrad</translation>
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation>, med desimalkomma</translation>
    </message>
    <message>
        <source>“%1” is not a latitude (a number from -90 to 90%2)</source>
        <translation>«%1» er ikke en breddegrad (et tall fra -90 til 90%2)</translation>
    </message>
    <message>
        <source>“%1” is not a longitude (a number from -180 to 180%2)</source>
        <translation>«%1» er ikke en lengdegrad (et tall fra -180 til 180%2)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>linje %1, kolonne %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show what a project file holds: the programme and counts of everything in it.</source>
        <translation>Vis hva en prosjektfil inneholder: programmet og antallet av alt som finnes i det.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
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
        <translation>Kunde:       %1
</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ikke angitt)</translation>
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
        <translation>Størrelse:   %1
</translation>
    </message>
    <message>
        <source>Contents:
</source>
        <translation>Innhold:
</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>spørreskjemaer</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>spørsmål</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>lokasjoner</translation>
    </message>
    <message>
        <source>competitor locations</source>
        <translation>konkurrentlokasjoner</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scenarioer</translation>
    </message>
    <message>
        <source>waves</source>
        <translation>bølger</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>besøk</translation>
    </message>
    <message>
        <source>shoppers</source>
        <translation>testkunder</translation>
    </message>
    <message>
        <source>active shoppers</source>
        <translation>aktive testkunder</translation>
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
        <translation>QC-beslutninger</translation>
    </message>
    <message>
        <source>Visits by status:
</source>
        <translation>Besøk etter status:
</translation>
    </message>
</context>
<context>
    <name>LocationActions</name>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Select a location first.</source>
        <translation>Velg en lokasjon først.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation>Importer lokasjoner</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated</source>
        <translation>Importerte %1: %2 nye, %3 oppdatert</translation>
    </message>
    <message>
        <source>Export locations</source>
        <translation>Eksporter lokasjoner</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ingenting ble eksportert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n location(s)</source>
        <translation>
            <numerusform>Eksporterte %n lokasjon</numerusform>
            <numerusform>Eksporterte %n lokasjoner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>A competitor's location (for the benchmark)</source>
        <translation>En konkurrents lokasjon (for sammenligningen)</translation>
    </message>
    <message>
        <source>Active (evaluated in new waves)</source>
        <translation>Aktiv (evalueres i nye bølger)</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Ny lokasjon</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Lokasjon %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kana&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Merkevare:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Reg&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>Bredde&amp;grad:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;engdegrad:</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>An&amp;satte:</translation>
    </message>
    <message>
        <source>Si&amp;ze class:</source>
        <translation>Stø&amp;rrelsesklasse:</translation>
    </message>
    <message>
        <source>&amp;Manager's e-mail:</source>
        <translation>Lederens e-pos&amp;t:</translation>
    </message>
    <message>
        <source>Cop&amp;y Monday to Tuesday–Friday</source>
        <translation>Kopier mandag til tirsdag–&amp;fredag</translation>
    </message>
    <message>
        <source>Ne&amp;w attribute</source>
        <translation>N&amp;ytt attributt</translation>
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation>&amp;Fjern attributt</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>Op&amp;ening hours</source>
        <translation>&amp;Åpningstider</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>Attrib&amp;utter</translation>
    </message>
    <message>
        <source>e.g. S, M, L or flagship</source>
        <translation>f.eks. S, M, L eller flaggskip</translation>
    </message>
    <message>
        <source>name@client.example</source>
        <translation>navn@kunde.example</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Write 09:00–17:00, or split hours as 09:00–12:00, 13:00–18:00. Leave a day empty when the location is closed.</source>
        <translation>Skriv 09:00–17:00, eller delte åpningstider som 09:00–12:00, 13:00–18:00. La en dag stå tom når lokasjonen er stengt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Facts about the location that have no field of their own, such as the floor, the format or the number of cash desks.</source>
        <translation>Opplysninger om lokasjonen som ikke har et eget felt, for eksempel etasje, format eller antall kasser.</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>Bes&amp;øk</translation>
    </message>
</context>
<context>
    <name>LocationImport</name>
    <message>
        <source>Import locations from %1</source>
        <translation>Importer lokasjoner fra %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>linje %1 (%2): %3</translation>
    </message>
    <message>
        <source>the imported locations are in use by now and stay</source>
        <translation>de importerte lokasjonene er allerede i bruk og blir værende</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation>%1 har problemer; ingenting ble importert</translation>
    </message>
    <message>
        <source>%1 holds no location to import</source>
        <translation>%1 inneholder ingen lokasjon å importere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merkevare</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breddegrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengdegrad</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Størrelsesklasse</translation>
    </message>
    <message>
        <source>Manager e-mail</source>
        <translation>Lederens e-post</translation>
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
        <translation>ingen kolonne er valgt for %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>the location code is empty</source>
        <translation>lokasjonskoden er tom</translation>
    </message>
    <message>
        <source>the location code “%1” is longer than 40 characters</source>
        <translation>lokasjonskoden «%1» er lengre enn 40 tegn</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>koden %1 står allerede på linje %2</translation>
    </message>
    <message>
        <source>the name of %1 is empty</source>
        <translation>navnet på %1 er tomt</translation>
    </message>
    <message>
        <source>“%1” is not a channel (use visit, call, email, web, social or audit)</source>
        <translation>«%1» er ikke en kanal (bruk visit, call, email, web, social eller audit)</translation>
    </message>
    <message>
        <source>“%1” is not a number of staff</source>
        <translation>«%1» er ikke et gyldig antall ansatte</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>«%1» er verken ja eller nei</translation>
    </message>
    <message>
        <source>a region or area needs its country</source>
        <translation>en region eller et område må ha et land</translation>
    </message>
    <message>
        <source>an area needs its region</source>
        <translation>et område må ha en region</translation>
    </message>
    <message>
        <source>“%1” is not a known %2 of the programme</source>
        <translation>%2 «%1» finnes ikke i programmet</translation>
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
        <translation>filen inneholder ingen lokasjoner</translation>
    </message>
    <message>
        <source>Delete location %1</source>
        <translation>Slett lokasjon %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n location(s)</source>
        <translation>
            <numerusform>Slett %n lokasjon</numerusform>
            <numerusform>Slett %n lokasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s); deactivate it instead of deleting it</source>
        <translation>
            <numerusform>%1 har %n besøk; deaktiver den i stedet for å slette den</numerusform>
            <numerusform>%1 har %n besøk; deaktiver den i stedet for å slette den</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit location %1</source>
        <translation>Rediger lokasjon %1</translation>
    </message>
    <message>
        <source>Add location %1</source>
        <translation>Legg til lokasjon %1</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>det finnes ingen lokasjon %1</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Åpningstider (%1)</translation>
    </message>
    <message>
        <source>Attributes: the value “%1” needs a name</source>
        <translation>Attributter: verdien «%1» trenger et navn</translation>
    </message>
    <message>
        <source>Attributes: “%1” is given twice</source>
        <translation>Attributter: «%1» er oppgitt to ganger</translation>
    </message>
</context>
<context>
    <name>LocationImportDialog</name>
    <message>
        <source>Only countries, regions and areas the programme has</source>
        <translation>Bare land, regioner og områder som finnes i programmet</translation>
    </message>
    <message>
        <source>Import locations from %1</source>
        <translation>Importer lokasjoner fra %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new location(s)</source>
        <translation>
            <numerusform>%n ny lokasjon</numerusform>
            <numerusform>%n nye lokasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n oppdatert via koden</numerusform>
            <numerusform>%n oppdatert via koden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nye: %1</translation>
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
            <numerusform>%n lokasjon</numerusform>
            <numerusform>%n lokasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjoner</translation>
    </message>
</context>
<context>
    <name>LocationsCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Refuse countries, regions and areas the programme lacks.</source>
        <translation>Avvis land, regioner og områder som programmet mangler.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n location(s) to %1</source>
        <translation>
            <numerusform>Eksporterte %n lokasjon til %1</numerusform>
            <numerusform>Eksporterte %n lokasjoner til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show and browse locations by region; import them from a client's CSV file, or export them.</source>
        <translation>List opp, vis og bla gjennom lokasjoner etter region; importer dem fra en kundes CSV-fil, eller eksporter dem.</translation>
    </message>
    <message>
        <source>list, tree, show, import or export</source>
        <translation>list, tree, show, import eller export</translation>
    </message>
    <message>
        <source>list: only the locations of this region.</source>
        <translation>list: bare lokasjonene i denne regionen.</translation>
    </message>
    <message>
        <source>list: only this channel (visit, call, email, web, social, audit).</source>
        <translation>list: bare denne kanalen (visit, call, email, web, social, audit).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>list: yes for competitors' locations only, no for own ones.</source>
        <translation>list: yes for bare konkurrentenes lokasjoner, no for bare egne.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>list: yes for active locations only, no for inactive ones.</source>
        <translation>list: yes for bare aktive lokasjoner, no for bare inaktive.</translation>
    </message>
    <message>
        <source>list: only locations whose code, name, city or brand contains TEXT.</source>
        <translation>list: bare lokasjoner der kode, navn, by eller merkevare inneholder TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>locations: expected 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE' (see 'shopscope-cli locations --help')</source>
        <translation>locations: forventet 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' eller 'export FILE' (se 'shopscope-cli locations --help')</translation>
    </message>
    <message>
        <source>there is no region “%1”</source>
        <translation>det finnes ingen region «%1»</translation>
    </message>
    <message>
        <source>“%1” is a region of %2; write COUNTRY/%1</source>
        <translation>«%1» er en region i %2; skriv COUNTRY/%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>locations list: --channel must be visit, call, email, web, social or audit, not “%1”</source>
        <translation>locations list: --channel må være visit, call, email, web, social eller audit, ikke «%1»</translation>
    </message>
    <message>
        <source>locations list: --%1 must be yes or no, not “%2”</source>
        <translation>locations list: --%1 må være yes eller no, ikke «%2»</translation>
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
            <numerusform>%1 av %n lokasjon</numerusform>
            <numerusform>%1 av %n lokasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>locations tree: %1: %2</source>
        <translation>locations tree: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) in all</source>
        <translation>
            <numerusform>%n lokasjon totalt</numerusform>
            <numerusform>%n lokasjoner totalt</numerusform>
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
        <translation>nei</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Åpningstider:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributter:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
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
        <translation>Lokasjoner i et program.

  list FILE [--region NAME] [--channel C] [--competitor yes|no] [--active yes|no] [--search TEXT] [--json]
  tree FILE [--json]                 land &gt; region &gt; område med antall lokasjoner i hvert
  show FILE CODE [--json]            én lokasjon med åpningstider, attributter og besøk
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--known-regions-only] [--json]
  export FILE [-o OUT.csv] [--delimiter CHAR] [--excel]

--region tar navnet på en region (COUNTRY/REGION når to land har en region med det navnet) eller
none for lokasjonene uten region. Åpningstidene importeres og eksporteres i kolonnene hours_mon ...
hours_sun, f.eks. 09:00-12:00;13:00-18:00 (tom: stengt).
Tegnkodingen (UTF-8, UTF-16, Windows-1252, Windows-1257...), skilletegnet og overskriftsraden
gjenkjennes automatisk; kolonnene matches etter overskriftene sine (på engelsk, svensk, norsk,
latvisk eller polsk) med mindre --map angir dem, f.eks. --map code=Filiāles kods,name=Nosaukums.
Felter: %1. Hvert problem listes med linje og kolonne, og ingenting skrives, med mindre
--valid-rows importerer radene uten problemer. En kode som finnes, oppdateres i stedet for å dupliseres.</translation>
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
        <translation>ShopScope-programmer (*.shopscope);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne n&amp;ylige</translation>
    </message>
    <message>
        <source>Create &amp;Demo Programme…</source>
        <translation>Opprett &amp;demoprogram…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Lagre en &amp;kopi…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
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
        <translation>Spørreskjema</translation>
    </message>
    <message>
        <source>Locations &amp; scenarios</source>
        <translation>Lokasjoner og scenarioer</translation>
    </message>
    <message>
        <source>The units evaluated and the scripts shoppers play.</source>
        <translation>Enhetene som evalueres, og manusene testkundene spiller.</translation>
    </message>
    <message>
        <source>Waves &amp; sample</source>
        <translation>Bølger og utvalg</translation>
    </message>
    <message>
        <source>Fieldwork periods and the planned visits of each.</source>
        <translation>Feltperioder og de planlagte besøkene i hver av dem.</translation>
    </message>
    <message>
        <source>Shoppers &amp; assignment</source>
        <translation>Testkunder og tildeling</translation>
    </message>
    <message>
        <source>The shopper panel and who carries out which visit.</source>
        <translation>Testkundepanelet og hvem som gjennomfører hvilket besøk.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Reports that came back from the field and their review status.</source>
        <translation>Rapporter som har kommet inn fra feltet, og gjennomgangsstatusen deres.</translation>
    </message>
    <message>
        <source>Charts &amp; reports</source>
        <translation>Diagrammer og rapporter</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Åpne skrivebeskyttet?</translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation>Vil du åpne det skrivebeskyttet i stedet?</translation>
    </message>
    <message>
        <source>Cannot open the programme</source>
        <translation>Kan ikke åpne programmet</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>Åpnet %1 skrivebeskyttet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>%1 (read-only) — ShopScope</source>
        <translation>%1 (skrivebeskyttet) — ShopScope</translation>
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
        <translation>«%1» finnes allerede. Velg et nytt navn; ShopScope overskriver ikke programmer.</translation>
    </message>
    <message>
        <source>Cannot create the programme</source>
        <translation>Kan ikke opprette programmet</translation>
    </message>
    <message>
        <source>Open Programme</source>
        <translation>Åpne program</translation>
    </message>
    <message>
        <source>Create Demo Programme</source>
        <translation>Opprett demoprogram</translation>
    </message>
    <message>
        <source>Choose another file than the open programme.</source>
        <translation>Velg en annen fil enn det åpne programmet.</translation>
    </message>
    <message>
        <source>Writing the demo programme…</source>
        <translation>Skriver demoprogrammet…</translation>
    </message>
    <message>
        <source>Cannot create the demo programme</source>
        <translation>Kan ikke opprette demoprogrammet</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Lagre en kopi</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-kopi</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Kopien ble ikke lagret</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Lagret en kopi som %1</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Angre mislyktes</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Gjør om mislyktes</translation>
    </message>
    <message>
        <source>About ShopScope</source>
        <translation>Om ShopScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Mystery-shopping programmes for agencies: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Mystery shopping-programmer for byråer: spørreskjemaer, bølger og utvalg, tildeling av testkunder, kvalitetskontroll, resultater og diagrammer klare for kunden.&lt;/p&gt;&lt;p&gt;Fri programvare under GNU General Public License, versjon 3 eller senere.&lt;/p&gt;&lt;p&gt;Bygd med Qt %2 og SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language takes effect when ShopScope starts next.</source>
        <translation>Det nye språket tas i bruk neste gang ShopScope starter.</translation>
    </message>
    <message>
        <source>No recent programmes</source>
        <translation>Ingen nylige programmer</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Tøm listen</translation>
    </message>
    <message>
        <source>Writing a copy of %1…</source>
        <translation>Skriver en kopi av %1…</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Kopieringen ble avbrutt.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktøy</translation>
    </message>
    <message>
        <source>&amp;Sample Size Calculator…</source>
        <translation>Kalkulator for &amp;utvalgsstørrelse…</translation>
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation>Kalkulator for utvalgsstørrelse</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Planoversikt</translation>
    </message>
    <message>
        <source>The dashboard, the standard charts and their exports for clients; fieldwork and results wave by wave.</source>
        <translation>Oversikten, standarddiagrammene og eksporten av dem for kunder; feltarbeid og resultater bølge for bølge.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create a new, empty ShopScope project file.</source>
        <translation>Opprett en ny, tom ShopScope-prosjektfil.</translation>
    </message>
    <message>
        <source>The project file to create (e.g. client.shopscope).</source>
        <translation>Prosjektfilen som skal opprettes (f.eks. kunde.shopscope).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Opprettet %1</translation>
    </message>
</context>
<context>
    <name>OdkExportDialog</name>
    <message>
        <source>Export for ODK fielding</source>
        <translation>Eksporter for feltarbeid med ODK</translation>
    </message>
    <message>
        <source>XForm (.xml) for ODK Collect, ODK Central and Enketo</source>
        <translation>XForm (.xml) for ODK Collect, ODK Central og Enketo</translation>
    </message>
    <message>
        <source>XLSForm (.xlsx) for KoboToolbox and ODK Central</source>
        <translation>XLSForm (.xlsx) for KoboToolbox og ODK Central</translation>
    </message>
    <message>
        <source>Ask the shopper for the visit ID</source>
        <translation>Be testkunden oppgi besøks-id</translation>
    </message>
    <message>
        <source>Without this, the visit ID is a hidden field filled in by the link you send each shopper (Enketo and KoboToolbox prefill: ?d[/data/ss_visit_id]=1234).</source>
        <translation>Hvis dette ikke er valgt, er besøks-id et skjult felt som fylles ut via lenken du sender hver testkunde (forhåndsutfylling i Enketo og KoboToolbox: ?d[/data/ss_visit_id]=1234).</translation>
    </message>
    <message>
        <source>A comment field after every question</source>
        <translation>Et kommentarfelt etter hvert spørsmål</translation>
    </message>
    <message>
        <source>Otherwise only questions with a required comment get a comment field.</source>
        <translation>Ellers får bare spørsmål med påkrevd kommentar et kommentarfelt.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in %1, with the visit in hidden fields and ShopScope's score as a calculated field. Before you export, what the form cannot carry as ShopScope does:</source>
        <translation>
            <numerusform>%n spørsmål (språk: %1), besøket i skjulte felt og ShopScopes resultat som et beregnet felt. Før du eksporterer – dette kan ikke skjemaet håndtere slik ShopScope gjør:</numerusform>
            <numerusform>%n spørsmål (språk: %1), besøket i skjulte felt og ShopScopes resultat som et beregnet felt. Før du eksporterer – dette kan ikke skjemaet håndtere slik ShopScope gjør:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing: every question, option, condition, translation and scoring rule carries over.</source>
        <translation>Ingenting: alle spørsmål, alternativer, betingelser, oversettelser og poengregler blir med.</translation>
    </message>
</context>
<context>
    <name>OdkFormBuilder</name>
    <message numerus="yes">
        <source>%n text(s) have no %1 translation; the form shows the source language (%2) there</source>
        <translation>
            <numerusform>%n tekst mangler oversettelse til %1; der viser skjemaet kildespråket (%2)</numerusform>
            <numerusform>%n tekster mangler oversettelse til %1; der viser skjemaet kildespråket (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>ODK number fields cannot hold “not applicable”: the shopper leaves %1 empty instead, and it comes back unanswered</source>
        <translation>ODK-tallfelt kan ikke inneholde «ikke aktuelt»: testkunden lar i stedet spørsmål %1 stå tomt, og det kommer tilbake ubesvart</translation>
    </message>
    <message>
        <source>the name “%1” is used twice in the form (letter case aside); ODK tools will refuse it</source>
        <translation>navnet «%1» brukes to ganger i skjemaet (store og små bokstaver sett bort fra); ODK-verktøyene vil avvise det</translation>
    </message>
    <message>
        <source>the %1 condition on %2 (%3) never holds in ShopScope, and not in the ODK form either</source>
        <translation>%1 som gjelder %2 (%3) er aldri oppfylt i ShopScope, og heller ikke i ODK-skjemaet</translation>
    </message>
    <message>
        <source>show-if</source>
        <translation>visningsbetingelsen</translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation>kommentarbetingelsen</translation>
    </message>
</context>
<context>
    <name>OdkFormImporter</name>
    <message>
        <source>a repeat becomes a plain section: its questions are asked once per visit</source>
        <translation>en gjentakelse (repeat) blir en vanlig seksjon: spørsmålene stilles én gang per besøk</translation>
    </message>
    <message>
        <source>the group name “%1” cannot be a section code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>gruppenavnet «%1» kan ikke bli en seksjonskode (1-40 bokstaver, sifre, «_», «-» eller «.»)</translation>
    </message>
    <message>
        <source>the group name “%1” is used twice</source>
        <translation>gruppenavnet «%1» brukes to ganger</translation>
    </message>
    <message>
        <source>groups nest only two deep in a questionnaire: its questions join the group around it</source>
        <translation>grupper kan bare nøstes to nivåer dypt i et spørreskjema: gruppens spørsmål havner i gruppen rundt</translation>
    </message>
    <message>
        <source>the name “%1” cannot be a question code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>navnet «%1» kan ikke bli en spørsmålskode (1-40 bokstaver, sifre, «_», «-» eller «.»)</translation>
    </message>
    <message>
        <source>unknown shopscope_type “%1”</source>
        <translation>ukjent shopscope_type «%1»</translation>
    </message>
    <message>
        <source>“or_other” becomes an option “other”; the text the shopper types for it has no question of its own</source>
        <translation>«or_other» blir alternativet «other»; teksten testkunden skriver for det, får ikke noe eget spørsmål</translation>
    </message>
    <message>
        <source>a date and time becomes a date question</source>
        <translation>dato og klokkeslett blir et datospørsmål</translation>
    </message>
    <message>
        <source>the choice name “%1” cannot be an option code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>navnet «%1» i choices kan ikke bli en alternativkode (1-40 bokstaver, sifre, «_», «-» eller «.»)</translation>
    </message>
    <message>
        <source>a range of more than 20 steps becomes a number question</source>
        <translation>et intervall (range) med flere enn 20 trinn blir et tallspørsmål</translation>
    </message>
    <message>
        <source>“required” only under a condition (%1) is not kept: the question is optional</source>
        <translation>«required» som bare gjelder under en betingelse (%1), beholdes ikke: spørsmålet er valgfritt</translation>
    </message>
    <message>
        <source>the %1 condition %2 cannot be read (%3); it is left out</source>
        <translation>%1-betingelsen %2 kan ikke leses (%3); den utelates</translation>
    </message>
    <message>
        <source>the condition “%1” is left out, the question is always shown: %2</source>
        <translation>betingelsen «%1» utelates, og spørsmålet vises alltid: %2</translation>
    </message>
    <message>
        <source>the constraint “%1” is not kept</source>
        <translation>begrensningen «%1» beholdes ikke</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have no %1 version; another language's text stands in</source>
        <translation>
            <numerusform>%n tekst finnes ikke på %1; en tekst på et annet språk brukes i stedet</numerusform>
            <numerusform>%n tekster finnes ikke på %1; tekster på et annet språk brukes i stedet</numerusform>
        </translation>
    </message>
    <message>
        <source>notes (survey rows %1) are texts, not questions: left out</source>
        <translation>merknader (radene %1 i arket survey) er tekster, ikke spørsmål: utelates</translation>
    </message>
    <message>
        <source>ShopScope has no “%1” question (survey rows %2): left out</source>
        <translation>ShopScope har ingen spørsmålstype «%1» (radene %2 i arket survey): utelates</translation>
    </message>
    <message>
        <source>the form has no question ShopScope can take</source>
        <translation>skjemaet har ingen spørsmål som ShopScope kan ta imot</translation>
    </message>
    <message>
        <source>survey row %1 (%2)</source>
        <translation>arket survey, rad %1 (%2)</translation>
    </message>
    <message>
        <source>choices row %1</source>
        <translation>arket choices, rad %1</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1 (rad %2)</translation>
    </message>
    <message>
        <source>device data and calculations are not answers: left out %1</source>
        <translation>enhetsdata og beregninger er ikke svar, så de utelates: %1</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>“%1” is not opening hours (write 09:00-17:00, or 09:00-12:00, 13:00-18:00 for split hours; leave it empty when closed)</source>
        <translation>«%1» er ikke åpningstider (skriv 09:00-17:00, eller 09:00-12:00, 13:00-18:00 for delte åpningstider; la det stå tomt når det er stengt)</translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation>«%1» er ikke et gyldig klokkeslett</translation>
    </message>
    <message>
        <source>%1 is not after %2</source>
        <translation>%1 er ikke etter %2</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation>%1 overlapper %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
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
        <translation>Lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show a wave's sample plan rules and generate its visits with a quota check.</source>
        <translation>Vis utvalgsplanreglene for en bølge og generer besøkene med en kvotekontroll.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>Show the proposal and its quota check; write nothing.</source>
        <translation>Vis forslaget og kvotekontrollen; skriv ingenting.</translation>
    </message>
    <message>
        <source>The seed that makes the plan reproducible (default 1).</source>
        <translation>Frøet som gjør planen reproduserbar (standard 1).</translation>
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
        <translation>Les reglene fra et JSON-dokument.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Store the rules for the wave (default), the programme, or not.</source>
        <translation>Lagre reglene for bølgen (standard), for programmet eller ikke i det hele tatt.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WHERE</translation>
    </message>
    <message>
        <source>Visits per location.</source>
        <translation>Besøk per lokasjon.</translation>
    </message>
    <message>
        <source>Visits per location of a channel, e.g. call=10 (repeatable).</source>
        <translation>Besøk per lokasjon i en kanal, f.eks. call=10 (kan gjentas).</translation>
    </message>
    <message>
        <source>CHANNEL=N</source>
        <translation>CHANNEL=N</translation>
    </message>
    <message>
        <source>Scenario codes in rotation order, comma-separated.</source>
        <translation>Scenariokoder i rotasjonsrekkefølge, kommaseparert.</translation>
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
        <translation>Bare lokasjoner i disse kanalene, kommaseparert.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Only locations in these regions, comma-separated.</source>
        <translation>Bare lokasjoner i disse regionene, kommaseparert.</translation>
    </message>
    <message>
        <source>exclude, include or only.</source>
        <translation>exclude, include eller only.</translation>
    </message>
    <message>
        <source>A weekday quota, e.g. saturday=0.3 or 6=30% (repeatable).</source>
        <translation>En ukedagskvote, f.eks. saturday=0.3 eller 6=30% (kan gjentas).</translation>
    </message>
    <message>
        <source>DAY=SHARE</source>
        <translation>DAY=SHARE</translation>
    </message>
    <message>
        <source>A daypart quota, e.g. evening=0.2 (repeatable).</source>
        <translation>En kvote for tid på dagen, f.eks. evening=0.2 (kan gjentas).</translation>
    </message>
    <message>
        <source>PART=SHARE</source>
        <translation>PART=SHARE</translation>
    </message>
    <message>
        <source>even (spread over the weeks of the wave) or free.</source>
        <translation>even (fordelt over bølgens uker) eller free.</translation>
    </message>
    <message>
        <source>plan: cannot read %1: %2</source>
        <translation>plan: kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>plan: %1: %2</source>
        <translation>plan: %1: %2</translation>
    </message>
    <message>
        <source>plan: --visits must be a whole number of 0 or more, not “%1”</source>
        <translation>plan: --visits må være et heltall, 0 eller større, ikke «%1»</translation>
    </message>
    <message>
        <source>plan: --channel-visits must look like call=10, not “%1”</source>
        <translation>plan: --channel-visits må se ut som call=10, ikke «%1»</translation>
    </message>
    <message>
        <source>plan: --%1 must look like %2, not “%3”</source>
        <translation>plan: --%1 må se ut som %2, ikke «%3»</translation>
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
        <translation>Regler fra: %1
%2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kvote</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Ønsket</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Oppnådd</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEI</translation>
    </message>
    <message>
        <source>plan generate: give the wave with --wave NAME</source>
        <translation>plan generate: angi bølgen med --wave NAME</translation>
    </message>
    <message>
        <source>plan generate: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation>plan generate: --seed må være et heltall, 0 eller større, ikke «%1»</translation>
    </message>
    <message>
        <source>plan generate: --by must be region or scenario, not “%1”</source>
        <translation>plan generate: --by må være region eller scenario, ikke «%1»</translation>
    </message>
    <message>
        <source>plan generate: --save-rules must be wave, programme or no, not “%1”</source>
        <translation>plan generate: --save-rules må være wave, programme eller no, ikke «%1»</translation>
    </message>
    <message>
        <source>plan generate: %1</source>
        <translation>plan generate: %1</translation>
    </message>
    <message>
        <source>plan generate: the plan is impossible: %1</source>
        <translation>plan generate: planen er umulig: %1</translation>
    </message>
    <message>
        <source>plan generate: nothing written: %1</source>
        <translation>plan generate: ingenting ble skrevet: %1</translation>
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):
</source>
        <translation>Prøvekjøring for bølge %1 (ingenting ble skrevet):
</translation>
    </message>
    <message>
        <source>Generated wave %1:
</source>
        <translation>Genererte bølge %1:
</translation>
    </message>
    <message numerus="yes">
        <source>  %n location(s)
</source>
        <translation>
            <numerusform>  %n lokasjon
</numerusform>
            <numerusform>  %n lokasjoner
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n new visit(s), </source>
        <translation>
            <numerusform>  %n nytt besøk, </numerusform>
            <numerusform>  %n nye besøk, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced, </source>
        <translation>
            <numerusform>%n erstattet, </numerusform>
            <numerusform>%n erstattet, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept
</source>
        <translation>
            <numerusform>%n beholdt
</numerusform>
            <numerusform>%n beholdt
</numerusform>
        </translation>
    </message>
    <message>
        <source>  fieldwork budget %1
</source>
        <translation>  feltarbeidsbudsjett %1
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
        <translation>Utvalgsplanen: regler som gjør lokasjoner, scenarioer og kvoter om til besøkene i en bølge.

  rules FILE [--wave NAME] [--json]
  summary FILE [--wave NAME] [--by wave,region,scenario,channel,location|none] [--json|--csv]
  generate FILE --wave NAME [--dry-run] [--seed N] [--by region|scenario] [--json]
                [--rules RULES.json] [regelvalg] [--save-rules wave|programme|no]

Reglene som gjelder, er bølgens egne, ellers programmets standardregler, ellers ett besøk per aktiv
lokasjon som roterer gjennom alle aktive scenarioer i lokasjonens kanal. --rules og regelvalgene endrer
dem for denne kjøringen; en generering som endrer dem, lagrer dem for bølgen (eller med
--save-rules programme som standard for alle bølger). Besøk som er tildelt, utført, låst eller
har en rapport, blir stående; bølgens øvrige planlagte besøk erstattes. Regeldokumentet er beskrevet
i docs/sample-plan.md. Eksempel:
  plan generate demo.shopscope --wave W2026-12 --visits 3 --weekday saturday=0.3 --dry-run</translation>
    </message>
    <message>
        <source>rules, generate or summary</source>
        <translation>rules, generate eller summary</translation>
    </message>
    <message>
        <source>plan: expected rules FILE, generate FILE --wave NAME or summary FILE (see 'shopscope-cli plan --help')</source>
        <translation>plan: forventet rules FILE, generate FILE --wave NAME eller summary FILE (se 'shopscope-cli plan --help')</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>by opening hours</source>
        <translation>etter åpningstider</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation>%1 — %2, %3 til %4</translation>
    </message>
    <message>
        <source>Generate Visits — %1</source>
        <translation>Generer besøk — %1</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanaler:</translation>
    </message>
    <message>
        <source>None ticked: every region.</source>
        <translation>Ingen avkrysset: alle regioner.</translation>
    </message>
    <message>
        <source>Regions (none = all):</source>
        <translation>Regioner (ingen = alle):</translation>
    </message>
    <message>
        <source>Own locations only</source>
        <translation>Bare egne lokasjoner</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Egne og konkurrenters</translation>
    </message>
    <message>
        <source>Competitors only</source>
        <translation>Bare konkurrenters</translation>
    </message>
    <message>
        <source>Competitors:</source>
        <translation>Konkurrenter:</translation>
    </message>
    <message>
        <source>Active locations only</source>
        <translation>Bare aktive lokasjoner</translation>
    </message>
    <message>
        <source>Visits per location</source>
        <translation>Besøk per lokasjon</translation>
    </message>
    <message>
        <source>A fixed number per channel</source>
        <translation>Et fast antall per kanal</translation>
    </message>
    <message>
        <source>By staff count</source>
        <translation>Etter antall ansatte</translation>
    </message>
    <message>
        <source>By size class</source>
        <translation>Etter størrelsesklasse</translation>
    </message>
    <message>
        <source>one visit per </source>
        <translation>ett besøk per </translation>
    </message>
    <message>
        <source> staff</source>
        <translation> ansatte</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Besøk:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Minst:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Høyst:</translation>
    </message>
    <message>
        <source>e.g. S=1, M=2, L=4</source>
        <translation>f.eks. S=1, M=2, L=4</translation>
    </message>
    <message>
        <source>Per size class:</source>
        <translation>Per størrelsesklasse:</translation>
    </message>
    <message>
        <source>Other sizes:</source>
        <translation>Andre størrelser:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>Rotate across the waves</source>
        <translation>Roter over bølgene</translation>
    </message>
    <message>
        <source>The same every wave</source>
        <translation>Det samme i hver bølge</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>Fordeling:</translation>
    </message>
    <message>
        <source>Play:</source>
        <translation>Spill:</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kvoter</translation>
    </message>
    <message>
        <source>Evenly across the weeks</source>
        <translation>Jevnt over ukene</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generering</translation>
    </message>
    <message>
        <source>The same seed and rules always give the same visits.</source>
        <translation>Samme frø og regler gir alltid de samme besøkene.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Frø:</translation>
    </message>
    <message>
        <source>Keep these rules for this wave</source>
        <translation>Behold disse reglene for denne bølgen</translation>
    </message>
    <message>
        <source>Keep them as the default for every wave</source>
        <translation>Behold dem som standard for alle bølger</translation>
    </message>
    <message>
        <source>Do not keep them</source>
        <translation>Ikke behold dem</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regler:</translation>
    </message>
    <message>
        <source>Quota check for:</source>
        <translation>Kvotekontroll for:</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kvote</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Ønsket</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Oppnådd</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generer</translation>
    </message>
    <message>
        <source>Per size class: “%1” should look like M=2</source>
        <translation>Per størrelsesklasse: «%1» skal se ut som M=2</translation>
    </message>
    <message>
        <source>Scenarios: tick at least one</source>
        <translation>Scenarioer: kryss av minst ett</translation>
    </message>
    <message>
        <source>The rules changed: &lt;b&gt;Preview&lt;/b&gt; to see the visits they give.</source>
        <translation>Reglene er endret: klikk på &lt;b&gt;Forhåndsvis&lt;/b&gt; for å se hvilke besøk de gir.</translation>
    </message>
    <message>
        <source>Working out the visits…</source>
        <translation>Beregner besøkene…</translation>
    </message>
    <message>
        <source>Generating the visits of %1…</source>
        <translation>Genererer besøkene for %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Forhåndsvisningen ble avbrutt.</translation>
    </message>
    <message>
        <source>No visits can be generated: %1</source>
        <translation>Ingen besøk kan genereres: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new visit(s)&lt;/b&gt; at </source>
        <translation>
            <numerusform>&lt;b&gt;%n nytt besøk&lt;/b&gt; på </numerusform>
            <numerusform>&lt;b&gt;%n nye besøk&lt;/b&gt; på </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s); </source>
        <translation>
            <numerusform>%n lokasjon; </numerusform>
            <numerusform>%n lokasjoner; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) replaced, </source>
        <translation>
            <numerusform>%n planlagt besøk erstattet, </numerusform>
            <numerusform>%n planlagte besøk erstattet, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (assigned, done or locked).</source>
        <translation>
            <numerusform>%n beholdt (tildelt, utført eller låst).</numerusform>
            <numerusform>%n beholdt (tildelt, utført eller låst).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fieldwork budget: %1</source>
        <translation>Feltarbeidsbudsjett: %1</translation>
    </message>
    <message>
        <source>Every quota of the wave holds within one visit.</source>
        <translation>Alle kvotene i bølgen oppfylles innenfor ett besøk.</translation>
    </message>
    <message>
        <source>Some quotas miss by more than one visit: see the check below.</source>
        <translation>Noen kvoter avviker med mer enn ett besøk: se kontrollen nedenfor.</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ nei</translation>
    </message>
    <message>
        <source>No visits generated</source>
        <translation>Ingen besøk ble generert</translation>
    </message>
    <message>
        <source>Writing the visits of %1…</source>
        <translation>Skriver besøkene for %1…</translation>
    </message>
</context>
<context>
    <name>PlanProposal</name>
    <message>
        <source>Week %1</source>
        <translation>Uke %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>The whole wave</source>
        <translation>Hele bølgen</translation>
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
        <translation>ukjent innstilling (kjente: %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>må være et objekt</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>må være en liste med tekster</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>må være et heltall fra %1 til %2</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1</source>
        <translation>må være en andel mellom 0 og 1</translation>
    </message>
    <message>
        <source>%1 is not a share between 0 and 1 (write %2 for %1 %)</source>
        <translation>%1 er ikke en andel mellom 0 og 1 (skriv %2 for %1 %)</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>ugyldig JSON ved tegn %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>reglene må være et JSON-objekt</translation>
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation>ukjent kanal «%1» (kjente: %2)</translation>
    </message>
    <message>
        <source>must be exclude, include or only</source>
        <translation>må være exclude, include eller only</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>må være true eller false</translation>
    </message>
    <message>
        <source>unknown channel (known: %1)</source>
        <translation>ukjent kanal (kjente: %1)</translation>
    </message>
    <message>
        <source>must be fixed, staff or size_class</source>
        <translation>må være fixed, staff eller size_class</translation>
    </message>
    <message>
        <source>must be rotation or fixed</source>
        <translation>må være rotation eller fixed</translation>
    </message>
    <message>
        <source>not a weekday (1 = Monday … 7 = Sunday, or a name such as saturday)</source>
        <translation>ikke en ukedag (1 = mandag … 7 = søndag, eller et navn som saturday)</translation>
    </message>
    <message>
        <source>not a daypart (known: %1)</source>
        <translation>ikke en tid på dagen (kjente: %1)</translation>
    </message>
    <message>
        <source>must be even or free</source>
        <translation>må være even eller free</translation>
    </message>
    <message>
        <source>weekdays: every share must be between 0 and 1</source>
        <translation>weekdays: hver andel må være mellom 0 og 1</translation>
    </message>
    <message>
        <source>weekdays: the quotas add up to %1 %, more than 100 %</source>
        <translation>weekdays: kvotene summerer seg til %1 %, mer enn 100 %</translation>
    </message>
    <message>
        <source>weekdays: every day has a quota but they add up to only %1 %</source>
        <translation>weekdays: hver dag har en kvote, men de summerer seg bare til %1 %</translation>
    </message>
    <message>
        <source>dayparts: every share must be between 0 and 1</source>
        <translation>dayparts: hver andel må være mellom 0 og 1</translation>
    </message>
    <message>
        <source>dayparts: the quotas add up to %1 %, more than 100 %</source>
        <translation>dayparts: kvotene summerer seg til %1 %, mer enn 100 %</translation>
    </message>
    <message>
        <source>dayparts: every daypart has a quota but they add up to only %1 %</source>
        <translation>dayparts: hver tid på dagen har en kvote, men de summerer seg bare til %1 %</translation>
    </message>
    <message>
        <source>visits: the minimum %1 is above the maximum %2</source>
        <translation>visits: minimum %1 er høyere enn maksimum %2</translation>
    </message>
    <message>
        <source>the stored plan rules cannot be read: %1</source>
        <translation>de lagrede planreglene kan ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>The plan summary cannot be read: %1</source>
        <translation>Planoversikten kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The wave chosen for the plan summary no longer exists.</source>
        <translation>Bølgen som er valgt for planoversikten, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>“%1” is not a grouping: use wave, region, scenario, channel or location, or none.</source>
        <translation>«%1» er ikke en gruppering: bruk wave, region, scenario, channel eller location, eller none.</translation>
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
        <translation>±%1 pp</translation>
    </message>
    <message>
        <source>⚠ Too small to report</source>
        <translation>⚠ For liten til å rapporteres</translation>
    </message>
    <message>
        <source>%1 visits: fewer than the programme's small-base threshold of %2, too few to report on their own. Merge it with others or plan more visits.</source>
        <translation>%1 besøk: færre enn programmets grense for lav base på %2, for få til å rapporteres alene. Slå cellen sammen med andre eller planlegg flere besøk.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Bølge</translation>
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
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Lokasjonsnavn</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Presisjon</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Planned visits: every visit of the cell that is not cancelled.</source>
        <translation>Planlagte besøk: alle besøk i cellen som ikke er avlyst.</translation>
    </message>
    <message>
        <source>The fieldwork budget: the scenario fees of the cell's visits, in the currency the fees were entered in.</source>
        <translation>Feltarbeidsbudsjettet: scenarioenes honorarer for cellens besøk, i valutaen honorarene ble lagt inn i.</translation>
    </message>
    <message>
        <source>The margin of error at 95 % confidence of a yes/no standard met 80 % of the time, for this many visits.</source>
        <translation>Feilmarginen ved konfidensnivå 95 % for en ja/nei-standard som oppfylles i 80 % av tilfellene, ved så mange besøk.</translation>
    </message>
    <message>
        <source>Whether the cell has enough visits to report on its own.</source>
        <translation>Om cellen har nok besøk til å rapporteres alene.</translation>
    </message>
</context>
<context>
    <name>PlanSummaryPrinter</name>
    <message>
        <source>Wave</source>
        <translation>Bølge</translation>
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
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 prosentpoeng</translation>
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
        <translation>lokasjoner</translation>
    </message>
    <message>
        <source>One wave, by its code or name (all waves without it).</source>
        <translation>Én bølge, med kode eller navn (uten dette valget: alle bølger).</translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WAVE</translation>
    </message>
    <message>
        <source>Group by these, separated by commas: wave, region, scenario, channel, location; or none. The default is region,scenario for one wave and wave for all waves.</source>
        <translation>Grupper etter disse, kommaseparert: wave, region, scenario, channel, location; eller none. Standard er region,scenario for én bølge og wave for alle bølger.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Skriv ut oversikten som JSON.</translation>
    </message>
    <message>
        <source>Print the cells and the total as CSV.</source>
        <translation>Skriv ut cellene og totalen som CSV.</translation>
    </message>
    <message>
        <source>%1: give either --json or --csv, not both</source>
        <translation>%1: oppgi enten --json eller --csv, ikke begge</translation>
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
        <translation>Planoversikt for %1 (%2)</translation>
    </message>
    <message>
        <source>Plan summary of all waves</source>
        <translation>Planoversikt for alle bølger</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, etter %1</translation>
    </message>
    <message>
        <source>No planned visits in this wave.</source>
        <translation>Ingen planlagte besøk i denne bølgen.</translation>
    </message>
    <message>
        <source>No planned visits yet.</source>
        <translation>Ingen planlagte besøk ennå.</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>for liten</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Feilmargin</translation>
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
        <translation>Feilmargin: for en ja/nei-standard som oppfylles i 80 % av tilfellene, ved konfidensnivå 95 %.
For liten: færre besøk enn programmets grense for lav base (%1), for få til å rapporteres.
Budsjett: scenarioenes honorarer for besøkene, i valutaen honorarene ble lagt inn i.

</translation>
    </message>
    <message>
        <source>Readings per wave</source>
        <translation>Målinger per bølge</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Smallest base</source>
        <translation>Laveste base</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>For små</translation>
    </message>
</context>
<context>
    <name>PlanSummaryView</name>
    <message>
        <source>±%1 pts</source>
        <translation>±%1 pp</translation>
    </message>
    <message>
        <source>Sample sizes…</source>
        <translation>Utvalgsstørrelser…</translation>
    </message>
    <message>
        <source>How many visits a cell needs: the calculator, starting from the selected row.</source>
        <translation>Hvor mange besøk en celle trenger: kalkulatoren, med utgangspunkt i den valgte raden.</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Bølge:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grupper etter:</translation>
    </message>
    <message>
        <source>W&amp;ave</source>
        <translation>Bølg&amp;e</translation>
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
        <translation>&amp;Lokasjon</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Alle bølger</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <source>This programme has no waves yet. Create them on the Waves tab with “New waves…”; their planned visits, budget and precision then show here.</source>
        <translation>Dette programmet har ingen bølger ennå. Opprett dem i fanen Bølger med «Nye bølger…»; de planlagte besøkene, budsjettet og presisjonen vises deretter her.</translation>
    </message>
    <message>
        <source>No visits are planned in %1 (%2) yet. Once the wave's visits are planned, their number, budget and precision show here.</source>
        <translation>Ingen besøk er planlagt i %1 (%2) ennå. Når bølgens besøk er planlagt, vises antall, budsjett og presisjon her.</translation>
    </message>
    <message>
        <source>No visits are planned yet. Once visits are planned, their number, budget and precision show here.</source>
        <translation>Ingen besøk er planlagt ennå. Når besøk er planlagt, vises antall, budsjett og presisjon her.</translation>
    </message>
    <message>
        <source>Precision of each wave's readings</source>
        <translation>Presisjonen i målingene for hver bølge</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Laveste</translation>
    </message>
    <message>
        <source>Widest margin</source>
        <translation>Største feilmargin</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>For små</translation>
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
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>⚠ Too small to report: fewer visits than the programme's small-base threshold (%1; set on the Programme page).
Precision: the margin of error at 95 % confidence of a yes/no standard met 80 % of the time.
Budget: the scenario fees of the planned visits, in the currency the fees were entered in.</source>
        <translation>⚠ For liten til å rapporteres: færre besøk enn programmets grense for lav base (%1; angis på siden Program).
Presisjon: feilmarginen ved konfidensnivå 95 % for en ja/nei-standard som oppfylles i 80 % av tilfellene.
Budsjett: scenarioenes honorarer for de planlagte besøkene, i valutaen honorarene ble lagt inn i.</translation>
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation>Kalkulator for utvalgsstørrelse</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommand</name>
    <message>
        <source>Show or change the programme's settings and languages.</source>
        <translation>Vis eller endre programmets innstillinger og språk.</translation>
    </message>
    <message>
        <source>show or set</source>
        <translation>show eller set</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation>Skriv ut innstillingene som JSON.</translation>
    </message>
    <message>
        <source>The client's name.</source>
        <translation>Kundens navn.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The programme's name.</source>
        <translation>Programmets navn.</translation>
    </message>
    <message>
        <source>The target score in percent, or none.</source>
        <translation>Målscoren i prosent, eller none.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Figures on fewer visits than this are flagged.</source>
        <translation>Tall basert på færre besøk enn dette flagges.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days before a shopper may visit the same location again.</source>
        <translation>Antall dager før en testkunde kan besøke samme lokasjon igjen.</translation>
    </message>
    <message>
        <source>Whether reports may name staff: yes or no.</source>
        <translation>Om rapporter kan oppgi navn på ansatte: yes eller no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>The language of reports and charts.</source>
        <translation>Språket for rapporter og diagrammer.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The programme's languages, comma-separated, in order.</source>
        <translation>Programmets språk, kommaseparert, i rekkefølge.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>programme: expected 'show FILE' or 'set FILE [options]' (see 'shopscope-cli programme --help')</source>
        <translation>programme: forventet 'show FILE' eller 'set FILE [valg]' (se 'shopscope-cli programme --help')</translation>
    </message>
    <message>
        <source>“%1” is not a valid value</source>
        <translation>«%1» er ikke en gyldig verdi</translation>
    </message>
    <message>
        <source>programme set: --%1: %2</source>
        <translation>programme set: --%1: %2</translation>
    </message>
    <message>
        <source>programme set: nothing to change (see 'shopscope-cli programme --help')</source>
        <translation>programme set: ingenting å endre (se 'shopscope-cli programme --help')</translation>
    </message>
    <message>
        <source>programme set: nothing changed: %1</source>
        <translation>programme set: ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>Client:           %1
Programme:        %2
Target score:     %3
Small base below: %4 visits
Shopper lockout:  %5 days
Staff names:      %6
Languages:        %7 (source %8, reports %9)</source>
        <translation>Kunde:            %1
Program:          %2
Målscore:         %3
Lav base under:   %4 besøk
Karantenetid:     %5 dager
Navn på ansatte:  %6
Språk:            %7 (kildespråk %8, rapportspråk %9)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>tillatt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>ikke tillatt</translation>
    </message>
    <message>
        <source>The programme's settings.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

All changes of one 'set' are checked first and written together, or not at all.</source>
        <translation>Programmets innstillinger.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

Alle endringer i én 'set' kontrolleres først og skrives så samlet, eller ikke i det hele tatt.</translation>
    </message>
    <message>
        <source>The font of charts and reports, or default (DejaVu Sans).</source>
        <translation>Skrifttypen i diagrammer og rapporter, eller default (DejaVu Sans).</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIE</translation>
    </message>
    <message>
        <source>The client's logo on charts and reports (PNG or JPEG), or none.</source>
        <translation>Kundens logo i diagrammer og rapporter (PNG eller JPEG), eller none.</translation>
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
        <translation>Endre %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>kunde</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>programnavn</translation>
    </message>
    <message>
        <source>target score</source>
        <translation>målscore</translation>
    </message>
    <message>
        <source>small-base threshold</source>
        <translation>grense for lav base</translation>
    </message>
    <message>
        <source>shopper lockout</source>
        <translation>karantenetid for testkunder</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>navn på ansatte</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>rapportspråk</translation>
    </message>
    <message>
        <source>The %1 is longer than 200 characters.</source>
        <translation>Feltet «%1» er lengre enn 200 tegn.</translation>
    </message>
    <message>
        <source>The target score must be between 0 and 100 %.</source>
        <translation>Målscoren må være mellom 0 og 100 %.</translation>
    </message>
    <message>
        <source>The small-base threshold must be a whole number of visits from 1 to 1000.</source>
        <translation>Grensen for lav base må være et helt antall besøk fra 1 til 1000.</translation>
    </message>
    <message>
        <source>The shopper lockout must be a whole number of days from 0 to 3650.</source>
        <translation>Karantenetiden for testkunder må være et helt antall dager fra 0 til 3650.</translation>
    </message>
    <message>
        <source>Choose one of the programme's languages as the report language.</source>
        <translation>Velg et av programmets språk som rapportspråk.</translation>
    </message>
    <message>
        <source>“%1” is not a language code (use codes such as en, sv, nb, lv, pl)</source>
        <translation>«%1» er ikke en språkkode (bruk koder som en, sv, nb, lv, pl)</translation>
    </message>
    <message>
        <source>The languages must be distinct and include the source (%1) and report (%2) languages.</source>
        <translation>Språkene må være forskjellige og omfatte kildespråket (%1) og rapportspråket (%2).</translation>
    </message>
    <message>
        <source>Change the programme's languages</source>
        <translation>Endre programmets språk</translation>
    </message>
    <message>
        <source>“%1” cannot be removed while texts or reports use it</source>
        <translation>«%1» kan ikke fjernes så lenge tekster eller rapporter bruker det</translation>
    </message>
    <message>
        <source>chart font</source>
        <translation>diagramskrift</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>The chart font must be one font family's name, such as “Noto Sans”.</source>
        <translation>Diagramskriften må være navnet på én skriftfamilie, for eksempel «Noto Sans».</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB: save it smaller (a logo on a chart needs about 600 pixels across).</source>
        <translation>Logoen er større enn 2 MB: lagre den mindre (en logo i et diagram trenger omtrent 600 piksler i bredden).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logoen må være et PNG- eller JPEG-bilde.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Reports may name the staff member who served the shopper</source>
        <translation>Rapporter kan oppgi navnet på den ansatte som betjente testkunden</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Ingen målscore</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> besøk</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation>&amp;Programnavn:</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>&amp;Målscore:</translation>
    </message>
    <message>
        <source>&amp;Small base below:</source>
        <translation>Lav &amp;base under:</translation>
    </message>
    <message>
        <source>Shopper &amp;lockout:</source>
        <translation>Karan&amp;tenetid for testkunder:</translation>
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
        <translation>Hva filen inneholder</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Endringen ble ikke lagret</translation>
    </message>
    <message>
        <source>This file's programme settings cannot be read: %1</source>
        <translation>Programinnstillingene i denne filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (kildespråk: %2)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <source>The counts could not be read.</source>
        <translation>Antallene kunne ikke leses.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lokasjoner</translation>
    </message>
    <message>
        <source>Competitor locations</source>
        <translation>Konkurrentlokasjoner</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Bølger</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Testkunder</translation>
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
        <translation>Programmet er tomt. Start med spørreskjemaet, lokasjonene og bølgene i navigasjonsfeltet til venstre.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>The font of the programme's charts and reports (DejaVu Sans by default)</source>
        <translation>Skrifttypen i programmets diagrammer og rapporter (DejaVu Sans som standard)</translation>
    </message>
    <message>
        <source>Chart &amp;font:</source>
        <translation>Diagram&amp;skrift:</translation>
    </message>
    <message>
        <source>Client's logo:</source>
        <translation>Kundens logo:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <source>Client's Logo</source>
        <translation>Kundens logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation>Logoen kan ikke leses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 er ikke et PNG- eller JPEG-bilde.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
        <translation>«%1» er allerede åpent i %2 (prosess %3 på %4). Lukk det der først, eller åpne det skrivebeskyttet.</translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>Cannot edit “%1”: the folder “%2” is not writable. Open it read-only, or copy it to a folder where you can write.</source>
        <translation>Kan ikke redigere «%1»: mappen «%2» er skrivebeskyttet. Åpne filen skrivebeskyttet, eller kopier den til en mappe der du kan skrive.</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation>Kan ikke opprette låsefilen «%1».</translation>
    </message>
    <message>
        <source>“%1” already exists; ShopScope does not overwrite it.</source>
        <translation>«%1» finnes allerede; ShopScope overskriver den ikke.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Mappen «%1» finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation>Kan ikke opprette «%1».</translation>
    </message>
    <message>
        <source>“%1” is read-only. Open it read-only to look at it, or copy it to a file you can write.</source>
        <translation>«%1» er skrivebeskyttet. Åpne den skrivebeskyttet for å se på den, eller kopier den til en fil du kan skrive til.</translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project.</source>
        <translation>«%1» er ikke et ShopScope-prosjekt.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2).</source>
        <translation>«%1» ble skrevet av en nyere versjon av ShopScope (filformat %2).</translation>
    </message>
    <message>
        <source>“%1” uses the older file format %2 and must be opened for editing once to be brought up to date.</source>
        <translation>«%1» bruker det eldre filformatet %2 og må åpnes for redigering én gang for å bli oppdatert.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>«%1» er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The change was not saved to “%1”: %2.</source>
        <translation>Endringen ble ikke lagret i «%1»: %2.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation>En kopi kan ikke erstatte selve den åpne filen.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2.</source>
        <translation>Kunne ikke skrive kopien «%1»: %2.</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Kopieringen ble avbrutt.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Kan ikke skrive «%1»: %2.</translation>
    </message>
    <message>
        <source>An edit ran on a thread without a connection.</source>
        <translation>En endring kjørte i en tråd uten tilkobling.</translation>
    </message>
    <message>
        <source>The change was cancelled; nothing was written.</source>
        <translation>Endringen ble avbrutt; ingenting ble skrevet.</translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation>raden med programinnstillinger mangler eller er doblet</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation>
            <numerusform>%n rapport hører til besøk som aldri ble gjennomført</numerusform>
            <numerusform>%n rapporter hører til besøk som aldri ble gjennomført</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>
            <numerusform>%n besøk er sendt inn, godkjent eller avvist, men har ingen rapport</numerusform>
            <numerusform>%n besøk er sendt inn, godkjent eller avvist, men har ingen rapport</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>
            <numerusform>%n svar hører til et spørsmål i en annen versjon av spørreskjemaet</numerusform>
            <numerusform>%n svar hører til et spørsmål i en annen versjon av spørreskjemaet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>
            <numerusform>%n svar velger et alternativ for et spørsmål som ikke har alternativer</numerusform>
            <numerusform>%n svar velger et alternativ for et spørsmål som ikke har alternativer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>
            <numerusform>%n flervalgsmarkering hører til et spørsmål som ikke er et flervalgsspørsmål</numerusform>
            <numerusform>%n flervalgsmarkeringer hører til et spørsmål som ikke er et flervalgsspørsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>
            <numerusform>%n versjon av spørreskjema har rapporter, men er ikke frosset</numerusform>
            <numerusform>%n versjoner av spørreskjema har rapporter, men er ikke frosset</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>
            <numerusform>%n vektet versjon av spørreskjema har seksjonsvekter som ikke summerer seg til 100</numerusform>
            <numerusform>%n vektede versjoner av spørreskjema har seksjonsvekter som ikke summerer seg til 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are planned outside their wave's dates</source>
        <translation>
            <numerusform>%n besøk er planlagt utenfor bølgens datoer</numerusform>
            <numerusform>%n besøk er planlagt utenfor bølgens datoer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) play a scenario of another channel than their location's</source>
        <translation>
            <numerusform>%n besøk spiller et scenario for en annen kanal enn lokasjonens</numerusform>
            <numerusform>%n besøk spiller et scenario for en annen kanal enn lokasjonens</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation>SQLite kan ikke kontrollere filen: %1</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>filen er skadet: %1</translation>
    </message>
    <message>
        <source>the file is not marked as a ShopScope project</source>
        <translation>filen er ikke merket som et ShopScope-prosjekt</translation>
    </message>
    <message>
        <source>the file format is %1, this ShopScope writes %2</source>
        <translation>filformatet er %1, denne versjonen av ShopScope skriver %2</translation>
    </message>
    <message>
        <source>missing or altered: %1</source>
        <translation>mangler eller er endret: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>uventet: %1</translation>
    </message>
    <message>
        <source>the schema differs from ShopScope's: %1</source>
        <translation>skjemaet avviker fra ShopScopes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table %1 point to rows that do not exist</source>
        <translation>
            <numerusform>%n rad i tabellen %1 peker på rader som ikke finnes</numerusform>
            <numerusform>%n rader i tabellen %1 peker på rader som ikke finnes</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule could not be checked: %1</source>
        <translation>regelen kunne ikke kontrolleres: %1</translation>
    </message>
    <message>
        <source>the stored scores could not be checked: %1</source>
        <translation>de lagrede poengene kunne ikke kontrolleres: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) have stored scores that differ from a fresh rescoring (%1); run “shopscope-cli scores rescore”</source>
        <translation>
            <numerusform>%n rapport har lagrede poeng som avviker fra en ny poengberegning (%1); kjør «shopscope-cli scores rescore»</numerusform>
            <numerusform>%n rapporter har lagrede poeng som avviker fra en ny poengberegning (%1); kjør «shopscope-cli scores rescore»</numerusform>
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
        <translation>Nær standard</translation>
    </message>
    <message>
        <source>On standard</source>
        <translation>Oppfyller standard</translation>
    </message>
    <message>
        <source>Could not write the new programme's settings: %1.</source>
        <translation>Kunne ikke skrive innstillingene for det nye programmet: %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2.</source>
        <translation>Kan ikke skrive i mappen «%1»: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Kan ikke åpne «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Restore it from a copy.</source>
        <translation>«%1» kan ikke leses: %2. Gjenopprett den fra en kopi.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: this SQLite build cannot enforce foreign keys.</source>
        <translation>Kan ikke åpne «%1»: denne SQLite-versjonen kan ikke håndheve fremmednøkler.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Det finnes ingen fil «%1».</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a ShopScope project.</source>
        <translation>«%1» er en mappe, ikke et ShopScope-prosjekt.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Kan ikke lese «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a ShopScope project.</source>
        <translation>«%1» er tom: den er ikke et ShopScope-prosjekt.</translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project: it is not an SQLite database file.</source>
        <translation>«%1» er ikke et ShopScope-prosjekt: den er ikke en SQLite-databasefil.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its SQLite header is not valid.</source>
        <translation>«%1» er skadet: SQLite-hodet er ugyldig.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %L2 bytes of the %L3 its header declares. Restore it from a copy.</source>
        <translation>«%1» er avkortet: den inneholder %L2 byte av de %L3 som hodet oppgir. Gjenopprett den fra en kopi.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a ShopScope project.</source>
        <translation>«%1» er en SQLite-database, men ikke et ShopScope-prosjekt.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application (id 0x%2), not a ShopScope project.</source>
        <translation>«%1» er en SQLite-database fra et annet program (id 0x%2), ikke et ShopScope-prosjekt.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2; this version reads up to %3). Update ShopScope to open it.</source>
        <translation>«%1» ble skrevet av en nyere versjon av ShopScope (filformat %2; denne versjonen leser opptil %3). Oppdater ShopScope for å åpne den.</translation>
    </message>
    <message>
        <source>Cannot read the format version of “%1”.</source>
        <translation>Kan ikke lese formatversjonen til «%1».</translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation>en fremmednøkkel i tabellen %1 peker ingen steder</translation>
    </message>
    <message>
        <source>Could not bring “%1” to file format %2; the file is unchanged: %3</source>
        <translation>Kunne ikke oppdatere «%1» til filformat %2; filen er uendret: %3</translation>
    </message>
</context>
<context>
    <name>QcChecker</name>
    <message>
        <source>there is no wave with the id %1</source>
        <translation>det finnes ingen bølge med id %1</translation>
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (less than %4 of it).</source>
        <translation>Tok %1 min; scenario %2 forventes å ta omtrent %3 (mindre enn %4 av det).</translation>
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (more than %4 times as long).</source>
        <translation>Tok %1 min; scenario %2 forventes å ta omtrent %3 (mer enn %4 ganger så lenge).</translation>
    </message>
    <message>
        <source>Made on %1, outside the wave's %2 – %3.</source>
        <translation>Utført %1, utenfor bølgens %2 – %3.</translation>
    </message>
    <message>
        <source>Made at %1 on %2, when %3 is closed all day.</source>
        <translation>Utført kl. %1 på %2, når %3 er stengt hele dagen.</translation>
    </message>
    <message>
        <source>Made at %1 on %2; %3 is open %4.</source>
        <translation>Utført kl. %1 på %2; %3 har åpent %4.</translation>
    </message>
    <message>
        <source>%1 is %2; the question allows %3 to %4.</source>
        <translation>%1 er %2; spørsmålet tillater %3 til %4.</translation>
    </message>
    <message>
        <source>All %1 yes/no standards answered yes.</source>
        <translation>Alle %1 ja/nei-standarder besvart med ja.</translation>
    </message>
    <message>
        <source>No comment where the questionnaire asks for one: %1.</source>
        <translation>Ingen kommentar der spørreskjemaet krever en: %1.</translation>
    </message>
    <message>
        <source>%1 of the %2 questions that allow N/A answered N/A; usually %3 for scenario %4.</source>
        <translation>%1 av de %2 spørsmålene som tillater Ikke relevant, besvart med Ikke relevant; vanligvis %3 for scenario %4.</translation>
    </message>
    <message>
        <source>%1 of %2 answers the same as %3's report on visit %4 at %5, %6 of them unusual in this wave.</source>
        <translation>%1 av %2 svar er de samme som i rapporten til %3 om besøk %4 hos %5, hvorav %6 uvanlige i denne bølgen.</translation>
    </message>
    <message>
        <source>%1 of %2 answers the same as the report on visit %4 at %5 by %3, %6 of them unusual in this wave.</source>
        <translation>%1 av %2 svar er de samme som i rapporten om besøk %4 hos %5 av %3, hvorav %6 uvanlige i denne bølgen.</translation>
    </message>
    <message>
        <source>%1 minutes after visit %2 at %3 ended, %4 km away (%5 minutes at %6 km/h).</source>
        <translation>%1 minutter etter at besøk %2 hos %3 sluttet, %4 km unna (%5 minutter i %6 km/t).</translation>
    </message>
    <message>
        <source>Starts %1 minutes before visit %2 at %3 ended.</source>
        <translation>Starter %1 minutter før besøk %2 hos %3 sluttet.</translation>
    </message>
</context>
<context>
    <name>QcCommand</name>
    <message>
        <source>The quality-control flags of a wave's reports, with their evidence.</source>
        <translation>Kvalitetskontrollens flagg for en bølges rapporter, med grunnlag.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation>Bølgen, etter kode eller navn.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only these kinds of flag (comma-separated).</source>
        <translation>Bare disse typene flagg (kommaseparert).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maskinlesbar utdata.</translation>
    </message>
    <message>
        <source>qc: give the wave with --wave NAME</source>
        <translation>qc: angi bølgen med --wave NAME</translation>
    </message>
    <message>
        <source>qc: --kind: “%1” is not a kind of flag (see 'shopscope-cli qc --help')</source>
        <translation>qc: --kind: «%1» er ikke en type flagg (se 'shopscope-cli qc --help')</translation>
    </message>
    <message>
        <source>qc: %1</source>
        <translation>qc: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flagg</numerusform>
            <numerusform>%n flagg</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 · %2: %3</source>
        <translation>besøk %1 · %2: %3</translation>
    </message>
    <message>
        <source>Quality control of reports.

  FILE --wave NAME [--kind KIND,...] [--json]

Looks at every report of the wave (submitted, approved or rejected) and lists what deserves a
second look, with the figures: %1.
The thresholds are in docs/quality-control.md. Nothing is written; exit 0 also when there are flags.</source>
        <translation>Kvalitetskontroll av rapporter.

  FILE --wave NAME [--kind KIND,...] [--json]

Går gjennom hver rapport i bølgen (innsendt, godkjent eller sendt tilbake) og lister det som fortjener en
ekstra titt, med tallene: %1.
Tersklene står i docs/quality-control.md. Ingenting skrives; avslutningskoden er 0 også når det finnes flagg.</translation>
    </message>
</context>
<context>
    <name>QcFlag</name>
    <message>
        <source>implausible duration</source>
        <translation>urimelig varighet</translation>
    </message>
    <message>
        <source>outside the wave's dates</source>
        <translation>utenfor bølgens datoer</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>utenfor åpningstidene</translation>
    </message>
    <message>
        <source>answers copied</source>
        <translation>kopierte svar</translation>
    </message>
    <message>
        <source>visits too close together</source>
        <translation>besøk for tett på hverandre</translation>
    </message>
    <message>
        <source>every standard met</source>
        <translation>alle standarder oppfylt</translation>
    </message>
    <message>
        <source>mostly N/A</source>
        <translation>for det meste Ikke relevant</translation>
    </message>
    <message>
        <source>required comment missing</source>
        <translation>obligatorisk kommentar mangler</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>tall utenfor området</translation>
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
        <translation>Tilbyr «ikke aktuelt»</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Poengsatt</translation>
    </message>
    <message>
        <source>Bonus (adds to earned only)</source>
        <translation>Bonus (legges bare til oppnådde poeng)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativer:</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Legg til alternativ</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Fjern alternativ</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>Ikke kritisk</translation>
    </message>
    <message>
        <source>Critical: failing zeroes the section</source>
        <translation>Kritisk: ikke bestått nuller seksjonen</translation>
    </message>
    <message>
        <source>Critical: failing zeroes the visit</source>
        <translation>Kritisk: ikke bestått nuller besøket</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>label of the lowest value</source>
        <translation>etikett for laveste verdi</translation>
    </message>
    <message>
        <source>label of the highest value</source>
        <translation>etikett for høyeste verdi</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Spørsmål:</translation>
    </message>
    <message>
        <source>&amp;Help for the shopper:</source>
        <translation>&amp;Hjelp til testkunden:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Vekt:</translation>
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
        <translation>Skalaetiketter:</translation>
    </message>
    <message>
        <source>&amp;Shown when:</source>
        <translation>Vises &amp;når:</translation>
    </message>
    <message>
        <source>Comment &amp;required:</source>
        <translation>Kommentar &amp;påkrevd:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Gi %1 nytt navn: %2</translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation>Endre typen til %1</translation>
    </message>
    <message>
        <source>Change whether %1 is mandatory</source>
        <translation>Endre om %1 er obligatorisk</translation>
    </message>
    <message>
        <source>Change whether %1 offers N/A</source>
        <translation>Endre om %1 tilbyr I/A</translation>
    </message>
    <message>
        <source>Change whether %1 is scored</source>
        <translation>Endre om %1 er poengsatt</translation>
    </message>
    <message>
        <source>Change whether %1 is a bonus</source>
        <translation>Endre om %1 er en bonus</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>Endre vekten til %1</translation>
    </message>
    <message>
        <source>Change whether %1 is critical</source>
        <translation>Endre om %1 er kritisk</translation>
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation>Endre intervallet til %1</translation>
    </message>
    <message>
        <source>Change the unit of %1</source>
        <translation>Endre enheten til %1</translation>
    </message>
    <message>
        <source>Change the scale labels of %1</source>
        <translation>Endre skalaetikettene til %1</translation>
    </message>
    <message>
        <source>Add an option to %1</source>
        <translation>Legg til et alternativ i %1</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nytt alternativ</translation>
    </message>
    <message>
        <source>Remove an option of %1</source>
        <translation>Fjern et alternativ fra %1</translation>
    </message>
    <message>
        <source>Change when %1 is shown</source>
        <translation>Endre når %1 vises</translation>
    </message>
    <message>
        <source>Change when %1 needs a comment</source>
        <translation>Endre når %1 krever en kommentar</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Rediger teksten til %1</translation>
    </message>
    <message>
        <source>Edit the options of %1</source>
        <translation>Rediger alternativene til %1</translation>
    </message>
    <message>
        <source>An option needs a code.</source>
        <translation>Et alternativ må ha en kode.</translation>
    </message>
    <message>
        <source>“%1” is not a number of points.</source>
        <translation>«%1» er ikke et gyldig poengtall.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>I/A</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommand</name>
    <message>
        <source>List, export, import, validate questionnaires and score answers.</source>
        <translation>List opp, eksporter, importer og valider spørreskjemaer, og poengsett svar.</translation>
    </message>
    <message>
        <source>list, templates, export, import, validate or score</source>
        <translation>list, templates, export, import, validate eller score</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>The questionnaire version (CODE or CODE:N).</source>
        <translation>Spørreskjemaversjonen (CODE eller CODE:N).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Skriv til denne filen i stedet for til standardutdata.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Read the questionnaire from a JSON file instead of a project.</source>
        <translation>Les spørreskjemaet fra en JSON-fil i stedet for fra et prosjekt.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Import this template (see 'templates').</source>
        <translation>Importer denne malen (se 'templates').</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The answers to score (JSON file, or - for standard input).</source>
        <translation>Svarene som skal poengsettes (JSON-fil, eller - for standardinndata).</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANSWERS</translation>
    </message>
    <message>
        <source>Check the import and report, but write nothing.</source>
        <translation>Kontroller importen og rapporter, men skriv ingenting.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the language of the briefing or scoring sheet.</source>
        <translation>export: språket for testkundeinstruksen eller poengarket.</translation>
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
        <translation>questionnaire: ACTION mangler (list, templates, export, import, validate eller score)</translation>
    </message>
    <message>
        <source>questionnaire: unknown action “%1” (list, templates, export, import, validate or score)</source>
        <translation>questionnaire: ukjent handling «%1» (list, templates, export, import, validate eller score)</translation>
    </message>
    <message>
        <source>questionnaire list: expected one FILE</source>
        <translation>questionnaire list: forventet én FILE</translation>
    </message>
    <message>
        <source>No questionnaires yet. Import one: shopscope-cli questionnaire import FILE --template bank-branch-visit</source>
        <translation>Ingen spørreskjemaer ennå. Importer et: shopscope-cli questionnaire import FILE --template bank-branch-visit</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2  %3  (%4, %5, %n question(s), %6 reports)</source>
        <translation>
            <numerusform>%1:%2  %3  (%4, %5, %n spørsmål, %6 rapporter)</numerusform>
            <numerusform>%1:%2  %3  (%4, %5, %n spørsmål, %6 rapporter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid questionnaire (%n problem(s))</source>
        <translation>
            <numerusform>«%1» er ikke et gyldig spørreskjema (%n problem)</numerusform>
            <numerusform>«%1» er ikke et gyldig spørreskjema (%n problemer)</numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire: give a FILE (with --questionnaire) or --json-file</source>
        <translation>questionnaire: oppgi en FILE (med --questionnaire) eller --json-file</translation>
    </message>
    <message>
        <source>the programme has no questionnaire</source>
        <translation>programmet har ikke noe spørreskjema</translation>
    </message>
    <message>
        <source>the programme has %1 questionnaire versions: choose one with --questionnaire</source>
        <translation>programmet har %1 spørreskjemaversjoner: velg én med --questionnaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>questionnaire export: “%1” is not one of the questionnaire's languages (%2)</source>
        <translation>questionnaire export: «%1» er ikke et av spørreskjemaets språk (%2)</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>kan ikke skrive «%1»: %2</translation>
    </message>
    <message>
        <source>questionnaire import: %1 (see 'shopscope-cli questionnaire templates')</source>
        <translation>questionnaire import: %1 (se 'shopscope-cli questionnaire templates')</translation>
    </message>
    <message numerus="yes">
        <source>questionnaire import: nothing imported from %1 (%n problem(s) to fix)</source>
        <translation>
            <numerusform>questionnaire import: ingenting ble importert fra %1 (%n problem å rette)</numerusform>
            <numerusform>questionnaire import: ingenting ble importert fra %1 (%n problemer å rette)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported (dry run: nothing written)</source>
        <translation>%1 kan importeres (prøvekjøring: ingenting ble skrevet)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n question(s)) into %2</source>
        <translation>
            <numerusform>Importerte %1 (%n spørsmål) til %2</numerusform>
            <numerusform>Importerte %1 (%n spørsmål) til %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>advarsel: </translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: ingen problemer funnet</translation>
    </message>
    <message>
        <source>questionnaire score: --answers is missing</source>
        <translation>questionnaire score: --answers mangler</translation>
    </message>
    <message>
        <source>%1: the answers must be one JSON object of answers by question code (%2)</source>
        <translation>%1: svarene må være ett enkelt JSON-objekt med svar etter spørsmålskode (%2)</translation>
    </message>
    <message>
        <source>found something else</source>
        <translation>fant noe annet</translation>
    </message>
    <message>
        <source>%1: there is no such question in %2</source>
        <translation>%1: det finnes ikke noe slikt spørsmål i %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) cannot be scored</source>
        <translation>
            <numerusform>%1: %n svar kan ikke poengsettes</numerusform>
            <numerusform>%1: %n svar kan ikke poengsettes</numerusform>
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
        <translation>Spørreskjemaer i et program.

  list FILE                               spørreskjemaversjonene i FILE
  templates                               de ferdige malene
  export FILE [-q REF] [-o OUT] [--format json|briefing|scoring|xform|xlsform] [--language L]
                                          en versjon som JSON (docs/questionnaire-format.md),
                                          testkundeinstruksen eller poengarket som HTML, eller et
                                          ODK-skjema som XForm eller XLSForm for feltarbeid (docs/odk.md)
  import FILE (JSON | XLSFORM.xlsx | --template ID) [--dry-run]
                                          legg til et spørreskjema (en ny versjon hvis koden finnes)
  validate (FILE [-q REF] | --json-file JSON)
                                          list opp hva som er galt; avslutter med 1 ved feil
  score (FILE -q REF | --json-file JSON) --answers ANSWERS
                                          besøks-, seksjons- og spørsmålsscore for ett sett med svar

REF er en spørreskjemakode (den nyeste versjonen) eller CODE:VERSION. ANSWERS er et JSON-objekt
med svar etter spørsmålskode, f.eks. {"GRT01": "yes", "GRT02": "na", "OVR01": 4,
"OFR08": ["loan", "card"]}; "-" leser standardinndata.</translation>
    </message>
    <message>
        <source>export: json (default), briefing or scoring (HTML documents), xform or xlsform (ODK).</source>
        <translation>export: json (standard), briefing eller scoring (HTML-dokumenter), xform eller xlsform (ODK).</translation>
    </message>
    <message>
        <source>xform/xlsform: ask the shopper for the visit ID instead of a hidden field filled by the link.</source>
        <translation>xform/xlsform: be testkunden oppgi besøks-id i stedet for et skjult felt som fylles ut via lenken.</translation>
    </message>
    <message>
        <source>xform/xlsform: an optional comment field after every question, not only where one is required.</source>
        <translation>xform/xlsform: et valgfritt kommentarfelt etter hvert spørsmål, ikke bare der en kommentar er påkrevd.</translation>
    </message>
    <message>
        <source>xform/xlsform: the form version (default: the date and time).</source>
        <translation>xform/xlsform: skjemaversjonen (standard: dato og klokkeslett).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>questionnaire export: unknown format “%1” (use json, briefing, scoring, xform or xlsform)</source>
        <translation>questionnaire export: ukjent format «%1» (bruk json, briefing, scoring, xform eller xlsform)</translation>
    </message>
    <message>
        <source>questionnaire export: an XLSForm is a workbook: give --out FORM.xlsx</source>
        <translation>questionnaire export: et XLSForm er en arbeidsbok: oppgi --out FORM.xlsx</translation>
    </message>
    <message>
        <source>questionnaire export: --json reports on the export: give --out PATH too</source>
        <translation>questionnaire export: --json rapporterer om eksporten: oppgi også --out PATH</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>merk: %1</translation>
    </message>
    <message>
        <source>questionnaire export: %1</source>
        <translation>questionnaire export: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 %3, version %4, %n question(s))</source>
        <translation>
            <numerusform>Skrev %1 (%2 %3, versjon %4, %n spørsmål)</numerusform>
            <numerusform>Skrev %1 (%2 %3, versjon %4, %n spørsmål)</numerusform>
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
        <translation>questionnaire import: forventet FILE og en JSON-fil eller et XLSForm (.xlsx), eller FILE --template ID</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDocuments</name>
    <message>
        <source> and </source>
        <translation> og </translation>
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
        <translation>%1 er blant %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 er %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 er ikke %2</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 er under %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 er høyst %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 er over %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 er minst %2</translation>
    </message>
    <message>
        <source>Questionnaire %1 · answer every question marked * · language: %2</source>
        <translation>Spørreskjema %1 · svar på alle spørsmål merket med * · språk: %2</translation>
    </message>
    <message>
        <source>☐ Yes ☐ No ☐ Not applicable</source>
        <translation>☐ Ja ☐ Nei ☐ Ikke aktuelt</translation>
    </message>
    <message>
        <source>☐ Yes ☐ No</source>
        <translation>☐ Ja ☐ Nei</translation>
    </message>
    <message>
        <source>(tick all that apply)</source>
        <translation>(kryss av for alle som passer)</translation>
    </message>
    <message>
        <source>%1 (%2) … %3 (%4)</source>
        <translation>%1 (%2) … %3 (%4)</translation>
    </message>
    <message>
        <source>Only when %1.</source>
        <translation>Bare når %1.</translation>
    </message>
    <message>
        <source>A comment is required when %1.</source>
        <translation>En kommentar kreves når %1.</translation>
    </message>
    <message>
        <source>Scoring sheet: %1</source>
        <translation>Poengark: %1</translation>
    </message>
    <message>
        <source>Sections carry the weights below (they sum to 100); the visit score is the weighted mean of the section scores. A section with nothing applicable drops out and its weight is spread over the others.</source>
        <translation>Seksjonene har vektene nedenfor (de summerer seg til 100); besøksscoren er det vektede gjennomsnittet av seksjonenes score. En seksjon der ingenting er aktuelt, faller bort, og vekten fordeles på de andre.</translation>
    </message>
    <message>
        <source>All sections' points are pooled: the visit score is points earned / points possible.</source>
        <translation>Poengene fra alle seksjoner slås sammen: besøksscoren er oppnådde poeng / mulige poeng.</translation>
    </message>
    <message>
        <source>Not applicable answers count neither as earned nor as possible points. Bonus points add to earned only; every score is capped at 100 %. A failed critical item zeroes its section or the whole visit.</source>
        <translation>Svar som ikke er aktuelle, teller verken som oppnådde eller mulige poeng. Bonuspoeng legges bare til oppnådde poeng; hver score begrenses til maksimalt 100 %. Et kritisk punkt som ikke er bestått, nuller seksjonen sin eller hele besøket.</translation>
    </message>
    <message>
        <source> — weight %1</source>
        <translation> — vekt %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ikke poengsatt</translation>
    </message>
    <message>
        <source>%1: N/A</source>
        <translation>%1: I/A</translation>
    </message>
    <message>
        <source>%1 → 0, %2 → full</source>
        <translation>%1 → 0, %2 → full poengsum</translation>
    </message>
    <message>
        <source>critical: zeroes the section</source>
        <translation>kritisk: nuller seksjonen</translation>
    </message>
    <message>
        <source>critical: zeroes the visit</source>
        <translation>kritisk: nuller besøket</translation>
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
        <translation>ukjent nøkkel «%1» (tillatt: %2)</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>«%1» mangler</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>må være tekst</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>må være true eller false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>må være et tall</translation>
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {"en": "..."}</source>
        <translation>må være et objekt med tekster per språk, f.eks. {"en": "..."}</translation>
    </message>
    <message>
        <source>must be a condition object</source>
        <translation>må være et betingelsesobjekt</translation>
    </message>
    <message>
        <source>unknown type “%1” (use yes_no, rating, nps, single, multiple, number, date, time or text)</source>
        <translation>ukjent type «%1» (bruk yes_no, rating, nps, single, multiple, number, date, time eller text)</translation>
    </message>
    <message>
        <source>must be none, section or visit, not “%1”</source>
        <translation>må være none, section eller visit, ikke «%1»</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>må være en liste</translation>
    </message>
    <message>
        <source>sections nest one level deep only</source>
        <translation>seksjoner kan bare nøstes ett nivå dypt</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linje %1, kolonne %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>filen må inneholde ett enkelt JSON-objekt</translation>
    </message>
    <message>
        <source>this is not a ShopScope questionnaire ("format" must be "%1")</source>
        <translation>dette er ikke et ShopScope-spørreskjema ("format" må være "%1")</translation>
    </message>
    <message>
        <source>format version %1 is newer than this ShopScope reads (%2)</source>
        <translation>formatversjon %1 er nyere enn denne versjonen av ShopScope kan lese (%2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>må være %1</translation>
    </message>
    <message>
        <source>must be pooled or weighted, not “%1”</source>
        <translation>må være pooled eller weighted, ikke «%1»</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Create a &amp;new version to edit</source>
        <translation>Opprett en &amp;ny versjon for å redigere</translation>
    </message>
    <message>
        <source>Select a section or a question to see its properties.</source>
        <translation>Velg en seksjon eller et spørsmål for å se egenskapene.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spørreskjema</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nytt…</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>Fra en mal…</translation>
    </message>
    <message>
        <source>Empty questionnaire</source>
        <translation>Tomt spørreskjema</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>Språk…</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Skriv ut til PDF</translation>
    </message>
    <message>
        <source>Shopper briefing…</source>
        <translation>Testkundeinstruks…</translation>
    </message>
    <message>
        <source>Scoring sheet for sign-off…</source>
        <translation>Poengark til godkjenning…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <source>Pooled points</source>
        <translation>Samlede poeng</translation>
    </message>
    <message>
        <source>Weighted sections</source>
        <translation>Vektede seksjoner</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Poengberegning:</translation>
    </message>
    <message>
        <source>Edit in:</source>
        <translation>Rediger på:</translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation>+ Seksjon</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Legg til en seksjon etter den valgte</translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation>+ Spørsmål</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Insert); the arrow chooses its type</source>
        <translation>Legg til et spørsmål etter det valgte (Insert); med pilen velger du typen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up); drag to move into another section</source>
        <translation>Flytt opp (Ctrl+Up); dra for å flytte til en annen seksjon</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Flytt ned (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Ikke flyttet</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>&amp;Oversettelser</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Forhåndsvisning</translation>
    </message>
    <message>
        <source>Problems (double-click to go there):</source>
        <translation>Problemer (dobbeltklikk for å gå dit):</translation>
    </message>
    <message>
        <source>This programme has no questionnaire yet. Start from one of the templates (retail, bank, restaurant, hotel, contact centre, e-mail), import one, or start from scratch with New… above.</source>
        <translation>Programmet har ikke noe spørreskjema ennå. Start fra en av malene (detaljhandel, bank, restaurant, hotell, kundesenter, e-post), importer et, eller start fra bunnen av med Nytt… ovenfor.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Start fra en mal…</translation>
    </message>
    <message>
        <source>Rename the questionnaire</source>
        <translation>Gi spørreskjemaet nytt navn</translation>
    </message>
    <message>
        <source>Change how sections are scored</source>
        <translation>Endre hvordan seksjonene poengsettes</translation>
    </message>
    <message numerus="yes">
        <source>frozen, %n report(s)</source>
        <translation>
            <numerusform>frosset, %n rapport</numerusform>
            <numerusform>frosset, %n rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>%1 — %2, version %3 (%4)</source>
        <translation>%1 — %2, versjon %3 (%4)</translation>
    </message>
    <message>
        <source>This version has reports, so it is frozen: its questions keep the meaning the stored answers had. Create a new version to change it.</source>
        <translation>Denne versjonen har rapporter og er derfor frosset: spørsmålene beholder den betydningen de lagrede svarene hadde. Opprett en ny versjon for å endre den.</translation>
    </message>
    <message>
        <source>The programme is open read-only.</source>
        <translation>Programmet er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Draft: every change is saved at once and can be undone.</source>
        <translation>Utkast: hver endring lagres med en gang og kan angres.</translation>
    </message>
    <message>
        <source>No problems: this questionnaire is ready for fieldwork.</source>
        <translation>Ingen problemer: spørreskjemaet er klart for feltarbeid.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Endringen ble ikke utført</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Legg til spørsmål</translation>
    </message>
    <message>
        <source>Add a section first.</source>
        <translation>Legg til en seksjon først.</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Legg til seksjon</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Ny versjon</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The programme's languages, in order, as codes separated by commas (e.g. en, sv, nb, lv, pl). The source language (%1) stays.</source>
        <translation>Programmets språk i rekkefølge, som koder atskilt med komma (f.eks. en, sv, nb, lv, pl). Kildespråket (%1) beholdes.</translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation>Språkene ble ikke endret</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Nytt spørreskjema</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Ny seksjon</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n spørsmål)</numerusform>
            <numerusform>%1 (%n spørsmål)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start fra:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Kan ikke lese «%1»: %2.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
    <message>
        <source>“%1” cannot be imported:

%2</source>
        <translation>«%1» kan ikke importeres:

%2</translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation>Importer et spørreskjema</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Kan ikke skrive «%1»: %2.</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>Eksporter spørreskjemaet</translation>
    </message>
    <message>
        <source>ShopScope questionnaires (*.json)</source>
        <translation>ShopScope-spørreskjemaer (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Kan ikke skrive «%1».</translation>
    </message>
    <message>
        <source>-scoring-sheet</source>
        <translation>-poengark</translation>
    </message>
    <message>
        <source>-briefing</source>
        <translation>-testkundeinstruks</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>Poengark</translation>
    </message>
    <message>
        <source>Shopper briefing</source>
        <translation>Testkundeinstruks</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <source>Sub-section of the selected section</source>
        <translation>Underseksjon i den valgte seksjonen</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>Legg til underseksjon</translation>
    </message>
    <message>
        <source>Select the section that should hold the sub-section.</source>
        <translation>Velg seksjonen som skal inneholde underseksjonen.</translation>
    </message>
    <message>
        <source>Questionnaire file (JSON)…</source>
        <translation>Spørreskjemafil (JSON)…</translation>
    </message>
    <message>
        <source>XForm for ODK Collect, Central and Enketo…</source>
        <translation>XForm for ODK Collect, Central og Enketo…</translation>
    </message>
    <message>
        <source>XLSForm for KoboToolbox and ODK Central…</source>
        <translation>XLSForm for KoboToolbox og ODK Central…</translation>
    </message>
    <message>
        <source>Import the XLSForm?</source>
        <translation>Importere XLSForm-filen?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported from “%1”. Not everything in the form comes along:

%2</source>
        <translation>
            <numerusform>%n spørsmål kan importeres fra «%1». Ikke alt i skjemaet blir med:

%2</numerusform>
            <numerusform>%n spørsmål kan importeres fra «%1». Ikke alt i skjemaet blir med:

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaires (*.json *.xlsx);;ShopScope questionnaires (*.json);;XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation>Spørreskjemaer (*.json *.xlsx);;ShopScope-spørreskjemaer (*.json);;XLSForm-arbeidsbøker (*.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export for ODK fielding</source>
        <translation>Eksporter for feltarbeid med ODK</translation>
    </message>
    <message>
        <source>XForms (*.xml)</source>
        <translation>XForm-filer (*.xml)</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm-arbeidsbøker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>&amp;Clear answers</source>
        <translation>&amp;Tøm svar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Forget every answer and start the form again</source>
        <translation>Glem alle svar og start skjemaet på nytt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [no %2 text]</source>
        <translation>%1 [ingen tekst på %2]</translation>
    </message>
    <message>
        <source>This questionnaire has no questions yet.</source>
        <translation>Spørreskjemaet har ingen spørsmål ennå.</translation>
    </message>
    <message>
        <source>No questions in this section yet.</source>
        <translation>Ingen spørsmål i denne seksjonen ennå.</translation>
    </message>
    <message>
        <source>Mandatory: the shopper must answer this question</source>
        <translation>Obligatorisk: testkunden må svare på spørsmålet</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfritt</translation>
    </message>
    <message>
        <source>Comment (required):</source>
        <translation>Kommentar (obligatorisk):</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>I/A</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ikke besvart</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 % — failed critical item</source>
        <translation>%1 % — kritisk punkt ikke bestått</translation>
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
        <translation>Besøksscore: %1</translation>
    </message>
    <message>
        <source>Keys: 1–9 or an option's first letter choose it, a scale takes its number, − is N/A, Delete clears, Enter or Tab goes to the next question.</source>
        <translation>Taster: 1–9 eller et alternativs første bokstav velger det, en skala tar tallet sitt, − er Ikke relevant, Delete tømmer, Enter eller Tab går til neste spørsmål.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>this questionnaire version has reports and is frozen; create a new version to change it</source>
        <translation>denne versjonen av spørreskjemaet har rapporter og er frosset; opprett en ny versjon for å endre den</translation>
    </message>
    <message>
        <source>“%1” is not a version: write CODE or CODE:NUMBER, e.g. NB-EVAL:2</source>
        <translation>«%1» er ikke en versjon: skriv CODE eller CODE:NUMBER, f.eks. NB-EVAL:2</translation>
    </message>
    <message>
        <source>there is no version %1 of questionnaire “%2”</source>
        <translation>spørreskjemaet «%2» har ingen versjon %1</translation>
    </message>
    <message>
        <source>there is no questionnaire “%1”</source>
        <translation>det finnes ikke noe spørreskjema «%1»</translation>
    </message>
    <message>
        <source>questionnaire version %1 does not exist</source>
        <translation>spørreskjemaversjon %1 finnes ikke</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTemplates</name>
    <message>
        <source>there is no template “%1”</source>
        <translation>det finnes ingen mal «%1»</translation>
    </message>
    <message>
        <source>the template “%1” is broken: %2</source>
        <translation>malen «%1» er ødelagt: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <source>weight %1</source>
        <translation>vekt %1</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>ikke poengsatt</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>critical (section)</source>
        <translation>kritisk (seksjon)</translation>
    </message>
    <message>
        <source>critical (visit)</source>
        <translation>kritisk (besøk)</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>betinget</translation>
    </message>
    <message>
        <source>Section / question</source>
        <translation>Seksjon / spørsmål</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Poengberegning</translation>
    </message>
</context>
<context>
    <name>QuestionnaireValidator</name>
    <message>
        <source>the questionnaire code “%1” must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation>spørreskjemakoden «%1» må bestå av 1-40 bokstaver, sifre, «_», «-» eller «.»</translation>
    </message>
    <message>
        <source>the questionnaire has no name</source>
        <translation>spørreskjemaet har ikke noe navn</translation>
    </message>
    <message>
        <source>the source language “%1” is not among the languages</source>
        <translation>kildespråket «%1» er ikke blant språkene</translation>
    </message>
    <message>
        <source>the %1 has no text in the source language (%2)</source>
        <translation>%1 mangler tekst på kildespråket (%2)</translation>
    </message>
    <message>
        <source>the %1 is not translated to %2</source>
        <translation>%1 er ikke oversatt til %2</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>seksjon %1</translation>
    </message>
    <message>
        <source>the code must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation>koden må bestå av 1-40 bokstaver, sifre, «_», «-» eller «.»</translation>
    </message>
    <message>
        <source>the section code is used twice</source>
        <translation>seksjonskoden brukes to ganger</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tittelen</translation>
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation>vekten kan ikke være negativ</translation>
    </message>
    <message>
        <source>weighted scoring needs a weight for every top-level section</source>
        <translation>vektet poengberegning krever en vekt for hver seksjon på øverste nivå</translation>
    </message>
    <message>
        <source>the section has no questions</source>
        <translation>seksjonen har ingen spørsmål</translation>
    </message>
    <message>
        <source>the top-level section weights add up to %1, not 100</source>
        <translation>vektene for seksjonene på øverste nivå summerer seg til %1, ikke 100</translation>
    </message>
    <message>
        <source>the questionnaire has no questions</source>
        <translation>spørreskjemaet har ingen spørsmål</translation>
    </message>
    <message>
        <source>the question code is used twice</source>
        <translation>spørsmålskoden brukes to ganger</translation>
    </message>
    <message>
        <source>question</source>
        <translation>spørsmålet</translation>
    </message>
    <message>
        <source>the option code “%1” is used twice</source>
        <translation>alternativkoden «%1» brukes to ganger</translation>
    </message>
    <message>
        <source>option “%1”</source>
        <translation>alternativet «%1»</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>et valgspørsmål må ha minst to alternativer</translation>
    </message>
    <message>
        <source>a multiple-choice question may have at most 64 options</source>
        <translation>et flervalgsspørsmål kan ha høyst 64 alternativer</translation>
    </message>
    <message>
        <source>a %1 question has no options</source>
        <translation>et spørsmål av typen %1 kan ikke ha alternativer</translation>
    </message>
    <message>
        <source>a rating scale needs whole-number ends with min below max (e.g. 1-5, 1-10)</source>
        <translation>en vurderingsskala må ha heltall som endepunkter, med min under maks (f.eks. 1-5, 1-10)</translation>
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation>minimum er større enn maksimum</translation>
    </message>
    <message>
        <source>a %1 question cannot be scored</source>
        <translation>et spørsmål av typen %1 kan ikke poengsettes</translation>
    </message>
    <message>
        <source>the question is scored but no option earns points</source>
        <translation>spørsmålet er poengsatt, men ingen alternativer gir poeng</translation>
    </message>
    <message>
        <source>a scored question needs a weight above zero</source>
        <translation>et poengsatt spørsmål må ha en vekt over null</translation>
    </message>
    <message>
        <source>only a scored question can be critical</source>
        <translation>bare et poengsatt spørsmål kan være kritisk</translation>
    </message>
    <message>
        <source>only a scored question can be a bonus</source>
        <translation>bare et poengsatt spørsmål kan være en bonus</translation>
    </message>
    <message>
        <source>a bonus question cannot also be critical</source>
        <translation>et bonusspørsmål kan ikke samtidig være kritisk</translation>
    </message>
    <message>
        <source>the %1 condition refers to the question itself</source>
        <translation>%1 viser til selve spørsmålet</translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which comes later in the form</source>
        <translation>%1 viser til %2, som kommer senere i skjemaet</translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which does not exist</source>
        <translation>%1 viser til %2, som ikke finnes</translation>
    </message>
    <message>
        <source>the %1 condition compares %2 by size, but it is not a number or scale</source>
        <translation>%1 sammenligner %2 etter størrelse, men spørsmålet er verken et tall eller en skala</translation>
    </message>
    <message>
        <source>the %1 condition expects option “%2” of %3, which has only %4</source>
        <translation>%1 forventer alternativet «%2» for %3, som bare har %4</translation>
    </message>
    <message>
        <source>show-if</source>
        <translation>visningsbetingelsen</translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation>kommentarbetingelsen</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>the file has no new or changed report</source>
        <translation>filen har ingen ny eller endret rapport</translation>
    </message>
    <message numerus="yes">
        <source>Import %n report(s) from %1</source>
        <translation>
            <numerusform>Importer %n rapport fra %1</numerusform>
            <numerusform>Importer %n rapporter fra %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the report of visit %1</source>
        <translation>Send inn rapporten for besøk %1</translation>
    </message>
    <message>
        <source>Save the draft report of visit %1</source>
        <translation>Lagre utkastet til rapporten for besøk %1</translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
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
        <translation>Når</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tildelt av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Svar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beslutninger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality control&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kvalitetskontroll&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a report to review it.</source>
        <translation>Velg en rapport for å gjennomgå den.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report of visit %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Rapport for besøk %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>%1 %2, scenario %3, shopper %4</source>
        <translation>%1 %2, scenario %3, testkunde %4</translation>
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
        <translation>Betjent av: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sendt tilbake</translation>
    </message>
    <message>
        <source>Check this wave's reports</source>
        <translation>Kontroller bølgens rapporter</translation>
    </message>
</context>
<context>
    <name>ReportEntry</name>
    <message>
        <source>There is no visit %1 in this file.</source>
        <translation>Det finnes ikke noe besøk %1 i denne filen.</translation>
    </message>
    <message>
        <source>Visit %1 has no shopper yet: assign one before entering the report.</source>
        <translation>Besøk %1 har ingen testkunde ennå: tildel en før du registrerer rapporten.</translation>
    </message>
    <message>
        <source>Visit %1 is cancelled: it has no report.</source>
        <translation>Besøk %1 er avlyst: det har ingen rapport.</translation>
    </message>
    <message>
        <source>Scenario %1 of visit %2 has no questionnaire: choose one for the scenario first.</source>
        <translation>Scenario %1 for besøk %2 har ikke noe spørreskjema: velg først et for scenarioet.</translation>
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation>Det finnes ikke noe spørsmål %1 i spørreskjemaet %2.</translation>
    </message>
    <message>
        <source>%1 does not allow N/A.</source>
        <translation>%1 tillater ikke Ikke relevant.</translation>
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels).</source>
        <translation>«%1» er ikke et svar på %2 (%3 eller etikettene deres).</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2 (%3).</source>
        <translation>«%1» er ikke et alternativ i %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>«%1» er ikke et tall (%2).</translation>
    </message>
    <message>
        <source>%1: N/A cannot be chosen together with other options.</source>
        <translation>%1: Ikke relevant kan ikke velges sammen med andre alternativer.</translation>
    </message>
    <message>
        <source>The report of visit %1 is approved: it can no longer be changed.</source>
        <translation>Rapporten for besøk %1 er godkjent: den kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>The report of visit %1 is already submitted: correct it and submit it again, it does not go back to a draft.</source>
        <translation>Rapporten for besøk %1 er allerede sendt inn: rett den og send den inn på nytt, den går ikke tilbake til utkast.</translation>
    </message>
    <message>
        <source>“%1” is not a language of the programme (%2).</source>
        <translation>«%1» er ikke et av programmets språk (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a visit date such as 2026-11-22.</source>
        <translation>«%1» er ikke en besøksdato som 2026-11-22.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day such as 14:05.</source>
        <translation>«%1» er ikke et klokkeslett som 14:05.</translation>
    </message>
    <message>
        <source>%1 minutes is not a visit duration (0 to 1440).</source>
        <translation>%1 minutter er ikke en gyldig varighet for et besøk (0 til 1440).</translation>
    </message>
    <message>
        <source>%1 is mandatory and has no answer.</source>
        <translation>%1 er obligatorisk og mangler svar.</translation>
    </message>
    <message>
        <source>%1 needs a comment for this answer.</source>
        <translation>%1 krever en kommentar for dette svaret.</translation>
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>Lagre &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Send inn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Report of visit %1</source>
        <translation>Rapport for besøk %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · %5 · shopper %6</source>
        <translation>Besøk %1 · bølge %2 · %3 %4 · %5 · testkunde %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The day of the visit; the planned day is %1</source>
        <translation>Besøksdagen; planlagt dag er %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>14:05</source>
        <translation>14:05</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Served &amp;by:</source>
        <translation>&amp;Betjent av:</translation>
    </message>
    <message>
        <source>name or description of the staff member</source>
        <translation>navnet på eller en beskrivelse av den ansatte</translation>
    </message>
    <message>
        <source>Served &amp;by (no names):</source>
        <translation>&amp;Betjent av (ingen navn):</translation>
    </message>
    <message>
        <source>a description only, e.g. young man at the till</source>
        <translation>bare en beskrivelse, f.eks. ung mann i kassen</translation>
    </message>
    <message>
        <source>This client forbids staff names in reports: describe the person instead.</source>
        <translation>Denne kunden tillater ikke navn på ansatte i rapporter: beskriv personen i stedet.</translation>
    </message>
    <message>
        <source>the shopper's general remarks on the visit</source>
        <translation>testkundens generelle merknader om besøket</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>Besøks&amp;dato:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tidspunkt:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Varighet:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Check the report and hand it to review (Ctrl+Enter)</source>
        <translation>Kontroller rapporten og send den til gjennomgang (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep the report as it is, unsubmitted, to finish later (Ctrl+S)</source>
        <translation>Behold rapporten som den er, ikke innsendt, for å fullføre den senere (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Submit correction</source>
        <translation>&amp;Send inn korrigering</translation>
    </message>
    <message>
        <source>Enter report</source>
        <translation>Registrer rapport</translation>
    </message>
    <message>
        <source>Approved: this report counts in the results and can no longer be changed.</source>
        <translation>Godkjent: rapporten teller i resultatene og kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Submitted for review: a correction is submitted again.</source>
        <translation>Sendt inn til gjennomgang: en korrigering sendes inn på nytt.</translation>
    </message>
    <message>
        <source>Draft: not yet submitted.</source>
        <translation>Utkast: ikke sendt inn ennå.</translation>
    </message>
    <message>
        <source>New report.</source>
        <translation>Ny rapport.</translation>
    </message>
    <message>
        <source>Every mandatory question is answered.</source>
        <translation>Alle obligatoriske spørsmål er besvart.</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer.</source>
        <translation>
            <numerusform>%n obligatorisk spørsmål mangler fortsatt svar.</numerusform>
            <numerusform>%n obligatoriske spørsmål mangler fortsatt svar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer, %1 required comment(s) missing.</source>
        <translation>
            <numerusform>%n obligatorisk spørsmål mangler fortsatt svar, manglende påkrevde kommentarer: %1.</numerusform>
            <numerusform>%n obligatoriske spørsmål mangler fortsatt svar, manglende påkrevde kommentarer: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n til.</numerusform>
            <numerusform>… og %n til.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation>Ulagret rapport</translation>
    </message>
    <message>
        <source>The report of visit %1 has changes that are not saved. Save them as a draft?</source>
        <translation>Rapporten for besøk %1 har endringer som ikke er lagret. Lagre dem som utkast?</translation>
    </message>
    <message>
        <source>The correction of visit %1's report is not submitted. Close without it?</source>
        <translation>Korrigeringen av rapporten for besøk %1 er ikke sendt inn. Lukke uten den?</translation>
    </message>
</context>
<context>
    <name>ReportImport</name>
    <message>
        <source>the file needs a visit id column, or location, shopper and date columns, to match its rows to visits</source>
        <translation>filen trenger en kolonne med besøks-id, eller kolonner for sted, testkunde og dato, for å knytte radene til besøk</translation>
    </message>
    <message>
        <source>“%1” is not a visit id</source>
        <translation>«%1» er ikke et besøks-id</translation>
    </message>
    <message>
        <source>“%1” is not a date (2026-11-05 or 05.11.2026)</source>
        <translation>«%1» er ikke en dato (2026-11-05 eller 05.11.2026)</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>det finnes ikke noe besøk %1</translation>
    </message>
    <message>
        <source>no visit of %1 by %2 in a wave around %3</source>
        <translation>ingen besøk hos %1 av %2 i en bølge rundt %3</translation>
    </message>
    <message>
        <source>%1 visits match (%2); add a visit id column</source>
        <translation>%1 besøk passer (%2); legg til en kolonne med besøks-id</translation>
    </message>
    <message>
        <source>visit %1 is on line %2 already</source>
        <translation>besøk %1 står allerede på linje %2</translation>
    </message>
    <message>
        <source>visit %1 is %2: it has no shopper to report on it</source>
        <translation>besøk %1 er %2: det har ingen testkunde som kan rapportere</translation>
    </message>
    <message>
        <source>scenario %1 of visit %2 has no questionnaire version</source>
        <translation>scenario %1 for besøk %2 har ingen spørreskjemaversjon</translation>
    </message>
    <message>
        <source>the questionnaire of visit %1 cannot be read</source>
        <translation>spørreskjemaet for besøk %1 kan ikke leses</translation>
    </message>
    <message>
        <source>the visit date is missing</source>
        <translation>besøksdatoen mangler</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (14:05)</source>
        <translation>«%1» er ikke et klokkeslett (14:05)</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes</source>
        <translation>«%1» er ikke et antall minutter</translation>
    </message>
    <message>
        <source>“%1” is not a language of the programme</source>
        <translation>«%1» er ikke et språk i programmet</translation>
    </message>
    <message>
        <source>%1 does not allow N/A</source>
        <translation>%1 tillater ikke Ikke relevant</translation>
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels)</source>
        <translation>«%1» er ikke et svar på %2 (%3, eller etikettene deres)</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2</source>
        <translation>«%1» er ikke et alternativ for %2</translation>
    </message>
    <message>
        <source>“%1” says neither chosen (1, x, yes) nor not chosen (0, empty, no)</source>
        <translation>«%1» sier verken valgt (1, x, yes) eller ikke valgt (0, tomt, no)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» er ikke et tall</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 ligger utenfor %2 til %3</translation>
    </message>
    <message>
        <source>%1 is mandatory but has no answer</source>
        <translation>%1 er obligatorisk, men mangler svar</translation>
    </message>
    <message>
        <source>%1 is answered although its condition hides it; the answer is kept</source>
        <translation>%1 er besvart selv om betingelsen skjuler det; svaret beholdes</translation>
    </message>
    <message>
        <source>the report of visit %1 is approved: send it back before importing a changed one</source>
        <translation>rapporten for besøk %1 er godkjent: send den tilbake før du importerer en endret</translation>
    </message>
    <message>
        <source>not a question of the questionnaire or a field of the report; the column is left out</source>
        <translation>ikke et spørsmål i spørreskjemaet eller et felt i rapporten; kolonnen utelates</translation>
    </message>
    <message numerus="yes">
        <source>no column for %n question(s): %1; they stay unanswered</source>
        <translation>
            <numerusform>ingen kolonne for %n spørsmål: %1; det forblir ubesvart</numerusform>
            <numerusform>ingen kolonne for %n spørsmål: %1; de forblir ubesvart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <source>Import reports from %1</source>
        <translation>Importer rapporter fra %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n ny rapport</numerusform>
            <numerusform>%n nye rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uendret</numerusform>
            <numerusform>%n uendret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a KoboToolbox / ODK Central export: </source>
        <translation>Leses som en eksport fra KoboToolbox / ODK Central: </translation>
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
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Resultat (%)</translation>
    </message>
    <message>
        <source>Hatched: fewer than %1 visits, read with care.</source>
        <translation>Skravert: færre enn %1 besøk, tolkes med forsiktighet.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Konkurrentlokasjoner</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Eget nettverk</translation>
    </message>
    <message>
        <source>n = %1 visits</source>
        <translation>n = %1 besøk</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Bølge</translation>
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
        <translation>Lokasjon</translation>
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
        <translation>Merkevare</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Score by %1</source>
        <translation>Resultat per %1</translation>
    </message>
    <message>
        <source>Score over the waves by %1</source>
        <translation>Resultat over bølgene per %1</translation>
    </message>
    <message>
        <source>Score over the waves</source>
        <translation>Resultat over bølgene</translation>
    </message>
    <message>
        <source>Bands: margin of error at %1 %. A marker: a significant change since the wave before.</source>
        <translation>Bånd: feilmargin ved %1 %. Markør: en signifikant endring siden bølgen før.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Score by section</source>
        <translation>Resultat per seksjon</translation>
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation>Etterlevelse per standard</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Section scores by %1</source>
        <translation>Delresultater per %1</translation>
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation>Fordeling av besøksresultater</translation>
    </message>
    <message>
        <source>Visit score (%)</source>
        <translation>Besøksresultat (%)</translation>
    </message>
    <message>
        <source>Visit scores by %1</source>
        <translation>Besøksresultater per %1</translation>
    </message>
    <message>
        <source>Own network and competitors by section</source>
        <translation>Eget nettverk og konkurrenter per seksjon</translation>
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
        <translation>NPS: ambassadører (9–10) minus kritikere (0–6), i poeng.</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Kritikere (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Ambassadører (9–10)</translation>
    </message>
    <message>
        <source>What drives %1: importance and performance</source>
        <translation>Hva som driver %1: betydning og prestasjon</translation>
    </message>
    <message>
        <source>Importance (% of the explained variance)</source>
        <translation>Betydning (% av den forklarte variansen)</translation>
    </message>
    <message>
        <source>Performance (share of yes, %)</source>
        <translation>Prestasjon (andel ja, %)</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Rett først</translation>
    </message>
    <message>
        <source>Keep up</source>
        <translation>Hold nivået</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundært</translation>
    </message>
    <message>
        <source>Possibly overdone</source>
        <translation>Muligens overdrevet</translation>
    </message>
    <message>
        <source>Importance: relative weights (Johnson) of a regression of %1 on the standards, R² = %2. Fix first: important and below the average performance.</source>
        <translation>Betydning: relative vekter (Johnson) i en regresjon av %1 på standardene, R² = %2. Rett først: viktige og under gjennomsnittlig prestasjon.</translation>
    </message>
    <message>
        <source>%1: score by location</source>
        <translation>%1: resultat per lokasjon</translation>
    </message>
    <message>
        <source>Sections against the network</source>
        <translation>Seksjoner sammenlignet med nettverket</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nettverket</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mål %1</translation>
    </message>
    <message>
        <source>Mystery shopping results: %1</source>
        <translation>Resultater fra testkundeundersøkelsen: %1</translation>
    </message>
    <message>
        <source>%1 visits at %2 locations</source>
        <translation>%1 besøk ved %2 lokasjoner</translation>
    </message>
    <message>
        <source>Overall score %1 %</source>
        <translation>Totalresultat %1 %</translation>
    </message>
    <message>
        <source>Contents: the dashboard, the standard charts, a page per region and a page per location. Shoppers are never named.</source>
        <translation>Innhold: oversikten, standarddiagrammene, én side per region og én side per lokasjon. Testkunder navngis aldri.</translation>
    </message>
    <message>
        <source>a significant change since %1</source>
        <translation>en signifikant endring siden %1</translation>
    </message>
    <message>
        <source>within the margin of error of %1</source>
        <translation>innenfor feilmarginen sammenlignet med %1</translation>
    </message>
    <message>
        <source>none with enough visits</source>
        <translation>ingen med nok besøk</translation>
    </message>
    <message>
        <source>Best locations</source>
        <translation>Beste lokasjoner</translation>
    </message>
    <message>
        <source>Locations for training</source>
        <translation>Lokasjoner for opplæring</translation>
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation>Best vurderte ansatte</translation>
    </message>
    <message>
        <source>Staff to coach</source>
        <translation>Ansatte som bør coaches</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 besøk</translation>
    </message>
    <message>
        <source>score %1 %</source>
        <translation>resultat %1 %</translation>
    </message>
    <message>
        <source>network %1 %</source>
        <translation>nettverket %1 %</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>plass %1 av %2</translation>
    </message>
    <message>
        <source>What the shoppers wrote</source>
        <translation>Hva testkundene skrev</translation>
    </message>
    <message>
        <source>No comments in this wave.</source>
        <translation>Ingen kommentarer i denne bølgen.</translation>
    </message>
    <message>
        <source>… and %1 more comments</source>
        <translation>… og %1 kommentarer til</translation>
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation>Svar på vurderingsskalaene</translation>
    </message>
    <message>
        <source>Share of answers (%)</source>
        <translation>Andel av svarene (%)</translation>
    </message>
    <message>
        <source>Shares of the answers given; not applicable left out.</source>
        <translation>Andeler av svarene som ble gitt; ikke aktuelt er utelatt.</translation>
    </message>
    <message>
        <source>General comment about the visit</source>
        <translation>Generell kommentar om besøket</translation>
    </message>
    <message>
        <source>Visit ID</source>
        <translation>Besøks-id</translation>
    </message>
    <message>
        <source>The number of the visit on your assignment</source>
        <translation>Besøkets nummer i besøkslisten din</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Dato for besøket</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Klokkeslett for besøket</translation>
    </message>
    <message>
        <source>How long did the visit take (minutes)?</source>
        <translation>Hvor lang tid tok besøket (minutter)?</translation>
    </message>
    <message>
        <source>From 0 to 1440 minutes</source>
        <translation>Fra 0 til 1440 minutter</translation>
    </message>
    <message>
        <source>Who served you?</source>
        <translation>Hvem betjente deg?</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>“Not applicable” cannot be chosen together with other answers</source>
        <translation>«Ikke relevant» kan ikke velges sammen med andre svar</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Et tall fra %1 til %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation>Et tall på minst %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation>Et tall på høyst %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Please explain this answer in a comment</source>
        <translation>Forklar dette svaret i en kommentar</translation>
    </message>
</context>
<context>
    <name>ResponseScorer</name>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
</context>
<context>
    <name>ResultsAggregator</name>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ikke registrert)</translation>
    </message>
    <message>
        <source>the confidence must be between 0 and 1, such as 0.95</source>
        <translation>konfidensen må ligge mellom 0 og 1, f.eks. 0.95</translation>
    </message>
    <message>
        <source>the reports can be grouped by a report's own dimensions only, not by %1</source>
        <translation>rapportene kan bare grupperes etter en rapports egne dimensjoner, ikke etter %1</translation>
    </message>
</context>
<context>
    <name>ResultsCatalog</name>
    <message>
        <source>(no country)</source>
        <translation>(intet land)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(intet område)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1=%2: there is no such %1</source>
        <translation>%1=%2: det finnes ingen slik %1</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(ingen merkevare)</translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maskinlesbar utdata.</translation>
    </message>
    <message>
        <source>nothing was imported: the file has errors (--valid-rows imports the rows without any)</source>
        <translation>ingenting ble importert: filen har feil (--valid-rows importerer radene uten feil)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>ingenting ble importert: %1</translation>
    </message>
    <message>
        <source>Enter, show or import shopper reports.</source>
        <translation>Registrer, vis eller importer testkunderapporter.</translation>
    </message>
    <message>
        <source>import, show or enter</source>
        <translation>import, show eller enter</translation>
    </message>
    <message>
        <source>The reports (import), or the visit's number.</source>
        <translation>Rapportene (import) eller besøkets nummer.</translation>
    </message>
    <message>
        <source>An answer, CODE=VALUE (repeatable).</source>
        <translation>Et svar, CODE=VALUE (kan gjentas).</translation>
    </message>
    <message>
        <source>A question's comment, CODE=TEXT (repeatable).</source>
        <translation>Kommentar til et spørsmål, CODE=TEXT (kan gjentas).</translation>
    </message>
    <message>
        <source>The day of the visit (2026-11-22).</source>
        <translation>Besøksdagen (2026-11-22).</translation>
    </message>
    <message>
        <source>The time of the visit (14:05); empty clears it.</source>
        <translation>Klokkeslettet for besøket (14:05); tomt fjerner det.</translation>
    </message>
    <message>
        <source>How long the visit took; empty clears it.</source>
        <translation>Hvor lenge besøket varte; tomt fjerner det.</translation>
    </message>
    <message>
        <source>The staff member who served the shopper (a description where the programme forbids names).</source>
        <translation>Den ansatte som betjente testkunden (en beskrivelse der programmet ikke tillater navn).</translation>
    </message>
    <message>
        <source>The language the report was filled in.</source>
        <translation>Språket rapporten ble fylt ut på.</translation>
    </message>
    <message>
        <source>The shopper's general comment.</source>
        <translation>Testkundens generelle kommentar.</translation>
    </message>
    <message>
        <source>Save as a draft instead of submitting.</source>
        <translation>Lagre som utkast i stedet for å sende inn.</translation>
    </message>
    <message>
        <source>results: expected import FILE CSV, show FILE VISIT or enter FILE VISIT (see 'shopscope-cli results --help')</source>
        <translation>results: forventet import FILE CSV, show FILE VISIT eller enter FILE VISIT (se 'shopscope-cli results --help')</translation>
    </message>
    <message>
        <source>%1: “%2” is not a visit number</source>
        <translation>%1: «%2» er ikke et besøksnummer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --answer “%2”: expected CODE=VALUE</source>
        <translation>%1: --answer «%2»: forventet CODE=VALUE</translation>
    </message>
    <message>
        <source>%1: --comment-for “%2”: expected CODE=TEXT</source>
        <translation>%1: --comment-for «%2»: forventet CODE=TEXT</translation>
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation>Det finnes ikke noe spørsmål %1 i spørreskjemaet %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation>«%1» er ikke et antall minutter.</translation>
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · scenario %5 · shopper %6
</source>
        <translation>Besøk %1 · bølge %2 · %3 %4 · scenario %5 · testkunde %6
</translation>
    </message>
    <message>
        <source>Report: %1 · %2 · visited %3 · %4 min · staff: %5
</source>
        <translation>Rapport: %1 · %2 · besøkt %3 · %4 min · ansatt: %5
</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>kommentar: %1</translation>
    </message>
    <message>
        <source>comment required</source>
        <translation>kommentar påkrevd</translation>
    </message>
    <message>
        <source>Score: %1
</source>
        <translation>Poeng: %1
</translation>
    </message>
    <message>
        <source>Mandatory without an answer: %1
</source>
        <translation>Obligatoriske uten svar: %1
</translation>
    </message>
    <message>
        <source>Nothing changed.
</source>
        <translation>Ingenting ble endret.
</translation>
    </message>
    <message>
        <source>Saved as a draft.
</source>
        <translation>Lagret som utkast.
</translation>
    </message>
    <message>
        <source>Submitted for review.
</source>
        <translation>Sendt inn til gjennomgang.
</translation>
    </message>
    <message>
        <source>%1: visit %2: %3</source>
        <translation>%1: besøk %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing was saved</source>
        <translation>%1: ingenting ble lagret</translation>
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
        <translation>Testkunderapporter.

  import FILE CSV [--format shopscope|odk] [--dry-run] [--valid-rows] [--encoding NAME] [--delimiter CHAR]
         [--decimal-comma] [--json]

Én rad per besøk. Besøket finnes med en kolonne 'visit' (id), eller med kolonnene 'location', 'shopper'
og 'date'. Valgfrie kolonner: time, duration (minutter), staff, language, comment. Hver annen kolonne
er en spørsmålskode; CODE_comment inneholder kommentaren; et flervalg er én celle med alternativer skilt
med ; eller | eller en kolonne per alternativ (CODE/option, 1 eller x for valgt). Svar er alternativenes
koder eller etiketter på et av programmets språk; Ikke relevant i de vanlige skrivemåtene (n/a, na,
-, ej aktuellt, nie dotyczy...). Alt eller ingenting med mindre --valid-rows; en rapport filen lar være
som den er, forblir uendret, så samme fil to ganger endrer ingenting; en godkjent rapport endres aldri.
Importerte besøk blir 'submitted' for gjennomgang (docs/results-import.md).
--format odk leser en eksport fra KoboToolbox eller ODK Central av et skjema ShopScope har skrevet
(questionnaire export --format xform|xlsform): gruppeprefikser, besøksfeltene ss_*, svaralternativer skilt
med mellomrom og metadataene for innsendingen blir tolket (docs/odk.md).

  show FILE VISIT [--json]
  enter FILE VISIT [--answer CODE=VALUE]... [--comment-for CODE=TEXT]... [--date DATE] [--time HH:MM]
        [--minutes N] [--staff TEXT] [--language CODE] [--report-comment TEXT] [--draft] [--json]

'show' skriver ut rapporten for ett besøk med løpende poeng og hva en innsending fortsatt mangler.
'enter' endrer besøkets rapport (et utkast eller en innsendt) som angitt og sender den inn, eller
beholder den som utkast med --draft; en innsending krever at hvert synlige obligatoriske spørsmål er
besvart og at hver påkrevde kommentar finnes. VALUE som i en fil; CODE= tømmer et svar. Ingenting
skrives når noe er feil (docs/report-entry.md).</translation>
    </message>
    <message>
        <source>import: shopscope (default) or odk (KoboToolbox / ODK Central CSV).</source>
        <translation>import: shopscope (standard) eller odk (CSV fra KoboToolbox / ODK Central).</translation>
    </message>
    <message>
        <source>results import: unknown --format “%1” (use shopscope or odk)</source>
        <translation>results import: ukjent --format «%1» (bruk shopscope eller odk)</translation>
    </message>
</context>
<context>
    <name>ResultsQuery</name>
    <message>
        <source>“%1” is not a dimension (use %2)</source>
        <translation>«%1» er ingen dimensjon (bruk %2)</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>«%1» er angitt to ganger</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Send tilbake…</translation>
    </message>
    <message>
        <source>Check the wave's reports</source>
        <translation>Kontroller bølgens rapporter</translation>
    </message>
    <message>
        <source>No flags: nothing unusual found.</source>
        <translation>Ingen flagg: ingenting uvanlig funnet.</translation>
    </message>
    <message>
        <source>Select a report of the wave first.</source>
        <translation>Velg først en rapport fra bølgen.</translation>
    </message>
    <message>
        <source>Checking the wave's reports…</source>
        <translation>Kontrollerer bølgens rapporter…</translation>
    </message>
    <message>
        <source>The reports were not checked: %1</source>
        <translation>Rapportene ble ikke kontrollert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) in the wave's reports</source>
        <translation>
            <numerusform>%n flagg i bølgens rapporter</numerusform>
            <numerusform>%n flagg i bølgens rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send tilbake</translation>
    </message>
    <message>
        <source>What the shopper should correct (kept with the decision):</source>
        <translation>Hva testkunden skal rette (lagres med beslutningen):</translation>
    </message>
    <message>
        <source>Select one or more reports first.</source>
        <translation>Velg først én eller flere rapporter.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Ingenting ble endret: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Godkjent: %n rapport</numerusform>
            <numerusform>Godkjent: %n rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Sendt tilbake: %n rapport</numerusform>
            <numerusform>Sendt tilbake: %n rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation>Importer rapporter…</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Importer rapporter</translation>
    </message>
    <message>
        <source>%1 changes nothing: the programme already holds these reports.</source>
        <translation>%1 endrer ingenting: programmet har allerede disse rapportene.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged reports</source>
        <translation>Importerte %1: %2 nye, %3 endrede, %4 uendrede rapporter</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>Åpne rapport…</translation>
    </message>
    <message>
        <source>The selected report in the entry form: finish a draft or correct a report sent back</source>
        <translation>Den valgte rapporten i registreringsskjemaet: fullfør et utkast eller rett en rapport som er sendt tilbake</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>no report chosen</source>
        <translation>ingen rapport valgt</translation>
    </message>
    <message>
        <source>a report is sent back with a reason for the shopper</source>
        <translation>en rapport sendes tilbake med en begrunnelse til testkunden</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>det finnes ikke noe besøk %1</translation>
    </message>
    <message>
        <source>visit %1 has no report yet</source>
        <translation>besøk %1 har ingen rapport ennå</translation>
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted report can be approved</source>
        <translation>rapporten for besøk %1 er %2: bare en innsendt rapport kan godkjennes</translation>
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted or approved report can be sent back</source>
        <translation>rapporten for besøk %1 er %2: bare en innsendt eller godkjent rapport kan sendes tilbake</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n report(s)</source>
        <translation>
            <numerusform>Godkjenn %n rapport</numerusform>
            <numerusform>Godkjenn %n rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send back %n report(s)</source>
        <translation>
            <numerusform>Send tilbake %n rapport</numerusform>
            <numerusform>Send tilbake %n rapporter</numerusform>
        </translation>
    </message>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation>et besøk ble slettet i mellomtiden</translation>
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The confidence level must be 90 %, 95 % or 99 %, not %1.</source>
        <translation>Konfidensnivået må være 90 %, 95 % eller 99 %, ikke %1.</translation>
    </message>
    <message>
        <source>Student's t needs at least 1 degree of freedom, not %1.</source>
        <translation>Students t krever minst 1 frihetsgrad, ikke %1.</translation>
    </message>
    <message>
        <source>The number of visits must be at least 1, not %1.</source>
        <translation>Antall besøk må være minst 1, ikke %1.</translation>
    </message>
    <message>
        <source>A mean needs at least %1 visits, not %2.</source>
        <translation>Et gjennomsnitt krever minst %1 besøk, ikke %2.</translation>
    </message>
    <message>
        <source>The population must be at least 1, not %1.</source>
        <translation>Populasjonen må være minst 1, ikke %1.</translation>
    </message>
    <message>
        <source>The number of visits (%1) cannot exceed the population (%2).</source>
        <translation>Antall besøk (%1) kan ikke overstige populasjonen (%2).</translation>
    </message>
    <message>
        <source>The proportion must be between 0 and 1 (0.8 for 80 %), not %1.</source>
        <translation>Andelen må være mellom 0 og 1 (0.8 for 80 %), ikke %1.</translation>
    </message>
    <message>
        <source>The standard deviation must be 0 or more, not %1.</source>
        <translation>Standardavviket må være 0 eller mer, ikke %1.</translation>
    </message>
    <message>
        <source>The population must be at least %1, not %2.</source>
        <translation>Populasjonen må være minst %1, ikke %2.</translation>
    </message>
    <message>
        <source>The target margin is too small: it would need more than %1 visits.</source>
        <translation>Den ønskede feilmarginen er for liten: den ville kreve mer enn %1 besøk.</translation>
    </message>
    <message>
        <source>The target margin must be above 0 and below 1 (0.05 for ±5 points), not %1.</source>
        <translation>Den ønskede feilmarginen må være over 0 og under 1 (0.05 for ±5 prosentpoeng), ikke %1.</translation>
    </message>
    <message>
        <source>The target margin must be above 0, not %1.</source>
        <translation>Den ønskede feilmarginen må være over 0, ikke %1.</translation>
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
        <translation>&amp;Gjennomsnittsscore</translation>
    </message>
    <message>
        <source>The share you expect (or last measured). 50 % gives the widest margin.</source>
        <translation>Andelen du forventer (eller sist målte). 50 % gir den største feilmarginen.</translation>
    </message>
    <message>
        <source>The spread of the score between visits, from an earlier wave.</source>
        <translation>Spredningen i scoren mellom besøk, fra en tidligere bølge.</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> besøk</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ubegrenset</translation>
    </message>
    <message>
        <source> units</source>
        <translation> enheter</translation>
    </message>
    <message>
        <source>How many locations (or calls, or staff) the visits are drawn from. Knowing it narrows the margin when a large part of them is visited.</source>
        <translation>Hvor mange lokasjoner (eller samtaler, eller ansatte) besøkene trekkes fra. Når antallet er kjent, blir feilmarginen mindre hvis en stor del av dem besøkes.</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Måling:</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>&amp;Andel:</translation>
    </message>
    <message>
        <source>Standard &amp;deviation:</source>
        <translation>&amp;Standardavvik:</translation>
    </message>
    <message>
        <source>&amp;Visits (n):</source>
        <translation>&amp;Besøk (n):</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Konfidensnivå:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Populasjon:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> prosentpoeng</translation>
    </message>
    <message>
        <source>&amp;Target margin:</source>
        <translation>Ønsket &amp;feilmargin:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Margin of error</source>
        <translation>Feilmargin</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Utvalg</translation>
    </message>
    <message>
        <source>Visits needed</source>
        <translation>Nødvendig antall besøk</translation>
    </message>
    <message>
        <source>Margin by number of visits</source>
        <translation>Feilmargin etter antall besøk</translation>
    </message>
    <message>
        <source>Margin (points)</source>
        <translation>Feilmargin (prosentpoeng)</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 prosentpoeng</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved konfidensnivå %2</translation>
    </message>
    <message>
        <source>Student's t with %1 degrees of freedom: with fewer than %2 visits the spread itself is uncertain.</source>
        <translation>Students t med %1 frihetsgrader: med færre enn %2 besøk er selve spredningen usikker.</translation>
    </message>
    <message>
        <source>Normal distribution (z = %1).</source>
        <translation>Normalfordeling (z = %1).</translation>
    </message>
    <message>
        <source>%1 % measured on %2 visits: the true share is likely between %3 % and %4 %.</source>
        <translation>%1 % målt på %2 besøk: den sanne andelen ligger trolig mellom %3 % og %4 %.</translation>
    </message>
    <message>
        <source>Corrected for a population of %1 units.</source>
        <translation>Korrigert for en populasjon på %1 enheter.</translation>
    </message>
    <message>
        <source>Small base: fewer than %1 visits are too few to report on their own.</source>
        <translation>Lav base: færre enn %1 besøk er for få til å rapporteres alene.</translation>
    </message>
    <message>
        <source>Visits needed: %1 for %2 at %3</source>
        <translation>Nødvendig antall besøk: %1 for %2 ved konfidensnivå %3</translation>
    </message>
    <message>
        <source>more than the population</source>
        <translation>flere enn populasjonen</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>alle enheter</translation>
    </message>
    <message>
        <source>small base</source>
        <translation>lav base</translation>
    </message>
</context>
<context>
    <name>SampleSizeCommand</name>
    <message>
        <source>Margin of error of a share or a mean for n visits, or the visits needed for a target margin.</source>
        <translation>Feilmarginen for en andel eller et gjennomsnitt ved n besøk, eller antall besøk som trengs for en ønsket feilmargin.</translation>
    </message>
    <message>
        <source>The share measured, as a proportion from 0 to 1 (0.8 for 80 %).</source>
        <translation>Den målte andelen, som en proporsjon fra 0 til 1 (0.8 for 80 %).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Measure a mean score instead of a share (needs --sd).</source>
        <translation>Mål en gjennomsnittsscore i stedet for en andel (krever --sd).</translation>
    </message>
    <message>
        <source>The standard deviation of the score, for --mean.</source>
        <translation>Standardavviket for scoren, for --mean.</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>The number of visits: prints the margin of error.</source>
        <translation>Antall besøk: skriver ut feilmarginen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The target margin of error: prints the visits needed. A proportion for a share (0.05 for ±5 points), in the score's unit for a mean.</source>
        <translation>Den ønskede feilmarginen: skriver ut antall besøk som trengs. En proporsjon for en andel (0.05 for ±5 prosentpoeng), i scorens enhet for et gjennomsnitt.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The confidence level: 90, 95 (the default) or 99.</source>
        <translation>Konfidensnivået: 90, 95 (standard) eller 99.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>The number of units sampled from (locations, calls), for the finite population correction. Without it the population counts as unlimited.</source>
        <translation>Antall enheter utvalget trekkes fra (lokasjoner, samtaler), for korreksjon for endelig populasjon. Uten denne regnes populasjonen som ubegrenset.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>%1: --%2 expects a number, got “%3”</source>
        <translation>%1: --%2 forventer et tall, fikk «%3»</translation>
    </message>
    <message>
        <source>%1: --%2 expects a whole number, got “%3”</source>
        <translation>%1: --%2 forventer et heltall, fikk «%3»</translation>
    </message>
    <message>
        <source>%1: --confidence expects 90, 95 or 99, got “%2”</source>
        <translation>%1: --confidence forventer 90, 95 eller 99, fikk «%2»</translation>
    </message>
    <message>
        <source>%1: --confidence must be 90, 95 or 99, not “%2”</source>
        <translation>%1: --confidence må være 90, 95 eller 99, ikke «%2»</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2” (see 'shopscope-cli %1 --help')</source>
        <translation>%1: uventet argument «%2» (se 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: give either --p for a share or --mean --sd for a mean, not both</source>
        <translation>%1: oppgi enten --p for en andel eller --mean --sd for et gjennomsnitt, ikke begge</translation>
    </message>
    <message>
        <source>%1: give --p P for a share or --mean --sd SD for a mean (see 'shopscope-cli %1 --help')</source>
        <translation>%1: oppgi --p P for en andel eller --mean --sd SD for et gjennomsnitt (se 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: --mean needs --sd, the standard deviation of the score</source>
        <translation>%1: --mean krever --sd, standardavviket for scoren</translation>
    </message>
    <message>
        <source>%1: --sd is for a mean: add --mean and leave out --p</source>
        <translation>%1: --sd gjelder et gjennomsnitt: legg til --mean og utelat --p</translation>
    </message>
    <message>
        <source>%1: give either --n (for the margin) or --moe (for the visits needed), not both</source>
        <translation>%1: oppgi enten --n (for feilmarginen) eller --moe (for antall besøk som trengs), ikke begge</translation>
    </message>
    <message>
        <source>%1: give --n N for the margin of error or --moe M for the visits needed</source>
        <translation>%1: oppgi --n N for feilmarginen eller --moe M for antall besøk som trengs</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 prosentpoeng</translation>
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
        <translation>populasjon %1, korreksjon for endelig populasjon</translation>
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
        <translation>Feilmargin: %1 ved konfidensnivå %2 % (%3)</translation>
    </message>
    <message>
        <source>Visits needed: %1 for a margin of %2 at %3 % confidence (%4; %5 with %1 visits)</source>
        <translation>Nødvendig antall besøk: %1 for en feilmargin på %2 ved konfidensnivå %3 % (%4; %5 med %1 besøk)</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Select a scenario first.</source>
        <translation>Velg et scenario først.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Ikke kopiert</translation>
    </message>
    <message>
        <source>Copied %1 as %2: edit the copy to make it a variant</source>
        <translation>Kopierte %1 som %2: rediger kopien for å gjøre den til en variant</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Active (used in new waves)</source>
        <translation>Aktivt (brukes i nye bølger)</translation>
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
        <translation>f.eks. BOLIGLÅN</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kana&amp;l:</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <source>%1 v%2 (%3)</source>
        <translation>%1 v%2 (%3)</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>frosset</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Spørreskjema:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Honorar:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighet:</translation>
    </message>
    <message>
        <source>Shopper profile</source>
        <translation>Testkundeprofil</translation>
    </message>
    <message>
        <source>any</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Alder:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Valgfritt</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>K&amp;jønn:</translation>
    </message>
    <message>
        <source>The shopper must speak every ticked language.</source>
        <translation>Testkunden må snakke alle avkryssede språk.</translation>
    </message>
    <message>
        <source>Other language code, e.g. ru</source>
        <translation>Annen språkkode, f.eks. ru</translation>
    </message>
    <message>
        <source>Type a language code and press Enter to add it to the list.</source>
        <translation>Skriv en språkkode og trykk Enter for å legge den til i listen.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>The shopper must carry every tag listed, e.g. customer or has-car.</source>
        <translation>Testkunden må ha alle etikettene i listen, f.eks. customer eller has-car.</translation>
    </message>
    <message>
        <source>New tag, e.g. has-car</source>
        <translation>Ny etikett, f.eks. has-car</translation>
    </message>
    <message>
        <source>Type a tag (tags in use are offered) and press Enter to add it.</source>
        <translation>Skriv en etikett (etiketter som er i bruk, blir foreslått) og trykk Enter for å legge den til.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiketter:</translation>
    </message>
    <message>
        <source>Title and script</source>
        <translation>Tittel og manus</translation>
    </message>
    <message>
        <source>The title is required in %1, the programme's source language. A language still to be translated is marked; its fields show the source text.</source>
        <translation>Tittelen er påkrevd på %1, programmets kildespråk. Et språk som ennå ikke er oversatt, er merket; feltene viser kildeteksten.</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Manus:</translation>
    </message>
    <message>
        <source>%1 – source</source>
        <translation>%1 – kildespråk</translation>
    </message>
    <message>
        <source>%1 – missing</source>
        <translation>%1 – mangler</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation>Ikke oversatt ennå</translation>
    </message>
    <message>
        <source>This questionnaire is made for the channel “%1”; it may serve this scenario too.</source>
        <translation>Dette spørreskjemaet er laget for kanalen «%1»; det kan også brukes for dette scenarioet.</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>Delete scenario %1</source>
        <translation>Slett scenario %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scenario(s)</source>
        <translation>
            <numerusform>Slett %n scenario</numerusform>
            <numerusform>Slett %n scenarioer</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario %1</source>
        <translation>det finnes ikke noe scenario %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is played by %n visit(s); make it inactive instead of deleting it</source>
        <translation>
            <numerusform>%1 spilles av %n besøk; gjør det inaktivt i stedet for å slette det</numerusform>
            <numerusform>%1 spilles av %n besøk; gjør det inaktivt i stedet for å slette det</numerusform>
        </translation>
    </message>
    <message>
        <source>the scenario is played by visits by now and stays</source>
        <translation>scenarioet spilles allerede av besøk og blir værende</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Legg til scenario %1</translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation>Rediger scenario %1</translation>
    </message>
    <message>
        <source>Edit scenario %1 (now %2)</source>
        <translation>Rediger scenario %1 (nå %2)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Dupliser scenario %1 som %2</translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>Code: there is no scenario %1 to change</source>
        <translation>Kode: det finnes ikke noe scenario %1 å endre</translation>
    </message>
    <message>
        <source>Code: must not be empty</source>
        <translation>Kode: kan ikke være tom</translation>
    </message>
    <message>
        <source>Code: %1 is the code of another scenario</source>
        <translation>Kode: %1 er koden til et annet scenario</translation>
    </message>
    <message>
        <source>Channel: “%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation>Kanal: «%1» er ikke en kanal; bruk visit, call, email, web, social eller audit</translation>
    </message>
    <message numerus="yes">
        <source>Channel: %n visit(s) play this scenario at locations of another channel; it cannot become %1</source>
        <translation>
            <numerusform>Kanal: %n besøk spiller dette scenarioet på lokasjoner i en annen kanal; det kan ikke bli %1</numerusform>
            <numerusform>Kanal: %n besøk spiller dette scenarioet på lokasjoner i en annen kanal; det kan ikke bli %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire: the chosen questionnaire version does not exist (any more)</source>
        <translation>Spørreskjema: den valgte spørreskjemaversjonen finnes ikke (lenger)</translation>
    </message>
    <message>
        <source>Fee: must be a number of 0 or more</source>
        <translation>Honorar: må være et tall, 0 eller større</translation>
    </message>
    <message>
        <source>Duration: must be 1 to %1 minutes, not %2</source>
        <translation>Varighet: må være 1 til %1 minutter, ikke %2</translation>
    </message>
    <message>
        <source>Age: must be between %1 and %2, not %3</source>
        <translation>Alder: må være mellom %1 og %2, ikke %3</translation>
    </message>
    <message>
        <source>Age: minimum %1 is above maximum %2</source>
        <translation>Alder: minimum %1 er høyere enn maksimum %2</translation>
    </message>
    <message>
        <source>Gender: must be female, male, other or any, not “%1”</source>
        <translation>Kjønn: må være female, male, other eller any, ikke «%1»</translation>
    </message>
    <message>
        <source>Languages: “%1” is not a language code such as lv or en</source>
        <translation>Språk: «%1» er ikke en språkkode som lv eller en</translation>
    </message>
    <message>
        <source>Tags: “%1” holds a comma; give each tag on its own</source>
        <translation>Etiketter: «%1» inneholder et komma; oppgi hver etikett for seg</translation>
    </message>
    <message>
        <source>Title (%1): required in the programme's source language</source>
        <translation>Tittel (%1): påkrevd på programmets kildespråk</translation>
    </message>
    <message>
        <source>Title (%1): %1 is not a language of this programme; add it first</source>
        <translation>Tittel (%1): %1 er ikke et av programmets språk; legg det til først</translation>
    </message>
    <message>
        <source>Title (%1): the %1 script needs a title too</source>
        <translation>Tittel (%1): manuset på %1 trenger også en tittel</translation>
    </message>
</context>
<context>
    <name>ScenariosCommand</name>
    <message>
        <source>any age</source>
        <translation>alle aldre</translation>
    </message>
    <message>
        <source>aged %1 or more</source>
        <translation>%1 år eller eldre</translation>
    </message>
    <message>
        <source>aged up to %1</source>
        <translation>opptil %1 år</translation>
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation>%1–%2 år</translation>
    </message>
    <message>
        <source>List, show, add, change, duplicate and delete scenarios.</source>
        <translation>List opp, vis, legg til, endre, dupliser og slett scenarioer.</translation>
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
        <translation>Scenarioer: manusene testkundene spiller, med testkundeprofilen de krever og honoraret.

  list FILE [--json]
  show FILE CODE [--json]
  save FILE --code CODE [--rename NEW] [--channel visit|call|email|web|social|audit]
       [--version QCODE[:N]|none] [--fee X] [--minutes N|none] [--age MIN-MAX|none]
       [--gender female|male|other|any] [--language CODE|none]... [--tag TAG|none]...
       [--title LANG=TEXT]... [--script LANG=TEXT]... [--script-file LANG=PATH]...
       [--active yes|no] [--json]
  duplicate FILE CODE [NEWCODE] [--json]
  delete FILE CODE... [--json]

'save' legger til scenarioet når koden er ny, og endrer det ellers; valg som ikke oppgis,
beholder verdien sin. --language og --tag erstatter hele listen (none tømmer den); et aldersintervall
kan være åpent (25- eller -45). En tittel er påkrevd på programmets kildespråk; andre språk kan
vente på oversettelsen (et tomt --title LANG= fjerner en tittel). Et scenario som
spilles av besøk, kan ikke slettes: gjør det inaktivt med --active no.</translation>
    </message>
    <message>
        <source>list, show, save, duplicate or delete</source>
        <translation>list, show, save, duplicate eller delete</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>The scenario to add or change.</source>
        <translation>Scenarioet som skal legges til eller endres.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A new code for the scenario.</source>
        <translation>En ny kode for scenarioet.</translation>
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
        <translation>Spørreskjemaversjonen som rapportene besvarer (CODE = den nyeste), eller none.</translation>
    </message>
    <message>
        <source>QCODE:N</source>
        <translation>QCODE:N</translation>
    </message>
    <message>
        <source>What the shopper is paid.</source>
        <translation>Hva testkunden får betalt.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The expected duration in minutes, or none.</source>
        <translation>Forventet varighet i minutter, eller none.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The shopper's age band, e.g. 25-45, 25- or -45, or none.</source>
        <translation>Testkundens aldersintervall, f.eks. 25-45, 25- eller -45, eller none.</translation>
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
        <translation>Et språk testkunden må snakke (gjenta for flere).</translation>
    </message>
    <message>
        <source>A tag the shopper must carry (repeat for more).</source>
        <translation>En etikett testkunden må ha (gjenta for flere).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>The title in one language.</source>
        <translation>Tittelen på ett språk.</translation>
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
        <translation>Manuset på ett språk, lest fra en UTF-8-fil.</translation>
    </message>
    <message>
        <source>LANG=PATH</source>
        <translation>LANG=PATH</translation>
    </message>
    <message>
        <source>Whether new waves use it: yes or no.</source>
        <translation>Om nye bølger bruker det: yes eller no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>scenarios: expected list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE or delete FILE CODE... (see 'shopscope-cli scenarios --help')</source>
        <translation>scenarios: forventet list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE eller delete FILE CODE... (se 'shopscope-cli scenarios --help')</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (inaktivt)</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</source>
        <translation>Ingen scenarioer ennå. Legg til et: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</translation>
    </message>
    <message>
        <source>scenarios show: %1</source>
        <translation>scenarios show: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
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
Spørreskjema:   %4
Honorar:        %5
Varighet:       %6
Testkunde:      %7, %8
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
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>valgfritt kjønn</translation>
    </message>
    <message>
        <source>Tags:           %1
Visits:         %2
</source>
        <translation>Etiketter:      %1
Besøk:          %2
</translation>
    </message>
    <message>
        <source>
[%1] (missing: not translated yet)
</source>
        <translation>
[%1] (mangler: ikke oversatt ennå)
</translation>
    </message>
    <message>
        <source>scenarios save: --%1: %2</source>
        <translation>scenarios save: --%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation>«%1» er ikke en kanal; bruk visit, call, email, web, social eller audit</translation>
    </message>
    <message>
        <source>“%1” is not a number (write 12.50)</source>
        <translation>«%1» er ikke et tall (skriv 12.50)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minutes</source>
        <translation>«%1» er ikke et helt antall minutter</translation>
    </message>
    <message>
        <source>“%1” is not an age band (write 25-45, 25- or -45)</source>
        <translation>«%1» er ikke et aldersintervall (skriv 25-45, 25- eller -45)</translation>
    </message>
    <message>
        <source>“%1” is not female, male, other or any</source>
        <translation>«%1» er ikke female, male, other eller any</translation>
    </message>
    <message>
        <source>“%1” is not LANG=%2</source>
        <translation>«%1» har ikke formen LANG=%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>«%1» er verken ja eller nei</translation>
    </message>
    <message>
        <source>scenarios save: --code is missing (the scenario to add or change)</source>
        <translation>scenarios save: --code mangler (scenarioet som skal legges til eller endres)</translation>
    </message>
    <message>
        <source>scenarios save: nothing saved: %1</source>
        <translation>scenarios save: ingenting ble lagret: %1</translation>
    </message>
    <message>
        <source>Added scenario %1</source>
        <translation>La til scenario %1</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Lagret scenario %1</translation>
    </message>
    <message>
        <source>scenarios duplicate: nothing copied: %1</source>
        <translation>scenarios duplicate: ingenting ble kopiert: %1</translation>
    </message>
    <message>
        <source>Copied scenario %1 as %2</source>
        <translation>Kopierte scenario %1 som %2</translation>
    </message>
    <message>
        <source>scenarios delete: nothing deleted: %1</source>
        <translation>scenarios delete: ingenting ble slettet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scenario(s): %1</source>
        <translation>
            <numerusform>Slettet %n scenario: %1</numerusform>
            <numerusform>Slettet %n scenarioer: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreRefresher</name>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score…</source>
        <translation>
            <numerusform>Oppdaterer resultater: %Ln rapport å beregne…</numerusform>
            <numerusform>Oppdaterer resultater: %Ln rapporter å beregne…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score, %1 %</source>
        <translation>
            <numerusform>Oppdaterer resultater: %Ln rapport å beregne, %1 %</numerusform>
            <numerusform>Oppdaterer resultater: %Ln rapporter å beregne, %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Results refreshed: %1 reports scored.</source>
        <translation>Resultatene er oppdatert: %1 rapporter beregnet.</translation>
    </message>
    <message>
        <source>The results could not be refreshed: %1</source>
        <translation>Resultatene kunne ikke oppdateres: %1</translation>
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
        <translation>ingen lagrede poeng</translation>
    </message>
    <message>
        <source>scored under other scoring rules</source>
        <translation>poengberegnet etter andre poengregler</translation>
    </message>
    <message>
        <source>visit score %1 stored, %2 computed</source>
        <translation>besøkspoeng %1 lagret, %2 beregnet</translation>
    </message>
    <message>
        <source>section scores differ</source>
        <translation>delpoengene avviker</translation>
    </message>
    <message>
        <source>question scores differ</source>
        <translation>spørsmålspoengene avviker</translation>
    </message>
    <message>
        <source>the answers kept for charts differ from the answers</source>
        <translation>svarene som lagres for diagrammer, avviker fra svarene</translation>
    </message>
</context>
<context>
    <name>ScoredVersion</name>
    <message>
        <source>questionnaire version %1 cannot be read: %2</source>
        <translation>spørreskjemaversjon %1 kan ikke leses: %2</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Results from the stored scores: mean scores, shares of yes, NPS and distributions by any grouping, with margins of error; rescore every report.</source>
        <translation>Resultater fra de lagrede poengene: gjennomsnittspoeng, andel ja, NPS og fordelinger etter valgfri gruppering, med feilmarginer; beregn alle rapporter på nytt.</translation>
    </message>
    <message>
        <source>The project file (after rescore for a rescoring).</source>
        <translation>Prosjektfilen (etter rescore for en ny poengberegning).</translation>
    </message>
    <message>
        <source>Group by these dimensions, comma-separated (default: none).</source>
        <translation>Grupper etter disse dimensjonene, kommaseparert (standard: ingen).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Only this wave (its code or name); the same as --filter wave=NAME.</source>
        <translation>Bare denne bølgen (koden eller navnet); det samme som --filter wave=NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only reports of this value of a dimension, e.g. region=Rīga (repeatable).</source>
        <translation>Bare rapporter med denne verdien for en dimensjon, f.eks. region=Rīga (kan gjentas).</translation>
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
        <translation>Tell innsendte rapporter i tillegg til godkjente.</translation>
    </message>
    <message>
        <source>The confidence of the margins: 90, 95 (default) or 99.</source>
        <translation>Marginenes konfidens: 90, 95 (standard) eller 99.</translation>
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
        <translation>Skriv JSON (det samme som --format json).</translation>
    </message>
    <message>
        <source>scores: expected FILE [options] or rescore FILE (see 'shopscope-cli scores --help')</source>
        <translation>scores: forventet FILE [valg] eller rescore FILE (se 'shopscope-cli scores --help')</translation>
    </message>
    <message>
        <source>scores: --by: %1</source>
        <translation>scores: --by: %1</translation>
    </message>
    <message>
        <source>scores: --measure must be mean, yes, nps or distribution, not “%1”</source>
        <translation>scores: --measure må være mean, yes, nps eller distribution, ikke «%1»</translation>
    </message>
    <message>
        <source>scores: --filter must look like region=Vidzeme with a dimension of --by, not “%1”</source>
        <translation>scores: --filter må se ut som region=Vidzeme med en dimensjon fra --by, ikke «%1»</translation>
    </message>
    <message>
        <source>scores: --confidence must be 90, 95 or 99, not “%1”</source>
        <translation>scores: --confidence må være 90, 95 eller 99, ikke «%1»</translation>
    </message>
    <message>
        <source>scores: --format must be csv or json, not “%1”</source>
        <translation>scores: --format må være csv eller json, ikke «%1»</translation>
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
        <translation>Beregnet %1 på nytt: %2 rapporter fra %3 spørreskjemaversjon(er), %4 delpoeng, %5 spørsmålspoeng på %6 s</translation>
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
        <translation>Lageret med poengberegnede resultater (docs/results.md).

  scores FILE [--by DIMENSIONS] [--wave NAME] [--filter DIMENSION=VALUE]... [--measure MEASURE]
              [--include-pending] [--confidence 90|95|99] [--format csv|json]
  scores rescore FILE [--json]

Dimensjoner: wave, country, region, area, location, channel, scenario, competitor, brand, staff, section,
question. Måltall: mean (gjennomsnittlig besøksresultat; for hver del med section, for hvert spørsmål med
question), yes (andelen ja blant ja- og nei-svar for hvert ja/nei-spørsmål), nps (ambassadører 9-10
minus kritikere 0-6 for hvert NPS-spørsmål, i poeng), distribution (svar per alternativ eller skalapunkt
med question, ellers resultater per resultatintervall). Hver verdi har sitt grunnlag n, sin feilmargin og
flagget for lite grunnlag (n under programmets grense for lite grunnlag). Bare godkjente rapporter teller;
--include-pending legger til de innsendte. Filterverdier er koder eller navn; gjenta --filter for flere
dimensjoner, angi én dimensjon flere ganger for hvilken som helst av verdiene. rescore erstatter hvert lagret resultat
med en ny poengberegning av svarene (én transaksjon). Eksempel:
  scores demo.shopscope --by wave,region --measure mean --filter channel=visit --format json</translation>
    </message>
</context>
<context>
    <name>ScoringPlan</name>
    <message>
        <source>%1: %2 is not an answer to this question (it accepts %3)</source>
        <translation>%1: %2 er ikke et svar på dette spørsmålet (det godtar %3)</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>ett av: %1</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>en liste med: %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>et heltall fra %1 til %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>et tall fra %1 til %2</translation>
    </message>
    <message>
        <source>a date such as 2026-11-22</source>
        <translation>en dato som 2026-11-22</translation>
    </message>
    <message>
        <source>a time such as 14:30</source>
        <translation>et klokkeslett som 14:30</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>no weight</source>
        <translation>ingen vekt</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Vekt:</translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation>Gi seksjon %1 nytt navn: %2</translation>
    </message>
    <message>
        <source>Edit the title of %1</source>
        <translation>Rediger tittelen til %1</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>Endre vekten til %1</translation>
    </message>
</context>
<context>
    <name>ShopperActions</name>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Select a shopper first.</source>
        <translation>Velg en testkunde først.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>Import shoppers</source>
        <translation>Importer testkunder</translation>
    </message>
    <message>
        <source>%1 changes nothing: the panel already holds it.</source>
        <translation>%1 endrer ingenting: panelet inneholder det allerede.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>Importerte %1: %2 nye, %3 oppdatert, %4 uendret</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ingenting ble eksportert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, with personal data</source>
        <translation>
            <numerusform>Eksporterte %n testkunde til %1, med personopplysninger</numerusform>
            <numerusform>Eksporterte %n testkunder til %1, med personopplysninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>Eksporterte %n testkunde til %1, uten personopplysninger</numerusform>
            <numerusform>Eksporterte %n testkunder til %1, uten personopplysninger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperDialog</name>
    <message>
        <source>&amp;Add a period</source>
        <translation>&amp;Legg til periode</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>&amp;Fjern periode</translation>
    </message>
    <message>
        <source>Add a &amp;location</source>
        <translation>Legg til &amp;lokasjon</translation>
    </message>
    <message>
        <source>Add a &amp;brand</source>
        <translation>Legg til &amp;merkevare</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>New shopper</source>
        <translation>Ny testkunde</translation>
    </message>
    <message>
        <source>Shopper %1</source>
        <translation>Testkunde %1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <source>P&amp;ersonal data</source>
        <translation>Person&amp;opplysninger</translation>
    </message>
    <message>
        <source>A&amp;vailability</source>
        <translation>&amp;Tilgjengelighet</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest</source>
        <translation>&amp;Interessekonflikter</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>Bes&amp;øk</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>the pseudonymous code used everywhere, e.g. S000123</source>
        <translation>den pseudonyme koden som brukes overalt, f.eks. S000123</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>K&amp;jønn:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Fødselsår:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>codes such as lv, en, ru</source>
        <translation>koder som lv, en, ru</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiketter:</translation>
    </message>
    <message>
        <source>e.g. has-car, customer, student</source>
        <translation>f.eks. has-car, customer, student</translation>
    </message>
    <message>
        <source>Tags in use: %1</source>
        <translation>Etiketter i bruk: %1</translation>
    </message>
    <message>
        <source>where the shopper lives</source>
        <translation>der testkunden bor</translation>
    </message>
    <message>
        <source>Home c&amp;ity:</source>
        <translation>&amp;Hjemby:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>Home l&amp;atitude:</source>
        <translation>Hjemmets &amp;breddegrad:</translation>
    </message>
    <message>
        <source>Home l&amp;ongitude:</source>
        <translation>Hjemmets &amp;lengdegrad:</translation>
    </message>
    <message>
        <source>Visits per &amp;wave:</source>
        <translation>Besøk per bøl&amp;ge:</translation>
    </message>
    <message>
        <source>Visits per &amp;day:</source>
        <translation>Besøk per &amp;dag:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <source>&amp;Rating (0–5):</source>
        <translation>&amp;Vurdering (0–5):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>&amp;Joined the panel:</source>
        <translation>&amp;Med i panelet siden:</translation>
    </message>
    <message>
        <source>Who the shopper is. This is kept apart from the profile: assignment and analysis use only the code, exports leave it out unless asked for, and clients never see it.</source>
        <translation>Hvem testkunden er. Dette holdes atskilt fra profilen: tildeling og analyse bruker bare koden, eksporter utelater det med mindre det blir bedt om, og kunder ser det aldri.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>+371 2612 3456</source>
        <translation>+47 412 34 567</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Postnumm&amp;er:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Til (inkludert)</translation>
    </message>
    <message>
        <source>Days on which the shopper cannot do visits (holidays, travel), both ends included. Periods that overlap are joined when saved.</source>
        <translation>Dager da testkunden ikke kan gjennomføre besøk (ferie, reiser), begge endepunkter inkludert. Perioder som overlapper, slås sammen når de lagres.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Location code or brand</source>
        <translation>Lokasjonskode eller merkevare</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Where the shopper must never be sent: a location where family or friends work, or a whole brand they work for or used to. Type a location's code or part of it to choose it.</source>
        <translation>Hvor testkunden aldri må sendes: en lokasjon der familie eller venner jobber, eller en hel merkevare testkunden jobber eller har jobbet for. Skriv koden til en lokasjon eller en del av den for å velge den.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Merkevare</translation>
    </message>
    <message>
        <source>location code</source>
        <translation>lokasjonskode</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>merkevare</translation>
    </message>
    <message>
        <source>(no such location)</source>
        <translation>(ingen slik lokasjon)</translation>
    </message>
    <message>
        <source>e.g. sister works here</source>
        <translation>f.eks. søster jobber her</translation>
    </message>
</context>
<context>
    <name>ShopperExportDialog</name>
    <message>
        <source>Include &amp;personal data (name, e-mail, phone, address, postcode)</source>
        <translation>Ta med &amp;personopplysninger (navn, e-post, telefon, adresse, postnummer)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Export shoppers</source>
        <translation>Eksporter testkunder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
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
            <numerusform>%n testkunde med kode, profil, tilgjengelighet og interessekonflikter: det planleggingen trenger, og ingenting som viser hvem det er.</numerusform>
            <numerusform>%n testkunder med koder, profiler, tilgjengelighet og interessekonflikter: det planleggingen trenger, og ingenting som viser hvem de er.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will say who the shoppers are and how to reach them. Keep it inside the agency, never send it to a client, and delete it when it has served its purpose (data protection: GDPR, and the ESOMAR and MSPA codes).</source>
        <translation>Filen viser hvem testkundene er og hvordan de kan nås. Hold den innenfor byrået, send den aldri til en kunde, og slett den når den har tjent sin hensikt (personvern: GDPR og retningslinjene fra ESOMAR og MSPA).</translation>
    </message>
    <message>
        <source>&amp;Export with personal data</source>
        <translation>&amp;Eksporter med personopplysninger</translation>
    </message>
</context>
<context>
    <name>ShopperFields</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breddegrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengdegrad</translation>
    </message>
    <message>
        <source>Visits per wave</source>
        <translation>Besøk per bølge</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Besøk per dag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Ikke tilgjengelig</translation>
    </message>
    <message>
        <source>Conflicting locations</source>
        <translation>Lokasjoner med interessekonflikt</translation>
    </message>
    <message>
        <source>Conflicting brands</source>
        <translation>Merkevarer med interessekonflikt</translation>
    </message>
</context>
<context>
    <name>ShopperImport</name>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation>%1 har problemer; ingenting ble importert</translation>
    </message>
    <message>
        <source>%1 holds no shopper to import</source>
        <translation>%1 inneholder ingen testkunde å importere</translation>
    </message>
    <message>
        <source>Import shoppers from %1</source>
        <translation>Importer testkunder fra %1</translation>
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation>ingen kolonne er valgt for %1</translation>
    </message>
    <message>
        <source>%1 and %2 are imported together: choose a column for both or for neither</source>
        <translation>%1 og %2 importeres sammen: velg en kolonne for begge eller for ingen av dem</translation>
    </message>
    <message>
        <source>the shopper code is empty</source>
        <translation>testkundekoden er tom</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>koden %1 står allerede på linje %2</translation>
    </message>
    <message>
        <source>“%1” is not a year of birth (such as 1987, or a date)</source>
        <translation>«%1» er ikke et fødselsår (som 1987, eller en dato)</translation>
    </message>
    <message>
        <source>“%1” is not a gender (female, male or other)</source>
        <translation>«%1» er ikke et kjønn (kvinne, mann eller annet)</translation>
    </message>
    <message>
        <source>“%1” is not a status (active, paused or blocked)</source>
        <translation>«%1» er ikke en status (aktiv, pauset eller blokkert)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of visits</source>
        <translation>«%1» er ikke et helt antall besøk</translation>
    </message>
    <message>
        <source>“%1” is not a rating (a number from 0 to 5%2)</source>
        <translation>«%1» er ikke en vurdering (et tall fra 0 til 5%2)</translation>
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation>, med desimalkomma</translation>
    </message>
    <message>
        <source>“%1” is not a date (2024-03-01 or 01.03.2024)</source>
        <translation>«%1» er ikke en dato (2024-03-01 eller 01.03.2024)</translation>
    </message>
    <message>
        <source>“%1” is not a list of periods (2026-07-01..2026-07-14, 2026-12-24)</source>
        <translation>«%1» er ikke en liste med perioder (2026-07-01..2026-07-14, 2026-12-24)</translation>
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>det finnes ingen lokasjon %1 i programmet</translation>
    </message>
    <message>
        <source>the file holds no shoppers</source>
        <translation>filen inneholder ingen testkunder</translation>
    </message>
</context>
<context>
    <name>ShopperImportDialog</name>
    <message>
        <source>Import shoppers from %1</source>
        <translation>Importer testkunder fra %1</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1 (personopplysning)</translation>
    </message>
    <message numerus="yes">
        <source>%n new shopper(s)</source>
        <translation>
            <numerusform>%n ny testkunde</numerusform>
            <numerusform>%n nye testkunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n oppdatert via koden</numerusform>
            <numerusform>%n oppdatert via koden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uendret</numerusform>
            <numerusform>%n uendret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperPickerDialog</name>
    <message>
        <source>Assign visit %1 by hand</source>
        <translation>Tildel besøk %1 manuelt</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testkunde</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hjemsted</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstand</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Visits in the wave</source>
        <translation>Besøk i bølgen</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Why by hand (kept in the visit's history)</source>
        <translation>Hvorfor manuelt (lagres i besøkets historikk)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Merknad:</translation>
    </message>
    <message>
        <source>any day of the wave</source>
        <translation>hvilken som helst dag i bølgen</translation>
    </message>
    <message>
        <source>Who carries out visit %1 at &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenario %5, %6?</source>
        <translation>Hvem utfører besøk %1 hos &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenario %5, %6?</translation>
    </message>
    <message>
        <source>Now with %1.</source>
        <translation>Nå hos %1.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeidsmengde</translation>
    </message>
    <message>
        <source>The engine's cost of this choice in points: travel, fee, workload, rating and region manager terms (docs/assignment.md).</source>
        <translation>Motorens kostnad for dette valget i poeng: reise, honorar, arbeidsmengde, vurdering og regionsjef (docs/assignment.md).</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>eksternt</translation>
    </message>
    <message>
        <source>Search by code or city; a code not listed says why</source>
        <translation>Søk på kode eller by; en kode som ikke er på listen, sier hvorfor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shopper(s) may take this visit under the programme's rules, cheapest first.</source>
        <translation>
            <numerusform>%Ln testkunde kan ta dette besøket etter programmets regler, billigst først.</numerusform>
            <numerusform>%Ln testkunder kan ta dette besøket etter programmets regler, billigst først.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has this visit already.</source>
        <translation>%1 har allerede dette besøket.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 may not take this visit:&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 kan ikke ta dette besøket:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a shopper; what the choice weighs against shows here.</source>
        <translation>Velg en testkunde; det som taler mot valget, vises her.</translation>
    </message>
    <message>
        <source>%1: %2 points.</source>
        <translation>%1: %2 poeng.</translation>
    </message>
    <message>
        <source>Keeps every rule and costs the least.</source>
        <translation>Følger alle regler og koster minst.</translation>
    </message>
</context>
<context>
    <name>ShopperStore</name>
    <message numerus="yes">
        <source>%1 has %n visit(s); pause or block the shopper instead of deleting</source>
        <translation>
            <numerusform>%1 har %n besøk; sett testkunden på pause eller sperr den i stedet for å slette</numerusform>
            <numerusform>%1 har %n besøk; sett testkunden på pause eller sperr den i stedet for å slette</numerusform>
        </translation>
    </message>
    <message>
        <source>shopper %1: %2</source>
        <translation>testkunde %1: %2</translation>
    </message>
    <message>
        <source>shopper %1 is in use by now and stays</source>
        <translation>testkunde %1 er allerede i bruk og blir værende</translation>
    </message>
    <message>
        <source>Add shopper %1</source>
        <translation>Legg til testkunde %1</translation>
    </message>
    <message>
        <source>Edit shopper %1</source>
        <translation>Rediger testkunde %1</translation>
    </message>
    <message>
        <source>Edit shopper %1 (now %2)</source>
        <translation>Rediger testkunde %1 (nå %2)</translation>
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation>det finnes ingen testkunde %1</translation>
    </message>
    <message>
        <source>Delete shopper %1</source>
        <translation>Slett testkunde %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shopper(s)</source>
        <translation>
            <numerusform>Slett %n testkunde</numerusform>
            <numerusform>Slett %n testkunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperValidator</name>
    <message>
        <source>must not be empty</source>
        <translation>kan ikke være tom</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters</source>
        <translation>«%1…» er lengre enn %2 tegn</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are kept</source>
        <translation>er %1 tegn lang; høyst %2 beholdes</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» er ikke en e-postadresse</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (digits, spaces and + ( ) - . / only)</source>
        <translation>«%1» er ikke et telefonnummer (bare sifre, mellomrom og + ( ) - . /)</translation>
    </message>
    <message>
        <source>must be from %1 to %2 (shoppers are %3 or older), not %4</source>
        <translation>må være fra %1 til %2 (testkunder er minst %3 år), ikke %4</translation>
    </message>
    <message>
        <source>must be female, male, other or not given, not “%1”</source>
        <translation>må være kvinne, mann, annet eller ikke oppgitt, ikke «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as lv or en</source>
        <translation>«%1» er ikke en språkkode som lv eller en</translation>
    </message>
    <message>
        <source>“%1” holds a comma or semicolon; give each tag on its own</source>
        <translation>«%1» inneholder komma eller semikolon; oppgi hver etikett for seg</translation>
    </message>
    <message>
        <source>“%1…” is longer than 60 characters</source>
        <translation>«%1…» er lengre enn 60 tegn</translation>
    </message>
    <message>
        <source>a home needs both latitude and longitude, or neither</source>
        <translation>et hjemsted krever både breddegrad og lengdegrad, eller ingen av dem</translation>
    </message>
    <message>
        <source>must be from -90 to 90, not %1</source>
        <translation>må være fra -90 til 90, ikke %1</translation>
    </message>
    <message>
        <source>must be from -180 to 180, not %1</source>
        <translation>må være fra -180 til 180, ikke %1</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1, not %2</source>
        <translation>må være et heltall fra 0 til %1, ikke %2</translation>
    </message>
    <message>
        <source>must be active, paused or blocked, not “%1”</source>
        <translation>må være aktiv, på pause eller sperret, ikke «%1»</translation>
    </message>
    <message>
        <source>must be from 0 to 5, not %1</source>
        <translation>må være fra 0 til 5, ikke %1</translation>
    </message>
    <message>
        <source>a period needs a first and a last day</source>
        <translation>en periode krever en første og en siste dag</translation>
    </message>
    <message>
        <source>%1 to %2 ends before it starts</source>
        <translation>%1 til %2 slutter før den begynner</translation>
    </message>
    <message>
        <source>two periods start on %1</source>
        <translation>to perioder begynner den %1</translation>
    </message>
    <message>
        <source>a conflict of interest is with one location or one brand</source>
        <translation>en interessekonflikt gjelder én lokasjon eller én merkevare</translation>
    </message>
    <message>
        <source>there is no shopper %1 to change</source>
        <translation>det finnes ingen testkunde %1 å endre</translation>
    </message>
    <message>
        <source>%1 is the code of another shopper</source>
        <translation>%1 er koden til en annen testkunde</translation>
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>det finnes ingen lokasjon %1 i programmet</translation>
    </message>
</context>
<context>
    <name>ShopperWriter</name>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>det finnes ingen lokasjon %1 i programmet</translation>
    </message>
</context>
<context>
    <name>ShoppersCommand</name>
    <message>
        <source>List and show the shopper panel with visit histories; import it from a CSV file, or export it.</source>
        <translation>List opp og vis testkundepanelet med besøkshistorikk; importer det fra en CSV-fil, eller eksporter det.</translation>
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
        <translation>Testkundepanelet i et program.

  list FILE [--status S] [--city C] [--language L] [--tag T] [--search TEXT] [--json]
  show FILE CODE [--json]            én testkunde med personopplysninger, tilgjengelighet, konflikter og besøk
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--json]
  export FILE [OUT.csv] [-o OUT.csv] [--personal] [--delimiter CHAR] [--excel]

Eksporten utelater personopplysninger (navn, e-post, telefon, adresse, postnummer) med mindre --personal
ber om dem: en fil med navn i kan bare havne der personvernet tillater det.
Tegnkodingen, skilletegnet og overskriftsraden gjenkjennes automatisk; kolonnene matches etter
overskriftene sine (på engelsk, svensk, norsk, latvisk eller polsk) med mindre --map angir dem, f.eks.
--map code=Kods,name=Vārds uzvārds. Felter: %1.
Lister (språk, etiketter, konflikter) skilles med komma; datoer da testkunden er utilgjengelig, er perioder
som 2026-07-01..2026-07-14, 2026-12-24. Hvert problem listes med linje og kolonne, og ingenting skrives,
med mindre --valid-rows importerer radene uten problemer. En kode som finnes, oppdateres i kolonnene
filen har, i stedet for å dupliseres.</translation>
    </message>
    <message>
        <source>list, show, import or export</source>
        <translation>list, show, import eller export</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>export: include personal data (name, e-mail, phone, address, postcode).</source>
        <translation>export: ta med personopplysninger (navn, e-post, telefon, adresse, postnummer).</translation>
    </message>
    <message>
        <source>list: only shoppers with this status (active, paused, blocked).</source>
        <translation>list: bare testkunder med denne statusen (active, paused, blocked).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>list: only shoppers living in this city.</source>
        <translation>list: bare testkunder som bor i denne byen.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>list: only shoppers speaking this language (a code such as lv).</source>
        <translation>list: bare testkunder som snakker dette språket (en kode som lv).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>list: only shoppers with this tag.</source>
        <translation>list: bare testkunder med denne etiketten.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>list: only shoppers whose code, name, city or e-mail contains TEXT.</source>
        <translation>list: bare testkunder der kode, navn, by eller e-post inneholder TEXT.</translation>
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
        <translation>shoppers export: angi utdatafilen én gang, som OUT eller med -o</translation>
    </message>
    <message>
        <source>shoppers: expected 'list FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE [OUT]' (see 'shopscope-cli shoppers --help')</source>
        <translation>shoppers: forventet 'list FILE', 'show FILE CODE', 'import FILE CSV' eller 'export FILE [OUT]' (se 'shopscope-cli shoppers --help')</translation>
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
            <numerusform>Eksporterte %n testkunde til %1, med personopplysninger</numerusform>
            <numerusform>Eksporterte %n testkunder til %1, med personopplysninger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>Eksporterte %n testkunde til %1, uten personopplysninger</numerusform>
            <numerusform>Eksporterte %n testkunder til %1, uten personopplysninger</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers list: --status must be active, paused or blocked, not “%1”</source>
        <translation>shoppers list: --status må være active, paused eller blocked, ikke «%1»</translation>
    </message>
    <message>
        <source>shoppers list: %1: %2</source>
        <translation>shoppers list: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shopper(s)</source>
        <translation>
            <numerusform>%1 av %n testkunde</numerusform>
            <numerusform>%1 av %n testkunder</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers show: %1: %2</source>
        <translation>shoppers show: %1: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Conflicts of interest:</source>
        <translation>Interessekonflikter:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>brand %1</source>
        <translation>merkevare %1</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>lokasjon %1</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- og tekstfiler (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikke importere</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing changed.</source>
        <translation>Importen av %1 ble avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search %1…</source>
        <translation>Søk i %1…</translation>
    </message>
    <message>
        <source>Nothing here yet: this programme has no %1.</source>
        <translation>Ingenting her ennå: dette programmet har ingen %1.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>Ingen %1 samsvarer med «%2».</translation>
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
        <translation>Ingen %1 samsvarer med filtrene.</translation>
    </message>
    <message>
        <source>No %1 match “%2” with these filters.</source>
        <translation>Ingen %1 samsvarer med «%2» med disse filtrene.</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 av %2 samsvarer</translation>
    </message>
</context>
<context>
    <name>TranslationTable</name>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Translate %1</source>
        <translation>Oversett %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Missing %1 text</source>
        <translation>Tekst på %1 mangler</translation>
    </message>
    <message>
        <source>%1 (section)</source>
        <translation>%1 (seksjon)</translation>
    </message>
    <message>
        <source>%1 help</source>
        <translation>Hjelp for %1</translation>
    </message>
    <message>
        <source>All texts are there</source>
        <translation>Alle tekster finnes</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing</source>
        <translation>
            <numerusform>%n tekst mangler</numerusform>
            <numerusform>%n tekster mangler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitAction</name>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation>et besøk ble slettet i mellomtiden</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>det finnes ikke noe besøk %1</translation>
    </message>
    <message>
        <source>no visit chosen</source>
        <translation>ingen besøk valgt</translation>
    </message>
    <message>
        <source>%1: visit %2</source>
        <translation>%1: besøk %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n besøk</numerusform>
            <numerusform>%1: %n besøk</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 was carried out already; its shopper stays</source>
        <translation>besøk %1 er allerede gjennomført; testkunden blir stående</translation>
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation>det finnes ingen testkunde %1</translation>
    </message>
    <message>
        <source>visit %1 is with %2 already</source>
        <translation>besøk %1 er allerede tildelt %2</translation>
    </message>
    <message>
        <source>Assign visit %1 to %2</source>
        <translation>Tildel besøk %1 til %2</translation>
    </message>
    <message>
        <source>visit %1 has no shopper to swap</source>
        <translation>besøk %1 har ingen testkunde å bytte</translation>
    </message>
    <message>
        <source>visits %1 and %2 have the same shopper</source>
        <translation>besøk %1 og %2 har samme testkunde</translation>
    </message>
    <message>
        <source>swapped with visit %1</source>
        <translation>byttet med besøk %1</translation>
    </message>
    <message>
        <source>Swap the shoppers of visits %1 and %2</source>
        <translation>Bytt testkunder mellom besøk %1 og %2</translation>
    </message>
    <message>
        <source>Accepted by the shopper</source>
        <translation>Akseptert av testkunden</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Besøket utført</translation>
    </message>
    <message>
        <source>Back to the pool (shopper dropped out)</source>
        <translation>Tilbake til poolen (testkunden trakk seg)</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Avlys besøket</translation>
    </message>
    <message>
        <source>Reinstate the visit</source>
        <translation>Gjeninnfør besøket</translation>
    </message>
    <message>
        <source>Lock the shopper</source>
        <translation>Lås testkunden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>visit %1 is %2: %3</source>
        <translation>besøk %1 er %2: %3</translation>
    </message>
    <message>
        <source>only an assigned visit can be accepted</source>
        <translation>bare et tildelt besøk kan aksepteres</translation>
    </message>
    <message>
        <source>only an assigned or accepted visit can be done</source>
        <translation>bare et tildelt eller akseptert besøk kan markeres som utført</translation>
    </message>
    <message>
        <source>only an assigned or accepted visit can go back to the pool</source>
        <translation>bare et tildelt eller akseptert besøk kan gå tilbake til poolen</translation>
    </message>
    <message>
        <source>a visit that was carried out cannot be cancelled</source>
        <translation>et besøk som er gjennomført, kan ikke avlyses</translation>
    </message>
    <message>
        <source>only a cancelled visit can be reinstated</source>
        <translation>bare et avlyst besøk kan gjeninnføres</translation>
    </message>
    <message>
        <source>visit %1 is locked already</source>
        <translation>besøk %1 er allerede låst</translation>
    </message>
    <message>
        <source>only a visit with a shopper can be locked</source>
        <translation>bare et besøk med testkunde kan låses</translation>
    </message>
    <message>
        <source>visit %1 is not locked</source>
        <translation>besøk %1 er ikke låst</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Assign by hand…</source>
        <translation>Tildel manuelt…</translation>
    </message>
    <message>
        <source>Swap shoppers</source>
        <translation>Bytt testkunder</translation>
    </message>
    <message>
        <source>Fieldwork status</source>
        <translation>Feltarbeidsstatus</translation>
    </message>
    <message>
        <source>Export fieldwork lists…</source>
        <translation>Eksporter feltarbeidslister…</translation>
    </message>
    <message>
        <source>Why (kept in the visits' history):</source>
        <translation>Hvorfor (lagres i besøkenes historikk):</translation>
    </message>
    <message>
        <source>Select one or more visits first.</source>
        <translation>Velg ett eller flere besøk først.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Ingenting ble endret: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n besøk</numerusform>
            <numerusform>%1: %n besøk</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign by hand</source>
        <translation>Tildel manuelt</translation>
    </message>
    <message>
        <source>Select one visit first.</source>
        <translation>Velg ett besøk først.</translation>
    </message>
    <message>
        <source>Select exactly two visits whose shoppers should change places.</source>
        <translation>Velg nøyaktig to besøk der testkundene skal bytte plass.</translation>
    </message>
    <message>
        <source>Export fieldwork lists</source>
        <translation>Eksporter feltarbeidslister</translation>
    </message>
    <message>
        <source>Choose a wave in the filter, or select one of its visits.</source>
        <translation>Velg en bølge i filteret, eller merk ett av besøkene i den.</translation>
    </message>
    <message>
        <source>Folder for the fieldwork lists</source>
        <translation>Mappe for feltarbeidslistene</translation>
    </message>
    <message>
        <source>The lists were not written: %1</source>
        <translation>Listene ble ikke skrevet: %1</translation>
    </message>
    <message>
        <source>Writing the shoppers' lists of %1…</source>
        <translation>Skriver testkundenes lister for %1…</translation>
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation>Besøk for %1 i %2</translation>
    </message>
    <message>
        <source>Export of the fieldwork lists of %1 cancelled; the files written so far stay in %2</source>
        <translation>Eksporten av feltarbeidslistene for %1 ble avbrutt; filene som allerede er skrevet, blir liggende i %2</translation>
    </message>
    <message numerus="yes">
        <source>Fieldwork sheet and the lists of %n shopper(s) written to %1</source>
        <translation>
            <numerusform>Feltarbeidsarket og listen for %n testkunde ble skrevet til %1</numerusform>
            <numerusform>Feltarbeidsarket og listene for %n testkunder ble skrevet til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-assign…</source>
        <translation>Tildel automatisk…</translation>
    </message>
    <message>
        <source>No explanation: %1.</source>
        <translation>Ingen forklaring: %1.</translation>
    </message>
    <message>
        <source>A cancelled visit gets no shopper.</source>
        <translation>Et avlyst besøk får ingen testkunde.</translation>
    </message>
    <message>
        <source>Shoppers assigned automatically; Undo takes the whole run back.</source>
        <translation>Testkunder tildelt automatisk; Angre tar hele kjøringen tilbake.</translation>
    </message>
    <message>
        <source>The rules allow this choice, but:</source>
        <translation>Reglene tillater dette valget, men:</translation>
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation>Fortsette likevel?</translation>
    </message>
    <message>
        <source>visit %1 is cancelled</source>
        <translation>besøk %1 er avlyst</translation>
    </message>
    <message>
        <source>%1 may not take visit %2:
%3

Nothing changed.</source>
        <translation>%1 kan ikke ta besøk %2:
%3

Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Visit %1 assigned to %2 by hand</source>
        <translation>Besøk %1 tildelt %2 for hånd</translation>
    </message>
    <message>
        <source>The shoppers of visits %1 and %2 may not change places:
%3

Nothing changed.</source>
        <translation>Testkundene for besøk %1 og %2 kan ikke bytte plass:
%3

Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Enter report…</source>
        <translation>Registrer rapport…</translation>
    </message>
    <message>
        <source>Type the selected visit's report from the shopper's paper or e-mail (Ctrl+E)</source>
        <translation>Skriv inn rapporten for det valgte besøket fra testkundens papirskjema eller e-post (Ctrl+E)</translation>
    </message>
    <message>
        <source>Report of visit %1 saved; Undo takes it back.</source>
        <translation>Rapporten for besøk %1 er lagret; Angre tar den tilbake.</translation>
    </message>
</context>
<context>
    <name>VisitDetailPanel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testkunde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historikk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a visit to see who carries it out and its history.</source>
        <translation>Velg et besøk for å se hvem som gjennomfører det, og historikken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Besøk %1&lt;/b&gt; · %2</translation>
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
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>shopper %1 (%2), %3</source>
        <translation>testkunde %1 (%2), %3</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tildeling&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why this shopper, or why none?</source>
        <translation>Hvorfor denne testkunden, eller hvorfor ingen?</translation>
    </message>
</context>
<context>
    <name>VisitGenerator</name>
    <message numerus="yes">
        <source>Generate %n visit(s) for %1</source>
        <translation>
            <numerusform>Generer %n besøk for %1</numerusform>
            <numerusform>Generer %n besøk for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since the preview; generate again</source>
        <translation>besøkene i bølge %1 er endret siden forhåndsvisningen; generer på nytt</translation>
    </message>
    <message>
        <source>some generated visits of wave %1 are gone already</source>
        <translation>noen genererte besøk i bølge %1 finnes ikke lenger</translation>
    </message>
    <message>
        <source>wave %1 already has every visit the plan asks for</source>
        <translation>bølge %1 har allerede alle besøkene planen krever</translation>
    </message>
    <message>
        <source>wave %1 is %2: a closed wave takes no new visits</source>
        <translation>bølge %1 har status %2: en avsluttet bølge tar ikke imot nye besøk</translation>
    </message>
    <message>
        <source>the programme has no active scenario to plan</source>
        <translation>programmet har ikke noe aktivt scenario å planlegge</translation>
    </message>
    <message>
        <source>scenarios.codes: no scenario has the code “%1”</source>
        <translation>scenarios.codes: ingen scenarioer har koden «%1»</translation>
    </message>
    <message>
        <source>scenarios.codes: scenario %1 is inactive</source>
        <translation>scenarios.codes: scenario %1 er inaktivt</translation>
    </message>
    <message>
        <source>locations.regions: no region is named “%1”</source>
        <translation>locations.regions: ingen region heter «%1»</translation>
    </message>
    <message>
        <source>no location matches the plan's location rules</source>
        <translation>ingen lokasjon samsvarer med planens lokasjonsregler</translation>
    </message>
    <message numerus="yes">
        <source>%n kept visit(s) are at locations outside these rules and stay as they are</source>
        <translation>
            <numerusform>%n beholdt besøk er på en lokasjon utenfor disse reglene og blir stående som det er</numerusform>
            <numerusform>%n beholdte besøk er på lokasjoner utenfor disse reglene og blir stående som de er</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps %2 visits where the plan asks for %3</source>
        <translation>%1 beholder %2 besøk der planen krever %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is never open during wave %3, but the plan asks for %n visit(s) there</source>
        <translation>
            <numerusform>%1 %2 er aldri åpen i bølge %3, men planen krever %n besøk der</numerusform>
            <numerusform>%1 %2 er aldri åpen i bølge %3, men planen krever %n besøk der</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the plan asks for %3 visits but its opening hours allow only %4 in wave %5</source>
        <translation>%1 %2: planen krever %3 besøk, men åpningstidene tillater bare %4 i bølge %5</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) have no scenario of the plan for their channel: %1</source>
        <translation>
            <numerusform>%n lokasjon har ingen av planens scenarioer for sin kanal: %1</numerusform>
            <numerusform>%n lokasjoner har ingen av planens scenarioer for sin kanal: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>%1 % of the visits on %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation>%1 % av besøkene på %2 krever %3 besøk, men lokasjonenes åpningstider tillater høyst %4</translation>
    </message>
    <message>
        <source>%1 % of the visits in the %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation>%1 % av besøkene i tidsrommet %2 krever %3 besøk, men lokasjonenes åpningstider tillater høyst %4</translation>
    </message>
    <message>
        <source>the weekday quotas leave %1 visits for the other days, but the locations are open for at most %2 of them on those days</source>
        <translation>ukedagskvotene lar %1 besøk være igjen til de andre dagene, men lokasjonene er åpne for høyst %2 av dem på disse dagene</translation>
    </message>
    <message>
        <source>%1 %2 has no free opening hours left for its visits in wave %3</source>
        <translation>%1 %2 har ingen ledige åpningstider igjen for besøkene sine i bølge %3</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>there is no shopper %1</source>
        <translation>det finnes ingen testkunde %1</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>det finnes ingen lokasjon %1</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Ingen besøk ennå</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besøk</numerusform>
            <numerusform>%n besøk</numerusform>
        </translation>
    </message>
    <message>
        <source>, the last on %1</source>
        <translation>, det siste %1</translation>
    </message>
    <message>
        <source>, average score %1</source>
        <translation>, gjennomsnittlig score %1</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Visited on %1</source>
        <translation>Besøkt %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Planlagt til %1</translation>
    </message>
    <message>
        <source>(no shopper)</source>
        <translation>(ingen testkunde)</translation>
    </message>
    <message>
        <source>Taken off (now %1)</source>
        <translation>Fjernet (nå %1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Bølge</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasjon</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Testkunde</translation>
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
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>VisitHistoryPrinter</name>
    <message>
        <source>Visits: %1</source>
        <translation>Besøk: %1</translation>
    </message>
    <message>
        <source>(no shopper)</source>
        <translation>(ingen testkunde)</translation>
    </message>
    <message>
        <source>taken off (now %1)</source>
        <translation>fjernet (nå %1)</translation>
    </message>
</context>
<context>
    <name>VisitHistoryView</name>
    <message>
        <source>No visits yet: the history starts once this one is saved and given visits.</source>
        <translation>Ingen besøk ennå: historikken begynner når denne er lagret og har fått besøk.</translation>
    </message>
</context>
<context>
    <name>VisitsCommand</name>
    <message>
        <source>List visits; accept, finish, cancel, return to the pool, lock or assign them by hand; their history.</source>
        <translation>List opp besøk; aksepter, fullfør, avlys, send tilbake til poolen, lås eller tildel dem manuelt; historikken deres.</translation>
    </message>
    <message>
        <source>list, set, assign, swap or history</source>
        <translation>list, set, assign, swap eller history</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>Only the visits of this wave (code or name).</source>
        <translation>Bare besøkene i denne bølgen (kode eller navn).</translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WAVE</translation>
    </message>
    <message>
        <source>Only visits with this status.</source>
        <translation>Bare besøk med denne statusen.</translation>
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
        <translation>Testkundens kode.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why (kept in the visit's history).</source>
        <translation>Hvorfor (lagres i besøkets historikk).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>visits: expected list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID or history FILE ID (see 'shopscope-cli visits --help')</source>
        <translation>visits: forventet list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID eller history FILE ID (se 'shopscope-cli visits --help')</translation>
    </message>
    <message>
        <source>visits list: %1: %2</source>
        <translation>visits list: %1: %2</translation>
    </message>
    <message>
        <source>visits list: --status: “%1” is not a visit status (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</source>
        <translation>visits list: --status: «%1» er ikke en besøksstatus (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</translation>
    </message>
    <message>
        <source>visits list: %1: cannot read the visits</source>
        <translation>visits list: %1: kan ikke lese besøkene</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (låst)</translation>
    </message>
    <message>
        <source>No visits match.</source>
        <translation>Ingen besøk samsvarer.</translation>
    </message>
    <message>
        <source>visits set: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation>visits set: «%1» er ikke en liste med besøksnumre (f.eks. 12,15,18)</translation>
    </message>
    <message>
        <source>visits set: --action: expected accept, done, return, cancel, reinstate, lock or unlock</source>
        <translation>visits set: --action: forventet accept, done, return, cancel, reinstate, lock eller unlock</translation>
    </message>
    <message>
        <source>visits set: %1: %2; nothing changed</source>
        <translation>visits set: %1: %2; ingenting ble endret</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n besøk</numerusform>
            <numerusform>%1: %n besøk</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: “%1” is not a visit number</source>
        <translation>visits assign: «%1» er ikke et besøksnummer</translation>
    </message>
    <message>
        <source>visits assign: --shopper CODE is required</source>
        <translation>visits assign: --shopper CODE er påkrevd</translation>
    </message>
    <message>
        <source>visits assign: %1: %2; nothing changed</source>
        <translation>visits assign: %1: %2; ingenting ble endret</translation>
    </message>
    <message>
        <source>Visit %1 assigned to %2</source>
        <translation>Besøk %1 tildelt %2</translation>
    </message>
    <message>
        <source>visits swap: expected two visit numbers</source>
        <translation>visits swap: forventet to besøksnumre</translation>
    </message>
    <message>
        <source>visits swap: %1: %2; nothing changed</source>
        <translation>visits swap: %1: %2; ingenting ble endret</translation>
    </message>
    <message>
        <source>Visits %1 and %2 swapped their shoppers</source>
        <translation>Besøk %1 og %2 byttet testkunder</translation>
    </message>
    <message>
        <source>visits history: “%1” is not a visit number</source>
        <translation>visits history: «%1» er ikke et besøksnummer</translation>
    </message>
    <message>
        <source>visits history: %1: there is no visit %2</source>
        <translation>visits history: %1: det finnes ikke noe besøk %2</translation>
    </message>
    <message>
        <source>Visit %1 has no history yet.</source>
        <translation>Besøk %1 har ingen historikk ennå.</translation>
    </message>
    <message>
        <source>The folder the fieldwork lists go to.</source>
        <translation>Mappen feltarbeidslistene skrives til.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>visits history: %1: cannot read the history of visit %2</source>
        <translation>visits history: %1: kan ikke lese historikken for besøk %2</translation>
    </message>
    <message>
        <source>visits export: --wave and --out FOLDER are required</source>
        <translation>visits export: --wave og --out FOLDER er påkrevd</translation>
    </message>
    <message>
        <source>visits export: cannot create the folder %1</source>
        <translation>visits export: kan ikke opprette mappen %1</translation>
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
        <translation>visits export: kan ikke skrive %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: fieldwork sheet and the lists of %n shopper(s) written to %2</source>
        <translation>
            <numerusform>%1: feltarbeidsarket og listen for %n testkunde ble skrevet til %2</numerusform>
            <numerusform>%1: feltarbeidsarket og listene for %n testkunder ble skrevet til %2</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: %1: visit %2 cannot go to %3: %4; nothing changed</source>
        <translation>visits assign: %1: besøk %2 kan ikke gå til %3: %4; ingenting ble endret</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>visits swap: %1: visit %2 cannot change its shopper: %3; nothing changed</source>
        <translation>visits swap: %1: besøk %2 kan ikke bytte testkunde: %3; ingenting ble endret</translation>
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
        <translation>Besøk under feltarbeidet.

  list FILE [--wave CODE|NAME] [--status STATUS] [--json]
  set FILE ID[,ID...] --action accept|done|return|cancel|reinstate|lock|unlock [--note TEXT]
  assign FILE ID --shopper CODE [--note TEXT] [--json]
  swap FILE ID ID [--json]
  history FILE ID [--json]
  export FILE --wave CODE|NAME --out FOLDER [--json]
  review FILE ID[,ID...] --approve | --send-back --reason TEXT [--by NAME] [--json]

'review' godkjenner innsendte rapporter (de teller i resultatene) eller sender innsendte eller godkjente
tilbake til testkunden med en begrunnelse (besøket blir da 'rejected'); hver beslutning lagres
med hvem som tok den (--by, ellers kontonavnet) og vises i besøkets historikk.
'export' skriver bølgens feltarbeidsark (hvert besøk, status, testkundekode), testkundenes
lister i én CSV-fil og hver testkundes liste med scenarioenes instrukser som en side for utskrift.
'return' sender et besøk der testkunden har trukket seg, tilbake til poolen (planlagt, ingen testkunde);
et låst besøk beholder testkunden når tildelingen kjøres på nytt. 'assign' og 'swap' kontrollerer
programmets tildelingsregler: en hard regel (avstand, profil, karantene, kapasitet, interessekonflikt,
tilgjengelighet, status) avviser valget med årsaken; en myk (kostnad, arbeidsmengde, vurdering)
skriver en advarsel. Hver endring er ett trinn som
vinduet kan angre, og etterlater en hendelse i besøkets historikk. Alt eller ingenting: når ett av
besøkene ikke tillater handlingen, endres ingen.</translation>
    </message>
    <message>
        <source>review: approve the reports.</source>
        <translation>review: godkjenn rapportene.</translation>
    </message>
    <message>
        <source>review: send the reports back to their shoppers.</source>
        <translation>review: send rapportene tilbake til testkundene.</translation>
    </message>
    <message>
        <source>review: why the reports go back (required with --send-back).</source>
        <translation>review: hvorfor rapportene sendes tilbake (påkrevd med --send-back).</translation>
    </message>
    <message>
        <source>review: who decides (default: the account name).</source>
        <translation>review: hvem som bestemmer (standard: kontonavnet).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>visits review: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation>visits review: «%1» er ikke en liste med besøksnumre (f.eks. 12,15,18)</translation>
    </message>
    <message>
        <source>visits review: give either --approve or --send-back</source>
        <translation>visits review: angi enten --approve eller --send-back</translation>
    </message>
    <message>
        <source>visits review: --send-back needs --reason TEXT for the shopper</source>
        <translation>visits review: --send-back krever --reason TEXT til testkunden</translation>
    </message>
    <message>
        <source>visits review: %1: %2; nothing changed</source>
        <translation>visits review: %1: %2; ingenting ble endret</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Godkjent: %n rapport</numerusform>
            <numerusform>Godkjent: %n rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Sendt tilbake: %n rapport</numerusform>
            <numerusform>Sendt tilbake: %n rapporter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveActions</name>
    <message>
        <source>New waves…</source>
        <translation>Nye bølger…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Angi status</translation>
    </message>
    <message>
        <source>No waves created</source>
        <translation>Ingen bølger ble opprettet</translation>
    </message>
    <message>
        <source>Select a wave first.</source>
        <translation>Velg en bølge først.</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statusen ble ikke endret</translation>
    </message>
    <message>
        <source>Generate visits…</source>
        <translation>Generer besøk…</translation>
    </message>
    <message>
        <source>Generate visits</source>
        <translation>Generer besøk</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n visit(s) for %1</source>
        <translation>
            <numerusform>Genererte %n besøk for %1</numerusform>
            <numerusform>Genererte %n besøk for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveLookup</name>
    <message>
        <source>The waves cannot be read: %1</source>
        <translation>Bølgene kan ikke leses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waves are named “%1”: give the wave's code instead.</source>
        <translation>
            <numerusform>%n bølge heter «%1»: oppgi bølgens kode i stedet.</numerusform>
            <numerusform>%n bølger heter «%1»: oppgi bølgens kode i stedet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no wave with the code or name “%1”.</source>
        <translation>Det finnes ingen bølge med koden eller navnet «%1».</translation>
    </message>
</context>
<context>
    <name>WaveSeries</name>
    <message>
        <source>Add wave %1</source>
        <translation>Legg til bølge %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n wave(s)</source>
        <translation>
            <numerusform>Legg til %n bølge</numerusform>
            <numerusform>Legg til %n bølger</numerusform>
        </translation>
    </message>
    <message>
        <source>a wave with the code %1 exists already</source>
        <translation>det finnes allerede en bølge med koden %1</translation>
    </message>
    <message>
        <source>the waves have visits by now and stay</source>
        <translation>bølgene har allerede besøk og blir værende</translation>
    </message>
    <message>
        <source>Set wave %1 to %2</source>
        <translation>Endre status for bølge %1 til %2</translation>
    </message>
    <message>
        <source>no waves to add</source>
        <translation>ingen bølger å legge til</translation>
    </message>
    <message>
        <source>every wave needs a code and a name</source>
        <translation>hver bølge må ha en kode og et navn</translation>
    </message>
    <message>
        <source>wave %1 ends before it starts</source>
        <translation>bølge %1 slutter før den begynner</translation>
    </message>
    <message>
        <source>the code %1 is used twice</source>
        <translation>koden %1 er brukt to ganger</translation>
    </message>
    <message>
        <source>there is no wave %1</source>
        <translation>det finnes ingen bølge %1</translation>
    </message>
    <message>
        <source>Wave %1: %2.</source>
        <translation>Bølge %1: %2.</translation>
    </message>
    <message>
        <source>the series needs a valid start date</source>
        <translation>serien trenger en gyldig startdato</translation>
    </message>
    <message>
        <source>a series has 1 to 120 waves, not %1</source>
        <translation>en serie har 1 til 120 bølger, ikke %1</translation>
    </message>
    <message>
        <source>a wave lasts 1 to 366 days, not %1</source>
        <translation>en bølge varer 1 til 366 dager, ikke %1</translation>
    </message>
</context>
<context>
    <name>WaveSeriesDialog</name>
    <message>
        <source>Days per wave:</source>
        <translation>Dager per bølge:</translation>
    </message>
    <message>
        <source>New waves</source>
        <translation>Nye bølger</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ukentlig</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Hver N. dag</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frekvens:</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>&amp;Startdato:</translation>
    </message>
    <message>
        <source>&amp;Number of waves:</source>
        <translation>&amp;Antall bølger:</translation>
    </message>
    <message>
        <source>Will create:</source>
        <translation>Opprettes:</translation>
    </message>
</context>
<context>
    <name>WaveStatusRules</name>
    <message>
        <source>“%1” is not a wave status (planning, fieldwork, closed, reported)</source>
        <translation>«%1» er ikke en bølgestatus (planning, fieldwork, closed, reported)</translation>
    </message>
    <message>
        <source>a wave moves one step at a time: from %1 it can go to %2</source>
        <translation>en bølge flyttes ett trinn om gangen: fra %1 kan den gå til %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) of this wave already have a shopper; it cannot go back to planning</source>
        <translation>
            <numerusform>%n besøk i denne bølgen har allerede en testkunde; bølgen kan ikke gå tilbake til planlegging</numerusform>
            <numerusform>%n besøk i denne bølgen har allerede en testkunde; bølgen kan ikke gå tilbake til planlegging</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavesCommand</name>
    <message>
        <source>List waves, create one or a series, change a wave's status.</source>
        <translation>List opp bølger, opprett én bølge eller en serie, endre statusen til en bølge.</translation>
    </message>
    <message>
        <source>Waves: the fieldwork periods of a programme.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

A series of monthly waves starting 2027-01-15 covers whole months from January; codes say the
period (W2027-01, W2027-Q1, W2027-W03). A wave moves one status step at a time.</source>
        <translation>Bølger: feltperiodene i et program.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

En serie månedlige bølger som starter 2027-01-15, dekker hele måneder fra januar; kodene angir
perioden (W2027-01, W2027-Q1, W2027-W03). En bølge flyttes ett statustrinn om gangen.</translation>
    </message>
    <message>
        <source>list, create or status</source>
        <translation>list, create eller status</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Prosjektfilen.</translation>
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
        <translation>Den første dagen (eller en dag i den første perioden).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day of a single wave.</source>
        <translation>Den siste dagen i en enkelt bølge.</translation>
    </message>
    <message>
        <source>How many waves the series has.</source>
        <translation>Hvor mange bølger serien har.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The length of each wave of a 'days' series.</source>
        <translation>Lengden på hver bølge i en 'days'-serie.</translation>
    </message>
    <message>
        <source>The code of a single wave.</source>
        <translation>Koden til en enkelt bølge.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The name of a single wave.</source>
        <translation>Navnet på en enkelt bølge.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>waves: expected list FILE, create FILE ..., or status FILE CODE STATUS (see 'shopscope-cli waves --help')</source>
        <translation>waves: forventet list FILE, create FILE ... eller status FILE CODE STATUS (se 'shopscope-cli waves --help')</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besøk</numerusform>
            <numerusform>%n besøk</numerusform>
        </translation>
    </message>
    <message>
        <source>No waves yet. Create some: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</source>
        <translation>Ingen bølger ennå. Opprett noen: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</translation>
    </message>
    <message>
        <source>waves create: --%1 must be a date like 2027-01-01, not “%2”</source>
        <translation>waves create: --%1 må være en dato som 2027-01-01, ikke «%2»</translation>
    </message>
    <message>
        <source>waves create: --series must be monthly, quarterly, weekly or days, not “%1”</source>
        <translation>waves create: --series må være monthly, quarterly, weekly eller days, ikke «%1»</translation>
    </message>
    <message>
        <source>waves create: --count must be a whole number</source>
        <translation>waves create: --count må være et heltall</translation>
    </message>
    <message>
        <source>waves create: --days must be a whole number</source>
        <translation>waves create: --days må være et heltall</translation>
    </message>
    <message>
        <source>waves create: %1</source>
        <translation>waves create: %1</translation>
    </message>
    <message>
        <source>waves create: give --series ... or --code, --name, --start and --end</source>
        <translation>waves create: oppgi --series ... eller --code, --name, --start og --end</translation>
    </message>
    <message>
        <source>waves create: nothing created: %1</source>
        <translation>waves create: ingenting ble opprettet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %n wave(s): %1 … %2</source>
        <translation>
            <numerusform>Opprettet %n bølge: %1 … %2</numerusform>
            <numerusform>Opprettet %n bølger: %1 … %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 is now %2</source>
        <translation>Bølge %1 har nå status: %2</translation>
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
        <translation>Mystery shopping-programmer: spørreskjemaer, bølger og utvalg, tildeling av testkunder, kvalitetskontroll, resultater og diagrammer klare for kunden.</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation>&amp;Åpne program…</translation>
    </message>
    <message>
        <source>Create a &amp;demo programme…</source>
        <translation>Opprett et &amp;demoprogram…</translation>
    </message>
    <message>
        <source>Recent programmes</source>
        <translation>Nylige programmer</translation>
    </message>
    <message>
        <source>No recent programmes yet.</source>
        <translation>Ingen nylige programmer ennå.</translation>
    </message>
</context>
<context>
    <name>XFormWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>XPathConditionParser</name>
    <message>
        <source>unexpected “%1”</source>
        <translation>uventet «%1»</translation>
    </message>
    <message>
        <source>“%1 != ''” on its own cannot be a ShopScope condition</source>
        <translation>«%1 != ''» alene kan ikke være en betingelse i ShopScope</translation>
    </message>
    <message>
        <source>cannot read “%1”</source>
        <translation>kan ikke lese «%1»</translation>
    </message>
    <message>
        <source>a “(” is not closed</source>
        <translation>en «(» lukkes ikke</translation>
    </message>
    <message>
        <source>selected needs “(”</source>
        <translation>selected trenger «(»</translation>
    </message>
    <message>
        <source>selected() needs a question and a quoted choice</source>
        <translation>selected() trenger et spørsmål og et valg i anførselstegn</translation>
    </message>
    <message>
        <source>selected() is not closed</source>
        <translation>selected() lukkes ikke</translation>
    </message>
    <message>
        <source>a condition on a choice of multiple-choice question %1 cannot be expressed in ShopScope</source>
        <translation>en betingelse på et valg i flervalgsspørsmålet %1 kan ikke uttrykkes i ShopScope</translation>
    </message>
    <message>
        <source>“%1()” is not a condition on an answer</source>
        <translation>«%1()» er ikke en betingelse på et svar</translation>
    </message>
    <message>
        <source>the function “%1” is not one of the forms ShopScope reads</source>
        <translation>funksjonen «%1» er ikke blant formene ShopScope leser</translation>
    </message>
    <message>
        <source>a comparison is missing after “%1”</source>
        <translation>en sammenligning mangler etter «%1»</translation>
    </message>
    <message>
        <source>a comparison needs a question on one side</source>
        <translation>en sammenligning trenger et spørsmål på én side</translation>
    </message>
    <message>
        <source>“%1” must be compared with a value</source>
        <translation>«%1» må sammenlignes med en verdi</translation>
    </message>
    <message>
        <source>there is no question %1 before this one</source>
        <translation>det finnes ikke noe spørsmål %1 før dette</translation>
    </message>
    <message>
        <source>“is unanswered” cannot be a ShopScope condition</source>
        <translation>«er ubesvart» kan ikke være en betingelse i ShopScope</translation>
    </message>
    <message>
        <source>%1 is compared by size with “%2”, which is not a number</source>
        <translation>%1 sammenlignes etter størrelse med «%2», som ikke er et tall</translation>
    </message>
    <message>
        <source>parentheses nest deeper than 64 levels</source>
        <translation>parentesene er nøstet dypere enn 64 nivåer</translation>
    </message>
</context>
<context>
    <name>XlsFormReader</name>
    <message>
        <source>an XLSForm needs a “survey” sheet; this workbook has %1</source>
        <translation>et XLSForm trenger et ark med navnet «survey»; denne arbeidsboken har: %1</translation>
    </message>
    <message>
        <source>there is no “%1” column</source>
        <translation>det finnes ingen kolonne «%1»</translation>
    </message>
    <message>
        <source>the language “%1” has no code such as “(en)”; it becomes “%2”</source>
        <translation>språket «%1» mangler en kode som «(en)»; det blir «%2»</translation>
    </message>
    <message>
        <source>the %1 row has no name</source>
        <translation>raden av typen %1 mangler navn</translation>
    </message>
    <message>
        <source>a choice of list “%1” has no name</source>
        <translation>et valg i listen «%1» mangler navn</translation>
    </message>
    <message>
        <source>%1 uses the choice list “%2”, which the choices sheet does not have</source>
        <translation>%1 bruker valglisten «%2», som ikke finnes i arket choices</translation>
    </message>
    <message>
        <source>“%1” closes a group that was never opened</source>
        <translation>«%1» lukker en gruppe som aldri ble åpnet</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) are opened in the survey sheet but never closed</source>
        <translation>
            <numerusform>%n gruppe åpnes i arket survey, men lukkes aldri</numerusform>
            <numerusform>%n grupper åpnes i arket survey, men lukkes aldri</numerusform>
        </translation>
    </message>
    <message>
        <source>survey sheet, row 1</source>
        <translation>arket survey, rad 1</translation>
    </message>
    <message>
        <source>survey sheet, row %1</source>
        <translation>arket survey, rad %1</translation>
    </message>
    <message>
        <source>choices sheet, row %1</source>
        <translation>arket choices, rad %1</translation>
    </message>
    <message>
        <source>“%1” has no type: left out</source>
        <translation>«%1» mangler type: utelatt</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: this is an OpenDocument file (.ods), not an Excel workbook; save it as .xlsx</source>
        <translation>%1: dette er en OpenDocument-fil (.ods), ikke en Excel-arbeidsbok; lagre den som .xlsx</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the archive has no %2</source>
        <translation>%1: ikke en Excel-arbeidsbok (.xlsx): arkivet mangler %2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: arbeidsboken har ingen ark</translation>
    </message>
    <message>
        <source>%1: sheet “%2” is damaged: %3 has no relationship “%4” to tell where it is</source>
        <translation>%1: arket «%2» er skadet: %3 mangler relasjonen «%4» som angir hvor det ligger</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>delen %1</translation>
    </message>
    <message>
        <source>sheet “%1” (part %2)</source>
        <translation>arket «%1» (delen %2)</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation>%1: %2 er skadet (%3)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is missing from the archive</source>
        <translation>%1: %2 mangler i arkivet</translation>
    </message>
    <message>
        <source>%1: %2 is too large to read (over %3 MB uncompressed)</source>
        <translation>%1: %2 overskrider størrelsesgrensen for lesing (over %3 MB ukomprimert)</translation>
    </message>
    <message>
        <source>it refers to shared text number %1, which does not exist</source>
        <translation>den viser til delt tekst nummer %1, som ikke finnes</translation>
    </message>
    <message>
        <source>row number “%1” is not valid</source>
        <translation>radnummeret «%1» er ugyldig</translation>
    </message>
    <message>
        <source>cell reference “%1” is not valid</source>
        <translation>cellereferansen «%1» er ugyldig</translation>
    </message>
    <message>
        <source>a cell lies beyond row %1 or column %2</source>
        <translation>en celle ligger utenfor rad %1 eller kolonne %2</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>celle %1: %2</translation>
    </message>
    <message>
        <source>%1: sheet “%2” is too large to read (%3 rows × %4 columns; at most %5 cells)</source>
        <translation>%1: arket «%2» er for stort til å leses (%3 rader × %4 kolonner; høyst %5 celler)</translation>
    </message>
    <message>
        <source>%1: this workbook is protected with a password, so it is encrypted and cannot be read; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>%1: arbeidsboken er beskyttet med passord og dermed kryptert, så den kan ikke leses; åpne den i Excel, fjern passordet (Fil &gt; Info &gt; Beskytt arbeidsbok) og lagre den på nytt</translation>
    </message>
    <message>
        <source>%1: this is an Excel 97-2003 .xls file; save it as .xlsx</source>
        <translation>%1: dette er en .xls-fil fra Excel 97-2003; lagre den som .xlsx</translation>
    </message>
    <message>
        <source>%1: this is an older Microsoft Office file, not an Excel workbook (.xlsx)</source>
        <translation>%1: dette er en eldre Microsoft Office-fil, ikke en Excel-arbeidsbok (.xlsx)</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: kan ikke åpnes (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: filen er tom</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation>%1: ikke en Excel-arbeidsbok (.xlsx): filen er ikke et zip-arkiv</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged or incomplete (it starts as a zip archive but its directory is missing or broken); was the copy or download cut short?</source>
        <translation>%1: arbeidsboken er skadet eller ufullstendig (den starter som et zip-arkiv, men katalogen mangler eller er ødelagt); ble kopieringen eller nedlastingen avbrutt?</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan ikke leses (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kan ikke skrives</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kan ikke skrives (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ShopScope: mystery-shopping programmes.</source>
        <translation>ShopScope: mystery shopping-programmer.</translation>
    </message>
    <message>
        <source>A programme to open.</source>
        <translation>Et program som skal åpnes.</translation>
    </message>
</context>
</TS>
