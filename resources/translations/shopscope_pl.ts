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
        <source>Questionnaire</source>
        <translation>Kwestionariusz</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Wszystkie regiony</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(brak regionu)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Własne i konkurencji</translation>
    </message>
    <message>
        <source>Own locations</source>
        <translation>Własne placówki</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Placówki konkurencji</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktywne i nieaktywne</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywna</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Wszystkie miasta</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Wszystkie fale</translation>
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign a wave's open visits to shoppers optimally, with the reasons for those left over; show or set the rules.</source>
        <translation>Optymalnie przydziel otwarte wizyty fali audytorom, z przyczynami dla tych, które zostały bez przydziału; pokaż lub ustaw reguły.</translation>
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
        <translation>Przydział audytorów do wizyt.

  FILE --wave NAME [--dry-run] [--keep-assigned] [--seed N] [--list] [--json]
  rules FILE [--set JSON | --reset] [--json]

Zaplanowane i niezablokowane wizyty fali otrzymują audytorów tak, aby przydzielić jak najwięcej wizyt,
a spośród takich przydziałów wybrać ten o najniższym łącznym koszcie (udowodnione, chyba że wynik mówi
inaczej; zobacz docs/assignment.md). Wizyty przydzielone ręcznie, zaakceptowane, zrealizowane lub zablokowane pozostają bez zmian;
wizyty przydzielone wcześniej automatycznie i jeszcze niezaakceptowane są planowane ponownie, chyba że podano
--keep-assigned. Każda wizyta bez przydziału jest wyjaśniona regułą, która wykluczyła jej ostatnich
kandydatów. --seed ustala kolejność audytorów o tym samym koszcie. Całe uruchomienie to jeden krok cofania
w oknie. rules pokazuje reguły programu; --set zmienia wskazane pola, np.
  assign rules demo.shopscope --set '{"distance":{"max_km":60},"lockout":{"days":90}}'</translation>
    </message>
    <message>
        <source>The project file (or: rules FILE).</source>
        <translation>Plik projektu (lub: rules FILE).</translation>
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation>Fala (kod lub nazwa).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show the result; write nothing.</source>
        <translation>Pokaż wynik; nic nie zapisuj.</translation>
    </message>
    <message>
        <source>Keep the visits assigned automatically earlier as they are.</source>
        <translation>Pozostaw bez zmian wizyty przydzielone wcześniej automatycznie.</translation>
    </message>
    <message>
        <source>The order of shoppers who cost the same (default 1).</source>
        <translation>Kolejność audytorów o tym samym koszcie (domyślnie 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>List every assignment with its cost.</source>
        <translation>Wypisz każdy przydział z jego kosztem.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Wynik do przetwarzania maszynowego.</translation>
    </message>
    <message>
        <source>rules: change the fields of this JSON document.</source>
        <translation>rules: zmień pola podane w tym dokumencie JSON.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>rules: back to the defaults.</source>
        <translation>rules: przywróć wartości domyślne.</translation>
    </message>
    <message>
        <source>assign: expected FILE --wave NAME or rules FILE (see 'shopscope-cli assign --help')</source>
        <translation>assign: oczekiwano FILE --wave NAME lub rules FILE (zobacz 'shopscope-cli assign --help')</translation>
    </message>
    <message>
        <source>assign rules: give --set or --reset, not both</source>
        <translation>assign rules: podaj --set lub --reset, nie oba naraz</translation>
    </message>
    <message>
        <source>assign rules: --set is not a JSON object: %1</source>
        <translation>assign rules: --set nie jest obiektem JSON: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>to nie jest obiekt</translation>
    </message>
    <message>
        <source>assign rules: %1</source>
        <translation>assign rules: %1</translation>
    </message>
    <message>
        <source>assign rules: nothing written: %1</source>
        <translation>assign rules: nic nie zapisano: %1</translation>
    </message>
    <message>
        <source>Rules from: %1</source>
        <translation>Źródło reguł: %1</translation>
    </message>
    <message numerus="yes">
        <source>Lockout: %n day(s), the programme's setting</source>
        <translation>
            <numerusform>Karencja audytora: %n dzień, ustawienie programu</numerusform>
            <numerusform>Karencja audytora: %n dni, ustawienie programu</numerusform>
            <numerusform>Karencja audytora: %n dni, ustawienie programu</numerusform>
        </translation>
    </message>
    <message>
        <source>assign: give the wave with --wave NAME</source>
        <translation>assign: podaj falę za pomocą --wave NAME</translation>
    </message>
    <message>
        <source>assign: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation>assign: --seed musi być liczbą całkowitą równą 0 lub większą, a nie „%1”</translation>
    </message>
    <message>
        <source>assign: --set and --reset belong to 'assign rules FILE'</source>
        <translation>assign: --set i --reset należą do 'assign rules FILE'</translation>
    </message>
    <message>
        <source>assign: %1</source>
        <translation>assign: %1</translation>
    </message>
    <message>
        <source>assign: nothing written: %1</source>
        <translation>assign: nic nie zapisano: %1</translation>
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):</source>
        <translation>Próba dla fali %1 (nic nie zapisano):</translation>
    </message>
    <message>
        <source>Assigned wave %1:</source>
        <translation>Przydzielono falę %1:</translation>
    </message>
    <message>
        <source>Wave %1: nothing to change.</source>
        <translation>Fala %1: nic do zmiany.</translation>
    </message>
    <message>
        <source>  %1 open visits</source>
        <translation>  otwarte wizyty: %1</translation>
    </message>
    <message>
        <source>  %1 assigned, %2 unassigned</source>
        <translation>  przydzielone: %1, nieprzydzielone: %2</translation>
    </message>
    <message>
        <source>  total cost %1 points</source>
        <translation>  łączny koszt: %1 pkt</translation>
    </message>
    <message>
        <source>(optimal, proven)</source>
        <translation>(optymalnie, udowodnione)</translation>
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many)</source>
        <translation>(najlepszy znaleziony; żaden przydział nie zapewni audytora więcej niż %1 wizytom ani nie będzie kosztował mniej niż %2 przy tej samej liczbie)</translation>
    </message>
    <message>
        <source>  %1 visits change, in %2 s</source>
        <translation>  zmienione wizyty: %1, w %2 s</translation>
    </message>
    <message>
        <source>Why visits stay unassigned:</source>
        <translation>Dlaczego wizyty pozostają bez przydziału:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Przykład</translation>
    </message>
    <message>
        <source>Assignments:</source>
        <translation>Przydziały:</translation>
    </message>
</context>
<context>
    <name>AssignmentExplainer</name>
    <message>
        <source>needed for other visits</source>
        <translation>potrzebni do innych wizyt</translation>
    </message>
    <message>
        <source>%1, %2 km away: travel %3 + fee %4 + workload %5 + rating %6 + manager %7 = %8 points.</source>
        <translation>%1, %2 km stąd: dojazd %3 + wynagrodzenie %4 + obciążenie %5 + ocena %6 + kierownik %7 = %8 pkt.</translation>
    </message>
    <message>
        <source>%1: fee %2 + workload %3 + rating %4 + manager %5 = %6 points.</source>
        <translation>%1: wynagrodzenie %2 + obciążenie %3 + ocena %4 + kierownik %5 = %6 pkt.</translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Najtańszy z %n audytora, który może ją przyjąć.</numerusform>
            <numerusform>Najtańszy z %n audytorów, którzy mogą ją przyjąć.</numerusform>
            <numerusform>Najtańszy z %n audytorów, którzy mogą ją przyjąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it: the cheaper ones are needed for other visits.</source>
        <translation>
            <numerusform>Pozycja %1 spośród %n audytora, który może ją przyjąć: tańsi są potrzebni do innych wizyt.</numerusform>
            <numerusform>Pozycja %1 spośród %n audytorów, którzy mogą ją przyjąć: tańsi są potrzebni do innych wizyt.</numerusform>
            <numerusform>Pozycja %1 spośród %n audytorów, którzy mogą ją przyjąć: tańsi są potrzebni do innych wizyt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next best: %1 at %2 points before workload.</source>
        <translation>Następny w kolejce: %1 z %2 pkt przed obciążeniem.</translation>
    </message>
    <message>
        <source>the wave's dates</source>
        <translation>w terminach fali</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) qualify, but each is needed for other visits of this wave (capacity, or the lockout within the wave).</source>
        <translation>
            <numerusform>%n audytor spełnia warunki, ale jest potrzebny do innych wizyt tej fali (limit wizyt lub karencja w obrębie fali).</numerusform>
            <numerusform>%n audytorzy spełniają warunki, ale każdy jest potrzebny do innych wizyt tej fali (limit wizyt lub karencja w obrębie fali).</numerusform>
            <numerusform>%n audytorów spełnia warunki, ale każdy jest potrzebny do innych wizyt tej fali (limit wizyt lub karencja w obrębie fali).</numerusform>
        </translation>
    </message>
    <message>
        <source>No shopper of the panel is active.</source>
        <translation>Żaden audytor z panelu nie jest aktywny.</translation>
    </message>
    <message>
        <source>No active shopper fits the profile “%1”.</source>
        <translation>Żaden aktywny audytor nie pasuje do profilu „%1”.</translation>
    </message>
    <message>
        <source>No shopper within %1 km fits the profile “%2”.</source>
        <translation>Żaden audytor w promieniu %1 km nie pasuje do profilu „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n would qualify at %1 km.</source>
        <translation>
            <numerusform>%n spełniałby warunki przy %1 km.</numerusform>
            <numerusform>%n spełnialiby warunki przy %1 km.</numerusform>
            <numerusform>%n spełniałoby warunki przy %1 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>None would within %1 km either.</source>
        <translation>Nikt nie spełniałby ich także w promieniu %1 km.</translation>
    </message>
    <message>
        <source>No shopper who fits the profile “%1” lives in %2 (without coordinates only the same city counts).</source>
        <translation>Żaden audytor pasujący do profilu „%1” nie mieszka w miejscowości %2 (bez współrzędnych liczy się tylko to samo miasto).</translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) within reach who fit the profile are unavailable on %1.</source>
        <translation>
            <numerusform>%n audytor w zasięgu, który pasuje do profilu, jest niedostępny %1.</numerusform>
            <numerusform>%n audytorzy w zasięgu, którzy pasują do profilu, są niedostępni %1.</numerusform>
            <numerusform>%n audytorów w zasięgu, którzy pasują do profilu, jest niedostępnych %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise declared a conflict of interest with %1 or its brand.</source>
        <translation>
            <numerusform>%n audytor, który poza tym spełnia warunki, zgłosił konflikt interesów z placówką %1 lub jej marką.</numerusform>
            <numerusform>%n audytorzy, którzy poza tym spełniają warunki, zgłosili konflikt interesów z placówką %1 lub jej marką.</numerusform>
            <numerusform>%n audytorów, którzy poza tym spełniają warunki, zgłosiło konflikt interesów z placówką %1 lub jej marką.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise shopped %1 too recently (the lockout).</source>
        <translation>
            <numerusform>%n audytor, który poza tym spełnia warunki, odwiedził placówkę %1 zbyt niedawno (karencja).</numerusform>
            <numerusform>%n audytorzy, którzy poza tym spełniają warunki, odwiedzili placówkę %1 zbyt niedawno (karencja).</numerusform>
            <numerusform>%n audytorów, którzy poza tym spełniają warunki, odwiedziło placówkę %1 zbyt niedawno (karencja).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise have no visits left in the wave or on %1.</source>
        <translation>
            <numerusform>%n audytor, który poza tym spełnia warunki, nie ma już wolnych wizyt w fali ani %1.</numerusform>
            <numerusform>%n audytorzy, którzy poza tym spełniają warunki, nie mają już wolnych wizyt w fali ani %1.</numerusform>
            <numerusform>%n audytorów, którzy poza tym spełniają warunki, nie ma już wolnych wizyt w fali ani %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentLoader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>There is no wave with the id %1.</source>
        <translation>Nie ma fali o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>Wave %1 is %2: its fieldwork is over and its visits are not assigned any more.</source>
        <translation>Fala %1 ma status %2: jej realizacja się zakończyła i wizyty nie są już przydzielane.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
</context>
<context>
    <name>AssignmentProposalModel</name>
    <message>
        <source>No shopper: %1</source>
        <translation>Brak audytora: %1</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>dowolny dzień</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Audytor</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Why none</source>
        <translation>Dlaczego brak</translation>
    </message>
</context>
<context>
    <name>AssignmentRule</name>
    <message>
        <source>no rule</source>
        <translation>brak reguły</translation>
    </message>
    <message>
        <source>status not active</source>
        <translation>status nieaktywny</translation>
    </message>
    <message>
        <source>profile does not fit</source>
        <translation>profil nie pasuje</translation>
    </message>
    <message>
        <source>too far away</source>
        <translation>za daleko</translation>
    </message>
    <message>
        <source>unavailable on the date</source>
        <translation>niedostępny w tym dniu</translation>
    </message>
    <message>
        <source>conflict of interest</source>
        <translation>konflikt interesów</translation>
    </message>
    <message>
        <source>lockout (shopped recently)</source>
        <translation>karencja (niedawna wizyta)</translation>
    </message>
    <message>
        <source>no capacity left</source>
        <translation>brak wolnego limitu</translation>
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation>nieznane ustawienie (znane: %1)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musi mieć wartość true lub false</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>musi być liczbą od %1 do %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most %1, or null for no limit</source>
        <translation>musi być liczbą większą od 0 i nie większą niż %1 albo null, jeśli bez limitu</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>musi być liczbą całkowitą od %1 do %2</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>musi być listą tekstów</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>nieprawidłowy JSON przy znaku %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>reguły muszą być obiektem JSON</translation>
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation>nieznany kanał „%1” (znane: %2)</translation>
    </message>
    <message>
        <source>the stored assignment rules cannot be read: %1</source>
        <translation>nie można odczytać zapisanych reguł przydziału: %1</translation>
    </message>
    <message>
        <source>the assignment rules are like that already</source>
        <translation>reguły przydziału już takie są</translation>
    </message>
    <message>
        <source>Reset the assignment rules</source>
        <translation>Przywrócenie domyślnych reguł przydziału</translation>
    </message>
    <message>
        <source>Change the assignment rules</source>
        <translation>Zmiana reguł przydziału</translation>
    </message>
</context>
<context>
    <name>AssignmentSession</name>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>in this wave</source>
        <translation>w tej fali</translation>
    </message>
    <message>
        <source>%1 already has a visit to %2 (%3) on %4, too close for the lockout.</source>
        <translation>Audytor %1 ma już wizytę w placówce %2 (%3) %4 — zbyt blisko ze względu na karencję.</translation>
    </message>
    <message>
        <source>%1 would have %2 visits in this wave; the limit is %3.</source>
        <translation>Liczba wizyt audytora %1 w tej fali wyniosłaby %2; limit wynosi %3.</translation>
    </message>
    <message>
        <source>%1 would have %2 visits on %3; the limit is %4.</source>
        <translation>Liczba wizyt audytora %1 w dniu %3 wyniosłaby %2; limit wynosi %4.</translation>
    </message>
    <message>
        <source>%1 lives %2 km away, near the %3 km limit.</source>
        <translation>Audytor %1 mieszka %2 km stąd, blisko limitu %3 km.</translation>
    </message>
    <message>
        <source>%1 is rated %2, below the %3 preferred for the demanding scenario %4.</source>
        <translation>Audytor %1 ma ocenę %2, poniżej %3 zalecanej dla wymagającego scenariusza %4.</translation>
    </message>
    <message>
        <source>%1 has no rating yet (counted as %2), below the %3 preferred for the demanding scenario %4.</source>
        <translation>Audytor %1 nie ma jeszcze oceny (liczona jako %2), poniżej %3 zalecanej dla wymagającego scenariusza %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has shopped locations of the same region manager (%2) %n time(s) lately.</source>
        <translation>
            <numerusform>Audytor %1 odwiedził ostatnio placówki tego samego kierownika regionu (%2) %n raz.</numerusform>
            <numerusform>Audytor %1 odwiedził ostatnio placówki tego samego kierownika regionu (%2) %n razy.</numerusform>
            <numerusform>Audytor %1 odwiedził ostatnio placówki tego samego kierownika regionu (%2) %n razy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n visit(s) in this wave; one more adds %2 workload points.</source>
        <translation>
            <numerusform>Audytor %1 ma już %n wizytę w tej fali; kolejna dodaje %2 pkt obciążenia.</numerusform>
            <numerusform>Audytor %1 ma już %n wizyty w tej fali; kolejna dodaje %2 pkt obciążenia.</numerusform>
            <numerusform>Audytor %1 ma już %n wizyt w tej fali; kolejna dodaje %2 pkt obciążenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) would cost less; the cheapest is %1 at %2 points against %3.</source>
        <translation>
            <numerusform>%n audytor kosztowałby mniej; najtańszy jest %1 z %2 pkt wobec %3.</numerusform>
            <numerusform>%n audytorzy kosztowaliby mniej; najtańszy jest %1 z %2 pkt wobec %3.</numerusform>
            <numerusform>%n audytorów kosztowałoby mniej; najtańszy jest %1 z %2 pkt wobec %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>wizyta %1 nie istnieje</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) may take it; the cheapest is %1 at %2 points. Auto-assign or assign it by hand.</source>
        <translation>
            <numerusform>%n audytor może ją przejąć; najtańszy jest %1 za %2 pkt. Przydziel automatycznie lub ręcznie.</numerusform>
            <numerusform>%n audytorów może ją przejąć; najtańszy jest %1 za %2 pkt. Przydziel automatycznie lub ręcznie.</numerusform>
            <numerusform>%n audytorów może ją przejąć; najtańszy jest %1 za %2 pkt. Przydziel automatycznie lub ręcznie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This assignment breaks %n rule(s) now.</source>
        <translation>
            <numerusform>To przydzielenie łamie teraz %n regułę.</numerusform>
            <numerusform>To przydzielenie łamie teraz %n reguły.</numerusform>
            <numerusform>To przydzielenie łamie teraz %n reguł.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Najtańszy z %n audytora, który może ją przyjąć.</numerusform>
            <numerusform>Najtańszy z %n audytorów, którzy mogą ją przyjąć.</numerusform>
            <numerusform>Najtańszy z %n audytorów, którzy mogą ją przyjąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Numer %1 spośród %n audytora, który może ją przejąć.</numerusform>
            <numerusform>Numer %1 spośród %n audytorów, którzy mogą ją przejąć.</numerusform>
            <numerusform>Numer %1 spośród %n audytorów, którzy mogą ją przejąć.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentSessionCache</name>
    <message>
        <source>choose a wave first</source>
        <translation>najpierw wybierz falę</translation>
    </message>
    <message>
        <source>Reading the wave's visits and the shopper panel…</source>
        <translation>Wczytywanie wizyt fali i panelu audytorów…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
</context>
<context>
    <name>AssignmentSolver</name>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>the flow solver failed</source>
        <translation>błąd algorytmu przepływu</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n visit(s) of %1 automatically</source>
        <translation>
            <numerusform>Automatyczny przydział %n wizyty fali %1</numerusform>
            <numerusform>Automatyczny przydział %n wizyt fali %1</numerusform>
            <numerusform>Automatyczny przydział %n wizyt fali %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since they were read (visit %2); run the assignment again</source>
        <translation>wizyty fali %1 zmieniły się od czasu ich odczytania (wizyta %2); uruchom przydział ponownie</translation>
    </message>
    <message>
        <source>nothing to change in wave %1</source>
        <translation>nic do zmiany w fali %1</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <source>Plan again the visits assigned automatically earlier that nobody accepted, changed or locked since</source>
        <translation>Zaplanuj ponownie wizyty przydzielone wcześniej automatycznie, których od tego czasu nikt nie przyjął, nie zmienił ani nie zablokował</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Zaproponuj</translation>
    </message>
    <message>
        <source>Auto-assign</source>
        <translation>Automatyczny przydział</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Visits assigned by hand, accepted, done or locked always keep their shopper.</source>
        <translation>Wizyty przydzielone ręcznie, przyjęte, wykonane lub zablokowane zawsze zachowują swojego audytora.</translation>
    </message>
    <message>
        <source>Why no shopper</source>
        <translation>Dlaczego brak audytora</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Na przykład</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Przyczyny</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Fala:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <source>Every wave's fieldwork is over: there is nothing to assign.</source>
        <translation>Realizacja wszystkich fal jest zakończona: nie ma czego przydzielać.</translation>
    </message>
    <message>
        <source>Propose works out the cheapest way to give as many open visits as possible a shopper under the programme's rules. Nothing is written until you choose Assign.</source>
        <translation>Zaproponuj znajduje najtańszy sposób, by jak najwięcej otwartych wizyt dostało audytora zgodnie z regułami programu. Nic nie zostanie zapisane, dopóki nie wybierzesz Przydziel.</translation>
    </message>
    <message>
        <source>Assigning the visits of %1…</source>
        <translation>Przydzielanie wizyt fali %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed or written.</source>
        <translation>Anulowano; nic nie zaproponowano ani nie zapisano.</translation>
    </message>
    <message>
        <source>No proposal: %1</source>
        <translation>Brak propozycji: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 open visits get a shopper&lt;/b&gt;; %3 stay without one.</source>
        <translation>&lt;b&gt;%1 z %2 otwartych wizyt dostaje audytora&lt;/b&gt;; %3 zostaje bez niego.</translation>
    </message>
    <message>
        <source>Total cost %1 points</source>
        <translation>Całkowity koszt %1 pkt</translation>
    </message>
    <message>
        <source>(optimal, proven).</source>
        <translation>(optymalnie, udowodnione).</translation>
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many).</source>
        <translation>(najlepsze znalezione; żaden przydział nie da audytora więcej niż %1 wizytom ani nie będzie kosztował mniej niż %2 przy tej samej liczbie).</translation>
    </message>
    <message numerus="yes">
        <source>Assign changes %Ln visit(s); it is one step you can undo.</source>
        <translation>
            <numerusform>Przydziel zmienia %Ln wizytę; to jeden krok, który można cofnąć.</numerusform>
            <numerusform>Przydziel zmienia %Ln wizyty; to jeden krok, który można cofnąć.</numerusform>
            <numerusform>Przydziel zmienia %Ln wizyt; to jeden krok, który można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has these shoppers already: nothing to change.</source>
        <translation>Plik ma już tych audytorów: nie ma czego zmieniać.</translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln visit(s)</source>
        <translation>
            <numerusform>Przydziel %Ln wizytę</numerusform>
            <numerusform>Przydziel %Ln wizyty</numerusform>
            <numerusform>Przydziel %Ln wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2 %3</source>
        <translation>&lt;b&gt;Wizyta %1&lt;/b&gt; · %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Writing the shoppers of %Ln visit(s)…</source>
        <translation>
            <numerusform>Zapisywanie audytorów %Ln wizyty…</numerusform>
            <numerusform>Zapisywanie audytorów %Ln wizyt…</numerusform>
            <numerusform>Zapisywanie audytorów %Ln wizyt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>Nic nie zapisano: %1.</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>CandidateRules</name>
    <message>
        <source>age %1–%2</source>
        <translation>wiek %1–%2</translation>
    </message>
    <message>
        <source>age %1+</source>
        <translation>wiek %1+</translation>
    </message>
    <message>
        <source>age up to %1</source>
        <translation>wiek do %1</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>zna język %1</translation>
    </message>
    <message>
        <source>any shopper</source>
        <translation>dowolny audytor</translation>
    </message>
    <message>
        <source>%1 is %2, not active.</source>
        <translation>Audytor %1 jest %2, a nie aktywny.</translation>
    </message>
    <message>
        <source>birth year unknown</source>
        <translation>nieznany rok urodzenia</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>wiek %1</translation>
    </message>
    <message>
        <source>gender unknown</source>
        <translation>nieznana płeć</translation>
    </message>
    <message>
        <source>does not speak %1</source>
        <translation>nie zna języka %1</translation>
    </message>
    <message>
        <source>not “%1”</source>
        <translation>nie „%1”</translation>
    </message>
    <message>
        <source>%1 does not fit the profile “%2”: %3.</source>
        <translation>Audytor %1 nie pasuje do profilu „%2”: %3.</translation>
    </message>
    <message>
        <source>%1 lives %2 km from %3; the limit is %4 km.</source>
        <translation>Audytor %1 mieszka %2 km od placówki %3; limit wynosi %4 km.</translation>
    </message>
    <message>
        <source>%1 lives in “%2”, not in “%3”, and without coordinates the distance is unknown.</source>
        <translation>Audytor %1 mieszka w miejscowości „%2”, a nie „%3”, a bez współrzędnych odległość jest nieznana.</translation>
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3.</source>
        <translation>Audytor %1 jest niedostępny od %2 do %3.</translation>
    </message>
    <message>
        <source>%1 is unavailable then.</source>
        <translation>Audytor %1 jest wtedy niedostępny.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2.</source>
        <translation>Audytor %1 zgłosił konflikt interesów z placówką %2.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with the brand %2.</source>
        <translation>Audytor %1 zgłosił konflikt interesów z marką %2.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest.</source>
        <translation>Audytor %1 zgłosił konflikt interesów.</translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation>w fali %1</translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n day(s)</source>
        <translation>
            <numerusform>karencja wynosi %n dzień</numerusform>
            <numerusform>karencja wynosi %n dni</numerusform>
            <numerusform>karencja wynosi %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s)</source>
        <translation>
            <numerusform>%n fala</numerusform>
            <numerusform>%n fale</numerusform>
            <numerusform>%n fal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n wave(s)</source>
        <translation>
            <numerusform>karencja wynosi %n falę</numerusform>
            <numerusform>karencja wynosi %n fale</numerusform>
            <numerusform>karencja wynosi %n fal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shopped %2 (%3) on %4; %5.</source>
        <translation>Audytor %1 odwiedził placówkę %2 (%3) %4; %5.</translation>
    </message>
    <message>
        <source>%1 shopped this location too recently.</source>
        <translation>Audytor %1 odwiedził tę placówkę zbyt niedawno.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed in this wave.</source>
        <translation>
            <numerusform>Audytor %1 ma już %2 z %n dozwolonej wizyty w tej fali.</numerusform>
            <numerusform>Audytor %1 ma już %2 z %n dozwolonych wizyt w tej fali.</numerusform>
            <numerusform>Audytor %1 ma już %2 z %n dozwolonych wizyt w tej fali.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed on %3.</source>
        <translation>
            <numerusform>Audytor %1 ma już %2 z %n dozwolonej wizyty w dniu %3.</numerusform>
            <numerusform>Audytor %1 ma już %2 z %n dozwolonych wizyt w dniu %3.</numerusform>
            <numerusform>Audytor %1 ma już %2 z %n dozwolonych wizyt w dniu %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>there are no approved reports yet: charts show approved results</source>
        <translation>nie ma jeszcze zatwierdzonych raportów: wykresy pokazują zatwierdzone wyniki</translation>
    </message>
    <message>
        <source>there is no wave “%1”</source>
        <translation>nie ma fali „%1”</translation>
    </message>
    <message>
        <source>a score by place is per region, area, location, channel, scenario, brand or staff, not per %1</source>
        <translation>wynik według miejsca dzieli się według regionu, obszaru, placówki, kanału, scenariusza, marki lub personelu, a nie według %1</translation>
    </message>
    <message>
        <source>a trend is of the whole programme or per region, channel, scenario or another place, not per %1</source>
        <translation>trend obejmuje cały program albo jest według regionu, kanału, scenariusza lub innego miejsca, a nie według %1</translation>
    </message>
    <message>
        <source>a heat map is per region, area, location or another place, not per %1</source>
        <translation>mapa cieplna jest według regionu, obszaru, placówki lub innego miejsca, a nie według %1</translation>
    </message>
    <message>
        <source>a distribution is of the whole wave or per region or another place, not per %1</source>
        <translation>rozkład obejmuje całą falę albo jest według regionu lub innego miejsca, a nie według %1</translation>
    </message>
    <message>
        <source>the questionnaire has no NPS question</source>
        <translation>kwestionariusz nie zawiera pytania NPS</translation>
    </message>
    <message>
        <source>%1 is not an NPS question</source>
        <translation>%1 nie jest pytaniem NPS</translation>
    </message>
    <message>
        <source>%1 is not an NPS, rating or number question: a driver analysis needs an outcome on a scale</source>
        <translation>%1 nie jest pytaniem NPS, pytaniem z oceną ani pytaniem liczbowym: analiza czynników wymaga zmiennej wynikowej na skali</translation>
    </message>
    <message>
        <source>the questionnaire has no NPS or rating question to explain</source>
        <translation>kwestionariusz nie zawiera pytania NPS ani pytania z oceną do wyjaśnienia</translation>
    </message>
    <message>
        <source>the questionnaire has no rating question</source>
        <translation>kwestionariusz nie ma pytania ze skalą ocen</translation>
    </message>
    <message>
        <source>a question filter goes with the compliance chart only</source>
        <translation>filtr pytania dotyczy tylko wykresu zgodności</translation>
    </message>
    <message>
        <source>a section filter goes with the sections, compliance and heat map charts only</source>
        <translation>filtr sekcji dotyczy tylko wykresów sekcji, zgodności i mapy cieplnej</translation>
    </message>
    <message>
        <source>the dashboard is of whole visits: a section or question filter does not go with it</source>
        <translation>pulpit dotyczy całych wizyt: filtr sekcji ani pytania do niego nie pasuje</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>No approved results match this choice.</source>
        <translation>Żadne zatwierdzone wyniki nie pasują do tego wyboru.</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a standard chart as PNG, SVG or PDF (or its data as CSV or XLSX)</source>
        <translation>Narysuj standardowy wykres jako PNG, SVG lub PDF (albo jego dane jako CSV lub XLSX)</translation>
    </message>
    <message>
        <source>The data behind a standard chart as CSV, XLSX or JSON</source>
        <translation>Dane standardowego wykresu jako CSV, XLSX lub JSON</translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation>Wykres: %1.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>The wave (code or name); default: the newest with approved reports.</source>
        <translation>Fala (kod lub nazwa); domyślnie: najnowsza z zatwierdzonymi raportami.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only reports with this value, e.g. region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (repeatable).</source>
        <translation>Tylko raporty o tej wartości, np. region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (można powtarzać).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSION=VALUE</translation>
    </message>
    <message>
        <source>What bars, lines, rows or boxes are per: region, area, location, channel, scenario, brand or staff (by-location, heatmap: region by default; trend, distribution: none).</source>
        <translation>Według czego dzielone są słupki, linie, wiersze lub pudełka: region, area, location, channel, scenario, brand lub staff (by-location, heatmap: domyślnie region; trend, distribution: none).</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>DIMENSION</translation>
    </message>
    <message>
        <source>drivers, nps: the question code of the outcome (default: the first NPS question).</source>
        <translation>drivers, nps: kod pytania ze zmienną wynikową (domyślnie: pierwsze pytanie NPS).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation>Licz przesłane raporty oprócz zatwierdzonych.</translation>
    </message>
    <message>
        <source>90, 95 (default) or 99 % for margins and significance.</source>
        <translation>90, 95 (domyślnie) lub 99 % dla marginesów i istotności.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>--view is needed: %1</source>
        <translation>wymagane jest --view: %1</translation>
    </message>
    <message>
        <source>--view must be one of %1, not “%2”</source>
        <translation>--view musi mieć jedną z wartości %1, a nie „%2”</translation>
    </message>
    <message>
        <source>--filter must look like region=Vidzeme (any dimension but wave: use --wave), not “%1”</source>
        <translation>--filter musi wyglądać jak region=Vidzeme (dowolny wymiar oprócz wave: użyj --wave), a nie „%1”</translation>
    </message>
    <message>
        <source>--per must be region, area, location, channel, scenario, brand, staff or none, not “%1”</source>
        <translation>--per musi mieć wartość region, area, location, channel, scenario, brand, staff lub none, a nie „%1”</translation>
    </message>
    <message>
        <source>--confidence must be 90, 95 or 99, not “%1”</source>
        <translation>--confidence musi wynosić 90, 95 lub 99, a nie „%1”</translation>
    </message>
    <message>
        <source>Draws one of the standard charts (docs/charts.md) offscreen, exactly as the window shows it, in the programme's colours and report language.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG is --width x --height pixels (default 1600 x 1000) at --dpi (default 160; 300 for print); SVG and PDF have the same proportions. A .csv or .xlsx --out writes the data behind the chart.
Example:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</source>
        <translation>Rysuje jeden ze standardowych wykresów (docs/charts.md) poza ekranem, dokładnie tak, jak pokazuje go okno, w kolorach programu i w języku raportów.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG ma --width x --height pikseli (domyślnie 1600 x 1000) przy --dpi (domyślnie 160; 300 do druku); SVG i PDF mają te same proporcje. Plik .csv lub .xlsx jako --out zapisuje dane wykresu.
