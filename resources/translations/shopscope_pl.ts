<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AreaTables</name>
    <message>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Placówki</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Fale</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Audytorzy</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Przydziały</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Results by wave</source>
        <translation>Wyniki według fal</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Tytuł sekcji</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Krytyczne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Wynagrodzenie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Wymagania</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Przydzielone</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Nazwa placówki</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowana data</translation>
    </message>
    <message>
        <source>Daypart</source>
        <translation>Pora dnia</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Per wave</source>
        <translation>Na falę</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Audytor</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przydzielił</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowana</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Data wizyty</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Planowane wizyty</translation>
    </message>
    <message>
        <source>Reports in</source>
        <translation>Otrzymane raporty</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Odesłane</translation>
    </message>
    <message>
        <source>Mean score %</source>
        <translation>Średni wynik %</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema and the programme&apos;s rules. Exits with 1 when anything is wrong.</source>
        <translation>Sprawdź plik projektu: integralność SQLite, klucze obce, schemat i reguły programu. Kończy działanie z kodem 1, jeśli coś jest nie tak.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik w formacie JSON.</translation>
    </message>
    <message>
        <source>Use SQLite&apos;s quicker structure check (skips index contents).</source>
        <translation>Użyj szybszego sprawdzania struktury SQLite (pomija zawartość indeksów).</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: nie znaleziono problemów</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: shopscope-cli COMMAND [options] [arguments]

ShopScope on the command line: every capability of the window, with machine-readable output (--json).

Commands:
</source>
        <translation>Użycie: shopscope-cli COMMAND [opcje] [argumenty]

ShopScope w wierszu poleceń: wszystkie możliwości okna, z wynikami do przetwarzania maszynowego (--json).

Polecenia:
</translation>
    </message>
    <message>
        <source>
