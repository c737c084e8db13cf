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
        <source>Mean score %</source>
        <translation>Medelpoäng %</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema and the programme&apos;s rules. Exits with 1 when anything is wrong.</source>
        <translation>Kontrollera en projektfil: SQLite-integritet, främmande nycklar, schemat och programmets regler. Avslutas med 1 om något är fel.</translation>
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
        <source>Use SQLite&apos;s quicker structure check (skips index contents).</source>
        <translation>Använd SQLites snabbare strukturkontroll (hoppar över indexinnehållet).</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: inga problem hittades</translation>
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
Run &apos;shopscope-cli COMMAND --help&apos; for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation>
Kör &apos;shopscope-cli COMMAND --help&apos; för att se alternativen för ett kommando.
Avslutningsstatus: 0 lyckades, 1 arbetet misslyckades, 2 felaktiga argument.
</translation>
    </message>
    <message>
        <source>unknown command “%1” (run &apos;shopscope-cli --help&apos; for the list)</source>
        <translation>okänt kommando ”%1” (kör &apos;shopscope-cli --help&apos; för att se listan)</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Visa denna hjälp.</translation>
    </message>
    <message>
        <source>%1: %2 (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation>%1: %2 (se &apos;shopscope-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation>%1: argumentet FILE saknas (se &apos;shopscope-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation>%1: en FILE förväntades, fick %2 argument</translation>
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
        <source>The evaluation form: sections and questions with their scoring.</source>
        <translation>Utvärderingsformuläret: avsnitt och frågor med deras poängsättning.</translation>
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
        <source>Fieldwork and results wave by wave.</source>
        <translation>Fältarbete och resultat våg för våg.</translation>
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
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <source>Choose one of the programme&apos;s languages as the report language.</source>
        <translation>Välj ett av programmets språk som rapportspråk.</translation>
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
        <source>This file&apos;s programme settings cannot be read: %1</source>
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
        <source>Cannot replace “%1”.</source>
        <translation>Kan inte ersätta ”%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Kan inte skriva ”%1”.</translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation>raden med programinställningar saknas eller är dubblerad</translation>
    </message>
    <message>
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation>%n rapport(er) hör till besök som aldrig genomfördes</translation>
    </message>
    <message>
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>%n besök är inskickade, godkända eller avvisade men saknar rapport</translation>
    </message>
    <message>
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>%n svar hör till en fråga i en annan version av frågeformuläret</translation>
    </message>
    <message>
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>%n svar väljer ett alternativ för en fråga som saknar alternativ</translation>
    </message>
    <message>
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>%n val hör till en fråga som inte är en flervalsfråga</translation>
    </message>
    <message>
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>%n version(er) av frågeformulär har rapporter men är inte frysta</translation>
    </message>
    <message>
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>%n viktade version(er) av frågeformulär har avsnittsvikter som inte summeras till 100</translation>
    </message>
    <message>
        <source>%n visit(s) are planned outside their wave&apos;s dates</source>
        <translation>%n besök är planerade utanför vågens datum</translation>
    </message>
    <message>
        <source>%n visit(s) play a scenario of another channel than their location&apos;s</source>
        <translation>%n besök spelar ett scenario för en annan kanal än enhetens</translation>
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
        <source>the schema differs from ShopScope&apos;s: %1</source>
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
        <source>Could not write the new programme&apos;s settings: %1.</source>
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
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match</source>
        <translation>
            <numerusform>%n rad matchar</numerusform>
            <numerusform>%n rader matchar</numerusform>
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