Przykład:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</translation>
    </message>
    <message>
        <source>The programme file.</source>
        <translation>Plik programu.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg, .pdf, .csv or .xlsx.</source>
        <translation>Plik do zapisania: .png, .svg, .pdf, .csv lub .xlsx.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Width in pixels (PNG; default 1600).</source>
        <translation>Szerokość w pikselach (PNG; domyślnie 1600).</translation>
    </message>
    <message>
        <source>PIXELS</source>
        <translation>PIXELS</translation>
    </message>
    <message>
        <source>Height in pixels (PNG; default 1000).</source>
        <translation>Wysokość w pikselach (PNG; domyślnie 1000).</translation>
    </message>
    <message>
        <source>Resolution (default 160; 300 for print).</source>
        <translation>Rozdzielczość (domyślnie 160; 300 do druku).</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Print what was written and the chart's data as JSON.</source>
        <translation>Wypisz zapisane pliki i dane wykresu w formacie JSON.</translation>
    </message>
    <message>
        <source>The data behind a standard chart: every category and series with its value, base (n), margin of error, change since the previous wave and small-base flag.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Without --out the data is printed (CSV, or JSON with --format json).</source>
        <translation>Dane standardowego wykresu: każda kategoria i seria z wartością, liczebnością (n), marginesem błędu, zmianą od poprzedniej fali i flagą małej liczebności.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Bez --out dane są wypisywane (CSV lub JSON z --format json).</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>Plik do zapisania: .csv lub .xlsx.</translation>
    </message>
    <message>
        <source>Printed format: csv (default) or json.</source>
        <translation>Format wypisywania: csv (domyślnie) lub json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>To samo co --format json.</translation>
    </message>
    <message>
        <source>chart: --out PATH is needed (.png, .svg, .pdf, .csv or .xlsx)</source>
        <translation>chart: wymagane jest --out PATH (.png, .svg, .pdf, .csv lub .xlsx)</translation>
    </message>
    <message>
        <source>chart: --out must end in .png, .svg, .pdf, .csv or .xlsx, not “%1”</source>
        <translation>chart: --out musi kończyć się na .png, .svg, .pdf, .csv lub .xlsx, a nie „%1”</translation>
    </message>
    <message>
        <source>export-data: --out must end in .csv or .xlsx, not “%1”</source>
        <translation>export-data: --out musi kończyć się na .csv lub .xlsx, a nie „%1”</translation>
    </message>
    <message>
        <source>export-data: --format must be csv or json, not “%1”</source>
        <translation>export-data: --format musi mieć wartość csv lub json, a nie „%1”</translation>
    </message>
    <message>
        <source>%1 written: %2</source>
        <translation>Zapisano %1: %2</translation>
    </message>
    <message>
        <source>chart: --dpi must be a whole number from 30 to 1200, not “%1”</source>
        <translation>chart: --dpi musi być liczbą całkowitą od 30 do 1200, a nie „%1”</translation>
    </message>
    <message>
        <source>chart: --%1 must be a whole number of pixels from 50 to 20000, not “%2”</source>
        <translation>chart: --%1 musi być całkowitą liczbą pikseli od 50 do 20000, a nie „%2”</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>Screen (1600 × 1000)</source>
        <translation>Ekran (1600 × 1000)</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation>Slajd 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>Print, 28 × 18 cm at 300 dpi</source>
        <translation>Druk, 28 × 18 cm przy 300 dpi</translation>
    </message>
    <message>
        <source>Print, A4 landscape at 300 dpi</source>
        <translation>Druk, A4 poziomo przy 300 dpi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
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
        <translation>&amp;Ustawienie wstępne:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Szerokość:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Wysokość:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rozdzielczość:</translation>
    </message>
    <message>
        <source>%1 × %2 cm when printed</source>
        <translation>%1 × %2 cm po wydrukowaniu</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: the size must be 50–20000 pixels a side and the resolution 30–1200 dpi</source>
        <translation>%1: rozmiar musi wynosić 50–20000 pikseli na bok, a rozdzielczość 30–1200 dpi</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: nie można zapisać (%2)</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: nie udało się zapisać obrazu</translation>
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: wybierz .png, .svg, .pdf, .csv lub .xlsx</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Median %1, quartiles %2–%3, range %4–%5</source>
        <translation>Mediana %1, kwartyle %2–%3, zakres %4–%5</translation>
    </message>
    <message>
        <source>Importance %1 %, performance %2 % yes</source>
        <translation>Ważność %1 %, wykonanie %2 % tak</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (od %1 do %2)</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Brak wyniku</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Fewer than %1 visits: read with care</source>
        <translation>Mniej niż %1 wizyt: interpretować ostrożnie</translation>
    </message>
    <message>
        <source>%1 since the previous wave, significant</source>
        <translation>%1 od poprzedniej fali, zmiana istotna</translation>
    </message>
    <message>
        <source>%1 since the previous wave, not significant</source>
        <translation>%1 od poprzedniej fali, zmiana nieistotna</translation>
    </message>
</context>
<context>
    <name>ChartPackCommand</name>
    <message>
        <source>Write a wave's chart pack: every chart as PNG and SVG, and the PDF report with a page per location</source>
        <translation>Zapisz pakiet wykresów fali: każdy wykres jako PNG i SVG oraz raport PDF ze stroną dla każdej placówki</translation>
    </message>
    <message>
        <source>Writes the chart pack of a wave (docs/charts.md) into a folder: every standard chart as PNG and SVG, and report.pdf with a title page, the dashboard, the standard charts, a page per region and a one-pager per location of the own network (score, sections against the network, trend, the shoppers' comments; shoppers are never named).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</source>
        <translation>Zapisuje pakiet wykresów fali (docs/charts.md) do folderu: każdy wykres standardowy jako PNG i SVG oraz report.pdf ze stroną tytułową, pulpitem, wykresami standardowymi, stroną dla każdego regionu i jednostronicowym podsumowaniem dla każdej placówki własnej sieci (wynik, sekcje na tle sieci, trend, komentarze audytorów; audytorzy nigdy nie są wymieniani z nazwiska).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</translation>
    </message>
    <message>
        <source>The programme file.</source>
        <translation>Plik programu.</translation>
    </message>
    <message>
        <source>The folder to write into (made when missing).</source>
        <translation>Folder docelowy (tworzony, jeśli nie istnieje).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the progress on standard error.</source>
        <translation>Wypisuj postęp na standardowe wyjście błędów (stderr).</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Wypisz zapisane dane w formacie JSON.</translation>
    </message>
    <message>
        <source>chartpack: --out DIR is needed</source>
        <translation>chartpack: wymagane jest --out DIR</translation>
    </message>
    <message>
        <source>chartpack: %1</source>
        <translation>chartpack: %1</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 pages)</source>
        <translation>%1 % (%2 z %3 stron)</translation>
    </message>
    <message>
        <source>%1: %2 pages; %3 chart files in %4 (%5 s)</source>
        <translation>%1: stron: %2; plików wykresów: %3 w %4 (%5 s)</translation>
    </message>
</context>
<context>
    <name>ChartPackWriter</name>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1: nie można utworzyć folderu</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>Pominięto %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: nie można zapisać</translation>
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>Score by place</source>
        <translation>Wynik według miejsca</translation>
    </message>
    <message>
        <source>Trend over waves</source>
        <translation>Trend w kolejnych falach</translation>
    </message>
    <message>
        <source>Section profile</source>
        <translation>Profil sekcji</translation>
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation>Zgodność według standardu</translation>
    </message>
    <message>
        <source>Heat map of sections</source>
        <translation>Mapa cieplna sekcji</translation>
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation>Rozkład wyników wizyt</translation>
    </message>
    <message>
        <source>Competitor benchmark</source>
        <translation>Porównanie z konkurentami</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Driver analysis</source>
        <translation>Analiza czynników</translation>
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation>Odpowiedzi na skalach ocen</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Eksportuj &amp;dane…</translation>
    </message>
    <message>
        <source>Chart &amp;pack…</source>
        <translation>&amp;Pakiet wykresów…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Wstecz</translation>
    </message>
    <message>
        <source>Back to the previous level (Alt+Left)</source>
        <translation>Wróć do poprzedniego poziomu (Alt+Strzałka w lewo)</translation>
    </message>
    <message>
        <source>Copy the chart as an image (Ctrl+Shift+C)</source>
        <translation>Kopiuj wykres jako obraz (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX</source>
        <translation>Zapisz wykres jako PNG, SVG lub PDF albo jego dane jako CSV lub XLSX</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Wykres:</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Fala:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Grupuj według:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Obszar:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anał:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenariusz:</translation>
    </message>
    <message>
        <source>Every chart of the wave as PNG and SVG, and one PDF report with the dashboard, a page per region and a one-pager per location</source>
        <translation>Wszystkie wykresy fali jako PNG i SVG oraz jeden raport PDF z pulpitem, stroną dla każdego regionu i jednostronicowym podsumowaniem dla każdej placówki</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Wszystkie regiony</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Wszystkie obszary</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>Wszystkie scenariusze</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Własna sieć</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Własne i konkurencji</translation>
    </message>
    <message>
        <source>Competitors only</source>
        <translation>Tylko konkurencji</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Cały program</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Drawn in %1 ms</source>
        <translation>Narysowano w %1 ms</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Audytor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Obsługa</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s): double-click one to open its report</source>
        <translation>
            <numerusform>%n wizyta: kliknij ją dwukrotnie, aby otworzyć jej raport</numerusform>
            <numerusform>%n wizyty: kliknij dwukrotnie wizytę, aby otworzyć jej raport</numerusform>
            <numerusform>%n wizyt: kliknij dwukrotnie wizytę, aby otworzyć jej raport</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv);;Data as Excel workbook (*.xlsx)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg);;Dokument PDF (*.pdf);;Dane jako CSV (*.csv);;Dane jako skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: wybierz .png, .svg, .pdf, .csv lub .xlsx</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Nie można wyeksportować wykresu</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>Wykres jest w schowku.</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Eksportuj dane wykresu</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Nie można wyeksportować danych</translation>
    </message>
    <message>
        <source>Folder for the Chart Pack</source>
        <translation>Folder na pakiet wykresów</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Wczytywanie wyników…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Chart Pack</source>
        <translation>Pakiet wykresów</translation>
    </message>
    <message>
        <source>Cannot write the chart pack</source>
        <translation>Nie można zapisać pakietu wykresów</translation>
    </message>
    <message>
        <source>The chart pack was cancelled; nothing of it is left.</source>
        <translation>Tworzenie pakietu wykresów anulowano; nic z niego nie pozostało.</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>Strona %1 z %2…</translation>
    </message>
    <message>
        <source>Chart pack written: %1 (%2 pages) and %3 chart files</source>
        <translation>Zapisano pakiet wykresów: %1 (stron: %2) i plików wykresów: %3</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik w formacie JSON.</translation>
    </message>
    <message>
        <source>Use SQLite's quicker structure check (skips index contents).</source>
        <translation>Użyj szybszego sprawdzania struktury SQLite (pomija zawartość indeksów).</translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: nie znaleziono problemów</translation>
    </message>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema, the programme's rules and the stored scores against a fresh rescoring. Exits with 1 when anything is wrong.</source>
        <translation>Sprawdź plik projektu: integralność SQLite, klucze obce, schemat, reguły programu i zapisane wyniki wobec nowego przeliczenia. Kończy się kodem 1, gdy coś jest nie tak.</translation>
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
Run 'shopscope-cli COMMAND --help' for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation>
Uruchom 'shopscope-cli COMMAND --help', aby zobaczyć opcje danego polecenia.
Kod wyjścia: 0 – sukces, 1 – zadanie nie powiodło się, 2 – błędne argumenty.
</translation>
    </message>
    <message>
        <source>unknown command “%1” (run 'shopscope-cli --help' for the list)</source>
        <translation>nieznane polecenie „%1” (uruchom 'shopscope-cli --help', aby zobaczyć listę)</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Pokaż tę pomoc.</translation>
    </message>
    <message>
        <source>%1: %2 (see 'shopscope-cli %1 --help')</source>
        <translation>%1: %2 (zobacz 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: the FILE argument is missing (see 'shopscope-cli %1 --help')</source>
        <translation>%1: brak argumentu FILE (zobacz 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation>%1: oczekiwano jednego argumentu FILE, liczba argumentów: %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>nie można odczytać standardowego wejścia</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>nie można odczytać „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>This version has reports and is frozen. Create a new version to change it.</source>
        <translation>Ta wersja ma raporty i jest zamrożona. Aby ją zmienić, utwórz nową wersję.</translation>
    </message>
    <message>
        <source>Add questionnaire %1</source>
        <translation>Dodanie kwestionariusza %1</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Nowa wersja: %1</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Dodanie pytania</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>Sekcja %1 nie istnieje.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nowe pytanie</translation>
    </message>
    <message>
        <source>Duplicate question %1</source>
        <translation>Duplikowanie pytania %1</translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation>Pytanie %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation>Usunięcie pytania %1</translation>
    </message>
    <message>
        <source>Move question %1</source>
        <translation>Przeniesienie pytania %1</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Dodanie sekcji</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nowa sekcja</translation>
    </message>
    <message>
        <source>Delete section %1</source>
        <translation>Usunięcie sekcji %1</translation>
    </message>
    <message>
        <source>Move section %1</source>
        <translation>Przeniesienie sekcji %1</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Edycja tekstu pytania %1</translation>
    </message>
    <message>
        <source>%1 is not one of the programme's languages; add it first.</source>
        <translation>%1 nie należy do języków programu; najpierw go dodaj.</translation>
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
        <source>or as JSON, e.g. {"all": [ … ]}</source>
        <translation>lub jako JSON, np. {"all": [ … ]}</translation>
    </message>
    <message>
        <source>Always shown</source>
        <translation>Zawsze wyświetlane</translation>
    </message>
    <message>
        <source>Never required</source>
        <translation>Nigdy nie jest wymagany</translation>
    </message>
    <message>
        <source>When this answer…</source>
        <translation>Gdy ta odpowiedź…</translation>
    </message>
    <message>
        <source>is</source>
        <translation>to</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>to nie</translation>
    </message>
    <message>
        <source>is below</source>
        <translation>jest poniżej</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>wynosi najwyżej</translation>
    </message>
    <message>
        <source>is above</source>
        <translation>jest powyżej</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>wynosi co najmniej</translation>
    </message>
    <message>
        <source>Not a condition: %1</source>
        <translation>Nieprawidłowy warunek: %1</translation>
    </message>
</context>
<context>
    <name>CsvImportCli</name>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation>Sprawdź plik i wypisz raport; niczego nie zapisuj.</translation>
    </message>
    <message>
        <source>Import the rows without problems and leave the others out.</source>
        <translation>Zaimportuj wiersze bez problemów i pomiń pozostałe.</translation>
    </message>
    <message>
        <source>Which column holds which field.</source>
        <translation>Która kolumna zawiera które pole.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN,...</source>
        <translation>FIELD=COLUMN,...</translation>
    </message>
    <message>
        <source>The file's encoding, when detection guesses wrong.</source>
        <translation>Kodowanie pliku, gdy automatyczne wykrywanie się myli.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The delimiter: , ; tab or |.</source>
        <translation>Separator: , ; tab lub |.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>Numbers are written with a decimal comma.</source>
        <translation>Liczby są zapisane z przecinkiem dziesiętnym.</translation>
    </message>
    <message>
        <source>export: write here instead of standard output.</source>
        <translation>export: zapisz do tego pliku zamiast na standardowe wyjście.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>export: UTF-8 with a byte-order mark and ; as delimiter, as Excel opens it.</source>
        <translation>export: UTF-8 ze znacznikiem kolejności bajtów i ; jako separatorem, tak jak otwiera go Excel.</translation>
    </message>
    <message>
        <source>%1: --delimiter must be , ; tab or |, not “%2”</source>
        <translation>%1: --delimiter musi mieć wartość , ; tab lub |, a nie „%2”</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read; nothing was imported</source>
        <translation>%1: nie można odczytać pliku %2; nic nie zaimportowano</translation>
    </message>
    <message>
        <source>%1: --map %2: %3</source>
        <translation>%1: --map %2: %3</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>nieznane pole</translation>
    </message>
    <message>
        <source>no such column in the file</source>
        <translation>w pliku nie ma takiej kolumny</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (próba: nic nie zapisano)</translation>
    </message>
    <message>
        <source>: imported</source>
        <translation>: zaimportowano</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 problem(s)%6</source>
        <translation>%1: nowe: %2, zaktualizowane: %3, bez zmian: %4, problemy: %5%6</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 problem(s)%5</source>
        <translation>%1: nowe: %2, zaktualizowane: %3, problemy: %4%5</translation>
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
        <translation>Przecinek dziesiętny w liczbach (56,9496)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation>Importuj tylko &amp;poprawne wiersze</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Przecinek ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Średnik ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Kreska pionowa |</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>Która kolumna zawiera które pole:</translation>
    </message>
    <message>
        <source>The file (first rows):</source>
        <translation>Plik (pierwsze wiersze):</translation>
    </message>
    <message>
        <source>Problems (nothing is written while there are any, unless you import the valid rows only):</source>
        <translation>Problemy (dopóki występują, nic nie jest zapisywane, chyba że zaimportujesz tylko poprawne wiersze):</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Wczytywanie %1 zostało anulowane.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Automatycznie (%1)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nie importować —</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Sprawdzanie %1…</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>Sprawdzanie %1 zostało anulowane.</translation>
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
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>to jest folder, a nie plik</translation>
    </message>
    <message>
        <source>the file is %1; files over %2 are not read</source>
        <translation>plik ma rozmiar %1; pliki większe niż %2 nie są odczytywane</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>nie można otworzyć pliku: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; such files are not read</source>
        <translation>plik jest większy niż %1; takie pliki nie są odczytywane</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>unknown encoding "%1"</source>
        <translation>nieznane kodowanie „%1”</translation>
    </message>
    <message>
        <source>the delimiter and the quote must be two different ASCII characters</source>
        <translation>separator i znak cudzysłowu muszą być dwoma różnymi znakami ASCII</translation>
    </message>
    <message>
        <source>line %1, column %2: field too long (%3; at most %4)</source>
        <translation>wiersz %1, kolumna %2: pole jest za długie (%3; maksymalnie %4)</translation>
    </message>
    <message>
        <source>line %1 has 1 field, the header has %2</source>
        <translation>liczba pól w wierszu %1: 1, w wierszu nagłówka: %2</translation>
    </message>
    <message>
        <source>line %1 has 1 field, the first row has %2</source>
        <translation>liczba pól w wierszu %1: 1, w pierwszym wierszu: %2</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation>liczba pól w wierszu %1: %2, w wierszu nagłówka: %3</translation>
    </message>
    <message>
        <source>line %1 has %2 fields, the first row has %3</source>
        <translation>liczba pól w wierszu %1: %2, w pierwszym wierszu: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside a field that is not quoted, or text after a closing quote (a field with quotes in it must be quoted as a whole, each inner quote doubled)</source>
        <translation>wiersz %1, kolumna %2: cudzysłów w polu, które nie jest ujęte w cudzysłów, lub tekst po cudzysłowie zamykającym (pole zawierające cudzysłowy musi być w całości ujęte w cudzysłów, a każdy wewnętrzny cudzysłów podwojony)</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 (column %2) has no closing quote</source>
        <translation>pole ujęte w cudzysłów, zaczynające się w wierszu %1 (kolumna %2), nie ma cudzysłowu zamykającego</translation>
    </message>
    <message>
        <source>line %1: not enough memory to read this field</source>
        <translation>wiersz %1: za mało pamięci, aby odczytać to pole</translation>
    </message>
    <message>
        <source>line %1 contains a NUL byte: is this a binary file?</source>
        <translation>wiersz %1 zawiera bajt NUL: czy to plik binarny?</translation>
    </message>
    <message>
        <source>line %1 is not valid %2 text; is the file in another encoding?</source>
        <translation>wiersz %1 nie jest poprawnym tekstem w kodowaniu %2; czy plik ma inne kodowanie?</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>odczyt został anulowany</translation>
    </message>
    <message>
        <source>the file holds no rows, only empty lines</source>
        <translation>plik nie zawiera wierszy danych, tylko puste wiersze</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>plik ma wiersz nagłówka, ale nie ma wierszy danych</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>nothing to write: the file was not opened</source>
        <translation>nie ma czego zapisać: plik nie został otwarty</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Best locations (recognition)</source>
        <translation>Najlepsze placówki (wyróżnienie)</translation>
    </message>
    <message>
        <source>Lowest locations (training)</source>
        <translation>Najsłabsze placówki (szkolenie)</translation>
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation>Najlepiej oceniany personel</translation>
    </message>
    <message>
        <source>Staff to coach</source>
        <translation>Personel do coachingu</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: no approved results</source>
        <translation>%1: brak zatwierdzonych wyników</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) at %1 location(s)</source>
        <translation>
            <numerusform>%n wizyta, liczba placówek: %1</numerusform>
            <numerusform>%n wizyty, liczba placówek: %1</numerusform>
            <numerusform>%n wizyt, liczba placówek: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>margin of error ±%1 points</source>
        <translation>margines błędu ±%1 pkt</translation>
    </message>
    <message>
        <source>the change since %1 is significant</source>
        <translation>zmiana od %1 jest istotna statystycznie</translation>
    </message>
    <message>
        <source>the change since %1 is within the margin of error</source>
        <translation>zmiana od %1 mieści się w marginesie błędu</translation>
    </message>
    <message>
        <source>target %1 % reached</source>
        <translation>cel %1 % osiągnięty</translation>
    </message>
    <message>
        <source>target %1 % not reached</source>
        <translation>cel %1 % nieosiągnięty</translation>
    </message>
    <message>
        <source>No location has %1 or more visits in this wave.</source>
        <translation>Żadna placówka nie ma w tej fali co najmniej %1 wizyt.</translation>
    </message>
    <message>
        <source>No staff member was described in %1 or more visits.</source>
        <translation>Żaden pracownik nie został opisany w co najmniej %1 wizytach.</translation>
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
        <translation>Tak / Nie</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>NPS 0–10</source>
        <translation>NPS 0–10</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Jednokrotny wybór</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Wielokrotny wybór</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audyt</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planowanie</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Raport przekazany</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Przydzielona</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zaakceptowana</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrealizowana</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Przesłana</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Odesłana</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Rano</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Południe</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Popołudnie</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Wieczór</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymany</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Zablokowany</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <source>Zeroes section</source>
        <translation>Zeruje sekcję</translation>
    </message>
    <message>
        <source>Zeroes visit</source>
        <translation>Zeruje wizytę</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
</context>
<context>
    <name>DriverAnalysis</name>
    <message>
        <source>“%1” has %2 answers for %3 respondents.</source>
        <translation>„%1”: %2 odpowiedzi przy %3 respondentach.</translation>
    </message>
    <message>
        <source>A driver analysis needs at least %1 respondents with an outcome, not %2.</source>
        <translation>Analiza czynników wymaga co najmniej %1 respondentów z wartością zmiennej wynikowej, a nie %2.</translation>
    </message>
    <message>
        <source>Every respondent has the same outcome, so no standard can explain it.</source>
        <translation>Wszyscy respondenci mają tę samą wartość zmiennej wynikowej, więc żaden standard nie może jej wyjaśnić.</translation>
    </message>
    <message>
        <source>Left out, fewer than %1 answers from respondents with an outcome: %2.</source>
        <translation>Pominięte, mniej niż %1 odpowiedzi od respondentów z wartością zmiennej wynikowej: %2.</translation>
    </message>
    <message>
        <source>Left out, the same answer from every respondent: %1.</source>
        <translation>Pominięte, ta sama odpowiedź od wszystkich respondentów: %1.</translation>
    </message>
    <message>
        <source>%1 % of the answers were missing (not applicable or unanswered); for the importance they count as the standard's average.</source>
        <translation>Brakowało %1 % odpowiedzi (nie dotyczy lub bez odpowiedzi); przy ważności liczą się one jako średnia standardu.</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>chosen by the user</source>
        <translation>wybrane przez użytkownika</translation>
    </message>
    <message>
        <source>byte order mark (%1)</source>
        <translation>znacznik kolejności bajtów (%1)</translation>
    </message>
    <message>
        <source>no byte order mark, but every other byte is zero (%1)</source>
        <translation>brak znacznika kolejności bajtów, ale co drugi bajt jest zerem (%1)</translation>
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation>zwykły tekst ASCII, odczytany jako UTF-8</translation>
    </message>
    <message>
        <source>valid UTF-8 text</source>
        <translation>poprawny tekst UTF-8</translation>
    </message>
    <message>
        <source>guessed by uchardet (%1)</source>
        <translation>odgadnięte przez uchardet (%1)</translation>
    </message>
    <message>
        <source>could not tell the encoding; assuming windows-1252</source>
        <translation>nie udało się ustalić kodowania; przyjęto windows-1252</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>uchardet suggested %1; decoded as %2 the text reads most like Nordic, Baltic or Polish</source>
        <translation>sugestia uchardet: %1; po zdekodowaniu jako %2 tekst najbardziej przypomina język nordycki, bałtycki lub polski</translation>
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message numerus="yes">
        <source>The panel of %Ln shopper(s), rule by rule:</source>
        <translation>
            <numerusform>Panel %Ln audytora, reguła po regule:</numerusform>
            <numerusform>Panel %Ln audytorów, reguła po regule:</numerusform>
            <numerusform>Panel %Ln audytorów, reguła po regule:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>zostaje %1</translation>
    </message>
</context>
<context>
    <name>FieldworkLists</name>
    <message>
        <source>there is no wave %1</source>
        <translation>fala %1 nie istnieje</translation>
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation>Wizyty audytora %1 w fali %2</translation>
    </message>
    <message>
        <source>Your visits in %1</source>
        <translation>Twoje wizyty w fali %1</translation>
    </message>
    <message numerus="yes">
        <source>Shopper %1%2 · %n visit(s) · fees %3</source>
        <translation>
            <numerusform>Audytor %1%2 · %n wizyta · wynagrodzenie %3</numerusform>
            <numerusform>Audytor %1%2 · %n wizyty · wynagrodzenie %3</numerusform>
            <numerusform>Audytor %1%2 · %n wizyt · wynagrodzenie %3</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Wynagrodzenie</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <source>Briefing: %1 — %2</source>
        <translation>Instrukcja: %1 — %2</translation>
    </message>
    <message>
        <source>(no script written)</source>
        <translation>(brak skryptu)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>“%1” looks like a spreadsheet formula; it is kept as text (exports write it so that spreadsheets do not run it)</source>
        <translation>„%1” wygląda jak formuła arkusza kalkulacyjnego; zostaje zachowana jako tekst (eksport zapisuje ją tak, aby arkusze jej nie wykonywały)</translation>
    </message>
    <message>
        <source>a coordinate needs both latitude and longitude</source>
        <translation>współrzędne wymagają zarówno szerokości, jak i długości geograficznej</translation>
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation>, z przecinkiem dziesiętnym</translation>
    </message>
    <message>
        <source>“%1” is not a latitude (a number from -90 to 90%2)</source>
        <translation>„%1” nie jest szerokością geograficzną (liczba od -90 do 90%2)</translation>
    </message>
    <message>
        <source>“%1” is not a longitude (a number from -180 to 180%2)</source>
        <translation>„%1” nie jest długością geograficzną (liczba od -180 do 180%2)</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1” nie jest adresem e-mail</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>wiersz %1, kolumna %2 (%3)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>wiersz %1</translation>
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
    <name>LocationActions</name>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importuj CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Select a location first.</source>
        <translation>Najpierw wybierz placówkę.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nie usunięto</translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation>Importuj placówki</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated</source>
        <translation>Zaimportowano plik %1: nowe: %2, zaktualizowane: %3</translation>
    </message>
    <message>
        <source>Export locations</source>
        <translation>Eksportuj placówki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nic nie wyeksportowano</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n location(s)</source>
        <translation>
            <numerusform>Wyeksportowano %n placówkę</numerusform>
            <numerusform>Wyeksportowano %n placówki</numerusform>
            <numerusform>Wyeksportowano %n placówek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>A competitor's location (for the benchmark)</source>
        <translation>Placówka konkurencji (do benchmarku)</translation>
    </message>
    <message>
        <source>Active (evaluated in new waves)</source>
        <translation>Aktywna (oceniana w nowych falach)</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nowa placówka</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Placówka %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anał:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marka:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Kra&amp;j:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Obszar:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Kod &amp;pocztowy:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>M&amp;iasto:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Szerokość geograficzna:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>Dłu&amp;gość geograficzna:</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>P&amp;ersonel:</translation>
    </message>
    <message>
        <source>Si&amp;ze class:</source>
        <translation>Klasa &amp;wielkości:</translation>
    </message>
    <message>
        <source>&amp;Manager's e-mail:</source>
        <translation>E-mai&amp;l kierownika:</translation>
    </message>
    <message>
        <source>Cop&amp;y Monday to Tuesday–Friday</source>
        <translation>Kopi&amp;uj poniedziałek na wtorek–piątek</translation>
    </message>
    <message>
        <source>Ne&amp;w attribute</source>
        <translation>Now&amp;y atrybut</translation>
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation>&amp;Usuń atrybut</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Dane pla&amp;cówki</translation>
    </message>
    <message>
        <source>Op&amp;ening hours</source>
        <translation>Godziny o&amp;twarcia</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>Atry&amp;buty</translation>
    </message>
    <message>
        <source>e.g. S, M, L or flagship</source>
        <translation>np. S, M, L lub flagowa</translation>
    </message>
    <message>
        <source>name@client.example</source>
        <translation>imie@klient.example</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>Write 09:00–17:00, or split hours as 09:00–12:00, 13:00–18:00. Leave a day empty when the location is closed.</source>
        <translation>Wpisz 09:00–17:00 lub godziny dzielone, np. 09:00–12:00, 13:00–18:00. Pozostaw dzień pusty, gdy placówka jest zamknięta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Facts about the location that have no field of their own, such as the floor, the format or the number of cash desks.</source>
        <translation>Informacje o placówce, które nie mają własnego pola, np. piętro, format lub liczba kas.</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>Wi&amp;zyty</translation>
    </message>
</context>
<context>
    <name>LocationImport</name>
    <message>
        <source>Import locations from %1</source>
        <translation>Import placówek z pliku %1</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>wiersz %1 (%2): %3</translation>
    </message>
    <message>
        <source>the imported locations are in use by now and stay</source>
        <translation>zaimportowane placówki są już w użyciu i pozostają</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation>w pliku %1 są problemy; nic nie zaimportowano</translation>
    </message>
    <message>
        <source>%1 holds no location to import</source>
        <translation>plik %1 nie zawiera placówek do zaimportowania</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
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
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Klasa wielkości</translation>
    </message>
    <message>
        <source>Manager e-mail</source>
        <translation>E-mail kierownika</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation>nie wybrano kolumny dla: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>the location code is empty</source>
        <translation>kod placówki jest pusty</translation>
    </message>
    <message>
        <source>the location code “%1” is longer than 40 characters</source>
        <translation>kod placówki „%1” jest dłuższy niż 40 znaków</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>kod %1 występuje już w wierszu %2</translation>
    </message>
    <message>
        <source>the name of %1 is empty</source>
        <translation>nazwa placówki %1 jest pusta</translation>
    </message>
    <message>
        <source>“%1” is not a channel (use visit, call, email, web, social or audit)</source>
        <translation>„%1” nie jest kanałem (użyj visit, call, email, web, social lub audit)</translation>
    </message>
    <message>
        <source>“%1” is not a number of staff</source>
        <translation>„%1” nie jest poprawną liczbą pracowników</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1” nie jest wartością tak/nie</translation>
    </message>
    <message>
        <source>a region or area needs its country</source>
        <translation>region lub obszar wymaga podania kraju</translation>
    </message>
    <message>
        <source>an area needs its region</source>
        <translation>obszar wymaga podania regionu</translation>
    </message>
    <message>
        <source>“%1” is not a known %2 of the programme</source>
        <translation>%2 „%1” nie istnieje w programie</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>area</source>
        <translation>obszar</translation>
    </message>
    <message>
        <source>the file holds no locations</source>
        <translation>plik nie zawiera placówek</translation>
    </message>
    <message>
        <source>Delete location %1</source>
        <translation>Usunięcie placówki %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n location(s)</source>
        <translation>
            <numerusform>Usunięcie %n placówki</numerusform>
            <numerusform>Usunięcie %n placówek</numerusform>
            <numerusform>Usunięcie %n placówek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s); deactivate it instead of deleting it</source>
        <translation>
            <numerusform>placówka %1 ma %n wizytę; zamiast ją usuwać, dezaktywuj ją</numerusform>
            <numerusform>placówka %1 ma %n wizyty; zamiast ją usuwać, dezaktywuj ją</numerusform>
            <numerusform>placówka %1 ma %n wizyt; zamiast ją usuwać, dezaktywuj ją</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit location %1</source>
        <translation>Edycja placówki %1</translation>
    </message>
    <message>
        <source>Add location %1</source>
        <translation>Dodanie placówki %1</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>placówka %1 nie istnieje</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Godziny otwarcia (%1)</translation>
    </message>
    <message>
        <source>Attributes: the value “%1” needs a name</source>
        <translation>Atrybuty: wartość „%1” wymaga nazwy</translation>
    </message>
    <message>
        <source>Attributes: “%1” is given twice</source>
        <translation>Atrybuty: „%1” podano dwukrotnie</translation>
    </message>
</context>
<context>
    <name>LocationImportDialog</name>
    <message>
        <source>Only countries, regions and areas the programme has</source>
        <translation>Tylko kraje, regiony i obszary istniejące w programie</translation>
    </message>
    <message>
        <source>Import locations from %1</source>
        <translation>Importuj placówki z pliku %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new location(s)</source>
        <translation>
            <numerusform>%n nowa placówka</numerusform>
            <numerusform>%n nowe placówki</numerusform>
            <numerusform>%n nowych placówek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n zaktualizowana według kodu</numerusform>
            <numerusform>%n zaktualizowane według kodu</numerusform>
            <numerusform>%n zaktualizowanych według kodu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nowe: %1</translation>
    </message>
</context>
<context>
    <name>LocationTreeModel</name>
    <message>
        <source>(no region)</source>
        <translation>(brak regionu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n placówka</numerusform>
            <numerusform>%n placówki</numerusform>
            <numerusform>%n placówek</numerusform>
        </translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Placówki</translation>
    </message>
</context>
<context>
    <name>LocationsCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Refuse countries, regions and areas the programme lacks.</source>
        <translation>Odrzucaj kraje, regiony i obszary, których nie ma w programie.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik w formacie JSON.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n location(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n placówkę do pliku %1</numerusform>
            <numerusform>Wyeksportowano %n placówki do pliku %1</numerusform>
            <numerusform>Wyeksportowano %n placówek do pliku %1</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show and browse locations by region; import them from a client's CSV file, or export them.</source>
        <translation>Wyświetl, pokaż i przeglądaj placówki według regionów; zaimportuj je z pliku CSV klienta lub wyeksportuj.</translation>
    </message>
    <message>
        <source>list, tree, show, import or export</source>
        <translation>list, tree, show, import lub export</translation>
    </message>
    <message>
        <source>list: only the locations of this region.</source>
        <translation>list: tylko placówki z tego regionu.</translation>
    </message>
    <message>
        <source>list: only this channel (visit, call, email, web, social, audit).</source>
        <translation>list: tylko ten kanał (visit, call, email, web, social, audit).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>list: yes for competitors' locations only, no for own ones.</source>
        <translation>list: yes — tylko placówki konkurencji, no — tylko własne.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>list: yes for active locations only, no for inactive ones.</source>
        <translation>list: yes — tylko aktywne placówki, no — tylko nieaktywne.</translation>
    </message>
    <message>
        <source>list: only locations whose code, name, city or brand contains TEXT.</source>
        <translation>list: tylko placówki, których kod, nazwa, miasto lub marka zawiera TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>locations: expected 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE' (see 'shopscope-cli locations --help')</source>
        <translation>locations: oczekiwano 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' lub 'export FILE' (zobacz 'shopscope-cli locations --help')</translation>
    </message>
    <message>
        <source>there is no region “%1”</source>
        <translation>region „%1” nie istnieje</translation>
    </message>
    <message>
        <source>“%1” is a region of %2; write COUNTRY/%1</source>
        <translation>region „%1” istnieje w krajach: %2; wpisz COUNTRY/%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>locations list: --channel must be visit, call, email, web, social or audit, not “%1”</source>
        <translation>locations list: --channel musi mieć wartość visit, call, email, web, social lub audit, a nie „%1”</translation>
    </message>
    <message>
        <source>locations list: --%1 must be yes or no, not “%2”</source>
        <translation>locations list: --%1 musi mieć wartość yes lub no, a nie „%2”</translation>
    </message>
    <message>
        <source>locations list: %1: %2</source>
        <translation>locations list: %1: %2</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>konkurencja</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nieaktywna</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n location(s)</source>
        <translation>
            <numerusform>%1 z %n placówki</numerusform>
            <numerusform>%1 z %n placówek</numerusform>
            <numerusform>%1 z %n placówek</numerusform>
        </translation>
    </message>
    <message>
        <source>locations tree: %1: %2</source>
        <translation>locations tree: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) in all</source>
        <translation>
            <numerusform>%n placówka łącznie</numerusform>
            <numerusform>%n placówki łącznie</numerusform>
            <numerusform>%n placówek łącznie</numerusform>
        </translation>
    </message>
    <message>
        <source>locations show: %1: %2</source>
        <translation>locations show: %1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Godziny otwarcia:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Atrybuty:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
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
        <translation>Placówki programu.

  list FILE [--region NAME] [--channel C] [--competitor yes|no] [--active yes|no] [--search TEXT] [--json]
  tree FILE [--json]                 kraj &gt; region &gt; obszar z liczbą placówek w każdym
  show FILE CODE [--json]            jedna placówka z godzinami otwarcia, atrybutami i wizytami
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--known-regions-only] [--json]
  export FILE [-o OUT.csv] [--delimiter CHAR] [--excel]

