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
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>This version has reports and is frozen. Create a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add questionnaire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the programme&apos;s languages; add it first.</source>
        <translation type="unfinished"></translation>
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
    <name>ConditionEditor</name>
    <message>
        <source>or as JSON, e.g. {&quot;all&quot;: [ … ]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a condition: %1</source>
        <translation type="unfinished"></translation>
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
    <name>DomainLabels</name>
    <message>
        <source>Yes / No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">Ocena</translation>
    </message>
    <message>
        <source>NPS 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished">Wizyta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Planowana data</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished">Przydzielone</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Zatwierdzone</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished">Odesłane</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Aktywna</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeroes section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeroes visit</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Writing a copy of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>“%1” is not a language code (use codes such as en, sv, nb, lv, pl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages must be distinct and include the source (%1) and report (%2) languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the programme&apos;s languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be removed while texts or reports use it</source>
        <translation type="unfinished"></translation>
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
        <source>The copy was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation>brak wiersza ustawień programu lub wiersz jest zdublowany</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation type="unfinished">
            <numerusform>raporty należące do wizyt, które nie zostały zrealizowane: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation type="unfinished">
            <numerusform>wizyty przesłane, zatwierdzone lub odrzucone, ale bez raportu: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation type="unfinished">
            <numerusform>odpowiedzi na pytanie z innej wersji kwestionariusza: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation type="unfinished">
            <numerusform>odpowiedzi z wybraną opcją dla pytania bez opcji: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation type="unfinished">
            <numerusform>wybory wielokrotne przypisane do pytania, które nie jest pytaniem wielokrotnego wyboru: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation type="unfinished">
            <numerusform>wersje kwestionariusza z raportami, które nie zostały zamrożone: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation type="unfinished">
            <numerusform>ważone wersje kwestionariusza, w których wagi sekcji nie sumują się do 100: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are planned outside their wave&apos;s dates</source>
        <translation type="unfinished">
            <numerusform>wizyty zaplanowane poza terminami swojej fali: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) play a scenario of another channel than their location&apos;s</source>
        <translation type="unfinished">
            <numerusform>wizyty ze scenariuszem innego kanału niż kanał placówki: %n</numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>QuestionEditor</name>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers “not applicable”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus (adds to earned only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: failing zeroes the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: failing zeroes the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Kod</translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label of the lowest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label of the highest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help for the shopper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shown when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment &amp;required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change whether %1 is mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change whether %1 offers N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change whether %1 is scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change whether %1 is a bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change whether %1 is critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the unit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the scale labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an option of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when %1 is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change when %1 needs a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the options of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished">N/D</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommand</name>
    <message>
        <source>List, export, import, validate questionnaires and score answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires of a programme.

  list FILE                               the questionnaire versions in FILE
  templates                               the ready-made templates
  export FILE [-q REF] [-o OUT] [--format json|briefing|scoring] [--language L]
                                          a version as JSON (docs/questionnaire-format.md), or
                                          the shopper briefing or scoring sheet as HTML
  import FILE (JSON | --template ID) [--dry-run]
                                          add a questionnaire (a new version if the code exists)
  validate (FILE [-q REF] | --json-file JSON)
                                          list what is wrong; exit 1 on errors
  score (FILE -q REF | --json-file JSON) --answers ANSWERS
                                          visit, section and question scores of one set of answers

REF is a questionnaire code (its latest version) or CODE:VERSION. ANSWERS is a JSON object
of answers by question code, e.g. {&quot;GRT01&quot;: &quot;yes&quot;, &quot;GRT02&quot;: &quot;na&quot;, &quot;OVR01&quot;: 4,
&quot;OFR08&quot;: [&quot;loan&quot;, &quot;card&quot;]}; &quot;-&quot; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, templates, export, import, validate or score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished">Plik projektu.</translation>
    </message>
    <message>
        <source>The questionnaire version (CODE or CODE:N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the questionnaire from a JSON file instead of a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this template (see &apos;templates&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers to score (JSON file, or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the import and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: json (default), briefing or scoring (HTML documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the language of the briefing or scoring sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished">Wypisz wynik w formacie JSON.</translation>
    </message>
    <message>
        <source>questionnaire: the ACTION is missing (list, templates, export, import, validate or score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire: unknown action “%1” (list, templates, export, import, validate or score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire list: expected one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires yet. Import one: shopscope-cli questionnaire import FILE --template bank-branch-visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1:%2  %3  (%4, %5, %n question(s), %6 reports)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid questionnaire (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire: give a FILE (with --questionnaire) or --json-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme has no questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme has %1 questionnaire versions: choose one with --questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire export: “%1” is not one of the questionnaire&apos;s languages (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire export: unknown format “%1” (use json, briefing or scoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire import: expected FILE and a JSON file, or FILE --template ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire import: %1 (see &apos;shopscope-cli questionnaire templates&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>questionnaire import: nothing imported from %1 (%n problem(s) to fix)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported (dry run: nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n question(s)) into %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation type="unfinished">%1: nie znaleziono problemów</translation>
    </message>
    <message>
        <source>questionnaire score: --answers is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answers must be one JSON object of answers by question code (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such question in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) cannot be scored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireDocuments</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire %1 · answer every question marked * · language: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ Yes ☐ No ☐ Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ Yes ☐ No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) … %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is required when %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections carry the weights below (they sum to 100); the visit score is the weighted mean of the section scores. A section with nothing applicable drops out and its weight is spread over the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections&apos; points are pooled: the visit score is points earned / points possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable answers count neither as earned nor as possible points. Bonus points add to earned only; every score is capped at 100 %. A failed critical item zeroes its section or the whole visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Kod</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Pytanie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished">Waga</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → 0, %2 → full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: zeroes the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: zeroes the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireJson</name>
    <message>
        <source>unknown key “%1” (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a condition object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type “%1” (use yes_no, rating, nps, single, multiple, number, date, time or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be none, section or visit, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections nest one level deep only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a ShopScope questionnaire (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this ShopScope reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be pooled or weighted, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Create a &amp;new version to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section or a question to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished">Kwestionariusz</translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopper briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring sheet for sign-off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question after the selected one (Insert); the arrow chooses its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up); drag to move into another section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (double-click to go there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme has no questionnaire yet. Start from one of the templates (retail, bank, restaurant, hotel, contact centre, e-mail), import one, or start from scratch with New… above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how sections are scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>frozen, %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, version %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has reports, so it is frozen: its questions keep the meaning the stored answers had. Create a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: every change is saved at once and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: this questionnaire is ready for fieldwork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished">Języki</translation>
    </message>
    <message>
        <source>The programme&apos;s languages, in order, as codes separated by commas (e.g. en, sv, nb, lv, pl). The source language (%1) stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished">Nie można odczytać „%1”: %2.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopScope questionnaires (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopScope questionnaires (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished">Nie można zapisać „%1”.</translation>
    </message>
    <message>
        <source>-scoring-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopper briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>&amp;Clear answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every answer and start the form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [no %2 text]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has no questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions in this section yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory: the shopper must answer this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished">N/D</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>%1 % — failed critical item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit score: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>this questionnaire version has reports and is frozen; create a new version to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a version: write CODE or CODE:NUMBER, e.g. NB-EVAL:2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no version %1 of questionnaire “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no questionnaire “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire version %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireTemplates</name>
    <message>
        <source>there is no template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template “%1” is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical (section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical (visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section / question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Typ</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireValidator</name>
    <message>
        <source>the questionnaire code “%1” must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source language “%1” is not among the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 has no text in the source language (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not translated to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section code is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted scoring needs a weight for every top-level section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section has no questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top-level section weights add up to %1, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire has no questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question code is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option code “%1” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multiple-choice question may have at most 64 options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 question has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating scale needs whole-number ends with min below max (e.g. 1-5, 1-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 question cannot be scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question is scored but no option earns points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scored question needs a weight above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a scored question can be critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a scored question can be a bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bonus question cannot also be critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 condition refers to the question itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which comes later in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 condition compares %2 by size, but it is not a number or scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 condition expects option “%2” of %3, which has only %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPlan</name>
    <message>
        <source>%1: %2 is not an answer to this question (it accepts %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>no weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the title of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation type="unfinished"></translation>
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
    <name>TranslationTable</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All texts are there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
