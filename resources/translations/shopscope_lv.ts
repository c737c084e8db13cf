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
        <translation>Atskaites</translation>
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
        <translation>Atskaite</translation>
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
        <translation>Saņemtās atskaites</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Atgrieztas</translation>
    </message>
    <message>
        <source>Mean score %</source>
        <translation>Vidējais rezultāts %</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema and the programme&apos;s rules. Exits with 1 when anything is wrong.</source>
        <translation>Pārbaudīt projekta failu: SQLite integritāti, ārējās atslēgas, shēmu un programmas noteikumus. Beidz darbu ar kodu 1, ja kaut kas nav kārtībā.</translation>
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
        <source>Use SQLite&apos;s quicker structure check (skips index contents).</source>
        <translation>Izmantot ātrāko SQLite struktūras pārbaudi (izlaiž indeksu saturu).</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: problēmas nav atrastas</translation>
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
Run &apos;shopscope-cli COMMAND --help&apos; for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation>
Palaidiet &apos;shopscope-cli COMMAND --help&apos;, lai redzētu vienas komandas opcijas.
Izejas statuss: 0 — veiksmīgi, 1 — darbs neizdevās, 2 — nederīgi argumenti.
</translation>
    </message>
    <message>
        <source>unknown command “%1” (run &apos;shopscope-cli --help&apos; for the list)</source>
        <translation>nezināma komanda „%1” (sarakstu skatiet ar &apos;shopscope-cli --help&apos;)</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Rādīt šo palīdzību.</translation>
    </message>
    <message>
        <source>%1: %2 (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation>%1: %2 (skatiet &apos;shopscope-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation>%1: trūkst argumenta FILE (skatiet &apos;shopscope-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation>%1: gaidīts viens FILE, saņemto argumentu skaits: %2</translation>
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
        <translation>Ierakstīts %1: vietas: %2, pircēji: %3, apmeklējumi: %4, atskaites: %5, atbildes: %6 (rindas: %7, laiks: %8 s)</translation>
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
        <translation>atskaites</translation>
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
        <source>The evaluation form: sections and questions with their scoring.</source>
        <translation>Vērtēšanas veidlapa: sadaļas un jautājumi ar to vērtēšanu.</translation>
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
        <translation>No lauka saņemtās atskaites un to pārbaudes statuss.</translation>
    </message>
    <message>
        <source>Charts &amp; reports</source>
        <translation>Diagrammas un atskaites</translation>
    </message>
    <message>
        <source>Fieldwork and results wave by wave.</source>
        <translation>Lauka darbs un rezultāti pa viļņiem.</translation>
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
        <source>Cancel</source>
        <translation>Atcelt</translation>
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
        <source>Choose one of the programme&apos;s languages as the report language.</source>
        <translation>Izvēlieties kādu no programmas valodām kā atskaišu valodu.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Reports may name the staff member who served the shopper</source>
        <translation>Atskaitēs drīkst norādīt darbinieku, kas apkalpoja pircēju</translation>
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
        <source>This file&apos;s programme settings cannot be read: %1</source>
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
        <translation>Atskaites</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atbildes</translation>
    </message>
    <message>
        <source>This programme is empty. Start with the questionnaire, the locations and the waves in the navigator on the left.</source>
        <translation>Šī programma ir tukša. Sāciet ar anketu, vietām un viļņiem navigatorā kreisajā pusē.</translation>
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
        <source>Cannot replace “%1”.</source>
        <translation>Nevar aizstāt „%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Nevar ierakstīt „%1”.</translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation>programmas iestatījumu rindas trūkst vai tā ir dublēta</translation>
    </message>
    <message>
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation>atskaites, kas attiecas uz neveiktiem apmeklējumiem: %n</translation>
    </message>
    <message>
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>apmeklējumi, kas ir iesniegti, apstiprināti vai noraidīti, bet kuriem nav atskaites: %n</translation>
    </message>
    <message>
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>atbildes uz citas anketas versijas jautājumu: %n</translation>
    </message>
    <message>
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>atbildes, kurās izvēlēts variants jautājumam bez variantiem: %n</translation>
    </message>
    <message>
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>vairākizvēles atlases jautājumam, kas nav vairākizvēles jautājums: %n</translation>
    </message>
    <message>
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>anketas versijas, kurām ir atskaites, bet kas nav iesaldētas: %n</translation>
    </message>
    <message>
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>svērtās anketas versijas, kuru sadaļu svaru summa nav 100: %n</translation>
    </message>
    <message>
        <source>%n visit(s) are planned outside their wave&apos;s dates</source>
        <translation>apmeklējumi, kas plānoti ārpus sava viļņa datumiem: %n</translation>
    </message>
    <message>
        <source>%n visit(s) play a scenario of another channel than their location&apos;s</source>
        <translation>apmeklējumi, kuru scenārija kanāls atšķiras no vietas kanāla: %n</translation>
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
        <source>the schema differs from ShopScope&apos;s: %1</source>
        <translation>shēma atšķiras no ShopScope shēmas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table %1 point to rows that do not exist</source>
        <translation>
            <numerusform>%n rindas tabulā %1 norāda uz neesošām rindām</numerusform>
            <numerusform>%n rinda tabulā %1 norāda uz neesošām rindām</numerusform>
            <numerusform>%n rindas tabulā %1 norāda uz neesošām rindām</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule could not be checked: %1</source>
        <translation>noteikumu neizdevās pārbaudīt: %1</translation>
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
        <source>Could not write the new programme&apos;s settings: %1.</source>
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
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rindas</numerusform>
            <numerusform>%n rinda</numerusform>
            <numerusform>%n rindas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match</source>
        <translation>
            <numerusform>%n rindas atbilst</numerusform>
            <numerusform>%n rinda atbilst</numerusform>
            <numerusform>%n rindas atbilst</numerusform>
        </translation>
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