--region przyjmuje nazwę regionu (COUNTRY/REGION, gdy w dwóch krajach jest region o tej nazwie) lub
none dla placówek bez regionu. Godziny otwarcia są importowane i eksportowane w kolumnach hours_mon ...
hours_sun, np. 09:00-12:00;13:00-18:00 (puste: zamknięte).
Kodowanie (UTF-8, UTF-16, Windows-1252, Windows-1257...), separator i wiersz nagłówka są
wykrywane automatycznie; kolumny są dopasowywane według nazw w nagłówku (po angielsku, szwedzku,
norwesku, łotewsku lub polsku), chyba że wskazuje je --map, np. --map code=Filiāles kods,name=Nosaukums.
Pola: %1. Każdy problem jest wypisywany z numerem wiersza i kolumny i nic nie jest zapisywane,
chyba że --valid-rows zaimportuje wiersze bez problemów. Istniejący kod jest aktualizowany, a nie duplikowany.</translation>
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
        <translation>Zapisywanie kopii %1…</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Kopiowanie zostało anulowane.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Sample Size Calculator…</source>
        <translation>&amp;Kalkulator wielkości próby…</translation>
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation>Kalkulator wielkości próby</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Podsumowanie planu</translation>
    </message>
    <message>
        <source>The dashboard, the standard charts and their exports for clients; fieldwork and results wave by wave.</source>
        <translation>Pulpit, wykresy standardowe i ich eksport dla klientów; realizacja i wyniki fala po fali.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Wykresy</translation>
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
    <name>OdkExportDialog</name>
    <message>
        <source>Export for ODK fielding</source>
        <translation>Eksport do realizacji badania w ODK</translation>
    </message>
    <message>
        <source>XForm (.xml) for ODK Collect, ODK Central and Enketo</source>
        <translation>XForm (.xml) dla ODK Collect, ODK Central i Enketo</translation>
    </message>
    <message>
        <source>XLSForm (.xlsx) for KoboToolbox and ODK Central</source>
        <translation>XLSForm (.xlsx) dla KoboToolbox i ODK Central</translation>
    </message>
    <message>
        <source>Ask the shopper for the visit ID</source>
        <translation>Poproś audytora o podanie identyfikatora wizyty</translation>
    </message>
    <message>
        <source>Without this, the visit ID is a hidden field filled in by the link you send each shopper (Enketo and KoboToolbox prefill: ?d[/data/ss_visit_id]=1234).</source>
        <translation>Bez tej opcji identyfikator wizyty jest ukrytym polem wypełnianym przez link, który wysyłasz każdemu audytorowi (wstępne wypełnianie w Enketo i KoboToolbox: ?d[/data/ss_visit_id]=1234).</translation>
    </message>
    <message>
        <source>A comment field after every question</source>
        <translation>Pole komentarza po każdym pytaniu</translation>
    </message>
    <message>
        <source>Otherwise only questions with a required comment get a comment field.</source>
        <translation>W przeciwnym razie pole komentarza mają tylko pytania z wymaganym komentarzem.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) in %1, with the visit in hidden fields and ShopScope's score as a calculated field. Before you export, what the form cannot carry as ShopScope does:</source>
        <translation>
            <numerusform>%n pytanie (języki: %1), dane wizyty w ukrytych polach, a wynik ShopScope jako pole obliczane. Zanim wyeksportujesz – tego formularz nie odda tak jak ShopScope:</numerusform>
            <numerusform>%n pytania (języki: %1), dane wizyty w ukrytych polach, a wynik ShopScope jako pole obliczane. Zanim wyeksportujesz – tego formularz nie odda tak jak ShopScope:</numerusform>
            <numerusform>%n pytań (języki: %1), dane wizyty w ukrytych polach, a wynik ShopScope jako pole obliczane. Zanim wyeksportujesz – tego formularz nie odda tak jak ShopScope:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing: every question, option, condition, translation and scoring rule carries over.</source>
        <translation>Nic: wszystkie pytania, opcje, warunki, tłumaczenia i reguły punktacji zostaną przeniesione.</translation>
    </message>
</context>
<context>
    <name>OdkFormBuilder</name>
    <message numerus="yes">
        <source>%n text(s) have no %1 translation; the form shows the source language (%2) there</source>
        <translation>
            <numerusform>%n tekst nie ma tłumaczenia na język %1; formularz pokazuje w tym miejscu język źródłowy (%2)</numerusform>
            <numerusform>%n teksty nie mają tłumaczenia na język %1; formularz pokazuje w tych miejscach język źródłowy (%2)</numerusform>
            <numerusform>%n tekstów nie ma tłumaczenia na język %1; formularz pokazuje w tych miejscach język źródłowy (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>ODK number fields cannot hold “not applicable”: the shopper leaves %1 empty instead, and it comes back unanswered</source>
        <translation>pola liczbowe ODK nie mogą zawierać „nie dotyczy”: audytor zostawia wtedy pytanie %1 puste i wraca ono bez odpowiedzi</translation>
    </message>
    <message>
        <source>the name “%1” is used twice in the form (letter case aside); ODK tools will refuse it</source>
        <translation>nazwa „%1” występuje w formularzu dwukrotnie (bez względu na wielkość liter); narzędzia ODK go odrzucą</translation>
    </message>
    <message>
        <source>the %1 condition on %2 (%3) never holds in ShopScope, and not in the ODK form either</source>
        <translation>%1 dotyczący %2 (%3) nigdy nie jest spełniony w ShopScope ani w formularzu ODK</translation>
    </message>
    <message>
        <source>show-if</source>
        <translation>warunek wyświetlania</translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation>warunek komentarza</translation>
    </message>
</context>
<context>
    <name>OdkFormImporter</name>
    <message>
        <source>a repeat becomes a plain section: its questions are asked once per visit</source>
        <translation>powtórzenie (repeat) staje się zwykłą sekcją: jego pytania są zadawane raz na wizytę</translation>
    </message>
    <message>
        <source>the group name “%1” cannot be a section code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>nazwa grupy „%1” nie może być kodem sekcji (1-40 liter, cyfr, „_”, „-” lub „.”)</translation>
    </message>
    <message>
        <source>the group name “%1” is used twice</source>
        <translation>nazwa grupy „%1” jest użyta dwukrotnie</translation>
    </message>
    <message>
        <source>groups nest only two deep in a questionnaire: its questions join the group around it</source>
        <translation>w kwestionariuszu grupy można zagnieżdżać tylko na dwóch poziomach: pytania tej grupy trafiają do grupy nadrzędnej</translation>
    </message>
    <message>
        <source>the name “%1” cannot be a question code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>nazwa „%1” nie może być kodem pytania (1-40 liter, cyfr, „_”, „-” lub „.”)</translation>
    </message>
    <message>
        <source>unknown shopscope_type “%1”</source>
        <translation>nieznany shopscope_type „%1”</translation>
    </message>
    <message>
        <source>“or_other” becomes an option “other”; the text the shopper types for it has no question of its own</source>
        <translation>„or_other” staje się opcją „other”; tekst, który audytor do niej wpisuje, nie ma własnego pytania</translation>
    </message>
    <message>
        <source>a date and time becomes a date question</source>
        <translation>data i godzina stają się pytaniem o datę</translation>
    </message>
    <message>
        <source>the choice name “%1” cannot be an option code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation>nazwa „%1” z arkusza choices nie może być kodem opcji (1-40 liter, cyfr, „_”, „-” lub „.”)</translation>
    </message>
    <message>
        <source>a range of more than 20 steps becomes a number question</source>
        <translation>zakres (range) o ponad 20 krokach staje się pytaniem liczbowym</translation>
    </message>
    <message>
        <source>“required” only under a condition (%1) is not kept: the question is optional</source>
        <translation>„required” tylko pod warunkiem (%1) nie zostaje zachowane: pytanie jest opcjonalne</translation>
    </message>
    <message>
        <source>the %1 condition %2 cannot be read (%3); it is left out</source>
        <translation>nie można odczytać warunku %1 %2 (%3); zostaje pominięty</translation>
    </message>
    <message>
        <source>the condition “%1” is left out, the question is always shown: %2</source>
        <translation>warunek „%1” zostaje pominięty, pytanie jest zawsze wyświetlane: %2</translation>
    </message>
    <message>
        <source>the constraint “%1” is not kept</source>
        <translation>ograniczenie „%1” nie zostaje zachowane</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have no %1 version; another language's text stands in</source>
        <translation>
            <numerusform>%n tekst nie ma wersji w języku %1; zamiast niego użyto tekstu w innym języku</numerusform>
            <numerusform>%n teksty nie mają wersji w języku %1; zamiast nich użyto tekstów w innym języku</numerusform>
            <numerusform>%n tekstów nie ma wersji w języku %1; zamiast nich użyto tekstów w innym języku</numerusform>
        </translation>
    </message>
    <message>
        <source>notes (survey rows %1) are texts, not questions: left out</source>
        <translation>notatki (wiersze %1 arkusza survey) to teksty, a nie pytania: pominięte</translation>
    </message>
    <message>
        <source>ShopScope has no “%1” question (survey rows %2): left out</source>
        <translation>ShopScope nie ma pytań typu „%1” (wiersze %2 arkusza survey): pominięte</translation>
    </message>
    <message>
        <source>the form has no question ShopScope can take</source>
        <translation>formularz nie zawiera żadnego pytania, które ShopScope może przejąć</translation>
    </message>
    <message>
        <source>survey row %1 (%2)</source>
        <translation>arkusz survey, wiersz %1 (%2)</translation>
    </message>
    <message>
        <source>choices row %1</source>
        <translation>arkusz choices, wiersz %1</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1 (wiersz %2)</translation>
    </message>
    <message>
        <source>device data and calculations are not answers: left out %1</source>
        <translation>dane urządzenia i obliczenia nie są odpowiedziami, więc zostają pominięte: %1</translation>
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>“%1” is not opening hours (write 09:00-17:00, or 09:00-12:00, 13:00-18:00 for split hours; leave it empty when closed)</source>
        <translation>„%1” to nie są godziny otwarcia (wpisz 09:00-17:00 lub, dla godzin dzielonych, 09:00-12:00, 13:00-18:00; gdy zamknięte, pozostaw puste)</translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation>„%1” nie jest poprawną godziną</translation>
    </message>
    <message>
        <source>%1 is not after %2</source>
        <translation>%1 nie jest później niż %2</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation>%1 nakłada się na %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Wtorek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Środa</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Czwartek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Piątek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Niedziela</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show a wave's sample plan rules and generate its visits with a quota check.</source>
        <translation>Pokaż reguły planu próby dla fali i wygeneruj jej wizyty ze sprawdzeniem kwot.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>Show the proposal and its quota check; write nothing.</source>
        <translation>Pokaż propozycję i sprawdzenie kwot; nic nie zapisuj.</translation>
    </message>
    <message>
        <source>The seed that makes the plan reproducible (default 1).</source>
        <translation>Ziarno, dzięki któremu plan jest powtarzalny (domyślnie 1).</translation>
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
        <translation>Wczytaj reguły z dokumentu JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Store the rules for the wave (default), the programme, or not.</source>
        <translation>Zapisz reguły dla fali (domyślnie), dla programu albo wcale.</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WHERE</translation>
    </message>
    <message>
        <source>Visits per location.</source>
        <translation>Wizyty na placówkę.</translation>
    </message>
    <message>
        <source>Visits per location of a channel, e.g. call=10 (repeatable).</source>
        <translation>Wizyty na placówkę danego kanału, np. call=10 (można powtarzać).</translation>
    </message>
    <message>
        <source>CHANNEL=N</source>
        <translation>CHANNEL=N</translation>
    </message>
    <message>
        <source>Scenario codes in rotation order, comma-separated.</source>
        <translation>Kody scenariuszy w kolejności rotacji, rozdzielone przecinkami.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>rotation or fixed.</source>
        <translation>rotation lub fixed.</translation>
    </message>
    <message>
        <source>Only locations of these channels, comma-separated.</source>
        <translation>Tylko placówki tych kanałów (rozdzielonych przecinkami).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Only locations in these regions, comma-separated.</source>
        <translation>Tylko placówki w tych regionach (rozdzielonych przecinkami).</translation>
    </message>
    <message>
        <source>exclude, include or only.</source>
        <translation>exclude, include lub only.</translation>
    </message>
    <message>
        <source>A weekday quota, e.g. saturday=0.3 or 6=30% (repeatable).</source>
        <translation>Kwota dla dnia tygodnia, np. saturday=0.3 lub 6=30% (można powtarzać).</translation>
    </message>
    <message>
        <source>DAY=SHARE</source>
        <translation>DAY=SHARE</translation>
    </message>
    <message>
        <source>A daypart quota, e.g. evening=0.2 (repeatable).</source>
        <translation>Kwota dla pory dnia, np. evening=0.2 (można powtarzać).</translation>
    </message>
    <message>
        <source>PART=SHARE</source>
        <translation>PART=SHARE</translation>
    </message>
    <message>
        <source>even (spread over the weeks of the wave) or free.</source>
        <translation>even (rozłożone na tygodnie fali) lub free.</translation>
    </message>
    <message>
        <source>plan: cannot read %1: %2</source>
        <translation>plan: nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>plan: %1: %2</source>
        <translation>plan: %1: %2</translation>
    </message>
    <message>
        <source>plan: --visits must be a whole number of 0 or more, not “%1”</source>
        <translation>plan: --visits musi być liczbą całkowitą równą 0 lub większą, a nie „%1”</translation>
    </message>
    <message>
        <source>plan: --channel-visits must look like call=10, not “%1”</source>
        <translation>plan: --channel-visits musi mieć postać call=10, a nie „%1”</translation>
    </message>
    <message>
        <source>plan: --%1 must look like %2, not “%3”</source>
        <translation>plan: --%1 musi mieć postać %2, a nie „%3”</translation>
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
        <translation>Źródło reguł: %1
%2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Osiągnięte</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Spełniona</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NIE</translation>
    </message>
    <message>
        <source>plan generate: give the wave with --wave NAME</source>
        <translation>plan generate: podaj falę za pomocą --wave NAME</translation>
    </message>
    <message>
        <source>plan generate: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation>plan generate: --seed musi być liczbą całkowitą równą 0 lub większą, a nie „%1”</translation>
    </message>
    <message>
        <source>plan generate: --by must be region or scenario, not “%1”</source>
        <translation>plan generate: --by musi mieć wartość region lub scenario, a nie „%1”</translation>
    </message>
    <message>
        <source>plan generate: --save-rules must be wave, programme or no, not “%1”</source>
        <translation>plan generate: --save-rules musi mieć wartość wave, programme lub no, a nie „%1”</translation>
    </message>
    <message>
        <source>plan generate: %1</source>
        <translation>plan generate: %1</translation>
    </message>
    <message>
        <source>plan generate: the plan is impossible: %1</source>
        <translation>plan generate: planu nie da się zrealizować: %1</translation>
    </message>
    <message>
        <source>plan generate: nothing written: %1</source>
        <translation>plan generate: nic nie zapisano: %1</translation>
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):
</source>
        <translation>Próba dla fali %1 (nic nie zapisano):
</translation>
    </message>
    <message>
        <source>Generated wave %1:
</source>
        <translation>Wygenerowano falę %1:
</translation>
    </message>
    <message numerus="yes">
        <source>  %n location(s)
</source>
        <translation>
            <numerusform>  %n placówka
</numerusform>
            <numerusform>  %n placówki
</numerusform>
            <numerusform>  %n placówek
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n new visit(s), </source>
        <translation>
            <numerusform>  %n nowa wizyta, </numerusform>
            <numerusform>  %n nowe wizyty, </numerusform>
            <numerusform>  %n nowych wizyt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced, </source>
        <translation>
            <numerusform>%n zastąpiona, </numerusform>
            <numerusform>%n zastąpione, </numerusform>
            <numerusform>%n zastąpionych, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept
</source>
        <translation>
            <numerusform>%n zachowana
</numerusform>
            <numerusform>%n zachowane
</numerusform>
            <numerusform>%n zachowanych
</numerusform>
        </translation>
    </message>
    <message>
        <source>  fieldwork budget %1
</source>
        <translation>  budżet badań terenowych %1
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
        <translation>Plan próby: reguły, które zamieniają placówki, scenariusze i kwoty w wizyty fali.

  rules FILE [--wave NAME] [--json]
  summary FILE [--wave NAME] [--by wave,region,scenario,channel,location|none] [--json|--csv]
  generate FILE --wave NAME [--dry-run] [--seed N] [--by region|scenario] [--json]
                [--rules RULES.json] [opcje reguł] [--save-rules wave|programme|no]

Obowiązują reguły samej fali, a jeśli ich brak — domyślne reguły programu, a jeśli i tych brak — jedna
wizyta na każdą aktywną placówkę z rotacją wszystkich aktywnych scenariuszy jej kanału. --rules i opcje
reguł zmieniają je na czas tego uruchomienia; generowanie, które je zmienia, zapisuje je dla fali (lub,
z --save-rules programme, jako domyślne dla każdej fali). Wizyty przydzielone, zrealizowane, zablokowane
lub mające raport pozostają; pozostałe zaplanowane wizyty fali są zastępowane. Dokument reguł opisano
w docs/sample-plan.md. Przykład:
  plan generate demo.shopscope --wave W2026-12 --visits 3 --weekday saturday=0.3 --dry-run</translation>
    </message>
    <message>
        <source>rules, generate or summary</source>
        <translation>rules, generate lub summary</translation>
    </message>
    <message>
        <source>plan: expected rules FILE, generate FILE --wave NAME or summary FILE (see 'shopscope-cli plan --help')</source>
        <translation>plan: oczekiwano rules FILE, generate FILE --wave NAME lub summary FILE (zobacz 'shopscope-cli plan --help')</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>by opening hours</source>
        <translation>wg godzin otwarcia</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation>%1 — %2, od %3 do %4</translation>
    </message>
    <message>
        <source>Generate Visits — %1</source>
        <translation>Generuj wizyty — %1</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Placówki</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanały:</translation>
    </message>
    <message>
        <source>None ticked: every region.</source>
        <translation>Nic nie zaznaczono: wszystkie regiony.</translation>
    </message>
    <message>
        <source>Regions (none = all):</source>
        <translation>Regiony (brak = wszystkie):</translation>
    </message>
    <message>
        <source>Own locations only</source>
        <translation>Tylko własne placówki</translation>
    </message>
    <message>
        <source>Own and competitors</source>
        <translation>Własne i konkurencji</translation>
    </message>
    <message>
        <source>Competitors only</source>
        <translation>Tylko konkurencji</translation>
    </message>
    <message>
        <source>Competitors:</source>
        <translation>Konkurencja:</translation>
    </message>
    <message>
        <source>Active locations only</source>
        <translation>Tylko aktywne placówki</translation>
    </message>
    <message>
        <source>Visits per location</source>
        <translation>Wizyty na placówkę</translation>
    </message>
    <message>
        <source>A fixed number per channel</source>
        <translation>Stała liczba na kanał</translation>
    </message>
    <message>
        <source>By staff count</source>
        <translation>Według liczby pracowników</translation>
    </message>
    <message>
        <source>By size class</source>
        <translation>Według klasy wielkości</translation>
    </message>
    <message>
        <source>one visit per </source>
        <translation>jedna wizyta na </translation>
    </message>
    <message>
        <source> staff</source>
        <translation> pracowników</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Wizyty:</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Co najmniej:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Najwyżej:</translation>
    </message>
    <message>
        <source>e.g. S=1, M=2, L=4</source>
        <translation>np. S=1, M=2, L=4</translation>
    </message>
    <message>
        <source>Per size class:</source>
        <translation>Na klasę wielkości:</translation>
    </message>
    <message>
        <source>Other sizes:</source>
        <translation>Inne wielkości:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <source>Rotate across the waves</source>
        <translation>Rotacja między falami</translation>
    </message>
    <message>
        <source>The same every wave</source>
        <translation>Tak samo w każdej fali</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>Przydział:</translation>
    </message>
    <message>
        <source>Play:</source>
        <translation>Realizuj:</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kwoty</translation>
    </message>
    <message>
        <source>Evenly across the weeks</source>
        <translation>Równomiernie w kolejnych tygodniach</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generowanie</translation>
    </message>
    <message>
        <source>The same seed and rules always give the same visits.</source>
        <translation>To samo ziarno i te same reguły zawsze dają te same wizyty.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Ziarno:</translation>
    </message>
    <message>
        <source>Keep these rules for this wave</source>
        <translation>Zachowaj te reguły dla tej fali</translation>
    </message>
    <message>
        <source>Keep them as the default for every wave</source>
        <translation>Zachowaj je jako domyślne dla każdej fali</translation>
    </message>
    <message>
        <source>Do not keep them</source>
        <translation>Nie zachowuj ich</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Reguły:</translation>
    </message>
    <message>
        <source>Quota check for:</source>
        <translation>Sprawdzenie kwot dla:</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Osiągnięte</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Spełniona</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generuj</translation>
    </message>
    <message>
        <source>Per size class: “%1” should look like M=2</source>
        <translation>Na klasę wielkości: „%1” powinno mieć postać M=2</translation>
    </message>
    <message>
        <source>Scenarios: tick at least one</source>
        <translation>Scenariusze: zaznacz co najmniej jeden</translation>
    </message>
    <message>
        <source>The rules changed: &lt;b&gt;Preview&lt;/b&gt; to see the visits they give.</source>
        <translation>Reguły się zmieniły: kliknij &lt;b&gt;Podgląd&lt;/b&gt;, aby zobaczyć, jakie wizyty z nich wynikają.</translation>
    </message>
    <message>
        <source>Working out the visits…</source>
        <translation>Wyznaczanie wizyt…</translation>
    </message>
    <message>
        <source>Generating the visits of %1…</source>
        <translation>Generowanie wizyt fali %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Podgląd został anulowany.</translation>
    </message>
    <message>
        <source>No visits can be generated: %1</source>
        <translation>Nie można wygenerować wizyt: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new visit(s)&lt;/b&gt; at </source>
        <translation>
            <numerusform>&lt;b&gt;%n nowa wizyta&lt;/b&gt; w </numerusform>
            <numerusform>&lt;b&gt;%n nowe wizyty&lt;/b&gt; w </numerusform>
            <numerusform>&lt;b&gt;%n nowych wizyt&lt;/b&gt; w </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s); </source>
        <translation>
            <numerusform>%n placówce; </numerusform>
            <numerusform>%n placówkach; </numerusform>
            <numerusform>%n placówkach; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) replaced, </source>
        <translation>
            <numerusform>%n zaplanowana wizyta zastąpiona, </numerusform>
            <numerusform>%n zaplanowane wizyty zastąpione, </numerusform>
            <numerusform>%n zaplanowanych wizyt zastąpionych, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (assigned, done or locked).</source>
        <translation>
            <numerusform>%n zachowana (przydzielona, zrealizowana lub zablokowana).</numerusform>
            <numerusform>%n zachowane (przydzielone, zrealizowane lub zablokowane).</numerusform>
            <numerusform>%n zachowanych (przydzielonych, zrealizowanych lub zablokowanych).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fieldwork budget: %1</source>
        <translation>Budżet badań terenowych: %1</translation>
    </message>
    <message>
        <source>Every quota of the wave holds within one visit.</source>
        <translation>Wszystkie kwoty fali są spełnione z dokładnością do jednej wizyty.</translation>
    </message>
    <message>
        <source>Some quotas miss by more than one visit: see the check below.</source>
        <translation>Niektóre kwoty odbiegają o więcej niż jedną wizytę: zobacz sprawdzenie poniżej.</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ tak</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ nie</translation>
    </message>
    <message>
        <source>No visits generated</source>
        <translation>Nie wygenerowano wizyt</translation>
    </message>
    <message>
        <source>Writing the visits of %1…</source>
        <translation>Zapisywanie wizyt %1…</translation>
    </message>
