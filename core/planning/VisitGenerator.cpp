#include "VisitGenerator.h"

#include "WaveLookup.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace {

// SplitMix64: a stable, platform-independent mix of the seed with the things being placed, so
// the same seed gives the same plan everywhere.
quint64 mix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ull;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ull;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBull;
    return value ^ (value >> 31);
}

quint64 mix(quint64 a, quint64 b, quint64 c = 0)
{
    return mix(mix(mix(a) ^ b) ^ c);
}

double unit(quint64 hash)
{
    return double(hash >> 11) * (1.0 / 9007199254740992.0);
}

constexpr int kDayparts = 4;
constexpr int kMinimumMinutes = 30; // a daypart counts as open when at least this much of it is

struct Interval
{
    int from = 0;
    int to = 0;
};

struct Option
{
    int day = 0; // day of the wave, 0-based
    int daypart = 0;
    int capacity = 1; // visits this daypart can take at the location
    int used = 0;
};

struct Location
{
    qint64 id = 0;
    QString code;
    QString name;
    QString channel;
    int region = 0; // index into regions; 0 = no region
    int wanted = 0; // visits the rules ask for
    int kept = 0;   // kept visits that count (not cancelled)
    std::vector<int> eligible; // scenario indexes of the plan that fit the channel
    std::vector<Option> options;
    std::array<std::vector<Interval>, 8> hours; // by weekday 1..7
    bool hasHours = false;
    // Someone walking in is seen: at most one visit a day.
    // Calls, e-mails and web enquiries can share a daypart, one per half hour open.
    bool physical() const { return channel == QLatin1String("visit") || channel == QLatin1String("audit"); }
    int capacity() const
    {
        int total = 0;
        int lastDay = -1;
        for (const Option& option : options) {
            if (physical()) {
                total += option.day != lastDay ? 1 : 0; // options come day by day
                lastDay = option.day;
            } else {
                total += option.capacity;
            }
        }
        return total;
    }
};

struct Scenario
{
    qint64 id = 0;
    QString code;
    QString channel;
    bool active = true;
    double fee = 0;
};

struct KeptVisit
{
    int location = -1; // index into locations, -1 when not in the plan
    int scenario = -1; // index into scenarios
    int day = -1;
    int daypart = -1;
    bool counts = true; // cancelled visits are history only
    int slot = 0;
};

int overlap(const std::vector<Interval>& hours, std::pair<int, int> window)
{
    int minutes = 0;
    for (const Interval& interval : hours)
        minutes += std::max(0, std::min(interval.to, window.second) - std::max(interval.from, window.first));
    return minutes;
}

int minutesOf(const QString& time)
{
    return time.left(2).toInt() * 60 + time.mid(3, 2).toInt();
}

QString weekdayName(int day)
{
    return QLocale().dayName(day, QLocale::LongFormat);
}

// Targets for one dimension (weekday, daypart or week): explicit shares where asked, the rest
// in proportion to the natural weights (opening hours).
std::vector<double> targets(int cells, double total, const std::vector<double>& natural, const QMap<int, double>& shares)
{
    std::vector<double> result(size_t(cells), 0.0);
    double asked = 0;
    double freeWeight = 0;
    for (int cell = 0; cell < cells; ++cell) {
        if (shares.contains(cell)) {
            result[size_t(cell)] = total * shares.value(cell);
            asked += result[size_t(cell)];
        } else {
            freeWeight += natural[size_t(cell)];
        }
    }
    const double rest = std::max(0.0, total - asked);
    for (int cell = 0; cell < cells; ++cell)
        if (!shares.contains(cell))
            result[size_t(cell)] = freeWeight > 0 ? rest * natural[size_t(cell)] / freeWeight : 0.0;
    return result;
}

} // namespace