Run &apos;shopscope-cli COMMAND --help&apos; for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation>
Uruchom &apos;shopscope-cli COMMAND --help&apos;, aby zobaczyć opcje danego polecenia.
Kod wyjścia: 0 – sukces, 1 – zadanie nie powiodło się, 2 – błędne argumenty.
</translation>
    </message>
    <message>
        <source>unknown command “%1” (run &apos;shopscope-cli --help&apos; for the list)</source>
        <translation>nieznane polecenie „%1” (uruchom &apos;shopscope-cli --help&apos;, aby zobaczyć listę)</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <source>%1: %2 (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation>%1: %2 (zobacz &apos;shopscope-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see &apos;shopscope-cli %1 --help&apos;)</source>
        <translation>%1: brak argumentu FILE (zobacz &apos;shopscope-cli %1 --help&apos;)</translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation>%1: oczekiwano jednego argumentu FILE, liczba argumentów: %2</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>“%1” needs at least one condition.</source>
        <translation>„%1” wymaga co najmniej jednego warunku.</translation>
    </message>
    <message>
        <source>Unknown comparison “%1” (use eq, ne, any_of, lt, le, gt or ge).</source>
        <translation>Nieznane porównanie „%1” (użyj eq, ne, any_of, lt, le, gt lub ge).</translation>
    </message>
    <message>
        <source>“any_of” needs a non-empty “values” list.</source>
        <translation>„any_of” wymaga niepustej listy „values”.</translation>
    </message>
    <message>
        <source>The comparison “%1” needs a “value”.</source>
        <translation>Porównanie „%1” wymaga pola „value”.</translation>
    </message>
    <message>
        <source>The comparison “%1” needs a number as its value.</source>
        <translation>Porównanie „%1” wymaga liczby jako wartości.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo programme (the bank Nordbank, twelve monthly waves around today) to a new project file.</source>
        <translation>Zapisz program demonstracyjny (bank Nordbank, dwanaście comiesięcznych fal wokół dzisiejszej daty) do nowego pliku projektu.</translation>
    </message>
    <message>
        <source>The project file to write.</source>
        <translation>Plik projektu do zapisania.</translation>
    </message>
    <message>
        <source>small (about 100 locations, 1,500 visits, 400 shoppers) or large (about 1,500 locations, 200,000 visits, 60,000 shoppers). Default: small.</source>
        <translation>small (ok. 100 placówek, 1500 wizyt, 400 audytorów) lub large (ok. 1500 placówek, 200 000 wizyt, 60 000 audytorów). Domyślnie: small.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Random seed; the same seed and date give the same programme.</source>
        <translation>Ziarno losowe; to samo ziarno i ta sama data dają ten sam program.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD); waves are placed around it.</source>
        <translation>Przyjmij, że dzisiaj jest DATE (YYYY-MM-DD); fale są rozmieszczane wokół tej daty.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Replace FILE if it exists (only once the new one is complete).</source>
        <translation>Zastąp FILE, jeśli istnieje (dopiero gdy nowy plik będzie kompletny).</translation>
    </message>
    <message>
        <source>Show progress on stderr.</source>
        <translation>Pokazuj postęp na stderr.</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Wypisz zapisane dane w formacie JSON.</translation>
    </message>
    <message>
        <source>demo: unknown preset “%1” (use small or large)</source>
        <translation>demo: nieznany wariant „%1” (użyj small lub large)</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number from 0 to 18446744073709551615, not “%1”</source>
        <translation>demo: --seed musi być liczbą całkowitą od 0 do 18446744073709551615, a nie „%1”</translation>
    </message>
    <message>
        <source>demo: --today must be a date like 2026-11-22, not “%1”</source>
        <translation>demo: --today musi być datą w rodzaju 2026-11-22, a nie „%1”</translation>
    </message>
    <message>
        <source>Wrote %1: %2 locations, %3 shoppers, %4 visits, %5 reports, %6 answers (%7 rows in %8 s)</source>
        <translation>Zapisano %1: placówki: %2, audytorzy: %3, wizyty: %4, raporty: %5, odpowiedzi: %6 (wiersze: %7, czas: %8 s)</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it explicitly.</source>
        <translation>„%1” już istnieje; wybierz inną nazwę lub jawnie wskaż, że plik ma zostać zastąpiony.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for “today”.</source>
        <translation>Demonstracja wymaga prawidłowej daty „dzisiaj”.</translation>
    </message>
    <message>
        <source>The demo material is broken: %1</source>
        <translation>Materiał demonstracyjny jest uszkodzony: %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation>Nie można zapisywać w folderze „%1”.</translation>
    </message>
    <message>
        <source>Could not write “%1”: the disk is full.</source>
        <translation>Nie można zapisać „%1”: dysk jest pełny.</translation>
    </message>
    <message>
        <source>Could not write the demo programme “%1”: %2.</source>
        <translation>Nie można zapisać programu demonstracyjnego „%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>Nie można utworzyć „%1”: %2.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show what a project file holds: the programme and counts of everything in it.</source>
        <translation>Pokaż zawartość pliku projektu: program i liczbę wszystkich jego elementów.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik w formacie JSON.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>File:        %1
</source>
        <translation>Plik:        %1
</translation>
    </message>
    <message>
        <source>Client:      %1
</source>
        <translation>Klient:      %1
</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nie ustawiono)</translation>
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
        <translation>Języki:      %1
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
        <translation>Rozmiar:     %1
</translation>
    </message>
    <message>
        <source>Contents:
</source>
        <translation>Zawartość:
</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>kwestionariusze</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>pytania</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>placówki</translation>
    </message>
    <message>
        <source>competitor locations</source>
        <translation>placówki konkurencji</translation>
    </message>
    <message>
        <source>scenarios</source>
        <translation>scenariusze</translation>
    </message>
    <message>
        <source>waves</source>
        <translation>fale</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>wizyty</translation>
    </message>
    <message>
        <source>shoppers</source>
        <translation>audytorzy</translation>
    </message>
    <message>
        <source>active shoppers</source>
        <translation>aktywni audytorzy</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>raporty</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>odpowiedzi</translation>
    </message>
    <message>
        <source>QC decisions</source>
        <translation>decyzje QC</translation>
    </message>
    <message>
        <source>Visits by status:
</source>
        <translation>Wizyty według statusu:
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopScope programmes (*.shopscope);;All files (*)</source>
        <translation>Programy ShopScope (*.shopscope);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>&amp;Nowy program…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio otwie&amp;rane</translation>
    </message>
    <message>
        <source>Create &amp;Demo Programme…</source>
        <translation>Utwórz program &amp;demonstracyjny…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Zapisz &amp;kopię…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About ShopScope</source>
        <translation>&amp;O programie ShopScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kwestionariusz</translation>
    </message>
    <message>
        <source>The evaluation form: sections and questions with their scoring.</source>
        <translation>Formularz oceny: sekcje i pytania wraz z punktacją.</translation>
    </message>
    <message>
        <source>Locations &amp; scenarios</source>
        <translation>Placówki i scenariusze</translation>
    </message>
    <message>
        <source>The units evaluated and the scripts shoppers play.</source>
        <translation>Oceniane jednostki i scenariusze odgrywane przez audytorów.</translation>
    </message>
    <message>
        <source>Waves &amp; sample</source>
        <translation>Fale i próba</translation>
    </message>
    <message>
        <source>Fieldwork periods and the planned visits of each.</source>
        <translation>Okresy realizacji badania i zaplanowane w nich wizyty.</translation>
    </message>
    <message>
        <source>Shoppers &amp; assignment</source>
        <translation>Audytorzy i przydziały</translation>
    </message>
    <message>
        <source>The shopper panel and who carries out which visit.</source>
        <translation>Panel audytorów i informacja, kto realizuje którą wizytę.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Reports that came back from the field and their review status.</source>
        <translation>Raporty, które wróciły z terenu, i status ich weryfikacji.</translation>
    </message>
    <message>
        <source>Charts &amp; reports</source>
        <translation>Wykresy i raporty</translation>
    </message>
    <message>
        <source>Fieldwork and results wave by wave.</source>
        <translation>Realizacja badania i wyniki fala po fali.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Otworzyć tylko do odczytu?</translation>
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation>Czy zamiast tego otworzyć go tylko do odczytu?</translation>
    </message>
    <message>
        <source>Cannot open the programme</source>
        <translation>Nie można otworzyć programu</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponów: %1</translation>
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation>Otwarto %1 tylko do odczytu</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Otwarto %1</translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>%1 (read-only) — ShopScope</source>
        <translation>%1 (tylko do odczytu) — ShopScope</translation>
    </message>
    <message>
        <source>%1 — ShopScope</source>
        <translation>%1 — ShopScope</translation>
    </message>
    <message>
        <source>New Programme</source>
        <translation>Nowy program</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name; ShopScope does not overwrite programmes.</source>
        <translation>„%1” już istnieje. Wybierz nową nazwę; ShopScope nie nadpisuje programów.</translation>
    </message>
    <message>
        <source>Cannot create the programme</source>
        <translation>Nie można utworzyć programu</translation>
    </message>
    <message>
        <source>Open Programme</source>
        <translation>Otwórz program</translation>
    </message>
    <message>
        <source>Create Demo Programme</source>
        <translation>Utwórz program demonstracyjny</translation>
    </message>
    <message>
        <source>Choose another file than the open programme.</source>
        <translation>Wybierz inny plik niż otwarty program.</translation>
    </message>
    <message>
        <source>Writing the demo programme…</source>
        <translation>Zapisywanie programu demonstracyjnego…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cannot create the demo programme</source>
        <translation>Nie można utworzyć programu demonstracyjnego</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-kopia</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Nie zapisano kopii</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Zapisano kopię jako %1</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Cofnięcie nie powiodło się</translation>
    </message>
    <message>
        <source>Redo failed</source>
        <translation>Ponowienie nie powiodło się</translation>
    </message>
    <message>
        <source>About ShopScope</source>
        <translation>O programie ShopScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Mystery-shopping programmes for agencies: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Programy badań typu tajemniczy klient dla agencji: kwestionariusze, fale i próby, przydział audytorów, kontrola jakości, wyniki i wykresy gotowe dla klienta.&lt;/p&gt;&lt;p&gt;Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub nowszej.&lt;/p&gt;&lt;p&gt;Zbudowano przy użyciu Qt %2 i SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language takes effect when ShopScope starts next.</source>
        <translation>Nowy język zacznie obowiązywać przy następnym uruchomieniu ShopScope.</translation>
    </message>
    <message>
        <source>No recent programmes</source>
        <translation>Brak ostatnio otwieranych programów</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Wyczyść listę</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create a new, empty ShopScope project file.</source>
        <translation>Utwórz nowy, pusty plik projektu ShopScope.</translation>
    </message>
    <message>
        <source>The project file to create (e.g. client.shopscope).</source>
        <translation>Plik projektu do utworzenia (np. klient.shopscope).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik w formacie JSON.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Utworzono %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeField</name>
    <message>
        <source>Change %1</source>
        <translation>Zmiana pola „%1”</translation>
    </message>
    <message>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>nazwa programu</translation>
    </message>
    <message>
        <source>target score</source>
        <translation>wynik docelowy</translation>
    </message>
    <message>
        <source>small-base threshold</source>
        <translation>próg małej bazy</translation>
    </message>
    <message>
        <source>shopper lockout</source>
        <translation>karencja audytora</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>imiona i nazwiska personelu</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>język raportów</translation>
    </message>
    <message>
        <source>The %1 is longer than 200 characters.</source>
        <translation>Pole „%1” jest dłuższe niż 200 znaków.</translation>
    </message>
    <message>
        <source>The target score must be between 0 and 100 %.</source>
        <translation>Wynik docelowy musi mieścić się w przedziale od 0 do 100 %.</translation>
    </message>
    <message>
        <source>The small-base threshold must be a whole number of visits from 1 to 1000.</source>
        <translation>Próg małej bazy musi być całkowitą liczbą wizyt od 1 do 1000.</translation>
    </message>
    <message>
        <source>The shopper lockout must be a whole number of days from 0 to 3650.</source>
        <translation>Karencja audytora musi być całkowitą liczbą dni od 0 do 3650.</translation>
    </message>
    <message>
        <source>Choose one of the programme&apos;s languages as the report language.</source>
        <translation>Wybierz jeden z języków programu jako język raportów.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Reports may name the staff member who served the shopper</source>
        <translation>Raporty mogą podawać imię i nazwisko pracownika, który obsługiwał audytora</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> wizyt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation>&amp;Nazwa programu:</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>&amp;Wynik docelowy:</translation>
    </message>
    <message>
        <source>&amp;Small base below:</source>
        <translation>&amp;Mała baza poniżej:</translation>
    </message>
    <message>
        <source>Shopper &amp;lockout:</source>
        <translation>Karen&amp;cja audytora:</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>&amp;Język raportów:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Języki:</translation>
    </message>
    <message>
        <source>What this file holds</source>
        <translation>Zawartość pliku</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Nie zapisano zmiany</translation>
    </message>
    <message>
        <source>This file&apos;s programme settings cannot be read: %1</source>
        <translation>Nie można odczytać ustawień programu z tego pliku: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (język źródłowy: %2)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>The counts could not be read.</source>
        <translation>Nie można odczytać liczebności.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Placówki</translation>
    </message>
    <message>
        <source>Competitor locations</source>
        <translation>Placówki konkurencji</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Fale</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>Audytorzy</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>This programme is empty. Start with the questionnaire, the locations and the waves in the navigator on the left.</source>
        <translation>Ten program jest pusty. Zacznij od kwestionariusza, placówek i fal w panelu nawigacji po lewej.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
        <translation>Plik „%1” jest już otwarty w programie %2 (proces %3 na komputerze %4). Najpierw go tam zamknij lub otwórz go tylko do odczytu.</translation>
    </message>
    <message>
        <source>ShopScope</source>
        <translation>ShopScope</translation>
    </message>
    <message>
        <source>Cannot edit “%1”: the folder “%2” is not writable. Open it read-only, or copy it to a folder where you can write.</source>
        <translation>Nie można edytować pliku „%1”: folder „%2” jest niedostępny do zapisu. Otwórz plik tylko do odczytu lub skopiuj go do folderu z prawem zapisu.</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation>Nie można utworzyć pliku blokady „%1”.</translation>
    </message>
    <message>
        <source>“%1” already exists; ShopScope does not overwrite it.</source>
        <translation>Plik „%1” już istnieje; ShopScope go nie nadpisuje.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Folder „%1” nie istnieje.</translation>
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation>Nie można utworzyć „%1”.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Open it read-only to look at it, or copy it to a file you can write.</source>
        <translation>Plik „%1” jest tylko do odczytu. Otwórz go w trybie tylko do odczytu, aby go przejrzeć, lub skopiuj go do pliku z prawem zapisu.</translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project.</source>
        <translation>„%1” nie jest projektem ShopScope.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2).</source>
        <translation>Plik „%1” został zapisany przez nowszą wersję ShopScope (format pliku %2).</translation>
    </message>
    <message>
        <source>“%1” uses the older file format %2 and must be opened for editing once to be brought up to date.</source>
        <translation>Plik „%1” używa starszego formatu pliku %2 i trzeba go raz otworzyć do edycji, aby go zaktualizować.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>Plik „%1” jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>The change was not saved to “%1”: %2.</source>
        <translation>Nie zapisano zmiany w pliku „%1”: %2.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation>Kopia nie może zastąpić samego otwartego pliku.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2.</source>
        <translation>Nie można zapisać kopii „%1”: %2.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>Nie można zastąpić „%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Nie można zapisać „%1”.</translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation>brak wiersza ustawień programu lub wiersz jest zdublowany</translation>
    </message>
    <message>
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation>raporty należące do wizyt, które nie zostały zrealizowane: %n</translation>
    </message>
    <message>
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>wizyty przesłane, zatwierdzone lub odrzucone, ale bez raportu: %n</translation>
    </message>
    <message>
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>odpowiedzi na pytanie z innej wersji kwestionariusza: %n</translation>
    </message>
    <message>
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>odpowiedzi z wybraną opcją dla pytania bez opcji: %n</translation>
    </message>
    <message>
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>wybory wielokrotne przypisane do pytania, które nie jest pytaniem wielokrotnego wyboru: %n</translation>
    </message>
    <message>
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>wersje kwestionariusza z raportami, które nie zostały zamrożone: %n</translation>
    </message>
    <message>
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>ważone wersje kwestionariusza, w których wagi sekcji nie sumują się do 100: %n</translation>
    </message>
    <message>
        <source>%n visit(s) are planned outside their wave&apos;s dates</source>
        <translation>wizyty zaplanowane poza terminami swojej fali: %n</translation>
    </message>
    <message>
        <source>%n visit(s) play a scenario of another channel than their location&apos;s</source>
        <translation>wizyty ze scenariuszem innego kanału niż kanał placówki: %n</translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation>SQLite nie może sprawdzić pliku: %1</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>plik jest uszkodzony: %1</translation>
    </message>
    <message>
        <source>the file is not marked as a ShopScope project</source>
        <translation>plik nie jest oznaczony jako projekt ShopScope</translation>
    </message>
    <message>
        <source>the file format is %1, this ShopScope writes %2</source>
        <translation>format pliku to %1, ta wersja ShopScope zapisuje %2</translation>
    </message>
    <message>
        <source>missing or altered: %1</source>
        <translation>brakujące lub zmienione: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>nieoczekiwane: %1</translation>
    </message>
    <message>
        <source>the schema differs from ShopScope&apos;s: %1</source>
        <translation>schemat różni się od schematu ShopScope: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of table %1 point to rows that do not exist</source>
        <translation>
            <numerusform>%n wiersz tabeli %1 wskazuje na nieistniejące wiersze</numerusform>
            <numerusform>%n wiersze tabeli %1 wskazują na nieistniejące wiersze</numerusform>
            <numerusform>%n wierszy tabeli %1 wskazuje na nieistniejące wiersze</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule could not be checked: %1</source>
        <translation>nie można było sprawdzić reguły: %1</translation>
    </message>