</context>
<context>
    <name>PlanProposal</name>
    <message>
        <source>Week %1</source>
        <translation>Tydzień %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>The whole wave</source>
        <translation>Cała fala</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(brak regionu)</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenariusz: %1</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation>nieznane ustawienie (znane: %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>musi być listą tekstów</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>musi być liczbą całkowitą od %1 do %2</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1</source>
        <translation>musi być odsetkiem od 0 do 1</translation>
    </message>
    <message>
        <source>%1 is not a share between 0 and 1 (write %2 for %1 %)</source>
        <translation>%1 nie jest odsetkiem od 0 do 1 (aby podać %1 %, wpisz %2)</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>nieprawidłowy JSON przy znaku %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>reguły muszą być obiektem JSON</translation>
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation>nieznany kanał „%1” (znane: %2)</translation>
    </message>
    <message>
        <source>must be exclude, include or only</source>
        <translation>musi mieć wartość exclude, include lub only</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musi mieć wartość true lub false</translation>
    </message>
    <message>
        <source>unknown channel (known: %1)</source>
        <translation>nieznany kanał (znane: %1)</translation>
    </message>
    <message>
        <source>must be fixed, staff or size_class</source>
        <translation>musi mieć wartość fixed, staff lub size_class</translation>
    </message>
    <message>
        <source>must be rotation or fixed</source>
        <translation>musi mieć wartość rotation lub fixed</translation>
    </message>
    <message>
        <source>not a weekday (1 = Monday … 7 = Sunday, or a name such as saturday)</source>
        <translation>to nie jest dzień tygodnia (1 = poniedziałek … 7 = niedziela albo nazwa, np. saturday)</translation>
    </message>
    <message>
        <source>not a daypart (known: %1)</source>
        <translation>to nie jest pora dnia (znane: %1)</translation>
    </message>
    <message>
        <source>must be even or free</source>
        <translation>musi mieć wartość even lub free</translation>
    </message>
    <message>
        <source>weekdays: every share must be between 0 and 1</source>
        <translation>weekdays: każdy odsetek musi mieścić się w przedziale od 0 do 1</translation>
    </message>
    <message>
        <source>weekdays: the quotas add up to %1 %, more than 100 %</source>
        <translation>weekdays: kwoty sumują się do %1 %, czyli ponad 100 %</translation>
    </message>
    <message>
        <source>weekdays: every day has a quota but they add up to only %1 %</source>
        <translation>weekdays: każdy dzień ma kwotę, ale sumują się one tylko do %1 %</translation>
    </message>
    <message>
        <source>dayparts: every share must be between 0 and 1</source>
        <translation>dayparts: każdy odsetek musi mieścić się w przedziale od 0 do 1</translation>
    </message>
    <message>
        <source>dayparts: the quotas add up to %1 %, more than 100 %</source>
        <translation>dayparts: kwoty sumują się do %1 %, czyli ponad 100 %</translation>
    </message>
    <message>
        <source>dayparts: every daypart has a quota but they add up to only %1 %</source>
        <translation>dayparts: każda pora dnia ma kwotę, ale sumują się one tylko do %1 %</translation>
    </message>
    <message>
        <source>visits: the minimum %1 is above the maximum %2</source>
        <translation>visits: minimum %1 przekracza maksimum %2</translation>
    </message>
    <message>
        <source>the stored plan rules cannot be read: %1</source>
        <translation>nie można odczytać zapisanych reguł planu: %1</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>The plan summary cannot be read: %1</source>
        <translation>Nie można odczytać podsumowania planu: %1</translation>
    </message>
    <message>
        <source>The wave chosen for the plan summary no longer exists.</source>
        <translation>Fala wybrana do podsumowania planu już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” is not a grouping: use wave, region, scenario, channel or location, or none.</source>
        <translation>„%1” nie jest grupowaniem: użyj wave, region, scenario, channel lub location albo none.</translation>
    </message>
</context>
<context>
    <name>PlanSummaryModel</name>
    <message>
        <source>(no region)</source>
        <translation>(brak regionu)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>±%1 pts</source>
        <translation>±%1 pkt proc.</translation>
    </message>
    <message>
        <source>⚠ Too small to report</source>
        <translation>⚠ Za mała do raportowania</translation>
    </message>
    <message>
        <source>%1 visits: fewer than the programme's small-base threshold of %2, too few to report on their own. Merge it with others or plan more visits.</source>
        <translation>Liczba wizyt: %1 — mniej niż próg małej bazy programu (%2), za mało, by raportować je osobno. Połącz tę komórkę z innymi lub zaplanuj więcej wizyt.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
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
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precyzja</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Planned visits: every visit of the cell that is not cancelled.</source>
        <translation>Planowane wizyty: wszystkie wizyty komórki, które nie zostały anulowane.</translation>
    </message>
    <message>
        <source>The fieldwork budget: the scenario fees of the cell's visits, in the currency the fees were entered in.</source>
        <translation>Budżet badań terenowych: wynagrodzenia za scenariusze wizyt komórki, w walucie, w której je wprowadzono.</translation>
    </message>
    <message>
        <source>The margin of error at 95 % confidence of a yes/no standard met 80 % of the time, for this many visits.</source>
        <translation>Margines błędu przy poziomie ufności 95 % dla standardu tak/nie spełnianego w 80 % przypadków, przy takiej liczbie wizyt.</translation>
    </message>
    <message>
        <source>Whether the cell has enough visits to report on its own.</source>
        <translation>Czy komórka ma dość wizyt, by raportować ją osobno.</translation>
    </message>
</context>
<context>
    <name>PlanSummaryPrinter</name>
    <message>
        <source>Wave</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(brak regionu)</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 pkt proc.</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regiony</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>placówki</translation>
    </message>
    <message>
        <source>One wave, by its code or name (all waves without it).</source>
        <translation>Jedna fala — według kodu lub nazwy (bez tej opcji: wszystkie fale).</translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WAVE</translation>
    </message>
    <message>
        <source>Group by these, separated by commas: wave, region, scenario, channel, location; or none. The default is region,scenario for one wave and wave for all waves.</source>
        <translation>Grupuj według tych wymiarów, rozdzielonych przecinkami: wave, region, scenario, channel, location; lub none. Domyślnie region,scenario dla jednej fali i wave dla wszystkich fal.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Wypisz podsumowanie w formacie JSON.</translation>
    </message>
    <message>
        <source>Print the cells and the total as CSV.</source>
        <translation>Wypisz komórki i sumę w formacie CSV.</translation>
    </message>
    <message>
        <source>%1: give either --json or --csv, not both</source>
        <translation>%1: podaj albo --json, albo --csv, nie oba naraz</translation>
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
        <translation>Podsumowanie planu fali %1 (%2)</translation>
    </message>
    <message>
        <source>Plan summary of all waves</source>
        <translation>Podsumowanie planu wszystkich fal</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, według: %1</translation>
    </message>
    <message>
        <source>No planned visits in this wave.</source>
        <translation>Brak zaplanowanych wizyt w tej fali.</translation>
    </message>
    <message>
        <source>No planned visits yet.</source>
        <translation>Nie ma jeszcze zaplanowanych wizyt.</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>za mała</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margines błędu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Margin: of a yes/no standard met 80 % of the time, at 95 % confidence.
Too small: fewer visits than the programme's small-base threshold (%1), too few to report on.
Budget: the scenario fees of the visits, in the currency the fees were entered in.

</source>
        <translation>Margines błędu: dla standardu tak/nie spełnianego w 80 % przypadków, przy poziomie ufności 95 %.
Za mała: mniej wizyt niż próg małej bazy programu (%1), za mało do raportowania.
Budżet: wynagrodzenia za scenariusze wizyt, w walucie, w której je wprowadzono.

</translation>
    </message>
    <message>
        <source>Readings per wave</source>
        <translation>Pomiary w fali</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Smallest base</source>
        <translation>Najmniejsza baza</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Za małe</translation>
    </message>
</context>
<context>
    <name>PlanSummaryView</name>
    <message>
        <source>±%1 pts</source>
        <translation>±%1 pkt proc.</translation>
    </message>
    <message>
        <source>Sample sizes…</source>
        <translation>Wielkości próby…</translation>
    </message>
    <message>
        <source>How many visits a cell needs: the calculator, starting from the selected row.</source>
        <translation>Ile wizyt potrzeba w komórce: kalkulator z wartościami z zaznaczonego wiersza.</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>&amp;Fala:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grupuj według:</translation>
    </message>
    <message>
        <source>W&amp;ave</source>
        <translation>F&amp;ala</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenariusz</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanał</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Placówka</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Wszystkie fale</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>This programme has no waves yet. Create them on the Waves tab with “New waves…”; their planned visits, budget and precision then show here.</source>
        <translation>Ten program nie ma jeszcze fal. Utwórz je na karcie Fale za pomocą polecenia „Nowe fale…”; ich zaplanowane wizyty, budżet i precyzja pojawią się wtedy tutaj.</translation>
    </message>
    <message>
        <source>No visits are planned in %1 (%2) yet. Once the wave's visits are planned, their number, budget and precision show here.</source>
        <translation>W fali %1 (%2) nie zaplanowano jeszcze wizyt. Gdy wizyty fali zostaną zaplanowane, ich liczba, budżet i precyzja pojawią się tutaj.</translation>
    </message>
    <message>
        <source>No visits are planned yet. Once visits are planned, their number, budget and precision show here.</source>
        <translation>Nie zaplanowano jeszcze wizyt. Gdy wizyty zostaną zaplanowane, ich liczba, budżet i precyzja pojawią się tutaj.</translation>
    </message>
    <message>
        <source>Precision of each wave's readings</source>
        <translation>Precyzja pomiarów w każdej fali</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Najmniejsza</translation>
    </message>
    <message>
        <source>Widest margin</source>
        <translation>Największy margines błędu</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Za małe</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiony</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Placówki</translation>
    </message>
    <message>
        <source>⚠ Too small to report: fewer visits than the programme's small-base threshold (%1; set on the Programme page).
Precision: the margin of error at 95 % confidence of a yes/no standard met 80 % of the time.
Budget: the scenario fees of the planned visits, in the currency the fees were entered in.</source>
        <translation>⚠ Za mała do raportowania: mniej wizyt niż próg małej bazy programu (%1; ustawiany na stronie Program).
Precyzja: margines błędu przy poziomie ufności 95 % dla standardu tak/nie spełnianego w 80 % przypadków.
Budżet: wynagrodzenia za scenariusze planowanych wizyt, w walucie, w której je wprowadzono.</translation>
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation>Kalkulator wielkości próby</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommand</name>
    <message>
        <source>Show or change the programme's settings and languages.</source>
        <translation>Pokaż lub zmień ustawienia i języki programu.</translation>
    </message>
    <message>
        <source>show or set</source>
        <translation>show lub set</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation>Wypisz ustawienia w formacie JSON.</translation>
    </message>
    <message>
        <source>The client's name.</source>
        <translation>Nazwa klienta.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The programme's name.</source>
        <translation>Nazwa programu.</translation>
    </message>
    <message>
        <source>The target score in percent, or none.</source>
        <translation>Wynik docelowy w procentach lub none.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Figures on fewer visits than this are flagged.</source>
        <translation>Wyniki oparte na mniejszej liczbie wizyt niż ta wartość są oznaczane.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Days before a shopper may visit the same location again.</source>
        <translation>Liczba dni, po których audytor może ponownie odwiedzić tę samą placówkę.</translation>
    </message>
    <message>
        <source>Whether reports may name staff: yes or no.</source>
        <translation>Czy raporty mogą podawać imiona i nazwiska personelu: yes lub no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>The language of reports and charts.</source>
        <translation>Język raportów i wykresów.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The programme's languages, comma-separated, in order.</source>
        <translation>Języki programu, oddzielone przecinkami, w kolejności.</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>programme: expected 'show FILE' or 'set FILE [options]' (see 'shopscope-cli programme --help')</source>
        <translation>programme: oczekiwano 'show FILE' lub 'set FILE [opcje]' (zobacz 'shopscope-cli programme --help')</translation>
    </message>
    <message>
        <source>“%1” is not a valid value</source>
        <translation>„%1” nie jest prawidłową wartością</translation>
    </message>
    <message>
        <source>programme set: --%1: %2</source>
        <translation>programme set: --%1: %2</translation>
    </message>
    <message>
        <source>programme set: nothing to change (see 'shopscope-cli programme --help')</source>
        <translation>programme set: nie ma nic do zmiany (zobacz 'shopscope-cli programme --help')</translation>
    </message>
    <message>
        <source>programme set: nothing changed: %1</source>
        <translation>programme set: nic nie zmieniono: %1</translation>
    </message>
    <message>
        <source>Client:           %1
Programme:        %2
Target score:     %3
Small base below: %4 visits
Shopper lockout:  %5 days
Staff names:      %6
Languages:        %7 (source %8, reports %9)</source>
        <translation>Klient:                      %1
Program:                     %2
Wynik docelowy:              %3
Mała baza:                   poniżej %4 wizyt
Karencja audytora:           %5 dni
Imiona i nazwiska personelu: %6
Języki:                      %7 (język źródłowy: %8, język raportów: %9)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>dozwolone</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>niedozwolone</translation>
    </message>
    <message>
        <source>The programme's settings.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

All changes of one 'set' are checked first and written together, or not at all.</source>
        <translation>Ustawienia programu.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

Wszystkie zmiany jednego polecenia 'set' są najpierw sprawdzane, a potem zapisywane razem albo wcale.</translation>
    </message>
    <message>
        <source>The font of charts and reports, or default (DejaVu Sans).</source>
        <translation>Czcionka wykresów i raportów albo default (DejaVu Sans).</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>RODZINA</translation>
    </message>
    <message>
        <source>The client's logo on charts and reports (PNG or JPEG), or none.</source>
        <translation>Logo klienta na wykresach i w raportach (PNG lub JPEG) albo none.</translation>
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
        <source>Choose one of the programme's languages as the report language.</source>
        <translation>Wybierz jeden z języków programu jako język raportów.</translation>
    </message>
    <message>
        <source>“%1” is not a language code (use codes such as en, sv, nb, lv, pl)</source>
        <translation>„%1” nie jest kodem języka (użyj kodów takich jak en, sv, nb, lv, pl)</translation>
    </message>
    <message>
        <source>The languages must be distinct and include the source (%1) and report (%2) languages.</source>
        <translation>Języki muszą być różne i obejmować język źródłowy (%1) oraz język raportów (%2).</translation>
    </message>
    <message>
        <source>Change the programme's languages</source>
        <translation>Zmiana języków programu</translation>
    </message>
    <message>
        <source>“%1” cannot be removed while texts or reports use it</source>
        <translation>Nie można usunąć „%1”, dopóki używają go teksty lub raporty</translation>
    </message>
    <message>
        <source>chart font</source>
        <translation>czcionka wykresów</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>The chart font must be one font family's name, such as “Noto Sans”.</source>
        <translation>Czcionka wykresów musi być nazwą jednej rodziny czcionek, np. „Noto Sans”.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB: save it smaller (a logo on a chart needs about 600 pixels across).</source>
        <translation>Logo jest większe niż 2 MB: zapisz je mniejsze (logo na wykresie potrzebuje około 600 pikseli szerokości).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logo musi być obrazem PNG lub JPEG.</translation>
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
        <source>This file's programme settings cannot be read: %1</source>
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
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>The font of the programme's charts and reports (DejaVu Sans by default)</source>
        <translation>Czcionka wykresów i raportów programu (domyślnie DejaVu Sans)</translation>
    </message>
    <message>
        <source>Chart &amp;font:</source>
        <translation>&amp;Czcionka wykresów:</translation>
    </message>
    <message>
        <source>Client's logo:</source>
        <translation>Logo klienta:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>Client's Logo</source>
        <translation>Logo klienta</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation>Nie można odczytać logo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 nie jest obrazem PNG ani JPEG.</translation>
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
        <translation>Kopiowanie zostało anulowane.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Nie można zapisać „%1”: %2.</translation>
    </message>
    <message>
        <source>An edit ran on a thread without a connection.</source>
        <translation>Zmiana została wykonana w wątku bez połączenia.</translation>
    </message>
    <message>
        <source>The change was cancelled; nothing was written.</source>
        <translation>Zmiana została anulowana; nic nie zapisano.</translation>
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
        <translation>
            <numerusform>%n raport należy do wizyt, które nigdy nie zostały zrealizowane</numerusform>
            <numerusform>%n raporty należą do wizyt, które nigdy nie zostały zrealizowane</numerusform>
            <numerusform>%n raportów należy do wizyt, które nigdy nie zostały zrealizowane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>
            <numerusform>%n wizyta jest przesłana, zatwierdzona lub odrzucona, ale nie ma raportu</numerusform>
            <numerusform>%n wizyty są przesłane, zatwierdzone lub odrzucone, ale nie mają raportu</numerusform>
            <numerusform>%n wizyt jest przesłanych, zatwierdzonych lub odrzuconych, ale nie ma raportu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>
            <numerusform>%n odpowiedź należy do pytania z innej wersji kwestionariusza</numerusform>
            <numerusform>%n odpowiedzi należą do pytania z innej wersji kwestionariusza</numerusform>
            <numerusform>%n odpowiedzi należy do pytania z innej wersji kwestionariusza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>
            <numerusform>%n odpowiedź wskazuje opcję pytania, które nie ma opcji</numerusform>
            <numerusform>%n odpowiedzi wskazują opcję pytania, które nie ma opcji</numerusform>
            <numerusform>%n odpowiedzi wskazuje opcję pytania, które nie ma opcji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>
            <numerusform>%n zaznaczenie wielokrotnego wyboru należy do pytania, które nie jest pytaniem wielokrotnego wyboru</numerusform>
            <numerusform>%n zaznaczenia wielokrotnego wyboru należą do pytania, które nie jest pytaniem wielokrotnego wyboru</numerusform>
            <numerusform>%n zaznaczeń wielokrotnego wyboru należy do pytania, które nie jest pytaniem wielokrotnego wyboru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>
            <numerusform>%n wersja kwestionariusza ma raporty, ale nie jest zamrożona</numerusform>
            <numerusform>%n wersje kwestionariusza mają raporty, ale nie są zamrożone</numerusform>
            <numerusform>%n wersji kwestionariusza ma raporty, ale nie są one zamrożone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>
            <numerusform>%n ważona wersja kwestionariusza ma wagi sekcji, które nie sumują się do 100</numerusform>
            <numerusform>%n ważone wersje kwestionariusza mają wagi sekcji, które nie sumują się do 100</numerusform>
            <numerusform>%n ważonych wersji kwestionariusza ma wagi sekcji, które nie sumują się do 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are planned outside their wave's dates</source>
        <translation>
            <numerusform>%n wizyta jest zaplanowana poza terminami swojej fali</numerusform>
            <numerusform>%n wizyty są zaplanowane poza terminami swojej fali</numerusform>
            <numerusform>%n wizyt jest zaplanowanych poza terminami swojej fali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) play a scenario of another channel than their location's</source>
        <translation>
            <numerusform>%n wizyta realizuje scenariusz innego kanału niż kanał jej placówki</numerusform>
            <numerusform>%n wizyty realizują scenariusz innego kanału niż kanał ich placówki</numerusform>
            <numerusform>%n wizyt realizuje scenariusz innego kanału niż kanał ich placówki</numerusform>
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
        <source>the schema differs from ShopScope's: %1</source>
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
    <message>
        <source>the stored scores could not be checked: %1</source>
        <translation>nie udało się sprawdzić zapisanych wyników: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) have stored scores that differ from a fresh rescoring (%1); run “shopscope-cli scores rescore”</source>
        <translation>
            <numerusform>%n raport ma zapisane wyniki różne od nowego przeliczenia (%1); uruchom „shopscope-cli scores rescore”</numerusform>
            <numerusform>%n raporty mają zapisane wyniki różne od nowego przeliczenia (%1); uruchom „shopscope-cli scores rescore”</numerusform>
            <numerusform>%n raportów ma zapisane wyniki różne od nowego przeliczenia (%1); uruchom „shopscope-cli scores rescore”</numerusform>
        </translation>
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
        <source>Could not write the new programme's settings: %1.</source>
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
    <name>QcChecker</name>
    <message>
        <source>there is no wave with the id %1</source>
        <translation>nie ma fali o identyfikatorze %1</translation>
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (less than %4 of it).</source>
        <translation>Trwała %1 min; scenariusz %2 zakłada około %3 (mniej niż %4 tego).</translation>
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (more than %4 times as long).</source>
        <translation>Trwała %1 min; scenariusz %2 zakłada około %3 (ponad %4 razy dłużej).</translation>
    </message>
    <message>
        <source>Made on %1, outside the wave's %2 – %3.</source>
        <translation>Wykonana %1, poza terminem fali %2 – %3.</translation>
    </message>
    <message>
        <source>Made at %1 on %2, when %3 is closed all day.</source>
        <translation>Wykonana o %1 w dniu %2, gdy %3 jest zamknięty przez cały dzień.</translation>
    </message>
    <message>
        <source>Made at %1 on %2; %3 is open %4.</source>
        <translation>Wykonana o %1 w dniu %2; %3 jest otwarty %4.</translation>
    </message>
    <message>
        <source>%1 is %2; the question allows %3 to %4.</source>
        <translation>%1 wynosi %2; pytanie dopuszcza od %3 do %4.</translation>
    </message>
    <message>
        <source>All %1 yes/no standards answered yes.</source>
        <translation>Wszystkie %1 standardy tak/nie z odpowiedzią tak.</translation>
    </message>
    <message>
        <source>No comment where the questionnaire asks for one: %1.</source>
        <translation>Brak komentarza tam, gdzie ankieta go wymaga: %1.</translation>
    </message>
    <message>
        <source>%1 of the %2 questions that allow N/A answered N/A; usually %3 for scenario %4.</source>
        <translation>%1 z %2 pytań dopuszczających N/D z odpowiedzią N/D; zwykle %3 dla scenariusza %4.</translation>
    </message>
    <message>
        <source>%1 of %2 answers the same as %3's report on visit %4 at %5, %6 of them unusual in this wave.</source>
        <translation>%1 z %2 odpowiedzi takich samych jak w raporcie %3 z wizyty %4 w %5, w tym %6 nietypowych w tej fali.</translation>
    </message>
    <message>
        <source>%1 of %2 answers the same as the report on visit %4 at %5 by %3, %6 of them unusual in this wave.</source>
        <translation>%1 z %2 odpowiedzi takich samych jak w raporcie z wizyty %4 w %5 autorstwa %3, w tym %6 nietypowych w tej fali.</translation>
    </message>
    <message>
        <source>%1 minutes after visit %2 at %3 ended, %4 km away (%5 minutes at %6 km/h).</source>
        <translation>%1 minut po zakończeniu wizyty %2 w %3, %4 km dalej (%5 minut przy %6 km/h).</translation>
    </message>
    <message>
        <source>Starts %1 minutes before visit %2 at %3 ended.</source>
        <translation>Zaczyna się %1 minut przed zakończeniem wizyty %2 w %3.</translation>
    </message>
</context>
<context>
    <name>QcCommand</name>
    <message>
        <source>The quality-control flags of a wave's reports, with their evidence.</source>
        <translation>Flagi kontroli jakości raportów fali, z uzasadnieniem.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation>Fala (kod lub nazwa).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only these kinds of flag (comma-separated).</source>
        <translation>Tylko te rodzaje flag (oddzielone przecinkami).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Wynik do przetwarzania maszynowego.</translation>
    </message>
    <message>
        <source>qc: give the wave with --wave NAME</source>
        <translation>qc: podaj falę przez --wave NAME</translation>
    </message>
    <message>
        <source>qc: --kind: “%1” is not a kind of flag (see 'shopscope-cli qc --help')</source>
        <translation>qc: --kind: „%1” nie jest rodzajem flagi (zobacz 'shopscope-cli qc --help')</translation>
    </message>
    <message>
        <source>qc: %1</source>
        <translation>qc: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flaga</numerusform>
            <numerusform>%n flagi</numerusform>
            <numerusform>%n flag</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 · %2: %3</source>
        <translation>wizyta %1 · %2: %3</translation>
    </message>
    <message>
        <source>Quality control of reports.

  FILE --wave NAME [--kind KIND,...] [--json]

Looks at every report of the wave (submitted, approved or rejected) and lists what deserves a
second look, with the figures: %1.
The thresholds are in docs/quality-control.md. Nothing is written; exit 0 also when there are flags.</source>
        <translation>Kontrola jakości raportów.

  FILE --wave NAME [--kind KIND,...] [--json]

Przegląda każdy raport fali (przesłany, zatwierdzony lub odesłany) i wypisuje to, co warto
sprawdzić drugi raz, z liczbami: %1.
Progi są opisane w docs/quality-control.md. Nic nie jest zapisywane; kod wyjścia to 0 także wtedy, gdy są flagi.</translation>
    </message>
</context>
<context>
    <name>QcFlag</name>
    <message>
        <source>implausible duration</source>
        <translation>nieprawdopodobny czas trwania</translation>
    </message>
    <message>
        <source>outside the wave's dates</source>
        <translation>poza terminem fali</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>poza godzinami otwarcia</translation>
    </message>
    <message>
        <source>answers copied</source>
        <translation>skopiowane odpowiedzi</translation>
    </message>
    <message>
        <source>visits too close together</source>
        <translation>wizyty zbyt blisko siebie</translation>
    </message>
    <message>
        <source>every standard met</source>
        <translation>wszystkie standardy spełnione</translation>
    </message>
    <message>
        <source>mostly N/A</source>
        <translation>głównie N/D</translation>
    </message>
    <message>
        <source>required comment missing</source>
        <translation>brak wymaganego komentarza</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>liczba poza zakresem</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Mandatory</source>
        <translation>Obowiązkowe</translation>
    </message>
    <message>
        <source>Offers “not applicable”</source>
        <translation>Oferuje „nie dotyczy”</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Punktowane</translation>
    </message>
    <message>
        <source>Bonus (adds to earned only)</source>
        <translation>Bonus (dodawany tylko do zdobytych punktów)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Dodaj opcję</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Usuń opcję</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>Niekrytyczne</translation>
    </message>
    <message>
        <source>Critical: failing zeroes the section</source>
        <translation>Krytyczne: niespełnienie zeruje sekcję</translation>
    </message>
    <message>
        <source>Critical: failing zeroes the visit</source>
        <translation>Krytyczne: niespełnienie zeruje wizytę</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>jednostka</translation>
    </message>
    <message>
        <source>label of the lowest value</source>
        <translation>etykieta najniższej wartości</translation>
    </message>
    <message>
        <source>label of the highest value</source>
        <translation>etykieta najwyższej wartości</translation>
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
        <translation>&amp;Pytanie:</translation>
    </message>
    <message>
        <source>&amp;Help for the shopper:</source>
        <translation>Pomo&amp;c dla audytora:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Waga:</translation>
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation>K&amp;rytyczne:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <source>Scale labels:</source>
        <translation>Etykiety skali:</translation>
    </message>
    <message>
        <source>&amp;Shown when:</source>
        <translation>Wyświetlane, &amp;gdy:</translation>
    </message>
    <message>
        <source>Comment &amp;required:</source>
        <translation>Komentarz wymagan&amp;y:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Zmiana nazwy %1 na %2</translation>
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation>Zmiana typu pytania %1</translation>
    </message>
    <message>
        <source>Change whether %1 is mandatory</source>
        <translation>Zmiana obowiązkowości pytania %1</translation>
    </message>
    <message>
        <source>Change whether %1 offers N/A</source>
        <translation>Zmiana opcji „nie dotyczy” w pytaniu %1</translation>
    </message>
    <message>
        <source>Change whether %1 is scored</source>
        <translation>Zmiana punktowania pytania %1</translation>
    </message>
    <message>
        <source>Change whether %1 is a bonus</source>
        <translation>Zmiana ustawienia bonusu w pytaniu %1</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>Zmiana wagi pytania %1</translation>
    </message>
    <message>
        <source>Change whether %1 is critical</source>
        <translation>Zmiana krytyczności pytania %1</translation>
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation>Zmiana zakresu pytania %1</translation>
    </message>
    <message>
        <source>Change the unit of %1</source>
        <translation>Zmiana jednostki pytania %1</translation>
    </message>
    <message>
        <source>Change the scale labels of %1</source>
        <translation>Zmiana etykiet skali pytania %1</translation>
    </message>
    <message>
        <source>Add an option to %1</source>
        <translation>Dodanie opcji do pytania %1</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nowa opcja</translation>
    </message>
    <message>
        <source>Remove an option of %1</source>
        <translation>Usunięcie opcji pytania %1</translation>
    </message>
    <message>
        <source>Change when %1 is shown</source>
        <translation>Zmiana warunku wyświetlania pytania %1</translation>
    </message>
    <message>
        <source>Change when %1 needs a comment</source>
        <translation>Zmiana warunku komentarza do pytania %1</translation>
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation>Edycja tekstu pytania %1</translation>
    </message>
    <message>
        <source>Edit the options of %1</source>
        <translation>Edycja opcji pytania %1</translation>
    </message>
    <message>
        <source>An option needs a code.</source>
        <translation>Opcja wymaga kodu.</translation>
    </message>
    <message>
        <source>“%1” is not a number of points.</source>
        <translation>„%1” nie jest prawidłową liczbą punktów.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommand</name>
    <message>
        <source>List, export, import, validate questionnaires and score answers.</source>
        <translation>Wyświetl, eksportuj, importuj i waliduj kwestionariusze oraz punktuj odpowiedzi.</translation>
    </message>
    <message>
        <source>list, templates, export, import, validate or score</source>
        <translation>list, templates, export, import, validate lub score</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>The questionnaire version (CODE or CODE:N).</source>
        <translation>Wersja kwestionariusza (CODE lub CODE:N).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Zapisz do tego pliku zamiast na standardowe wyjście.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Read the questionnaire from a JSON file instead of a project.</source>
        <translation>Odczytaj kwestionariusz z pliku JSON zamiast z projektu.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Import this template (see 'templates').</source>
        <translation>Zaimportuj ten szablon (zobacz 'templates').</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The answers to score (JSON file, or - for standard input).</source>
        <translation>Odpowiedzi do wypunktowania (plik JSON lub - dla standardowego wejścia).</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANSWERS</translation>
    </message>
    <message>
        <source>Check the import and report, but write nothing.</source>
        <translation>Sprawdź import i zgłoś wynik, ale niczego nie zapisuj.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the language of the briefing or scoring sheet.</source>
        <translation>export: język instrukcji dla audytora lub arkusza punktacji.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik w formacie JSON.</translation>
    </message>
    <message>
        <source>questionnaire: the ACTION is missing (list, templates, export, import, validate or score)</source>
        <translation>questionnaire: brak ACTION (list, templates, export, import, validate lub score)</translation>
    </message>
    <message>
        <source>questionnaire: unknown action “%1” (list, templates, export, import, validate or score)</source>
        <translation>questionnaire: nieznana akcja „%1” (list, templates, export, import, validate lub score)</translation>
    </message>
    <message>
        <source>questionnaire list: expected one FILE</source>
        <translation>questionnaire list: oczekiwano jednego argumentu FILE</translation>
    </message>
    <message>
        <source>No questionnaires yet. Import one: shopscope-cli questionnaire import FILE --template bank-branch-visit</source>
        <translation>Nie ma jeszcze kwestionariuszy. Zaimportuj jeden: shopscope-cli questionnaire import FILE --template bank-branch-visit</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2  %3  (%4, %5, %n question(s), %6 reports)</source>
        <translation>
            <numerusform>%1:%2  %3  (%4, %5, %n pytanie, raporty: %6)</numerusform>
            <numerusform>%1:%2  %3  (%4, %5, %n pytania, raporty: %6)</numerusform>
            <numerusform>%1:%2  %3  (%4, %5, %n pytań, raporty: %6)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid questionnaire (%n problem(s))</source>
        <translation>
            <numerusform>„%1” nie jest prawidłowym kwestionariuszem (%n problem)</numerusform>
            <numerusform>„%1” nie jest prawidłowym kwestionariuszem (%n problemy)</numerusform>
            <numerusform>„%1” nie jest prawidłowym kwestionariuszem (%n problemów)</numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire: give a FILE (with --questionnaire) or --json-file</source>
        <translation>questionnaire: podaj FILE (z --questionnaire) lub --json-file</translation>
    </message>
    <message>
        <source>the programme has no questionnaire</source>
        <translation>program nie ma kwestionariusza</translation>
    </message>
    <message>
        <source>the programme has %1 questionnaire versions: choose one with --questionnaire</source>
        <translation>program ma kilka wersji kwestionariusza (%1): wybierz jedną za pomocą --questionnaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>questionnaire export: “%1” is not one of the questionnaire's languages (%2)</source>
        <translation>questionnaire export: „%1” nie należy do języków kwestionariusza (%2)</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>questionnaire import: %1 (see 'shopscope-cli questionnaire templates')</source>
        <translation>questionnaire import: %1 (zobacz 'shopscope-cli questionnaire templates')</translation>
    </message>
    <message numerus="yes">
        <source>questionnaire import: nothing imported from %1 (%n problem(s) to fix)</source>
        <translation>
            <numerusform>questionnaire import: nic nie zaimportowano z %1 (%n problem do naprawienia)</numerusform>
            <numerusform>questionnaire import: nic nie zaimportowano z %1 (%n problemy do naprawienia)</numerusform>
            <numerusform>questionnaire import: nic nie zaimportowano z %1 (%n problemów do naprawienia)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported (dry run: nothing written)</source>
        <translation>%1 można zaimportować (próba: nic nie zapisano)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n question(s)) into %2</source>
        <translation>
            <numerusform>Zaimportowano %1 (%n pytanie) do %2</numerusform>
            <numerusform>Zaimportowano %1 (%n pytania) do %2</numerusform>
            <numerusform>Zaimportowano %1 (%n pytań) do %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>ostrzeżenie: </translation>
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation>%1: nie znaleziono problemów</translation>
    </message>
    <message>
        <source>questionnaire score: --answers is missing</source>
        <translation>questionnaire score: brak --answers</translation>
    </message>
    <message>
        <source>%1: the answers must be one JSON object of answers by question code (%2)</source>
        <translation>%1: odpowiedzi muszą być jednym obiektem JSON z odpowiedziami według kodu pytania (%2)</translation>
    </message>
    <message>
        <source>found something else</source>
        <translation>znaleziono coś innego</translation>
    </message>
    <message>
        <source>%1: there is no such question in %2</source>
        <translation>%1: w %2 nie ma takiego pytania</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) cannot be scored</source>
        <translation>
            <numerusform>%1: nie można wypunktować %n odpowiedzi</numerusform>
            <numerusform>%1: nie można wypunktować %n odpowiedzi</numerusform>
            <numerusform>%1: nie można wypunktować %n odpowiedzi</numerusform>
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
        <translation>Kwestionariusze programu.

  list FILE                               wersje kwestionariuszy w FILE
  templates                               gotowe szablony
  export FILE [-q REF] [-o OUT] [--format json|briefing|scoring|xform|xlsform] [--language L]
                                          wersja jako JSON (docs/questionnaire-format.md),
                                          instrukcja dla audytora albo arkusz punktacji jako HTML albo
                                          formularz ODK (XForm lub XLSForm) do realizacji badania (docs/odk.md)
  import FILE (JSON | XLSFORM.xlsx | --template ID) [--dry-run]
                                          dodaj kwestionariusz (nową wersję, jeśli kod już istnieje)
  validate (FILE [-q REF] | --json-file JSON)
                                          wypisz, co jest nie tak; kod wyjścia 1 w razie błędów
  score (FILE -q REF | --json-file JSON) --answers ANSWERS
                                          wyniki wizyty, sekcji i pytań dla jednego zestawu odpowiedzi

REF to kod kwestionariusza (jego najnowsza wersja) lub CODE:VERSION. ANSWERS to obiekt JSON
z odpowiedziami według kodu pytania, np. {"GRT01": "yes", "GRT02": "na", "OVR01": 4,
"OFR08": ["loan", "card"]}; "-" oznacza standardowe wejście.</translation>
    </message>
    <message>
        <source>export: json (default), briefing or scoring (HTML documents), xform or xlsform (ODK).</source>
        <translation>export: json (domyślnie), briefing lub scoring (dokumenty HTML), xform lub xlsform (ODK).</translation>
    </message>
    <message>
        <source>xform/xlsform: ask the shopper for the visit ID instead of a hidden field filled by the link.</source>
        <translation>xform/xlsform: poproś audytora o identyfikator wizyty zamiast ukrytego pola wypełnianego przez link.</translation>
    </message>
    <message>
        <source>xform/xlsform: an optional comment field after every question, not only where one is required.</source>
        <translation>xform/xlsform: opcjonalne pole komentarza po każdym pytaniu, a nie tylko tam, gdzie komentarz jest wymagany.</translation>
    </message>
    <message>
        <source>xform/xlsform: the form version (default: the date and time).</source>
        <translation>xform/xlsform: wersja formularza (domyślnie: data i godzina).</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>questionnaire export: unknown format “%1” (use json, briefing, scoring, xform or xlsform)</source>
        <translation>questionnaire export: nieznany format „%1” (użyj json, briefing, scoring, xform lub xlsform)</translation>
    </message>
    <message>
        <source>questionnaire export: an XLSForm is a workbook: give --out FORM.xlsx</source>
        <translation>questionnaire export: XLSForm to skoroszyt: podaj --out FORM.xlsx</translation>
    </message>
    <message>
        <source>questionnaire export: --json reports on the export: give --out PATH too</source>
        <translation>questionnaire export: --json zwraca raport z eksportu: podaj też --out PATH</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>uwaga: %1</translation>
    </message>
    <message>
        <source>questionnaire export: %1</source>
        <translation>questionnaire export: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 %3, version %4, %n question(s))</source>
        <translation>
            <numerusform>Zapisano %1 (%2 %3, wersja %4, %n pytanie)</numerusform>
            <numerusform>Zapisano %1 (%2 %3, wersja %4, %n pytania)</numerusform>
            <numerusform>Zapisano %1 (%2 %3, wersja %4, %n pytań)</numerusform>
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
        <translation>questionnaire import: oczekiwano FILE i pliku JSON lub XLSForm (.xlsx) albo FILE --template ID</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDocuments</name>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>odpowiedź</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ma jedną z wartości: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ma wartość %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 nie ma wartości %2</translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation>%1 ma wartość poniżej %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 ma wartość najwyżej %2</translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation>%1 ma wartość powyżej %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 ma wartość co najmniej %2</translation>
    </message>
    <message>
        <source>Questionnaire %1 · answer every question marked * · language: %2</source>
        <translation>Kwestionariusz %1 · odpowiedz na każde pytanie oznaczone * · język: %2</translation>
    </message>
    <message>
        <source>☐ Yes ☐ No ☐ Not applicable</source>
        <translation>☐ Tak ☐ Nie ☐ Nie dotyczy</translation>
    </message>
    <message>
        <source>☐ Yes ☐ No</source>
        <translation>☐ Tak ☐ Nie</translation>
    </message>
    <message>
        <source>(tick all that apply)</source>
        <translation>(zaznacz wszystkie pasujące)</translation>
    </message>
    <message>
        <source>%1 (%2) … %3 (%4)</source>
        <translation>%1 (%2) … %3 (%4)</translation>
    </message>
    <message>
        <source>Only when %1.</source>
        <translation>Tylko gdy %1.</translation>
    </message>
    <message>
        <source>A comment is required when %1.</source>
        <translation>Komentarz jest wymagany, gdy %1.</translation>
    </message>
    <message>
        <source>Scoring sheet: %1</source>
        <translation>Arkusz punktacji: %1</translation>
    </message>
    <message>
        <source>Sections carry the weights below (they sum to 100); the visit score is the weighted mean of the section scores. A section with nothing applicable drops out and its weight is spread over the others.</source>
        <translation>Sekcje mają podane niżej wagi (sumują się do 100); wynik wizyty to średnia ważona wyników sekcji. Sekcja, w której nic nie ma zastosowania, jest pomijana, a jej waga jest rozdzielana na pozostałe.</translation>
    </message>
    <message>
        <source>All sections' points are pooled: the visit score is points earned / points possible.</source>
        <translation>Punkty wszystkich sekcji są sumowane: wynik wizyty to zdobyte punkty / możliwe punkty.</translation>
    </message>
    <message>
        <source>Not applicable answers count neither as earned nor as possible points. Bonus points add to earned only; every score is capped at 100 %. A failed critical item zeroes its section or the whole visit.</source>
        <translation>Odpowiedzi „nie dotyczy” nie są liczone ani do punktów zdobytych, ani do możliwych. Punkty bonusowe są dodawane tylko do zdobytych; każdy wynik jest ograniczony do 100 %. Niespełniony punkt krytyczny zeruje swoją sekcję lub całą wizytę.</translation>
    </message>
    <message>
        <source> — weight %1</source>
        <translation> — waga %1</translation>
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
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>niepunktowane</translation>
    </message>
    <message>
        <source>%1: N/A</source>
        <translation>%1: N/D</translation>
    </message>
    <message>
        <source>%1 → 0, %2 → full</source>
        <translation>%1 → 0, %2 → maksimum</translation>
    </message>
    <message>
        <source>critical: zeroes the section</source>
        <translation>krytyczne: zeruje sekcję</translation>
    </message>
    <message>
        <source>critical: zeroes the visit</source>
        <translation>krytyczne: zeruje wizytę</translation>
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
        <translation>nieznany klucz „%1” (dozwolone: %2)</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>brak „%1”</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>musi być tekstem</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musi mieć wartość true lub false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>musi być liczbą</translation>
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {"en": "..."}</source>
        <translation>musi być obiektem z tekstami według języka, np. {"en": "..."}</translation>
    </message>
    <message>
        <source>must be a condition object</source>
        <translation>musi być obiektem warunku</translation>
    </message>
    <message>
        <source>unknown type “%1” (use yes_no, rating, nps, single, multiple, number, date, time or text)</source>
        <translation>nieznany typ „%1” (użyj yes_no, rating, nps, single, multiple, number, date, time lub text)</translation>
    </message>
    <message>
        <source>must be none, section or visit, not “%1”</source>
        <translation>musi mieć wartość none, section lub visit, a nie „%1”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>musi być listą</translation>
    </message>
    <message>
        <source>sections nest one level deep only</source>
        <translation>sekcje można zagnieżdżać tylko na jeden poziom</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>wiersz %1, kolumna %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>plik musi zawierać jeden obiekt JSON</translation>
    </message>
    <message>
        <source>this is not a ShopScope questionnaire ("format" must be "%1")</source>
        <translation>to nie jest kwestionariusz ShopScope ("format" musi mieć wartość "%1")</translation>
    </message>
    <message>
        <source>format version %1 is newer than this ShopScope reads (%2)</source>
        <translation>wersja formatu %1 jest nowsza niż obsługiwana przez tę wersję ShopScope (%2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>musi mieć wartość %1</translation>
    </message>
    <message>
        <source>must be pooled or weighted, not “%1”</source>
        <translation>musi mieć wartość pooled lub weighted, a nie „%1”</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Create a &amp;new version to edit</source>
        <translation>Utwórz &amp;nową wersję do edycji</translation>
    </message>
    <message>
        <source>Select a section or a question to see its properties.</source>
        <translation>Zaznacz sekcję lub pytanie, aby zobaczyć właściwości.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kwestionariusz</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>Z szablonu…</translation>
    </message>
    <message>
        <source>Empty questionnaire</source>
        <translation>Pusty kwestionariusz</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>Języki…</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Drukuj do PDF</translation>
    </message>
    <message>
        <source>Shopper briefing…</source>
        <translation>Instrukcja dla audytora…</translation>
    </message>
    <message>
        <source>Scoring sheet for sign-off…</source>
        <translation>Arkusz punktacji do zatwierdzenia…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Wer&amp;sja:</translation>
    </message>
    <message>
        <source>Pooled points</source>
        <translation>Wspólna pula punktów</translation>
    </message>
    <message>
        <source>Weighted sections</source>
        <translation>Ważone sekcje</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Punktacja:</translation>
    </message>
    <message>
        <source>Edit in:</source>
        <translation>Edytuj w języku:</translation>
    </message>
    <message>
        <source>+ Section</source>
        <translation>+ Sekcja</translation>
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation>Dodaj sekcję po zaznaczonej</translation>
    </message>
    <message>
        <source>+ Question</source>
        <translation>+ Pytanie</translation>
    </message>
    <message>
        <source>Add a question after the selected one (Insert); the arrow chooses its type</source>
        <translation>Dodaj pytanie po zaznaczonym (Insert); strzałka pozwala wybrać jego typ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up); drag to move into another section</source>
        <translation>Przenieś w górę (Ctrl+Up); przeciągnij, aby przenieść do innej sekcji</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Przenieś w dół (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nie przeniesiono</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Właściwości</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>&amp;Tłumaczenia</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Podgląd</translation>
    </message>
    <message>
        <source>Problems (double-click to go there):</source>
        <translation>Problemy (kliknij dwukrotnie, aby przejść do miejsca):</translation>
    </message>
    <message>
        <source>This programme has no questionnaire yet. Start from one of the templates (retail, bank, restaurant, hotel, contact centre, e-mail), import one, or start from scratch with New… above.</source>
        <translation>Ten program nie ma jeszcze kwestionariusza. Zacznij od jednego z szablonów (handel detaliczny, bank, restauracja, hotel, contact center, e-mail), zaimportuj kwestionariusz lub zacznij od zera za pomocą przycisku Nowy… powyżej.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Zacznij od szablonu…</translation>
    </message>
    <message>
        <source>Rename the questionnaire</source>
        <translation>Zmiana nazwy kwestionariusza</translation>
    </message>
    <message>
        <source>Change how sections are scored</source>
        <translation>Zmiana sposobu punktowania sekcji</translation>
    </message>
    <message numerus="yes">
        <source>frozen, %n report(s)</source>
        <translation>
            <numerusform>zamrożona, %n raport</numerusform>
            <numerusform>zamrożona, %n raporty</numerusform>
            <numerusform>zamrożona, %n raportów</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>wersja robocza</translation>
    </message>
    <message>
        <source>%1 — %2, version %3 (%4)</source>
        <translation>%1 — %2, wersja %3 (%4)</translation>
    </message>
    <message>
        <source>This version has reports, so it is frozen: its questions keep the meaning the stored answers had. Create a new version to change it.</source>
        <translation>Ta wersja ma raporty, więc jest zamrożona: jej pytania zachowują znaczenie, jakie miały zapisane odpowiedzi. Aby ją zmienić, utwórz nową wersję.</translation>
    </message>
    <message>
        <source>The programme is open read-only.</source>
        <translation>Program jest otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>Draft: every change is saved at once and can be undone.</source>
        <translation>Wersja robocza: każda zmiana jest od razu zapisywana i można ją cofnąć.</translation>
    </message>
    <message>
        <source>No problems: this questionnaire is ready for fieldwork.</source>
        <translation>Brak problemów: kwestionariusz jest gotowy do realizacji badania.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Nie wprowadzono zmiany</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Dodaj pytanie</translation>
    </message>
    <message>
        <source>Add a section first.</source>
        <translation>Najpierw dodaj sekcję.</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Dodaj sekcję</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Przenieś</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nowa wersja</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>The programme's languages, in order, as codes separated by commas (e.g. en, sv, nb, lv, pl). The source language (%1) stays.</source>
        <translation>Języki programu w kolejności, jako kody rozdzielone przecinkami (np. en, sv, nb, lv, pl). Język źródłowy (%1) pozostaje.</translation>
    </message>
    <message>
        <source>Languages not changed</source>
        <translation>Nie zmieniono języków</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Nowy kwestionariusz</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nowa sekcja</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n pytanie)</numerusform>
            <numerusform>%1 (%n pytania)</numerusform>
            <numerusform>%1 (%n pytań)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Zacznij od:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Nie można odczytać „%1”: %2.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nic nie zaimportowano</translation>
    </message>
    <message>
        <source>“%1” cannot be imported:

%2</source>
        <translation>Nie można zaimportować „%1”:

%2</translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation>Importuj kwestionariusz</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Nie można zapisać „%1”: %2.</translation>
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation>Eksportuj kwestionariusz</translation>
    </message>
    <message>
        <source>ShopScope questionnaires (*.json)</source>
        <translation>Kwestionariusze ShopScope (*.json)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Nie można zapisać „%1”.</translation>
    </message>
    <message>
        <source>-scoring-sheet</source>
        <translation>-arkusz-punktacji</translation>
    </message>
    <message>
        <source>-briefing</source>
        <translation>-instrukcja</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>Arkusz punktacji</translation>
    </message>
    <message>
        <source>Shopper briefing</source>
        <translation>Instrukcja dla audytora</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Sub-section of the selected section</source>
        <translation>Podsekcja zaznaczonej sekcji</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>Dodaj podsekcję</translation>
    </message>
    <message>
        <source>Select the section that should hold the sub-section.</source>
        <translation>Zaznacz sekcję, która ma zawierać podsekcję.</translation>
    </message>
    <message>
        <source>Questionnaire file (JSON)…</source>
        <translation>Plik kwestionariusza (JSON)…</translation>
    </message>
    <message>
        <source>XForm for ODK Collect, Central and Enketo…</source>
        <translation>XForm dla ODK Collect, Central i Enketo…</translation>
    </message>
    <message>
        <source>XLSForm for KoboToolbox and ODK Central…</source>
        <translation>XLSForm dla KoboToolbox i ODK Central…</translation>
    </message>
    <message>
        <source>Import the XLSForm?</source>
        <translation>Zaimportować XLSForm?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported from “%1”. Not everything in the form comes along:

%2</source>
        <translation>
            <numerusform>Z „%1” można zaimportować %n pytanie. Nie wszystko z formularza zostanie przeniesione:

%2</numerusform>
            <numerusform>Z „%1” można zaimportować %n pytania. Nie wszystko z formularza zostanie przeniesione:

