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
        <source>Mean score %</source>
        <translation>Gjennomsnittsscore %</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema and the programme&apos;s rules. Exits with 1 when anything is wrong.</source>
        <translation>Kontroller en prosjektfil: SQLite-integritet, fremmednøkler, skjemaet og programmets regler. Avslutter med 1 når noe er galt.</translation>
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
        <source>Use SQLite&apos;s quicker structure check (skips index contents).</source>
        <translation>Bruk SQLites raskere strukturkontroll (hopper over indeksinnholdet).</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: ingen problemer funnet</translation>
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
Run &apos;shopscope-cli COMMAND --help&apos; for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation>
Kjør &apos;shopscope-cli COMMAND --help&apos; for å se valgene for én kommando.
Avslutningsstatus: 0 vellykket, 1 arbeidet mislyktes, 2 ugyldige argumenter.
</translation>
    </message>
    <message>
        <source>unknown command “%1” (run &apos;shopscope-cli --help&apos; for the list)</source>
        <translation>ukjent kommando «%1» (kjør &apos;shopscope-cli --help&apos; for å se listen)</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>%1: %2 (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation>%1: %2 (se &apos;shopscope-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation>%1: argumentet FILE mangler (se &apos;shopscope-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation>%1: forventet én FILE, fikk %2 argumenter</translation>
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
        <source>The evaluation form: sections and questions with their scoring.</source>
        <translation>Evalueringsskjemaet: seksjoner og spørsmål med poenggivning.</translation>
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
        <source>Fieldwork and results wave by wave.</source>
        <translation>Feltarbeid og resultater bølge for bølge.</translation>
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
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <source>Choose one of the programme&apos;s languages as the report language.</source>
        <translation>Velg et av programmets språk som rapportspråk.</translation>
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
        <source>This file&apos;s programme settings cannot be read: %1</source>
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
        <source>Cannot replace “%1”.</source>
        <translation>Kan ikke erstatte «%1».</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Kan ikke skrive «%1».</translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation>raden med programinnstillinger mangler eller er doblet</translation>
    </message>
    <message>
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation>%n rapport(er) hører til besøk som aldri ble gjennomført</translation>
    </message>
    <message>
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>%n besøk er sendt inn, godkjent eller avvist, men har ingen rapport</translation>
    </message>
    <message>
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>%n svar hører til et spørsmål i en annen versjon av spørreskjemaet</translation>
    </message>
    <message>
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>%n svar velger et alternativ for et spørsmål som ikke har alternativer</translation>
    </message>
    <message>
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>%n valg hører til et spørsmål som ikke er et flervalgsspørsmål</translation>
    </message>
    <message>
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>%n versjon(er) av spørreskjema har rapporter, men er ikke frosset</translation>
    </message>
    <message>
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>%n vektede versjon(er) av spørreskjema har seksjonsvekter som ikke summerer seg til 100</translation>
    </message>
    <message>
        <source>%n visit(s) are planned outside their wave&apos;s dates</source>
        <translation>%n besøk er planlagt utenfor bølgens datoer</translation>
    </message>
    <message>
        <source>%n visit(s) play a scenario of another channel than their location&apos;s</source>
        <translation>%n besøk spiller et scenario for en annen kanal enn lokasjonens</translation>
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
        <source>the schema differs from ShopScope&apos;s: %1</source>
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
        <source>Could not write the new programme&apos;s settings: %1.</source>
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
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match</source>
        <translation>
            <numerusform>%n rad samsvarer</numerusform>
            <numerusform>%n rader samsvarer</numerusform>
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