std::optional<PlanProposal> VisitGenerator::propose(const QSqlDatabase& db, const QString& wave, const PlanRules& rules,
                                                    quint64 seed, QString* error, const std::atomic<bool>* cancelled,
                                                    const Progress& progress)
{
    auto refuse = [error](const QString& why) -> std::optional<PlanProposal> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };
    auto report = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    if (const QString why = rules.problem(); !why.isEmpty())
        return refuse(why);

    PlanProposal proposal;
    proposal.rules = rules;
    proposal.seed = seed;
    const auto waveId = WaveLookup::find(db, wave, error);
    if (!waveId)
        return std::nullopt;
    proposal.waveId = *waveId;

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT code, name, starts_on, ends_on, status, "
                                 "(SELECT count(*) FROM wave o WHERE o.starts_on < w.starts_on "
                                 " OR (o.starts_on = w.starts_on AND o.id < w.id)) FROM wave w WHERE id = ?"));
    query.addBindValue(proposal.waveId);
    if (!query.exec() || !query.next())
        return refuse(query.lastError().text());
    proposal.waveCode = query.value(0).toString();
    proposal.waveName = query.value(1).toString();
    proposal.starts = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    proposal.ends = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    const QString status = query.value(4).toString();
    proposal.waveIndex = query.value(5).toInt();
    if (status == QLatin1String("closed") || status == QLatin1String("reported"))
        return refuse(tr("wave %1 is %2: a closed wave takes no new visits").arg(proposal.waveCode, status));
    const int days = int(proposal.starts.daysTo(proposal.ends)) + 1;
    const int weeks = (days + 6) / 7;
    std::vector<int> dayWeekday(static_cast<size_t>(days));
    for (int day = 0; day < days; ++day)
        dayWeekday[size_t(day)] = proposal.starts.addDays(day).dayOfWeek();

    // Scenarios of the plan, in the plan's order (all active ones by code when none is named).
    std::vector<Scenario> scenarios;
    QHash<qint64, int> scenarioIndex;
    {
        std::vector<Scenario> all;
        if (!query.exec(QStringLiteral("SELECT id, code, channel, active, fee FROM scenario ORDER BY code")))
            return refuse(query.lastError().text());
        while (query.next())
            all.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toBool(), query.value(4).toDouble()});
        if (rules.scenarios.isEmpty()) {
            for (const Scenario& scenario : all)
                if (scenario.active)
                    scenarios.push_back(scenario);
            if (scenarios.empty())
                return refuse(tr("the programme has no active scenario to plan"));
        } else {
            for (const QString& code : rules.scenarios) {
                auto found = std::find_if(all.begin(), all.end(), [&](const Scenario& s) { return s.code == code; });
                if (found == all.end())
                    return refuse(tr("scenarios.codes: no scenario has the code “%1”").arg(code));
                if (!found->active)
                    return refuse(tr("scenarios.codes: scenario %1 is inactive").arg(code));
                scenarios.push_back(*found);
            }
        }
        // Kept visits may use scenarios outside the plan; they still count in the budget.
        for (const Scenario& scenario : all)
            if (std::none_of(scenarios.begin(), scenarios.end(), [&](const Scenario& s) { return s.id == scenario.id; }))
                scenarios.push_back(scenario);
        for (size_t i = 0; i < scenarios.size(); ++i)
            scenarioIndex.insert(scenarios[i].id, int(i));
    }
    const int planScenarios = rules.scenarios.isEmpty()
                                  ? int(std::count_if(scenarios.begin(), scenarios.end(), [](const Scenario& s) { return s.active; }))
                                  : int(rules.scenarios.size());

    // Locations that the rules select, with the region each belongs to.
    QStringList regionNames = {QString()};
    std::vector<Location> locations;
    QHash<qint64, int> locationIndex;
    {
        QSet<QString> knownRegions;
        if (!query.exec(QStringLiteral("SELECT name FROM geo_unit WHERE level = 'region'")))
            return refuse(query.lastError().text());
        while (query.next())
            knownRegions.insert(query.value(0).toString());
        for (const QString& region : rules.regions)
            if (!knownRegions.contains(region))
                return refuse(tr("locations.regions: no region is named “%1”").arg(region));

        if (!query.exec(QStringLiteral(
                "SELECT l.id, l.code, l.name, l.channel, l.is_competitor, l.active, l.staff_count, l.size_class, "
                "coalesce(r.name, CASE g.level WHEN 'region' THEN g.name END) "
                "FROM location l LEFT JOIN geo_unit g ON g.id = l.geo_unit_id "
                "LEFT JOIN geo_unit r ON r.id = g.parent_id AND g.level = 'area' ORDER BY l.code")))
            return refuse(query.lastError().text());
        while (query.next()) {
            const QString channel = query.value(3).toString();
            const bool competitor = query.value(4).toBool();
            const QString region = query.value(8).toString();
            if (rules.activeOnly && !query.value(5).toBool())
                continue;
            if (!rules.channels.isEmpty() && !rules.channels.contains(channel))
                continue;
            if (!rules.regions.isEmpty() && !rules.regions.contains(region))
                continue;
            if ((rules.competitors == PlanRules::Competitors::Exclude && competitor)
                || (rules.competitors == PlanRules::Competitors::Only && !competitor))
                continue;
            Location location;
            location.id = query.value(0).toLongLong();
            location.code = query.value(1).toString();
            location.name = query.value(2).toString();
            location.channel = channel;
            int regionAt = int(regionNames.indexOf(region));
            if (regionAt < 0) {
                regionAt = int(regionNames.size());
                regionNames << region;
            }
            location.region = regionAt;
            switch (rules.countMode) {
            case PlanRules::CountMode::Fixed:
                location.wanted = rules.countByChannel.value(channel, rules.count);
                break;
            case PlanRules::CountMode::ByStaff:
                location.wanted = query.value(6).isNull()
                                      ? rules.minCount
                                      : std::clamp((query.value(6).toInt() + rules.staffPerVisit - 1) / rules.staffPerVisit,
                                                   rules.minCount, rules.maxCount);
                break;
            case PlanRules::CountMode::BySizeClass:
                location.wanted = rules.countBySize.value(query.value(7).toString(), rules.defaultSizeCount);
                break;
            }
            for (int s = 0; s < planScenarios; ++s)
                if (scenarios[size_t(s)].channel == channel)
                    location.eligible.push_back(s);
            locationIndex.insert(location.id, int(locations.size()));
            locations.push_back(std::move(location));
        }
        if (!query.exec(QStringLiteral("SELECT location_id, weekday, opens, closes FROM location_hours")))
            return refuse(query.lastError().text());
        while (query.next()) {
            const int at = locationIndex.value(query.value(0).toLongLong(), -1);
            if (at < 0)
                continue;
            Location& location = locations[size_t(at)];
            location.hasHours = true;
            location.hours[size_t(query.value(1).toInt())].push_back(
                {minutesOf(query.value(2).toString()), minutesOf(query.value(3).toString())});
        }
    }
    if (locations.empty())
        return refuse(tr("no location matches the plan's location rules"));
    proposal.locations = int(locations.size());
    report(10);

    // Visits the wave has: the ones that left 'planned' (or are locked or reported on) stay.
    std::vector<KeptVisit> kept;
    std::vector<std::vector<size_t>> keptAt(locations.size()); // indexes into kept, by location
    QHash<int, QSet<int>> usedSlots; // by location index
    query.prepare(QStringLiteral("SELECT v.id, v.location_id, v.scenario_id, v.slot, v.planned_date, v.daypart, v.status, "
                                 "v.locked, EXISTS (SELECT 1 FROM response r WHERE r.visit_id = v.id) "
                                 "FROM visit v WHERE v.wave_id = ?"));
    query.addBindValue(proposal.waveId);
    if (!query.exec())
        return refuse(query.lastError().text());
    int keptOutside = 0;
    while (query.next()) {
        const QString visitStatus = query.value(6).toString();
        const bool keep = visitStatus != QLatin1String("planned") || query.value(7).toBool() || query.value(8).toBool();
        if (!keep) {
            proposal.replacedVisits << query.value(0).toLongLong();
            continue;
        }
        KeptVisit visit;
        visit.location = locationIndex.value(query.value(1).toLongLong(), -1);
        visit.scenario = scenarioIndex.value(query.value(2).toLongLong(), -1);
        visit.slot = query.value(3).toInt();
        visit.counts = visitStatus != QLatin1String("cancelled");
        const QDate date = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        if (date.isValid() && date >= proposal.starts && date <= proposal.ends)
            visit.day = int(proposal.starts.daysTo(date));
        visit.daypart = int(PlanRules::daypartCodes().indexOf(query.value(5).toString()));
        if (visit.location < 0) {
            // A visit kept at a location the rules no longer select: it stays, outside the plan.
            keptOutside += visit.counts ? 1 : 0;
            continue;
        }
        usedSlots[visit.location].insert(visit.slot);
        if (visit.counts)
            ++locations[size_t(visit.location)].kept;
        keptAt[size_t(visit.location)].push_back(kept.size());
        kept.push_back(visit);
    }
    if (keptOutside > 0)
        proposal.notes << tr("%n kept visit(s) are at locations outside these rules and stay as they are", nullptr, keptOutside);

    // Opening hours become options: (day of the wave, daypart) where the location is open.
    QStringList noScenario;
    std::vector<double> naturalWeekday(8, 0.0), naturalDaypart(kDayparts, 0.0);
    // By weekday and week, so that the weeks' share follows the weekday quotas (a wave whose
    // last days hold no Monday cannot be asked for Monday visits there).
    std::vector<double> naturalDayWeek(size_t(8 * weeks), 0.0);
    int totalNew = 0;
    for (Location& location : locations) {
        const int newVisits = std::max(0, location.wanted - location.kept);
        if (location.kept > location.wanted)
            proposal.notes << tr("%1 keeps %2 visits where the plan asks for %3").arg(location.code).arg(location.kept).arg(location.wanted);
        if (newVisits > 0 && location.eligible.empty())
            noScenario << QStringLiteral("%1 (%2)").arg(location.code, location.channel);
        std::array<double, 8> weekdayMinutes{};
        std::array<double, kDayparts> daypartMinutes{};
        std::vector<double> dayWeekMinutes(size_t(8 * weeks), 0.0);
        double totalMinutes = 0;
        for (int day = 0; day < days; ++day) {
            const int weekday = dayWeekday[size_t(day)];
            for (int part = 0; part < kDayparts; ++part) {
                const auto window = PlanRules::daypartMinutes(PlanRules::daypartCodes()[part]);
                // No hours recorded: taken as open every day 08:00-20:00 (docs/sample-plan.md).
                const int minutes = location.hasHours ? overlap(location.hours[size_t(weekday)], window)
                                                      : overlap({{8 * 60, 20 * 60}}, window);
                if (minutes < kMinimumMinutes)
                    continue;
                location.options.push_back({day, part, location.physical() ? 1 : minutes / kMinimumMinutes, 0});
                weekdayMinutes[size_t(weekday)] += minutes;
                daypartMinutes[size_t(part)] += minutes;
                dayWeekMinutes[size_t(weekday * weeks + day / 7)] += minutes;
                totalMinutes += minutes;
            }
        }
        if (location.wanted > 0 && location.options.empty())
            return refuse(tr("%1 %2 is never open during wave %3, but the plan asks for %n visit(s) there", nullptr,
                             location.wanted).arg(location.code, location.name, proposal.waveCode));
        if (newVisits > location.capacity())
            return refuse(tr("%1 %2: the plan asks for %3 visits but its opening hours allow only %4 in wave %5")
                              .arg(location.code, location.name)
                              .arg(location.wanted)
                              .arg(location.capacity())
                              .arg(proposal.waveCode));
        totalNew += newVisits;
        if (totalMinutes <= 0)
            continue;
        // The natural spread: each location's visits over its opening hours.
        for (int weekday = 1; weekday <= 7; ++weekday)
            naturalWeekday[size_t(weekday)] += location.wanted * weekdayMinutes[size_t(weekday)] / totalMinutes;
        for (int part = 0; part < kDayparts; ++part)
            naturalDaypart[size_t(part)] += location.wanted * daypartMinutes[size_t(part)] / totalMinutes;
        for (size_t cell = 0; cell < dayWeekMinutes.size(); ++cell)
            naturalDayWeek[cell] += location.wanted * dayWeekMinutes[cell] / totalMinutes;
    }
    if (!noScenario.isEmpty())
        return refuse(tr("%n location(s) have no scenario of the plan for their channel: %1", nullptr, int(noScenario.size()))
                          .arg(noScenario.mid(0, 5).join(QStringLiteral(", ")) + (noScenario.size() > 5 ? QStringLiteral(", …") : QString())));
    if (isCancelled())
        return refuse(tr("cancelled"));
    report(30);

    // Scenarios: rotation walks each location through its scenarios wave after wave (so that a
    // location meets every scenario and, where it can, not the same one twice in a row); fixed
    // gives each location the same scenarios every wave.
    std::vector<PlanProposal::Visit> visits;
    std::vector<int> visitLocation, visitScenario;
    visits.reserve(size_t(totalNew));
    for (size_t l = 0; l < locations.size(); ++l) {
        const Location& location = locations[l];
        const int newVisits = std::max(0, location.wanted - location.kept);
        if (newVisits == 0)
            continue;
        const int k = int(location.eligible.size());
        std::vector<int> sequence;
        const quint64 offset = rules.allocation == PlanRules::Allocation::Rotation ? mix(seed, quint64(location.id)) % quint64(k) : 0;
        for (int s = 0; s < location.wanted; ++s) {
            const quint64 position = rules.allocation == PlanRules::Allocation::Rotation
                                         ? offset + quint64(proposal.waveIndex) * quint64(location.wanted) + quint64(s)
                                         : quint64(s);
            sequence.push_back(location.eligible[size_t(position % quint64(k))]);
        }
        // Kept visits already play some of the sequence.
        for (size_t index : keptAt[l])
            if (const KeptVisit& visit = kept[index]; visit.counts) {
                auto found = std::find(sequence.begin(), sequence.end(), visit.scenario);
                if (found != sequence.end())
                    sequence.erase(found);
                else if (!sequence.empty())
                    sequence.pop_back();
            }
        const QSet<int>& taken = usedSlots[int(l)];
        int slot = 1;
        for (int n = 0; n < newVisits; ++n) {
            while (taken.contains(slot))
                ++slot;
            PlanProposal::Visit visit;
            visit.locationId = location.id;
            visit.scenarioId = scenarios[size_t(sequence[size_t(n)])].id;
            visit.slot = slot++;
            visits.push_back(visit);
            visitLocation.push_back(int(l));
            visitScenario.push_back(sequence[size_t(n)]);
        }
    }

    // Quota targets in three kinds of scope: the whole wave, each region, each scenario.
    const int regionCount = int(regionNames.size());
    const int scenarioCount = int(scenarios.size());
    const int scopes = 1 + regionCount + scenarioCount;
    std::vector<double> scopeTotal(size_t(scopes), 0.0);
    for (const Location& location : locations)
        if (location.wanted > 0) {
            scopeTotal[0] += std::max(location.wanted, location.kept);
            scopeTotal[size_t(1 + location.region)] += std::max(location.wanted, location.kept);
        }
    for (size_t v = 0; v < visits.size(); ++v)
        scopeTotal[size_t(1 + regionCount + visitScenario[v])] += 1;
    for (const KeptVisit& visit : kept)
        if (visit.counts && visit.scenario >= 0)
            scopeTotal[size_t(1 + regionCount + visit.scenario)] += 1;
    const double total = scopeTotal[0];

    QMap<int, double> weekdayShares;
    for (auto it = rules.weekdayShares.begin(); it != rules.weekdayShares.end(); ++it)
        weekdayShares.insert(it.key(), it.value());
    QMap<int, double> daypartShares;
    for (auto it = rules.daypartShares.begin(); it != rules.daypartShares.end(); ++it)
        daypartShares.insert(int(PlanRules::daypartCodes().indexOf(it.key())), it.value());
    const std::vector<double> weekdayTarget = targets(8, total, naturalWeekday, weekdayShares);
    const std::vector<double> daypartTarget = targets(kDayparts, total, naturalDaypart, daypartShares);
    // Each weekday's target spread over the weeks as that weekday's opening hours fall in them.
    std::vector<double> weekTarget(size_t(weeks), 0.0);
    for (int weekday = 1; weekday <= 7; ++weekday)
        if (naturalWeekday[size_t(weekday)] > 0)
            for (int week = 0; week < weeks; ++week)
                weekTarget[size_t(week)] += weekdayTarget[size_t(weekday)] * naturalDayWeek[size_t(weekday * weeks + week)]
                                            / naturalWeekday[size_t(weekday)];

    // A quota nobody can meet is refused before anything is placed: the visits the locations
    // can take in the options a quota speaks of (walk-in locations one a day).
    auto capacityWhere = [&](const std::function<bool(const Option&)>& counts) {
        double capacity = 0;
        for (const Location& location : locations) {
            double open = 0;
            int lastDay = -1;
            for (const Option& option : location.options) {
                if (!counts(option) || (location.physical() && option.day == lastDay))
                    continue;
                open += location.physical() ? 1 : option.capacity;
                lastDay = option.day;
            }
            capacity += std::min<double>(std::max(location.wanted, location.kept), open);
        }
        return capacity;
    };
    for (auto it = weekdayShares.begin(); it != weekdayShares.end(); ++it) {
        const double capacity = capacityWhere([&](const Option& o) { return dayWeekday[size_t(o.day)] == it.key(); });
        if (weekdayTarget[size_t(it.key())] > capacity + 0.5)
            return refuse(tr("%1 % of the visits on %2 asks for %3 visits, but the locations' opening hours allow at most %4")
                              .arg(it.value() * 100, 0, 'f', 1)
                              .arg(weekdayName(it.key()))
                              .arg(weekdayTarget[size_t(it.key())], 0, 'f', 0)
                              .arg(capacity));
    }
    for (auto it = daypartShares.begin(); it != daypartShares.end(); ++it) {
        const double capacity = capacityWhere([&](const Option& o) { return o.daypart == it.key(); });
        if (daypartTarget[size_t(it.key())] > capacity + 0.5)
            return refuse(tr("%1 % of the visits in the %2 asks for %3 visits, but the locations' opening hours allow at most %4")
                              .arg(it.value() * 100, 0, 'f', 1)
                              .arg(PlanRules::daypartCodes()[it.key()])
                              .arg(daypartTarget[size_t(it.key())], 0, 'f', 0)
                              .arg(capacity));
    }
    // The rest of the week must be able to take the rest of the visits, too.
    if (!weekdayShares.isEmpty()) {
        double rest = total;
        for (auto it = weekdayShares.begin(); it != weekdayShares.end(); ++it)
            rest -= weekdayTarget[size_t(it.key())];
        const double capacity = capacityWhere([&](const Option& o) { return !weekdayShares.contains(dayWeekday[size_t(o.day)]); });
        if (rest > capacity + 0.5)
            return refuse(tr("the weekday quotas leave %1 visits for the other days, but the locations are open for "
                             "at most %2 of them on those days")
                              .arg(rest, 0, 'f', 0)
                              .arg(capacity));
    }

    // dimension offsets within one scope's cells: weekdays 0..7, dayparts, weeks
    const int cellsPerScope = 8 + kDayparts + weeks;
    std::vector<double> target(size_t(scopes * cellsPerScope), 0.0);
    std::vector<double> achieved(size_t(scopes * cellsPerScope), 0.0);
    for (int scope = 0; scope < scopes; ++scope) {
        const double share = total > 0 ? scopeTotal[size_t(scope)] / total : 0.0;
        double* cells = target.data() + scope * cellsPerScope;
        for (int d = 1; d <= 7; ++d)
            cells[d] = weekdayTarget[size_t(d)] * share;
        for (int p = 0; p < kDayparts; ++p)
            cells[8 + p] = daypartTarget[size_t(p)] * share;
        for (int w = 0; w < weeks; ++w)
            cells[8 + kDayparts + w] = rules.evenWeeks ? weekTarget[size_t(w)] * share : 0.0;
    }
    auto count = [&](int region, int scenario, int day, int daypart) {
        for (int scope : {0, 1 + region, scenario >= 0 ? 1 + regionCount + scenario : -1}) {
            if (scope < 0)
                continue;
            double* cells = achieved.data() + scope * cellsPerScope;
            cells[dayWeekday[size_t(day)]] += 1;
            cells[8 + daypart] += 1;
            cells[8 + kDayparts + day / 7] += 1;
        }
    };
    // Days already taken per location (kept visits first).
    std::vector<std::vector<int>> locationDays(locations.size());
    for (const KeptVisit& visit : kept)
        if (visit.counts && visit.day >= 0 && visit.daypart >= 0) {
            Location& location = locations[size_t(visit.location)];
            count(location.region, visit.scenario, visit.day, visit.daypart);
            locationDays[size_t(visit.location)].push_back(visit.day);
            for (Option& option : location.options)
                if (option.day == visit.day && option.daypart == visit.daypart)
                    ++option.used;
        }

    // Place the most constrained locations first, then each visit where the quotas are most
    // behind (relative to their targets), never twice on a day at one location when avoidable.
    std::vector<int> order(locations.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<double> tieBreak(locations.size());
    for (size_t l = 0; l < locations.size(); ++l)
        tieBreak[l] = unit(mix(seed, quint64(locations[l].id), 1));
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto& la = locations[size_t(a)];
        const auto& lb = locations[size_t(b)];
        const double slackA = double(la.options.size()) / std::max(1, la.wanted - la.kept);
        const double slackB = double(lb.options.size()) / std::max(1, lb.wanted - lb.kept);
        return slackA != slackB ? slackA < slackB : tieBreak[size_t(a)] < tieBreak[size_t(b)];
    });
    std::vector<std::vector<size_t>> visitsOf(locations.size());
    for (size_t v = 0; v < visits.size(); ++v)
        visitsOf[size_t(visitLocation[v])].push_back(v);

    const double weekWeight = rules.evenWeeks ? 1.0 : 0.0;
    std::vector<int> visitOption(visits.size(), -1);
    size_t placed = 0;
    for (int l : order) {
        if (isCancelled())
            return refuse(tr("cancelled"));
        Location& location = locations[size_t(l)];
        // Calls and e-mails may share a day, a little reluctantly; walk-ins never do (below).
        const double sameDayPenalty = 0.05;
        std::vector<int>& taken = locationDays[size_t(l)];
        std::vector<int> dayCount(static_cast<size_t>(days), 0), weekCount(static_cast<size_t>(weeks), 0);
        for (int day : taken) {
            ++dayCount[size_t(day)];
            ++weekCount[size_t(day / 7)];
        }
        for (size_t v : visitsOf[size_t(l)]) {
            const int scenario = visitScenario[v];
            const int scopeList[3] = {0, 1 + location.region, 1 + regionCount + scenario};
            double best = -1e300;
            Option* chosen = nullptr;
            for (Option& option : location.options) {
                if (option.used >= option.capacity)
                    continue;
                const int sameDay = dayCount[size_t(option.day)];
                if (sameDay > 0 && location.physical())
                    continue;
                const int sameWeek = weekCount[size_t(option.day / 7)];
                double score = -sameDayPenalty * sameDay - (location.physical() ? 2.0 : 0.0) * sameWeek;
                for (int i = 0; i < 3; ++i) {
                    const double scale = i == 0 ? 1.0 : 0.5;
                    const double* t = target.data() + scopeList[i] * cellsPerScope;
                    const double* a = achieved.data() + scopeList[i] * cellsPerScope;
                    const int w = dayWeekday[size_t(option.day)];
                    const int p = 8 + option.daypart;
                    const int k = 8 + kDayparts + option.day / 7;
                    score += scale * ((t[w] - a[w]) / std::max(t[w], 1.0) + (t[p] - a[p]) / std::max(t[p], 1.0)
                                      + weekWeight * (t[k] - a[k]) / std::max(t[k], 1.0));
                }
                score += 1e-6 * unit(mix(seed, quint64(location.id) * 131 + quint64(v), quint64(option.day * 8 + option.daypart)));
                if (score > best) {
                    best = score;
                    chosen = &option;
                }
            }
            if (!chosen) // kept visits took the room the plan counted on
                return refuse(tr("%1 %2 has no free opening hours left for its visits in wave %3")
                                  .arg(location.code, location.name, proposal.waveCode));
            ++chosen->used;
            visitOption[v] = int(chosen - location.options.data());
            taken.push_back(chosen->day);
            ++dayCount[size_t(chosen->day)];
            ++weekCount[size_t(chosen->day / 7)];
            count(location.region, scenario, chosen->day, chosen->daypart);
            ++placed;
        }
        if (visits.size() > 0)
            report(30 + int(65 * placed / visits.size()));
    }

    // The greedy pass leaves a few cells a visit or two off where locations open on a scarce
    // day were placed elsewhere early on. Moving single visits to another of their location's
    // options while that lowers the cells' squared deviation brings every cell of the wave
    // within a visit.
    {
        // Only the whole wave's cells: the regions' and scenarios' balance is the greedy pass's
        // work, and weighing them here costs seconds on a big programme for little.
        // The whole wave's cells come first in target and achieved. A cell costs the square of
        // how far it is off beyond half a visit: what the check asks is every cell within one.
        auto cost = [&](int cell, double delta) {
            const double off = std::max(0.0, std::abs(achieved[size_t(cell)] + delta - target[size_t(cell)]) - 0.5);
            return off * off;
        };
        auto cellsOf = [&](const Option& option, int* cells) {
            cells[0] = dayWeekday[size_t(option.day)];
            cells[1] = 8 + option.daypart;
            cells[2] = rules.evenWeeks ? 8 + kDayparts + option.day / 7 : -1;
        };
        std::vector<size_t> repairOrder(visits.size());
        std::iota(repairOrder.begin(), repairOrder.end(), size_t(0));
        std::sort(repairOrder.begin(), repairOrder.end(), [&](size_t a, size_t b) {
            return mix(seed, a, 7) < mix(seed, b, 7);
        });
        for (int pass = 0; pass < 8; ++pass) {
            if (isCancelled())
                return refuse(tr("cancelled"));
            bool improved = false;
            for (size_t v : repairOrder) {
                const int l = visitLocation[v];
                Location& location = locations[size_t(l)];
                const int scopeList[3] = {0, 1 + location.region, 1 + regionCount + visitScenario[v]};
                Option& from = location.options[size_t(visitOption[v])];
                int fromCells[3];
                cellsOf(from, fromCells);
                // Only a visit in a cell above its target can help by moving.
                const bool over = std::any_of(fromCells, fromCells + 3, [&](int cell) {
                    return cell >= 0 && achieved[size_t(cell)] > target[size_t(cell)];
                });
                if (!over)
                    continue;
                const std::vector<int>& taken = locationDays[size_t(l)];
                double bestGain = 1e-9;
                int bestOption = -1;
                for (size_t o = 0; o < location.options.size(); ++o) {
                    const Option& to = location.options[o];
                    if (int(o) == visitOption[v] || to.used >= to.capacity)
                        continue;
                    if (location.physical() && to.day != from.day && std::count(taken.begin(), taken.end(), to.day) > 0)
                        continue;
                    int toCells[3];
                    cellsOf(to, toCells);
                    double gain = 0;
                    for (int c = 0; c < 3; ++c) {
                        if (fromCells[c] == toCells[c] || fromCells[c] < 0)
                            continue;
                        gain += cost(fromCells[c], 0) - cost(fromCells[c], -1) + cost(toCells[c], 0) - cost(toCells[c], +1);
                    }
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestOption = int(o);
                    }
                }
                if (bestOption < 0)
                    continue;
                Option& to = location.options[size_t(bestOption)];
                int toCells[3];
                cellsOf(to, toCells);
                for (int i = 0; i < 3; ++i)
                    for (int c = 0; c < 3; ++c) {
                        if (fromCells[c] >= 0)
                            achieved[size_t(scopeList[i] * cellsPerScope + fromCells[c])] -= 1;
                        if (toCells[c] >= 0)
                            achieved[size_t(scopeList[i] * cellsPerScope + toCells[c])] += 1;
                    }
                std::vector<int>& placedDays = locationDays[size_t(l)];
                placedDays.erase(std::find(placedDays.begin(), placedDays.end(), from.day));
                placedDays.push_back(to.day);
                --from.used;
                ++to.used;
                visitOption[v] = bestOption;
                improved = true;
            }
            if (!improved)
                break;
        }
    }
    for (size_t v = 0; v < visits.size(); ++v) {
        const Option& option = locations[size_t(visitLocation[v])].options[size_t(visitOption[v])];
        visits[v].date = proposal.starts.addDays(option.day);
        visits[v].daypart = PlanRules::daypartCodes()[option.daypart];
    }

    // The check: asked against achieved, for the wave and for every region and scenario.
    auto scopeName = [&](int scope) -> QString {
        if (scope == 0)
            return QString();
        if (scope <= regionCount)
            return QStringLiteral("region:") + regionNames[scope - 1];
        return QStringLiteral("scenario:") + scenarios[size_t(scope - 1 - regionCount)].code;
    };
    for (int scope = 0; scope < scopes; ++scope) {
        if (scopeTotal[size_t(scope)] <= 0)
            continue;
        const double* t = target.data() + scope * cellsPerScope;
        const double* a = achieved.data() + scope * cellsPerScope;
        double placedInScope = 0;
        for (int d = 1; d <= 7; ++d)
            placedInScope += a[d];
        proposal.checks.push_back({QStringLiteral("visits"), scopeName(scope), QString(), scopeTotal[size_t(scope)],
                                   int(std::lround(placedInScope))});
        for (int d = 1; d <= 7; ++d)
            if (t[d] > 0 || a[d] > 0)
                proposal.checks.push_back({QStringLiteral("weekday"), scopeName(scope), QString::number(d), t[d], int(a[d])});
        for (int p = 0; p < kDayparts; ++p)
            if (t[8 + p] > 0 || a[8 + p] > 0)
                proposal.checks.push_back({QStringLiteral("daypart"), scopeName(scope), PlanRules::daypartCodes()[p], t[8 + p],
                                           int(a[8 + p])});
        if (rules.evenWeeks)
            for (int w = 0; w < weeks; ++w)
                proposal.checks.push_back({QStringLiteral("week"), scopeName(scope), QString::number(w + 1),
                                           t[8 + kDayparts + w], int(a[8 + kDayparts + w])});
    }

    for (size_t v = 0; v < visits.size(); ++v)
        proposal.budget += scenarios[size_t(visitScenario[v])].fee;
    for (const KeptVisit& visit : kept)
        if (visit.counts && visit.scenario >= 0)
            proposal.budget += scenarios[size_t(visit.scenario)].fee;
    proposal.keptVisits = int(std::count_if(kept.begin(), kept.end(), [](const KeptVisit& k) { return k.counts; }));
    proposal.visits = std::move(visits);
    report(100);
    return proposal;
}
