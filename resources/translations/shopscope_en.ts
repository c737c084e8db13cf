<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AreaTables</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daypart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema and the programme&apos;s rules. Exits with 1 when anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SQLite&apos;s quicker structure check (skips index contents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: shopscope-cli COMMAND [options] [arguments]

ShopScope on the command line: every capability of the window, with machine-readable output (--json).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;shopscope-cli COMMAND --help&apos; for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1” (run &apos;shopscope-cli --help&apos; for the list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>“%1” needs at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comparison “%1” (use eq, ne, any_of, lt, le, gt or ge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“any_of” needs a non-empty “values” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison “%1” needs a “value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison “%1” needs a number as its value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo programme (the bank Nordbank, twelve monthly waves around today) to a new project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (about 100 locations, 1,500 visits, 400 shoppers) or large (about 1,500 locations, 200,000 visits, 60,000 shoppers). Default: small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed and date give the same programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD); waves are placed around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists (only once the new one is complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: unknown preset “%1” (use small or large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number from 0 to 18446744073709551615, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --today must be a date like 2026-11-22, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 locations, %3 shoppers, %4 visits, %5 reports, %6 answers (%7 rows in %8 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs a valid date for “today”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo material is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo programme “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show what a project file holds: the programme and counts of everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competitor locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QC decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by status:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopScope programmes (*.shopscope);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Demo Programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ShopScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation form: sections and questions with their scoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations &amp; scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units evaluated and the scripts shoppers play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waves &amp; sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork periods and the planned visits of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers &amp; assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shopper panel and who carries out which visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports that came back from the field and their review status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts &amp; reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork and results wave by wave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — ShopScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ShopScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name; ShopScope does not overwrite programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Demo Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the open programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ShopScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Mystery-shopping programmes for agencies: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when ShopScope starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create a new, empty ShopScope project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to create (e.g. client.shopscope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeField</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small-base threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shopper lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target score must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small-base threshold must be a whole number of visits from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shopper lockout must be a whole number of days from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the programme&apos;s languages as the report language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Reports may name the staff member who served the shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Small base below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopper &amp;lockout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s programme settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme is empty. Start with the questionnaire, the locations and the waves in the navigator on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit “%1”: the folder “%2” is not writable. Open it read-only, or copy it to a folder where you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; ShopScope does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only. Open it read-only to look at it, or copy it to a file you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses the older file format %2 and must be opened for editing once to be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n visit(s) are planned outside their wave&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n visit(s) play a scenario of another channel than their location&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not marked as a ShopScope project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file format is %1, this ShopScope writes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or altered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema differs from ShopScope&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table %1 point to rows that do not exist</source>
        <translation><numerusform>%n row of table %1 points to rows that do not exist</numerusform><numerusform>%n rows of table %1 point to rows that do not exist</numerusform></translation>
    </message>
    <message>
        <source>the rule could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectError</name>
    <message>
        <source>Below standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the new programme&apos;s settings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Restore it from a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: this SQLite build cannot enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a ShopScope project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a ShopScope project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project: it is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: its SQLite header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %L2 bytes of the %L3 its header declares. Restore it from a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a ShopScope project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application (id 0x%2), not a ShopScope project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2; this version reads up to %3). Update ShopScope to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the format version of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring “%1” to file format %2; the file is unchanged: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet: this programme has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match</source>
        <translation><numerusform>%n row matches</numerusform><numerusform>%n rows match</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>ShopScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery-shopping programmes: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;demo programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent programmes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ShopScope: mystery-shopping programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