%2</numerusform>
            <numerusform>Z „%1” można zaimportować %n pytań. Nie wszystko z formularza zostanie przeniesione:

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaires (*.json *.xlsx);;ShopScope questionnaires (*.json);;XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation>Kwestionariusze (*.json *.xlsx);;Kwestionariusze ShopScope (*.json);;Skoroszyty XLSForm (*.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export for ODK fielding</source>
        <translation>Eksport do realizacji badania w ODK</translation>
    </message>
    <message>
        <source>XForms (*.xml)</source>
        <translation>Pliki XForm (*.xml)</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Skoroszyty XLSForm (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>&amp;Clear answers</source>
        <translation>&amp;Wyczyść odpowiedzi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Forget every answer and start the form again</source>
        <translation>Zapomnij wszystkie odpowiedzi i zacznij wypełniać formularz od nowa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [no %2 text]</source>
        <translation>%1 [brak tekstu w języku %2]</translation>
    </message>
    <message>
        <source>This questionnaire has no questions yet.</source>
        <translation>Ten kwestionariusz nie ma jeszcze pytań.</translation>
    </message>
    <message>
        <source>No questions in this section yet.</source>
        <translation>W tej sekcji nie ma jeszcze pytań.</translation>
    </message>
    <message>
        <source>Mandatory: the shopper must answer this question</source>
        <translation>Obowiązkowe: audytor musi odpowiedzieć na to pytanie</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalne</translation>
    </message>
    <message>
        <source>Comment (required):</source>
        <translation>Komentarz (wymagany):</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 % — failed critical item</source>
        <translation>%1 % — niespełniony punkt krytyczny</translation>
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
        <translation>Wynik wizyty: %1</translation>
    </message>
    <message>
        <source>Keys: 1–9 or an option's first letter choose it, a scale takes its number, − is N/A, Delete clears, Enter or Tab goes to the next question.</source>
        <translation>Klawisze: 1–9 lub pierwsza litera opcji ją wybiera, w skali wpisuje się jej liczbę, − to „Nie dotyczy”, Delete czyści, Enter lub Tab przechodzi do następnego pytania.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>this questionnaire version has reports and is frozen; create a new version to change it</source>
        <translation>ta wersja kwestionariusza ma raporty i jest zamrożona; aby ją zmienić, utwórz nową wersję</translation>
    </message>
    <message>
        <source>“%1” is not a version: write CODE or CODE:NUMBER, e.g. NB-EVAL:2</source>
        <translation>„%1” nie jest wersją: wpisz CODE lub CODE:NUMBER, np. NB-EVAL:2</translation>
    </message>
    <message>
        <source>there is no version %1 of questionnaire “%2”</source>
        <translation>kwestionariusz „%2” nie ma wersji %1</translation>
    </message>
    <message>
        <source>there is no questionnaire “%1”</source>
        <translation>kwestionariusz „%1” nie istnieje</translation>
    </message>
    <message>
        <source>questionnaire version %1 does not exist</source>
        <translation>wersja kwestionariusza %1 nie istnieje</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTemplates</name>
    <message>
        <source>there is no template “%1”</source>
        <translation>szablon „%1” nie istnieje</translation>
    </message>
    <message>
        <source>the template “%1” is broken: %2</source>
        <translation>szablon „%1” jest uszkodzony: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <source>weight %1</source>
        <translation>waga %1</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>bez punktacji</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>critical (section)</source>
        <translation>krytyczne (sekcja)</translation>
    </message>
    <message>
        <source>critical (visit)</source>
        <translation>krytyczne (wizyta)</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>warunkowe</translation>
    </message>
    <message>
        <source>Section / question</source>
        <translation>Sekcja / pytanie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Punktacja</translation>
    </message>
</context>
<context>
    <name>QuestionnaireValidator</name>
    <message>
        <source>the questionnaire code “%1” must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation>kod kwestionariusza „%1” musi składać się z 1-40 liter, cyfr, „_”, „-” lub „.”</translation>
    </message>
    <message>
        <source>the questionnaire has no name</source>
        <translation>kwestionariusz nie ma nazwy</translation>
    </message>
    <message>
        <source>the source language “%1” is not among the languages</source>
        <translation>języka źródłowego „%1” nie ma wśród języków</translation>
    </message>
    <message>
        <source>the %1 has no text in the source language (%2)</source>
        <translation>%1: brak tekstu w języku źródłowym (%2)</translation>
    </message>
    <message>
        <source>the %1 is not translated to %2</source>
        <translation>%1: brak tłumaczenia na język %2</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>sekcja %1</translation>
    </message>
    <message>
        <source>the code must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation>kod musi składać się z 1-40 liter, cyfr, „_”, „-” lub „.”</translation>
    </message>
    <message>
        <source>the section code is used twice</source>
        <translation>kod sekcji jest użyty dwukrotnie</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation>waga nie może być ujemna</translation>
    </message>
    <message>
        <source>weighted scoring needs a weight for every top-level section</source>
        <translation>punktacja ważona wymaga wagi dla każdej sekcji najwyższego poziomu</translation>
    </message>
    <message>
        <source>the section has no questions</source>
        <translation>sekcja nie ma pytań</translation>
    </message>
    <message>
        <source>the top-level section weights add up to %1, not 100</source>
        <translation>wagi sekcji najwyższego poziomu sumują się do %1, a nie do 100</translation>
    </message>
    <message>
        <source>the questionnaire has no questions</source>
        <translation>kwestionariusz nie ma pytań</translation>
    </message>
    <message>
        <source>the question code is used twice</source>
        <translation>kod pytania jest użyty dwukrotnie</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pytanie</translation>
    </message>
    <message>
        <source>the option code “%1” is used twice</source>
        <translation>kod opcji „%1” jest użyty dwukrotnie</translation>
    </message>
    <message>
        <source>option “%1”</source>
        <translation>opcja „%1”</translation>
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation>pytanie wyboru wymaga co najmniej dwóch opcji</translation>
    </message>
    <message>
        <source>a multiple-choice question may have at most 64 options</source>
        <translation>pytanie wielokrotnego wyboru może mieć najwyżej 64 opcje</translation>
    </message>
    <message>
        <source>a %1 question has no options</source>
        <translation>pytanie typu %1 nie może mieć opcji</translation>
    </message>
    <message>
        <source>a rating scale needs whole-number ends with min below max (e.g. 1-5, 1-10)</source>
        <translation>skala ocen wymaga całkowitych wartości krańcowych, z min mniejszym niż max (np. 1-5, 1-10)</translation>
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation>minimum jest większe niż maksimum</translation>
    </message>
    <message>
        <source>a %1 question cannot be scored</source>
        <translation>pytania typu %1 nie można punktować</translation>
    </message>
    <message>
        <source>the question is scored but no option earns points</source>
        <translation>pytanie jest punktowane, ale żadna opcja nie daje punktów</translation>
    </message>
    <message>
        <source>a scored question needs a weight above zero</source>
        <translation>pytanie punktowane wymaga wagi większej od zera</translation>
    </message>
    <message>
        <source>only a scored question can be critical</source>
        <translation>tylko pytanie punktowane może być krytyczne</translation>
    </message>
    <message>
        <source>only a scored question can be a bonus</source>
        <translation>tylko pytanie punktowane może być bonusowe</translation>
    </message>
    <message>
        <source>a bonus question cannot also be critical</source>
        <translation>pytanie bonusowe nie może być jednocześnie krytyczne</translation>
    </message>
    <message>
        <source>the %1 condition refers to the question itself</source>
        <translation>%1 odwołuje się do samego pytania</translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which comes later in the form</source>
        <translation>%1 odwołuje się do pytania %2, które występuje później w formularzu</translation>
    </message>
    <message>
        <source>the %1 condition refers to %2, which does not exist</source>
        <translation>%1 odwołuje się do pytania %2, które nie istnieje</translation>
    </message>
    <message>
        <source>the %1 condition compares %2 by size, but it is not a number or scale</source>
        <translation>%1 porównuje %2 według wielkości, ale to pytanie nie jest liczbą ani skalą</translation>
    </message>
    <message>
        <source>the %1 condition expects option “%2” of %3, which has only %4</source>
        <translation>%1 oczekuje opcji „%2” pytania %3, które ma tylko %4</translation>
    </message>
    <message>
        <source>show-if</source>
        <translation>warunek wyświetlania</translation>
    </message>
    <message>
        <source>comment-if</source>
        <translation>warunek komentarza</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>the file has no new or changed report</source>
        <translation>plik nie zawiera nowego ani zmienionego raportu</translation>
    </message>
    <message numerus="yes">
        <source>Import %n report(s) from %1</source>
        <translation>
            <numerusform>Importuj %n raport z %1</numerusform>
            <numerusform>Importuj %n raporty z %1</numerusform>
            <numerusform>Importuj %n raportów z %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the report of visit %1</source>
        <translation>Prześlij raport z wizyty %1</translation>
    </message>
    <message>
        <source>Save the draft report of visit %1</source>
        <translation>Zapisz wersję roboczą raportu z wizyty %1</translation>
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przydzielił</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Odpowiedzi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Decyzje&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality control&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontrola jakości&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a report to review it.</source>
        <translation>Wybierz raport, aby go sprawdzić.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report of visit %1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Raport z wizyty %1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>%1 %2, scenario %3, shopper %4</source>
        <translation>%1 %2, scenariusz %3, audytor %4</translation>
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation>%1 o %2, %3 min</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>brak godziny</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Obsługa: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Odesłana</translation>
    </message>
    <message>
        <source>Check this wave's reports</source>
        <translation>Sprawdź raporty fali</translation>
    </message>
</context>
<context>
    <name>ReportEntry</name>
    <message>
        <source>There is no visit %1 in this file.</source>
        <translation>W tym pliku nie ma wizyty %1.</translation>
    </message>
    <message>
        <source>Visit %1 has no shopper yet: assign one before entering the report.</source>
        <translation>Wizyta %1 nie ma jeszcze audytora: przydziel go przed wprowadzeniem raportu.</translation>
    </message>
    <message>
        <source>Visit %1 is cancelled: it has no report.</source>
        <translation>Wizyta %1 jest anulowana: nie ma raportu.</translation>
    </message>
    <message>
        <source>Scenario %1 of visit %2 has no questionnaire: choose one for the scenario first.</source>
        <translation>Scenariusz %1 wizyty %2 nie ma kwestionariusza: najpierw wybierz go dla scenariusza.</translation>
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation>W kwestionariuszu %2 nie ma pytania %1.</translation>
    </message>
    <message>
        <source>%1 does not allow N/A.</source>
        <translation>Pytanie %1 nie dopuszcza odpowiedzi „Nie dotyczy”.</translation>
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels).</source>
        <translation>„%1” nie jest odpowiedzią na %2 (%3 lub ich etykiety).</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2 (%3).</source>
        <translation>„%1” nie jest opcją pytania %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation>„%1” nie jest liczbą (%2).</translation>
    </message>
    <message>
        <source>%1: N/A cannot be chosen together with other options.</source>
        <translation>%1: „Nie dotyczy” nie można wybrać razem z innymi opcjami.</translation>
    </message>
    <message>
        <source>The report of visit %1 is approved: it can no longer be changed.</source>
        <translation>Raport z wizyty %1 jest zatwierdzony: nie można go już zmienić.</translation>
    </message>
    <message>
        <source>The report of visit %1 is already submitted: correct it and submit it again, it does not go back to a draft.</source>
        <translation>Raport z wizyty %1 jest już przesłany: popraw go i prześlij ponownie, nie wraca on do wersji roboczej.</translation>
    </message>
    <message>
        <source>“%1” is not a language of the programme (%2).</source>
        <translation>„%1” nie jest językiem programu (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a visit date such as 2026-11-22.</source>
        <translation>„%1” nie jest datą wizyty, np. 2026-11-22.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day such as 14:05.</source>
        <translation>„%1” nie jest godziną, np. 14:05.</translation>
    </message>
    <message>
        <source>%1 minutes is not a visit duration (0 to 1440).</source>
        <translation>%1 min to nieprawidłowy czas trwania wizyty (od 0 do 1440).</translation>
    </message>
    <message>
        <source>%1 is mandatory and has no answer.</source>
        <translation>%1 jest obowiązkowe i nie ma odpowiedzi.</translation>
    </message>
    <message>
        <source>%1 needs a comment for this answer.</source>
        <translation>%1 wymaga komentarza przy tej odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>Zapisz &amp;wersję roboczą</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Prześlij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Report of visit %1</source>
        <translation>Raport z wizyty %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · %5 · shopper %6</source>
        <translation>Wizyta %1 · fala %2 · %3 %4 · %5 · audytor %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>The day of the visit; the planned day is %1</source>
        <translation>Dzień wizyty; planowany dzień to %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>14:05</source>
        <translation>14:05</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zarejestrowano</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Served &amp;by:</source>
        <translation>Osoba &amp;obsługująca:</translation>
    </message>
    <message>
        <source>name or description of the staff member</source>
        <translation>imię i nazwisko lub opis pracownika</translation>
    </message>
    <message>
        <source>Served &amp;by (no names):</source>
        <translation>Osoba &amp;obsługująca (bez nazwisk):</translation>
    </message>
    <message>
        <source>a description only, e.g. young man at the till</source>
        <translation>tylko opis, np. młody mężczyzna przy kasie</translation>
    </message>
    <message>
        <source>This client forbids staff names in reports: describe the person instead.</source>
        <translation>Ten klient nie pozwala podawać w raportach imion i nazwisk personelu: zamiast tego opisz osobę.</translation>
    </message>
    <message>
        <source>the shopper's general remarks on the visit</source>
        <translation>ogólne uwagi audytora dotyczące wizyty</translation>
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation>&amp;Data wizyty:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Godzina:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Czas trwania:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <source>Check the report and hand it to review (Ctrl+Enter)</source>
        <translation>Sprawdź raport i przekaż go do przeglądu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep the report as it is, unsubmitted, to finish later (Ctrl+S)</source>
        <translation>Zachowaj raport w obecnej postaci, bez przesyłania, aby dokończyć go później (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Submit correction</source>
        <translation>&amp;Prześlij korektę</translation>
    </message>
    <message>
        <source>Enter report</source>
        <translation>Wprowadź raport</translation>
    </message>
    <message>
        <source>Approved: this report counts in the results and can no longer be changed.</source>
        <translation>Zatwierdzony: ten raport jest liczony w wynikach i nie można go już zmienić.</translation>
    </message>
    <message>
        <source>Submitted for review: a correction is submitted again.</source>
        <translation>Przesłany do przeglądu: korektę przesyła się ponownie.</translation>
    </message>
    <message>
        <source>Draft: not yet submitted.</source>
        <translation>Wersja robocza: jeszcze nie przesłano.</translation>
    </message>
    <message>
        <source>New report.</source>
        <translation>Nowy raport.</translation>
    </message>
    <message>
        <source>Every mandatory question is answered.</source>
        <translation>Odpowiedziano na wszystkie obowiązkowe pytania.</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer.</source>
        <translation>
            <numerusform>%n obowiązkowe pytanie nadal nie ma odpowiedzi.</numerusform>
            <numerusform>%n obowiązkowe pytania nadal nie mają odpowiedzi.</numerusform>
            <numerusform>%n obowiązkowych pytań nadal nie ma odpowiedzi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer, %1 required comment(s) missing.</source>
        <translation>
            <numerusform>%n obowiązkowe pytanie nadal nie ma odpowiedzi, brakujące wymagane komentarze: %1.</numerusform>
            <numerusform>%n obowiązkowe pytania nadal nie mają odpowiedzi, brakujące wymagane komentarze: %1.</numerusform>
            <numerusform>%n obowiązkowych pytań nadal nie ma odpowiedzi, brakujące wymagane komentarze: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
            <numerusform>… i jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation>Niezapisany raport</translation>
    </message>
    <message>
        <source>The report of visit %1 has changes that are not saved. Save them as a draft?</source>
        <translation>Raport z wizyty %1 ma niezapisane zmiany. Zapisać je jako wersję roboczą?</translation>
    </message>
    <message>
        <source>The correction of visit %1's report is not submitted. Close without it?</source>
        <translation>Korekta raportu z wizyty %1 nie została przesłana. Zamknąć bez niej?</translation>
    </message>
</context>
<context>
    <name>ReportImport</name>
    <message>
        <source>the file needs a visit id column, or location, shopper and date columns, to match its rows to visits</source>
        <translation>plik potrzebuje kolumny z identyfikatorem wizyty albo kolumn lokalizacji, audytora i daty, aby dopasować wiersze do wizyt</translation>
    </message>
    <message>
        <source>“%1” is not a visit id</source>
        <translation>„%1” nie jest identyfikatorem wizyty</translation>
    </message>
    <message>
        <source>“%1” is not a date (2026-11-05 or 05.11.2026)</source>
        <translation>„%1” nie jest datą (2026-11-05 lub 05.11.2026)</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>wizyta %1 nie istnieje</translation>
    </message>
    <message>
        <source>no visit of %1 by %2 in a wave around %3</source>
        <translation>brak wizyty w %1 wykonanej przez %2 w fali obejmującej %3</translation>
    </message>
    <message>
        <source>%1 visits match (%2); add a visit id column</source>
        <translation>pasuje %1 wizyt (%2); dodaj kolumnę z identyfikatorem wizyty</translation>
    </message>
    <message>
        <source>visit %1 is on line %2 already</source>
        <translation>wizyta %1 jest już w wierszu %2</translation>
    </message>
    <message>
        <source>visit %1 is %2: it has no shopper to report on it</source>
        <translation>wizyta %1 ma status %2: nie ma audytora, który by ją zrelacjonował</translation>
    </message>
    <message>
        <source>scenario %1 of visit %2 has no questionnaire version</source>
        <translation>scenariusz %1 wizyty %2 nie ma wersji ankiety</translation>
    </message>
    <message>
        <source>the questionnaire of visit %1 cannot be read</source>
        <translation>nie można odczytać ankiety wizyty %1</translation>
    </message>
    <message>
        <source>the visit date is missing</source>
        <translation>brak daty wizyty</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (14:05)</source>
        <translation>„%1” nie jest godziną (14:05)</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes</source>
        <translation>„%1” nie jest liczbą minut</translation>
    </message>
    <message>
        <source>“%1” is not a language of the programme</source>
        <translation>„%1” nie jest językiem programu</translation>
    </message>
    <message>
        <source>%1 does not allow N/A</source>
        <translation>%1 nie dopuszcza N/D</translation>
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels)</source>
        <translation>„%1” nie jest odpowiedzią na %2 (%3 lub ich etykiety)</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2</source>
        <translation>„%1” nie jest opcją pytania %2</translation>
    </message>
    <message>
        <source>“%1” says neither chosen (1, x, yes) nor not chosen (0, empty, no)</source>
        <translation>„%1” nie oznacza ani wybrane (1, x, yes), ani niewybrane (0, puste, no)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1” nie jest liczbą</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 jest poza zakresem od %2 do %3</translation>
    </message>
    <message>
        <source>%1 is mandatory but has no answer</source>
        <translation>%1 jest obowiązkowe, ale nie ma odpowiedzi</translation>
    </message>
    <message>
        <source>%1 is answered although its condition hides it; the answer is kept</source>
        <translation>%1 ma odpowiedź, choć warunek je ukrywa; odpowiedź zostaje</translation>
    </message>
    <message>
        <source>the report of visit %1 is approved: send it back before importing a changed one</source>
        <translation>raport z wizyty %1 jest zatwierdzony: odeślij go przed importem zmienionego</translation>
    </message>
    <message>
        <source>not a question of the questionnaire or a field of the report; the column is left out</source>
        <translation>to nie jest pytanie ankiety ani pole raportu; kolumna zostaje pominięta</translation>
    </message>
    <message numerus="yes">
        <source>no column for %n question(s): %1; they stay unanswered</source>
        <translation>
            <numerusform>brak kolumny dla %n pytania: %1; zostaje bez odpowiedzi</numerusform>
            <numerusform>brak kolumn dla %n pytań: %1; zostają bez odpowiedzi</numerusform>
            <numerusform>brak kolumn dla %n pytań: %1; zostają bez odpowiedzi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <source>Import reports from %1</source>
        <translation>Importuj raporty z %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n nowy raport</numerusform>
            <numerusform>%n nowe raporty</numerusform>
            <numerusform>%n nowych raportów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n zmieniony</numerusform>
            <numerusform>%n zmienione</numerusform>
            <numerusform>%n zmienionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n bez zmian</numerusform>
            <numerusform>%n bez zmian</numerusform>
            <numerusform>%n bez zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a KoboToolbox / ODK Central export: </source>
        <translation>Odczytano jako eksport z KoboToolbox / ODK Central: </translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Share of yes (%)</source>
        <translation>Odsetek odpowiedzi tak (%)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Wynik (%)</translation>
    </message>
    <message>
        <source>Hatched: fewer than %1 visits, read with care.</source>
        <translation>Zakreskowane: mniej niż %1 wizyt, interpretować ostrożnie.</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Placówki konkurencji</translation>
    </message>
    <message>
        <source>Own network</source>
        <translation>Własna sieć</translation>
    </message>
    <message>
        <source>n = %1 visits</source>
        <translation>n = %1 (wizyty)</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Fala</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Score by %1</source>
        <translation>Wynik według: %1</translation>
    </message>
    <message>
        <source>Score over the waves by %1</source>
        <translation>Wynik w kolejnych falach według: %1</translation>
    </message>
    <message>
        <source>Score over the waves</source>
        <translation>Wynik w kolejnych falach</translation>
    </message>
    <message>
        <source>Bands: margin of error at %1 %. A marker: a significant change since the wave before.</source>
        <translation>Pasma: margines błędu przy %1 %. Znacznik: istotna zmiana od poprzedniej fali.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Score by section</source>
        <translation>Wynik według sekcji</translation>
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation>Zgodność według standardu</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Section scores by %1</source>
        <translation>Wyniki sekcji według: %1</translation>
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation>Rozkład wyników wizyt</translation>
    </message>
    <message>
        <source>Visit score (%)</source>
        <translation>Wynik wizyty (%)</translation>
    </message>
    <message>
        <source>Visit scores by %1</source>
        <translation>Wyniki wizyt według: %1</translation>
    </message>
    <message>
        <source>Own network and competitors by section</source>
        <translation>Własna sieć i konkurenci według sekcji</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ogółem</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Share of customers (%)</source>
        <translation>Odsetek klientów (%)</translation>
    </message>
    <message>
        <source>NPS: promoters (9–10) minus detractors (0–6), in points.</source>
        <translation>NPS: promotorzy (9–10) minus krytycy (0–6), w punktach.</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Krytycy (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Neutralni (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotorzy (9–10)</translation>
    </message>
    <message>
        <source>What drives %1: importance and performance</source>
        <translation>Co wpływa na %1: ważność i wykonanie</translation>
    </message>
    <message>
        <source>Importance (% of the explained variance)</source>
        <translation>Ważność (% wyjaśnionej wariancji)</translation>
    </message>
    <message>
        <source>Performance (share of yes, %)</source>
        <translation>Wykonanie (odsetek tak, %)</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Popraw najpierw</translation>
    </message>
    <message>
        <source>Keep up</source>
        <translation>Utrzymaj poziom</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Drugorzędne</translation>
    </message>
    <message>
        <source>Possibly overdone</source>
        <translation>Być może przesadzone</translation>
    </message>
    <message>
        <source>Importance: relative weights (Johnson) of a regression of %1 on the standards, R² = %2. Fix first: important and below the average performance.</source>
        <translation>Ważność: wagi względne (Johnson) w regresji %1 względem standardów, R² = %2. Popraw najpierw: ważne i poniżej średniego wykonania.</translation>
    </message>
    <message>
        <source>%1: score by location</source>
        <translation>%1: wynik według placówek</translation>
    </message>
    <message>
        <source>Sections against the network</source>
        <translation>Sekcje na tle sieci</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cel %1</translation>
    </message>
    <message>
        <source>Mystery shopping results: %1</source>
        <translation>Wyniki badania Tajemniczy Klient: %1</translation>
    </message>
    <message>
        <source>%1 visits at %2 locations</source>
        <translation>Wizyty: %1, placówki: %2</translation>
    </message>
    <message>
        <source>Overall score %1 %</source>
        <translation>Wynik ogólny %1 %</translation>
    </message>
    <message>
        <source>Contents: the dashboard, the standard charts, a page per region and a page per location. Shoppers are never named.</source>
        <translation>Zawartość: pulpit, wykresy standardowe, strona dla każdego regionu i strona dla każdej placówki. Audytorzy nigdy nie są wymieniani z nazwiska.</translation>
    </message>
    <message>
        <source>a significant change since %1</source>
        <translation>istotna zmiana od %1</translation>
    </message>
    <message>
        <source>within the margin of error of %1</source>
        <translation>w granicach marginesu błędu względem %1</translation>
    </message>
    <message>
        <source>none with enough visits</source>
        <translation>brak z wystarczającą liczbą wizyt</translation>
    </message>
    <message>
        <source>Best locations</source>
        <translation>Najlepsze placówki</translation>
    </message>
    <message>
        <source>Locations for training</source>
        <translation>Placówki do szkolenia</translation>
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation>Najlepiej oceniany personel</translation>
    </message>
    <message>
        <source>Staff to coach</source>
        <translation>Personel do coachingu</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>wizyty: %1</translation>
    </message>
    <message>
        <source>score %1 %</source>
        <translation>wynik %1 %</translation>
    </message>
    <message>
        <source>network %1 %</source>
        <translation>sieć %1 %</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>miejsce %1 z %2</translation>
    </message>
    <message>
        <source>What the shoppers wrote</source>
        <translation>Co napisali audytorzy</translation>
    </message>
    <message>
        <source>No comments in this wave.</source>
        <translation>Brak komentarzy w tej fali.</translation>
    </message>
    <message>
        <source>… and %1 more comments</source>
        <translation>… oraz kolejne komentarze: %1</translation>
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation>Odpowiedzi na skalach ocen</translation>
    </message>
    <message>
        <source>Share of answers (%)</source>
        <translation>Udział odpowiedzi (%)</translation>
    </message>
    <message>
        <source>Shares of the answers given; not applicable left out.</source>
        <translation>Udziały udzielonych odpowiedzi; „nie dotyczy” pominięto.</translation>
    </message>
    <message>
        <source>General comment about the visit</source>
        <translation>Ogólny komentarz do wizyty</translation>
    </message>
    <message>
        <source>Visit ID</source>
        <translation>ID wizyty</translation>
    </message>
    <message>
        <source>The number of the visit on your assignment</source>
        <translation>Numer wizyty z Twojej listy wizyt</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Data wizyty</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>Godzina wizyty</translation>
    </message>
    <message>
        <source>How long did the visit take (minutes)?</source>
        <translation>Ile trwała wizyta (w minutach)?</translation>
    </message>
    <message>
        <source>From 0 to 1440 minutes</source>
        <translation>Od 0 do 1440 minut</translation>
    </message>
    <message>
        <source>Who served you?</source>
        <translation>Kto Cię obsługiwał?</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>“Not applicable” cannot be chosen together with other answers</source>
        <translation>Odpowiedzi „Nie dotyczy” nie można wybrać razem z innymi</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Liczba od %1 do %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation>Liczba nie mniejsza niż %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation>Liczba nie większa niż %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Please explain this answer in a comment</source>
        <translation>Prosimy wyjaśnić tę odpowiedź w komentarzu</translation>
    </message>
</context>
<context>
    <name>ResponseScorer</name>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
</context>
<context>
    <name>ResultsAggregator</name>
    <message>
        <source>Not applicable</source>
        <translation>Nie dotyczy</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nie zarejestrowano)</translation>
    </message>
    <message>
        <source>the confidence must be between 0 and 1, such as 0.95</source>
        <translation>poziom ufności musi być między 0 a 1, np. 0.95</translation>
    </message>
    <message>
        <source>the reports can be grouped by a report's own dimensions only, not by %1</source>
        <translation>raporty można grupować tylko według wymiarów samego raportu, a nie według %1</translation>
    </message>
</context>
<context>
    <name>ResultsCatalog</name>
    <message>
        <source>(no country)</source>
        <translation>(brak kraju)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(brak regionu)</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(brak obszaru)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>%1=%2: there is no such %1</source>
        <translation>%1=%2: nie ma takiego %1</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(brak marki)</translation>
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Wynik do przetwarzania maszynowego.</translation>
    </message>
    <message>
        <source>nothing was imported: the file has errors (--valid-rows imports the rows without any)</source>
        <translation>nic nie zaimportowano: plik zawiera błędy (--valid-rows importuje wiersze bez błędów)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>nic nie zaimportowano: %1</translation>
    </message>
    <message>
        <source>Enter, show or import shopper reports.</source>
        <translation>Wprowadzaj, wyświetlaj lub importuj raporty audytorów.</translation>
    </message>
    <message>
        <source>import, show or enter</source>
        <translation>import, show lub enter</translation>
    </message>
    <message>
        <source>The reports (import), or the visit's number.</source>
        <translation>Raporty (import) lub numer wizyty.</translation>
    </message>
    <message>
        <source>An answer, CODE=VALUE (repeatable).</source>
        <translation>Odpowiedź, CODE=VALUE (można powtarzać).</translation>
    </message>
    <message>
        <source>A question's comment, CODE=TEXT (repeatable).</source>
        <translation>Komentarz do pytania, CODE=TEXT (można powtarzać).</translation>
    </message>
    <message>
        <source>The day of the visit (2026-11-22).</source>
        <translation>Dzień wizyty (2026-11-22).</translation>
    </message>
    <message>
        <source>The time of the visit (14:05); empty clears it.</source>
        <translation>Godzina wizyty (14:05); pusta wartość ją usuwa.</translation>
    </message>
    <message>
        <source>How long the visit took; empty clears it.</source>
        <translation>Jak długo trwała wizyta; pusta wartość usuwa tę informację.</translation>
    </message>
    <message>
        <source>The staff member who served the shopper (a description where the programme forbids names).</source>
        <translation>Pracownik, który obsługiwał audytora (opis, jeśli program nie pozwala na imiona i nazwiska).</translation>
    </message>
    <message>
        <source>The language the report was filled in.</source>
        <translation>Język, w którym wypełniono raport.</translation>
    </message>
    <message>
        <source>The shopper's general comment.</source>
        <translation>Ogólny komentarz audytora.</translation>
    </message>
    <message>
        <source>Save as a draft instead of submitting.</source>
        <translation>Zapisz jako wersję roboczą zamiast przesyłać.</translation>
    </message>
    <message>
        <source>results: expected import FILE CSV, show FILE VISIT or enter FILE VISIT (see 'shopscope-cli results --help')</source>
        <translation>results: oczekiwano import FILE CSV, show FILE VISIT lub enter FILE VISIT (zobacz 'shopscope-cli results --help')</translation>
    </message>
    <message>
        <source>%1: “%2” is not a visit number</source>
        <translation>%1: „%2” nie jest numerem wizyty</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --answer “%2”: expected CODE=VALUE</source>
        <translation>%1: --answer „%2”: oczekiwano CODE=VALUE</translation>
    </message>
    <message>
        <source>%1: --comment-for “%2”: expected CODE=TEXT</source>
        <translation>%1: --comment-for „%2”: oczekiwano CODE=TEXT</translation>
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation>W kwestionariuszu %2 nie ma pytania %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation>„%1” nie jest liczbą minut.</translation>
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · scenario %5 · shopper %6
</source>
        <translation>Wizyta %1 · fala %2 · %3 %4 · scenariusz %5 · audytor %6
</translation>
    </message>
    <message>
        <source>Report: %1 · %2 · visited %3 · %4 min · staff: %5
</source>
        <translation>Raport: %1 · %2 · wizyta %3 · %4 min · personel: %5
</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>komentarz: %1</translation>
    </message>
    <message>
        <source>comment required</source>
        <translation>wymagany komentarz</translation>
    </message>
    <message>
        <source>Score: %1
</source>
        <translation>Wynik: %1
</translation>
    </message>
    <message>
        <source>Mandatory without an answer: %1
</source>
        <translation>Obowiązkowe bez odpowiedzi: %1
</translation>
    </message>
    <message>
        <source>Nothing changed.
</source>
        <translation>Nic nie zmieniono.
</translation>
    </message>
    <message>
        <source>Saved as a draft.
</source>
        <translation>Zapisano jako wersję roboczą.
</translation>
    </message>
    <message>
        <source>Submitted for review.
</source>
        <translation>Przesłano do przeglądu.
</translation>
    </message>
    <message>
        <source>%1: visit %2: %3</source>
        <translation>%1: wizyta %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing was saved</source>
        <translation>%1: nic nie zapisano</translation>
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
        <translation>Raporty audytorów.

  import FILE CSV [--format shopscope|odk] [--dry-run] [--valid-rows] [--encoding NAME] [--delimiter CHAR]
         [--decimal-comma] [--json]

Jeden wiersz na wizytę. Wizyta jest znajdowana po kolumnie 'visit' (identyfikator) albo po kolumnach 'location',
'shopper' i 'date'. Kolumny opcjonalne: time, duration (minuty), staff, language, comment. Każda inna kolumna
to kod pytania; CODE_comment zawiera jego komentarz; pytanie wielokrotnego wyboru to jedna komórka z opcjami
rozdzielonymi ; lub | albo kolumna na opcję (CODE/option, 1 lub x oznacza wybrane). Odpowiedzi to kody lub
etykiety opcji w dowolnym języku programu; N/D w zwykłych zapisach (n/a, na, -, ej aktuellt, nie dotyczy...).
Wszystko albo nic, chyba że --valid-rows; raport, którego plik nie zmienia, zostaje bez zmian, więc ten
sam plik dwa razy niczego nie zmienia; zatwierdzony raport nigdy nie jest zmieniany. Zaimportowane wizyty
otrzymują status 'submitted' do przeglądu (docs/results-import.md).
--format odk odczytuje eksport z KoboToolbox lub ODK Central formularza zapisanego przez ShopScope
(questionnaire export --format xform|xlsform): rozpoznawane są prefiksy grup, pola wizyty ss_*,
wybrane opcje rozdzielone spacjami i metadane przesłania (docs/odk.md).

  show FILE VISIT [--json]
  enter FILE VISIT [--answer CODE=VALUE]... [--comment-for CODE=TEXT]... [--date DATE] [--time HH:MM]
        [--minutes N] [--staff TEXT] [--language CODE] [--report-comment TEXT] [--draft] [--json]

'show' wypisuje raport jednej wizyty z bieżącym wynikiem i tym, czego jeszcze brakuje do przesłania.
'enter' zmienia raport wizyty (wersję roboczą lub przesłany) zgodnie z podanymi wartościami i go przesyła albo
z --draft zachowuje go jako wersję roboczą; przesłanie wymaga odpowiedzi na każde widoczne obowiązkowe
pytanie i każdego wymaganego komentarza. VALUE jak w pliku; CODE= czyści odpowiedź. Nic nie jest
zapisywane, gdy cokolwiek jest nie tak (docs/report-entry.md).</translation>
    </message>
    <message>
        <source>import: shopscope (default) or odk (KoboToolbox / ODK Central CSV).</source>
        <translation>import: shopscope (domyślnie) lub odk (CSV z KoboToolbox / ODK Central).</translation>
    </message>
    <message>
        <source>results import: unknown --format “%1” (use shopscope or odk)</source>
        <translation>results import: nieznany --format „%1” (użyj shopscope lub odk)</translation>
    </message>
</context>
<context>
    <name>ResultsQuery</name>
    <message>
        <source>“%1” is not a dimension (use %2)</source>
        <translation>„%1” nie jest wymiarem (użyj %2)</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>„%1” podano dwa razy</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Odeślij…</translation>
    </message>
    <message>
        <source>Check the wave's reports</source>
        <translation>Sprawdź raporty fali</translation>
    </message>
    <message>
        <source>No flags: nothing unusual found.</source>
        <translation>Brak flag: nie znaleziono niczego nietypowego.</translation>
    </message>
    <message>
        <source>Select a report of the wave first.</source>
        <translation>Najpierw wybierz raport z fali.</translation>
    </message>
    <message>
        <source>Checking the wave's reports…</source>
        <translation>Sprawdzanie raportów fali…</translation>
    </message>
    <message>
        <source>The reports were not checked: %1</source>
        <translation>Raporty nie zostały sprawdzone: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) in the wave's reports</source>
        <translation>
            <numerusform>%n flaga w raportach fali</numerusform>
            <numerusform>%n flagi w raportach fali</numerusform>
            <numerusform>%n flag w raportach fali</numerusform>
        </translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Odeślij</translation>
    </message>
    <message>
        <source>What the shopper should correct (kept with the decision):</source>
        <translation>Co audytor ma poprawić (zapisywane z decyzją):</translation>
    </message>
    <message>
        <source>Select one or more reports first.</source>
        <translation>Najpierw wybierz jeden lub więcej raportów.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Nic nie zmieniono: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Zatwierdzono: %n raport</numerusform>
            <numerusform>Zatwierdzono: %n raporty</numerusform>
            <numerusform>Zatwierdzono: %n raportów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Odesłano: %n raport</numerusform>
            <numerusform>Odesłano: %n raporty</numerusform>
            <numerusform>Odesłano: %n raportów</numerusform>
        </translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation>Importuj raporty…</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Importuj raporty</translation>
    </message>
    <message>
        <source>%1 changes nothing: the programme already holds these reports.</source>
        <translation>%1 niczego nie zmienia: program ma już te raporty.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged reports</source>
        <translation>Zaimportowano %1: %2 nowych, %3 zmienionych, %4 niezmienionych raportów</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>Otwórz raport…</translation>
    </message>
    <message>
        <source>The selected report in the entry form: finish a draft or correct a report sent back</source>
        <translation>Wybrany raport w formularzu wprowadzania: dokończ wersję roboczą lub popraw odesłany raport</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>no report chosen</source>
        <translation>nie wybrano raportu</translation>
    </message>
    <message>
        <source>a report is sent back with a reason for the shopper</source>
        <translation>raport odsyła się z podaniem przyczyny dla audytora</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>wizyta %1 nie istnieje</translation>
    </message>
    <message>
        <source>visit %1 has no report yet</source>
        <translation>wizyta %1 nie ma jeszcze raportu</translation>
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted report can be approved</source>
        <translation>raport z wizyty %1 ma status %2: zatwierdzić można tylko przesłany raport</translation>
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted or approved report can be sent back</source>
        <translation>raport z wizyty %1 ma status %2: odesłać można tylko przesłany lub zatwierdzony raport</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n report(s)</source>
        <translation>
            <numerusform>Zatwierdź %n raport</numerusform>
            <numerusform>Zatwierdź %n raporty</numerusform>
            <numerusform>Zatwierdź %n raportów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send back %n report(s)</source>
        <translation>
            <numerusform>Odeślij %n raport</numerusform>
            <numerusform>Odeślij %n raporty</numerusform>
            <numerusform>Odeślij %n raportów</numerusform>
        </translation>
    </message>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation>w międzyczasie usunięto wizytę</translation>
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The confidence level must be 90 %, 95 % or 99 %, not %1.</source>
        <translation>Poziom ufności musi wynosić 90 %, 95 % lub 99 %, a nie %1.</translation>
    </message>
    <message>
        <source>Student's t needs at least 1 degree of freedom, not %1.</source>
        <translation>Rozkład t-Studenta wymaga co najmniej 1 stopnia swobody, a nie %1.</translation>
    </message>
    <message>
        <source>The number of visits must be at least 1, not %1.</source>
        <translation>Liczba wizyt musi wynosić co najmniej 1, a nie %1.</translation>
    </message>
    <message>
        <source>A mean needs at least %1 visits, not %2.</source>
        <translation>Do obliczenia średniej liczba wizyt musi wynosić co najmniej %1, a nie %2.</translation>
    </message>
    <message>
        <source>The population must be at least 1, not %1.</source>
        <translation>Wielkość populacji musi wynosić co najmniej 1, a nie %1.</translation>
    </message>
    <message>
        <source>The number of visits (%1) cannot exceed the population (%2).</source>
        <translation>Liczba wizyt (%1) nie może przekraczać wielkości populacji (%2).</translation>
    </message>
    <message>
        <source>The proportion must be between 0 and 1 (0.8 for 80 %), not %1.</source>
        <translation>Odsetek musi mieścić się w przedziale od 0 do 1 (0.8 oznacza 80 %), a nie %1.</translation>
    </message>
    <message>
        <source>The standard deviation must be 0 or more, not %1.</source>
        <translation>Odchylenie standardowe musi wynosić 0 lub więcej, a nie %1.</translation>
    </message>
    <message>
        <source>The population must be at least %1, not %2.</source>
        <translation>Wielkość populacji musi wynosić co najmniej %1, a nie %2.</translation>
    </message>
    <message>
        <source>The target margin is too small: it would need more than %1 visits.</source>
        <translation>Docelowy margines błędu jest za mały: wymagałby ponad %1 wizyt.</translation>
    </message>
    <message>
        <source>The target margin must be above 0 and below 1 (0.05 for ±5 points), not %1.</source>
        <translation>Docelowy margines błędu musi być większy od 0 i mniejszy od 1 (0.05 oznacza ±5 pkt proc.), a nie %1.</translation>
    </message>
    <message>
        <source>The target margin must be above 0, not %1.</source>
        <translation>Docelowy margines błędu musi być większy od 0, a nie %1.</translation>
    </message>
</context>
<context>
    <name>SampleSizeCalculator</name>
    <message>
        <source>Share of &amp;yes answers</source>
        <translation>Odsetek odpowiedzi „&amp;tak”</translation>
    </message>
    <message>
        <source>&amp;Mean score</source>
        <translation>Śr&amp;edni wynik</translation>
    </message>
    <message>
        <source>The share you expect (or last measured). 50 % gives the widest margin.</source>
        <translation>Oczekiwany (lub ostatnio zmierzony) odsetek. Przy 50 % margines błędu jest największy.</translation>
    </message>
    <message>
        <source>The spread of the score between visits, from an earlier wave.</source>
        <translation>Rozrzut wyniku między wizytami, na podstawie wcześniejszej fali.</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> wizyt</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Nieograniczona</translation>
    </message>
    <message>
        <source> units</source>
        <translation> jednostek</translation>
    </message>
    <message>
        <source>How many locations (or calls, or staff) the visits are drawn from. Knowing it narrows the margin when a large part of them is visited.</source>
        <translation>Z ilu placówek (lub połączeń, lub pracowników) losowane są wizyty. Znajomość tej liczby zawęża margines błędu, gdy odwiedzana jest duża ich część.</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Miara:</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>&amp;Odsetek:</translation>
    </message>
    <message>
        <source>Standard &amp;deviation:</source>
        <translation>Odchylenie &amp;standardowe:</translation>
    </message>
    <message>
        <source>&amp;Visits (n):</source>
        <translation>Liczba &amp;wizyt (n):</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>Poziom &amp;ufności:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Populacja:</translation>
    </message>
    <message>
        <source> points</source>
        <translation> pkt proc.</translation>
    </message>
    <message>
        <source>&amp;Target margin:</source>
        <translation>Docelowy &amp;margines błędu:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Margin of error</source>
        <translation>Margines błędu</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Próba</translation>
    </message>
    <message>
        <source>Visits needed</source>
        <translation>Wymagana liczba wizyt</translation>
    </message>
    <message>
        <source>Margin by number of visits</source>
        <translation>Margines błędu według liczby wizyt</translation>
    </message>
    <message>
        <source>Margin (points)</source>
        <translation>Margines błędu (pkt proc.)</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 pkt proc.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 przy poziomie ufności %2</translation>
    </message>
    <message>
        <source>Student's t with %1 degrees of freedom: with fewer than %2 visits the spread itself is uncertain.</source>
        <translation>Rozkład t-Studenta (stopnie swobody: %1): przy mniej niż %2 wizytach sam rozrzut jest niepewny.</translation>
    </message>
    <message>
        <source>Normal distribution (z = %1).</source>
        <translation>Rozkład normalny (z = %1).</translation>
    </message>
    <message>
        <source>%1 % measured on %2 visits: the true share is likely between %3 % and %4 %.</source>
        <translation>Zmierzono %1 % (liczba wizyt: %2): rzeczywisty odsetek najpewniej mieści się w przedziale od %3 % do %4 %.</translation>
    </message>
    <message>
        <source>Corrected for a population of %1 units.</source>
        <translation>Zastosowano poprawkę na skończoną populację (liczba jednostek: %1).</translation>
    </message>
    <message>
        <source>Small base: fewer than %1 visits are too few to report on their own.</source>
        <translation>Mała baza: mniej niż %1 wizyt to za mało, by raportować je osobno.</translation>
    </message>
    <message>
        <source>Visits needed: %1 for %2 at %3</source>
        <translation>Wymagana liczba wizyt: %1 dla marginesu błędu %2 przy poziomie ufności %3</translation>
    </message>
    <message>
        <source>more than the population</source>
        <translation>więcej niż liczy populacja</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>wszystkie jednostki</translation>
    </message>
    <message>
        <source>small base</source>
        <translation>mała baza</translation>
    </message>
</context>
<context>
    <name>SampleSizeCommand</name>
    <message>
        <source>Margin of error of a share or a mean for n visits, or the visits needed for a target margin.</source>
        <translation>Margines błędu odsetka lub średniej dla n wizyt albo liczba wizyt potrzebna do uzyskania docelowego marginesu błędu.</translation>
    </message>
    <message>
        <source>The share measured, as a proportion from 0 to 1 (0.8 for 80 %).</source>
        <translation>Zmierzony odsetek jako ułamek od 0 do 1 (0.8 oznacza 80 %).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Measure a mean score instead of a share (needs --sd).</source>
        <translation>Mierz średni wynik zamiast odsetka (wymaga --sd).</translation>
    </message>
    <message>
        <source>The standard deviation of the score, for --mean.</source>
        <translation>Odchylenie standardowe wyniku, dla --mean.</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>The number of visits: prints the margin of error.</source>
        <translation>Liczba wizyt: wypisuje margines błędu.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The target margin of error: prints the visits needed. A proportion for a share (0.05 for ±5 points), in the score's unit for a mean.</source>
        <translation>Docelowy margines błędu: wypisuje wymaganą liczbę wizyt. Dla odsetka jako ułamek (0.05 oznacza ±5 pkt proc.), dla średniej w jednostkach wyniku.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The confidence level: 90, 95 (the default) or 99.</source>
        <translation>Poziom ufności: 90, 95 (domyślnie) lub 99.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>The number of units sampled from (locations, calls), for the finite population correction. Without it the population counts as unlimited.</source>
        <translation>Liczba jednostek, z których losowana jest próba (placówki, połączenia), do poprawki na skończoną populację. Bez tej opcji populacja jest traktowana jako nieograniczona.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik w formacie JSON.</translation>
    </message>
    <message>
        <source>%1: --%2 expects a number, got “%3”</source>
        <translation>%1: --%2 oczekuje liczby, otrzymano „%3”</translation>
    </message>
    <message>
        <source>%1: --%2 expects a whole number, got “%3”</source>
        <translation>%1: --%2 oczekuje liczby całkowitej, otrzymano „%3”</translation>
    </message>
    <message>
        <source>%1: --confidence expects 90, 95 or 99, got “%2”</source>
        <translation>%1: --confidence oczekuje 90, 95 lub 99, otrzymano „%2”</translation>
    </message>
    <message>
        <source>%1: --confidence must be 90, 95 or 99, not “%2”</source>
        <translation>%1: --confidence musi wynosić 90, 95 lub 99, a nie „%2”</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2” (see 'shopscope-cli %1 --help')</source>
        <translation>%1: nieoczekiwany argument „%2” (zobacz 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: give either --p for a share or --mean --sd for a mean, not both</source>
        <translation>%1: podaj albo --p dla odsetka, albo --mean --sd dla średniej, nie oba naraz</translation>
    </message>
    <message>
        <source>%1: give --p P for a share or --mean --sd SD for a mean (see 'shopscope-cli %1 --help')</source>
        <translation>%1: podaj --p P dla odsetka lub --mean --sd SD dla średniej (zobacz 'shopscope-cli %1 --help')</translation>
    </message>
    <message>
        <source>%1: --mean needs --sd, the standard deviation of the score</source>
        <translation>%1: --mean wymaga --sd, czyli odchylenia standardowego wyniku</translation>
    </message>
    <message>
        <source>%1: --sd is for a mean: add --mean and leave out --p</source>
        <translation>%1: --sd dotyczy średniej: dodaj --mean i pomiń --p</translation>
    </message>
    <message>
        <source>%1: give either --n (for the margin) or --moe (for the visits needed), not both</source>
        <translation>%1: podaj albo --n (dla marginesu błędu), albo --moe (dla wymaganej liczby wizyt), nie oba naraz</translation>
    </message>
    <message>
        <source>%1: give --n N for the margin of error or --moe M for the visits needed</source>
        <translation>%1: podaj --n N dla marginesu błędu lub --moe M dla wymaganej liczby wizyt</translation>
    </message>
    <message>
        <source>±%1 points</source>
        <translation>±%1 pkt proc.</translation>
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
        <translation>populacja %1, poprawka na skończoną populację</translation>
    </message>
    <message>
        <source>t = %1 with %2 degrees of freedom</source>
        <translation>t = %1, stopnie swobody: %2</translation>
    </message>
    <message>
        <source>z = %1</source>
        <translation>z = %1</translation>
    </message>
    <message>
        <source>Margin of error: %1 at %2 % confidence (%3)</source>
        <translation>Margines błędu: %1 przy poziomie ufności %2 % (%3)</translation>
    </message>
    <message>
        <source>Visits needed: %1 for a margin of %2 at %3 % confidence (%4; %5 with %1 visits)</source>
        <translation>Wymagana liczba wizyt: %1 dla marginesu błędu %2 przy poziomie ufności %3 % (%4; dla liczby wizyt %1: %5)</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Select a scenario first.</source>
        <translation>Najpierw wybierz scenariusz.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nie skopiowano</translation>
    </message>
    <message>
        <source>Copied %1 as %2: edit the copy to make it a variant</source>
        <translation>Skopiowano %1 jako %2: edytuj kopię, aby utworzyć wariant</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nie usunięto</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Active (used in new waves)</source>
        <translation>Aktywny (używany w nowych falach)</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nowy scenariusz</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenariusz %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>e.g. MORTGAGE</source>
        <translation>np. HIPOTEKA</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anał:</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Jeszcze brak</translation>
    </message>
    <message>
        <source>%1 v%2 (%3)</source>
        <translation>%1 v%2 (%3)</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>zamrożona</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>wersja robocza</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>K&amp;westionariusz:</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>W&amp;ynagrodzenie:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Czas trwania:</translation>
    </message>
    <message>
        <source>Shopper profile</source>
        <translation>Profil audytora</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>Wi&amp;ek:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolna</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Płeć:</translation>
    </message>
    <message>
        <source>The shopper must speak every ticked language.</source>
        <translation>Audytor musi mówić we wszystkich zaznaczonych językach.</translation>
    </message>
    <message>
        <source>Other language code, e.g. ru</source>
        <translation>Inny kod języka, np. ru</translation>
    </message>
    <message>
        <source>Type a language code and press Enter to add it to the list.</source>
        <translation>Wpisz kod języka i naciśnij Enter, aby dodać go do listy.</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Języki:</translation>
    </message>
    <message>
        <source>The shopper must carry every tag listed, e.g. customer or has-car.</source>
        <translation>Audytor musi mieć wszystkie wymienione tagi, np. customer lub has-car.</translation>
    </message>
    <message>
        <source>New tag, e.g. has-car</source>
        <translation>Nowy tag, np. has-car</translation>
    </message>
    <message>
        <source>Type a tag (tags in use are offered) and press Enter to add it.</source>
        <translation>Wpisz tag (podpowiadane są używane już tagi) i naciśnij Enter, aby go dodać.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tagi:</translation>
    </message>
    <message>
        <source>Title and script</source>
        <translation>Tytuł i skrypt</translation>
    </message>
    <message>
        <source>The title is required in %1, the programme's source language. A language still to be translated is marked; its fields show the source text.</source>
        <translation>Tytuł jest wymagany w języku źródłowym programu: %1. Język, który nie został jeszcze przetłumaczony, jest oznaczony; jego pola pokazują tekst źródłowy.</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tyt&amp;uł:</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Skrypt:</translation>
    </message>
    <message>
        <source>%1 – source</source>
        <translation>%1 – źródłowy</translation>
    </message>
    <message>
        <source>%1 – missing</source>
        <translation>%1 – brak</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation>Jeszcze nie przetłumaczono</translation>
    </message>
    <message>
        <source>This questionnaire is made for the channel “%1”; it may serve this scenario too.</source>
        <translation>Ten kwestionariusz jest przeznaczony dla kanału „%1”; może służyć także temu scenariuszowi.</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>Delete scenario %1</source>
        <translation>Usunięcie scenariusza %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scenario(s)</source>
        <translation>
            <numerusform>Usunięcie %n scenariusza</numerusform>
            <numerusform>Usunięcie %n scenariuszy</numerusform>
            <numerusform>Usunięcie %n scenariuszy</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario %1</source>
        <translation>scenariusz %1 nie istnieje</translation>
    </message>
    <message numerus="yes">
        <source>%1 is played by %n visit(s); make it inactive instead of deleting it</source>
        <translation>
            <numerusform>scenariusz %1 jest realizowany w %n wizycie; zamiast go usuwać, oznacz go jako nieaktywny</numerusform>
            <numerusform>scenariusz %1 jest realizowany w %n wizytach; zamiast go usuwać, oznacz go jako nieaktywny</numerusform>
            <numerusform>scenariusz %1 jest realizowany w %n wizytach; zamiast go usuwać, oznacz go jako nieaktywny</numerusform>
        </translation>
    </message>
    <message>
        <source>the scenario is played by visits by now and stays</source>
        <translation>scenariusz jest już realizowany w wizytach i pozostaje</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Dodanie scenariusza %1</translation>
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation>Edycja scenariusza %1</translation>
    </message>
    <message>
        <source>Edit scenario %1 (now %2)</source>
        <translation>Edycja scenariusza %1 (teraz %2)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>Duplikowanie scenariusza %1 jako %2</translation>
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>Code: there is no scenario %1 to change</source>
        <translation>Kod: nie ma scenariusza %1 do zmiany</translation>
    </message>
    <message>
        <source>Code: must not be empty</source>
        <translation>Kod: nie może być pusty</translation>
    </message>
    <message>
        <source>Code: %1 is the code of another scenario</source>
        <translation>Kod: %1 to kod innego scenariusza</translation>
    </message>
    <message>
        <source>Channel: “%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation>Kanał: „%1” nie jest kanałem; użyj visit, call, email, web, social lub audit</translation>
    </message>
    <message numerus="yes">
        <source>Channel: %n visit(s) play this scenario at locations of another channel; it cannot become %1</source>
        <translation>
            <numerusform>Kanał: w %n wizycie ten scenariusz jest realizowany w placówkach innego kanału; nie może otrzymać kanału %1</numerusform>
            <numerusform>Kanał: w %n wizytach ten scenariusz jest realizowany w placówkach innego kanału; nie może otrzymać kanału %1</numerusform>
            <numerusform>Kanał: w %n wizytach ten scenariusz jest realizowany w placówkach innego kanału; nie może otrzymać kanału %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire: the chosen questionnaire version does not exist (any more)</source>
        <translation>Kwestionariusz: wybrana wersja kwestionariusza (już) nie istnieje</translation>
    </message>
    <message>
        <source>Fee: must be a number of 0 or more</source>
        <translation>Wynagrodzenie: musi być liczbą równą 0 lub większą</translation>
    </message>
    <message>
        <source>Duration: must be 1 to %1 minutes, not %2</source>
        <translation>Czas trwania: musi wynosić od 1 do %1 minut, a nie %2</translation>
    </message>
    <message>
        <source>Age: must be between %1 and %2, not %3</source>
        <translation>Wiek: musi mieścić się w przedziale od %1 do %2, a nie %3</translation>
    </message>
    <message>
        <source>Age: minimum %1 is above maximum %2</source>
        <translation>Wiek: minimum %1 przekracza maksimum %2</translation>
    </message>
    <message>
        <source>Gender: must be female, male, other or any, not “%1”</source>
        <translation>Płeć: musi mieć wartość female, male, other lub any, a nie „%1”</translation>
    </message>
    <message>
        <source>Languages: “%1” is not a language code such as lv or en</source>
        <translation>Języki: „%1” nie jest kodem języka, takim jak lv lub en</translation>
    </message>
    <message>
        <source>Tags: “%1” holds a comma; give each tag on its own</source>
        <translation>Tagi: „%1” zawiera przecinek; podaj każdy tag osobno</translation>
    </message>
    <message>
        <source>Title (%1): required in the programme's source language</source>
        <translation>Tytuł (%1): wymagany w języku źródłowym programu</translation>
    </message>
    <message>
        <source>Title (%1): %1 is not a language of this programme; add it first</source>
        <translation>Tytuł (%1): %1 nie należy do języków programu; najpierw go dodaj</translation>
    </message>
    <message>
        <source>Title (%1): the %1 script needs a title too</source>
        <translation>Tytuł (%1): skrypt w języku %1 także wymaga tytułu</translation>
    </message>
</context>
<context>
    <name>ScenariosCommand</name>
    <message>
        <source>any age</source>
        <translation>dowolny wiek</translation>
    </message>
    <message>
        <source>aged %1 or more</source>
        <translation>wiek od %1</translation>
    </message>
    <message>
        <source>aged up to %1</source>
        <translation>wiek do %1</translation>
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation>wiek %1–%2</translation>
    </message>
    <message>
        <source>List, show, add, change, duplicate and delete scenarios.</source>
        <translation>Wyświetl, pokaż, dodaj, zmień, zduplikuj i usuń scenariusze.</translation>
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
        <translation>Scenariusze: skrypty odgrywane przez audytorów, z wymaganym profilem audytora i wynagrodzeniem.

  list FILE [--json]
  show FILE CODE [--json]
  save FILE --code CODE [--rename NEW] [--channel visit|call|email|web|social|audit]
       [--version QCODE[:N]|none] [--fee X] [--minutes N|none] [--age MIN-MAX|none]
       [--gender female|male|other|any] [--language CODE|none]... [--tag TAG|none]...
       [--title LANG=TEXT]... [--script LANG=TEXT]... [--script-file LANG=PATH]...
       [--active yes|no] [--json]
  duplicate FILE CODE [NEWCODE] [--json]
  delete FILE CODE... [--json]

'save' dodaje scenariusz, gdy kod jest nowy, a w przeciwnym razie go zmienia; niepodane opcje
zachowują swoją wartość. --language i --tag zastępują całą listę (none ją opróżnia); przedział
wieku może być otwarty (25- lub -45). Tytuł jest wymagany w języku źródłowym programu; inne
języki mogą czekać na tłumaczenie (puste --title LANG= usuwa tytuł). Scenariusza realizowanego
w wizytach nie można usunąć: oznacz go jako nieaktywny za pomocą --active no.</translation>
    </message>
    <message>
        <source>list, show, save, duplicate or delete</source>
        <translation>list, show, save, duplicate lub delete</translation>
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
        <source>The scenario to add or change.</source>
        <translation>Scenariusz do dodania lub zmiany.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A new code for the scenario.</source>
        <translation>Nowy kod scenariusza.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>visit, call, email, web, social or audit.</source>
        <translation>visit, call, email, web, social lub audit.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>The questionnaire version its reports answer (CODE = the latest), or none.</source>
        <translation>Wersja kwestionariusza, na którą odpowiadają jego raporty (CODE = najnowsza), lub none.</translation>
    </message>
    <message>
        <source>QCODE:N</source>
        <translation>QCODE:N</translation>
    </message>
    <message>
        <source>What the shopper is paid.</source>
        <translation>Ile otrzymuje audytor.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The expected duration in minutes, or none.</source>
        <translation>Przewidywany czas trwania w minutach lub none.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The shopper's age band, e.g. 25-45, 25- or -45, or none.</source>
        <translation>Przedział wieku audytora, np. 25-45, 25- lub -45, albo none.</translation>
    </message>
    <message>
        <source>MIN-MAX</source>
        <translation>MIN-MAX</translation>
    </message>
    <message>
        <source>female, male, other or any.</source>
        <translation>female, male, other lub any.</translation>
    </message>
    <message>
        <source>GENDER</source>
        <translation>GENDER</translation>
    </message>
    <message>
        <source>A language the shopper must speak (repeat for more).</source>
        <translation>Język, którym musi mówić audytor (powtórz, aby podać więcej).</translation>
    </message>
    <message>
        <source>A tag the shopper must carry (repeat for more).</source>
        <translation>Tag, który musi mieć audytor (powtórz, aby podać więcej).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>The title in one language.</source>
        <translation>Tytuł w jednym języku.</translation>
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation>LANG=TEXT</translation>
    </message>
    <message>
        <source>The script in one language.</source>
        <translation>Skrypt w jednym języku.</translation>
    </message>
    <message>
        <source>The script in one language, read from a UTF-8 file.</source>
        <translation>Skrypt w jednym języku, wczytany z pliku UTF-8.</translation>
    </message>
    <message>
        <source>LANG=PATH</source>
        <translation>LANG=PATH</translation>
    </message>
    <message>
        <source>Whether new waves use it: yes or no.</source>
        <translation>Czy nowe fale go używają: yes lub no.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>scenarios: expected list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE or delete FILE CODE... (see 'shopscope-cli scenarios --help')</source>
        <translation>scenarios: oczekiwano list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE lub delete FILE CODE... (zobacz 'shopscope-cli scenarios --help')</translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation>  (nieaktywny)</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</source>
        <translation>Nie ma jeszcze scenariuszy. Dodaj scenariusz: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</translation>
    </message>
    <message>
        <source>scenarios show: %1</source>
        <translation>scenarios show: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
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
        <translation>Scenariusz:     %1%2
Kanał:          %3
Kwestionariusz: %4
Wynagrodzenie:  %5
Czas trwania:   %6
Audytor:        %7, %8
Języki:         %9
</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (nieaktywny)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>dowolna płeć</translation>
    </message>
    <message>
        <source>Tags:           %1
Visits:         %2
</source>
        <translation>Tagi:           %1
Wizyty:         %2
</translation>
    </message>
    <message>
        <source>
[%1] (missing: not translated yet)
</source>
        <translation>
[%1] (brak: jeszcze nie przetłumaczono)
</translation>
    </message>
    <message>
        <source>scenarios save: --%1: %2</source>
        <translation>scenarios save: --%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation>„%1” nie jest kanałem; użyj visit, call, email, web, social lub audit</translation>
    </message>
    <message>
        <source>“%1” is not a number (write 12.50)</source>
        <translation>„%1” nie jest liczbą (wpisz 12.50)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minutes</source>
        <translation>„%1” nie jest całkowitą liczbą minut</translation>
    </message>
    <message>
        <source>“%1” is not an age band (write 25-45, 25- or -45)</source>
        <translation>„%1” nie jest przedziałem wieku (wpisz 25-45, 25- lub -45)</translation>
    </message>
    <message>
        <source>“%1” is not female, male, other or any</source>
        <translation>„%1” nie jest żadną z wartości female, male, other, any</translation>
    </message>
    <message>
        <source>“%1” is not LANG=%2</source>
        <translation>„%1” nie ma postaci LANG=%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1” nie jest wartością tak/nie</translation>
    </message>
    <message>
        <source>scenarios save: --code is missing (the scenario to add or change)</source>
        <translation>scenarios save: brak --code (scenariusz do dodania lub zmiany)</translation>
    </message>
    <message>
        <source>scenarios save: nothing saved: %1</source>
        <translation>scenarios save: nic nie zapisano: %1</translation>
    </message>
    <message>
        <source>Added scenario %1</source>
        <translation>Dodano scenariusz %1</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Zapisano scenariusz %1</translation>
    </message>
    <message>
        <source>scenarios duplicate: nothing copied: %1</source>
        <translation>scenarios duplicate: nic nie skopiowano: %1</translation>
    </message>
    <message>
        <source>Copied scenario %1 as %2</source>
        <translation>Skopiowano scenariusz %1 jako %2</translation>
    </message>
    <message>
        <source>scenarios delete: nothing deleted: %1</source>
        <translation>scenarios delete: nic nie usunięto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scenario(s): %1</source>
        <translation>
            <numerusform>Usunięto %n scenariusz: %1</numerusform>
            <numerusform>Usunięto %n scenariusze: %1</numerusform>
            <numerusform>Usunięto %n scenariuszy: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreRefresher</name>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score…</source>
        <translation>
            <numerusform>Odświeżanie wyników: %Ln raport do przeliczenia…</numerusform>
            <numerusform>Odświeżanie wyników: %Ln raporty do przeliczenia…</numerusform>
            <numerusform>Odświeżanie wyników: %Ln raportów do przeliczenia…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score, %1 %</source>
        <translation>
            <numerusform>Odświeżanie wyników: %Ln raport do przeliczenia, %1 %</numerusform>
            <numerusform>Odświeżanie wyników: %Ln raporty do przeliczenia, %1 %</numerusform>
            <numerusform>Odświeżanie wyników: %Ln raportów do przeliczenia, %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Results refreshed: %1 reports scored.</source>
        <translation>Wyniki odświeżone: przeliczono %1 raportów.</translation>
    </message>
    <message>
        <source>The results could not be refreshed: %1</source>
        <translation>Nie udało się odświeżyć wyników: %1</translation>
    </message>
</context>
<context>
    <name>ScoreStore</name>
    <message>
        <source>report %1: %2</source>
        <translation>raport %1: %2</translation>
    </message>
    <message>
        <source>no stored scores</source>
        <translation>brak zapisanych wyników</translation>
    </message>
    <message>
        <source>scored under other scoring rules</source>
        <translation>obliczony według innych reguł punktacji</translation>
    </message>
    <message>
        <source>visit score %1 stored, %2 computed</source>
        <translation>wynik wizyty: zapisany %1, obliczony %2</translation>
    </message>
    <message>
        <source>section scores differ</source>
        <translation>wyniki sekcji się różnią</translation>
    </message>
    <message>
        <source>question scores differ</source>
        <translation>wyniki pytań się różnią</translation>
    </message>
    <message>
        <source>the answers kept for charts differ from the answers</source>
        <translation>odpowiedzi zapisane dla wykresów różnią się od odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ScoredVersion</name>
    <message>
        <source>questionnaire version %1 cannot be read: %2</source>
        <translation>nie można odczytać wersji ankiety %1: %2</translation>
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Results from the stored scores: mean scores, shares of yes, NPS and distributions by any grouping, with margins of error; rescore every report.</source>
        <translation>Wyniki z zapisanych punktacji: średnie, odsetek odpowiedzi tak, NPS i rozkłady w dowolnym grupowaniu, z marginesami błędu; ponowne przeliczenie wszystkich raportów.</translation>
    </message>
    <message>
        <source>The project file (after rescore for a rescoring).</source>
        <translation>Plik projektu (po rescore — dla ponownego przeliczenia).</translation>
    </message>
    <message>
        <source>Group by these dimensions, comma-separated (default: none).</source>
        <translation>Grupuj według tych wymiarów, oddzielonych przecinkami (domyślnie: brak).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Only this wave (its code or name); the same as --filter wave=NAME.</source>
        <translation>Tylko ta fala (jej kod lub nazwa); to samo co --filter wave=NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only reports of this value of a dimension, e.g. region=Rīga (repeatable).</source>
        <translation>Tylko raporty o tej wartości wymiaru, np. region=Rīga (można powtarzać).</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation>DIMENSION=VALUE</translation>
    </message>
    <message>
        <source>mean (default), yes, nps or distribution.</source>
        <translation>mean (domyślnie), yes, nps lub distribution.</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MEASURE</translation>
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation>Licz przesłane raporty oprócz zatwierdzonych.</translation>
    </message>
    <message>
        <source>The confidence of the margins: 90, 95 (default) or 99.</source>
        <translation>Poziom ufności marginesów: 90, 95 (domyślnie) lub 99.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (domyślnie) lub json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print JSON (the same as --format json).</source>
        <translation>Wypisz JSON (to samo co --format json).</translation>
    </message>
    <message>
        <source>scores: expected FILE [options] or rescore FILE (see 'shopscope-cli scores --help')</source>
        <translation>scores: oczekiwano FILE [opcje] lub rescore FILE (zobacz 'shopscope-cli scores --help')</translation>
    </message>
    <message>
        <source>scores: --by: %1</source>
        <translation>scores: --by: %1</translation>
    </message>
    <message>
        <source>scores: --measure must be mean, yes, nps or distribution, not “%1”</source>
        <translation>scores: --measure musi być mean, yes, nps lub distribution, a nie „%1”</translation>
    </message>
    <message>
        <source>scores: --filter must look like region=Vidzeme with a dimension of --by, not “%1”</source>
        <translation>scores: --filter musi wyglądać jak region=Vidzeme z wymiarem z --by, a nie „%1”</translation>
    </message>
    <message>
        <source>scores: --confidence must be 90, 95 or 99, not “%1”</source>
        <translation>scores: --confidence musi być 90, 95 lub 99, a nie „%1”</translation>
    </message>
    <message>
        <source>scores: --format must be csv or json, not “%1”</source>
        <translation>scores: --format musi być csv lub json, a nie „%1”</translation>
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
        <translation>Przeliczono %1: %2 raportów z %3 wersji ankiety, %4 wyników sekcji, %5 wyników pytań w %6 s</translation>
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
        <translation>Magazyn obliczonych wyników (docs/results.md).

  scores FILE [--by DIMENSIONS] [--wave NAME] [--filter DIMENSION=VALUE]... [--measure MEASURE]
              [--include-pending] [--confidence 90|95|99] [--format csv|json]
  scores rescore FILE [--json]

Wymiary: wave, country, region, area, location, channel, scenario, competitor, brand, staff, section,
question. Miary: mean (średni wynik wizyty; każdej sekcji z section, każdego pytania z
question), yes (odsetek tak wśród odpowiedzi tak i nie na każde pytanie tak/nie), nps (promotorzy 9-10
minus krytycy 0-6 dla każdego pytania NPS, w punktach), distribution (odpowiedzi według opcji lub punktu skali
z question, w przeciwnym razie wyniki według przedziałów wyniku). Każda wartość ma swoją liczebność n, margines błędu i
flagę małej liczebności (n poniżej progu małej liczebności programu). Liczą się tylko zatwierdzone raporty;
--include-pending dodaje przesłane. Wartości filtrów to kody lub nazwy; powtórz --filter dla kolejnych
wymiarów, podaj jeden wymiar kilka razy, aby objąć dowolną z jego wartości. rescore zastępuje każdy zapisany wynik
nowym przeliczeniem odpowiedzi (w jednej transakcji). Przykład:
  scores demo.shopscope --by wave,region --measure mean --filter channel=visit --format json</translation>
    </message>
</context>
<context>
    <name>ScoringPlan</name>
    <message>
        <source>%1: %2 is not an answer to this question (it accepts %3)</source>
        <translation>%1: %2 nie jest odpowiedzią na to pytanie (akceptuje ono %3)</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>jedną z: %1</translation>
    </message>
    <message>
        <source>a list of: %1</source>
        <translation>listę z: %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczbę</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>liczbę całkowitą od %1 do %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>liczbę od %1 do %2</translation>
    </message>
    <message>
        <source>a date such as 2026-11-22</source>
        <translation>datę, np. 2026-11-22</translation>
    </message>
    <message>
        <source>a time such as 14:30</source>
        <translation>godzinę, np. 14:30</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>no weight</source>
        <translation>brak wagi</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Waga:</translation>
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation>Zmiana nazwy sekcji %1 na %2</translation>
    </message>
    <message>
        <source>Edit the title of %1</source>
        <translation>Edycja tytułu sekcji %1</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>Zmiana wagi sekcji %1</translation>
    </message>
</context>
<context>
    <name>ShopperActions</name>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Select a shopper first.</source>
        <translation>Najpierw wybierz audytora.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importuj CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nie usunięto</translation>
    </message>
    <message>
        <source>Import shoppers</source>
        <translation>Importuj audytorów</translation>
    </message>
    <message>
        <source>%1 changes nothing: the panel already holds it.</source>
        <translation>Plik %1 niczego nie zmienia: panel już to zawiera.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>Zaimportowano plik %1: nowi: %2, zaktualizowani: %3, bez zmian: %4</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nic nie wyeksportowano</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, with personal data</source>
        <translation>
            <numerusform>Wyeksportowano %n audytora do pliku %1, z danymi osobowymi</numerusform>
            <numerusform>Wyeksportowano %n audytorów do pliku %1, z danymi osobowymi</numerusform>
            <numerusform>Wyeksportowano %n audytorów do pliku %1, z danymi osobowymi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>Wyeksportowano %n audytora do pliku %1, bez danych osobowych</numerusform>
            <numerusform>Wyeksportowano %n audytorów do pliku %1, bez danych osobowych</numerusform>
            <numerusform>Wyeksportowano %n audytorów do pliku %1, bez danych osobowych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperDialog</name>
    <message>
        <source>&amp;Add a period</source>
        <translation>Dod&amp;aj okres</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>&amp;Usuń okres</translation>
    </message>
    <message>
        <source>Add a &amp;location</source>
        <translation>Dodaj &amp;placówkę</translation>
    </message>
    <message>
        <source>Add a &amp;brand</source>
        <translation>Dodaj &amp;markę</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>New shopper</source>
        <translation>Nowy audytor</translation>
    </message>
    <message>
        <source>Shopper %1</source>
        <translation>Audytor %1</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <source>P&amp;ersonal data</source>
        <translation>Dane &amp;osobowe</translation>
    </message>
    <message>
        <source>A&amp;vailability</source>
        <translation>&amp;Dostępność</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest</source>
        <translation>Konflikty &amp;interesów</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>Wi&amp;zyty</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>the pseudonymous code used everywhere, e.g. S000123</source>
        <translation>pseudonimowy kod używany wszędzie, np. S000123</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Płeć:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Rok &amp;urodzenia:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Języki:</translation>
    </message>
    <message>
        <source>codes such as lv, en, ru</source>
        <translation>kody, np. lv, en, ru</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tagi:</translation>
    </message>
    <message>
        <source>e.g. has-car, customer, student</source>
        <translation>np. has-car, customer, student</translation>
    </message>
    <message>
        <source>Tags in use: %1</source>
        <translation>Używane tagi: %1</translation>
    </message>
    <message>
        <source>where the shopper lives</source>
        <translation>miejsce zamieszkania audytora</translation>
    </message>
    <message>
        <source>Home c&amp;ity:</source>
        <translation>&amp;Miasto zamieszkania:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>Home l&amp;atitude:</source>
        <translation>Sz&amp;erokość geograficzna domu:</translation>
    </message>
    <message>
        <source>Home l&amp;ongitude:</source>
        <translation>Dłu&amp;gość geograficzna domu:</translation>
    </message>
    <message>
        <source>Visits per &amp;wave:</source>
        <translation>Wizyty na &amp;falę:</translation>
    </message>
    <message>
        <source>Visits per &amp;day:</source>
        <translation>Wizyty dzien&amp;nie:</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>brak oceny</translation>
    </message>
    <message>
        <source>&amp;Rating (0–5):</source>
        <translation>O&amp;cena (0–5):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>&amp;Joined the panel:</source>
        <translation>&amp;W panelu od:</translation>
    </message>
    <message>
        <source>Who the shopper is. This is kept apart from the profile: assignment and analysis use only the code, exports leave it out unless asked for, and clients never see it.</source>
        <translation>Kim jest audytor. Te dane są przechowywane oddzielnie od profilu: przydział i analiza korzystają tylko z kodu, eksport pomija je, chyba że zażądano inaczej, a klienci nigdy ich nie widzą.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>imie@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+371 2612 3456</source>
        <translation>+48 512 345 678</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Kod &amp;pocztowy:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Do (włącznie)</translation>
    </message>
    <message>
        <source>Days on which the shopper cannot do visits (holidays, travel), both ends included. Periods that overlap are joined when saved.</source>
        <translation>Dni, w których audytor nie może realizować wizyt (urlop, wyjazdy), łącznie z pierwszym i ostatnim dniem. Nakładające się okresy są łączone przy zapisie.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Location code or brand</source>
        <translation>Kod placówki lub marka</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Where the shopper must never be sent: a location where family or friends work, or a whole brand they work for or used to. Type a location's code or part of it to choose it.</source>
        <translation>Dokąd nigdy nie wolno wysłać audytora: placówka, w której pracuje rodzina lub znajomi, albo cała marka, dla której audytor pracuje lub pracował. Aby wybrać placówkę, wpisz jej kod lub jego część.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <source>location code</source>
        <translation>kod placówki</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marka</translation>
    </message>
    <message>
        <source>(no such location)</source>
        <translation>(brak takiej placówki)</translation>
    </message>
    <message>
        <source>e.g. sister works here</source>
        <translation>np. pracuje tu siostra</translation>
    </message>
</context>
<context>
    <name>ShopperExportDialog</name>
    <message>
        <source>Include &amp;personal data (name, e-mail, phone, address, postcode)</source>
        <translation>Dołącz dane &amp;osobowe (imię i nazwisko, e-mail, telefon, adres, kod pocztowy)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>Export shoppers</source>
        <translation>Eksportuj audytorów</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) with their codes, profiles, availability and conflicts of interest: what planning needs, and nothing that tells who they are.</source>
        <translation>
            <numerusform>%n audytor z kodem, profilem, dostępnością i konfliktami interesów: to, czego potrzeba do planowania, i nic, co zdradza jego tożsamość.</numerusform>
            <numerusform>%n audytorzy z kodami, profilami, dostępnością i konfliktami interesów: to, czego potrzeba do planowania, i nic, co zdradza ich tożsamość.</numerusform>
            <numerusform>%n audytorów z kodami, profilami, dostępnością i konfliktami interesów: to, czego potrzeba do planowania, i nic, co zdradza ich tożsamość.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will say who the shoppers are and how to reach them. Keep it inside the agency, never send it to a client, and delete it when it has served its purpose (data protection: GDPR, and the ESOMAR and MSPA codes).</source>
        <translation>Plik ujawni, kim są audytorzy i jak się z nimi skontaktować. Przechowuj go w agencji, nigdy nie wysyłaj klientowi i usuń go, gdy przestanie być potrzebny (ochrona danych: RODO oraz kodeksy ESOMAR i MSPA).</translation>
    </message>
    <message>
        <source>&amp;Export with personal data</source>
        <translation>&amp;Eksportuj z danymi osobowymi</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
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
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geograficzna</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geograficzna</translation>
    </message>
    <message>
        <source>Visits per wave</source>
        <translation>Wizyty na falę</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>Wizyty dziennie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Data rejestracji</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Niedostępny</translation>
    </message>
    <message>
        <source>Conflicting locations</source>
        <translation>Placówki z konfliktem interesów</translation>
    </message>
    <message>
        <source>Conflicting brands</source>
        <translation>Marki z konfliktem interesów</translation>
    </message>
</context>
<context>
    <name>ShopperImport</name>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation>w pliku %1 są problemy; nic nie zaimportowano</translation>
    </message>
    <message>
        <source>%1 holds no shopper to import</source>
        <translation>plik %1 nie zawiera audytorów do zaimportowania</translation>
    </message>
    <message>
        <source>Import shoppers from %1</source>
        <translation>Import audytorów z pliku %1</translation>
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation>nie wybrano kolumny dla: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are imported together: choose a column for both or for neither</source>
        <translation>%1 i %2 są importowane razem: wybierz kolumnę dla obu albo dla żadnego</translation>
    </message>
    <message>
        <source>the shopper code is empty</source>
        <translation>kod audytora jest pusty</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>kod %1 występuje już w wierszu %2</translation>
    </message>
    <message>
        <source>“%1” is not a year of birth (such as 1987, or a date)</source>
        <translation>„%1” nie jest rokiem urodzenia (np. 1987 lub data)</translation>
    </message>
    <message>
        <source>“%1” is not a gender (female, male or other)</source>
        <translation>„%1” nie jest płcią (kobieta, mężczyzna lub inna)</translation>
    </message>
    <message>
        <source>“%1” is not a status (active, paused or blocked)</source>
        <translation>„%1” nie jest statusem (aktywny, wstrzymany lub zablokowany)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of visits</source>
        <translation>„%1” nie jest całkowitą liczbą wizyt</translation>
    </message>
    <message>
        <source>“%1” is not a rating (a number from 0 to 5%2)</source>
        <translation>„%1” nie jest oceną (liczba od 0 do 5%2)</translation>
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation>, z przecinkiem dziesiętnym</translation>
    </message>
    <message>
        <source>“%1” is not a date (2024-03-01 or 01.03.2024)</source>
        <translation>„%1” nie jest datą (2024-03-01 lub 01.03.2024)</translation>
    </message>
    <message>
        <source>“%1” is not a list of periods (2026-07-01..2026-07-14, 2026-12-24)</source>
        <translation>„%1” nie jest listą okresów (2026-07-01..2026-07-14, 2026-12-24)</translation>
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>w programie nie ma placówki %1</translation>
    </message>
    <message>
        <source>the file holds no shoppers</source>
        <translation>plik nie zawiera audytorów</translation>
    </message>
</context>
<context>
    <name>ShopperImportDialog</name>
    <message>
        <source>Import shoppers from %1</source>
        <translation>Importuj audytorów z pliku %1</translation>
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation>%1 (dane osobowe)</translation>
    </message>
    <message numerus="yes">
        <source>%n new shopper(s)</source>
        <translation>
            <numerusform>%n nowy audytor</numerusform>
            <numerusform>%n nowi audytorzy</numerusform>
            <numerusform>%n nowych audytorów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n zaktualizowany według kodu</numerusform>
            <numerusform>%n zaktualizowanych według kodu</numerusform>
            <numerusform>%n zaktualizowanych według kodu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n bez zmian</numerusform>
            <numerusform>%n bez zmian</numerusform>
            <numerusform>%n bez zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperPickerDialog</name>
    <message>
        <source>Assign visit %1 by hand</source>
        <translation>Ręczny przydział wizyty %1</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Audytor</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Miejsce zamieszkania</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Odległość</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Visits in the wave</source>
        <translation>Wizyty w fali</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Why by hand (kept in the visit's history)</source>
        <translation>Dlaczego ręcznie (zapisywane w historii wizyty)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przydziel</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <source>any day of the wave</source>
        <translation>dowolny dzień fali</translation>
    </message>
    <message>
        <source>Who carries out visit %1 at &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenario %5, %6?</source>
        <translation>Kto wykona wizytę %1 w &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenariusz %5, %6?</translation>
    </message>
    <message>
        <source>Now with %1.</source>
        <translation>Obecnie u %1.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Wynagrodzenie</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <source>The engine's cost of this choice in points: travel, fee, workload, rating and region manager terms (docs/assignment.md).</source>
        <translation>Koszt tego wyboru według silnika w punktach: dojazd, honorarium, obciążenie, ocena i kierownik regionu (docs/assignment.md).</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>zdalnie</translation>
    </message>
    <message>
        <source>Search by code or city; a code not listed says why</source>
        <translation>Szukaj po kodzie lub mieście; kod spoza listy powie dlaczego</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shopper(s) may take this visit under the programme's rules, cheapest first.</source>
        <translation>
            <numerusform>%Ln audytor może przejąć tę wizytę zgodnie z regułami programu, najtańsi najpierw.</numerusform>
            <numerusform>%Ln audytorów może przejąć tę wizytę zgodnie z regułami programu, najtańsi najpierw.</numerusform>
            <numerusform>%Ln audytorów może przejąć tę wizytę zgodnie z regułami programu, najtańsi najpierw.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has this visit already.</source>
        <translation>%1 ma już tę wizytę.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 may not take this visit:&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 nie może przejąć tej wizyty:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a shopper; what the choice weighs against shows here.</source>
        <translation>Wybierz audytora; tu pojawi się, co przemawia przeciw temu wyborowi.</translation>
    </message>
    <message>
        <source>%1: %2 points.</source>
        <translation>%1: %2 pkt.</translation>
    </message>
    <message>
        <source>Keeps every rule and costs the least.</source>
        <translation>Spełnia wszystkie reguły i kosztuje najmniej.</translation>
    </message>
</context>
<context>
    <name>ShopperStore</name>
    <message numerus="yes">
        <source>%1 has %n visit(s); pause or block the shopper instead of deleting</source>
        <translation>
            <numerusform>audytor %1 ma %n wizytę; zamiast go usuwać, wstrzymaj go lub zablokuj</numerusform>
            <numerusform>audytor %1 ma %n wizyty; zamiast go usuwać, wstrzymaj go lub zablokuj</numerusform>
            <numerusform>audytor %1 ma %n wizyt; zamiast go usuwać, wstrzymaj go lub zablokuj</numerusform>
        </translation>
    </message>
    <message>
        <source>shopper %1: %2</source>
        <translation>audytor %1: %2</translation>
    </message>
    <message>
        <source>shopper %1 is in use by now and stays</source>
        <translation>audytor %1 jest już w użyciu i pozostaje</translation>
    </message>
    <message>
        <source>Add shopper %1</source>
        <translation>Dodanie audytora %1</translation>
    </message>
    <message>
        <source>Edit shopper %1</source>
        <translation>Edycja audytora %1</translation>
    </message>
    <message>
        <source>Edit shopper %1 (now %2)</source>
        <translation>Edycja audytora %1 (teraz %2)</translation>
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation>audytor %1 nie istnieje</translation>
    </message>
    <message>
        <source>Delete shopper %1</source>
        <translation>Usunięcie audytora %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n shopper(s)</source>
        <translation>
            <numerusform>Usunięcie %n audytora</numerusform>
            <numerusform>Usunięcie %n audytorów</numerusform>
            <numerusform>Usunięcie %n audytorów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperValidator</name>
    <message>
        <source>must not be empty</source>
        <translation>nie może być pusty</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters</source>
        <translation>„%1…” ma więcej niż %2 znaków</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are kept</source>
        <translation>liczba znaków: %1; zachowanych zostanie najwyżej %2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1” nie jest adresem e-mail</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (digits, spaces and + ( ) - . / only)</source>
        <translation>„%1” nie jest numerem telefonu (tylko cyfry, spacje i + ( ) - . /)</translation>
    </message>
    <message>
        <source>must be from %1 to %2 (shoppers are %3 or older), not %4</source>
        <translation>musi mieścić się w przedziale od %1 do %2 (audytorzy mają co najmniej %3 lat), a nie %4</translation>
    </message>
    <message>
        <source>must be female, male, other or not given, not “%1”</source>
        <translation>musi mieć wartość kobieta, mężczyzna, inna lub nie podano, a nie „%1”</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as lv or en</source>
        <translation>„%1” nie jest kodem języka, takim jak lv lub en</translation>
    </message>
    <message>
        <source>“%1” holds a comma or semicolon; give each tag on its own</source>
        <translation>„%1” zawiera przecinek lub średnik; podaj każdy tag osobno</translation>
    </message>
    <message>
        <source>“%1…” is longer than 60 characters</source>
        <translation>„%1…” ma więcej niż 60 znaków</translation>
    </message>
    <message>
        <source>a home needs both latitude and longitude, or neither</source>
        <translation>miejsce zamieszkania wymaga podania zarówno szerokości, jak i długości geograficznej albo żadnej z nich</translation>
    </message>
    <message>
        <source>must be from -90 to 90, not %1</source>
        <translation>musi mieścić się w przedziale od -90 do 90, a nie %1</translation>
    </message>
    <message>
        <source>must be from -180 to 180, not %1</source>
        <translation>musi mieścić się w przedziale od -180 do 180, a nie %1</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1, not %2</source>
        <translation>musi być liczbą całkowitą od 0 do %1, a nie %2</translation>
    </message>
    <message>
        <source>must be active, paused or blocked, not “%1”</source>
        <translation>musi mieć wartość aktywny, wstrzymany lub zablokowany, a nie „%1”</translation>
    </message>
    <message>
        <source>must be from 0 to 5, not %1</source>
        <translation>musi mieścić się w przedziale od 0 do 5, a nie %1</translation>
    </message>
    <message>
        <source>a period needs a first and a last day</source>
        <translation>okres wymaga pierwszego i ostatniego dnia</translation>
    </message>
    <message>
        <source>%1 to %2 ends before it starts</source>
        <translation>okres od %1 do %2 kończy się, zanim się zacznie</translation>
    </message>
    <message>
        <source>two periods start on %1</source>
        <translation>dwa okresy zaczynają się w dniu %1</translation>
    </message>
    <message>
        <source>a conflict of interest is with one location or one brand</source>
        <translation>konflikt interesów dotyczy jednej placówki lub jednej marki</translation>
    </message>
    <message>
        <source>there is no shopper %1 to change</source>
        <translation>nie ma audytora %1 do zmiany</translation>
    </message>
    <message>
        <source>%1 is the code of another shopper</source>
        <translation>%1 to kod innego audytora</translation>
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>w programie nie ma placówki %1</translation>
    </message>
</context>
<context>
    <name>ShopperWriter</name>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation>w programie nie ma placówki %1</translation>
    </message>
</context>
<context>
    <name>ShoppersCommand</name>
    <message>
        <source>List and show the shopper panel with visit histories; import it from a CSV file, or export it.</source>
        <translation>Wyświetl i pokaż panel audytorów z historią wizyt; zaimportuj go z pliku CSV lub wyeksportuj.</translation>
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
        <translation>Panel audytorów programu.

  list FILE [--status S] [--city C] [--language L] [--tag T] [--search TEXT] [--json]
  show FILE CODE [--json]            jeden audytor z danymi osobowymi, dostępnością, konfliktami i wizytami
  import FILE CSV [--dry-run] [--valid-rows] [--map FIELD=COLUMN,...] [--encoding NAME]
                  [--delimiter CHAR] [--decimal-comma] [--json]
  export FILE [OUT.csv] [-o OUT.csv] [--personal] [--delimiter CHAR] [--excel]

Eksport pomija dane osobowe (imię i nazwisko, e-mail, telefon, adres, kod pocztowy), chyba że zażąda ich
--personal: plik z nazwiskami może trafić tylko tam, gdzie pozwalają na to przepisy o ochronie danych.
Kodowanie, separator i wiersz nagłówka są wykrywane automatycznie; kolumny są dopasowywane według nazw
w nagłówku (po angielsku, szwedzku, norwesku, łotewsku lub polsku), chyba że wskazuje je --map, np.
--map code=Kods,name=Vārds uzvārds. Pola: %1.
Listy (języki, tagi, konflikty) są rozdzielane przecinkami; daty niedostępności to okresy, np.
2026-07-01..2026-07-14, 2026-12-24. Każdy problem jest wypisywany z numerem wiersza i kolumny i nic nie
jest zapisywane, chyba że --valid-rows zaimportuje wiersze bez problemów. Istniejący kod jest aktualizowany
w kolumnach, które zawiera plik, a nie duplikowany.</translation>
    </message>
    <message>
        <source>list, show, import or export</source>
        <translation>list, show, import lub export</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Plik projektu.</translation>
    </message>
    <message>
        <source>export: include personal data (name, e-mail, phone, address, postcode).</source>
        <translation>export: dołącz dane osobowe (imię i nazwisko, e-mail, telefon, adres, kod pocztowy).</translation>
    </message>
    <message>
        <source>list: only shoppers with this status (active, paused, blocked).</source>
        <translation>list: tylko audytorzy o tym statusie (active, paused, blocked).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>list: only shoppers living in this city.</source>
        <translation>list: tylko audytorzy mieszkający w tym mieście.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>list: only shoppers speaking this language (a code such as lv).</source>
        <translation>list: tylko audytorzy mówiący w tym języku (kod, np. lv).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>list: only shoppers with this tag.</source>
        <translation>list: tylko audytorzy z tym tagiem.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>list: only shoppers whose code, name, city or e-mail contains TEXT.</source>
        <translation>list: tylko audytorzy, których kod, imię i nazwisko, miasto lub e-mail zawiera TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Wypisz wynik w formacie JSON.</translation>
    </message>
    <message>
        <source>shoppers export: give the output file once, as OUT or with -o</source>
        <translation>shoppers export: podaj plik wyjściowy raz, jako OUT lub za pomocą -o</translation>
    </message>
    <message>
        <source>shoppers: expected 'list FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE [OUT]' (see 'shopscope-cli shoppers --help')</source>
        <translation>shoppers: oczekiwano 'list FILE', 'show FILE CODE', 'import FILE CSV' lub 'export FILE [OUT]' (zobacz 'shopscope-cli shoppers --help')</translation>
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
            <numerusform>Wyeksportowano %n audytora do pliku %1, z danymi osobowymi</numerusform>
            <numerusform>Wyeksportowano %n audytorów do pliku %1, z danymi osobowymi</numerusform>
            <numerusform>Wyeksportowano %n audytorów do pliku %1, z danymi osobowymi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>Wyeksportowano %n audytora do pliku %1, bez danych osobowych</numerusform>
            <numerusform>Wyeksportowano %n audytorów do pliku %1, bez danych osobowych</numerusform>
            <numerusform>Wyeksportowano %n audytorów do pliku %1, bez danych osobowych</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers list: --status must be active, paused or blocked, not “%1”</source>
        <translation>shoppers list: --status musi mieć wartość active, paused lub blocked, a nie „%1”</translation>
    </message>
    <message>
        <source>shoppers list: %1: %2</source>
        <translation>shoppers list: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shopper(s)</source>
        <translation>
            <numerusform>%1 z %n audytora</numerusform>
            <numerusform>%1 z %n audytorów</numerusform>
            <numerusform>%1 z %n audytorów</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers show: %1: %2</source>
        <translation>shoppers show: %1: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Conflicts of interest:</source>
        <translation>Konflikty interesów:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>brand %1</source>
        <translation>marka %1</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>placówka %1</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Pliki CSV i tekstowe (*.csv *.txt *.tsv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Nie można zaimportować</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing changed.</source>
        <translation>Import %1 został anulowany; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nic nie zaimportowano</translation>
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
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln wiersz</numerusform>
            <numerusform>%Ln wiersze</numerusform>
            <numerusform>%Ln wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 match the filters.</source>
        <translation>Brak wyników dla tych filtrów (%1).</translation>
    </message>
    <message>
        <source>No %1 match “%2” with these filters.</source>
        <translation>Brak wyników dla „%2” przy tych filtrach (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>pasuje: %1 (łącznie %2)</translation>
    </message>
</context>
<context>
    <name>TranslationTable</name>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>with</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Translate %1</source>
        <translation>Tłumaczenie: %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Missing %1 text</source>
        <translation>Brak tekstu w języku %1</translation>
    </message>
    <message>
        <source>%1 (section)</source>
        <translation>%1 (sekcja)</translation>
    </message>
    <message>
        <source>%1 help</source>
        <translation>Pomoc: %1</translation>
    </message>
    <message>
        <source>All texts are there</source>
        <translation>Wszystkie teksty są uzupełnione</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing</source>
        <translation>
            <numerusform>brakuje %n tekstu</numerusform>
            <numerusform>brakuje %n tekstów</numerusform>
            <numerusform>brakuje %n tekstów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitAction</name>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation>w międzyczasie usunięto wizytę</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>wizyta %1 nie istnieje</translation>
    </message>
    <message>
        <source>no visit chosen</source>
        <translation>nie wybrano wizyty</translation>
    </message>
    <message>
        <source>%1: visit %2</source>
        <translation>%1: wizyta %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n wizyta</numerusform>
            <numerusform>%1: %n wizyty</numerusform>
            <numerusform>%1: %n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 was carried out already; its shopper stays</source>
        <translation>wizyta %1 została już zrealizowana; jej audytor pozostaje</translation>
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation>audytor %1 nie istnieje</translation>
    </message>
    <message>
        <source>visit %1 is with %2 already</source>
        <translation>wizyta %1 jest już przydzielona audytorowi %2</translation>
    </message>
    <message>
        <source>Assign visit %1 to %2</source>
        <translation>Przydział wizyty %1 audytorowi %2</translation>
    </message>
    <message>
        <source>visit %1 has no shopper to swap</source>
        <translation>wizyta %1 nie ma audytora do zamiany</translation>
    </message>
    <message>
        <source>visits %1 and %2 have the same shopper</source>
        <translation>wizyty %1 i %2 mają tego samego audytora</translation>
    </message>
    <message>
        <source>swapped with visit %1</source>
        <translation>zamieniono z wizytą %1</translation>
    </message>
    <message>
        <source>Swap the shoppers of visits %1 and %2</source>
        <translation>Zamiana audytorów wizyt %1 i %2</translation>
    </message>
    <message>
        <source>Accepted by the shopper</source>
        <translation>Zaakceptowana przez audytora</translation>
    </message>
    <message>
        <source>Visit done</source>
        <translation>Wizyta zrealizowana</translation>
    </message>
    <message>
        <source>Back to the pool (shopper dropped out)</source>
        <translation>Powrót do puli (audytor zrezygnował)</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Anuluj wizytę</translation>
    </message>
    <message>
        <source>Reinstate the visit</source>
        <translation>Przywróć wizytę</translation>
    </message>
    <message>
        <source>Lock the shopper</source>
        <translation>Zablokuj przydział audytora</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>visit %1 is %2: %3</source>
        <translation>wizyta %1 jest %2: %3</translation>
    </message>
    <message>
        <source>only an assigned visit can be accepted</source>
        <translation>zaakceptować można tylko przydzieloną wizytę</translation>
    </message>
    <message>
        <source>only an assigned or accepted visit can be done</source>
        <translation>jako zrealizowaną można oznaczyć tylko przydzieloną lub zaakceptowaną wizytę</translation>
    </message>
    <message>
        <source>only an assigned or accepted visit can go back to the pool</source>
        <translation>do puli może wrócić tylko przydzielona lub zaakceptowana wizyta</translation>
    </message>
    <message>
        <source>a visit that was carried out cannot be cancelled</source>
        <translation>zrealizowanej wizyty nie można anulować</translation>
    </message>
    <message>
        <source>only a cancelled visit can be reinstated</source>
        <translation>przywrócić można tylko anulowaną wizytę</translation>
    </message>
    <message>
        <source>visit %1 is locked already</source>
        <translation>wizyta %1 jest już zablokowana</translation>
    </message>
    <message>
        <source>only a visit with a shopper can be locked</source>
        <translation>zablokować można tylko wizytę z przydzielonym audytorem</translation>
    </message>
    <message>
        <source>visit %1 is not locked</source>
        <translation>wizyta %1 nie jest zablokowana</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Assign by hand…</source>
        <translation>Przydziel ręcznie…</translation>
    </message>
    <message>
        <source>Swap shoppers</source>
        <translation>Zamień audytorów</translation>
    </message>
    <message>
        <source>Fieldwork status</source>
        <translation>Status realizacji</translation>
    </message>
    <message>
        <source>Export fieldwork lists…</source>
        <translation>Eksportuj listy realizacji…</translation>
    </message>
    <message>
        <source>Why (kept in the visits' history):</source>
        <translation>Dlaczego (zapisywane w historii wizyt):</translation>
    </message>
    <message>
        <source>Select one or more visits first.</source>
        <translation>Najpierw wybierz co najmniej jedną wizytę.</translation>
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation>Nic nie zmieniono: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n wizyta</numerusform>
            <numerusform>%1: %n wizyty</numerusform>
            <numerusform>%1: %n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign by hand</source>
        <translation>Przydziel ręcznie</translation>
    </message>
    <message>
        <source>Select one visit first.</source>
        <translation>Najpierw wybierz jedną wizytę.</translation>
    </message>
    <message>
        <source>Select exactly two visits whose shoppers should change places.</source>
        <translation>Wybierz dokładnie dwie wizyty, których audytorzy mają się zamienić.</translation>
    </message>
    <message>
        <source>Export fieldwork lists</source>
        <translation>Eksportuj listy realizacji</translation>
    </message>
    <message>
        <source>Choose a wave in the filter, or select one of its visits.</source>
        <translation>Wybierz falę w filtrze lub zaznacz jedną z jej wizyt.</translation>
    </message>
    <message>
        <source>Folder for the fieldwork lists</source>
        <translation>Folder na listy realizacji</translation>
    </message>
    <message>
        <source>The lists were not written: %1</source>
        <translation>Nie zapisano list: %1</translation>
    </message>
    <message>
        <source>Writing the shoppers' lists of %1…</source>
        <translation>Zapisywanie list audytorów fali %1…</translation>
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation>Wizyty audytora %1 w fali %2</translation>
    </message>
    <message>
        <source>Export of the fieldwork lists of %1 cancelled; the files written so far stay in %2</source>
        <translation>Eksport list realizacji fali %1 anulowano; zapisane dotąd pliki pozostają w folderze %2</translation>
    </message>
    <message numerus="yes">
        <source>Fieldwork sheet and the lists of %n shopper(s) written to %1</source>
        <translation>
            <numerusform>Arkusz realizacji i lista %n audytora zapisane w folderze %1</numerusform>
            <numerusform>Arkusz realizacji i listy %n audytorów zapisane w folderze %1</numerusform>
            <numerusform>Arkusz realizacji i listy %n audytorów zapisane w folderze %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-assign…</source>
        <translation>Przydziel automatycznie…</translation>
    </message>
    <message>
        <source>No explanation: %1.</source>
        <translation>Brak wyjaśnienia: %1.</translation>
    </message>
    <message>
        <source>A cancelled visit gets no shopper.</source>
        <translation>Anulowana wizyta nie dostaje audytora.</translation>
    </message>
    <message>
        <source>Shoppers assigned automatically; Undo takes the whole run back.</source>
        <translation>Audytorzy przydzieleni automatycznie; Cofnij wycofuje cały przebieg.</translation>
    </message>
    <message>
        <source>The rules allow this choice, but:</source>
        <translation>Reguły pozwalają na ten wybór, ale:</translation>
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation>Kontynuować mimo to?</translation>
    </message>
    <message>
        <source>visit %1 is cancelled</source>
        <translation>wizyta %1 jest anulowana</translation>
    </message>
    <message>
        <source>%1 may not take visit %2:
%3

Nothing changed.</source>
        <translation>%1 nie może przejąć wizyty %2:
%3

Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Visit %1 assigned to %2 by hand</source>
        <translation>Wizyta %1 przydzielona ręcznie do %2</translation>
    </message>
    <message>
        <source>The shoppers of visits %1 and %2 may not change places:
%3

Nothing changed.</source>
        <translation>Audytorzy wizyt %1 i %2 nie mogą zamienić się miejscami:
%3

Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Enter report…</source>
        <translation>Wprowadź raport…</translation>
    </message>
    <message>
        <source>Type the selected visit's report from the shopper's paper or e-mail (Ctrl+E)</source>
        <translation>Wpisz raport wybranej wizyty z papierowego formularza lub e-maila audytora (Ctrl+E)</translation>
    </message>
    <message>
        <source>Report of visit %1 saved; Undo takes it back.</source>
        <translation>Zapisano raport z wizyty %1; Cofnij wycofuje tę zmianę.</translation>
    </message>
</context>
<context>
    <name>VisitDetailPanel</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shopper</source>
        <translation>Audytor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a visit to see who carries it out and its history.</source>
        <translation>Zaznacz wizytę, aby zobaczyć, kto ją realizuje, i jej historię.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Wizyta %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>Scenario %1, %2 %3</source>
        <translation>Scenariusz %1, %2 %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <source>shopper %1 (%2), %3</source>
        <translation>audytor %1 (%2), %3</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowana</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Przydział&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why this shopper, or why none?</source>
        <translation>Dlaczego ten audytor albo dlaczego żaden?</translation>
    </message>
</context>
<context>
    <name>VisitGenerator</name>
    <message numerus="yes">
        <source>Generate %n visit(s) for %1</source>
        <translation>
            <numerusform>Wygenerowanie %n wizyty dla fali %1</numerusform>
            <numerusform>Wygenerowanie %n wizyt dla fali %1</numerusform>
            <numerusform>Wygenerowanie %n wizyt dla fali %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since the preview; generate again</source>
        <translation>wizyty fali %1 zmieniły się od czasu podglądu; wygeneruj ponownie</translation>
    </message>
    <message>
        <source>some generated visits of wave %1 are gone already</source>
        <translation>niektóre wygenerowane wizyty fali %1 już nie istnieją</translation>
    </message>
    <message>
        <source>wave %1 already has every visit the plan asks for</source>
        <translation>fala %1 ma już wszystkie wizyty wymagane przez plan</translation>
    </message>
    <message>
        <source>wave %1 is %2: a closed wave takes no new visits</source>
        <translation>fala %1 ma status %2: do zamkniętej fali nie można dodawać nowych wizyt</translation>
    </message>
    <message>
        <source>the programme has no active scenario to plan</source>
        <translation>program nie ma aktywnego scenariusza do zaplanowania</translation>
    </message>
    <message>
        <source>scenarios.codes: no scenario has the code “%1”</source>
        <translation>scenarios.codes: żaden scenariusz nie ma kodu „%1”</translation>
    </message>
    <message>
        <source>scenarios.codes: scenario %1 is inactive</source>
        <translation>scenarios.codes: scenariusz %1 jest nieaktywny</translation>
    </message>
    <message>
        <source>locations.regions: no region is named “%1”</source>
        <translation>locations.regions: żaden region nie ma nazwy „%1”</translation>
    </message>
    <message>
        <source>no location matches the plan's location rules</source>
        <translation>żadna placówka nie spełnia reguł planu dotyczących placówek</translation>
    </message>
    <message numerus="yes">
        <source>%n kept visit(s) are at locations outside these rules and stay as they are</source>
        <translation>
            <numerusform>%n zachowana wizyta jest w placówce spoza tych reguł i pozostaje bez zmian</numerusform>
            <numerusform>%n zachowane wizyty są w placówkach spoza tych reguł i pozostają bez zmian</numerusform>
            <numerusform>%n zachowanych wizyt jest w placówkach spoza tych reguł i pozostaje bez zmian</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps %2 visits where the plan asks for %3</source>
        <translation>placówka %1 zachowuje wizyty: %2, a plan przewiduje %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is never open during wave %3, but the plan asks for %n visit(s) there</source>
        <translation>
            <numerusform>placówka %1 %2 nie jest otwarta w żadnym terminie fali %3, a plan przewiduje w niej %n wizytę</numerusform>
            <numerusform>placówka %1 %2 nie jest otwarta w żadnym terminie fali %3, a plan przewiduje w niej %n wizyty</numerusform>
            <numerusform>placówka %1 %2 nie jest otwarta w żadnym terminie fali %3, a plan przewiduje w niej %n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the plan asks for %3 visits but its opening hours allow only %4 in wave %5</source>
        <translation>%1 %2: plan przewiduje liczbę wizyt %3, ale godziny otwarcia pozwalają w fali %5 tylko na %4</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s) have no scenario of the plan for their channel: %1</source>
        <translation>
            <numerusform>%n placówka nie ma scenariusza planu dla swojego kanału: %1</numerusform>
            <numerusform>%n placówki nie mają scenariusza planu dla swojego kanału: %1</numerusform>
            <numerusform>%n placówek nie ma scenariusza planu dla swojego kanału: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <source>%1 % of the visits on %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation>%1 % wizyt w dniu %2 wymaga %3 wizyt, ale godziny otwarcia placówek pozwalają najwyżej na %4</translation>
    </message>
    <message>
        <source>%1 % of the visits in the %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation>%1 % wizyt w porze dnia %2 wymaga %3 wizyt, ale godziny otwarcia placówek pozwalają najwyżej na %4</translation>
    </message>
    <message>
        <source>the weekday quotas leave %1 visits for the other days, but the locations are open for at most %2 of them on those days</source>
        <translation>po kwotach dni tygodnia na pozostałe dni zostaje wizyt: %1, ale w te dni placówki są otwarte najwyżej dla %2 z nich</translation>
    </message>
    <message>
        <source>%1 %2 has no free opening hours left for its visits in wave %3</source>
        <translation>placówka %1 %2 nie ma już wolnych godzin otwarcia na swoje wizyty w fali %3</translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>there is no shopper %1</source>
        <translation>audytor %1 nie istnieje</translation>
    </message>
    <message>
        <source>there is no location %1</source>
        <translation>placówka %1 nie istnieje</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Jeszcze brak wizyt</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>, the last on %1</source>
        <translation>, ostatnia %1</translation>
    </message>
    <message>
        <source>, average score %1</source>
        <translation>, średni wynik %1</translation>
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Visited on %1</source>
        <translation>Data wizyty: %1</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Zaplanowana na %1</translation>
    </message>
    <message>
        <source>(no shopper)</source>
        <translation>(brak audytora)</translation>
    </message>
    <message>
        <source>Taken off (now %1)</source>
        <translation>Odebrana (teraz %1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <source>Shopper</source>
        <translation>Audytor</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>VisitHistoryPrinter</name>
    <message>
        <source>Visits: %1</source>
        <translation>Wizyty: %1</translation>
    </message>
    <message>
        <source>(no shopper)</source>
        <translation>(brak audytora)</translation>
    </message>
    <message>
        <source>taken off (now %1)</source>
        <translation>odebrana (teraz %1)</translation>
    </message>
</context>
<context>
    <name>VisitHistoryView</name>
    <message>
        <source>No visits yet: the history starts once this one is saved and given visits.</source>
        <translation>Jeszcze brak wizyt: historia zacznie się, gdy ten element zostanie zapisany i otrzyma wizyty.</translation>
    </message>
</context>
<context>
    <name>VisitsCommand</name>
    <message>
        <source>List visits; accept, finish, cancel, return to the pool, lock or assign them by hand; their history.</source>
        <translation>Wyświetl wizyty; zaakceptuj, zakończ, anuluj, zwróć do puli, zablokuj lub przydziel je ręcznie; ich historia.</translation>
    </message>
    <message>
        <source>list, set, assign, swap or history</source>
        <translation>list, set, assign, swap lub history</translation>
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
        <source>Only the visits of this wave (code or name).</source>
        <translation>Tylko wizyty tej fali (kod lub nazwa).</translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WAVE</translation>
    </message>
    <message>
        <source>Only visits with this status.</source>
        <translation>Tylko wizyty o tym statusie.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>accept, done, return, cancel, reinstate, lock or unlock.</source>
        <translation>accept, done, return, cancel, reinstate, lock lub unlock.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>The shopper's code.</source>
        <translation>Kod audytora.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why (kept in the visit's history).</source>
        <translation>Dlaczego (zapisywane w historii wizyty).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>visits: expected list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID or history FILE ID (see 'shopscope-cli visits --help')</source>
        <translation>visits: oczekiwano list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID lub history FILE ID (zobacz 'shopscope-cli visits --help')</translation>
    </message>
    <message>
        <source>visits list: %1: %2</source>
        <translation>visits list: %1: %2</translation>
    </message>
    <message>
        <source>visits list: --status: “%1” is not a visit status (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</source>
        <translation>visits list: --status: „%1” nie jest statusem wizyty (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</translation>
    </message>
    <message>
        <source>visits list: %1: cannot read the visits</source>
        <translation>visits list: %1: nie można odczytać wizyt</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (zablokowana)</translation>
    </message>
    <message>
        <source>No visits match.</source>
        <translation>Brak pasujących wizyt.</translation>
    </message>
    <message>
        <source>visits set: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation>visits set: „%1” nie jest listą numerów wizyt (np. 12,15,18)</translation>
    </message>
    <message>
        <source>visits set: --action: expected accept, done, return, cancel, reinstate, lock or unlock</source>
        <translation>visits set: --action: oczekiwano accept, done, return, cancel, reinstate, lock lub unlock</translation>
    </message>
    <message>
        <source>visits set: %1: %2; nothing changed</source>
        <translation>visits set: %1: %2; nic nie zmieniono</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n wizyta</numerusform>
            <numerusform>%1: %n wizyty</numerusform>
            <numerusform>%1: %n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: “%1” is not a visit number</source>
        <translation>visits assign: „%1” nie jest numerem wizyty</translation>
    </message>
    <message>
        <source>visits assign: --shopper CODE is required</source>
        <translation>visits assign: --shopper CODE jest wymagane</translation>
    </message>
    <message>
        <source>visits assign: %1: %2; nothing changed</source>
        <translation>visits assign: %1: %2; nic nie zmieniono</translation>
    </message>
    <message>
        <source>Visit %1 assigned to %2</source>
        <translation>Wizyta %1 przydzielona audytorowi %2</translation>
    </message>
    <message>
        <source>visits swap: expected two visit numbers</source>
        <translation>visits swap: oczekiwano dwóch numerów wizyt</translation>
    </message>
    <message>
        <source>visits swap: %1: %2; nothing changed</source>
        <translation>visits swap: %1: %2; nic nie zmieniono</translation>
    </message>
    <message>
        <source>Visits %1 and %2 swapped their shoppers</source>
        <translation>Wizyty %1 i %2 zamieniły się audytorami</translation>
    </message>
    <message>
        <source>visits history: “%1” is not a visit number</source>
        <translation>visits history: „%1” nie jest numerem wizyty</translation>
    </message>
    <message>
        <source>visits history: %1: there is no visit %2</source>
        <translation>visits history: %1: wizyta %2 nie istnieje</translation>
    </message>
    <message>
        <source>Visit %1 has no history yet.</source>
        <translation>Wizyta %1 nie ma jeszcze historii.</translation>
    </message>
    <message>
        <source>The folder the fieldwork lists go to.</source>
        <translation>Folder, do którego trafiają listy realizacji.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>visits history: %1: cannot read the history of visit %2</source>
        <translation>visits history: %1: nie można odczytać historii wizyty %2</translation>
    </message>
    <message>
        <source>visits export: --wave and --out FOLDER are required</source>
        <translation>visits export: --wave i --out FOLDER są wymagane</translation>
    </message>
    <message>
        <source>visits export: cannot create the folder %1</source>
        <translation>visits export: nie można utworzyć folderu %1</translation>
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
        <translation>visits export: nie można zapisać %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: fieldwork sheet and the lists of %n shopper(s) written to %2</source>
        <translation>
            <numerusform>%1: arkusz realizacji i lista %n audytora zapisane w folderze %2</numerusform>
            <numerusform>%1: arkusz realizacji i listy %n audytorów zapisane w folderze %2</numerusform>
            <numerusform>%1: arkusz realizacji i listy %n audytorów zapisane w folderze %2</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: %1: visit %2 cannot go to %3: %4; nothing changed</source>
        <translation>visits assign: %1: wizyty %2 nie można przydzielić do %3: %4; nic nie zmieniono</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>visits swap: %1: visit %2 cannot change its shopper: %3; nothing changed</source>
        <translation>visits swap: %1: wizyta %2 nie może zmienić audytora: %3; nic nie zmieniono</translation>
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
        <translation>Wizyty w trakcie realizacji.

  list FILE [--wave CODE|NAME] [--status STATUS] [--json]
  set FILE ID[,ID...] --action accept|done|return|cancel|reinstate|lock|unlock [--note TEXT]
  assign FILE ID --shopper CODE [--note TEXT] [--json]
  swap FILE ID ID [--json]
  history FILE ID [--json]
  export FILE --wave CODE|NAME --out FOLDER [--json]
  review FILE ID[,ID...] --approve | --send-back --reason TEXT [--by NAME] [--json]

'review' zatwierdza przesłane raporty (liczą się w wynikach) lub odsyła przesłane albo zatwierdzone
audytorowi z podaniem przyczyny (wizyta ma wtedy status 'rejected'); każda decyzja jest zapisywana
wraz z osobą, która ją podjęła (--by, w przeciwnym razie nazwa konta), i widoczna w historii wizyty.
'export' zapisuje arkusz realizacji fali (każda wizyta, status, kod audytora), listy audytorów
w jednym pliku CSV oraz listę każdego audytora z instrukcjami scenariuszy jako stronę do wydruku.
'return' zwraca do puli wizytę, z której zrezygnował audytor (zaplanowana, bez audytora);
zablokowana wizyta zachowuje audytora przy ponownym uruchomieniu przydziału. 'assign' i 'swap' sprawdzają
reguły przydziału programu: reguła twarda (odległość, profil, karencja, pojemność, konflikt interesów,
dostępność, status) odrzuca wybór z podaniem przyczyny; miękka (koszt, obciążenie, ocena)
wypisuje ostrzeżenie. Każda zmiana to jeden krok,
który można cofnąć w oknie, i pozostawia zdarzenie w historii wizyty. Wszystko albo nic: jeśli któraś
z wizyt nie pozwala na daną czynność, żadna się nie zmienia.</translation>
    </message>
    <message>
        <source>review: approve the reports.</source>
        <translation>review: zatwierdź raporty.</translation>
    </message>
    <message>
        <source>review: send the reports back to their shoppers.</source>
        <translation>review: odeślij raporty ich audytorom.</translation>
    </message>
    <message>
        <source>review: why the reports go back (required with --send-back).</source>
        <translation>review: dlaczego raporty są odsyłane (wymagane z --send-back).</translation>
    </message>
    <message>
        <source>review: who decides (default: the account name).</source>
        <translation>review: kto decyduje (domyślnie: nazwa konta).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>visits review: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation>visits review: „%1” nie jest listą numerów wizyt (np. 12,15,18)</translation>
    </message>
    <message>
        <source>visits review: give either --approve or --send-back</source>
        <translation>visits review: podaj --approve albo --send-back</translation>
    </message>
    <message>
        <source>visits review: --send-back needs --reason TEXT for the shopper</source>
        <translation>visits review: --send-back wymaga --reason TEXT dla audytora</translation>
    </message>
    <message>
        <source>visits review: %1: %2; nothing changed</source>
        <translation>visits review: %1: %2; nic nie zmieniono</translation>
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Zatwierdzono: %n raport</numerusform>
            <numerusform>Zatwierdzono: %n raporty</numerusform>
            <numerusform>Zatwierdzono: %n raportów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Odesłano: %n raport</numerusform>
            <numerusform>Odesłano: %n raporty</numerusform>
            <numerusform>Odesłano: %n raportów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveActions</name>
    <message>
        <source>New waves…</source>
        <translation>Nowe fale…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Ustaw status</translation>
    </message>
    <message>
        <source>No waves created</source>
        <translation>Nie utworzono fal</translation>
    </message>
    <message>
        <source>Select a wave first.</source>
        <translation>Najpierw wybierz falę.</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Nie zmieniono statusu</translation>
    </message>
    <message>
        <source>Generate visits…</source>
        <translation>Generuj wizyty…</translation>
    </message>
    <message>
        <source>Generate visits</source>
        <translation>Generuj wizyty</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n visit(s) for %1</source>
        <translation>
            <numerusform>Wygenerowano %n wizytę dla fali %1</numerusform>
            <numerusform>Wygenerowano %n wizyty dla fali %1</numerusform>
            <numerusform>Wygenerowano %n wizyt dla fali %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveLookup</name>
    <message>
        <source>The waves cannot be read: %1</source>
        <translation>Nie można odczytać fal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waves are named “%1”: give the wave's code instead.</source>
        <translation>
            <numerusform>%n fala ma nazwę „%1”: zamiast tego podaj kod fali.</numerusform>
            <numerusform>%n fale mają nazwę „%1”: zamiast tego podaj kod fali.</numerusform>
            <numerusform>%n fal ma nazwę „%1”: zamiast tego podaj kod fali.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no wave with the code or name “%1”.</source>
        <translation>Nie ma fali o kodzie ani nazwie „%1”.</translation>
    </message>
</context>
<context>
    <name>WaveSeries</name>
    <message>
        <source>Add wave %1</source>
        <translation>Dodanie fali %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n wave(s)</source>
        <translation>
            <numerusform>Dodanie %n fali</numerusform>
            <numerusform>Dodanie %n fal</numerusform>
            <numerusform>Dodanie %n fal</numerusform>
        </translation>
    </message>
    <message>
        <source>a wave with the code %1 exists already</source>
        <translation>fala o kodzie %1 już istnieje</translation>
    </message>
    <message>
        <source>the waves have visits by now and stay</source>
        <translation>fale mają już wizyty i pozostają</translation>
    </message>
    <message>
        <source>Set wave %1 to %2</source>
        <translation>Zmiana statusu fali %1: %2</translation>
    </message>
    <message>
        <source>no waves to add</source>
        <translation>brak fal do dodania</translation>
    </message>
    <message>
        <source>every wave needs a code and a name</source>
        <translation>każda fala musi mieć kod i nazwę</translation>
    </message>
    <message>
        <source>wave %1 ends before it starts</source>
        <translation>fala %1 kończy się, zanim się zacznie</translation>
    </message>
    <message>
        <source>the code %1 is used twice</source>
        <translation>kod %1 został użyty dwukrotnie</translation>
    </message>
    <message>
        <source>there is no wave %1</source>
        <translation>fala %1 nie istnieje</translation>
    </message>
    <message>
        <source>Wave %1: %2.</source>
        <translation>Fala %1: %2.</translation>
    </message>
    <message>
        <source>the series needs a valid start date</source>
        <translation>seria wymaga prawidłowej daty rozpoczęcia</translation>
    </message>
    <message>
        <source>a series has 1 to 120 waves, not %1</source>
        <translation>seria może mieć od 1 do 120 fal, a nie %1</translation>
    </message>
    <message>
        <source>a wave lasts 1 to 366 days, not %1</source>
        <translation>fala może trwać od 1 do 366 dni, a nie %1</translation>
    </message>
</context>
<context>
    <name>WaveSeriesDialog</name>
    <message>
        <source>Days per wave:</source>
        <translation>Dni na falę:</translation>
    </message>
    <message>
        <source>New waves</source>
        <translation>Nowe fale</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Co kwartał</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Co N dni</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Częstotliwość:</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>Data &amp;rozpoczęcia:</translation>
    </message>
    <message>
        <source>&amp;Number of waves:</source>
        <translation>&amp;Liczba fal:</translation>
    </message>
    <message>
        <source>Will create:</source>
        <translation>Zostaną utworzone:</translation>
    </message>
</context>
<context>
    <name>WaveStatusRules</name>
    <message>
        <source>“%1” is not a wave status (planning, fieldwork, closed, reported)</source>
        <translation>„%1” nie jest statusem fali (planning, fieldwork, closed, reported)</translation>
    </message>
    <message>
        <source>a wave moves one step at a time: from %1 it can go to %2</source>
        <translation>fala zmienia status tylko o jeden krok: obecny status to %1, możliwy następny: %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) of this wave already have a shopper; it cannot go back to planning</source>
        <translation>
            <numerusform>%n wizyta tej fali ma już przydzielonego audytora; fala nie może wrócić do planowania</numerusform>
            <numerusform>%n wizyty tej fali mają już przydzielonego audytora; fala nie może wrócić do planowania</numerusform>
            <numerusform>%n wizyt tej fali ma już przydzielonego audytora; fala nie może wrócić do planowania</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavesCommand</name>
    <message>
        <source>List waves, create one or a series, change a wave's status.</source>
        <translation>Wyświetl fale, utwórz jedną falę lub serię, zmień status fali.</translation>
    </message>
    <message>
        <source>Waves: the fieldwork periods of a programme.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

A series of monthly waves starting 2027-01-15 covers whole months from January; codes say the
period (W2027-01, W2027-Q1, W2027-W03). A wave moves one status step at a time.</source>
        <translation>Fale: okresy realizacji badania w programie.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

Seria comiesięcznych fal rozpoczynająca się 2027-01-15 obejmuje pełne miesiące od stycznia;
kody wskazują okres (W2027-01, W2027-Q1, W2027-W03). Fala zmienia status o jeden krok naraz.</translation>
    </message>
    <message>
        <source>list, create or status</source>
        <translation>list, create lub status</translation>
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
        <source>monthly, quarterly, weekly or days.</source>
        <translation>monthly, quarterly, weekly lub days.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The first day (or a day in the first period).</source>
        <translation>Pierwszy dzień (lub dowolny dzień pierwszego okresu).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day of a single wave.</source>
        <translation>Ostatni dzień pojedynczej fali.</translation>
    </message>
    <message>
        <source>How many waves the series has.</source>
        <translation>Liczba fal w serii.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The length of each wave of a 'days' series.</source>
        <translation>Długość każdej fali w serii 'days'.</translation>
    </message>
    <message>
        <source>The code of a single wave.</source>
        <translation>Kod pojedynczej fali.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The name of a single wave.</source>
        <translation>Nazwa pojedynczej fali.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>waves: expected list FILE, create FILE ..., or status FILE CODE STATUS (see 'shopscope-cli waves --help')</source>
        <translation>waves: oczekiwano list FILE, create FILE ... lub status FILE CODE STATUS (zobacz 'shopscope-cli waves --help')</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>No waves yet. Create some: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</source>
        <translation>Nie ma jeszcze fal. Utwórz je: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</translation>
    </message>
    <message>
        <source>waves create: --%1 must be a date like 2027-01-01, not “%2”</source>
        <translation>waves create: --%1 musi być datą w rodzaju 2027-01-01, a nie „%2”</translation>
    </message>
    <message>
        <source>waves create: --series must be monthly, quarterly, weekly or days, not “%1”</source>
        <translation>waves create: --series musi mieć wartość monthly, quarterly, weekly lub days, a nie „%1”</translation>
    </message>
    <message>
        <source>waves create: --count must be a whole number</source>
        <translation>waves create: --count musi być liczbą całkowitą</translation>
    </message>
    <message>
        <source>waves create: --days must be a whole number</source>
        <translation>waves create: --days musi być liczbą całkowitą</translation>
    </message>
    <message>
        <source>waves create: %1</source>
        <translation>waves create: %1</translation>
    </message>
    <message>
        <source>waves create: give --series ... or --code, --name, --start and --end</source>
        <translation>waves create: podaj --series ... lub --code, --name, --start i --end</translation>
    </message>
    <message>
        <source>waves create: nothing created: %1</source>
        <translation>waves create: nic nie utworzono: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %n wave(s): %1 … %2</source>
        <translation>
            <numerusform>Utworzono %n falę: %1 … %2</numerusform>
            <numerusform>Utworzono %n fale: %1 … %2</numerusform>
            <numerusform>Utworzono %n fal: %1 … %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 is now %2</source>
        <translation>Fala %1 ma teraz status: %2</translation>
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
    <name>XFormWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>XPathConditionParser</name>
    <message>
        <source>unexpected “%1”</source>
        <translation>nieoczekiwane „%1”</translation>
    </message>
    <message>
        <source>“%1 != ''” on its own cannot be a ShopScope condition</source>
        <translation>samo „%1 != ''” nie może być warunkiem w ShopScope</translation>
    </message>
    <message>
        <source>cannot read “%1”</source>
        <translation>nie można odczytać „%1”</translation>
    </message>
    <message>
        <source>a “(” is not closed</source>
        <translation>nawias „(” nie jest zamknięty</translation>
    </message>
    <message>
        <source>selected needs “(”</source>
        <translation>selected wymaga „(”</translation>
    </message>
    <message>
        <source>selected() needs a question and a quoted choice</source>
        <translation>selected() wymaga pytania i wyboru w cudzysłowie</translation>
    </message>
    <message>
        <source>selected() is not closed</source>
        <translation>selected() nie jest zamknięte</translation>
    </message>
    <message>
        <source>a condition on a choice of multiple-choice question %1 cannot be expressed in ShopScope</source>
        <translation>warunku dotyczącego wyboru w pytaniu wielokrotnego wyboru %1 nie da się wyrazić w ShopScope</translation>
    </message>
    <message>
        <source>“%1()” is not a condition on an answer</source>
        <translation>„%1()” nie jest warunkiem dotyczącym odpowiedzi</translation>
    </message>
    <message>
        <source>the function “%1” is not one of the forms ShopScope reads</source>
        <translation>funkcja „%1” nie należy do form, które odczytuje ShopScope</translation>
    </message>
    <message>
        <source>a comparison is missing after “%1”</source>
        <translation>brak porównania po „%1”</translation>
    </message>
    <message>
        <source>a comparison needs a question on one side</source>
        <translation>porównanie wymaga pytania po jednej stronie</translation>
    </message>
    <message>
        <source>“%1” must be compared with a value</source>
        <translation>„%1” trzeba porównać z wartością</translation>
    </message>
    <message>
        <source>there is no question %1 before this one</source>
        <translation>przed tym pytaniem nie ma pytania %1</translation>
    </message>
    <message>
        <source>“is unanswered” cannot be a ShopScope condition</source>
        <translation>„bez odpowiedzi” nie może być warunkiem w ShopScope</translation>
    </message>
    <message>
        <source>%1 is compared by size with “%2”, which is not a number</source>
        <translation>%1 jest porównywane pod względem wielkości z „%2”, które nie jest liczbą</translation>
    </message>
    <message>
        <source>parentheses nest deeper than 64 levels</source>
        <translation>nawiasy są zagnieżdżone głębiej niż 64 poziomy</translation>
    </message>
</context>
<context>
    <name>XlsFormReader</name>
    <message>
        <source>an XLSForm needs a “survey” sheet; this workbook has %1</source>
        <translation>XLSForm wymaga arkusza „survey”; ten skoroszyt zawiera: %1</translation>
    </message>
    <message>
        <source>there is no “%1” column</source>
        <translation>brak kolumny „%1”</translation>
    </message>
    <message>
        <source>the language “%1” has no code such as “(en)”; it becomes “%2”</source>
        <translation>język „%1” nie ma kodu takiego jak „(en)”; staje się „%2”</translation>
    </message>
    <message>
        <source>the %1 row has no name</source>
        <translation>wiersz typu %1 nie ma nazwy</translation>
    </message>
    <message>
        <source>a choice of list “%1” has no name</source>
        <translation>wybór z listy „%1” nie ma nazwy</translation>
    </message>
    <message>
        <source>%1 uses the choice list “%2”, which the choices sheet does not have</source>
        <translation>%1 używa listy wyborów „%2”, której nie ma w arkuszu choices</translation>
    </message>
    <message>
        <source>“%1” closes a group that was never opened</source>
        <translation>„%1” zamyka grupę, która nie została otwarta</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) are opened in the survey sheet but never closed</source>
        <translation>
            <numerusform>%n grupa została otwarta w arkuszu survey, ale nie została zamknięta</numerusform>
            <numerusform>%n grupy zostały otwarte w arkuszu survey, ale nie zostały zamknięte</numerusform>
            <numerusform>%n grup zostało otwartych w arkuszu survey, ale nie zostało zamkniętych</numerusform>
        </translation>
    </message>
    <message>
        <source>survey sheet, row 1</source>
        <translation>arkusz survey, wiersz 1</translation>
    </message>
    <message>
        <source>survey sheet, row %1</source>
        <translation>arkusz survey, wiersz %1</translation>
    </message>
    <message>
        <source>choices sheet, row %1</source>
        <translation>arkusz choices, wiersz %1</translation>
    </message>
    <message>
        <source>“%1” has no type: left out</source>
        <translation>„%1” nie ma typu: pominięto</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: this is an OpenDocument file (.ods), not an Excel workbook; save it as .xlsx</source>
        <translation>%1: to jest plik OpenDocument (.ods), a nie skoroszyt Excel; zapisz go jako .xlsx</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the archive has no %2</source>
        <translation>%1: to nie jest skoroszyt Excel (.xlsx): w archiwum brak %2</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: skoroszyt nie zawiera arkuszy</translation>
    </message>
    <message>
        <source>%1: sheet “%2” is damaged: %3 has no relationship “%4” to tell where it is</source>
        <translation>%1: arkusz „%2” jest uszkodzony: w %3 brak relacji „%4”, która wskazuje jego położenie</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>element %1</translation>
    </message>
    <message>
        <source>sheet “%1” (part %2)</source>
        <translation>arkusz „%1” (element %2)</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation>%1: %2 jest uszkodzony (%3)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is missing from the archive</source>
        <translation>%1: %2 nie występuje w archiwum</translation>
    </message>
    <message>
        <source>%1: %2 is too large to read (over %3 MB uncompressed)</source>
        <translation>%1: %2 jest za duży do odczytania (ponad %3 MB po rozpakowaniu)</translation>
    </message>
    <message>
        <source>it refers to shared text number %1, which does not exist</source>
        <translation>odwołuje się do współdzielonego tekstu nr %1, który nie istnieje</translation>
    </message>
    <message>
        <source>row number “%1” is not valid</source>
        <translation>numer wiersza „%1” jest nieprawidłowy</translation>
    </message>
    <message>
        <source>cell reference “%1” is not valid</source>
        <translation>odwołanie do komórki „%1” jest nieprawidłowe</translation>
    </message>
    <message>
        <source>a cell lies beyond row %1 or column %2</source>
        <translation>komórka leży poza wierszem %1 lub kolumną %2</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>komórka %1: %2</translation>
    </message>
    <message>
        <source>%1: sheet “%2” is too large to read (%3 rows × %4 columns; at most %5 cells)</source>
        <translation>%1: arkusz „%2” jest za duży do odczytania (wiersze: %3, kolumny: %4; najwyżej %5 komórek)</translation>
    </message>
    <message>
        <source>%1: this workbook is protected with a password, so it is encrypted and cannot be read; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>%1: ten skoroszyt jest chroniony hasłem, a więc zaszyfrowany i nie można go odczytać; otwórz go w Excelu, usuń hasło (Plik &gt; Informacje &gt; Chroń skoroszyt) i zapisz go ponownie</translation>
    </message>
    <message>
        <source>%1: this is an Excel 97-2003 .xls file; save it as .xlsx</source>
        <translation>%1: to jest plik .xls programu Excel 97-2003; zapisz go jako .xlsx</translation>
    </message>
    <message>
        <source>%1: this is an older Microsoft Office file, not an Excel workbook (.xlsx)</source>
        <translation>%1: to starszy plik Microsoft Office, a nie skoroszyt Excel (.xlsx)</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: nie można otworzyć (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: plik jest pusty</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation>%1: to nie jest skoroszyt Excel (.xlsx): plik nie jest archiwum zip</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged or incomplete (it starts as a zip archive but its directory is missing or broken); was the copy or download cut short?</source>
        <translation>%1: skoroszyt jest uszkodzony lub niekompletny (zaczyna się jak archiwum zip, ale brakuje jego katalogu lub jest on uszkodzony); czy kopiowanie lub pobieranie zostało przerwane?</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: nie można odczytać (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: nie można zapisać</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: nie można zapisać (%2)</translation>
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