</context>
<context>
    <name>ProjectError</name>
    <message>
        <source>Below standard</source>
        <translation>Poniżej standardu</translation>
    </message>
    <message>
        <source>Close to standard</source>
        <translation>Blisko standardu</translation>
    </message>
    <message>
        <source>On standard</source>
        <translation>Zgodnie ze standardem</translation>
    </message>
    <message>
        <source>Could not write the new programme&apos;s settings: %1.</source>
        <translation>Nie można zapisać ustawień nowego programu: %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2.</source>
        <translation>Nie można zapisywać w folderze „%1”: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Nie można otworzyć „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Restore it from a copy.</source>
        <translation>Nie można odczytać „%1”: %2. Przywróć plik z kopii.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: this SQLite build cannot enforce foreign keys.</source>
        <translation>Nie można otworzyć „%1”: ta wersja SQLite nie obsługuje wymuszania kluczy obcych.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Plik „%1” nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a ShopScope project.</source>
        <translation>„%1” jest folderem, a nie projektem ShopScope.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Nie można odczytać „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a ShopScope project.</source>
        <translation>Plik „%1” jest pusty: nie jest projektem ShopScope.</translation>
    </message>
    <message>
        <source>“%1” is not a ShopScope project: it is not an SQLite database file.</source>
        <translation>„%1” nie jest projektem ShopScope: nie jest plikiem bazy danych SQLite.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its SQLite header is not valid.</source>
        <translation>Plik „%1” jest uszkodzony: jego nagłówek SQLite jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %L2 bytes of the %L3 its header declares. Restore it from a copy.</source>
        <translation>Plik „%1” jest obcięty: zawiera %L2 z %L3 bajtów zadeklarowanych w nagłówku. Przywróć go z kopii.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a ShopScope project.</source>
        <translation>„%1” jest bazą danych SQLite, ale nie projektem ShopScope.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application (id 0x%2), not a ShopScope project.</source>
        <translation>„%1” jest bazą danych SQLite innej aplikacji (id 0x%2), a nie projektem ShopScope.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2; this version reads up to %3). Update ShopScope to open it.</source>
        <translation>Plik „%1” został zapisany przez nowszą wersję ShopScope (format pliku %2; ta wersja odczytuje formaty do %3). Zaktualizuj ShopScope, aby go otworzyć.</translation>
    </message>
    <message>
        <source>Cannot read the format version of “%1”.</source>
        <translation>Nie można odczytać wersji formatu pliku „%1”.</translation>
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation>klucz obcy w tabeli %1 wskazuje na nieistniejący wiersz</translation>
    </message>
    <message>
        <source>Could not bring “%1” to file format %2; the file is unchanged: %3</source>
        <translation>Nie można przekształcić „%1” do formatu pliku %2; plik pozostał niezmieniony: %3</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search %1…</source>
        <translation>Szukaj: %1…</translation>
    </message>
    <message>
        <source>Nothing here yet: this programme has no %1.</source>
        <translation>Nic tu jeszcze nie ma: w tym programie brak danych (%1).</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>Brak wyników dla „%2” (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match</source>
        <translation>
            <numerusform>%n pasujący wiersz</numerusform>
            <numerusform>%n pasujące wiersze</numerusform>
            <numerusform>%n pasujących wierszy</numerusform>
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
        <translation>Programy badań typu tajemniczy klient: kwestionariusze, fale i próby, przydział audytorów, kontrola jakości, wyniki i wykresy gotowe dla klienta.</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nowy program…</translation>
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation>&amp;Otwórz program…</translation>
    </message>
    <message>
        <source>Create a &amp;demo programme…</source>
        <translation>Utwórz program &amp;demonstracyjny…</translation>
    </message>
    <message>
        <source>Recent programmes</source>
        <translation>Ostatnio otwierane programy</translation>
    </message>
    <message>
        <source>No recent programmes yet.</source>
        <translation>Nie ma jeszcze ostatnio otwieranych programów.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ShopScope: mystery-shopping programmes.</source>
        <translation>ShopScope: programy badań typu tajemniczy klient.</translation>
    </message>
    <message>
        <source>A programme to open.</source>
        <translation>Program do otwarcia.</translation>
    </message>
</context>
</TS>
