<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AreaTables</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shoppers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results by wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daypart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own and competitors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active and inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All waves</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignCommand</name>
    <message>
        <source>Assign a wave's open visits to shoppers optimally, with the reasons for those left over; show or set the rules.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file (or: rules FILE).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the result; write nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the visits assigned automatically earlier as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The order of shoppers who cost the same (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List every assignment with its cost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rules: change the fields of this JSON document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rules: back to the defaults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign: expected FILE --wave NAME or rules FILE (see 'shopscope-cli assign --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign rules: give --set or --reset, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign rules: --set is not a JSON object: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign rules: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign rules: nothing written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules from: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Lockout: %n day(s), the programme's setting</source>
        <translation>
            <numerusform>Lockout: %n day, the programme's setting</numerusform>
            <numerusform>Lockout: %n days, the programme's setting</numerusform>
        </translation>
    </message>
    <message>
        <source>assign: give the wave with --wave NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign: --set and --reset belong to 'assign rules FILE'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign: nothing written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned wave %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wave %1: nothing to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1 open visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1 assigned, %2 unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  total cost %1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(optimal, proven)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1 visits change, in %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why visits stay unassigned:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignments:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentExplainer</name>
    <message>
        <source>needed for other visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 km away: travel %3 + fee %4 + workload %5 + rating %6 + manager %7 = %8 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: fee %2 + workload %3 + rating %4 + manager %5 = %6 points.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>The cheapest of the %n shopper who may take it.</numerusform>
            <numerusform>The cheapest of the %n shoppers who may take it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it: the cheaper ones are needed for other visits.</source>
        <translation>
            <numerusform>Number %1 of the %n shopper who may take it: the cheaper ones are needed for other visits.</numerusform>
            <numerusform>Number %1 of the %n shoppers who may take it: the cheaper ones are needed for other visits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next best: %1 at %2 points before workload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the wave's dates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n shopper(s) qualify, but each is needed for other visits of this wave (capacity, or the lockout within the wave).</source>
        <translation>
            <numerusform>%n shopper qualify, but each is needed for other visits of this wave (capacity, or the lockout within the wave).</numerusform>
            <numerusform>%n shoppers qualify, but each is needed for other visits of this wave (capacity, or the lockout within the wave).</numerusform>
        </translation>
    </message>
    <message>
        <source>No shopper of the panel is active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No active shopper fits the profile “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shopper within %1 km fits the profile “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n would qualify at %1 km.</source>
        <translation>
            <numerusform>%n would qualify at %1 km.</numerusform>
            <numerusform>%n would qualify at %1 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>None would within %1 km either.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shopper who fits the profile “%1” lives in %2 (without coordinates only the same city counts).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) within reach who fit the profile are unavailable on %1.</source>
        <translation>
            <numerusform>The %n shopper within reach who fit the profile are unavailable on %1.</numerusform>
            <numerusform>The %n shoppers within reach who fit the profile are unavailable on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise declared a conflict of interest with %1 or its brand.</source>
        <translation>
            <numerusform>The %n shopper who qualify otherwise declared a conflict of interest with %1 or its brand.</numerusform>
            <numerusform>The %n shoppers who qualify otherwise declared a conflict of interest with %1 or its brand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise shopped %1 too recently (the lockout).</source>
        <translation>
            <numerusform>The %n shopper who qualify otherwise shopped %1 too recently (the lockout).</numerusform>
            <numerusform>The %n shoppers who qualify otherwise shopped %1 too recently (the lockout).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n shopper(s) who qualify otherwise have no visits left in the wave or on %1.</source>
        <translation>
            <numerusform>The %n shopper who qualify otherwise have no visits left in the wave or on %1.</numerusform>
            <numerusform>The %n shoppers who qualify otherwise have no visits left in the wave or on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentLoader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no wave with the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wave %1 is %2: its fieldwork is over and its visits are not assigned any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentProposalModel</name>
    <message>
        <source>No shopper: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why none</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentRule</name>
    <message>
        <source>no rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status not active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile does not fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too far away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unavailable on the date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict of interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lockout (shopped recently)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no capacity left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentRules</name>
    <message>
        <source>must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number above 0 and at most %1, or null for no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored assignment rules cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the assignment rules are like that already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the assignment rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the assignment rules</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentSession</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in this wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has a visit to %2 (%3) on %4, too close for the lockout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 would have %2 visits in this wave; the limit is %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 would have %2 visits on %3; the limit is %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lives %2 km away, near the %3 km limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is rated %2, below the %3 preferred for the demanding scenario %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no rating yet (counted as %2), below the %3 preferred for the demanding scenario %4.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 has shopped locations of the same region manager (%2) %n time(s) lately.</source>
        <translation>
            <numerusform>%1 has shopped locations of the same region manager (%2) %n time lately.</numerusform>
            <numerusform>%1 has shopped locations of the same region manager (%2) %n times lately.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n visit(s) in this wave; one more adds %2 workload points.</source>
        <translation>
            <numerusform>%1 already has %n visit in this wave; one more adds %2 workload points.</numerusform>
            <numerusform>%1 already has %n visits in this wave; one more adds %2 workload points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shopper(s) would cost less; the cheapest is %1 at %2 points against %3.</source>
        <translation>
            <numerusform>%n shopper would cost less; the cheapest is %1 at %2 points against %3.</numerusform>
            <numerusform>%n shoppers would cost less; the cheapest is %1 at %2 points against %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n shopper(s) may take it; the cheapest is %1 at %2 points. Auto-assign or assign it by hand.</source>
        <translation>
            <numerusform>%n shopper may take it; the cheapest is %1 at %2 points. Auto-assign or assign it by hand.</numerusform>
            <numerusform>%n shoppers may take it; the cheapest is %1 at %2 points. Auto-assign or assign it by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This assignment breaks %n rule(s) now.</source>
        <translation>
            <numerusform>This assignment breaks %n rule now.</numerusform>
            <numerusform>This assignment breaks %n rules now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cheapest of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>The cheapest of the %n shopper who may take it.</numerusform>
            <numerusform>The cheapest of the %n shoppers who may take it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Number %1 of the %n shopper(s) who may take it.</source>
        <translation>
            <numerusform>Number %1 of the %n shopper who may take it.</numerusform>
            <numerusform>Number %1 of the %n shoppers who may take it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentSessionCache</name>
    <message>
        <source>choose a wave first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the wave's visits and the shopper panel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssignmentSolver</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the flow solver failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Assign %n visit(s) of %1 automatically</source>
        <translation>
            <numerusform>Assign %n visit of %1 automatically</numerusform>
            <numerusform>Assign %n visits of %1 automatically</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since they were read (visit %2); run the assignment again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to change in wave %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <source>Plan again the visits assigned automatically earlier that nobody accepted, changed or locked since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits assigned by hand, accepted, done or locked always keep their shopper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why no shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wave:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every wave's fieldwork is over: there is nothing to assign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propose works out the cheapest way to give as many open visits as possible a shopper under the programme's rules. Nothing is written until you choose Assign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigning the visits of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; nothing was proposed or written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No proposal: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 open visits get a shopper&lt;/b&gt;; %3 stay without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total cost %1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(optimal, proven).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 with as many).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Assign changes %Ln visit(s); it is one step you can undo.</source>
        <translation>
            <numerusform>Assign changes %Ln visit; it is one step you can undo.</numerusform>
            <numerusform>Assign changes %Ln visits; it is one step you can undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has these shoppers already: nothing to change.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Assign %Ln visit(s)</source>
        <translation>
            <numerusform>Assign %Ln visit</numerusform>
            <numerusform>Assign %Ln visits</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Writing the shoppers of %Ln visit(s)…</source>
        <translation>
            <numerusform>Writing the shoppers of %Ln visit…</numerusform>
            <numerusform>Writing the shoppers of %Ln visits…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CandidateRules</name>
    <message>
        <source>age %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age %1+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age up to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speaks %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2, not active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>birth year unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gender unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not speak %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not fit the profile “%2”: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lives %2 km from %3; the limit is %4 km.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 lives in “%2”, not in “%3”, and without coordinates the distance is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unavailable then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 declared a conflict of interest with %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 declared a conflict of interest with the brand %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 declared a conflict of interest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wave %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the lockout is %n day(s)</source>
        <translation>
            <numerusform>the lockout is %n day</numerusform>
            <numerusform>the lockout is %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s)</source>
        <translation>
            <numerusform>%n wave</numerusform>
            <numerusform>%n waves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lockout is %n wave(s)</source>
        <translation>
            <numerusform>the lockout is %n wave</numerusform>
            <numerusform>the lockout is %n waves</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shopped %2 (%3) on %4; %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 shopped this location too recently.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed in this wave.</source>
        <translation>
            <numerusform>%1 already has %2 of %n visit allowed in this wave.</numerusform>
            <numerusform>%1 already has %2 of %n visits allowed in this wave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %2 of %n visit(s) allowed on %3.</source>
        <translation>
            <numerusform>%1 already has %2 of %n visit allowed on %3.</numerusform>
            <numerusform>%1 already has %2 of %n visits allowed on %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>there are no approved reports yet: charts show approved results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no wave “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a score by place is per region, area, location, channel, scenario, brand or staff, not per %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a trend is of the whole programme or per region, channel, scenario or another place, not per %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a heat map is per region, area, location or another place, not per %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a distribution is of the whole wave or per region or another place, not per %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the questionnaire has no NPS question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an NPS question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an NPS, rating or number question: a driver analysis needs an outcome on a scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the questionnaire has no NPS or rating question to explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the questionnaire has no rating question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a question filter goes with the compliance chart only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a section filter goes with the sections, compliance and heat map charts only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dashboard is of whole visits: a section or question filter does not go with it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>No approved results match this choice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draw a standard chart as PNG, SVG or PDF (or its data as CSV or XLSX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data behind a standard chart as CSV, XLSX or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wave (code or name); default: the newest with approved reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only reports with this value, e.g. region=Vidzeme, channel=visit, scenario=S01, competitor=no, brand=Nordbank, area=..., location=CODE (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What bars, lines, rows or boxes are per: region, area, location, channel, scenario, brand or staff (by-location, heatmap: region by default; trend, distribution: none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIMENSION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drivers, nps: the question code of the outcome (default: the first NPS question).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>90, 95 (default) or 99 % for margins and significance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--view is needed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--view must be one of %1, not “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--filter must look like region=Vidzeme (any dimension but wave: use --wave), not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--per must be region, area, location, channel, scenario, brand, staff or none, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--confidence must be 90, 95 or 99, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draws one of the standard charts (docs/charts.md) offscreen, exactly as the window shows it, in the programme's colours and report language.

  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...
        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]

PNG is --width x --height pixels (default 1600 x 1000) at --dpi (default 160; 300 for print); SVG and PDF have the same proportions. A .csv or .xlsx --out writes the data behind the chart.
Example:
  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write: .png, .svg, .pdf, .csv or .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Width in pixels (PNG; default 1600).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIXELS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height in pixels (PNG; default 1000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution (default 160; 300 for print).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print what was written and the chart's data as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data behind a standard chart: every category and series with its value, base (n), margin of error, change since the previous wave and small-base flag.

  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]

Without --out the data is printed (CSV, or JSON with --format json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed format: csv (default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chart: --out PATH is needed (.png, .svg, .pdf, .csv or .xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chart: --out must end in .png, .svg, .pdf, .csv or .xlsx, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export-data: --out must end in .csv or .xlsx, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export-data: --format must be csv or json, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chart: --dpi must be a whole number from 30 to 1200, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chart: --%1 must be a whole number of pixels from 50 to 20000, not “%2”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screen (1600 × 1000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print, 28 × 18 cm at 300 dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print, A4 landscape at 300 dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 cm when printed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: the size must be 50–20000 pixels a side and the resolution 30–1200 dpi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Median %1, quartiles %2–%3, range %4–%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance %1 %, performance %2 % yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewer than %1 visits: read with care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 since the previous wave, significant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 since the previous wave, not significant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPackCommand</name>
    <message>
        <source>Write a wave's chart pack: every chart as PNG and SVG, and the PDF report with a page per location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the chart pack of a wave (docs/charts.md) into a folder: every standard chart as PNG and SVG, and report.pdf with a title page, the dashboard, the standard charts, a page per region and a one-pager per location of the own network (score, sections against the network, trend, the shoppers' comments; shoppers are never named).

  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder to write into (made when missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the progress on standard error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chartpack: --out DIR is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chartpack: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % (%2 of %3 pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 pages; %3 chart files in %4 (%5 s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPackWriter</name>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartViews</name>
    <message>
        <source>Score by place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trend over waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heat map of sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor benchmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Driver analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart &amp;pack…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the previous level (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the chart as an image (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every chart of the wave as PNG and SVG, and one PDF report with the dashboard, a page per region and a one-pager per location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own and competitors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitors only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn in %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n visit(s): double-click one to open its report</source>
        <translation>
            <numerusform>%n visit: double-click one to open its report</numerusform>
            <numerusform>%n visits: double-click one to open its report</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv);;Data as Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: write .png, .svg, .pdf, .csv or .xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the Chart Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the results…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart Pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the chart pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart pack was cancelled; nothing of it is left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart pack written: %1 (%2 pages) and %3 chart files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use SQLite's quicker structure check (skips index contents).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a project file: SQLite integrity, foreign keys, the schema, the programme's rules and the stored scores against a fresh rescoring. Exits with 1 when anything is wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: shopscope-cli COMMAND [options] [arguments]

ShopScope on the command line: every capability of the window, with machine-readable output (--json).

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Run 'shopscope-cli COMMAND --help' for the options of one command.
Exit status: 0 success, 1 the work failed, 2 bad arguments.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command “%1” (run 'shopscope-cli --help' for the list)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (see 'shopscope-cli %1 --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the FILE argument is missing (see 'shopscope-cli %1 --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected one FILE, got %2 arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>This version has reports and is frozen. Create a new version to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add questionnaire %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New version of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate question %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete question %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move question %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not one of the programme's languages; add it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>“%1” needs at least one condition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown comparison “%1” (use eq, ne, any_of, lt, le, gt or ge).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“any_of” needs a non-empty “values” list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comparison “%1” needs a “value”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comparison “%1” needs a number as its value.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>or as JSON, e.g. {"all": [ … ]}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When this answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a condition: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvImportCli</name>
    <message>
        <source>Check the file and report; write nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the rows without problems and leave the others out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which column holds which field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIELD=COLUMN,...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's encoding, when detection guesses wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delimiter: , ; tab or |.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHAR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers are written with a decimal comma.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: write here instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: UTF-8 with a byte-order mark and ; as delimiter, as Excel opens it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --delimiter must be , ; tab or |, not “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 cannot be read; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --map %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 problem(s)%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 problem(s)%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Decimal comma in numbers (56,9496)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the &amp;valid rows only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bar |</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file (first rows):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems (nothing is written while there are any, unless you import the valid rows only):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is %1; files over %2 are not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is larger than %1; such files are not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown encoding "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the delimiter and the quote must be two different ASCII characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: field too long (%3; at most %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 has 1 field, the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 has 1 field, the first row has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 has %2 fields, the header has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 has %2 fields, the first row has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: a quote inside a field that is not quoted, or text after a closing quote (a field with quotes in it must be quoted as a whole, each inner quote doubled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted field starting on line %1 (column %2) has no closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: not enough memory to read this field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 contains a NUL byte: is this a binary file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 is not valid %2 text; is the file in another encoding?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds no rows, only empty lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to write: the file was not opened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best locations (recognition)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest locations (training)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff to coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no approved results</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n visit(s) at %1 location(s)</source>
        <translation>
            <numerusform>%n visit at %1 location</numerusform>
            <numerusform>%n visits at %1 locations</numerusform>
        </translation>
    </message>
    <message>
        <source>margin of error ±%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change since %1 is significant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change since %1 is within the margin of error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target %1 % reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target %1 % not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No location has %1 or more visits in this wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No staff member was described in %1 or more visits.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Write a demo programme (the bank Nordbank, twelve monthly waves around today) to a new project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>small (about 100 locations, 1,500 visits, 400 shoppers) or large (about 1,500 locations, 200,000 visits, 60,000 shoppers). Default: small.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed; the same seed and date give the same programme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pretend today is DATE (YYYY-MM-DD); waves are placed around it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace FILE if it exists (only once the new one is complete).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show progress on stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: unknown preset “%1” (use small or large)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: --seed must be a whole number from 0 to 18446744073709551615, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: --today must be a date like 2026-11-22, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1: %2 locations, %3 shoppers, %4 visits, %5 reports, %6 answers (%7 rows in %8 s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it explicitly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs a valid date for “today”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo material is broken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write in the folder “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1”: the disk is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the demo programme “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Yes / No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NPS 0–10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fieldwork</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Midday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zeroes section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zeroes visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DriverAnalysis</name>
    <message>
        <source>“%1” has %2 answers for %3 respondents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A driver analysis needs at least %1 respondents with an outcome, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every respondent has the same outcome, so no standard can explain it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out, fewer than %1 answers from respondents with an outcome: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out, the same answer from every respondent: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of the answers were missing (not applicable or unanswered); for the importance they count as the standard's average.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>chosen by the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>byte order mark (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no byte order mark, but every other byte is zero (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed by uchardet (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not tell the encoding; assuming windows-1252</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uchardet suggested %1; decoded as %2 the text reads most like Nordic, Baltic or Polish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExplanationHtml</name>
    <message numerus="yes">
        <source>The panel of %Ln shopper(s), rule by rule:</source>
        <translation>
            <numerusform>The panel of %Ln shopper, rule by rule:</numerusform>
            <numerusform>The panel of %Ln shoppers, rule by rule:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldworkLists</name>
    <message>
        <source>there is no wave %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your visits in %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Shopper %1%2 · %n visit(s) · fees %3</source>
        <translation>
            <numerusform>Shopper %1%2 · %n visit · fees %3</numerusform>
            <numerusform>Shopper %1%2 · %n visits · fees %3</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Briefing: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no script written)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>“%1” looks like a spreadsheet formula; it is kept as text (exports write it so that spreadsheets do not run it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a coordinate needs both latitude and longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a latitude (a number from -90 to 90%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a longitude (a number from -180 to 180%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show what a project file holds: the programme and counts of everything in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:        %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client:      %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme:   %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages:   %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format:      %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size:        %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>competitor locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shoppers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active shoppers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QC decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits by status:
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationActions</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a location first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n location(s)</source>
        <translation>
            <numerusform>Exported %n location</numerusform>
            <numerusform>Exported %n locations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>A competitor's location (for the benchmark)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active (evaluated in new waves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Si&amp;ze class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Manager's e-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y Monday to Tuesday–Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Op&amp;ening hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. S, M, L or flagship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@client.example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write 09:00–17:00, or split hours as 09:00–12:00, 13:00–18:00. Leave a day empty when the location is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts about the location that have no field of their own, such as the floor, the format or the number of cash desks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationImport</name>
    <message>
        <source>Import locations from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the imported locations are in use by now and stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no location to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the location code is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the location code “%1” is longer than 40 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name of %1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a channel (use visit, call, email, web, social or audit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number of staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a region or area needs its country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an area needs its region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a known %2 of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds no locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete location %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n location(s)</source>
        <translation>
            <numerusform>Delete %n location</numerusform>
            <numerusform>Delete %n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s); deactivate it instead of deleting it</source>
        <translation>
            <numerusform>%1 has %n visit; deactivate it instead of deleting it</numerusform>
            <numerusform>%1 has %n visits; deactivate it instead of deleting it</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit location %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add location %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no location %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes: the value “%1” needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes: “%1” is given twice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationImportDialog</name>
    <message>
        <source>Only countries, regions and areas the programme has</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import locations from %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new location(s)</source>
        <translation>
            <numerusform>%n new location</numerusform>
            <numerusform>%n new locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n updated by code</numerusform>
            <numerusform>%n updated by code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationTreeModel</name>
    <message>
        <source>(no region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationsCommand</name>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse countries, regions and areas the programme lacks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n location(s) to %1</source>
        <translation>
            <numerusform>Exported %n location to %1</numerusform>
            <numerusform>Exported %n locations to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>List, show and browse locations by region; import them from a client's CSV file, or export them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, tree, show, import or export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only the locations of this region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only this channel (visit, call, email, web, social, audit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: yes for competitors' locations only, no for own ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: yes for active locations only, no for inactive ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only locations whose code, name, city or brand contains TEXT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations: expected 'list FILE', 'tree FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE' (see 'shopscope-cli locations --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no region “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a region of %2; write COUNTRY/%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations list: --channel must be visit, call, email, web, social or audit, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations list: --%1 must be yes or no, not “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations list: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n location(s)</source>
        <translation>
            <numerusform>%1 of %n location</numerusform>
            <numerusform>%1 of %n locations</numerusform>
        </translation>
    </message>
    <message>
        <source>locations tree: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n location(s) in all</source>
        <translation>
            <numerusform>%n location in all</numerusform>
            <numerusform>%n locations in all</numerusform>
        </translation>
    </message>
    <message>
        <source>locations show: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attributes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShopScope programmes (*.shopscope);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create &amp;Demo Programme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About ShopScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations &amp; scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The units evaluated and the scripts shoppers play.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waves &amp; sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fieldwork periods and the planned visits of each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shoppers &amp; assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shopper panel and who carries out which visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports that came back from the field and their review status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charts &amp; reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open read-only?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open it read-only instead?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened %1 read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ShopScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (read-only) — ShopScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — ShopScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists. Choose a new name; ShopScope does not overwrite programmes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create Demo Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another file than the open programme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the demo programme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the demo programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About ShopScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;ShopScope %1&lt;/h3&gt;&lt;p&gt;Mystery-shopping programmes for agencies: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language takes effect when ShopScope starts next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent programmes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing a copy of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sample Size Calculator…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dashboard, the standard charts and their exports for clients; fieldwork and results wave by wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create a new, empty ShopScope project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file to create (e.g. client.shopscope).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OdkExportDialog</name>
    <message>
        <source>Export for ODK fielding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XForm (.xml) for ODK Collect, ODK Central and Enketo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XLSForm (.xlsx) for KoboToolbox and ODK Central</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the shopper for the visit ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without this, the visit ID is a hidden field filled in by the link you send each shopper (Enketo and KoboToolbox prefill: ?d[/data/ss_visit_id]=1234).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A comment field after every question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Otherwise only questions with a required comment get a comment field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s) in %1, with the visit in hidden fields and ShopScope's score as a calculated field. Before you export, what the form cannot carry as ShopScope does:</source>
        <translation>
            <numerusform>%n question in %1, with the visit in hidden fields and ShopScope's score as a calculated field. Before you export, what the form cannot carry as ShopScope does:</numerusform>
            <numerusform>%n questions in %1, with the visit in hidden fields and ShopScope's score as a calculated field. Before you export, what the form cannot carry as ShopScope does:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing: every question, option, condition, translation and scoring rule carries over.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OdkFormBuilder</name>
    <message numerus="yes">
        <source>%n text(s) have no %1 translation; the form shows the source language (%2) there</source>
        <translation>
            <numerusform>%n text have no %1 translation; the form shows the source language (%2) there</numerusform>
            <numerusform>%n texts have no %1 translation; the form shows the source language (%2) there</numerusform>
        </translation>
    </message>
    <message>
        <source>ODK number fields cannot hold “not applicable”: the shopper leaves %1 empty instead, and it comes back unanswered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name “%1” is used twice in the form (letter case aside); ODK tools will refuse it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 condition on %2 (%3) never holds in ShopScope, and not in the ODK form either</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show-if</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comment-if</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OdkFormImporter</name>
    <message>
        <source>a repeat becomes a plain section: its questions are asked once per visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the group name “%1” cannot be a section code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the group name “%1” is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>groups nest only two deep in a questionnaire: its questions join the group around it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name “%1” cannot be a question code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown shopscope_type “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“or_other” becomes an option “other”; the text the shopper types for it has no question of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date and time becomes a date question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the choice name “%1” cannot be an option code (1-40 letters, digits, “_”, “-” or “.”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a range of more than 20 steps becomes a number question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“required” only under a condition (%1) is not kept: the question is optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 condition %2 cannot be read (%3); it is left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the condition “%1” is left out, the question is always shown: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the constraint “%1” is not kept</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n text(s) have no %1 version; another language's text stands in</source>
        <translation>
            <numerusform>%n text have no %1 version; another language's text stands in</numerusform>
            <numerusform>%n texts have no %1 version; another language's text stands in</numerusform>
        </translation>
    </message>
    <message>
        <source>notes (survey rows %1) are texts, not questions: left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ShopScope has no “%1” question (survey rows %2): left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the form has no question ShopScope can take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>survey row %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choices row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>device data and calculations are not answers: left out %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpeningHours</name>
    <message>
        <source>“%1” is not opening hours (write 09:00-17:00, or 09:00-12:00, 13:00-18:00 for split hours; leave it empty when closed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not after %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show a wave's sample plan rules and generate its visits with a quota check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the proposal and its quota check; write nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seed that makes the plan reproducible (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the rules from a JSON document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the rules for the wave (default), the programme, or not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits per location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits per location of a channel, e.g. call=10 (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHANNEL=N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario codes in rotation order, comma-separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rotation or fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only locations of these channels, comma-separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only locations in these regions, comma-separated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exclude, include or only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A weekday quota, e.g. saturday=0.3 or 6=30% (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAY=SHARE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A daypart quota, e.g. evening=0.2 (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PART=SHARE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>even (spread over the weeks of the wave) or free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan: cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan: --visits must be a whole number of 0 or more, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan: --channel-visits must look like call=10, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan: --%1 must look like %2, not “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan rules: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules from: %1
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan generate: give the wave with --wave NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan generate: --seed must be a whole number of 0 or more, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan generate: --by must be region or scenario, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan generate: --save-rules must be wave, programme or no, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan generate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan generate: the plan is impossible: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan generate: nothing written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run for wave %1 (nothing written):
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated wave %1:
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>  %n location(s)
</source>
        <translation>
            <numerusform>  %n location
</numerusform>
            <numerusform>  %n locations
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n new visit(s), </source>
        <translation>
            <numerusform>  %n new visit, </numerusform>
            <numerusform>  %n new visits, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced, </source>
        <translation>
            <numerusform>%n replaced, </numerusform>
            <numerusform>%n replaced, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept
</source>
        <translation>
            <numerusform>%n kept
</numerusform>
            <numerusform>%n kept
</numerusform>
        </translation>
    </message>
    <message>
        <source>  fieldwork budget %1
</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>rules, generate or summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan: expected rules FILE, generate FILE --wave NAME or summary FILE (see 'shopscope-cli plan --help')</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>by opening hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate Visits — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None ticked: every region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regions (none = all):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own locations only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own and competitors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitors only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active locations only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits per location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fixed number per channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By staff count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By size class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one visit per </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. S=1, M=2, L=4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per size class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other sizes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate across the waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same every wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allocation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evenly across the weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same seed and rules always give the same visits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep these rules for this wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep them as the default for every wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not keep them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quota check for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per size class: “%1” should look like M=2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarios: tick at least one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rules changed: &lt;b&gt;Preview&lt;/b&gt; to see the visits they give.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working out the visits…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating the visits of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visits can be generated: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new visit(s)&lt;/b&gt; at </source>
        <translation>
            <numerusform>&lt;b&gt;%n new visit&lt;/b&gt; at </numerusform>
            <numerusform>&lt;b&gt;%n new visits&lt;/b&gt; at </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n location(s); </source>
        <translation>
            <numerusform>%n location; </numerusform>
            <numerusform>%n locations; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned visit(s) replaced, </source>
        <translation>
            <numerusform>%n planned visit replaced, </numerusform>
            <numerusform>%n planned visits replaced, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (assigned, done or locked).</source>
        <translation>
            <numerusform>%n kept (assigned, done or locked).</numerusform>
            <numerusform>%n kept (assigned, done or locked).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fieldwork budget: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every quota of the wave holds within one visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some quotas miss by more than one visit: see the check below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visits generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the visits of %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanProposal</name>
    <message>
        <source>Week %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>unknown setting (known: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a share between 0 and 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a share between 0 and 1 (write %2 for %1 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown channel “%1” (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be exclude, include or only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown channel (known: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be fixed, staff or size_class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be rotation or fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a weekday (1 = Monday … 7 = Sunday, or a name such as saturday)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a daypart (known: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be even or free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weekdays: every share must be between 0 and 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weekdays: the quotas add up to %1 %, more than 100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weekdays: every day has a quota but they add up to only %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dayparts: every share must be between 0 and 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dayparts: the quotas add up to %1 %, more than 100 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dayparts: every daypart has a quota but they add up to only %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits: the minimum %1 is above the maximum %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored plan rules cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>The plan summary cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wave chosen for the plan summary no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a grouping: use wave, region, scenario, channel or location, or none.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanSummaryModel</name>
    <message>
        <source>(no region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>±%1 pts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Too small to report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 visits: fewer than the programme's small-base threshold of %2, too few to report on their own. Merge it with others or plan more visits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned visits: every visit of the cell that is not cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fieldwork budget: the scenario fees of the cell's visits, in the currency the fees were entered in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The margin of error at 95 % confidence of a yes/no standard met 80 % of the time, for this many visits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the cell has enough visits to report on its own.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanSummaryPrinter</name>
    <message>
        <source>Wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>±%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One wave, by its code or name (all waves without it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group by these, separated by commas: wave, region, scenario, channel, location; or none. The default is region,scenario for one wave and wave for all waves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the cells and the total as CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: give either --json or --csv, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --by: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan summary of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan summary of all waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No planned visits in this wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No planned visits yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin: of a yes/no standard met 80 % of the time, at 95 % confidence.
Too small: fewer visits than the programme's small-base threshold (%1), too few to report on.
Budget: the scenario fees of the visits, in the currency the fees were entered in.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readings per wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smallest base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too small</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanSummaryView</name>
    <message>
        <source>±%1 pts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample sizes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many visits a cell needs: the calculator, starting from the selected row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W&amp;ave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This programme has no waves yet. Create them on the Waves tab with “New waves…”; their planned visits, budget and precision then show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visits are planned in %1 (%2) yet. Once the wave's visits are planned, their number, budget and precision show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visits are planned yet. Once visits are planned, their number, budget and precision show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Precision of each wave's readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smallest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Widest margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Too small to report: fewer visits than the programme's small-base threshold (%1; set on the Programme page).
Precision: the margin of error at 95 % confidence of a yes/no standard met 80 % of the time.
Budget: the scenario fees of the planned visits, in the currency the fees were entered in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample Size Calculator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammeCommand</name>
    <message>
        <source>Show or change the programme's settings and languages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show or set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target score in percent, or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PERCENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures on fewer visits than this are flagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days before a shopper may visit the same location again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether reports may name staff: yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of reports and charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme's languages, comma-separated, in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme: expected 'show FILE' or 'set FILE [options]' (see 'shopscope-cli programme --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme set: --%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme set: nothing to change (see 'shopscope-cli programme --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme set: nothing changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client:           %1
Programme:        %2
Target score:     %3
Small base below: %4 visits
Shopper lockout:  %5 days
Staff names:      %6
Languages:        %7 (source %8, reports %9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme's settings.

  show FILE [--json]
  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]
           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]
           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]

All changes of one 'set' are checked first and written together, or not at all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The font of charts and reports, or default (DejaVu Sans).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAMILY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client's logo on charts and reports (PNG or JPEG), or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme set: --logo: %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammeField</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>small-base threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shopper lockout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staff names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is longer than 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target score must be between 0 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The small-base threshold must be a whole number of visits from 1 to 1000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shopper lockout must be a whole number of days from 0 to 3650.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the programme's languages as the report language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a language code (use codes such as en, sv, nb, lv, pl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The languages must be distinct and include the source (%1) and report (%2) languages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the programme's languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be removed while texts or reports use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chart font</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart font must be one font family's name, such as “Noto Sans”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo is larger than 2 MB: save it smaller (a logo on a chart needs about 600 pixels across).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Reports may name the staff member who served the shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Small base below:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper &amp;lockout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this file holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file's programme settings cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (source: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The counts could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shoppers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This programme is empty. Start with the questionnaire, the locations and the waves in the navigator on the left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The font of the programme's charts and reports (DejaVu Sans by default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart &amp;font:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client's logo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client's Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is already open in %2 (process %3 on %4). Close it there first, or open it read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ShopScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot edit “%1”: the folder “%2” is not writable. Open it read-only, or copy it to a folder where you can write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists; ShopScope does not overwrite it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is read-only. Open it read-only to look at it, or copy it to a file you can write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a ShopScope project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” uses the older file format %2 and must be opened for editing once to be brought up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change was not saved to “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A copy cannot replace the open file itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the copy “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An edit ran on a thread without a connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change was cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectChecker</name>
    <message>
        <source>the programme settings row is missing or doubled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n report(s) belong to visits that were never carried out</source>
        <translation>
            <numerusform>%n report belongs to visits that were never carried out</numerusform>
            <numerusform>%n reports belong to visits that were never carried out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are submitted, approved or rejected but have no report</source>
        <translation>
            <numerusform>%n visit is submitted, approved or rejected but have no report</numerusform>
            <numerusform>%n visits are submitted, approved or rejected but have no report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) belong to a question of another questionnaire version</source>
        <translation>
            <numerusform>%n answer belongs to a question of another questionnaire version</numerusform>
            <numerusform>%n answers belong to a question of another questionnaire version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) choose an option of a question that has no options</source>
        <translation>
            <numerusform>%n answer chooses an option of a question that has no options</numerusform>
            <numerusform>%n answers choose an option of a question that has no options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n multiple-choice selection(s) belong to a question that is not multiple choice</source>
        <translation>
            <numerusform>%n multiple-choice selection belongs to a question that is not multiple choice</numerusform>
            <numerusform>%n multiple-choice selections belong to a question that is not multiple choice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire version(s) have reports but are not frozen</source>
        <translation>
            <numerusform>%n questionnaire version has reports but are not frozen</numerusform>
            <numerusform>%n questionnaire versions have reports but are not frozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weighted questionnaire version(s) have section weights that do not sum to 100</source>
        <translation>
            <numerusform>%n weighted questionnaire version has section weights that do not sum to 100</numerusform>
            <numerusform>%n weighted questionnaire versions have section weights that do not sum to 100</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) are planned outside their wave's dates</source>
        <translation>
            <numerusform>%n visit is planned outside their wave's dates</numerusform>
            <numerusform>%n visits are planned outside their wave's dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) play a scenario of another channel than their location's</source>
        <translation>
            <numerusform>%n visit plays a scenario of another channel than their location's</numerusform>
            <numerusform>%n visits play a scenario of another channel than their location's</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not marked as a ShopScope project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file format is %1, this ShopScope writes %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing or altered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the schema differs from ShopScope's: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) of table %1 point to rows that do not exist</source>
        <translation>
            <numerusform>%n row of table %1 points to rows that do not exist</numerusform>
            <numerusform>%n rows of table %1 point to rows that do not exist</numerusform>
        </translation>
    </message>
    <message>
        <source>the rule could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored scores could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n report(s) have stored scores that differ from a fresh rescoring (%1); run “shopscope-cli scores rescore”</source>
        <translation>
            <numerusform>%n report have stored scores that differ from a fresh rescoring (%1); run “shopscope-cli scores rescore”</numerusform>
            <numerusform>%n reports have stored scores that differ from a fresh rescoring (%1); run “shopscope-cli scores rescore”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectError</name>
    <message>
        <source>Below standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close to standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the new programme's settings: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write in the folder “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be read: %2. Restore it from a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open “%1”: this SQLite build cannot enforce foreign keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a folder, not a ShopScope project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is empty: it is not a ShopScope project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a ShopScope project: it is not an SQLite database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is damaged: its SQLite header is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is truncated: it holds %L2 bytes of the %L3 its header declares. Restore it from a copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a ShopScope project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is an SQLite database of another application (id 0x%2), not a ShopScope project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was written by a newer ShopScope (file format %2; this version reads up to %3). Update ShopScope to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the format version of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a foreign key in table %1 points nowhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not bring “%1” to file format %2; the file is unchanged: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QcChecker</name>
    <message>
        <source>there is no wave with the id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (less than %4 of it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Took %1 min; scenario %2 expects about %3 (more than %4 times as long).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made on %1, outside the wave's %2 – %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made at %1 on %2, when %3 is closed all day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made at %1 on %2; %3 is open %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2; the question allows %3 to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 yes/no standards answered yes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No comment where the questionnaire asks for one: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the %2 questions that allow N/A answered N/A; usually %3 for scenario %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 answers the same as %3's report on visit %4 at %5, %6 of them unusual in this wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 answers the same as the report on visit %4 at %5 by %3, %6 of them unusual in this wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 minutes after visit %2 at %3 ended, %4 km away (%5 minutes at %6 km/h).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts %1 minutes before visit %2 at %3 ended.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QcCommand</name>
    <message>
        <source>The quality-control flags of a wave's reports, with their evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wave, by code or name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only these kinds of flag (comma-separated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>qc: give the wave with --wave NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>qc: --kind: “%1” is not a kind of flag (see 'shopscope-cli qc --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>qc: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 · %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality control of reports.

  FILE --wave NAME [--kind KIND,...] [--json]

Looks at every report of the wave (submitted, approved or rejected) and lists what deserves a
second look, with the figures: %1.
The thresholds are in docs/quality-control.md. Nothing is written; exit 0 also when there are flags.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QcFlag</name>
    <message>
        <source>implausible duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside the wave's dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside opening hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answers copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits too close together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every standard met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mostly N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required comment missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offers “not applicable”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bonus (adds to earned only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical: failing zeroes the section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical: failing zeroes the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label of the lowest value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label of the highest value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help for the shopper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ritical:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale labels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Shown when:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment &amp;required:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the type of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change whether %1 is mandatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change whether %1 offers N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change whether %1 is scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change whether %1 is a bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change whether %1 is critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the range of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the unit of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the scale labels of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an option to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove an option of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change when %1 is shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change when %1 needs a comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the text of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the options of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An option needs a code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number of points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireCommand</name>
    <message>
        <source>List, export, import, validate questionnaires and score answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, templates, export, import, validate or score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The questionnaire version (CODE or CODE:N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the questionnaire from a JSON file instead of a project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import this template (see 'templates').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers to score (JSON file, or - for standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ANSWERS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the import and report, but write nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the language of the briefing or scoring sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire: the ACTION is missing (list, templates, export, import, validate or score)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire: unknown action “%1” (list, templates, export, import, validate or score)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire list: expected one FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questionnaires yet. Import one: shopscope-cli questionnaire import FILE --template bank-branch-visit</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1:%2  %3  (%4, %5, %n question(s), %6 reports)</source>
        <translation>
            <numerusform>%1:%2  %3  (%4, %5, %n question, %6 reports)</numerusform>
            <numerusform>%1:%2  %3  (%4, %5, %n questions, %6 reports)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid questionnaire (%n problem(s))</source>
        <translation>
            <numerusform>“%1” is not a valid questionnaire (%n problem)</numerusform>
            <numerusform>“%1” is not a valid questionnaire (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>questionnaire: give a FILE (with --questionnaire) or --json-file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the programme has no questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the programme has %1 questionnaire versions: choose one with --questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire export: “%1” is not one of the questionnaire's languages (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire import: %1 (see 'shopscope-cli questionnaire templates')</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>questionnaire import: nothing imported from %1 (%n problem(s) to fix)</source>
        <translation>
            <numerusform>questionnaire import: nothing imported from %1 (%n problem to fix)</numerusform>
            <numerusform>questionnaire import: nothing imported from %1 (%n problems to fix)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported (dry run: nothing written)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n question(s)) into %2</source>
        <translation>
            <numerusform>Imported %1 (%n question) into %2</numerusform>
            <numerusform>Imported %1 (%n questions) into %2</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire score: --answers is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the answers must be one JSON object of answers by question code (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: there is no such question in %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) cannot be scored</source>
        <translation>
            <numerusform>%1: %n answer cannot be scored</numerusform>
            <numerusform>%1: %n answers cannot be scored</numerusform>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: json (default), briefing or scoring (HTML documents), xform or xlsform (ODK).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>xform/xlsform: ask the shopper for the visit ID instead of a hidden field filled by the link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>xform/xlsform: an optional comment field after every question, not only where one is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>xform/xlsform: the form version (default: the date and time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>V</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire export: unknown format “%1” (use json, briefing, scoring, xform or xlsform)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire export: an XLSForm is a workbook: give --out FORM.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire export: --json reports on the export: give --out PATH too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire export: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 %3, version %4, %n question(s))</source>
        <translation>
            <numerusform>Wrote %1 (%2 %3, version %4, %n question)</numerusform>
            <numerusform>Wrote %1 (%2 %3, version %4, %n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>XLSForm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XForm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire import: expected FILE and a JSON file or XLSForm (.xlsx), or FILE --template ID</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireDocuments</name>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire %1 · answer every question marked * · language: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>☐ Yes ☐ No ☐ Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>☐ Yes ☐ No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(tick all that apply)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) … %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only when %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A comment is required when %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring sheet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections carry the weights below (they sum to 100); the visit score is the weighted mean of the section scores. A section with nothing applicable drops out and its weight is spread over the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sections' points are pooled: the visit score is points earned / points possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable answers count neither as earned nor as possible points. Bonus points add to earned only; every score is capped at 100 %. A failed critical item zeroes its section or the whole visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — weight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → 0, %2 → full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical: zeroes the section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical: zeroes the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireJson</name>
    <message>
        <source>unknown key “%1” (allowed: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {"en": "..."}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a condition object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown type “%1” (use yes_no, rating, nps, single, multiple, number, date, time or text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be none, section or visit, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sections nest one level deep only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a ShopScope questionnaire ("format" must be "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format version %1 is newer than this ShopScope reads (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be pooled or weighted, not “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Create a &amp;new version to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a section or a question to see its properties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From a template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper briefing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring sheet for sign-off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pooled points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weighted sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a section after the selected one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+ Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a question after the selected one (Insert); the arrow chooses its type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up (Ctrl+Up); drag to move into another section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems (double-click to go there):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This programme has no questionnaire yet. Start from one of the templates (retail, bank, restaurant, hotel, contact centre, e-mail), import one, or start from scratch with New… above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from a template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename the questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change how sections are scored</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>frozen, %n report(s)</source>
        <translation>
            <numerusform>frozen, %n report</numerusform>
            <numerusform>frozen, %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2, version %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This version has reports, so it is frozen: its questions keep the meaning the stored answers had. Create a new version to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft: every change is saved at once and can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems: this questionnaire is ready for fieldwork.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change not made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a section first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The programme's languages, in order, as codes separated by commas (e.g. en, sv, nb, lv, pl). The source language (%1) stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be imported:

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the questionnaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ShopScope questionnaires (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-scoring-sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sub-section of the selected section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add sub-section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the section that should hold the sub-section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questionnaire file (JSON)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XForm for ODK Collect, Central and Enketo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XLSForm for KoboToolbox and ODK Central…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the XLSForm?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported from “%1”. Not everything in the form comes along:

%2</source>
        <translation>
            <numerusform>%n question can be imported from “%1”. Not everything in the form comes along:

%2</numerusform>
            <numerusform>%n questions can be imported from “%1”. Not everything in the form comes along:

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaires (*.json *.xlsx);;ShopScope questionnaires (*.json);;XLSForm workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export for ODK fielding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XForms (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>&amp;Clear answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget every answer and start the form again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 [no %2 text]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This questionnaire has no questions yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions in this section yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mandatory: the shopper must answer this question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % — failed critical item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit score: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys: 1–9 or an option's first letter choose it, a scale takes its number, − is N/A, Delete clears, Enter or Tab goes to the next question.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>this questionnaire version has reports and is frozen; create a new version to change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a version: write CODE or CODE:NUMBER, e.g. NB-EVAL:2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no version %1 of questionnaire “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no questionnaire “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>questionnaire version %1 does not exist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireTemplates</name>
    <message>
        <source>there is no template “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the template “%1” is broken: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <source>weight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>× %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical (section)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical (visit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section / question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuestionnaireValidator</name>
    <message>
        <source>the questionnaire code “%1” must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the questionnaire has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the source language “%1” is not among the languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 has no text in the source language (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 is not translated to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code must be 1-40 letters, digits, “_”, “-” or “.”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the section code is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the weight cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weighted scoring needs a weight for every top-level section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the section has no questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top-level section weights add up to %1, not 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the questionnaire has no questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the question code is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the option code “%1” is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>option “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a choice question needs at least two options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a multiple-choice question may have at most 64 options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 question has no options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a rating scale needs whole-number ends with min below max (e.g. 1-5, 1-10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 question cannot be scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the question is scored but no option earns points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a scored question needs a weight above zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a scored question can be critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a scored question can be a bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a bonus question cannot also be critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 condition refers to the question itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 condition refers to %2, which comes later in the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 condition refers to %2, which does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 condition compares %2 by size, but it is not a number or scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 condition expects option “%2” of %3, which has only %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show-if</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comment-if</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>the file has no new or changed report</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Import %n report(s) from %1</source>
        <translation>
            <numerusform>Import %n report from %1</numerusform>
            <numerusform>Import %n reports from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the report of visit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the draft report of visit %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDetailPanel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Answers&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Decisions&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Quality control&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a report to review it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Report of visit %1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2, scenario %3, shopper %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check this wave's reports</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportEntry</name>
    <message>
        <source>There is no visit %1 in this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit %1 has no shopper yet: assign one before entering the report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit %1 is cancelled: it has no report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario %1 of visit %2 has no questionnaire: choose one for the scenario first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not allow N/A.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an option of %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: N/A cannot be chosen together with other options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report of visit %1 is approved: it can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report of visit %1 is already submitted: correct it and submit it again, it does not go back to a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a language of the programme (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a visit date such as 2026-11-22.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time of day such as 14:05.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 minutes is not a visit duration (0 to 1440).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is mandatory and has no answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a comment for this answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report of visit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · %5 · shopper %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day of the visit; the planned day is %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>14:05</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name or description of the staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served &amp;by (no names):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a description only, e.g. young man at the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This client forbids staff names in reports: describe the person instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the shopper's general remarks on the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the report and hand it to review (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the report as it is, unsubmitted, to finish later (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved: this report counts in the results and can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted for review: a correction is submitted again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft: not yet submitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every mandatory question is answered.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer.</source>
        <translation>
            <numerusform>%n mandatory question still without an answer.</numerusform>
            <numerusform>%n mandatory questions still without an answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still without an answer, %1 required comment(s) missing.</source>
        <translation>
            <numerusform>%n mandatory question still without an answer, %1 required comment missing.</numerusform>
            <numerusform>%n mandatory questions still without an answer, %1 required comments missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report of visit %1 has changes that are not saved. Save them as a draft?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The correction of visit %1's report is not submitted. Close without it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportImport</name>
    <message>
        <source>the file needs a visit id column, or location, shopper and date columns, to match its rows to visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a visit id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date (2026-11-05 or 05.11.2026)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no visit of %1 by %2 in a wave around %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 visits match (%2); add a visit id column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 is on line %2 already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 is %2: it has no shopper to report on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenario %1 of visit %2 has no questionnaire version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the questionnaire of visit %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the visit date is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time of day (14:05)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number of minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a language of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not allow N/A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an answer to %2 (%3, or their labels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an option of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” says neither chosen (1, x, yes) nor not chosen (0, empty, no)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is mandatory but has no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is answered although its condition hides it; the answer is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report of visit %1 is approved: send it back before importing a changed one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a question of the questionnaire or a field of the report; the column is left out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>no column for %n question(s): %1; they stay unanswered</source>
        <translation>
            <numerusform>no column for %n question: %1; they stay unanswered</numerusform>
            <numerusform>no column for %n questions: %1; they stay unanswered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <source>Import reports from %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n new report</numerusform>
            <numerusform>%n new reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as a KoboToolbox / ODK Central export: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Share of yes (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hatched: fewer than %1 visits, read with care.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n = %1 visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score over the waves by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score over the waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bands: margin of error at %1 %. A marker: a significant change since the wave before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score by section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance per standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section scores by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distribution of visit scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit score (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit scores by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own network and competitors by section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of customers (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NPS: promoters (9–10) minus detractors (0–6), in points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What drives %1: importance and performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance (% of the explained variance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Performance (share of yes, %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possibly overdone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance: relative weights (Johnson) of a regression of %1 on the standards, R² = %2. Fix first: important and below the average performance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: score by location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections against the network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mystery shopping results: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 visits at %2 locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall score %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents: the dashboard, the standard charts, a page per region and a page per location. Shoppers are never named.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a significant change since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>within the margin of error of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none with enough visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locations for training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best-rated staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff to coach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>score %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the shoppers wrote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No comments in this wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers on the rating scales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of answers (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares of the answers given; not applicable left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General comment about the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of the visit on your assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time of the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long did the visit take (minutes)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From 0 to 1440 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who served you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“Not applicable” cannot be chosen together with other answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please explain this answer in a comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponseScorer</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsAggregator</name>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the confidence must be between 0 and 1, such as 0.95</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reports can be grouped by a report's own dimensions only, not by %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsCatalog</name>
    <message>
        <source>(no country)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no area)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1=%2: there is no such %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no brand)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsCommand</name>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was imported: the file has errors (--valid-rows imports the rows without any)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter, show or import shopper reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import, show or enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reports (import), or the visit's number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An answer, CODE=VALUE (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A question's comment, CODE=TEXT (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day of the visit (2026-11-22).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time of the visit (14:05); empty clears it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the visit took; empty clears it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The staff member who served the shopper (a description where the programme forbids names).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language the report was filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shopper's general comment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as a draft instead of submitting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>results: expected import FILE CSV, show FILE VISIT or enter FILE VISIT (see 'shopscope-cli results --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: “%2” is not a visit number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --answer “%2”: expected CODE=VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --comment-for “%2”: expected CODE=TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no question %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number of minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit %1 · wave %2 · %3 %4 · scenario %5 · shopper %6
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report: %1 · %2 · visited %3 · %4 min · staff: %5
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comment required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mandatory without an answer: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as a draft.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted for review.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: visit %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: nothing was saved</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: shopscope (default) or odk (KoboToolbox / ODK Central CSV).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>results import: unknown --format “%1” (use shopscope or odk)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsQuery</name>
    <message>
        <source>“%1” is not a dimension (use %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the wave's reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No flags: nothing unusual found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a report of the wave first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the wave's reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reports were not checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n flag(s) in the wave's reports</source>
        <translation>
            <numerusform>%n flag in the wave's reports</numerusform>
            <numerusform>%n flags in the wave's reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the shopper should correct (kept with the decision):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select one or more reports first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Approved: %n report</numerusform>
            <numerusform>Approved: %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Sent back: %n report</numerusform>
            <numerusform>Sent back: %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changes nothing: the programme already holds these reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed, %4 unchanged reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected report in the entry form: finish a draft or correct a report sent back</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>no report chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a report is sent back with a reason for the shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 has no report yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted report can be approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report of visit %1 is %2: only a submitted or approved report can be sent back</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Approve %n report(s)</source>
        <translation>
            <numerusform>Approve %n report</numerusform>
            <numerusform>Approve %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send back %n report(s)</source>
        <translation>
            <numerusform>Send back %n report</numerusform>
            <numerusform>Send back %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleSize</name>
    <message>
        <source>The confidence level must be 90 %, 95 % or 99 %, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student's t needs at least 1 degree of freedom, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of visits must be at least 1, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mean needs at least %1 visits, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The population must be at least 1, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of visits (%1) cannot exceed the population (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proportion must be between 0 and 1 (0.8 for 80 %), not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The standard deviation must be 0 or more, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The population must be at least %1, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target margin is too small: it would need more than %1 visits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target margin must be above 0 and below 1 (0.05 for ±5 points), not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target margin must be above 0, not %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleSizeCalculator</name>
    <message>
        <source>Share of &amp;yes answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mean score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share you expect (or last measured). 50 % gives the widest margin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spread of the score between visits, from an earlier wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many locations (or calls, or staff) the visits are drawn from. Knowing it narrows the margin when a large part of them is visited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard &amp;deviation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Visits (n):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target margin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin of error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin by number of visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>±%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student's t with %1 degrees of freedom: with fewer than %2 visits the spread itself is uncertain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal distribution (z = %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % measured on %2 visits: the true share is likely between %3 % and %4 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected for a population of %1 units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small base: fewer than %1 visits are too few to report on their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits needed: %1 for %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than the population</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>small base</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleSizeCommand</name>
    <message>
        <source>Margin of error of a share or a mean for n visits, or the visits needed for a target margin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share measured, as a proportion from 0 to 1 (0.8 for 80 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measure a mean score instead of a share (needs --sd).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The standard deviation of the score, for --mean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of visits: prints the margin of error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target margin of error: prints the visits needed. A proportion for a share (0.05 for ±5 points), in the score's unit for a mean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The confidence level: 90, 95 (the default) or 99.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of units sampled from (locations, calls), for the finite population correction. Without it the population counts as unlimited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --%2 expects a number, got “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --%2 expects a whole number, got “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --confidence expects 90, 95 or 99, got “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --confidence must be 90, 95 or 99, not “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unexpected argument “%2” (see 'shopscope-cli %1 --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: give either --p for a share or --mean --sd for a mean, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: give --p P for a share or --mean --sd SD for a mean (see 'shopscope-cli %1 --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --mean needs --sd, the standard deviation of the score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: --sd is for a mean: add --mean and leave out --p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: give either --n (for the margin) or --moe (for the visits needed), not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: give --n N for the margin of error or --moe M for the visits needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>±%1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sd = %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>population %1, finite population correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t = %1 with %2 degrees of freedom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>z = %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin of error: %1 at %2 % confidence (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits needed: %1 for a margin of %2 at %3 % confidence (%4; %5 with %1 visits)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a scenario first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied %1 as %2: edit the copy to make it a variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Active (used in new waves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. MORTGAGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 v%2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>frozen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shopper must speak every ticked language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other language code, e.g. ru</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a language code and press Enter to add it to the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shopper must carry every tag listed, e.g. customer or has-car.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New tag, e.g. has-car</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a tag (tags in use are offered) and press Enter to add it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title and script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title is required in %1, the programme's source language. A language still to be translated is marked; its fields show the source text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not translated yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This questionnaire is made for the channel “%1”; it may serve this scenario too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>Delete scenario %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n scenario(s)</source>
        <translation>
            <numerusform>Delete %n scenario</numerusform>
            <numerusform>Delete %n scenarios</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is played by %n visit(s); make it inactive instead of deleting it</source>
        <translation>
            <numerusform>%1 is played by %n visit; make it inactive instead of deleting it</numerusform>
            <numerusform>%1 is played by %n visits; make it inactive instead of deleting it</numerusform>
        </translation>
    </message>
    <message>
        <source>the scenario is played by visits by now and stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit scenario %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit scenario %1 (now %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenarioValidator</name>
    <message>
        <source>Code: there is no scenario %1 to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code: must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code: %1 is the code of another scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel: “%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Channel: %n visit(s) play this scenario at locations of another channel; it cannot become %1</source>
        <translation>
            <numerusform>Channel: %n visit play this scenario at locations of another channel; it cannot become %1</numerusform>
            <numerusform>Channel: %n visits play this scenario at locations of another channel; it cannot become %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Questionnaire: the chosen questionnaire version does not exist (any more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee: must be a number of 0 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration: must be 1 to %1 minutes, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age: must be between %1 and %2, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age: minimum %1 is above maximum %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender: must be female, male, other or any, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages: “%1” is not a language code such as lv or en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags: “%1” holds a comma; give each tag on its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (%1): required in the programme's source language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (%1): %1 is not a language of this programme; add it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (%1): the %1 script needs a title too</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScenariosCommand</name>
    <message>
        <source>any age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aged %1 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aged up to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List, show, add, change, duplicate and delete scenarios.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, show, save, duplicate or delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scenario to add or change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new code for the scenario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit, call, email, web, social or audit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The questionnaire version its reports answer (CODE = the latest), or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QCODE:N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the shopper is paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expected duration in minutes, or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shopper's age band, e.g. 25-45, 25- or -45, or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MIN-MAX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>female, male, other or any.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GENDER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A language the shopper must speak (repeat for more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tag the shopper must carry (repeat for more).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title in one language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The script in one language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The script in one language, read from a UTF-8 file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LANG=PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether new waves use it: yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes|no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios: expected list FILE, show FILE CODE, save FILE --code CODE ..., duplicate FILE CODE or delete FILE CODE... (see 'shopscope-cli scenarios --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (inactive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scenarios yet. Add one: shopscope-cli scenarios save FILE --code CODE --title %1=TITLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios show: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>any gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags:           %1
Visits:         %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
[%1] (missing: not translated yet)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios save: --%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a channel; use visit, call, email, web, social or audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number (write 12.50)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a whole number of minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an age band (write 25-45, 25- or -45)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not female, male, other or any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not LANG=%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios save: --code is missing (the scenario to add or change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios save: nothing saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added scenario %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios duplicate: nothing copied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied scenario %1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios delete: nothing deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deleted %n scenario(s): %1</source>
        <translation>
            <numerusform>Deleted %n scenario: %1</numerusform>
            <numerusform>Deleted %n scenarios: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreRefresher</name>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score…</source>
        <translation>
            <numerusform>Refreshing results: %Ln report to score…</numerusform>
            <numerusform>Refreshing results: %Ln reports to score…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing results: %Ln report(s) to score, %1 %</source>
        <translation>
            <numerusform>Refreshing results: %Ln report to score, %1 %</numerusform>
            <numerusform>Refreshing results: %Ln reports to score, %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Results refreshed: %1 reports scored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The results could not be refreshed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoreStore</name>
    <message>
        <source>report %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no stored scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scored under other scoring rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit score %1 stored, %2 computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>section scores differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>question scores differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answers kept for charts differ from the answers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoredVersion</name>
    <message>
        <source>questionnaire version %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoresCommand</name>
    <message>
        <source>Results from the stored scores: mean scores, shares of yes, NPS and distributions by any grouping, with margins of error; rescore every report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file (after rescore for a rescoring).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group by these dimensions, comma-separated (default: none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this wave (its code or name); the same as --filter wave=NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only reports of this value of a dimension, e.g. region=Rīga (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DIMENSION=VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mean (default), yes, nps or distribution.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MEASURE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count submitted reports besides approved ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The confidence of the margins: 90, 95 (default) or 99.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON (the same as --format json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scores: expected FILE [options] or rescore FILE (see 'shopscope-cli scores --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scores: --by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scores: --measure must be mean, yes, nps or distribution, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scores: --filter must look like region=Vidzeme with a dimension of --by, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scores: --confidence must be 90, 95 or 99, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scores: --format must be csv or json, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scores: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rescored %1: %2 reports of %3 questionnaire version(s), %4 section scores, %5 question scores in %6 s</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoringPlan</name>
    <message>
        <source>%1: %2 is not an answer to this question (it accepts %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date such as 2026-11-22</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a time such as 14:30</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>no weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename section %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the title of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShopperActions</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a shopper first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import shoppers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changes nothing: the panel already holds it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, with personal data</source>
        <translation>
            <numerusform>Exported %n shopper to %1, with personal data</numerusform>
            <numerusform>Exported %n shoppers to %1, with personal data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>Exported %n shopper to %1, without personal data</numerusform>
            <numerusform>Exported %n shoppers to %1, without personal data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperDialog</name>
    <message>
        <source>&amp;Add a period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a &amp;location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a &amp;brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ersonal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;vailability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Conflicts of interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pseudonymous code used everywhere, e.g. S000123</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>codes such as lv, en, ru</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. has-car, customer, student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags in use: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>where the shopper lives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home c&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home l&amp;atitude:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home l&amp;ongitude:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits per &amp;wave:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits per &amp;day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rating (0–5):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Joined the panel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the shopper is. This is kept apart from the profile: assignment and analysis use only the code, exports leave it out unless asked for, and clients never see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+371 2612 3456</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To (included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days on which the shopper cannot do visits (holidays, travel), both ends included. Periods that overlap are joined when saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location code or brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the shopper must never be sent: a location where family or friends work, or a whole brand they work for or used to. Type a location's code or part of it to choose it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>location code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no such location)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. sister works here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShopperExportDialog</name>
    <message>
        <source>Include &amp;personal data (name, e-mail, phone, address, postcode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export shoppers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n shopper(s) with their codes, profiles, availability and conflicts of interest: what planning needs, and nothing that tells who they are.</source>
        <translation>
            <numerusform>%n shopper with their codes, profiles, availability and conflicts of interest: what planning needs, and nothing that tells who they are.</numerusform>
            <numerusform>%n shoppers with their codes, profiles, availability and conflicts of interest: what planning needs, and nothing that tells who they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file will say who the shoppers are and how to reach them. Keep it inside the agency, never send it to a client, and delete it when it has served its purpose (data protection: GDPR, and the ESOMAR and MSPA codes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export with personal data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShopperFields</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits per wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicting locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicting brands</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShopperImport</name>
    <message>
        <source>%1 has problems; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no shopper to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import shoppers from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no column is chosen for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 are imported together: choose a column for both or for neither</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the shopper code is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a year of birth (such as 1987, or a date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a gender (female, male or other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a status (active, paused or blocked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a whole number of visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a rating (a number from 0 to 5%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, with a decimal comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date (2024-03-01 or 01.03.2024)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a list of periods (2026-07-01..2026-07-14, 2026-12-24)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds no shoppers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShopperImportDialog</name>
    <message>
        <source>Import shoppers from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (personal)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new shopper(s)</source>
        <translation>
            <numerusform>%n new shopper</numerusform>
            <numerusform>%n new shoppers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated by code</source>
        <translation>
            <numerusform>%n updated by code</numerusform>
            <numerusform>%n updated by code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperPickerDialog</name>
    <message>
        <source>Assign visit %1 by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits in the wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why by hand (kept in the visit's history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any day of the wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who carries out visit %1 at &lt;b&gt;%2 %3&lt;/b&gt; (%4), scenario %5, %6?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engine's cost of this choice in points: travel, fee, workload, rating and region manager terms (docs/assignment.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by code or city; a code not listed says why</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln shopper(s) may take this visit under the programme's rules, cheapest first.</source>
        <translation>
            <numerusform>%Ln shopper may take this visit under the programme's rules, cheapest first.</numerusform>
            <numerusform>%Ln shoppers may take this visit under the programme's rules, cheapest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has this visit already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 may not take this visit:&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a shopper; what the choice weighs against shows here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps every rule and costs the least.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShopperStore</name>
    <message numerus="yes">
        <source>%1 has %n visit(s); pause or block the shopper instead of deleting</source>
        <translation>
            <numerusform>%1 has %n visit; pause or block the shopper instead of deleting</numerusform>
            <numerusform>%1 has %n visits; pause or block the shopper instead of deleting</numerusform>
        </translation>
    </message>
    <message>
        <source>shopper %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shopper %1 is in use by now and stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add shopper %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit shopper %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit shopper %1 (now %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete shopper %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n shopper(s)</source>
        <translation>
            <numerusform>Delete %n shopper</numerusform>
            <numerusform>Delete %n shoppers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopperValidator</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1…” is longer than %2 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is %1 characters long; at most %2 are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a phone number (digits, spaces and + ( ) - . / only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be from %1 to %2 (shoppers are %3 or older), not %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be female, male, other or not given, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a language code such as lv or en</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” holds a comma or semicolon; give each tag on its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1…” is longer than 60 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a home needs both latitude and longitude, or neither</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be from -90 to 90, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be from -180 to 180, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number from 0 to %1, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be active, paused or blocked, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be from 0 to 5, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a period needs a first and a last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2 ends before it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two periods start on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a conflict of interest is with one location or one brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no shopper %1 to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the code of another shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShopperWriter</name>
    <message>
        <source>there is no location %1 in the programme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShoppersCommand</name>
    <message>
        <source>List and show the shopper panel with visit histories; import it from a CSV file, or export it.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, show, import or export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: include personal data (name, e-mail, phone, address, postcode).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only shoppers with this status (active, paused, blocked).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only shoppers living in this city.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only shoppers speaking this language (a code such as lv).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only shoppers with this tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only shoppers whose code, name, city or e-mail contains TEXT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shoppers export: give the output file once, as OUT or with -o</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shoppers: expected 'list FILE', 'show FILE CODE', 'import FILE CSV' or 'export FILE [OUT]' (see 'shopscope-cli shoppers --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shoppers import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shoppers export: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shoppers export</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, with personal data</source>
        <translation>
            <numerusform>Exported %n shopper to %1, with personal data</numerusform>
            <numerusform>Exported %n shoppers to %1, with personal data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n shopper(s) to %1, without personal data</source>
        <translation>
            <numerusform>Exported %n shopper to %1, without personal data</numerusform>
            <numerusform>Exported %n shoppers to %1, without personal data</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers list: --status must be active, paused or blocked, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shoppers list: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n shopper(s)</source>
        <translation>
            <numerusform>%1 of %n shopper</numerusform>
            <numerusform>%1 of %n shoppers</numerusform>
        </translation>
    </message>
    <message>
        <source>shoppers show: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts of interest:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>brand %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>location %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here yet: this programme has no %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 match the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 match “%2” with these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranslationTable</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Translate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing %1 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (section)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All texts are there</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n text(s) missing</source>
        <translation>
            <numerusform>%n text missing</numerusform>
            <numerusform>%n texts missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitAction</name>
    <message>
        <source>a visit was deleted in the meantime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no visit chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: visit %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n visit</numerusform>
            <numerusform>%1: %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>visit %1 was carried out already; its shopper stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no shopper %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 is with %2 already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign visit %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 has no shopper to swap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits %1 and %2 have the same shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>swapped with visit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap the shoppers of visits %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by the shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the pool (shopper dropped out)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinstate the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 is %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only an assigned visit can be accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only an assigned or accepted visit can be done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only an assigned or accepted visit can go back to the pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a visit that was carried out cannot be cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a cancelled visit can be reinstated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 is locked already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a visit with a shopper can be locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 is not locked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <source>Assign by hand…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap shoppers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fieldwork status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export fieldwork lists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (kept in the visits' history):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select one or more visits first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n visit</numerusform>
            <numerusform>%1: %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select one visit first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select exactly two visits whose shoppers should change places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export fieldwork lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a wave in the filter, or select one of its visits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the fieldwork lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lists were not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the shoppers' lists of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits of %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export of the fieldwork lists of %1 cancelled; the files written so far stay in %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Fieldwork sheet and the lists of %n shopper(s) written to %1</source>
        <translation>
            <numerusform>Fieldwork sheet and the lists of %n shopper written to %1</numerusform>
            <numerusform>Fieldwork sheet and the lists of %n shoppers written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-assign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No explanation: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cancelled visit gets no shopper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shoppers assigned automatically; Undo takes the whole run back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rules allow this choice, but:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go ahead anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit %1 is cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not take visit %2:
%3

Nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit %1 assigned to %2 by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shoppers of visits %1 and %2 may not change places:
%3

Nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the selected visit's report from the shopper's paper or e-mail (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report of visit %1 saved; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitDetailPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a visit to see who carries it out and its history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Visit %1&lt;/b&gt; · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario %1, %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shopper %1 (%2), %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Assignment&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this shopper, or why none?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitGenerator</name>
    <message numerus="yes">
        <source>Generate %n visit(s) for %1</source>
        <translation>
            <numerusform>Generate %n visit for %1</numerusform>
            <numerusform>Generate %n visits for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the visits of wave %1 changed since the preview; generate again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>some generated visits of wave %1 are gone already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wave %1 already has every visit the plan asks for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wave %1 is %2: a closed wave takes no new visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the programme has no active scenario to plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios.codes: no scenario has the code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios.codes: scenario %1 is inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locations.regions: no region is named “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no location matches the plan's location rules</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n kept visit(s) are at locations outside these rules and stay as they are</source>
        <translation>
            <numerusform>%n kept visit are at locations outside these rules and stay as they are</numerusform>
            <numerusform>%n kept visits are at locations outside these rules and stay as they are</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps %2 visits where the plan asks for %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %2 is never open during wave %3, but the plan asks for %n visit(s) there</source>
        <translation>
            <numerusform>%1 %2 is never open during wave %3, but the plan asks for %n visit there</numerusform>
            <numerusform>%1 %2 is never open during wave %3, but the plan asks for %n visits there</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the plan asks for %3 visits but its opening hours allow only %4 in wave %5</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n location(s) have no scenario of the plan for their channel: %1</source>
        <translation>
            <numerusform>%n location have no scenario of the plan for their channel: %1</numerusform>
            <numerusform>%n locations have no scenario of the plan for their channel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of the visits on %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of the visits in the %2 asks for %3 visits, but the locations' opening hours allow at most %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the weekday quotas leave %1 visits for the other days, but the locations are open for at most %2 of them on those days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 has no free opening hours left for its visits in wave %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>there is no shopper %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no location %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visits yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>, the last on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, average score %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitHistoryModel</name>
    <message>
        <source>Visited on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no shopper)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken off (now %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitHistoryPrinter</name>
    <message>
        <source>Visits: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no shopper)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taken off (now %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitHistoryView</name>
    <message>
        <source>No visits yet: the history starts once this one is saved and given visits.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitsCommand</name>
    <message>
        <source>List visits; accept, finish, cancel, return to the pool, lock or assign them by hand; their history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, set, assign, swap or history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the visits of this wave (code or name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only visits with this status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accept, done, return, cancel, reinstate, lock or unlock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shopper's code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (kept in the visit's history).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits: expected list FILE, set FILE IDS --action ACTION, assign FILE ID --shopper CODE, swap FILE ID ID or history FILE ID (see 'shopscope-cli visits --help')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits list: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits list: --status: “%1” is not a visit status (planned, assigned, accepted, done, submitted, approved, rejected, cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits list: %1: cannot read the visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (locked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visits match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits set: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits set: --action: expected accept, done, return, cancel, reinstate, lock or unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits set: %1: %2; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1: %n visit</numerusform>
            <numerusform>%1: %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: “%1” is not a visit number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits assign: --shopper CODE is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits assign: %1: %2; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit %1 assigned to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits swap: expected two visit numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits swap: %1: %2; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits %1 and %2 swapped their shoppers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits history: “%1” is not a visit number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits history: %1: there is no visit %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit %1 has no history yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder the fieldwork lists go to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits history: %1: cannot read the history of visit %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits export: --wave and --out FOLDER are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits export: cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits export: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits export: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits export: cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: fieldwork sheet and the lists of %n shopper(s) written to %2</source>
        <translation>
            <numerusform>%1: fieldwork sheet and the lists of %n shopper written to %2</numerusform>
            <numerusform>%1: fieldwork sheet and the lists of %n shoppers written to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>visits assign: %1: visit %2 cannot go to %3: %4; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits swap: %1: visit %2 cannot change its shopper: %3; nothing changed</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>review: approve the reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review: send the reports back to their shoppers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review: why the reports go back (required with --send-back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review: who decides (default: the account name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits review: “%1” is not a list of visit numbers (e.g. 12,15,18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits review: give either --approve or --send-back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits review: --send-back needs --reason TEXT for the shopper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visits review: %1: %2; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Approved: %n report(s)</source>
        <translation>
            <numerusform>Approved: %n report</numerusform>
            <numerusform>Approved: %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent back: %n report(s)</source>
        <translation>
            <numerusform>Sent back: %n report</numerusform>
            <numerusform>Sent back: %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveActions</name>
    <message>
        <source>New waves…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No waves created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a wave first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate visits…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate visits</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Generated %n visit(s) for %1</source>
        <translation>
            <numerusform>Generated %n visit for %1</numerusform>
            <numerusform>Generated %n visits for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveLookup</name>
    <message>
        <source>The waves cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n waves are named “%1”: give the wave's code instead.</source>
        <translation>
            <numerusform>%n waves are named “%1”: give the wave's code instead.</numerusform>
            <numerusform>%n waves are named “%1”: give the wave's code instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no wave with the code or name “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaveSeries</name>
    <message>
        <source>Add wave %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Add %n wave(s)</source>
        <translation>
            <numerusform>Add %n wave</numerusform>
            <numerusform>Add %n waves</numerusform>
        </translation>
    </message>
    <message>
        <source>a wave with the code %1 exists already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the waves have visits by now and stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set wave %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no waves to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every wave needs a code and a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wave %1 ends before it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code %1 is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no wave %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wave %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the series needs a valid start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a series has 1 to 120 waves, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a wave lasts 1 to 366 days, not %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaveSeriesDialog</name>
    <message>
        <source>Days per wave:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New waves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every N days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Number of waves:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will create:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WaveStatusRules</name>
    <message>
        <source>“%1” is not a wave status (planning, fieldwork, closed, reported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a wave moves one step at a time: from %1 it can go to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n visit(s) of this wave already have a shopper; it cannot go back to planning</source>
        <translation>
            <numerusform>%n visit of this wave already has a shopper; it cannot go back to planning</numerusform>
            <numerusform>%n visits of this wave already have a shopper; it cannot go back to planning</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavesCommand</name>
    <message>
        <source>List waves, create one or a series, change a wave's status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waves: the fieldwork periods of a programme.

  list FILE [--json]
  create FILE --series monthly|quarterly|weekly|days --start YYYY-MM-DD --count N [--days N]
  create FILE --code CODE --name NAME --start YYYY-MM-DD --end YYYY-MM-DD
  status FILE CODE planning|fieldwork|closed|reported

A series of monthly waves starting 2027-01-15 covers whole months from January; codes say the
period (W2027-01, W2027-Q1, W2027-W03). A wave moves one status step at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list, create or status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>monthly, quarterly, weekly or days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day (or a day in the first period).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day of a single wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many waves the series has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The length of each wave of a 'days' series.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code of a single wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of a single wave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves: expected list FILE, create FILE ..., or status FILE CODE STATUS (see 'shopscope-cli waves --help')</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>No waves yet. Create some: shopscope-cli waves create FILE --series monthly --start 2027-01-01 --count 12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves create: --%1 must be a date like 2027-01-01, not “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves create: --series must be monthly, quarterly, weekly or days, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves create: --count must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves create: --days must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves create: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves create: give --series ... or --code, --name, --start and --end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waves create: nothing created: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Created %n wave(s): %1 … %2</source>
        <translation>
            <numerusform>Created %n wave: %1 … %2</numerusform>
            <numerusform>Created %n waves: %1 … %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 is now %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>ShopScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mystery-shopping programmes: questionnaires, waves and samples, shopper assignment, quality control, results and client-ready charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open programme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a &amp;demo programme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent programmes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent programmes yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XFormWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XPathConditionParser</name>
    <message>
        <source>unexpected “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1 != ''” on its own cannot be a ShopScope condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a “(” is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selected needs “(”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selected() needs a question and a quoted choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>selected() is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a condition on a choice of multiple-choice question %1 cannot be expressed in ShopScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1()” is not a condition on an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the function “%1” is not one of the forms ShopScope reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a comparison is missing after “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a comparison needs a question on one side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be compared with a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no question %1 before this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“is unanswered” cannot be a ShopScope condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is compared by size with “%2”, which is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parentheses nest deeper than 64 levels</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsFormReader</name>
    <message>
        <source>an XLSForm needs a “survey” sheet; this workbook has %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no “%1” column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the language “%1” has no code such as “(en)”; it becomes “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 row has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a choice of list “%1” has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses the choice list “%2”, which the choices sheet does not have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” closes a group that was never opened</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n group(s) are opened in the survey sheet but never closed</source>
        <translation>
            <numerusform>%n group are opened in the survey sheet but never closed</numerusform>
            <numerusform>%n groups are opened in the survey sheet but never closed</numerusform>
        </translation>
    </message>
    <message>
        <source>survey sheet, row 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>survey sheet, row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choices sheet, row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no type: left out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: this is an OpenDocument file (.ods), not an Excel workbook; save it as .xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the archive has no %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: sheet “%2” is damaged: %3 has no relationship “%4” to tell where it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>part %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sheet “%1” (part %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is missing from the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is too large to read (over %3 MB uncompressed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it refers to shared text number %1, which does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row number “%1” is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cell reference “%1” is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a cell lies beyond row %1 or column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: sheet “%2” is too large to read (%3 rows × %4 columns; at most %5 cells)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this workbook is protected with a password, so it is encrypted and cannot be read; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this is an Excel 97-2003 .xls file; save it as .xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this is an older Microsoft Office file, not an Excel workbook (.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the workbook is damaged or incomplete (it starts as a zip archive but its directory is missing or broken); was the copy or download cut short?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ShopScope: mystery-shopping programmes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A programme to open.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
