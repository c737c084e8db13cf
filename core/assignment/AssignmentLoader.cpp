#include "AssignmentLoader.h"

#include "project/JsonIdList.h"

#include "GreatCircle.h"
#include "project/NativeQuery.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {
// Items gathered per shopper, turned into the problem's flat sorted arrays and ranges.
template<typename Item>
struct PerShopper
{
    std::vector<std::pair<int, Item>> items;

    void add(int shopper, const Item& item) { items.push_back({shopper, item}); }
    template<typename SetRange>
    void flatten(std::vector<Item>* target, std::vector<AssignmentProblem::Shopper>* shoppers, SetRange setRange)
    {
        std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        target->clear();
        target->reserve(items.size());
        size_t i = 0;
        for (size_t s = 0; s < shoppers->size(); ++s) {
            const int begin = int(target->size());
            while (i < items.size() && items[i].first == int(s))
                target->push_back(items[i++].second);
            setRange((*shoppers)[s], begin, int(target->size()));
        }
    }
};

} // namespace

QString AssignmentLoader::cityKey(const QString& city)
{
    QString key;
    for (const QChar c : city.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    return key.toCaseFolded().simplified();
}

int AssignmentLoader::dayOf(const QString& isoDate)
{
    if (isoDate.isEmpty())
        return AssignmentProblem::noDay;
    const QDate date = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return date.isValid() ? int(date.toJulianDay()) : AssignmentProblem::noDay;
}

std::optional<AssignmentProblem> AssignmentLoader::load(const QSqlDatabase& db, qint64 waveId, const AssignmentRules& rules,
                                                        const Options& options, const std::atomic<bool>* cancel,
                                                        const Progress& progress, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<AssignmentProblem> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    auto report = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    auto readFailed = [&](const NativeQuery& query) { return fail(tr("The file cannot be read: %1").arg(query.error())); };

    AssignmentProblem problem;
    problem.rules = rules;
    problem.lockoutDays = rules.effectiveLockoutDays(db);

    // Waves, by start date: the lockout and the manager cost count waves in this order.
    {
        NativeQuery query(db, "SELECT id, code, name, status, starts_on, ends_on FROM wave ORDER BY starts_on, id");
        problem.current = -1;
        while (query.next()) {
            AssignmentProblem::Wave wave{query.integer(0), query.text(1), query.text(2), query.text(3),
                                         dayOf(query.text(4)), dayOf(query.text(5))};
            if (wave.id == waveId)
                problem.current = int(problem.waves.size());
            problem.waves.push_back(wave);
        }
        if (!query.error().isEmpty())
            return readFailed(query);
        if (problem.current < 0)
            return fail(tr("There is no wave with the id %1.").arg(waveId));
        const QString status = problem.wave().status;
        if (status == QLatin1String("closed") || status == QLatin1String("reported"))
            return fail(tr("Wave %1 is %2: its fieldwork is over and its visits are not assigned any more.")
                            .arg(problem.wave().code, status));
    }

    // Scenarios with their titles (source language first) and profile requirements.
    QHash<QString, int> traitIndex;
    auto trait = [&](const QString& name) {
        const auto it = traitIndex.constFind(name);
        if (it != traitIndex.cend())
            return it.value();
        traitIndex.insert(name, int(problem.traitNames.size()));
        problem.traitNames << name;
        return int(problem.traitNames.size()) - 1;
    };
    QHash<qint64, int> scenarioIndex;
    {
        NativeQuery query(db, "SELECT s.id, s.code, s.fee, s.expected_minutes, s.min_age, s.max_age, s.gender, "
                              "coalesce((SELECT t.title FROM scenario_text t WHERE t.scenario_id = s.id AND t.language = "
                              "(SELECT source_language FROM programme WHERE id = 1)), "
                              "(SELECT t.title FROM scenario_text t WHERE t.scenario_id = s.id ORDER BY t.language LIMIT 1), '') "
                              "FROM scenario s ORDER BY s.id");
        while (query.next()) {
            AssignmentProblem::Scenario scenario;
            scenario.id = query.integer(0);
            scenario.code = query.text(1);
            scenario.fee = query.real(2);
            if (!query.isNull(3))
                scenario.expectedMinutes = int(query.integer(3));
            if (!query.isNull(4))
                scenario.minAge = int(query.integer(4));
            if (!query.isNull(5))
                scenario.maxAge = int(query.integer(5));
            scenario.gender = query.text(6);
            scenario.title = query.text(7);
            scenario.demanding = rules.demandingScenarios.contains(scenario.code)
                                 || (rules.demandingMinutes > 0 && scenario.expectedMinutes
                                     && *scenario.expectedMinutes >= rules.demandingMinutes);
            scenarioIndex.insert(scenario.id, int(problem.scenarios.size()));
            problem.scenarios.push_back(scenario);
        }
        if (!query.error().isEmpty())
            return readFailed(query);
        NativeQuery needs(db, "SELECT scenario_id, kind, value FROM scenario_requirement ORDER BY scenario_id, kind, value");
        while (needs.next()) {
            auto& scenario = problem.scenarios[size_t(scenarioIndex.value(needs.integer(0)))];
            const QString kind = needs.text(1);
            const QString value = needs.text(2);
            (kind == QLatin1String("language") ? scenario.languages : scenario.tags) << value;
            scenario.traits.push_back(trait(kind + QLatin1Char(':') + value));
        }
        if (!needs.error().isEmpty())
            return readFailed(needs);
    }

    // Locations.
    QHash<qint64, int> locationIndex;
    QHash<QString, int> brandIndex;
    QHash<QString, int> managerIndex;
    {
        NativeQuery query(db, "SELECT id, code, name, channel, brand, city, latitude, longitude, is_competitor, manager_email "
                              "FROM location ORDER BY id");
        while (query.next()) {
            AssignmentProblem::Location location;
            location.id = query.integer(0);
            location.code = query.text(1);
            location.name = query.text(2);
            location.channel = query.text(3);
            location.brand = query.text(4);
            location.city = query.text(5);
            location.cityKey = cityKey(location.city);
            location.hasCoordinates = !query.isNull(6) && !query.isNull(7);
            if (location.hasCoordinates) {
                location.latitude = query.real(6);
                location.longitude = query.real(7);
                location.unit = GreatCircle::unit(location.latitude, location.longitude);
            }
            location.competitor = query.integer(8) != 0;
            location.inPerson = rules.inPersonChannels.contains(location.channel);
            if (!location.brand.trimmed().isEmpty()) {
                const QString key = location.brand.trimmed().toCaseFolded();
                location.brandIndex = int(brandIndex.value(key, int(problem.brands.size())));
                if (location.brandIndex == int(problem.brands.size())) {
                    brandIndex.insert(key, location.brandIndex);
                    problem.brands << location.brand.trimmed();
                }
            }
            const QString manager = query.text(9).trimmed().toCaseFolded();
            if (!manager.isEmpty()) {
                location.manager = int(managerIndex.value(manager, int(problem.managers.size())));
                if (location.manager == int(problem.managers.size())) {
                    managerIndex.insert(manager, location.manager);
                    problem.managers << manager;
                }
            }
            locationIndex.insert(location.id, int(problem.locations.size()));
            problem.locations.push_back(location);
        }
        if (!query.error().isEmpty())
            return readFailed(query);
    }
    report(10);
    if (cancelled())
        return fail(tr("cancelled"));

    // The panel.
    {
        NativeQuery query(db, "SELECT id, code, birth_year, gender, home_city, home_latitude, home_longitude, "
                              "capacity_per_wave, capacity_per_day, status, rating FROM shopper ORDER BY id");
        problem.shoppers.reserve(65536);
        while (query.next()) {
            AssignmentProblem::Shopper shopper;
            shopper.id = query.integer(0);
            shopper.code = query.text(1);
            shopper.birthYear = query.isNull(2) ? 0 : int(query.integer(2));
            shopper.gender = query.text(3);
            shopper.homeCity = query.text(4);
            shopper.cityKey = cityKey(shopper.homeCity);
            shopper.hasHome = !query.isNull(5) && !query.isNull(6);
            if (shopper.hasHome) {
                shopper.latitude = query.real(5);
                shopper.longitude = query.real(6);
                shopper.unit = GreatCircle::unit(shopper.latitude, shopper.longitude);
            }
            shopper.capacityPerWave = int(query.integer(7));
            shopper.capacityPerDay = int(query.integer(8));
            shopper.status = query.text(9);
            if (!query.isNull(10))
                shopper.rating = query.real(10);
            problem.shopperById.insert(shopper.id, int(problem.shoppers.size()));
            problem.shoppers.push_back(shopper);
        }
        if (!query.error().isEmpty())
            return readFailed(query);
    }
    report(30);
    if (cancelled())
        return fail(tr("cancelled"));

    PerShopper<int> traits;
    for (const char* sql : {"SELECT shopper_id, 'language:' || language FROM shopper_language",
                            "SELECT shopper_id, 'tag:' || tag FROM shopper_tag"}) {
        NativeQuery query(db, sql);
        while (query.next())
            traits.add(problem.shopperById.value(query.integer(0)), trait(query.text(1)));
        if (!query.error().isEmpty())
            return readFailed(query);
    }
    traits.flatten(&problem.traits, &problem.shoppers, [](AssignmentProblem::Shopper& s, int b, int e) {
        s.traitsBegin = b;
        s.traitsEnd = e;
    });
    for (auto& shopper : problem.shoppers)
        std::sort(problem.traits.begin() + shopper.traitsBegin, problem.traits.begin() + shopper.traitsEnd);

    const AssignmentProblem::Wave& wave = problem.wave();
    {
        PerShopper<std::pair<int, int>> unavailable;
        NativeQuery query(db, "SELECT shopper_id, from_date, to_date FROM shopper_unavailable WHERE to_date >= ? AND from_date <= ?");
        query.bind(1, QDate::fromJulianDay(wave.firstDay).toString(Qt::ISODate))
            .bind(2, QDate::fromJulianDay(wave.lastDay).toString(Qt::ISODate));
        while (query.next())
            unavailable.add(problem.shopperById.value(query.integer(0)), {dayOf(query.text(1)), dayOf(query.text(2))});
        if (!query.error().isEmpty())
            return readFailed(query);
        unavailable.flatten(&problem.unavailable, &problem.shoppers, [](AssignmentProblem::Shopper& s, int b, int e) {
            s.unavailableBegin = b;
            s.unavailableEnd = e;
        });
    }
    {
        PerShopper<int> conflicts;
        NativeQuery query(db, "SELECT shopper_id, location_id, brand FROM shopper_conflict");
        while (query.next()) {
            const int shopper = problem.shopperById.value(query.integer(0));
            if (!query.isNull(1)) {
                conflicts.add(shopper, locationIndex.value(query.integer(1)));
            } else {
                const auto brand = brandIndex.constFind(query.text(2).trimmed().toCaseFolded());
                if (brand != brandIndex.cend()) // a brand no location has cannot conflict
                    conflicts.add(shopper, -1 - brand.value());
            }
        }
        if (!query.error().isEmpty())
            return readFailed(query);
        conflicts.flatten(&problem.conflicts, &problem.shoppers, [](AssignmentProblem::Shopper& s, int b, int e) {
            s.conflictsBegin = b;
            s.conflictsEnd = e;
        });
        for (auto& shopper : problem.shoppers)
            std::sort(problem.conflicts.begin() + shopper.conflictsBegin, problem.conflicts.begin() + shopper.conflictsEnd);
    }
    report(45);
    if (cancelled())
        return fail(tr("cancelled"));

    // The wave's visits.
    PerShopper<AssignmentProblem::PastVisit> history;
    PerShopper<int> managerVisits; // manager index, once per visit
    PerShopper<int> fixedDays;
    {
        NativeQuery query(db, "SELECT id, location_id, scenario_id, slot, planned_date, daypart, status, shopper_id, "
                              "assigned_by, locked FROM visit WHERE wave_id = ? AND status <> 'cancelled' ORDER BY id");
        query.bind(1, wave.id);
        while (query.next()) {
            AssignmentProblem::Visit visit;
            visit.id = query.integer(0);
            visit.location = locationIndex.value(query.integer(1));
            visit.scenario = scenarioIndex.value(query.integer(2));
            visit.slot = int(query.integer(3));
            visit.day = dayOf(query.text(4));
            visit.daypart = query.text(5);
            visit.status = query.text(6);
            visit.shopper = query.isNull(7) ? -1 : problem.shopperById.value(query.integer(7));
            visit.assignedBy = query.text(8);
            visit.locked = query.integer(9) != 0;
            const bool planned = visit.status == QLatin1String("planned");
            const bool replannable = options.replanAutoAssigned && visit.status == QLatin1String("assigned")
                                     && visit.assignedBy == QLatin1String("auto");
            visit.open = !visit.locked && (planned || replannable);
            if (!visit.open && visit.shopper >= 0) {
                const auto [first, last] = problem.visitDays(visit);
                history.add(visit.shopper, {visit.location, first, last, problem.current, int(problem.visits.size())});
                ++problem.shoppers[size_t(visit.shopper)].fixedInWave;
                if (visit.day != AssignmentProblem::noDay)
                    fixedDays.add(visit.shopper, visit.day);
                if (problem.locations[size_t(visit.location)].manager >= 0)
                    managerVisits.add(visit.shopper, problem.locations[size_t(visit.location)].manager);
            }
            problem.visitById.insert(visit.id, int(problem.visits.size()));
            problem.visits.push_back(visit);
        }
        if (!query.error().isEmpty())
            return readFailed(query);
    }
    report(60);
    if (cancelled())
        return fail(tr("cancelled"));

    // Other waves' visits that the lockout or the manager cost can see.
    {
        const int lockoutDays = problem.lockoutDays;
        std::vector<qint64> waveIds;
        std::vector<int> waveOf;
        QHash<qint64, int> waveIndex;
        for (int w = 0; w < int(problem.waves.size()); ++w) {
            if (w == problem.current)
                continue;
            const auto& other = problem.waves[size_t(w)];
            const int distance = w - problem.current;
            const bool byDays = lockoutDays > 0 && other.lastDay > wave.firstDay - lockoutDays
                                && other.firstDay < wave.lastDay + lockoutDays;
            const bool byWaves = problem.rules.lockoutWaves > 0 && std::abs(distance) <= problem.rules.lockoutWaves;
            const bool byManager = distance < 0 && -distance <= problem.rules.managerWaves;
            if (byDays || byWaves || byManager) {
                waveIndex.insert(other.id, w);
                waveIds.push_back(other.id);
            }
        }
        NativeQuery query(db, "SELECT v.shopper_id, v.location_id, v.wave_id, v.planned_date, r.visited_on FROM visit v "
                              "LEFT JOIN response r ON r.visit_id = v.id "
                              "WHERE v.wave_id IN (SELECT value FROM json_each(?)) AND v.shopper_id IS NOT NULL "
                              "AND v.status <> 'cancelled'");
        query.bind(1, jsonIdList(waveIds));
        while (query.next()) {
            const int shopper = problem.shopperById.value(query.integer(0));
            const int location = locationIndex.value(query.integer(1));
            const int w = waveIndex.value(query.integer(2));
            const auto& other = problem.waves[size_t(w)];
            int day = dayOf(query.text(4));
            if (day == AssignmentProblem::noDay)
                day = dayOf(query.text(3));
            const int first = day == AssignmentProblem::noDay ? other.firstDay : day;
            const int last = day == AssignmentProblem::noDay ? other.lastDay : day;
            if (problem.tooClose(first, last, w, wave.firstDay, wave.lastDay, problem.current))
                history.add(shopper, {location, first, last, w, -1});
            const int manager = problem.locations[size_t(location)].manager;
            if (manager >= 0 && w < problem.current && problem.current - w <= problem.rules.managerWaves)
                managerVisits.add(shopper, manager);
        }
        if (!query.error().isEmpty())
            return readFailed(query);
    }
    history.flatten(&problem.history, &problem.shoppers, [](AssignmentProblem::Shopper& s, int b, int e) {
        s.historyBegin = b;
        s.historyEnd = e;
    });

    // Counts per (shopper, manager) and per (shopper, day).
    auto counted = [](PerShopper<int>& source, std::vector<std::pair<int, int>>* target,
                      std::vector<AssignmentProblem::Shopper>* shoppers, auto setRange) {
        std::sort(source.items.begin(), source.items.end());
        PerShopper<std::pair<int, int>> counts;
        for (size_t i = 0; i < source.items.size();) {
            size_t j = i;
            while (j < source.items.size() && source.items[j] == source.items[i])
                ++j;
            counts.add(source.items[i].first, {source.items[i].second, int(j - i)});
            i = j;
        }
        counts.flatten(target, shoppers, setRange);
    };
    counted(managerVisits, &problem.managerVisits, &problem.shoppers, [](AssignmentProblem::Shopper& s, int b, int e) {
        s.managersBegin = b;
        s.managersEnd = e;
    });
    counted(fixedDays, &problem.fixedDays, &problem.shoppers, [](AssignmentProblem::Shopper& s, int b, int e) {
        s.fixedDaysBegin = b;
        s.fixedDaysEnd = e;
    });
    report(70);
    return problem;
}
